"""The Rankings chart is pure: bars in rank order, values in the series' unit, escaped labels, the source line."""

from __future__ import annotations

import pandas as pd

from dashboard import charts
from dashboard.charts.rankings import CLAIMS_NAME, PLAIN_NAME, ranking_bars, value_text


def ranking(names: list[str], values: list[float], claims: list[int] | None = None, unit: str = "% of GDP",
            codes: list[str] | None = None) -> pd.DataFrame:
    n = len(names)
    frame = pd.DataFrame({
        "rank": pd.Series(range(1, n + 1), dtype="Int64"),
        "country_iso3": codes or [f"C{i:02d}" for i in range(n)],
        "country": names, "value": pd.Series(values, dtype="Float64"), "unit": [unit] * n,
        "year": pd.Series([2024] * n, dtype="Int64"), "series": ["milex_share_gdp_pct"] * n,
        "source": ["World Bank WDI MS.MIL.XPND.GD.ZS (orig. SIPRI Military Expenditure Database)"] * n,
    })
    if claims is not None:
        frame["claims"] = pd.Series(claims, dtype="Int64")
    return frame


def bars(fig) -> list:
    return [t for t in fig.data if t.type == "bar"]


def test_top_n_bars_in_rank_order_split_by_claims():
    frame = ranking([f"Country {i}" for i in range(30)], [30.0 - i for i in range(30)], claims=[1] + [0] * 29)
    fig = ranking_bars(frame, top=10)
    assert sum(len(t.y) for t in bars(fig)) == 10
    assert list(fig.layout.yaxis.categoryarray)[:2] == ["1. Country 0", "2. Country 1"]
    assert fig.layout.yaxis.autorange == "reversed"  # rank 1 at the top
    by_name = {t.name: t for t in bars(fig)}
    assert list(by_name[CLAIMS_NAME].y) == ["1. Country 0"] and len(by_name[PLAIN_NAME].y) == 9
    assert "top 10 of 30 countries" in fig.layout.title.text and "2024" in fig.layout.title.text
    assert len(bars(ranking_bars(frame, top=None))[1].y) == 29  # None: every country


def test_values_are_formatted_by_unit():
    assert list(bars(ranking_bars(ranking(["A"], [3.4192])))[0].text) == ["3.42% of GDP"]
    usd = ranking(["A"], [9.97309e11], unit="current US$")
    assert list(bars(ranking_bars(usd))[0].text) == ["$997.3 billion"]
    assert "$400B" in ranking_bars(usd).layout.xaxis.ticktext
    assert list(bars(ranking_bars(ranking(["A"], [569000], unit="persons")))[0].text) == ["569,000 persons"]
    assert value_text(-2.5e6, "current US$", signed=True) == "-$2.5 million"


def test_hover_has_rank_value_year_and_claims_and_a_click_names_the_country():
    fig = ranking_bars(ranking(["South Korea", "Japan"], [2.6, 1.4], claims=[3, 0], codes=["KOR", "JPN"]))
    trace = next(t for t in bars(fig) if t.name == CLAIMS_NAME)
    token, hover = trace.customdata[0]
    assert token == charts.COUNTRY_TOKEN + "KOR"
    for part in ("South Korea", "rank 1 of 2", "2.60% of GDP in 2024", "3 article claims in the library"):
        assert part in hover
    assert trace.hovertemplate == "%{customdata[1]}<extra></extra>"


def test_a_change_ranking_draws_the_change_and_both_years():
    frame = pd.DataFrame({
        "rank": pd.Series([1, 2], dtype="Int64"), "country_iso3": ["POL", "USA"], "country": ["Poland", "United States"],
        "start_year": [2014, 2014], "start_value": [1.9, 3.5], "end_year": [2024, 2024], "end_value": [4.1, 3.4],
        "change": [2.2, -0.1], "change_pct": [115.8, -2.9], "unit": ["% of GDP"] * 2,
        "series": ["milex_share_gdp_pct"] * 2, "source": ["World Bank WDI test"] * 2})
    fig = ranking_bars(frame)
    assert list(bars(fig)[0].x) == [2.2, -0.1] and list(bars(fig)[0].text) == ["+2.20 pp", "-0.10 pp"]
    assert "change 2014\u20132024" in fig.layout.title.text
    assert "1.90% of GDP in 2014 \u2192 4.10% of GDP in 2024" in bars(fig)[0].customdata[0][1]
    pct = ranking_bars(frame, by="change_pct")
    assert list(bars(pct)[0].text) == ["+115.8%", "-2.9%"] and min(pct.layout.xaxis.tickvals) < 0


def test_a_hostile_country_label_shows_literally():
    evil = '<b>Evil</b><a href="javascript:alert(1)">x</a>\u202e'
    fig = ranking_bars(ranking([evil], [1.0], claims=[1]))
    trace = bars(fig)[0]
    for text in (trace.y[0], trace.customdata[0][1], *fig.layout.yaxis.categoryarray):
        assert "<b>Evil" not in text and "<a " not in text and "\u202e" not in text
    assert "&lt;b&gt;Evil&lt;/b&gt;&lt;a" in trace.y[0] and "\\u202e" in trace.customdata[0][1]


def test_the_source_line_sits_under_the_plot():
    fig = ranking_bars(ranking(["A", "B"], [2.0, 1.0]))
    line = fig.layout.annotations[-1]
    assert line.text == ("Source: World Bank WDI MS.MIL.XPND.GD.ZS (orig. SIPRI Military Expenditure Database); "
                         "CC BY 4.0")
    assert (line.yref, line.y, line.yanchor) == ("paper", 0, "top") and line.yshift < 0
    hostile = ranking(["A"], [1.0]).assign(source="<img src=x onerror=alert(1)>")
    assert "<img" not in ranking_bars(hostile).layout.annotations[-1].text
    empty = ranking_bars(ranking([], []))
    assert "CC BY 4.0" in empty.layout.annotations[-1].text and not bars(empty)


def test_a_filtered_ranking_says_world_ranks_in_hover_and_title():
    """A ranking narrowed by the page's filters keeps 'rank 14 of 147' in the hover (not 'of 2') and its title says
    the bars are a selection of a larger ranking."""
    frame = ranking(["Poland", "Japan"], [4.15, 1.4], claims=[1, 2], codes=["POL", "JPN"]).assign(
        rank=pd.Series([14, 86], dtype="Int64"))
    frame.attrs["ranked"] = 147
    fig = ranking_bars(frame)
    hovers = [h for t in bars(fig) for _, h in t.customdata]
    assert any("rank 14 of 147" in h for h in hovers) and any("rank 86 of 147" in h for h in hovers)
    assert "2 selected, ranked among 147 countries" in fig.layout.title.text
    assert list(fig.layout.yaxis.categoryarray) == ["14. Poland", "86. Japan"]
