"""The schema is enforced, not hoped for: rows with unknown or missing columns are refused with their
names, and the extractor's record cannot drift from the table."""

from __future__ import annotations

import typing
from dataclasses import dataclass

import pytest

from dashboard import schema
from dashboard.extraction.record import Figure
from dashboard.tables.frames import figures_frame


def row(**extra) -> dict:
    return {**schema.blank_figure(), "article_id": "a", "figure_id": "a:0", "country_iso3": "KOR", "metric": "active_personnel",
            "value": 450000, "unit": "persons", "quote": "450,000", "passage": "its 450,000 troops", "start": 0, "end": 7,
            "method": "rule", "status": "extracted", **extra}


def test_a_complete_row_becomes_a_typed_frame():
    df = figures_frame([row()])
    assert list(df.columns) == schema.FIGURE_COLUMN_NAMES
    assert str(df["value"].dtype) == "Float64" and str(df["year"].dtype) == "Int64"


def test_an_unknown_column_is_refused_by_name():
    with pytest.raises(schema.SchemaError, match="unknown columns notes"):
        figures_frame([row(notes="a field the schema lacks")])


def test_missing_columns_are_reported_by_name():
    incomplete = row()
    del incomplete["confidence"], incomplete["review_note"]
    with pytest.raises(schema.SchemaError, match="missing columns confidence, review_note"):
        figures_frame([incomplete])


def test_every_row_is_checked_not_only_the_first():
    with pytest.raises(schema.SchemaError, match="unknown columns typo"):
        figures_frame([row(), row(typo=1)])


def test_the_figure_record_fits_the_schema():
    schema.check_record_fields(typing.get_type_hints(Figure))  # the real record: no error


def test_a_record_with_a_field_the_table_lacks_is_refused():
    @dataclass
    class Drifted:
        value: float | None
        notes: str
        start: str  # wrong type: the column is Int64

    with pytest.raises(schema.SchemaError) as err:
        schema.check_record_fields(typing.get_type_hints(Drifted))
    assert "notes is not a column" in str(err.value) and "start is" in str(err.value)


def test_a_new_metric_declared_once_flows_to_the_table_the_csv_the_dictionary_and_a_chart(monkeypatch, tmp_path):
    """Adding a metric touches the schema (and the extractor's rule): nothing else needs an edit."""
    from dashboard import charts
    from dashboard.tables.export import to_csv_text

    vessels = schema.Metric("naval_vessels", "Naval vessels", "count", "Warships in a navy's fleet.",
                            axis="vessels", scored=False)
    monkeypatch.setitem(schema.METRICS, vessels.key, vessels)
    rows = [row(metric="naval_vessels", value=370, unit="count", country_iso3="CHN", country="China", figure_id="a:0",
                quote="370 ships", passage="a fleet of 370 ships", year=2025, confidence=0.8),
            row(metric="naval_vessels", value=290, unit="count", country_iso3="USA", country="United States",
                figure_id="a:40", start=40, end=48, quote="290 ships", passage="about 290 ships", year=2025)]
    df = figures_frame(rows)
    assert schema.check_figures(df) == []  # the table accepts it
    assert "naval_vessels" in to_csv_text(df)  # the CSV carries it
    dictionary = schema.data_dictionary()
    assert "| `naval_vessels` | Naval vessels | count | (Metrics page only) | (none) | Warships in a navy's fleet. |" in dictionary
    fig = charts.metric_chart(df, "naval_vessels")  # the generic page draws it from the declaration
    bar = fig.data[0]
    assert sorted(zip(bar.y, bar.x)) == [("China", 370.0), ("United States", 290.0)]  # named, as on every chart
    assert fig.layout.xaxis.title.text == "vessels"
    assert "naval_vessels" not in schema.metrics_where(scored=True)


def _check_row_by_row(df) -> list[str]:
    """check_figures as it was before it looked at whole columns first: every row, one by one."""
    import pandas as pd

    problems = []
    for r in df.itertuples(index=False):
        where = f"{r.article_id} @ {r.start}"
        if r.metric not in schema.METRICS:
            problems.append(f"{where}: unknown metric {r.metric!r}")
        if not r.quote or not r.passage:
            problems.append(f"{where}: figure without its quote or passage")
        if r.metric in schema.METRICS and not schema.METRICS[r.metric].qualitative and pd.isna(r.value):
            problems.append(f"{where}: {r.metric} without a value")
        if r.status not in schema.STATUSES:
            problems.append(f"{where}: unknown status {r.status!r}")
        if not isinstance(r.country_iso3, str) or not r.country_iso3:
            problems.append(f"{where}: no country")
    return problems


def test_the_column_check_reports_what_the_row_by_row_check_did():
    """check_figures flags rows by whole columns (for speed at 150,000 rows) and says the same as before."""
    import random

    rng = random.Random(3)
    choices = {"metric": ["active_personnel", "budget_trend", "naval_vessels", ""], "value": [450000, None],
               "quote": ["450,000", ""], "passage": ["its 450,000 troops", ""], "status": ["extracted", "rejected", "?"],
               "country_iso3": ["KOR", ""]}
    rows = [row(start=i, **{k: rng.choice(v) for k, v in choices.items()}) for i in range(400)]
    df = figures_frame(rows)
    found = schema.check_figures(df)
    assert found == _check_row_by_row(df)
    assert len(found) > 100 and any("no country" in p for p in found) and any("unknown status" in p for p in found)
