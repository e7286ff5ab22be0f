"""The figures CSV straight from rows, without pandas: what ``python -m dashboard extract`` writes by default.

The frames route (``frames.figures_frame`` -> ``frames.compared`` -> ``export.to_csv_text``) types every
column, compares with the World Bank series and writes the cells; it needs pandas, whose import alone costs
more than extracting a hundred real passages. This module does the same three steps on the rows themselves,
with the same rules (``comparison_rules``) and the same cell writer (``csv_cells``), so the text is the same
to the byte (tests/tables/test_figures_csv.py compares them). A value whose typing only pandas knows for sure
(a bool in a number column, a number in a text column, an integer too large for a float) makes
:func:`figures_csv_text` answer None, and the caller takes the frames route.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from dashboard import schema
from dashboard.tables.comparison_rules import COLUMNS, compare
from dashboard.tables.csv_cells import csv_text, number_text, text_cell
from dashboard.tables.reference_lookup import ReferenceDataError

_EXACT = 2**53  # integers up to here read back exactly as floats, as pandas' typing passes them


class _Untyped(Exception):
    """A value the frames route would type in a way this module does not reproduce."""


def _text(v: object) -> str:
    if isinstance(v, str):
        return v
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""  # the frames route fills missing text with ""
    raise _Untyped


def _float(v: object) -> float | None:
    if v is None:
        return None
    if isinstance(v, float):
        return None if math.isnan(v) else v
    if isinstance(v, int) and not isinstance(v, bool) and -_EXACT <= v <= _EXACT:
        return float(v)
    raise _Untyped


def _int(v: object) -> int | None:
    if v is None:
        return None
    if isinstance(v, int) and not isinstance(v, bool) and -_EXACT <= v <= _EXACT:
        return int(v)
    raise _Untyped


_TYPED = {"string": _text, "Float64": _float, "Int64": _int}


def _column(rows: list[dict], name: str, dtype: str) -> list:
    """One column typed by ``_TYPED[dtype]``; the common values (a str, a float that is a number, a small int)
    pass as they are without a call each (what the typing function would return for them)."""
    typed = _TYPED[dtype]
    values = [row[name] for row in rows]
    if dtype == "string":
        return [v if type(v) is str else typed(v) for v in values]
    if dtype == "Float64":
        return [v if type(v) is float and v == v else typed(v) for v in values]
    return [typed(v) for v in values]


def _cells(values: list, dtype: str) -> list[str]:
    if dtype == "string":
        return [text_cell(v) for v in values]
    if dtype == "Float64":
        return ["" if v is None else number_text(v) for v in values]
    return ["" if v is None else str(v) for v in values]


def figures_csv_text(rows: list[dict], folder=None) -> tuple[str, str | None] | None:
    """(the formula-safe CSV of ``rows`` with their World Bank comparisons, a problem or None), or None when a
    value needs the frames route. Rows must carry exactly the schema's columns (``schema.SchemaError``);
    ``folder``: the reference tables (default: ``reference_lookup.reference_dir()``)."""
    made = figures_csv_cells(rows, folder)
    if made is None:
        return None
    names, cells, problem = made
    return csv_text(names, cells), problem


def figures_csv_cells(rows: list[dict], folder=None) -> tuple[list[str], Iterator[tuple[str, ...]], str | None] | None:
    """What :func:`figures_csv_text` writes, before it is joined into text: (header, the rows' cells, problem),
    or None; ``csv_cells.write_csv`` writes them to a file as they come."""
    seen: set[str] = set()
    for row in rows:
        if row.keys() != seen:
            schema.check_columns(list(row.keys()))
            seen = set(row.keys())
    names = schema.FIGURE_COLUMN_NAMES
    dtypes = schema.FIGURE_DTYPES
    if any(dtypes[name] not in _TYPED for name in names):
        return None
    try:
        columns = {name: _column(rows, name, dtypes[name]) for name in names}
    except _Untyped:
        return None
    problem = None
    try:
        filled = compare(*(columns[c] for c in ("metric", "country_iso3", "country", "year", "value", "value_usd",
                                                "currency", "stage")), folder=folder)
        columns.update(zip(COLUMNS, filled, strict=True))
    except ReferenceDataError as exc:  # the comparison columns stay empty, the figures do not
        problem = f"World Bank comparisons: note: left empty ({exc})"
    cells = [_cells(columns[name], dtypes[name]) for name in names]
    return names, zip(*cells, strict=True), problem
