"""How chart numbers read: values as the article hedged them, and axes of money with round ticks.

In: a value (with its unit, qualifier and range) or a column of amounts. Out: display text
('about 28,500', '66.3 trillion KRW', '20,000 to 30,000') or Plotly axis settings. Pure: no
Streamlit, no I/O. The rest of the shared looks: :mod:`dashboard.charts.style`.
"""

from __future__ import annotations

import math

import pandas as pd


def fmt_value(value: float | None, unit: str = "") -> str:
    """28500 -> '28,500'; 6.63e13 KRW -> '66.3 trillion KRW'; 8.2 percent -> '8.2%'.

    Amounts keep the decimals the article gave, to three ('110,5 milliarder kroner' is '110.5 billion NOK', never
    '110 billion'), and drop trailing zeros.

    >>> fmt_value(1.105e11, "NOK"), fmt_value(6.63e13, "KRW"), fmt_value(2.773004221e9, "USD"), fmt_value(5e9, "USD")
    ('110.5 billion NOK', '66.3 trillion KRW', '2.773 billion USD', '5 billion USD')
    """
    if value is None or pd.isna(value):
        return "n/a"
    if unit == "percent":
        return f"{value:g}%"
    sign = "-" if value < 0 else ""
    v = abs(float(value))
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if v >= size and unit not in ("persons", ""):
            return f"{sign}{_decimals(v / size)} {word} {unit}".strip()
    if unit == "persons" or not unit:
        return f"{sign}{v:,.0f}" if v >= 100 else f"{sign}{v:g}"
    return f"{sign}{v:,.0f} {unit}"


def _decimals(x: float) -> str:
    """x with at most three decimals and no trailing zeros: 110.5 -> '110.5', 66.30 -> '66.3', 5.0 -> '5'."""
    return f"{x:,.3f}".rstrip("0").rstrip(".")


HEDGES = {"approx": "about {}", "lower_bound": "more than {}", "upper_bound": "up to {}"}


def _missing(x: object) -> bool:
    try:
        return x is None or bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def hedged_value(value: float | None, unit: str = "", qualifier: object = "", low: object = None,
                 high: object = None) -> str:
    """The value as the article hedged it: 'about 28,500', 'more than 1 million', '20,000 to 30,000'.

    >>> hedged_value(28500, "persons", "approx"), hedged_value(5e9, "USD", "lower_bound")
    ('about 28,500', 'more than 5 billion USD')
    >>> hedged_value(25000, "persons", "range", 20000, 30000)
    '20,000 to 30,000'
    """
    q = "" if _missing(qualifier) else str(qualifier)
    if q == "range" and not _missing(low) and not _missing(high):
        return f"{fmt_value(low, unit)} to {fmt_value(high, unit)}"  # type: ignore[arg-type]
    text = fmt_value(value, unit)
    return HEDGES[q].format(text) if q in HEDGES and text != "n/a" else text


def _hedges(rows: pd.DataFrame, unit: str | None = None) -> list[str]:
    """hedged_value per row (``unit`` overrides the rows' own unit column)."""
    n = len(rows)
    col = lambda c: rows[c].tolist() if c in rows.columns else [None] * n  # noqa: E731
    units = [unit] * n if unit is not None else [u if isinstance(u, str) else "" for u in col("unit")]
    return [hedged_value(v, u, q, lo, hi) for v, u, q, lo, hi in
            zip(col("value"), units, col("qualifier"), col("low"), col("high"), strict=True)]


def nice_step(span: float, target: int = 5) -> float:
    """A round tick step (1, 2, 2.5 or 5 times a power of ten) giving about ``target`` ticks over ``span``."""
    if not span or span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / target
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 2.5, 5, 10) if raw <= m * magnitude * (1 + 1e-9))


def short_amount(value: float) -> str:
    """A tick label: 6e9 -> '6B', 2.5e12 -> '2.5T', 750000 -> '750k', 0 -> '0'."""
    v = abs(value)
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if v >= size:
            return f"{value / size:,.4g}{suffix}"
    return f"{value:,.4g}"


def money_axis(values: list[float] | pd.Series) -> dict:
    """Axis settings for amounts of one currency: from zero, round ticks labelled '2B', '4B', ...

    Explicit ticks, so a single value (or two values 0.06% apart) gets an axis from 0 to a little
    above it, not a range a fraction of a percent wide labelled '6.2132201475B'.
    """
    finite = [float(v) for v in values if not _missing(v) and math.isfinite(float(v))]
    top = max([v for v in finite if v > 0], default=1.0)
    step = nice_step(top)
    ticks = [i * step for i in range(int(math.floor(top / step + 1e-9)) + 2)]
    if ticks[-1] < top * 1.05:  # (29.9 billion under a top tick of 30 billion was drawn half cut off: a browser audit)
        ticks.append(ticks[-1] + step)
    return {"type": "linear", "range": [0, ticks[-1]], "tickmode": "array", "tickvals": ticks,
            "ticktext": [short_amount(t) for t in ticks], "rangemode": "tozero"}
