"""Figures beside the World Bank series (issue 12, point 3): units, years, definitions, countries, words.

Each test builds a tiny figures frame and, except where it checks the shipped snapshot, a tiny
reference folder whose values are written here, so a test fails only for the matching rules.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from dashboard import schema
from dashboard.tables import comparisons, reference
from dashboard.tables.comparisons import comparison_text, reference_texts, with_reference
from dashboard.tables.frames import figures_frame
from dashboard.tables.reference import SHIPPED_DIR, ReferenceDataError

REFERENCE_ROWS = """country_iso3,year,series,value
KOR,2019,armed_forces_personnel,610000
KOR,2020,armed_forces_personnel,600000
KOR,2024,milex_share_gdp_pct,2.5
JPN,2024,milex_usd_current,50000000000
JPN,2016,milex_usd_current_wdi2024,40000000000
JPN,2022,milex_usd_current_wdi2024,46000000000
FRA,2019,armed_forces_personnel,300000
FRA,2021,armed_forces_personnel,310000
"""


@pytest.fixture
def ref(tmp_path: Path) -> Path:
    folder = tmp_path / "reference"
    folder.mkdir()
    shutil.copy(SHIPPED_DIR / "series.csv", folder / "series.csv")
    (folder / "defense_reference.csv").write_text(REFERENCE_ROWS, encoding="utf-8")
    return folder


def figure(metric: str, value: float | None, year: int | None, iso3: str = "KOR", **extra) -> dict:
    unit = {"persons": "persons", "percent": "percent"}.get(schema.METRICS[metric].unit, extra.get("currency", ""))
    return {**schema.blank_figure(), "article_id": "a", "figure_id": f"a:{metric}:{year}", "country_iso3": iso3,
            "country": {"KOR": "South Korea", "JPN": "Japan"}.get(iso3, iso3), "metric": metric, "value": value,
            "unit": unit, "year": year, "quote": "q", "passage": "q", "status": "extracted", **extra}


def compare(ref: Path, *rows: dict) -> pd.DataFrame:
    return with_reference(figures_frame(list(rows)), folder=ref)


def test_share_compares_with_share_in_the_same_year(ref):
    """Share vs share: value, year, signed difference, and the sentence the issue asks for."""
    out = compare(ref, figure("defense_share_gdp_pct", 2.8, 2024))
    r = out.iloc[0]
    assert (r["reference_series"], r["reference_year"], r["reference_value"]) == ("milex_share_gdp_pct", 2024, 2.5)
    assert r["reference_diff_pct"] == pytest.approx(12.0)
    assert r["reference_note"] == ""
    assert comparison_text(r) == "World Bank 2024: 2.5% of GDP; this article: 2.8% (+12%)"


def test_money_compares_through_its_dollar_value(ref):
    """Dollars vs dollars: a yen budget is compared through value_usd, never its yen amount, and says both."""
    out = compare(ref, figure("defense_budget", 7.9e12, 2024, "JPN", currency="JPY", value_usd=5.5e10))
    r = out.iloc[0]
    assert r["reference_series"] == "milex_usd_current" and r["reference_diff_pct"] == pytest.approx(10.0)
    assert comparison_text(r) == ("World Bank 2024: US$50 billion military expenditure; this article: "
                                  "JPY 7.9 trillion \u2248 US$55 billion (+10%)")


def test_money_without_a_dollar_value_is_not_compared(ref):
    out = compare(ref, figure("defense_budget", 4.2e11, 2024, "JPN", currency="TWD", value_usd=None))
    assert pd.isna(out.iloc[0]["reference_value"])
    assert out.iloc[0]["reference_note"] == "no US-dollar value to compare (no ECB rate for TWD)"


@pytest.mark.parametrize("metric", ["troops_deployed", "reserve_personnel", "budget_change_pct"])
def test_metrics_without_a_declared_series_are_never_compared(ref, metric):
    """Persons abroad or in reserve are not the armed forces the series counts, though the unit matches."""
    out = compare(ref, figure(metric, 500000.0, 2020))
    assert out.iloc[0]["reference_series"] == "" and out.iloc[0]["reference_note"] == ""


def test_the_series_comes_from_the_metric_declaration(ref, monkeypatch):
    """Declaring a series on a metric is what makes it compared: no metric name decides it elsewhere."""
    declared = schema.METRICS["reserve_personnel"]
    monkeypatch.setitem(schema.METRICS, "reserve_personnel",
                        type(declared)(**{**vars(declared), "reference_series": "armed_forces_personnel"}))
    assert compare(ref, figure("reserve_personnel", 500000.0, 2020)).iloc[0]["reference_value"] == 600000


def test_nearest_year_within_two_is_used_and_said(ref):
    out = compare(ref, figure("active_personnel", 600000.0, 2022))
    r = out.iloc[0]
    assert r["reference_year"] == 2020 and r["reference_diff_pct"] == 0
    assert comparison_text(r).startswith("World Bank 2020 (nearest to 2022): 600,000 armed forces personnel")


def test_no_value_beyond_two_years(ref):
    """2023 is three years from the series' last year (2020): no comparison, and the note says how far."""
    r = compare(ref, figure("active_personnel", 450000.0, 2023)).iloc[0]
    assert pd.isna(r["reference_value"]) and pd.isna(r["reference_year"]) and r["reference_series"] == ""
    assert r["reference_note"] == "no World Bank armed forces personnel within 2 years of 2023 (nearest: 2020)"
    assert comparison_text(r) == ""


