"""The Overview's first chart, figures per country (issue 11 point 5): bars stacked by metric, clicks open a country."""

from __future__ import annotations

from dashboard import charts, schema
from tests.charts.test_charts import tiny


def seed_and_japan():
    return tiny(
        {"metric": "troops_deployed", "country_iso3": "USA", "country": "United States", "host_iso3": "KOR",
         "value": 28500, "confidence": 0.92},
        {"metric": "troops_deployed", "country_iso3": "USA", "country": "United States", "host_iso3": "JPN",
         "value": 54000, "confidence": 0.85},
        {"metric": "active_personnel", "country_iso3": "KOR", "country": "South Korea", "value": 450000,
         "confidence": 0.59},
        {"metric": "budget_trend", "country_iso3": "KOR", "country": "South Korea", "value": None, "unit": "",
         "direction": "increase", "year": 2026, "confidence": 0.5},
        {"metric": "defense_budget", "country_iso3": "JPN", "country": "Japan", "value": 7.9e12, "unit": "JPY",
         "currency": "JPY", "confidence": 0.85},
        {"metric": "defense_share_gdp_pct", "country_iso3": "NATO", "country": "NATO", "value": 2.0, "unit": "percent"},
    )


def test_one_bar_trace_per_metric_in_schema_order_with_countries_most_first():
    fig = charts.figures_per_country(seed_and_japan())
    assert {t.type for t in fig.data} == {"bar"} and fig.layout.barmode == "stack"
    order = list(schema.METRICS)
    assert [t.name for t in fig.data] == [schema.METRICS[m].label for m in sorted(
        {"troops_deployed", "active_personnel", "budget_trend", "defense_budget"}, key=order.index)]
    # most figures on top (the axis lists bottom to top), a tie by name
    assert list(fig.layout.yaxis.categoryarray) == ["Japan", "United States", "South Korea"]
    deployed = next(t for t in fig.data if t.name == schema.METRICS["troops_deployed"].label)
    assert list(deployed.x) == [2] and list(deployed.y) == ["United States"]
    assert fig.layout.xaxis.dtick == 1  # whole figures on the axis


def test_a_click_opens_the_country_and_the_hover_counts_low_ones():
    fig = charts.figures_per_country(seed_and_japan())
    tokens = {row[0] for t in fig.data for row in t.customdata}
    assert tokens == {charts.COUNTRY_TOKEN + c for c in ("USA", "KOR", "JPN")}  # a region (NATO) is not a bar
    active = next(t for t in fig.data if t.name == schema.METRICS["active_personnel"].label)
    assert "1 low confidence" in active.customdata[0][2]
    deployed = next(t for t in fig.data if t.name == schema.METRICS["troops_deployed"].label)
    assert deployed.customdata[0][2] == ""


def test_only_the_top_countries_are_drawn_and_the_title_says_so():
    rows = [{"metric": "active_personnel", "country_iso3": f"C{i:02d}", "country": f"Country {i}", "value": 1000}
            for i in range(20) for _ in range(i + 1)]
    fig = charts.figures_per_country(tiny(*rows), top=5)
    assert list(fig.layout.yaxis.categoryarray) == [f"Country {i}" for i in (15, 16, 17, 18, 19)]
    assert "the 5 with the most, of 20" in fig.layout.title.text


def test_country_names_are_escaped_and_an_empty_frame_gives_a_message():
    hostile = tiny({"metric": "active_personnel", "country_iso3": "KOR", "country": "<b>Evil</b>", "value": 1})
    dump = charts.figures_per_country(hostile).to_json()
    assert "<b>Evil" not in dump and "&lt;b&gt;Evil" in dump
    empty = charts.figures_per_country(hostile.iloc[0:0])
    assert not empty.data and empty.layout.annotations


def test_a_metric_keeps_its_colour_whatever_else_the_library_holds():
    """A colour taken from the metrics present moved when an article added another metric (a UX check found the
    share of GDP purple, then orange)."""
    def colours(frame) -> dict[str, str]:
        return {t.name: t.marker.color for t in charts.figures_per_country(frame).data}

    full = colours(seed_and_japan())
    fewer = colours(seed_and_japan().query("metric != 'troops_deployed' and metric != 'active_personnel'"))
    assert fewer and all(full[name] == colour for name, colour in fewer.items())
    assert len(set(full.values())) == len(full)  # still one colour per metric
