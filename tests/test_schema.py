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
