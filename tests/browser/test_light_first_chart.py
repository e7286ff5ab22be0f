"""The Overview in a fresh browser: the sidebar's filters are drawn without a range slider's bundles (moment,
numbro), and the year boxes that replace it drive the URL and its history."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import seed_and_japan_dir, wait_for_app

pytestmark = pytest.mark.browser


@pytest.fixture
def app_data_dir(tmp_path_factory) -> Path:
    return seed_and_japan_dir(tmp_path_factory)


def chunk(url: str) -> str:
    """'PlotlyChart' for .../static/js/PlotlyChart.D9Z0_fxz.js."""
    return url.rsplit("/", 1)[-1].split(".", 1)[0]


def test_the_filters_load_no_slider_bundle(app_server, browser_page):
    page = browser_page
    page.goto(app_server)
    page.wait_for_selector(".js-plotly-plot", state="visible", timeout=60_000)
    wait_for_app(page)
    page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first.wait_for(timeout=60_000)
    asked = [chunk(u) for u in page.requests_seen if "/static/js/" in u]
    assert "PlotlyChart" in asked and "Multiselect" in asked and "Selectbox" in asked, asked
    assert not {"Slider", "moment", "numbro"} & set(asked), asked


def test_the_year_boxes_filter_and_write_the_url(app_server, browser_page):
    page = browser_page
    page.goto(app_server)
    page.wait_for_selector(".js-plotly-plot", state="visible", timeout=60_000)
    wait_for_app(page)
    first = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').first
    first.click()
    page.get_by_role("option", name="2025").click()
    page.wait_for_url("**years=2025&years=2026**", timeout=60_000)
    wait_for_app(page)
    expect(first.locator("input")).to_have_value("2025", timeout=30_000)
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "3 figures (of 5)" in main  # the seed's three: 2025 and 2026; Japan's 2024 figures are left out
    page.go_back()  # a history entry: Back returns to every year
    page.wait_for_url(lambda url: "years=" not in url, timeout=60_000)
    wait_for_app(page)
    expect(first.locator("input")).to_have_value("2024", timeout=30_000)
    assert "(of 5)" not in page.locator('[data-testid="stMain"]').inner_text()
