"""In a real browser: from an article's clean text on Sources, open the Review page's form for a missed figure,
pick a number the extractor left out, add it, and find it on the chart page and in the Data page's CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.browser.conftest import open_page, seed_data_dir, wait_for_app

ARTICLE_ID = "2024-03-05-test-wire-lithuania"
BODY = ("Lithuania's army is growing. The ministry said some 23,000 men and women in uniform now serve, "
        "against 17,000 a decade ago.")


@pytest.fixture
def app_data_dir(tmp_path_factory) -> Path:
    data = seed_data_dir(tmp_path_factory)
    (data / "articles" / f"{ARTICLE_ID}.md").write_text(
        f"---\ntitle: Lithuania's army grows\npublisher: Test Wire\npublished: 2024-03-05\n"
        f"url: https://example.test/ltu\n---\n{BODY}\n", encoding="utf-8")
    return data


def pick(page, label: str, option: str, scope=None) -> None:
    """Open the select box labelled ``label`` (inside ``scope``, default the page) and choose the first option
    holding ``option`` (the list opens outside the form, at the page's end)."""
    (scope or page).locator('[data-testid="stSelectbox"]').filter(has_text=label).click()
    page.keyboard.type(option)  # long lists are virtual: typing narrows them to the option
    page.get_by_role("option").filter(has_text=option).first.click()
    wait_for_app(page)


def test_a_missed_figure_is_added_from_sources_and_shows_on_chart_and_csv(app_server_factory, app_data_dir,
                                                                         browser_page, screenshot):
    server = app_server_factory(app_data_dir)
    page = browser_page
    open_page(page, server.url, f"sources?article={ARTICLE_ID}")
    assert "0 figure(s) highlighted" in page.locator('[data-testid="stMain"]').inner_text()
    page.get_by_role("button", name="Add it on the Review page").click()
    wait_for_app(page)
    page.get_by_text("Start from one of the 2 numbers it read and left out").wait_for()
    pick(page, "Start from one of the 2 numbers", "23,000")
    quote = page.get_by_role("textbox", name="The figure as the article writes it")
    page.wait_for_function("(el) => el.value === '23,000'", arg=quote.element_handle(), timeout=30_000)
    form = page.locator('[data-testid="stForm"]').filter(has_text="Add this figure")
    pick(page, "Metric", "Active personnel", form)
    pick(page, "Whose figure", "Lithuania", form)
    year = form.get_by_role("spinbutton", name="Year it refers to")
    year.fill("2024")
    year.press("Tab")
    form.get_by_role("button", name="Add this figure").click()
    page.locator('[data-testid="stAlertContentSuccess"]').filter(has_text="Added").wait_for()
    wait_for_app(page)
    screenshot(page, "review-added-missed-figure")

    open_page(page, server.url, "active")
    screenshot(page, "active-with-added-figure")
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "Lithuania" in main and "men and women in uniform now serve" in main, main[:2000]  # its passage card
    open_page(page, server.url, "data")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download these").click()
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8"))))
    added = [r for r in rows if r["status"] == "added"]
    assert [(r["country_iso3"], r["metric"], r["value"], r["year"], r["quote"]) for r in added] == [
        ("LTU", "active_personnel", "23000", "2024", "23,000")]
    assert added[0]["publisher"] == "Test Wire" and "23,000 men and women" in added[0]["passage"]
