"""Chart builders are pure: assert on the Figure (trace types, axes, customdata ids, escaping)."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import charts, schema
from dashboard.extraction.countries import country_points


@pytest.fixture
def figures() -> pd.DataFrame:
    """The seed's figures and a Japan story's, built here: charts are tested on frames, not on the pipeline."""
    return tiny(
        {"metric": "troops_deployed", "country_iso3": "USA", "country": "United States", "host_iso3": "KOR",
         "value": 28500, "year": 2025, "confidence": 0.9, "quote": "28,500 U.S. troops"},
        {"metric": "troops_deployed", "country_iso3": "USA", "country": "United States", "host_iso3": "JPN",
         "value": 54000, "year": 2024, "confidence": 0.85, "quote": "54,000 U.S. troops"},
        {"metric": "active_personnel", "country_iso3": "KOR", "country": "South Korea", "value": 450000,
         "year": 2025, "confidence": 0.59, "quote": "450,000 active troops"},
        {"metric": "defense_budget", "country_iso3": "JPN", "country": "Japan", "value": 7.9e12, "unit": "JPY",
         "currency": "JPY", "value_usd": 5.5e10, "usd_rate_date": "2024-03-05", "year": 2024,
         "stage": "approved", "confidence": 0.85, "quote": "7.9 trillion yen"},
        {"metric": "budget_trend", "country_iso3": "KOR", "country": "South Korea", "value": None, "unit": "",
         "direction": "increase", "year": 2026, "confidence": 0.5, "quote": "increased its defense budget"},
    )


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
    assert list(bar.y) == ["United States \u2192 South Korea", "United States \u2192 Japan"] and list(bar.x) == [28500, 54000]  # largest on top
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
    assert fig.layout.yaxis.title.text == "JPY" and fig.layout.yaxis2.title.text == "claims"  # a panel per currency
    trend = next(t for t in fig.data if t.mode == "markers+text")
    claim = figures[figures["metric"] == "budget_trend"].iloc[0]
    low = claim["confidence"] < 0.6  # a low-confidence claim is drawn hollow (see the confidence tests)
    assert list(trend.x) == [2026] and list(trend.marker.symbol) == ["triangle-up-open" if low else "triangle-up"]
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


# --- low confidence and plans, on tiny frames built here -------------------------------------------


def tiny(*rows: dict) -> pd.DataFrame:
    """A typed figures frame from a few rows; every row needs only what its chart reads."""
    from dashboard.tables.frames import figures_frame

    base = {**schema.blank_figure(), "article_id": "a", "unit": "persons", "quote": "q", "passage": "p", "publisher": "Wire",
            "published": "2025-01-01", "status": "extracted", "year": 2025, "method": "rule"}
    out = []
    for i, row in enumerate(rows):
        full = {**base, "start": i * 10, "end": i * 10 + 5, **row}
        full.setdefault("figure_id", f"a:{full['start']}")
        out.append(full)
    return figures_frame(out)


def hover_text(trace) -> str:
    return " ".join(str(x) for row in trace.customdata for x in row) + " " + str(trace.hovertemplate)


def test_confidence_note_says_low():
    assert charts.confidence_note(0.55) == "confidence 0.55 (low)"
    assert charts.confidence_note(0.85) == "confidence 0.85" and charts.confidence_note(1.0) == "confidence 1"
    assert charts.LOW_LABEL == "low confidence (< 0.6)"


def test_low_confidence_deployment_bar_is_faded_and_hatched():
    df = tiny({"metric": "troops_deployed", "country_iso3": "USA", "country": "United States", "host_iso3": "KOR",
               "value": 28500, "confidence": 0.9},
              {"metric": "troops_deployed", "country_iso3": "USA", "country": "United States", "host_iso3": "JPN",
               "value": 54000, "confidence": 0.55})
    fig = charts.deployment_bars(df)
    bar = fig.data[0]
    assert list(bar.y) == ["United States \u2192 South Korea", "United States \u2192 Japan"]
    assert [charts.is_faded(c) for c in bar.marker.color] == [False, True]
    assert list(bar.marker.pattern.shape) == ["", charts.LOW_PATTERN]
    assert "confidence 0.55 (low)" in str(bar.customdata[1]) and "confidence 0.9" in str(bar.customdata[0])
    assert "(low)" not in str(bar.customdata[0])
    assert any(charts.LOW_NAME in t.name for t in fig.data if t.name)
    assert [t.type for t in fig.data].count("bar") == 1  # the legend note adds no bar element


def test_low_confidence_deployment_is_dotted_and_hollow_on_the_map():
    df = tiny({"metric": "troops_deployed", "country_iso3": "USA", "country": "United States", "host_iso3": "KOR",
               "value": 28500, "confidence": 0.9},
              {"metric": "troops_deployed", "country_iso3": "USA", "country": "United States", "host_iso3": "JPN",
               "value": 54000, "confidence": 0.55})
    fig = charts.deployment_map(df, country_points())
    lines = {t.line.dash: t.opacity for t in fig.data if t.mode == "lines" and t.lat}
    assert lines["solid"] > lines["dot"]
    hosts = next(t for t in fig.data if t.mode == "markers+text")
    by_host = dict(zip(hosts.text, hosts.marker.symbol, strict=True))
    assert by_host == {"South Korea": "circle", "Japan": "circle-open"}  # hosts by name, not code
    assert "confidence 0.55 (low)" in hover_text(hosts)
    assert charts.LOW_NAME in [t.name for t in fig.data]


def test_low_confidence_personnel_claim_is_hollow_and_faded():
    df = tiny({"metric": "active_personnel", "country_iso3": "KOR", "country": "South Korea", "value": 450000,
               "confidence": 0.85},
              {"metric": "active_personnel", "country_iso3": "PRK", "country": "North Korea", "value": 1280000,
               "confidence": 0.55})
    fig = charts.personnel_claims(df)
    points = fig.data[0]
    assert list(points.y) == ["South Korea", "North Korea"]
    assert list(points.marker.symbol) == ["circle", "circle-open"]
    assert [charts.is_faded(c) for c in points.marker.color] == [False, True]
    assert "confidence 0.55 (low)" in str(points.customdata[1]) and "(low)" not in str(points.customdata[0])
    assert charts.LOW_NAME in [t.name for t in fig.data]
    high_only = charts.personnel_claims(df.iloc[:1])
    assert charts.LOW_NAME not in [t.name for t in high_only.data]  # no note when nothing is low


def test_planned_personnel_is_drawn_apart_and_not_in_the_spread():
    df = tiny({"metric": "active_personnel", "country_iso3": "KOR", "country": "South Korea", "value": 450000,
               "confidence": 0.85},
              {"metric": "active_personnel", "country_iso3": "KOR", "country": "South Korea", "value": 500000,
               "confidence": 0.85, "stage": "planned", "year": 2030})
    fig = charts.personnel_claims(df)
    by_name = {t.name: t for t in fig.data}
    current, planned = by_name["Active personnel"], by_name["Active personnel (planned / target)"]
    assert list(current.x) == [450000] and list(current.marker.symbol) == ["circle"]
    assert list(planned.x) == [500000] and list(planned.marker.symbol) == ["diamond"]
    assert "planned / target" in planned.hovertemplate
    assert not [t for t in fig.data if t.mode == "lines"]  # one current level: no disagreement to span


def test_planned_deployment_is_a_diamond_not_the_bar():
    df = tiny({"metric": "troops_deployed", "country_iso3": "DEU", "country": "Germany", "host_iso3": "LTU",
               "value": 1000, "confidence": 0.9},
              {"metric": "troops_deployed", "country_iso3": "DEU", "country": "Germany", "host_iso3": "LTU",
               "value": 5000, "confidence": 0.5, "stage": "planned", "year": 2027})
    fig = charts.deployment_bars(df)
    bar = next(t for t in fig.data if t.type == "bar" and len(t.x))
    assert list(bar.x) == [1000]  # the latest *stated* level, not the 2027 plan
    plan = next(t for t in fig.data if t.name == charts.PLANNED_LABEL)
    assert list(plan.x) == [5000] and list(plan.marker.symbol) == ["diamond-open"]  # a plan, and low confidence
    assert [charts.is_faded(c) for c in plan.marker.color] == [True]
    over_time = charts.level_over_time(df, "troops_deployed", ["country_iso3", "host_iso3"])
    modes = {t.name: t.mode for t in over_time.data}
    assert modes["Germany \u2192 Lithuania"] == "lines+markers" and modes["Germany \u2192 Lithuania (planned / target)"] == "markers"
    latest = charts.latest_per_country_metric(df)
    assert sorted(latest["value"].tolist()) == [1000, 5000]  # the plan does not replace the stated level


def test_low_confidence_budget_is_faded_in_a_ring_and_trend_hollow():
    money = {"metric": "defense_budget", "country_iso3": "KOR", "country": "South Korea", "unit": "KRW",
             "currency": "KRW"}
    df = tiny({**money, "value": 6.1e13, "year": 2025, "stage": "approved", "confidence": 0.9},
              {**money, "value": 6.63e13, "year": 2026, "stage": "proposed", "confidence": 0.55},
              {"metric": "budget_trend", "country_iso3": "KOR", "country": "South Korea", "direction": "increase",
               "year": 2026, "confidence": 0.55, "unit": ""})
    fig = charts.budget_timeline(df, in_usd=False)
    line = next(t for t in fig.data if t.mode == "lines+markers")
    assert [charts.is_faded(c) for c in line.marker.color] == [False, True]
    assert list(line.marker.symbol) == ["circle", "circle-open"]  # stage symbols unchanged
    assert "confidence 0.55 (low)" in str(line.customdata[1]) and "(low)" not in str(line.customdata[0])
    ring = next(t for t in fig.data if t.mode == "markers" and t.name == charts.LOW_NAME and len(t.x))
    assert list(ring.x) == [2026] and ring.hoverinfo == "skip"
    assert any(t.name == charts.LOW_NAME and t.showlegend is not False and list(t.x) == [None] for t in fig.data)
    trend = next(t for t in fig.data if t.mode == "markers+text")
    assert list(trend.marker.symbol) == ["triangle-up-open"] and "(low)" in hover_text(trend)


def test_low_confidence_budget_change_is_hatched():
    change = {"metric": "budget_change_pct", "country_iso3": "KOR", "country": "South Korea", "unit": "percent"}
    df = tiny({**change, "value": 8.2, "year": 2025, "confidence": 0.9},
              {**change, "value": 7.5, "year": 2026, "confidence": 0.5})
    fig = charts.budget_changes(df)
    assert list(fig.data[0].marker.pattern.shape) == ["", charts.LOW_PATTERN]
    assert [charts.is_faded(c) for c in fig.data[0].marker.color] == [False, True]
    assert charts.LOW_NAME in fig.layout.title.text and "confidence 0.5 (low)" in hover_text(fig.data[0])


def test_country_with_only_low_confidence_figures_is_faded_on_the_map():
    df = tiny({"metric": "active_personnel", "country_iso3": "KOR", "country": "South Korea", "value": 450000,
               "confidence": 0.85},
              {"metric": "active_personnel", "country_iso3": "PRK", "country": "North Korea", "value": 1280000,
               "confidence": 0.55})
    fig = charts.world_map(df)
    opacity = dict(zip(fig.data[0].locations, fig.data[0].marker.opacity, strict=True))
    assert opacity == {"KOR": 1.0, "PRK": charts.LOW_OPACITY}
    assert charts.LOW_NAME in str(fig.data[0].customdata[1]) and charts.LOW_NAME in fig.layout.title.text


def test_low_confidence_is_faded_by_colour_not_a_per_point_opacity():
    """A per-point marker.opacity array on a trace with text stops clicks reaching Streamlit: colours fade."""
    troops = {"metric": "troops_deployed", "country_iso3": "USA", "country": "United States"}
    money = {"metric": "defense_budget", "country_iso3": "KOR", "country": "South Korea", "unit": "KRW"}
    df = tiny({**troops, "host_iso3": "KOR", "value": 28500, "confidence": 0.9},
              {**troops, "host_iso3": "JPN", "value": 54000, "confidence": 0.55},
              {**troops, "host_iso3": "POL", "value": 9000, "confidence": 0.4, "stage": "planned", "year": 2027},
              {**money, "value": 6.6e13, "year": 2026, "confidence": 0.5},
              {"metric": "budget_trend", "country_iso3": "KOR", "country": "South Korea", "direction": "increase",
               "year": 2026, "confidence": 0.5, "unit": ""})
    for fig in (charts.deployment_bars(df), charts.deployment_map(df, country_points()),
                charts.budget_timeline(df, in_usd=False), charts.personnel_claims(df)):
        for trace in fig.data:
            marker = getattr(trace, "marker", None)
            assert marker is None or not isinstance(marker.opacity, tuple | list), (trace.type, trace.name)
    hosts = next(t for t in charts.deployment_map(df, country_points()).data if t.mode == "markers+text")
    faded = {h: charts.is_faded(c) for h, c in zip(hosts.text, hosts.marker.color, strict=True)}
    assert faded == {"Japan": True, "South Korea": False, "Poland": True}  # POL: a low-confidence plan


# --- axes that say exactly what they show (issue "Exact numbers, safe inputs, honest screens", item 11) ------

MONEY = {"metric": "defense_budget", "country_iso3": "KOR", "country": "South Korea", "unit": "KRW",
         "currency": "KRW", "stage": "approved", "confidence": 0.9}


def test_a_single_dollar_value_gets_round_ticks_from_zero():
    df = tiny({**MONEY, "value": 8.5e12, "value_usd": 6.2132201475e9, "year": 2025})
    axis = charts.budget_timeline(df, in_usd=True).layout.yaxis
    assert axis.type == "linear" and axis.range[0] == 0 and axis.tickmode == "array"
    assert list(axis.ticktext) == ["0", "2B", "4B", "6B", "8B"] and axis.range[1] >= 6.2132201475e9
    assert axis.title.text == "US dollars"


def test_a_tiny_difference_does_not_fill_the_axis():
    df = tiny({**MONEY, "value": 6.1e13, "year": 2025}, {**MONEY, "value": 6.1e13 * 1.0006, "year": 2026})
    axis = charts.budget_timeline(df, in_usd=False).layout.yaxis
    assert axis.type == "linear" and axis.range[0] == 0  # 0.06% apart: two points at the same height
    assert axis.title.text == "KRW" and "61T" not in axis.ticktext and "60T" in axis.ticktext
    spread = tiny({**MONEY, "unit": "EUR", "value": 1.5e9, "year": 2025, "country": "Estonia"},
                  {**MONEY, "unit": "EUR", "value": 9.0e10, "year": 2025, "country": "Germany"})
    log_axis = charts.budget_timeline(spread, in_usd=False).layout.yaxis
    assert log_axis.type == "log" and log_axis.title.text == "EUR (log scale)"
    assert log_axis.range[1] - log_axis.range[0] >= 1
    assert log_axis.dtick == 1  # one label a decade, no bare "2" and "5" between (a browser audit)


def test_several_currencies_never_share_an_axis():
    df = tiny({**MONEY, "value": 6.1e13, "year": 2025},
              {**MONEY, "country_iso3": "JPN", "country": "Japan", "unit": "JPY", "currency": "JPY",
               "value": 7.9e12, "year": 2024})
    fig = charts.budget_timeline(df, in_usd=False)
    titles = [fig.layout[a].title.text for a in ("yaxis", "yaxis2")]
    assert titles == ["JPY", "KRW"] and "yaxis3" not in fig.layout
    by_axis = {t.name: t.yaxis for t in fig.data if t.mode == "lines+markers"}
    assert by_axis == {"Japan (JPY)": "y", "South Korea (KRW)": "y2"}
    usd = charts.budget_timeline(df.assign(value_usd=[4.2e10, 5.3e10]), in_usd=True)
    assert usd.layout.yaxis.title.text == "US dollars" and "yaxis2" not in usd.layout  # one currency: one panel
    many = tiny(*[{**MONEY, "unit": c, "currency": c, "value": 1e9, "year": 2025, "country": c}
                  for c in ("AAA", "BBB", "CCC", "DDD", "EEE", "FFF")])
    crowded = charts.budget_timeline(many, in_usd=False)
    assert f"yaxis{charts.MAX_CURRENCY_PANELS}" in crowded.layout
    assert f"yaxis{charts.MAX_CURRENCY_PANELS + 1}" not in crowded.layout
    assert "not shown" in crowded.layout.title.text and "US dollars" in crowded.layout.title.text


def test_overview_colour_bar_counts_whole_figures():
    df = tiny({"metric": "active_personnel", "country_iso3": "KOR", "country": "South Korea", "value": 450000},
              {"metric": "active_personnel", "country_iso3": "KOR", "country": "South Korea", "value": 500000},
              {"metric": "active_personnel", "country_iso3": "PRK", "country": "North Korea", "value": 1280000})
    bar = charts.world_map(df).data[0].colorbar
    assert bar.tickformat == ",d" and bar.dtick == 1 and bar.tickmode == "linear"
    many = pd.concat([df] * 40, ignore_index=True).assign(figure_id=lambda d: [f"a:{i}" for i in range(len(d))])
    assert charts.world_map(many).data[0].colorbar.dtick == 20


def test_one_country_series_still_has_a_legend():
    change = {"metric": "budget_change_pct", "country_iso3": "KOR", "country": "South Korea", "unit": "percent"}
    changes = charts.budget_changes(tiny({**change, "value": 8.2, "year": 2025}))
    assert changes.layout.showlegend is True and [t.name for t in changes.data] == ["South Korea"]
    timeline = charts.budget_timeline(tiny({**MONEY, "value": 6.1e13, "year": 2025}), in_usd=False)
    assert timeline.layout.showlegend is True
    troops = {"metric": "troops_deployed", "country_iso3": "USA", "country": "United States", "host_iso3": "KOR"}
    over_time = charts.level_over_time(tiny({**troops, "value": 28500, "year": 2024},
                                            {**troops, "value": 28000, "year": 2025}),
                                       "troops_deployed", ["country_iso3", "host_iso3"])
    assert over_time.layout.showlegend is True


def test_hover_text_keeps_the_hedge():
    troops = {"metric": "troops_deployed", "country_iso3": "USA", "country": "United States", "host_iso3": "KOR"}
    df = tiny({**troops, "value": 28500, "qualifier": "approx"},
              {**troops, "host_iso3": "JPN", "value": 54000, "qualifier": "lower_bound"})
    bars = charts.deployment_bars(df)
    assert "about 28,500" in hover_text(bars.data[0]) and "more than 54,000" in hover_text(bars.data[0])
    assert "%{x:,.0f}" not in bars.data[0].hovertemplate
    hosts = next(t for t in charts.deployment_map(df, country_points()).data if t.mode == "markers+text")
    assert "about 28,500" in hover_text(hosts)
    active = tiny({"metric": "active_personnel", "country_iso3": "KOR", "country": "South Korea", "value": 25000,
                   "qualifier": "range", "low": 20000, "high": 30000})
    assert "20,000 to 30,000" in hover_text(charts.personnel_claims(active).data[0])
    budget = charts.budget_timeline(tiny({**MONEY, "value": 6.1e13, "year": 2025, "qualifier": "upper_bound"}),
                                    in_usd=False)
    assert "up to 61 trillion KRW" in hover_text(budget.data[0])
    change = tiny({"metric": "budget_change_pct", "country_iso3": "KOR", "country": "South Korea",
                   "unit": "percent", "value": 8.2, "year": 2025, "qualifier": "approx"})
    assert "about +8.2%" in hover_text(charts.budget_changes(change).data[0])


@pytest.mark.parametrize("value, unit, qualifier, low, high, text", [
    (28500, "persons", "approx", None, None, "about 28,500"),
    (5e9, "USD", "lower_bound", None, None, "more than 5 billion USD"),
    (1e6, "persons", "upper_bound", None, None, "up to 1,000,000"),
    (25000, "persons", "range", 20000, 30000, "20,000 to 30,000"),
    (28500, "persons", "", None, None, "28,500"),
    (None, "persons", "approx", None, None, "n/a"),
])
def test_hedged_value(value, unit, qualifier, low, high, text):
    assert charts.hedged_value(value, unit, qualifier, low, high) == text


def test_a_deployment_with_no_single_host_is_labelled_several_hosts():
    df = tiny({"metric": "troops_deployed", "country_iso3": "GBR", "country": "United Kingdom", "host_iso3": "",
               "value": 11000, "confidence": 0.8},
              {"metric": "troops_deployed", "country_iso3": "USA", "country": "United States", "host_iso3": "KOR",
               "value": 28500, "confidence": 0.9})
    bar = charts.deployment_bars(df).data[0]
    assert sorted(bar.y) == ["United Kingdom \u2192 several hosts", "United States \u2192 South Korea"]
    assert "United Kingdom in several hosts" in hover_text(bar)
    fig = charts.deployment_map(df, country_points())  # no line can be drawn to several hosts: it is listed, not lost
    assert fig is not None


def test_deployments_name_owner_and_host_in_words_on_bars_map_and_lines():
    """Regression: the troop charts labelled pairs by code ('USA \u2192 KOR', 'EUROPE') while every other chart
    and passage card named countries; a region host reads as a region."""
    df = tiny({"metric": "troops_deployed", "country_iso3": "USA", "country": "United States", "host_iso3": "EUROPE",
               "value": 100000, "year": 2023},
              {"metric": "troops_deployed", "country_iso3": "USA", "country": "United States", "host_iso3": "EUROPE",
               "value": 90000, "year": 2024},
              {"metric": "troops_deployed", "country_iso3": "DEU", "country": "Germany", "host_iso3": "LTU",
               "value": 5000, "year": 2024})
    bar = charts.deployment_bars(df).data[0]
    assert sorted(bar.y) == ["Germany \u2192 Lithuania", "United States \u2192 Europe (region)"]
    assert "United States in Europe (region)" in hover_text(bar)
    hosts = next(t for t in charts.deployment_map(df, country_points()).data if t.mode == "markers+text")
    assert "Lithuania" in hosts.text and not any(t in ("LTU", "EUROPE") for t in hosts.text)
    lines = charts.level_over_time(df, "troops_deployed", ["country_iso3", "host_iso3"])
    names = [t.name for t in lines.data if t.mode == "lines+markers"]
    assert "United States \u2192 Europe (region)" in names and not any("USA" in n or "EUROPE" in n for n in names)


def test_a_pair_with_a_yearless_claim_beside_dated_ones_draws_its_latest_year():
    """A claim with no year (NA) and a dated claim for the same pair: the bar is the dated claim's; the yearless one
    is neither 'the latest year' nor a crash (comparing NA with a year once raised 'boolean value of NA is ambiguous')."""
    df = tiny({"metric": "troops_deployed", "country_iso3": "FRA", "country": "France", "host_iso3": "SEN",
               "value": 350, "year": None},
              {"metric": "troops_deployed", "country_iso3": "FRA", "country": "France", "host_iso3": "SEN",
               "value": 400, "year": 2024})
    bar = charts.deployment_bars(df).data[0]
    assert list(bar.y) == ["France \u2192 Senegal"] and list(bar.x) == [400]
    assert "2024" in str(bar.customdata[0])


def test_a_claim_late_in_the_timeline_puts_its_quote_on_the_left():
    """A UX check: the quote beside a claim in the last year ran off the chart's right edge ('increase its defer')."""
    rows = tiny(
        {"metric": "defense_budget", "country_iso3": "JPN", "country": "Japan", "value": 8.5e12, "unit": "JPY",
         "currency": "JPY", "year": 2013},
        {"metric": "budget_trend", "country_iso3": "JPN", "country": "Japan", "value": None, "unit": "",
         "direction": "increase", "year": 2025, "quote": "increase its defense spending"},
        {"metric": "budget_trend", "country_iso3": "KOR", "country": "South Korea", "value": None, "unit": "",
         "direction": "increase", "year": 2014, "quote": "largest defense budget increase"},
    )
    claims = next(t for t in charts.budget_timeline(rows, in_usd=False).data if str(t.name).startswith("claimed"))
    sides = dict(zip((int(x) for x in claims.x), claims.textposition, strict=True))
    assert sides == {2025: "middle left", 2014: "middle right"}


