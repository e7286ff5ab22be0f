"""In a real browser: paste an article, preview, save, see its figures on the charts and in the CSV;
correct a figure and see the correction on the chart and in the CSV after a server restart."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import open_page, seed_data_dir, wait_for_app

REPO = Path(__file__).resolve().parents[2]
ARTICLE = ("About 54,000 U.S. troops are stationed in Japan, officials said on Tuesday.\n\n"
           "Tokyo approved a record 7.9 trillion yen defense budget for fiscal 2024.\n")
TITLE = "Japan hosts the largest U.S. presence abroad"
PUBLISHER = "Browser Test Wire"
BARS = ".js-plotly-plot .barlayer .point"


@pytest.fixture
def app_data_dir(tmp_path_factory) -> Path:
    """A data folder holding only the seed article (USA -> KOR)."""
    return seed_data_dir(tmp_path_factory)




def main_text(page) -> str:
    return page.locator('[data-testid="stMain"]').inner_text()


def save_message(page) -> Any:
    """The Review page's confirmation after a decision is saved."""
    return page.locator('[data-testid="stAlertContentSuccess"]').filter(has_text="Saved")


def troop_bars(page, count: int) -> list[str]:
    """Wait for ``count`` bars on /troops and return their text labels (e.g. '28,500')."""
    page.wait_for_function(f"() => document.querySelectorAll('{BARS}').length === {count}", timeout=60_000)
    return page.locator(".js-plotly-plot .barlayer .point text").all_text_contents()


def download_csv(page) -> list[dict[str, str]]:
    """Click the Data page's 'Download these ...' button and read the CSV back."""
    with page.expect_download() as info:
        page.get_by_role("button", name="Download these").click()
    return list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8"))))


def japan_troops(rows: list[dict[str, str]]) -> dict[str, str]:
    hits = [r for r in rows if (r["country_iso3"], r["metric"], r["host_iso3"]) == ("USA", "troops_deployed", "JPN")]
    assert len(hits) == 1, rows
    return hits[0]


def test_paste_preview_save_then_correct_survives_restart(app_server_factory, app_data_dir, browser_page,
                                                          screenshot, assert_all_local):
    """Add page paste -> preview -> save -> charts and CSV; Review correct -> restart -> chart and CSV."""
    server = app_server_factory(app_data_dir)
    page = browser_page

    # 1. before: only the seed's deployment
    open_page(page, server.url, "troops")
    assert troop_bars(page, 1) == ["28,500"]

    # 2. paste, preview
    open_page(page, server.url, "add")
    form = page.locator('[data-testid="stForm"]').first  # the "Paste text" tab's form
    form.get_by_label("Article text").fill(ARTICLE)
    form.get_by_label("Title").fill(TITLE)
    form.get_by_label("Publisher").fill(PUBLISHER)
    form.get_by_role("button", name="Preview figures").click()
    page.get_by_role("button", name="Save to the library").wait_for()
    wait_for_app(page)
    preview = main_text(page)
    assert "Preview" in preview and "54,000" in preview and "7.9 trillion yen" in preview
    assert "2 figure(s) found" in preview
    assert not list((app_data_dir / "articles").glob("*japan*")), "nothing is written before Save"
    screenshot(page, "add-preview")

    # 3. save
    page.get_by_role("button", name="Save to the library").click()
    page.locator('[data-testid="stAlertContentSuccess"]').filter(has_text="Saved as").wait_for()
    wait_for_app(page)
    saved = list((app_data_dir / "articles").glob("*japan*"))
    assert len(saved) == 1 and saved[0].suffix == ".txt"
    assert "with 2 figure(s)" in main_text(page)
    screenshot(page, "add-saved")

    # 4. the new figures are on the charts
    open_page(page, server.url, "troops")
    assert sorted(troop_bars(page, 2)) == ["28,500", "54,000"]
    assert "United States \u2192 Japan" in page.locator(".js-plotly-plot .yaxislayer-above").first.text_content()
    screenshot(page, "add-troops-after-save")

    # 5. ... and in the Data page's CSV, with their provenance
    open_page(page, server.url, "data")
    rows = download_csv(page)
    new = [r for r in rows if r["title"] == TITLE]
    assert {(r["metric"], r["country_iso3"]) for r in new} == {("troops_deployed", "USA"), ("defense_budget", "JPN")}
    assert all(r["publisher"] == PUBLISHER and r["quote"] and r["quote"] in r["passage"] for r in new)
    row = japan_troops(rows)
    assert (row["value"], row["status"], row["original_value"]) == ("54000", "extracted", "")
    assert "54,000" in row["quote"] and "stationed in Japan" in row["passage"]

    # 6. review: correct 54,000 -> 55,000
    open_page(page, server.url, "review")
    page.locator('[data-testid="stSelectbox"]').filter(has_text="Figure to review").click()
    page.keyboard.type("54,000")
    page.keyboard.press("Enter")
    page.get_by_text("United States \u2192 Japan", exact=True).wait_for()  # the chosen figure's summary
    wait_for_app(page)
    form = page.locator('[data-testid="stForm"]')
    form.get_by_text("Correct", exact=True).click()
    value = form.get_by_label("Value")
    assert value.input_value() == "54000"  # the chosen figure's value
    value.fill("55000")
    value.press("Tab")
    form.get_by_role("button", name="Save decision").click()
    save_message(page).filter(has_text="Saved: correct").wait_for()
    wait_for_app(page)
    assert "\u00b7 corrected" in main_text(page)  # the figure's label in "Figure to review"
    screenshot(page, "review-saved")

    # 7. restart the server on the same folder; the correction is read back from the decision log
    server = server.restart()
    open_page(page, server.url, "troops")
    assert sorted(troop_bars(page, 2)) == ["28,500", "55,000"]
    passages = main_text(page).split("Source passages", 1)[1]
    assert "corrected (was 54,000)" in passages
    bar = page.locator(".js-plotly-plot .barlayer .point").filter(has_text="55,000").locator("path")
    box = bar.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector(".hoverlayer .hovertext")
    hover = page.locator(".js-plotly-plot").first.locator(".hoverlayer").text_content()
    assert "[corrected, was 54,000]" in hover  # the bar's hover label says it too
    screenshot(page, "review-troops-after-restart")

    open_page(page, server.url, "data")
    row = japan_troops(download_csv(page))
    assert (row["value"], row["status"], row["original_value"]) == ("55000", "corrected", "54000")
    assert row["title"] == TITLE and "54,000" in row["quote"]

    assert_all_local(page.requests_seen)


def test_review_save_message_stays_visible(app_server, browser_page, screenshot):
    """Regression: 'Saved' vanished after ~0.3 s (st.success then st.rerun in views/review.py); it must stay."""
    page = browser_page
    open_page(page, app_server, "review")
    form = page.locator('[data-testid="stForm"]')
    form.get_by_text("Accept", exact=True).click()  # no decision is preselected
    form.get_by_role("button", name="Save decision").click()
    page.wait_for_function("() => document.querySelector('[data-testid=\"stMain\"]').innerText"
                           ".includes('\u00b7 accepted')", timeout=60_000)
    wait_for_app(page)
    page.wait_for_timeout(500)
    screenshot(page, "review-after-save-message")
    assert save_message(page).count() == 1, "the user never sees that the decision was saved"
