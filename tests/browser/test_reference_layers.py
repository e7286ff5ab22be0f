"""The World Bank layers in headless Chromium: the reference line's legend and the attribution are on screen, the
toggle takes them away, and the Overview map is full of reference shades."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.tables.reference import attribution
from tests.browser.conftest import geo_map_stats, open_page, seed_and_japan_dir, wait_for_app, wait_for_geo_map

DOLLARS = "military expenditure, current US$ (World Bank/SIPRI)"
PERSONNEL = "armed forces incl. paramilitary (World Bank/IISS)"


@pytest.fixture
def app_data_dir(tmp_path_factory) -> Path:
    return seed_and_japan_dir(tmp_path_factory)


def legend(page) -> list[str]:
    """Every legend entry's text (SVG text: innerText is not defined for it)."""
    return page.eval_on_selector_all(".js-plotly-plot .legendtext", "els => els.map(e => e.textContent)")


def main_text(page) -> str:
    """The page's text as read, without the invisible word joiners md_escape puts after colons and in addresses."""
    return " ".join(page.locator('[data-testid="stMain"]').inner_text().replace("\u2060", "").split())


def test_reference_lines_legends_and_attribution_in_a_real_browser(app_server, browser_page, screenshot,
                                                                   assert_all_local):
    page = browser_page
    credit = " ".join(attribution().split())
    # 1. Budget trends in dollars: the spending line is drawn, its legend names the source, the attribution follows
    open_page(page, app_server, "budgets?currency=US+dollars")
    page.wait_for_function(f"() => [...document.querySelectorAll('.js-plotly-plot .legendtext')]"
                           f".some(e => e.textContent === {DOLLARS!r})", timeout=60_000)
    assert DOLLARS in legend(page)
    bands = page.locator(".js-plotly-plot .scatterlayer .trace path.js-line")
    assert bands.count() >= 2  # Japan's and South Korea's reference lines (the budget has no line of its own)
    credits_on = main_text(page).count(credit)  # under the chart, and under passage cards with a comparison
    assert credits_on >= 2
    screenshot(page, "reference-budgets-usd")

    # 2. the toggle hides every layer and its attribution, and says so in the URL
    page.get_by_text("World Bank reference").first.click()
    page.wait_for_url("**reference=false**", timeout=60_000)
    wait_for_app(page)
    page.wait_for_function(f"() => ![...document.querySelectorAll('.js-plotly-plot .legendtext')]"
                           f".some(e => e.textContent === {DOLLARS!r})", timeout=60_000)
    # the drawn chart's credit went with its layer (one chart at a time: the shares' chart is one click away)
    assert main_text(page).count(credit) == credits_on - 1
    screenshot(page, "reference-budgets-off")

    # 3. Active forces: the personnel reference beside the claims, named with its year
    open_page(page, app_server, "active")
    page.wait_for_function(f"() => [...document.querySelectorAll('.js-plotly-plot .legendtext')]"
                           f".some(e => e.textContent.startsWith({PERSONNEL!r}))", timeout=60_000)
    assert any(t.startswith(PERSONNEL) for t in legend(page)) and credit in main_text(page)
    screenshot(page, "reference-active")

    # 4. the Overview map: every country with a recent share is shaded, the articles' countries are dots
    open_page(page, app_server, "?chart=World+map")  # the map's tab (the Overview opens on its bars)
    wait_for_geo_map(page)
    assert any(s["choropleth_locations"] > 100 for s in geo_map_stats(page))
    assert credit in main_text(page)
    screenshot(page, "reference-overview")
    assert page.locator('[data-testid="stException"]').count() == 0
    assert_all_local(page.requests_seen)
