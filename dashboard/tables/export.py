"""CSV export shared by the CLI and the app's downloads: UTF-8, one row per figure, formula-safe.

Spreadsheets execute a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and some treat a
leading tab or carriage return the same way). Article text is untrusted, so every *text* cell
that starts with one of those gets a leading apostrophe. Numeric columns stay numbers: a
budget change of -5 is written as -5, not '-5. The cell rules themselves are in
:mod:`dashboard.tables.csv_cells` (no pandas), shared with the CLI's CSV of rows.
"""

from __future__ import annotations

import io
import json
import math

import numpy as np
import pandas as pd

from dashboard.tables.csv_cells import FORMULA_PREFIXES, csv_text, neutralise, number_text, text_cell

__all__ = ["FORMULA_PREFIXES", "neutralise", "number_text", "safe_frame", "to_csv_bytes", "to_csv_text",
           "to_jsonl_text"]


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` with every text column neutralised (the input is not mutated)."""
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_string_dtype(out[col]) or out[col].dtype == object:
            out[col] = out[col].map(neutralise, na_action="ignore")
    return out


def _plain_floats(cell: object) -> object:
    """A float that sits in an object column, formatted like the float columns (text is left alone)."""
    return number_text(cell) if isinstance(cell, float | np.floating) else cell


def to_csv_text(df: pd.DataFrame) -> str:
    """The formula-safe CSV text of ``df`` (no index; empty cells for missing values)."""
    cells = [_cells(df[col]) for col in df.columns] if df.columns.is_unique else [None]
    if len(df.columns) and all(c is not None for c in cells) and all(isinstance(c, str) for c in df.columns):
        # the same text pandas writes below, column by column in plain Python: pandas formats each float
        # cell through number_text in its own loop and writes rows through the same csv writer, at ~5x the cost
        return csv_text(list(df.columns), zip(*cells, strict=True))
    return _pandas_csv_text(df)


def _cells(col: pd.Series) -> list[str] | None:
    """The CSV cells of one column (neutralised text, number_text floats, '' when missing), or None for a dtype
    this fast path does not know (to_csv_text then writes the frame through pandas)."""
    dtype = col.dtype
    values = col.tolist()
    if isinstance(dtype, pd.StringDtype) or dtype == np.dtype(object):
        out = []
        for v in values:
            if isinstance(v, str):
                out.append(text_cell(v))
            elif isinstance(v, float):
                out.append("" if math.isnan(v) else number_text(v))
            elif v is None or v is pd.NA:
                out.append("")
            else:
                return None
        return out
    if dtype == "Float64" or dtype == np.float64:
        return ["" if v is None or v is pd.NA or v != v else number_text(v) for v in values]
    if dtype == "Int64" or dtype == np.int64:
        return ["" if v is None or v is pd.NA else str(int(v)) for v in values]
    return None


def _pandas_csv_text(df: pd.DataFrame) -> str:
    buffer = io.StringIO()
    out = safe_frame(df)
    for col in out.columns:
        if out[col].dtype == object:
            out[col] = out[col].map(_plain_floats, na_action="ignore")
    out.to_csv(buffer, index=False, lineterminator="\n", float_format=number_text)
    return buffer.getvalue()


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    return to_csv_text(df).encode("utf-8")


def to_jsonl_text(df: pd.DataFrame) -> str:
    """One JSON object per row. Numbers as Python writes them, the shortest that read back the same (pandas' own
    writer gave '47202336972.7099990845' where the CSV says 47202336972.71, and cut others at ten decimals), text
    as is (no '\\/' for '/'), missing values as null."""
    if df.empty:
        return ""
    columns = list(df.columns)
    cells = [[None if v is None or v is pd.NA or isinstance(v, float) and math.isnan(v) else
              int(v) if isinstance(v, np.integer) else float(v) if isinstance(v, np.floating) else v
              for v in df[col].tolist()] for col in columns]
    return "".join(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, separators=(",", ":")) + "\n"
                   for row in zip(*cells, strict=True))