def test_the_troop_map_is_centred_so_no_line_runs_off_its_edge():
    """A user-level audit: centred on Europe, the United States -> South Korea line ran off one edge of the map
    and back in at the other."""
    from dashboard.charts.deployments import _on_short_arc

    df = tiny({"metric": "troops_deployed", "country_iso3": "USA", "country": "United States", "host_iso3": "KOR",
               "value": 28500, "year": 2025},
              {"metric": "troops_deployed", "country_iso3": "DEU", "country": "Germany", "host_iso3": "LTU",
               "value": 1700, "year": 2024})
    points = country_points()
    centre = charts.deployment_map(df, points).layout.geo.projection.rotation.lon
    edge = centre + 180
    for owner, host in (("USA", "KOR"), ("DEU", "LTU")):
        assert not _on_short_arc(edge, points[owner][1], points[host][1]), (owner, host, centre)


def test_map_names_in_a_crowded_region_do_not_print_over_each_other():
    """A user-level audit: with troops in the Baltic states, Poland and Germany, the map's host names printed on top
    of one another. Each host is named once, the largest deployment first, no two names overlap, and a host whose
    name fits nowhere keeps its marker and hover."""
    from dashboard.charts.maplabels import _box, _overlaps, _xy

    hosts = {"DEU": 35000, "POL": 10000, "LTU": 1000, "LVA": 500, "EST": 300, "ROU": 2000, "JPN": 54000}
    df = tiny(*[{"metric": "troops_deployed", "country_iso3": "USA", "country": "United States", "host_iso3": h,
                 "value": v} for h, v in hosts.items()],
              {"metric": "troops_deployed", "country_iso3": "GBR", "country": "United Kingdom", "host_iso3": "EST",
               "value": 900})
    fig = charts.deployment_map(df, country_points())
    trace = next(t for t in fig.data if t.mode == "markers+text")
    names = [t for t in trace.text if t]
    assert len(names) == len(set(names))  # Estonia, hosting two owners, is named once at most
    assert "Japan" in names and "Germany" in names  # the largest are named
    assert len(names) < len(hosts)  # not every name fits in the Baltic
    points, centre = country_points(), fig.layout.geo.projection.rotation.lon
    boxes = [_box(*_xy(*points[h], centre), 7.0 * len(t), p)
             for h, t, p in zip([h for h in df["host_iso3"]], trace.text, trace.textposition, strict=True) if t]
    assert not any(_overlaps(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    assert len(trace.customdata) == len(df)  # every host keeps its marker and hover


def test_a_host_with_several_owners_names_them_all_on_hover():
    """A browser audit: hovering Estonia showed only France's troops; the United Kingdom's marker stood under it."""
    df = tiny({"metric": "troops_deployed", "country_iso3": "FRA", "country": "France", "host_iso3": "EST", "value": 300},
              {"metric": "troops_deployed", "country_iso3": "GBR", "country": "United Kingdom", "host_iso3": "EST",
               "value": 900})
    hosts = next(t for t in charts.deployment_map(df, country_points()).data if t.mode == "markers+text")
    hovers = [hover_text(hosts)]
    assert "also: United Kingdom: 900" in hovers[0] and "also: France: 300" in hovers[0]


def test_the_latest_figure_is_the_surest_of_its_year_and_article_and_a_yearless_one_counts_as_its_articles_year():
    """A browser audit: India's 'latest' budget was Rs 1,494 crore for seven companies (low confidence, later in the
    article) over the same article's topline; Croatia's latest share was a 2006 figure over a yearless 2022 one."""
    money = {"metric": "defense_budget", "country_iso3": "IND", "country": "India", "unit": "INR", "currency": "INR",
             "published": "2025-02-01"}
    df = tiny({**money, "value": 6.8e12, "confidence": 0.94}, {**money, "value": 1.494e10, "confidence": 0.55})
    assert charts.latest_per_country_metric(df)["value"].tolist() == [6.8e12]
    assert [b for t in charts.metric_chart(df, "defense_budget").data for b in t.x] == [6.8e12]
    share = {"metric": "defense_share_gdp_pct", "country_iso3": "HRV", "country": "Croatia", "unit": "percent"}
    df = tiny({**share, "value": 2.0, "year": 2006, "published": "2022-06-01", "confidence": 0.8},
              {**share, "value": 2.03, "year": None, "published": "2022-06-01", "confidence": 0.85})
    assert charts.latest_per_country_metric(df)["value"].tolist() == [2.03]


def test_the_metric_chart_puts_budgets_in_several_currencies_in_us_dollars():
    """A browser audit: rupees, euros and Australian dollars shared one unlabelled 'amount' axis."""
    df = tiny({"metric": "defense_budget", "country_iso3": "IND", "country": "India", "unit": "INR", "currency": "INR",
               "value": 6.8e12, "value_usd": 7.9e10, "confidence": 0.9},
              {"metric": "defense_budget", "country_iso3": "ESP", "country": "Spain", "unit": "EUR", "currency": "EUR",
               "value": 3.3e10, "value_usd": 3.6e10, "confidence": 0.9})
    fig = charts.metric_chart(df, "defense_budget")
    assert sorted(fig.data[0].x) == [3.6e10, 7.9e10] and "US dollars" in fig.layout.xaxis.title.text
    assert "INR" in hover_text(fig.data[0]) or "6.8" in hover_text(fig.data[0])  # the amount as stated, in the hover
    one = charts.metric_chart(df[df["country_iso3"] == "IND"], "defense_budget")
    assert list(one.data[0].x) == [6.8e12]  # one currency: as stated


def test_the_metric_chart_of_latest_stated_values_leaves_plans_out():
    """A browser audit: the Metrics page drew Germany's planned 2027 brigade in Lithuania as a stated level."""
    dep = {"metric": "troops_deployed", "country_iso3": "DEU", "country": "Germany", "host_iso3": "LTU"}
    df = tiny({**dep, "value": 1000, "confidence": 0.9}, {**dep, "value": 4800, "year": 2027, "stage": "planned", "confidence": 0.8})
    assert [x for t in charts.metric_chart(df, "troops_deployed").data for x in t.x] == [1000]
    only_plan = charts.metric_chart(df[df["stage"] == "planned"], "troops_deployed")
    assert not [x for t in only_plan.data for x in (t.x or [])]


def test_the_overview_bars_leave_the_title_its_own_line_above_a_legend_of_several_rows():
    """A browser audit: the legend's rows ran over 'Figures per country' (at 1,200 and at 900 px)."""
    rows = [{"metric": m, "country_iso3": "POL", "country": "Poland", "value": 1.0}
            for m in ("troops_deployed", "active_personnel", "defense_budget", "budget_change_pct")]
    fig = charts.figures_per_country(tiny(*rows))
    assert fig.layout.margin.t >= 46 + 20 * len(fig.data) and fig.layout.title.yref == "container"


def test_the_metric_chart_labels_money_in_short_round_ticks():
    """Looked at in Chromium: the budget bars' axis read '10,000,000,000' ... tilted into the source line."""
    df = tiny({"metric": "defense_budget", "country_iso3": "ESP", "country": "Spain", "unit": "EUR", "currency": "EUR",
               "value": 3.3e10, "value_usd": 3.6e10, "confidence": 0.9})
    axis = charts.metric_chart(df, "defense_budget").layout.xaxis
    assert list(axis.ticktext)[:2] == ["0", "10B"] and axis.range[1] >= 3.3e10


def test_a_hosts_rows_of_one_table_of_troops_abroad_are_summed_into_its_level():
    """A table of one country's missions gives a host one row per mission ("Lebanon | UNIFIL | 2,450", "Lebanon |
    other | 50"): the host's latest level is their sum, not the last row; rows of other articles stay apart."""
    table = "table:deployments (table)"
    df = tiny(
        {"metric": "troops_deployed", "country_iso3": "ITA", "country": "Italy", "host_iso3": "LBN", "value": 2450,
         "year": 2007, "method": table},
        {"metric": "troops_deployed", "country_iso3": "ITA", "country": "Italy", "host_iso3": "LBN", "value": 50,
         "year": 2007, "method": table},
        {"metric": "troops_deployed", "country_iso3": "ITA", "country": "Italy", "host_iso3": "AFG", "value": 1938,
         "year": 2007, "method": table},
        {"metric": "troops_deployed", "country_iso3": "ITA", "country": "Italy", "host_iso3": "AFG", "value": 800,
         "year": 2007, "method": "personnel:number-noun (sentence)", "article_id": "b", "start": 500},
    )
    bar = charts.deployment_bars(df).data[0]
    levels = dict(zip(bar.y, bar.x, strict=True))
    assert levels["Italy \u2192 Lebanon"] == 2500
    assert "the sum of 2 rows of one table" in hover_text(bar)
    assert levels["Italy \u2192 Afghanistan"] == 800  # the latest claim is another article's sentence: its own value


def _italy_table(*extra: dict) -> pd.DataFrame:
    table = "table:deployments (table)"
    row = {"metric": "troops_deployed", "country_iso3": "ITA", "country": "Italy", "year": 2007, "method": table}
    return tiny({**row, "host_iso3": "LBN", "value": 2450}, {**row, "host_iso3": "LBN", "value": 50},
                {**row, "host_iso3": "AFG", "value": 1938}, *extra)


def test_the_troop_map_and_the_latest_list_sum_a_hosts_rows_of_one_table_too():
    """The bars summed a host's table rows (2,500 in Lebanon) while the map's hover and the Overview's latest
    list still said 50, the last row (left undone in the fifteenth sitting). Another article's row stays apart."""
    from dashboard.app.latest import latest_table

    other = {"metric": "troops_deployed", "country_iso3": "ITA", "country": "Italy", "host_iso3": "AFG", "value": 800,
             "year": 2007, "method": "personnel:number-noun (sentence)", "article_id": "b", "published": "2025-02-01"}
    df = _italy_table(other)
    hosts = next(t for t in charts.deployment_map(df, {"ITA": (42.0, 12.0), "LBN": (34.0, 36.0), "AFG": (34.0, 66.0)}).data
                 if t.mode == "markers+text")
    said = {row[2]: row[3] for row in hosts.customdata}
    assert said["Lebanon"] == "2,500 (the sum of 2 rows of one table)" and said["Afghanistan"] == "800"
    figures = dict(zip(latest_table(df)["host_iso3"], latest_table(df)["figure"], strict=True))
    assert figures == {"LBN": "2,500 (the sum of 2 rows of one table)", "AFG": "800"}
    assert charts.latest_per_country_metric(df)["value"].tolist().count(50) == 1  # the frame itself is untouched


def test_the_latest_list_says_a_figure_as_the_article_hedged_it():
    """A browser look at a bloc's 'more than 18,000 soldiers serving in Somalia' read '18,000' in the latest list."""
    from dashboard.app.latest import latest_table

    df = tiny({"metric": "troops_deployed", "country_iso3": "AU", "country": "African Union", "host_iso3": "SOM",
               "value": 18000, "qualifier": "lower_bound", "low": 18000},
              {"metric": "active_personnel", "country_iso3": "KOR", "country": "South Korea", "value": 450000,
               "qualifier": "approx"})
    assert sorted(latest_table(df)["figure"]) == ["about 450,000", "more than 18,000"]


def test_an_amount_keeps_the_decimals_the_article_gave():
    """A browser look at a Norwegian budget of '110,5 milliarder kroner' read '110 billion NOK' in the latest list,
    a number the article does not state; the budget chart's hover said the same."""
    from dashboard.app.latest import latest_table

    df = tiny({"metric": "defense_budget", "country_iso3": "NOR", "country": "Norway", "unit": "NOK", "currency": "NOK",
               "value": 1.105e11, "year": 2026},
              {"metric": "defense_budget", "country_iso3": "USA", "country": "United States", "unit": "USD", "currency": "USD",
               "value": 2.548e11, "year": 1996})
    assert sorted(latest_table(df)["figure"]) == ["110.5 billion NOK", "254.8 billion USD"]
    assert charts.hedged_value(2.773004221e9, "USD") == "2.773 billion USD"
    assert charts.hedged_value(6.63e13, "KRW", "approx") == "about 66.3 trillion KRW"
