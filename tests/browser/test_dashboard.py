"""The real dashboard in headless Chromium: first chart, URL-bound filter, click-to-passage, CSV, offline maps."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.browser.conftest import (
    geo_map_stats,
    open_page,
    pick_country,
    seed_and_japan_dir,
    wait_for_app,
    wait_for_geo_map,
)

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "data" / "articles" / "2025-11-03-econotimes-hegseth-south-korea.txt"
PAGES = ["", "troops", "active", "budgets", "sources", "data"]


@pytest.fixture
def app_data_dir(tmp_path_factory) -> Path:
    return seed_and_japan_dir(tmp_path_factory)




def bar_count(page) -> int:
    return page.locator(".js-plotly-plot .barlayer .point").count()


def test_dashboard_in_a_real_browser(app_server, browser_page, screenshot, assert_all_local):
    page = browser_page
    # 1. the first chart
    open_page(page, app_server, "troops")
    assert bar_count(page) == 2
    screenshot(page, "troops-all")

    # 2. clicking a bar narrows the passages to that bar's figures
    bar = page.locator(".js-plotly-plot .barlayer .point path").first
    box = bar.bounding_box()
    page.mouse.click(box["x"] + box["width"] * 0.6, box["y"] + box["height"] / 2)
    page.get_by_text("behind the point you clicked").wait_for(timeout=60_000)
    wait_for_app(page)
    main = page.locator('[data-testid="stMain"]').inner_text()
    joined = main.split("Source passages", 1)[1]
    assert ("28,500" in joined) != ("54,000" in joined), "exactly one bar's passage is shown"
    screenshot(page, "troops-clicked")

    # 3. the country filter changes the chart and the URL
    pick_country(page, "Japan")
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .barlayer .point').length === 1",
                           timeout=60_000)
    assert "country=Japan" in page.url
    screenshot(page, "troops-japan")

    # 4. the filtered CSV downloads and reads back with its provenance
    with page.expect_download() as info:
        page.get_by_text("Download these").first.click()
    download = info.value
    assert download.suggested_filename == "defense-figures_troops-abroad_JPN.csv"  # the page's part, then the filter
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert [(r["country_iso3"], r["metric"], r["host_iso3"], r["value"]) for r in rows] == [
        ("USA", "troops_deployed", "JPN", "54000")]  # the figures behind this page's view
    assert all(r["quote"] and r["passage"] and r["publisher"] == "Test Wire" for r in rows)

    # 5. every page, screenshotted; the maps drew their countries from the app's own files
    for path in PAGES:
        open_page(page, app_server, path)
        if path == "":  # the Overview opens on its bars; its map is one tab away
            assert page.locator(".js-plotly-plot .barlayer .point").count() >= 2
            page.get_by_role("tab", name="World map").click()
            page.wait_for_url("**chart=World+map**", timeout=60_000)
        if path == "troops":  # the map is one click away in the page's chart picker (one chart drawn at a time)
            page.locator("[data-testid=\"stButtonGroup\"]").get_by_text("Map", exact=True).click()
            page.wait_for_url("**chart=Map**", timeout=60_000)
        if path in ("", "troops"):
            stats = wait_for_geo_map(page)
            assert any(s["country_border_paths"] > 0 and s["country_border_d_length"] > 10_000 for s in stats)
        if path == "":
            assert any(s["choropleth_locations"] >= 3 for s in geo_map_stats(page))
        assert page.locator('[data-testid="stException"]').count() == 0
        screenshot(page, f"page-{path or 'overview'}")

    # 6. nothing left the machine
    assert any("/app/static/topojson/world_110m.json" in u for u in page.requests_seen)
    assert_all_local(page.requests_seen)
