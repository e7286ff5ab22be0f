"""CSV export shared by the CLI and the app's downloads: UTF-8, one row per figure, formula-safe.

Spreadsheets execute a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and some treat a
leading tab or carriage return the same way). Article text is untrusted, so every *text* cell
that starts with one of those gets a leading apostrophe. Numeric columns stay numbers: a
budget change of -5 is written as -5, not '-5.
"""

from __future__ import annotations

import io
import math
from decimal import Decimal

import numpy as np
import pandas as pd

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> object:
    """Prefix a text cell that a spreadsheet would treat as a formula.

    >>> neutralise("=HYPERLINK(1)"), neutralise("-5"), neutralise(-5), neutralise("ok")
    ("'=HYPERLINK(1)", "'-5", -5, 'ok')
    """
    if isinstance(cell, str) and cell.startswith(FORMULA_PREFIXES):
        return "'" + cell
    return cell


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` with every text column neutralised (the input is not mutated)."""
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_string_dtype(out[col]) or out[col].dtype == object:
            out[col] = out[col].map(neutralise, na_action="ignore")
    return out


def number_text(x: float) -> str:
    """A float as plain decimal text: the shortest that reads back exactly, never an exponent.

    Whole numbers have no ``.0``. ``float(x)`` first: numpy 2's repr of its own floats is
    ``np.float64(8.2)``, which is what every non-whole cell used to say.

    >>> [number_text(v) for v in (28500.0, 66.3e12, 8.2, -4.2, 1e20, 1e-7, np.float64(0.85))]
    ['28500', '66300000000000', '8.2', '-4.2', '100000000000000000000', '0.0000001', '0.85']
    """
    x = float(x)
    if math.isnan(x):
        return ""
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    text = format(Decimal(repr(x)), "f")  # repr: the shortest exact digits; "f": written out in full
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _plain_floats(cell: object) -> object:
    """A float that sits in an object column, formatted like the float columns (text is left alone)."""
    return number_text(cell) if isinstance(cell, float | np.floating) else cell


def to_csv_text(df: pd.DataFrame) -> str:
    """The formula-safe CSV text of ``df`` (no index; empty cells for missing values)."""
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
    if df.empty:
        return ""
    return df.to_json(orient="records", lines=True, force_ascii=False, date_format="iso").rstrip("\n") + "\n"
