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


def test_the_passages_under_a_budget_chart_are_the_open_charts(tmp_path, monkeypatch):
    """A browser audit: 'Budgets by year' listed share-of-GDP passages first."""
    from tests.app.conftest import write_article

    folder = tmp_path / "articles"
    folder.mkdir()
    write_article(folder, "a-share", "Croatia spends 2.03% of its GDP on defence, the ministry said.")
    write_article(folder, "b-budget", "Spain approved a defence budget of 33.1 billion euros for 2024, the ministry said.")
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path))

    def cards(at: AppTest) -> str:
        return " ".join(m.value for m in at.markdown).replace("\\", "")

    by_year = page("budgets")
    assert "33.1 billion" in cards(by_year) and "2.03%" not in cards(by_year)
    shares = page("budgets", chart="Share of GDP")
    assert "2.03%" in cards(shares) and "33.1 billion" not in cards(shares)
