"""Figures tables for reading: numbers as a reader says them, columns in the order a reader looks.

In: a figures DataFrame (any subset of the schema's columns).
Out: a display copy (value and original_value as text with thousands separators, a host name beside
the host code, country/metric/value/year/quote first, ids last); downloads keep the numbers.
No Streamlit here: pure functions of the frame.
"""

from __future__ import annotations

from decimal import Decimal

import pandas as pd

from dashboard import schema
from dashboard.extraction.countries import gazetteer

LEAD_COLUMNS = ("country", "metric", "value", "year", "quote")
ID_COLUMNS = ("article_id", "figure_id")


def plain_number(value: float) -> str:
    """A number with thousands separators and never in exponent notation (12 significant digits).

    >>> plain_number(28500), plain_number(6.63e13), plain_number(8.25), plain_number(-1.5e-3)
    ('28,500', '66,300,000,000,000', '8.25', '-0.0015')
    """
    return f"{Decimal(f'{float(value):.12g}'):,f}"


def value_text(value: object, unit: str = "", metric: str = "", direction: str = "") -> str:
    """A figure as a reader says it: '28,500 persons', '66,300,000,000,000 KRW', '8.2%', 'claimed increase'."""
    if metric in schema.METRICS and schema.METRICS[metric].qualitative:
        return f"claimed {direction}".strip()
    if value is None or pd.isna(value):
        return ""
    number = plain_number(float(value))
    return f"{number}%" if unit == "percent" else f"{number} {unit or ''}".strip()


def figure_table(df: pd.DataFrame, columns: list[str] | None = None) -> pd.DataFrame:
    """A display copy of a figures table: country, metric, value (with its unit), year, quote first, then
    ``columns`` (default: every other column in the table's order), article and figure ids last.

    ``value``, ``original_value`` and ``value_usd`` become text with thousands separators (money values run to
    10^13, which a number column would show in exponent notation, or cut); downloads keep the numbers.
    """
    units = df["unit"] if "unit" in df.columns else pd.Series("", index=df.index)
    metrics = df["metric"] if "metric" in df.columns else pd.Series("", index=df.index)
    directions = df["direction"] if "direction" in df.columns else pd.Series("", index=df.index)
    out = df.copy()
    if "host_iso3" in out.columns:  # a name beside the owner's name, not a code ('Europe (region)' for a region)
        gaz = gazetteer()
        names = {c: gaz.name(c) for c in out["host_iso3"].dropna().unique() if c}
        out.insert(out.columns.get_loc("host_iso3"), "host", out["host_iso3"].map(lambda c: names.get(c, "")))
        columns = None if columns is None else [("host" if c == "host_iso3" else c) for c in columns]
    for col in ("value", "original_value"):
        if col in out.columns:
            out[col] = [value_text(v, u, m if col == "value" else "", d)
                        for v, u, m, d in zip(df[col], units, metrics, directions, strict=True)]
    if "value_usd" in out.columns:  # text too: a number column sized to its first cells cut a wide amount's first
        # digits off ("3137146.03" for 69,353,137,146.03); a conversion's cents say nothing
        out["value_usd"] = [value_text(round(float(v)), "USD") if pd.notna(v) else "" for v in df["value_usd"]]
    rest = [c for c in (columns if columns is not None else list(out.columns))
            if c in out.columns and c not in LEAD_COLUMNS and c not in ID_COLUMNS]
    if "host" in out.columns and columns is None:
        rest = ["host", *[c for c in rest if c != "host"]]
    order = [c for c in LEAD_COLUMNS if c in out.columns] + rest + [c for c in ID_COLUMNS if c in out.columns
                                                                     and (columns is None or c in columns)]
    return out[order]
