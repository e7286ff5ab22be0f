"""Rankings of the World Bank reference series: one year, change over a span, claims beside each country.

Small hand-built frames pin the rules (ties, missing years, aggregates, claim counts); one check reads
the shipped table directly and confirms the module places a known value where the numbers put it.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from dashboard.tables import rankings
from dashboard.tables.reference import load_reference

SHIPPED = Path(__file__).resolve().parents[2] / "data" / "reference"


def ref(rows: list[tuple[str, int, float]], series: str = "milex_share_gdp_pct", unit: str = "% of GDP") -> pd.DataFrame:
    """A reference frame in load_reference's shape from (iso3, year, value) rows."""
    return pd.DataFrame({
        "country_iso3": pd.Series([r[0] for r in rows], dtype="string"),
        "series": pd.Series([series] * len(rows), dtype="string"),
        "year": pd.Series([r[1] for r in rows], dtype="Int64"),
        "value": pd.Series([r[2] for r in rows], dtype="Float64"),
        "unit": pd.Series([unit] * len(rows), dtype="string"),
        "source": pd.Series(["World Bank WDI test"] * len(rows), dtype="string"),
        "attribution": pd.Series(["World Bank WDI test; CC BY 4.0"] * len(rows), dtype="string"),
    })


def figures(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    """A figures frame with just what claim counting reads: (owner, host, metric)."""
    return pd.DataFrame({"country_iso3": [r[0] for r in rows], "host_iso3": [r[1] for r in rows],
                         "metric": [r[2] for r in rows]}).astype("string")


def test_rank_orders_largest_first_with_names_units_and_year():
    table = rankings.rank(ref([("KOR", 2024, 2.6), ("USA", 2024, 3.4), ("JPN", 2024, 1.4), ("USA", 2023, 3.3)]),
                          "milex_share_gdp_pct", 2024)
    assert list(table.columns) == list(rankings.RANK_COLUMNS)
    assert table["country_iso3"].tolist() == ["USA", "KOR", "JPN"]
    assert table["rank"].tolist() == [1, 2, 3]
    assert table["country"].tolist() == ["United States", "South Korea", "Japan"]
    assert set(table["unit"]) == {"% of GDP"} and set(table["year"]) == {2024}
    assert table["value"].tolist() == [3.4, 2.6, 1.4]


def test_ties_share_a_rank_and_the_next_rank_skips():
    table = rankings.rank(ref([("FRA", 2020, 2.0), ("DEU", 2020, 2.0), ("USA", 2020, 3.0), ("JPN", 2020, 1.0)]),
                          "milex_share_gdp_pct", 2020)
    assert table["rank"].tolist() == [1, 2, 2, 4]
    assert table["country"].tolist()[1:3] == ["France", "Germany"]  # a tie is listed by name


def test_countries_without_the_year_are_left_out_and_listed():
    table = rankings.rank(ref([("USA", 2024, 3.4), ("KOR", 2023, 2.7), ("JPN", 2022, 1.1)]),
                          "milex_share_gdp_pct", 2024)
    assert table["country_iso3"].tolist() == ["USA"]
    assert table.attrs["left_out"] == ("JPN", "KOR")


def test_aggregates_never_place():
    """World Bank aggregates (World, EU, income groups) are not countries in either country list."""
    rows = [("WLD", 2024, 2.5), ("EUU", 2024, 1.9), ("HIC", 2024, 2.6), ("ARB", 2024, 5.0), ("USA", 2024, 3.4),
            ("XKX", 2024, 1.0)]
    table = rankings.rank(ref(rows), "milex_share_gdp_pct", 2024)
    assert table["country_iso3"].tolist() == ["USA", "XKX"]  # Kosovo is a World Bank country without an ISO code
    assert table["country"].tolist()[1] == "Kosovo"
    change = rankings.rank_change(ref(rows + [(c, 2014, 1.0) for c, _, _ in rows]), "milex_share_gdp_pct", 2014, 2024)
    assert set(change["country_iso3"]) == {"USA", "XKX"} and "WLD" not in change.attrs["left_out"]
    assert rankings.years(ref([("WLD", 1990, 4.0), ("USA", 2000, 3.0)]), "milex_share_gdp_pct") == [2000]


def test_only_the_chosen_series_is_ranked():
    both = pd.concat([ref([("USA", 2020, 3.7)]), ref([("USA", 2020, 1_388_000.0), ("KOR", 2020, 569_000.0)],
                                                     series="armed_forces_personnel", unit="persons")])
    table = rankings.rank(both, "armed_forces_personnel", 2020)
    assert table["value"].tolist() == [1_388_000.0, 569_000.0] and set(table["unit"]) == {"persons"}


def test_rank_change_gives_both_years_absolute_and_percent():
    rows = [("USA", 2014, 3.5), ("USA", 2024, 3.4), ("POL", 2014, 1.9), ("POL", 2024, 4.1),
            ("KOR", 2014, 2.5), ("KOR", 2024, 2.6), ("JPN", 2024, 1.4), ("FRA", 2014, 2.0)]
    table = rankings.rank_change(ref(rows), "milex_share_gdp_pct", 2014, 2024)
    assert list(table.columns) == list(rankings.CHANGE_COLUMNS)
    assert table["country_iso3"].tolist() == ["POL", "KOR", "USA"]
    pol = table.iloc[0]
    assert (pol["start_year"], pol["start_value"], pol["end_year"], pol["end_value"]) == (2014, 1.9, 2024, 4.1)
    assert pol["change"] == pytest.approx(2.2) and pol["change_pct"] == pytest.approx(2.2 / 1.9 * 100)
    assert table.iloc[2]["change"] == pytest.approx(-0.1)  # a fall ranks below every rise
    assert table.attrs["left_out"] == ("FRA", "JPN")  # one year only: no change to rank


def test_rank_change_by_percent_and_ties():
    rows = [("USA", 2010, 100.0), ("USA", 2020, 150.0), ("KOR", 2010, 10.0), ("KOR", 2020, 20.0),
            ("JPN", 2010, 20.0), ("JPN", 2020, 40.0)]
    by_pct = rankings.rank_change(ref(rows, "milex_usd_current", "current US$"), "milex_usd_current", 2010, 2020,
                                  by="change_pct")
    assert by_pct["country_iso3"].tolist() == ["JPN", "KOR", "USA"] and by_pct["rank"].tolist() == [1, 1, 3]
    by_abs = rankings.rank_change(ref(rows, "milex_usd_current", "current US$"), "milex_usd_current", 2010, 2020)
    assert by_abs["country_iso3"].tolist() == ["USA", "JPN", "KOR"]


def test_rank_change_from_zero_has_no_percent_and_no_percent_rank():
    rows = [("USA", 2010, 0.0), ("USA", 2020, 5.0), ("KOR", 2010, 1.0), ("KOR", 2020, 2.0)]
    table = rankings.rank_change(ref(rows), "milex_share_gdp_pct", 2010, 2020, by="change_pct")
    assert table["country_iso3"].tolist() == ["KOR", "USA"]
    assert pd.isna(table.iloc[1]["change_pct"]) and pd.isna(table.iloc[1]["rank"])


def test_rank_change_refuses_a_backward_span_and_an_unknown_order():
    frame = ref([("USA", 2010, 1.0), ("USA", 2020, 2.0)])
    with pytest.raises(ValueError, match="forwards"):
        rankings.rank_change(frame, "milex_share_gdp_pct", 2020, 2010)
    with pytest.raises(ValueError, match="by must be"):
        rankings.rank_change(frame, "milex_share_gdp_pct", 2010, 2020, by="value")


def test_with_claims_counts_owner_and_host_once_per_figure():
    table = rankings.rank(ref([("USA", 2024, 3.4), ("KOR", 2024, 2.6), ("JPN", 2024, 1.4)]),
                          "milex_share_gdp_pct", 2024)
    claims = figures([("USA", "KOR", "troops_deployed"), ("KOR", "", "active_personnel"),
                      ("KOR", "", "budget_trend"), ("USA", "USA", "troops_deployed"), ("CHN", "", "defense_budget")])
    out = rankings.with_claims(table, claims)
    assert dict(zip(out["country_iso3"], out["claims"], strict=True)) == {"USA": 2, "KOR": 3, "JPN": 0}
    assert out["claims"].dtype == "Int64"
    assert out.attrs == table.attrs and "claims" not in table.columns  # the input is left as it was


def test_with_claims_on_an_empty_library_is_zero_everywhere():
    table = rankings.rank(ref([("USA", 2024, 3.4)]), "milex_share_gdp_pct", 2024)
    assert rankings.with_claims(table, figures([]))["claims"].tolist() == [0]


def test_a_shipped_value_ranks_where_the_table_puts_it():
    """South Korea's 569,000 armed forces personnel in 2020 (IISS via the World Bank): counted by hand from
    the CSV, only countries of data/reference/countries.csv, its place is one more than the countries above it."""
    with open(SHIPPED / "countries.csv", encoding="utf-8") as fh:
        countries = {r["country_iso3"] for r in csv.DictReader(fh)}
    with open(SHIPPED / "defense_reference.csv", encoding="utf-8") as fh:
        values = {r["country_iso3"]: float(r["value"]) for r in csv.DictReader(fh)
                  if r["series"] == "armed_forces_personnel" and r["year"] == "2020" and r["country_iso3"] in countries}
    assert values["KOR"] == 569_000
    expected = 1 + sum(v > values["KOR"] for v in values.values())
    table = rankings.rank(load_reference(SHIPPED), "armed_forces_personnel", 2020)
    kor = table[table["country_iso3"] == "KOR"].iloc[0]
    assert (kor["rank"], kor["value"], kor["unit"], kor["year"]) == (expected, 569_000, "persons", 2020)
    assert len(table) == len(values)
    usd = rankings.rank(load_reference(SHIPPED), "milex_usd_current", 2024)
    assert usd.iloc[0]["country_iso3"] == "USA" and usd.iloc[0]["rank"] == 1


def test_narrowed_keeps_world_ranks_for_the_chosen_countries_and_the_covered_ones():
    """The Rankings page's filters: the sidebar's countries and 'only countries the articles cover' pick rows;
    a country keeps its world rank (3rd of 4 stays 3rd) and attrs say how many were ranked."""
    table = rankings.with_claims(
        rankings.rank(ref([("USA", 2024, 3.4), ("KOR", 2024, 2.6), ("JPN", 2024, 1.4), ("DEU", 2024, 2.1)]),
                      "milex_share_gdp_pct", 2024),
        figures([("KOR", "", "active_personnel"), ("USA", "JPN", "troops_deployed")]))
    picked = rankings.narrowed(table, ["JPN", "DEU"])
    assert dict(zip(picked["country_iso3"], picked["rank"], strict=True)) == {"DEU": 3, "JPN": 4}
    assert picked.attrs["ranked"] == 4
    covered = rankings.narrowed(table, claimed_only=True)
    assert covered["country_iso3"].tolist() == ["USA", "KOR", "JPN"]
    assert rankings.narrowed(table, ["DEU", "JPN"], claimed_only=True)["country_iso3"].tolist() == ["JPN"]
    assert rankings.narrowed(table).equals(table) and "ranked" not in table.attrs  # no filter: every row, input kept
    assert rankings.narrowed(picked, ["JPN"]).attrs["ranked"] == 4  # narrowing twice still counts the world
