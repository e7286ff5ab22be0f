"""Figures tables for reading (dashboard/app/display.py), on tiny frames built here: no app, no library."""

from __future__ import annotations

import pandas as pd

from dashboard.app.display import figure_table, plain_number, value_text
from dashboard.extraction.countries import gazetteer


def tiny() -> pd.DataFrame:
    return pd.DataFrame({
        "figure_id": ["a:1", "a:9"], "article_id": ["a", "a"], "publisher": ["P", "P"],
        "metric": ["troops_deployed", "defense_budget"], "quote": ["28,500 troops", "66.3 trillion won"],
        "value": [28500.0, 6.63e13], "unit": ["persons", "KRW"], "original_value": [30000.0, None],
        "direction": ["", ""], "host_iso3": ["KOR", ""], "year": [2025, 2026], "country": ["United States", "Korea"],
    })


def test_numbers_are_never_in_exponent_notation():
    assert plain_number(6.63e13) == "66,300,000,000,000"
    assert plain_number(-1.5e-3) == "-0.0015"
    assert value_text(28500, "persons") == "28,500 persons"
    assert value_text(8.25, "percent") == "8.25%"
    assert value_text(None, "persons") == "" and value_text(float("nan")) == ""


def test_a_qualitative_metric_reads_as_its_direction():
    """budget_trend has no number: it is shown as the claimed direction, whatever the value cell holds."""
    assert value_text(float("nan"), "", "budget_trend", "increase") == "claimed increase"


def test_reading_order_and_text_values():
    """Country, metric, value, year, quote first; the host's name beside its code's place; ids last."""
    frame = tiny()
    out = figure_table(frame)
    assert list(out.columns) == ["country", "metric", "value", "year", "quote", "host", "publisher", "unit",
                                 "original_value", "direction", "host_iso3", "article_id", "figure_id"]
    assert out["value"].tolist() == ["28,500 persons", "66,300,000,000,000 KRW"]
    assert out["original_value"].tolist() == ["30,000 persons", ""]
    assert out["host"].tolist() == [gazetteer().name("KOR"), ""]
    assert frame["value"].tolist() == [28500.0, 6.63e13]  # the input frame is not changed


def test_chosen_columns_keep_their_order_and_drop_ids_not_asked_for():
    out = figure_table(tiny(), columns=["host_iso3", "publisher", "figure_id"])
    assert list(out.columns) == ["country", "metric", "value", "year", "quote", "host", "publisher", "figure_id"]


def test_a_correction_that_kept_the_value_does_not_say_what_it_was():
    """A UX check: correcting only the stage showed 'corrected (was 8.5 trillion JPY)', the value it still has."""
    from dashboard.app.passages import figure_summary

    row = pd.Series({"metric": "defense_budget", "host_iso3": "", "country": "Japan", "value": 8.5e12, "unit": "JPY",
                     "year": 2025, "qualifier": "", "stage": "approved", "confidence": 1.0, "status": "corrected",
                     "original_value": 8.5e12, "direction": ""})
    assert "corrected" in figure_summary(row) and "(was" not in figure_summary(row)
    changed = figure_summary(pd.Series({**row.to_dict(), "value": 9.9e12}))  # a new value: the old one is said
    assert "corrected \\(was 8\\.5 trillion JPY\\)" in changed  # (markdown-escaped)
    staged = figure_summary(pd.Series({**row.to_dict(), "review_changes": "stage proposed -> approved"}))
    assert "corrected \\(stage proposed \\-\\> approved\\)" in staged  # a stage-only correction says what it changed


def test_dollar_conversions_read_as_text_with_separators():
    """A UX check: the Data table's value_usd, a number column sized to its first (empty) cells, showed
    69,353,137,146.03 as '3137146.03' with its first digits cut off."""
    frame = pd.DataFrame({"metric": ["defense_budget", "troops_deployed"], "value": [9.9e12, 28500.0],
                          "unit": ["JPY", "persons"], "value_usd": [69353137146.03, None]})
    assert figure_table(frame)["value_usd"].tolist() == ["69,353,137,146 USD", ""]
