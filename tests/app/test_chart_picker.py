"""AppTest: a chart page builds one chart at a time, the one its picker (``?chart=``) names; the others are one
click away and not built (issue 11 point 5: a filter change redraws one chart)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

pytestmark = pytest.mark.slow  # drives the Streamlit app (AppTest)

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app" / "main.py")
CHARTS = {  # page -> {picker label: the chart's trace types}
    "troops": {"Latest levels": {"bar"}, "Map": {"scattergeo"}},
    "budgets": {"Budgets by year": {"scatter"}},
}


def page(view: str, **params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    for key, value in params.items():
        at.query_params[key] = value
    at.switch_page(f"views/{view}.py")
    return at.run()


def trace_types(at: AppTest) -> list[set[str]]:
    return [{t["type"] for t in json.loads(c.proto.spec)["data"]} for c in at.get("plotly_chart")]


@pytest.mark.parametrize("view", ["troops", "active", "budgets"])
def test_the_first_chart_alone_at_start(seed_only, view):
    at = page(view)
    assert not at.exception, at.exception
    picker = at.button_group(key="chart")
    assert len(at.get("plotly_chart")) == 1
    assert picker.value == picker.options[0]
    if view in CHARTS:
        assert trace_types(at) == [next(iter(CHARTS[view].values()))]


def test_the_picker_in_the_url_opens_another_chart_alone(seed_only):
    at = page("troops", chart="Map")
    assert not at.exception, at.exception
    assert trace_types(at) == [CHARTS["troops"]["Map"]]
    at = page("troops", chart="Over time")  # the seed gives one year: the caption says why there is no line
    assert not at.get("plotly_chart") and any("more than one year" in c.value for c in at.caption)
