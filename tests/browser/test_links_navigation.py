"""Links into the app (issue "Exact numbers, safe inputs, honest screens", item 13): /overview is a page,
?article=<id> opens that article, and choosing another article is a step the browser's Back undoes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import JAPAN_ID, pick_country, seed_and_japan_dir, wait_for_app


@pytest.fixture
def app_data_dir(tmp_path_factory) -> Path:
    return seed_and_japan_dir(tmp_path_factory)


def main_text(page) -> str:
    return page.locator('[data-testid="stMain"]').inner_text()


def clean_text(page) -> str:
    """The article text box on Sources (before the figure cards)."""
    return main_text(page).split("Clean text", 1)[-1].split("Figures in this article", 1)[0]


def test_overview_has_its_own_address(app_server, browser_page):
    page = browser_page
    page.goto(f"{app_server}/overview")
    wait_for_app(page)
    page.get_by_text("Defense figures from the news").first.wait_for(timeout=15_000)
    assert "Page not found" not in page.locator("body").inner_text()
    assert page.locator('[data-testid="stException"]').count() == 0


def test_article_link_opens_that_article_and_back_returns_to_it(app_server, browser_page, screenshot):
    page = browser_page
    page.goto(f"{app_server}/sources?article={JAPAN_ID}")
    wait_for_app(page)
    page.get_by_text("Tokyo approved a record").first.wait_for(timeout=15_000)
    assert "Tokyo approved a record" in clean_text(page) and "Hegseth" not in clean_text(page)
    screenshot(page, "links-article-by-id")

    # choose the other article: the URL names it by id, and the browser has a step to go back to
    picker = page.locator('[data-testid="stSelectbox"]').filter(has_text="Read an article")
    picker.click()
    page.get_by_role("option").filter(has_text="2025-11-03").first.click()
    page.wait_for_url("**article=2025-11-03-econotimes-hegseth-south-korea**", timeout=15_000)
    wait_for_app(page)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stMain\"]').innerText"
                           ".split('Figures in this article')[0].includes('Tokyo approved')", timeout=15_000)

    page.go_back()
    page.wait_for_url(f"**/sources?article={JAPAN_ID}", timeout=15_000)
    wait_for_app(page)
    page.get_by_text("Tokyo approved a record").first.wait_for(timeout=15_000)
    assert "Tokyo approved a record" in clean_text(page)
    assert page.locator('[data-testid="stException"]').count() == 0


def test_a_filter_change_is_a_step_back_can_undo(app_server, browser_page, screenshot):
    """Issue 9 item 13: choosing a country adds a history entry; Back returns to the unfiltered view, inside the app."""
    page = browser_page
    page.goto(f"{app_server}/troops")
    wait_for_app(page)
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .barlayer .point').length === 2",
                           timeout=60_000)
    pick_country(page, "Japan")
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .barlayer .point').length === 1",
                           timeout=60_000)
    screenshot(page, "links-filter-japan")

    page.go_back()
    page.wait_for_url(lambda url: url.rstrip("/").endswith("/troops") and "country=" not in url, timeout=60_000)
    wait_for_app(page)
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .barlayer .point').length === 2",
                           timeout=60_000)
    assert "Troop strength abroad" in page.locator('[data-testid="stMain"]').inner_text()


def test_the_filters_stay_on_when_moving_to_another_page(app_server, browser_page, screenshot):
    """The sidebar's navigation drops the URL's query string: the filters chosen on one page stay on the next,
    and its URL says so again (a link to it reproduces the view)."""
    page = browser_page
    page.goto(f"{app_server}/troops")
    wait_for_app(page)
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .barlayer .point').length === 2",
                           timeout=60_000)
    sidebar = page.locator('[data-testid="stSidebar"]')
    pick_country(page, "Japan")

    sidebar.locator('[data-testid="stSidebarNav"]').get_by_text("Overview", exact=True).click()
    page.wait_for_url(lambda url: "/troops" not in url and "country=Japan" in url, timeout=60_000)
    wait_for_app(page)
    page.get_by_text("figures (of 5)").first.wait_for(timeout=60_000)  # Japan's 2 (its budget, the U.S. troops there)
    assert "Japan" in sidebar.locator('[data-testid="stMultiSelect"]').first.inner_text()
    screenshot(page, "links-filter-kept-on-overview")
    assert page.locator('[data-testid="stException"]').count() == 0