def test_a_tie_between_years_takes_the_earlier(ref):
    assert compare(ref, figure("active_personnel", 300000.0, 2020, "FRA")).iloc[0]["reference_year"] == 2019


def test_the_older_release_only_where_the_newest_has_no_year_near(ref):
    older = compare(ref, figure("defense_budget", 4e10, 2017, "JPN", currency="USD", value_usd=4e10)).iloc[0]
    assert (older["reference_series"], older["reference_year"]) == ("milex_usd_current_wdi2024", 2016)
    assert comparison_text(older).startswith("World Bank 2016 (older release, nearest to 2017): US$40 billion")
    newest = compare(ref, figure("defense_budget", 4e10, 2023, "JPN", currency="USD", value_usd=4e10)).iloc[0]
    assert newest["reference_series"] == "milex_usd_current"


def test_the_figures_own_year_wins_over_a_nearer_release(ref):
    """A browser audit: a 2017 budget was held against the newest release's 2019 value (14% off) while the older
    release had 2017's. The own year first, from either release; the newest release's only for a near year."""
    own = compare(ref, figure("defense_budget", 4e10, 2022, "JPN", currency="USD", value_usd=4e10)).iloc[0]
    assert (own["reference_series"], own["reference_year"]) == ("milex_usd_current_wdi2024", 2022)


def test_lower_personnel_is_flagged_paramilitary_included(ref):
    """Definitions: the series counts paramilitary forces, so an active-duty count below it has a known reason."""
    r = compare(ref, figure("active_personnel", 450000.0, 2021)).iloc[0]
    assert r["reference_diff_pct"] == pytest.approx(-25.0)
    assert r["reference_note"] == "differs by more than 20%: likely paramilitary included, different year"
    assert "(\u221225%)" in comparison_text(r)


def test_higher_personnel_is_flagged_without_the_paramilitary_reason(ref):
    r = compare(ref, figure("active_personnel", 800000.0, 2020)).iloc[0]
    assert r["reference_note"] == "differs by more than 20%: no known reason, check the passage"


def test_a_proposed_budget_in_local_currency_says_both_reasons(ref):
    r = compare(ref, figure("defense_budget", 1e13, 2024, "JPN", currency="JPY", value_usd=7e10,
                            stage="proposed")).iloc[0]
    assert r["reference_note"] == "differs by more than 20%: likely proposed vs spent, local vs dollar"


def test_a_difference_within_the_threshold_is_not_flagged(ref):
    r = compare(ref, figure("active_personnel", 500000.0, 2020)).iloc[0]
    assert r["reference_diff_pct"] == -16.67 and r["reference_note"] == ""  # (to two decimals: a CSV claims no more)


def test_a_country_missing_from_the_series(ref):
    r = compare(ref, figure("active_personnel", 100000.0, 2020, "DEU")).iloc[0]
    assert pd.isna(r["reference_value"])
    assert r["reference_note"] == "no World Bank armed forces personnel for DEU"


def test_no_year_no_comparison(ref):
    assert compare(ref, figure("active_personnel", 1.0, None)).iloc[0]["reference_note"].startswith("no year")


@pytest.mark.parametrize("code", ["NATO", "EUU", "WLD", "NAC"])
def test_aggregates_are_never_compared_in_the_shipped_snapshot(code):
    """The alliance and the World Bank's aggregates (EU, world, North America) have no reference value."""
    rows = [figure("defense_share_gdp_pct", 2.0, 2024, code), figure("active_personnel", 1e6, 2020, code)]
    out = with_reference(figures_frame(rows))
    assert out["reference_value"].isna().all() and (out["reference_series"] == "").all()


def test_the_shipped_snapshot_compares_a_real_share():
    """Against the shipped tables: South Korea's 2024 share is there, and the difference is computed from it."""
    from dashboard.tables.reference import nearest

    out = with_reference(figures_frame([figure("defense_share_gdp_pct", 2.8, 2024)]))
    expected = nearest("KOR", "milex_share_gdp_pct", 2024)
    assert out.iloc[0]["reference_value"] == expected.value
    assert out.iloc[0]["reference_diff_pct"] == pytest.approx((2.8 - expected.value) / expected.value * 100, abs=0.005)


def test_input_frame_is_not_mutated_and_dtypes_follow_the_schema(ref):
    frame = figures_frame([figure("defense_share_gdp_pct", 2.8, 2024)])
    out = with_reference(frame, folder=ref)
    assert frame.iloc[0]["reference_series"] == ""
    for column in comparisons.COLUMNS:
        assert str(out[column].dtype) == schema.FIGURE_DTYPES[column]


