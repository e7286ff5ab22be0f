"""CSV export shared by the CLI and the app's downloads: UTF-8, one row per figure, formula-safe.

Spreadsheets execute a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and some treat a
leading tab or carriage return the same way). Article text is untrusted, so every *text* cell
that starts with one of those gets a leading apostrophe. Numeric columns stay numbers: a
budget change of -5 is written as -5, not '-5.
"""

from __future__ import annotations

import io

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


def _number(x: float) -> str:
    """28500.0 -> "28500", 66.3e12 -> "66300000000000", 8.2 -> "8.2": plain, exact, no exponent."""
    if x.is_integer() and abs(x) < 1e21:
        return str(int(x))
    return repr(x)


def to_csv_text(df: pd.DataFrame) -> str:
    """The formula-safe CSV text of ``df`` (no index; empty cells for missing values)."""
    buffer = io.StringIO()
    safe_frame(df).to_csv(buffer, index=False, lineterminator="\n", float_format=_number)
    return buffer.getvalue()


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    return to_csv_text(df).encode("utf-8")


def to_jsonl_text(df: pd.DataFrame) -> str:
    if df.empty:
        return ""
    return df.to_json(orient="records", lines=True, force_ascii=False, date_format="iso").rstrip("\n") + "\n"
