"""The World Bank layers on the charts: a reference frame and a claims frame, both built here, make a figure with
a reference trace of the right name and points, drawn behind the claims and never mixed into them."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import charts
from dashboard.charts import reflines
from tests.charts.test_charts import tiny

PERSONNEL = "armed forces incl. paramilitary (World Bank/IISS)"
DOLLARS = "military expenditure, current US$ (World Bank/SIPRI)"
SHARES = "military expenditure, % of GDP (World Bank/SIPRI)"


def ref(series: str, unit: str, *rows: tuple[str, str, int, float]) -> pd.DataFrame:
    """Reference rows as reference_layers gives them: (iso3, country name, year, value) each."""
    return pd.DataFrame({"country_iso3": [r[0] for r in rows], "country": [r[1] for r in rows],
                         "series": series, "year": [r[2] for r in rows], "value": [float(r[3]) for r in rows],
                         "unit": unit, "source": "World Bank WDI"}).astype(
        {"country_iso3": "string", "country": "string", "series": "string", "year": "Int64", "value": "Float64"})


def layer_traces(fig) -> list:
    return [t for t in fig.data if t.legendgroup == reflines.GROUP]


def claim_traces(fig) -> list:
    return [t for t in fig.data if t.legendgroup != reflines.GROUP and t.x is not None and t.x[0] is not None]


@pytest.fixture
def personnel() -> pd.DataFrame:
    return tiny({"metric": "active_personnel", "country_iso3": "KOR", "country": "South Korea", "value": 450000,
                 "year": 2025, "confidence": 0.9},
                {"metric": "active_personnel", "country_iso3": "JPN", "country": "Japan", "value": 247000,
                 "year": 2024, "confidence": 0.8})


def test_personnel_claims_draw_each_countrys_latest_reference_as_a_tick_behind_the_claims(personnel):
    layer = ref("armed_forces_personnel", "persons", ("JPN", "Japan", 2020, 259000), ("KOR", "South Korea", 2020, 599000))
    fig = charts.personnel_claims(personnel, layer)
    tick = fig.data[0]  # first: drawn under every claim
    assert tick.legendgroup == reflines.GROUP and tick.name == f"{PERSONNEL}, 2020"
    assert tick.marker.symbol == "line-ns" and tick.mode == "markers"
    assert dict(zip(tick.y, tick.x, strict=True)) == {"Japan": 259000.0, "South Korea": 599000.0}
    assert [row[0] for row in tick.customdata] == [charts.COUNTRY_TOKEN + "JPN", charts.COUNTRY_TOKEN + "KOR"]
    claims = claim_traces(fig)
    assert sorted(x for t in claims for x in t.x) == [247000, 450000]  # the claims are the claims, nothing added
    assert "599,000 persons" in tick.customdata[1][1] and "2020" in tick.customdata[1][1]


def test_personnel_claims_without_a_layer_have_no_reference_trace(personnel):
    assert layer_traces(charts.personnel_claims(personnel)) == []
    assert layer_traces(charts.personnel_claims(personnel, ref("armed_forces_personnel", "persons").iloc[0:0])) == []


def test_a_filtered_country_with_a_reference_and_no_claim_gets_its_own_row(personnel):
    layer = ref("armed_forces_personnel", "persons", ("POL", "Poland", 2020, 190000))
    fig = charts.personnel_claims(personnel, layer)
    assert "Poland" in fig.layout.yaxis.categoryarray and list(fig.data[0].y) == ["Poland"]


def budgets_frame() -> pd.DataFrame:
    return tiny({"metric": "defense_budget", "country_iso3": "JPN", "country": "Japan", "value": 7.9e12, "unit": "JPY",
                 "currency": "JPY", "value_usd": 5.2e10, "year": 2024, "stage": "approved", "confidence": 0.85})


def test_budgets_in_dollars_draw_the_reference_spending_line_behind_the_budgets():
    layer = ref("milex_usd_current", "current US$", ("JPN", "Japan", 2019, 5.0e10), ("JPN", "Japan", 2024, 5.5e10))
    fig = charts.budget_timeline(budgets_frame(), True, layer)
    lines = layer_traces(fig)
    band = next(t for t in lines if not t.showlegend)
    legend = next(t for t in lines if t.showlegend)
    assert legend.name == DOLLARS and band.name == f"Japan: {DOLLARS}"
    assert list(band.x) == [2019, 2024] and list(band.y) == [5.0e10, 5.5e10] and band.line.width == reflines.BAND_WIDTH
    assert fig.data.index(band) < fig.data.index(next(t for t in fig.data if t.name == "Japan (USD)"))
    assert [list(t.y) for t in fig.data if t.name == "Japan (USD)"] == [[5.2e10]]  # the claim, in dollars, alone
    assert fig.layout.xaxis.range[0] < 2019  # the axis makes room for the reference years


def test_budgets_in_local_currency_never_meet_the_dollar_reference():
    layer = ref("milex_usd_current", "current US$", ("JPN", "Japan", 2024, 5.5e10))
    assert layer_traces(charts.budget_timeline(budgets_frame(), False, layer)) == []


def test_the_share_of_gdp_chart_draws_reference_shares_with_claims_on_top():
    claims = tiny({"metric": "defense_share_gdp_pct", "country_iso3": "POL", "country": "Poland", "value": 4.7,
                   "unit": "percent", "year": 2025, "confidence": 0.83},
                  {"metric": "budget_change_pct", "country_iso3": "POL", "country": "Poland", "value": 9.0,
                   "unit": "percent", "year": 2025})  # a change is no share: not drawn here
    layer = ref("milex_share_gdp_pct", "% of GDP", ("POL", "Poland", 2023, 3.8), ("POL", "Poland", 2024, 4.1))
    fig = charts.share_of_gdp(claims, layer)
    band, legend = layer_traces(fig)
    assert legend.name == SHARES and list(band.y) == [3.8, 4.1] and list(band.x) == [2023, 2024]
    points = [t for t in fig.data if t.name == "Poland: article claims"]
    assert len(points) == 1 and list(points[0].y) == [4.7] and fig.data.index(band) < fig.data.index(points[0])
    assert fig.layout.yaxis.ticksuffix == "%"
    assert layer_traces(charts.share_of_gdp(claims)) == [] and len(charts.share_of_gdp(claims).data) == 1


def test_the_reference_map_shades_latest_shares_and_keeps_the_claims_one_click_away():
    layer = ref("milex_share_gdp_pct", "% of GDP", *[(c, c, 2024, v) for c, v in
                                                     (("JPN", 1.4), ("KOR", 2.6), ("POL", 4.1), ("UKR", 34.0))])
    claims = tiny({"metric": "active_personnel", "country_iso3": "KOR", "country": "South Korea", "value": 450000})
    fig = charts.reference_map(layer, claims, {"KOR": (36.0, 128.0), "JPN": (36.0, 138.0)})
    shade, dots = fig.data
    assert shade.type == "choropleth" and list(shade.locations) == ["JPN", "KOR", "POL", "UKR"]
    assert list(shade.z) == [1.4, 2.6, 4.1, 34.0] and shade.zmax < 34.0  # one war economy does not pale the rest
    assert shade.customdata[1][0] == charts.COUNTRY_TOKEN + "KOR" and "1 figure(s)" in shade.customdata[1][2]
    assert dots.type == "scattergeo" and [row[0] for row in dots.customdata] == [charts.COUNTRY_TOKEN + "KOR"]
    assert "Military expenditure, % of GDP (World Bank/SIPRI)" in fig.layout.title.text


def test_reference_labels_and_hover_are_escaped():
    """A refreshed reference table is a download: a name with markup must show literally."""
    layer = ref("milex_share_gdp_pct", "% of GDP", ("XXX", "<b>Evil</b>", 2024, 2.0))
    fig = charts.share_of_gdp(tiny({"metric": "defense_share_gdp_pct", "country_iso3": "XXX", "country": "X",
                                    "value": 2.0, "unit": "percent"}), layer)
    band = layer_traces(fig)[0]
    text = " ".join([band.name, *band.text, *(str(c) for row in band.customdata for c in row)])
    assert "<b>Evil" not in text and "&lt;b&gt;Evil&lt;/b&gt;" in text
    shade = charts.reference_map(layer, tiny(), {}).data[0]
    assert "<b>Evil" not in shade.customdata[0][1]


def compared(row: dict, series: str, year: int, value: float, diff: float, note: str = "") -> dict:
    return {**row, "reference_series": series, "reference_year": year, "reference_value": value,
            "reference_diff_pct": diff, "reference_note": note}


def test_each_claims_hover_carries_its_world_bank_comparison_and_flag():
    """Issue 12 point 3 asks for the comparison on the card *and the hover*; the hover had none (reference_texts
    was written for the charts but never called). Personnel, dollars and shares each say theirs; a figure with
    no value says why; the text is escaped."""
    active = tiny(compared({"metric": "active_personnel", "country_iso3": "IND", "country": "India", "value": 1e6,
                            "year": 2020}, "armed_forces_personnel", 2020, 3068000.0, -67.4,
                           "differs by more than 20%: likely paramilitary included"),
                  {"metric": "active_personnel", "country_iso3": "KOR", "country": "South Korea", "value": 450000,
                   "year": 2025, "reference_note": "no World Bank <b>series</b> within 2 years of 2025 (nearest: 2020)"})
    hovers = {y: row[-1] for t in claim_traces(charts.personnel_claims(active)) for y, row in zip(t.y, t.customdata,
                                                                                                  strict=True)}
    assert hovers["India"] == ("<br>World Bank 2020: 3,068,000 armed forces personnel incl. paramilitary; this article: "
                             "1,000,000 (\u221267%); differs by more than 20%: likely paramilitary included")
    assert hovers["South Korea"] == "<br>no World Bank &lt;b&gt;series&lt;/b&gt; within 2 years of 2025 (nearest: 2020)"
    assert all("%{customdata[8]}" in t.hovertemplate for t in claim_traces(charts.personnel_claims(active)))

    budget = tiny(compared(budgets_frame().iloc[0].to_dict(), "milex_usd_current", 2024, 5.527e10, -5.9))
    for in_usd in (True, False):
        (trace,) = [t for t in charts.budget_timeline(budget, in_usd).data if t.name and t.name.startswith("Japan (")]
        assert trace.customdata[0][-1] == ("<br>World Bank 2024: US$55.3 billion military expenditure; this article: "
                                           "JPY 7.9 trillion \u2248 US$52 billion (\u22126%)")
        assert "%{customdata[8]}" in trace.hovertemplate

    share = tiny(compared({"metric": "defense_share_gdp_pct", "country_iso3": "DEU", "country": "Germany", "value": 2.1,
                           "unit": "percent", "year": 2024}, "milex_share_gdp_pct", 2024, 1.89, 11.0))
    (point,) = [t for t in charts.share_of_gdp(share).data if t.name == "Germany: article claims"]
    assert point.customdata[0][-1] == "<br>World Bank 2024: 1.9% of GDP; this article: 2.1% (+11%)"
    assert "%{customdata[7]}" in point.hovertemplate
    plain = tiny({"metric": "defense_share_gdp_pct", "country_iso3": "DEU", "country": "Germany", "value": 2.1,
                  "unit": "percent", "year": 2024})
    assert [t for t in charts.share_of_gdp(plain).data if t.name == "Germany: article claims"][0].customdata[0][-1] == ""


def test_the_share_chart_draws_the_series_from_ten_years_before_the_first_claim():
    """A browser audit: thirty years of ten countries' pale lines crowded the claims of 2022."""
    claims = tiny({"metric": "defense_share_gdp_pct", "country_iso3": "POL", "country": "Poland", "value": 2.42,
                   "unit": "percent", "year": 2022, "confidence": 0.9})
    layer = ref("milex_share_gdp_pct", "% of GDP", ("POL", "Poland", 1996, 2.0), ("POL", "Poland", 2012, 1.9),
                ("POL", "Poland", 2021, 2.2))
    band, _ = layer_traces(charts.share_of_gdp(claims, layer))
    assert list(band.x) == [2012, 2021]
