"""Each figure beside the World Bank's value for the same country, measure and (nearly) the same year.

in: a figures table in the schema; out: the same table with ``reference_series``, ``reference_year``,
``reference_value``, ``reference_diff_pct``, ``reference_note`` and ``reference_attribution`` filled (a new frame).

The rules (which series, the same country, unit and nearly the same year, when a difference is
flagged and with which likely reasons, the credit on each compared row) are in
:mod:`dashboard.tables.comparison_rules`, on plain columns: the CLI's CSV of rows applies them
without pandas, and :func:`with_reference` through the same code.

:func:`comparison_text` words one row ("World Bank 2024: 2.6% of GDP; this article: 2.8% (+8%)")
and :func:`reference_texts` a whole frame, from these columns alone: the passage cards and the
charts' hover text call them. The texts are plain: escape them for the medium they go to.
"""

from __future__ import annotations

import math

import pandas as pd

from dashboard import schema
from dashboard.rates import missing as _missing
from dashboard.tables.comparison_rules import (
    COLUMNS,
    COUNTS_MORE,
    FLAG_PCT,
    MAX_GAP,
    MEASURES,
    OLDER_RELEASE,
    RELEASE_NOTES,
    STAGE_REASONS,
    compare,
    flag_note,
    reasons,
)

__all__ = ["COLUMNS", "COUNTS_MORE", "FLAG_PCT", "MAX_GAP", "MEASURES", "OLDER_RELEASE", "RELEASE_NOTES",
           "STAGE_REASONS", "amount_text", "comparison_text", "diff_text", "flag_note", "reasons", "reference_texts",
           "share_text", "with_reference"]


def with_reference(figures: pd.DataFrame, folder=None) -> pd.DataFrame:
    """``figures`` with the reference columns filled by the rules (the input is not modified).

    Raises ``reference.ReferenceDataError`` when the reference tables cannot be read.
    """
    out = figures.copy()
    columns = ("metric", "country_iso3", "country", "year", "value", "value_usd", "currency", "stage")
    filled = compare(*(out[c].tolist() for c in columns), folder=folder)
    for name, values in zip(COLUMNS, filled, strict=True):
        out[name] = pd.Series(values, index=out.index, dtype=schema.FIGURE_DTYPES[name])
    return out


# ---------------------------------------------------------------------------
# Words: one row's comparison, as the cards and hover texts say it
# ---------------------------------------------------------------------------


def _significant(x: float, digits: int = 3) -> str:
    """``x`` to ``digits`` significant digits, trailing zeros dropped: 55.27 -> '55.3', 7.9 -> '7.9'."""
    text = f"{x:.{max(digits - 1 - int(math.floor(math.log10(abs(x)))), 0)}f}" if x else "0"
    return text.rstrip("0").rstrip(".") if "." in text else text


def amount_text(x: float, prefix: str = "", digits: int = 3) -> str:
    """'US$55.3 billion', 'JPY 7.9 trillion', 'US$850 million', 'US$12,000' (the article's own amount is given with
    more digits: 'NOK 110.5 billion', never rounded to '110')."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= size:
            return f"{prefix}{_significant(x / size, digits)} {word}"
    return f"{prefix}{x:,.0f}"


def share_text(x: float) -> str:
    """A share of GDP as said: one decimal from 1% up (2.56 -> '2.6%'), two below it ('0.85%')."""
    return f"{x:.1f}%" if abs(x) >= 1 else f"{x:.2f}%"


def diff_text(diff_pct: float) -> str:
    """'+8%', '\u221221%', '+0.4%': a whole percent, or one decimal below 1%."""
    if abs(diff_pct) < 0.05:  # what one decimal would show as 0.0 reads as no difference
        return "0%"
    text = f"{diff_pct:+.1f}%" if abs(diff_pct) < 0.95 else f"{diff_pct:+.0f}%"
    return text.replace("-", "\u2212")


def _values(series: str, ref: float, value: float, usd: float, currency: str) -> tuple[str, str]:
    """(the reference value, the article's value) in the series' unit, each with what it measures."""
    kind, measure, _ = MEASURES.get(series, ("", "", ""))
    if kind == "usd":
        said = amount_text(usd, "US$")
        if currency and currency != "USD" and not _missing(value):
            said = f"{amount_text(value, currency + ' ', digits=6)} \u2248 {said}"
        return f"{amount_text(ref, 'US$')} {measure}", said
    if kind == "share":
        return f"{share_text(ref)} {measure}", f"{float(value):g}%"
    return f"{ref:,.0f} {measure}".strip(), f"{value:,.0f}"


def comparison_text(row) -> str:
    """One figure beside its reference value, from the row's columns; '' when it has none.

    >>> comparison_text({"reference_series": "milex_share_gdp_pct", "reference_year": 2024, "reference_value": 2.58,
    ...                  "reference_diff_pct": 8.5, "value": 2.8, "value_usd": None, "currency": "", "year": 2024})
    'World Bank 2024: 2.6% of GDP; this article: 2.8% (+8%)'
    """
    series, ref = row.get("reference_series", ""), row.get("reference_value", pd.NA)
    if not series or _missing(series) or _missing(ref):
        return ""
    ref_year, year = int(row["reference_year"]), row.get("year", pd.NA)
    when = [RELEASE_NOTES[series]] if series in RELEASE_NOTES else []
    if not _missing(year) and int(year) != ref_year:
        when.append(f"nearest to {int(year)}")
    said_ref, said = _values(series, float(ref), row.get("value", pd.NA), row.get("value_usd", pd.NA),
                             str(row.get("currency", "") or ""))
    diff = row.get("reference_diff_pct", pd.NA)
    pct = "" if _missing(diff) else f" ({diff_text(float(diff))})"
    extra = f" ({', '.join(when)})" if when else ""
    return f"World Bank {ref_year}{extra}: {said_ref}; this article: {said}{pct}"


TEXT_COLUMNS = ("reference_series", "reference_year", "reference_value", "reference_diff_pct", "reference_note",
                "value", "value_usd", "currency", "year")


def reference_texts(df: pd.DataFrame) -> list[str]:
    """Per row of a figures frame: its comparison and note ('...; differs by more than 20%: likely ...'),
    the note alone where there is no comparison, '' where there is nothing to say. Plain text: charts
    escape it for Plotly (``charts.style.esc``), the app for markdown. Only rows with something to say
    are worded, so a chart's hover over 1,000 points costs little."""
    if "reference_series" not in df.columns:
        return [""] * len(df)
    columns = [c for c in TEXT_COLUMNS if c in df.columns]
    series = df["reference_series"].fillna("").to_numpy()
    notes = df["reference_note"].fillna("").to_numpy() if "reference_note" in df.columns else series
    out = [""] * len(df)
    values = {c: df[c].tolist() for c in columns}
    for pos in (i for i in range(len(df)) if series[i] or notes[i]):
        row = {c: values[c][pos] for c in columns}
        note = row.get("reference_note", "")
        note = "" if _missing(note) else str(note)
        out[pos] = "; ".join(t for t in (comparison_text(row), note) if t)
    return out
