"""Which World Bank series goes with which metric, and the reference rows drawn behind a page's claims."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import schema
from dashboard.tables import reference
from dashboard.tables import reference_layers as rl


def test_declared_reference_series_are_shipped_series_in_the_metrics_unit():
    """Each metric's reference_series exists in the shipped tables and measures the metric's own unit: persons
    against persons, dollars against money, a share of GDP against a percentage that is not a change."""
    shipped = set(reference.load_reference()["series"].unique())
    units = {"persons": "persons", "currency": "current US$", "percent": "% of GDP"}
    declared = {k: m.reference_series for k, m in schema.METRICS.items() if m.reference_series}
    assert declared == {"active_personnel": "armed_forces_personnel", "defense_budget": "milex_usd_current",
                        "defense_share_gdp_pct": "milex_share_gdp_pct"}
    ref = reference.load_reference()
    for key, series in declared.items():
        metric = schema.METRICS[key]
        assert series in shipped and not metric.change and not metric.qualitative
        assert set(ref.loc[ref["series"] == series, "unit"]) == {units[metric.unit]}


# ---------------------------------------------------------------------------
# The rows behind a page's claims, on small frames built here
# ---------------------------------------------------------------------------

def small_reference() -> rl.Index:
    rows = [("KOR", "armed_forces_personnel", y, 600000 - 1000 * (y - 2010)) for y in (2010, 2015, 2019, 2020)]
    rows += [("KOR", "milex_share_gdp_pct", y, 2.5) for y in (2012, 2016, 2024)]
    rows += [("JPN", "milex_share_gdp_pct", 2024, 1.4), ("JPN", "milex_usd_current", 2024, 5.5e10),
             ("POL", "milex_share_gdp_pct", 2024, 4.1), ("ERI", "milex_share_gdp_pct", 2003, 20.9),
             ("WLD", "milex_share_gdp_pct", 2024, 2.5)]
    frame = pd.DataFrame(rows, columns=["country_iso3", "series", "year", "value"])
    units = {"armed_forces_personnel": "persons", "milex_share_gdp_pct": "% of GDP", "milex_usd_current": "current US$"}
    return rl.index_of(frame.assign(unit=frame["series"].map(units), source="World Bank WDI").astype(
        {"country_iso3": "string", "series": "string", "year": "Int64", "value": "Float64", "unit": "string"}))


def claims(*rows: tuple[str, int | None]) -> pd.DataFrame:
    return pd.DataFrame({"country_iso3": [r[0] for r in rows], "year": pd.array([r[1] for r in rows], dtype="Int64")})


def test_each_metric_meets_only_its_own_kind_of_series():
    """Units and definitions: active strength meets the armed forces count, reserves and deployments meet nothing
    (the World Bank counts neither), money meets dollars, a share meets shares, a change meets nothing."""
    assert rl.series_for(["active_personnel", "reserve_personnel"]) == ["armed_forces_personnel"]
    assert rl.series_for(["reserve_personnel", "troops_deployed"]) == []
    assert rl.series_for(["defense_budget", "budget_change_amount", "budget_trend"]) == ["milex_usd_current"]
    assert rl.series_for(["budget_change_pct", "defense_share_gdp_pct"]) == ["milex_share_gdp_pct"]
    assert rl.series_for(["no_such_metric"]) == []


def test_a_layer_covers_the_filtered_countries_else_the_claims_owners():
    seen = claims(("KOR", 2025), ("JPN", 2024), ("KOR", 2026))
    assert rl.layer_countries(seen) == ["JPN", "KOR"]
    assert rl.layer_countries(seen, ("POL",)) == ["POL"]  # the sidebar's filter decides
    assert rl.layer_countries(claims()) == []


def test_a_time_layer_runs_from_ten_years_before_the_first_claim_to_the_last():
    assert rl.year_window(claims(("KOR", 2025), ("KOR", 2026), ("JPN", None))) == (2015, 2026)
    assert rl.year_window(claims(("KOR", None))) is None
    rows = rl.layer(small_reference(), "armed_forces_personnel", ["KOR"], rl.year_window(claims(("KOR", 2025))))
    assert rows["year"].tolist() == [2015, 2019, 2020]  # 2010 is before the window
    assert list(rows.columns) == list(rl.LAYER_COLUMNS) and set(rows["country"]) == {"South Korea"}


def test_a_layer_holds_one_series_of_the_chosen_countries_only():
    rows = rl.layer(small_reference(), "milex_share_gdp_pct", ["JPN", "POL"])
    assert sorted(zip(rows["country_iso3"], rows["value"], strict=True)) == [("JPN", 1.4), ("POL", 4.1)]
    assert set(rows["unit"]) == {"% of GDP"}


def test_latest_says_each_countrys_own_latest_year_within_the_window():
    rows = rl.layer(small_reference(), "milex_share_gdp_pct", ["KOR", "ERI", "JPN"], latest=True)
    assert dict(zip(rows["country_iso3"], rows["year"], strict=True)) == {"ERI": 2003, "JPN": 2024, "KOR": 2024}
    rows = rl.layer(small_reference(), "milex_share_gdp_pct", ["KOR"], (2010, 2020), latest=True)
    assert rows["year"].tolist() == [2016]


@pytest.mark.parametrize("within, kept", [(30, {"ERI", "JPN", "KOR", "POL"}), (5, {"JPN", "KOR", "POL"})])
def test_a_map_shows_countries_only_and_drops_a_latest_value_too_old_to_be_current(within, kept):
    rows = rl.map_layer(small_reference(), "milex_share_gdp_pct", ["ERI", "JPN", "KOR", "POL", "WLD"], within)
    assert set(rows["country_iso3"]) == kept | {"WLD"}  # a list given is taken as it is
    mapped = rl.map_layer(small_reference(), "milex_share_gdp_pct", within=within)
    assert set(mapped["country_iso3"]) == kept  # WLD is an aggregate, not a country
