"""Chart builders are pure: assert on the Figure (trace types, axes, customdata ids, escaping)."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import charts
from dashboard.extraction.countries import country_points
from dashboard.tables import load_figures


@pytest.fixture
def figures(articles_dir) -> pd.DataFrame:
    return load_figures(articles_dir)


def ids_of(trace) -> set[str]:
    out: set[str] = set()
    for row in trace.customdata:
        out.update(str(row[0]).split(charts.SELECTED_IDS_SEP))
    return out


def test_world_map_is_a_choropleth_with_ids(figures):
    fig = charts.world_map(figures)
    assert fig.data[0].type == "choropleth" and set(fig.data[0].locations) == {"USA", "KOR", "JPN"}
    assert ids_of(fig.data[0]) == {charts.COUNTRY_TOKEN + c for c in ("USA", "KOR", "JPN")}


def test_deployment_bars_owner_to_host(figures):
    fig = charts.deployment_bars(figures)
    bar = fig.data[0]
    assert bar.type == "bar" and bar.orientation == "h"
    assert list(bar.y) == ["USA \u2192 KOR", "USA \u2192 JPN"] and list(bar.x) == [28500, 54000]  # largest on top
    assert fig.layout.xaxis.title.text.startswith("troops")
    deployed = figures[figures["metric"] == "troops_deployed"]
    assert ids_of(bar) == set(deployed["figure_id"])


def test_deployment_map_draws_lines_between_points(figures):
    fig = charts.deployment_map(figures, country_points())
    assert [t.type for t in fig.data].count("scattergeo") == len(fig.data)
    lines = [t for t in fig.data if t.mode == "lines"]
    assert len(lines) == 2 and fig.layout.geo.fitbounds is False


def test_personnel_claims_one_point_per_claim(figures):
    extra = figures[figures["metric"] == "active_personnel"].assign(
        figure_id="other:1", value=500000.0, publisher="Another paper")
    fig = charts.personnel_claims(pd.concat([figures, extra], ignore_index=True))
    points = [t for t in fig.data if t.mode == "markers"]
    assert len(points[0].x) == 2  # two claims for South Korea, both shown
    spread = [t for t in fig.data if t.mode == "lines"]
    assert spread and list(spread[0].x) == [450000, 500000]


def test_budget_timeline_shows_trend_claims_and_budgets(figures):
    fig = charts.budget_timeline(figures, in_usd=False)
    types = {(t.type, t.mode) for t in fig.data}
    assert ("scatter", "lines+markers") in types and ("scatter", "markers+text") in types
    assert fig.layout.yaxis.type == "log"
    trend = next(t for t in fig.data if t.mode == "markers+text")
    assert list(trend.x) == [2026] and trend.marker.symbol == "triangle-up"
    usd = charts.budget_timeline(figures, in_usd=True)
    budget = next(t for t in usd.data if t.mode == "lines+markers")
    assert budget.y[0] == pytest.approx(figures.loc[figures["metric"] == "defense_budget", "value_usd"].iloc[0])


def test_article_text_is_escaped_in_labels(figures):
    """Plotly renders <b>, <a> in labels: article text must show literally."""
    hostile = figures.copy()
    hostile["country"] = "<b>Evil</b><a href='javascript:alert(1)'>x</a>"
    hostile["passage"] = "<script>alert(1)</script> 28,500 troops"
    for fig in (charts.world_map(hostile), charts.personnel_claims(hostile), charts.budget_timeline(hostile, False)):
        dump = fig.to_json()
        assert "<b>Evil" not in dump and "<script>" not in dump and "<a href" not in dump
        assert "&lt;b&gt;Evil" in dump or "&lt;script&gt;" in dump


def test_empty_inputs_give_a_message_not_an_error(figures):
    empty = figures.iloc[0:0]
    for fig in (charts.deployment_bars(empty), charts.personnel_claims(empty), charts.budget_timeline(empty, False)):
        assert fig.layout.annotations and not fig.data


def test_selected_ids_from_a_click_event():
    event = {"selection": {"points": [{"customdata": ["a:1|a:2", "x"]}, {"customdata": "b:3"}, {}]}}
    assert charts.selected_ids(event) == ["a:1", "a:2", "b:3"]
    assert charts.selected_ids(None) == [] and charts.selected_ids({"selection": {"points": []}}) == []


@pytest.mark.parametrize("value, unit, text", [(28500, "persons", "28,500"), (6.63e13, "KRW", "66.3 trillion KRW"),
                                               (8.2, "percent", "8.2%"), (-9e9, "USD", "-9 billion USD")])
def test_fmt_value(value, unit, text):
    assert charts.fmt_value(value, unit) == text