def test_a_row_with_a_reference_value_carries_the_attribution_and_only_such_a_row(ref):
    """CC BY 4.0 asks for the credit wherever the World Bank's figures appear, so each row that quotes a value
    carries the text shown under the charts; a row compared with nothing, or only noted, carries none."""
    out = compare(ref, figure("active_personnel", 450000.0, 2020), figure("troops_deployed", 5.0, 2020),
                  figure("active_personnel", 1.0, 2030))
    credit = reference.row_credit()
    assert "data/reference/README.md" in credit and "CC BY 4.0" in credit and len(credit) < 120
    assert out["reference_attribution"].tolist() == [credit, "", ""]
    assert out.iloc[2]["reference_note"] != ""  # a noted row without a value still has no attribution


def test_the_attribution_column_is_formula_safe_in_the_csv(ref, monkeypatch):
    """The export neutralises the new column like every text column (should the text ever start with '=')."""
    import io

    from dashboard.tables import reference_lookup
    from dashboard.tables.export import to_csv_text

    monkeypatch.setattr(reference_lookup, "row_credit", lambda: '=HYPERLINK("http://evil.test")')
    out = compare(ref, figure("active_personnel", 450000.0, 2020), figure("troops_deployed", 5.0, 2020))
    back = pd.read_csv(io.StringIO(to_csv_text(out)), keep_default_na=False)
    assert back["reference_attribution"].tolist() == ["'=HYPERLINK(\"http://evil.test\")", ""]


def test_an_empty_frame_stays_empty(ref):
    assert with_reference(schema.empty_figures(), folder=ref).empty


def test_unreadable_reference_tables_raise_naming_the_file(tmp_path):
    (tmp_path / "series.csv").write_text("nonsense\n", encoding="utf-8")
    (tmp_path / "defense_reference.csv").write_text("x\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="series.csv"):
        with_reference(figures_frame([figure("active_personnel", 1.0, 2020)]), folder=tmp_path)


def test_hover_texts_give_comparison_and_note_per_row(ref):
    """reference_texts: what the charts add to hover text, one plain string per row ('' where nothing to say)."""
    out = compare(ref, figure("active_personnel", 450000.0, 2020), figure("troops_deployed", 5.0, 2020),
                  figure("active_personnel", 1.0, 2030))
    texts = reference_texts(out)
    assert texts[0] == ("World Bank 2020: 600,000 armed forces personnel incl. paramilitary; this article: 450,000 "
                        "(\u221225%); differs by more than 20%: likely paramilitary included")
    assert texts[1] == ""
    assert texts[2] == "no World Bank armed forces personnel within 2 years of 2030 (nearest: 2020)"
    assert reference_texts(out.drop(columns=list(comparisons.COLUMNS))) == ["", "", ""]


@pytest.mark.parametrize(("diff", "said"), [(7.69, "+8%"), (-21.2, "\u221221%"), (0.4, "+0.4%"), (0.0, "0%"),
                                          (-0.001, "0%")])
def test_difference_words(diff, said):
    assert comparisons.diff_text(diff) == said


@pytest.mark.parametrize(("amount", "said"), [(5.5273e10, "US$55.3 billion"), (9.97309e11, "US$997 billion"),
                                              (1.2e12, "US$1.2 trillion"), (8.5e8, "US$850 million")])
def test_amount_words(amount, said):
    assert comparisons.amount_text(amount, "US$") == said


def test_csv_carries_the_reference_columns(articles_dir):
    """The CSV of the two fixture articles: Japan's approved yen budget is compared with the 2024 US$ series
    through its ECB dollar value; the columns read back as numbers; the seed's figures have none."""
    import io

    from dashboard.tables.export import to_csv_text
    from dashboard.tables.frames import load_figures
    from dashboard.tables.reference import nearest

    back = pd.read_csv(io.StringIO(to_csv_text(load_figures(articles_dir))), keep_default_na=False, na_values=[""])
    assert list(back.columns[-7:]) == [*comparisons.COLUMNS, "citation"]
    japan = back[(back["country_iso3"] == "JPN") & (back["metric"] == "defense_budget")].iloc[0]
    expected = nearest("JPN", "milex_usd_current", 2024)
    assert (japan["reference_series"], japan["reference_year"]) == ("milex_usd_current", 2024)
    assert japan["reference_value"] == pytest.approx(expected.value)
    assert japan["reference_diff_pct"] == pytest.approx((japan["value_usd"] - expected.value) / expected.value * 100, abs=0.005)
    assert back["reference_diff_pct"].dtype == float and back["reference_year"].dtype == float
    assert japan["reference_attribution"] == reference.row_credit()
    seed = back[back["article_id"].str.startswith("2025-11-03")]
    assert seed["reference_value"].isna().all() and seed["reference_attribution"].isna().all()


def test_the_articles_own_amount_is_said_with_its_decimals_beside_the_reference():
    """'110,5 milliarder kroner' beside its dollar value read 'NOK 110 billion', a number the article does not state;
    the reference and the conversion keep three significant digits."""
    assert comparisons.amount_text(1.105e11, "NOK ", digits=6) == "NOK 110.5 billion"
    assert comparisons.amount_text(1.105e11, "US$") == "US$110 billion"
