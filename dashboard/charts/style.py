"""What every chart shares: colours, number formats, escaping, the low-confidence and planned looks,
the ids a click carries, and the common layout. Pure: no Streamlit, no I/O.

Every plotted point carries the ids of the figures behind it in ``customdata[0]`` (joined by
``|``), so a click can show exactly those source passages. Article text is untrusted: Plotly
renders ``<b>``, ``<a>`` and friends in labels and hover text, so every piece of article text
goes through :func:`esc` first and shows literally.

Low-confidence figures (``confidence`` below ``schema.LOW_CONFIDENCE``) look different on every
chart: faded (LOW_OPACITY) and hollow markers, hatched bars, or a grey ring where a hollow marker
already means a budget stage; a legend entry or note says "low confidence (< 0.6)", and the hover
text says "confidence 0.55 (low)". Personnel plans and targets (``stage`` "planned") are drawn
apart from current levels (diamonds, legend "planned / target") and never count as a level.
"""

from __future__ import annotations

import html
import math
import re

import pandas as pd
import plotly.graph_objects as go

from dashboard.schema import LOW_CONFIDENCE, PLANNED

PALETTE = ["#1f5f99", "#c2452d", "#2e8b57", "#8a5cb8", "#d08a1e", "#3b9bb3", "#a3386c", "#6b7c2f",
           "#5d6d7e", "#b5651d"]
STAGE_SYMBOLS = {"proposed": "circle-open", "requested": "diamond-open", "approved": "circle", "": "square"}
FONT = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"
SELECTED_IDS_SEP = "|"
LOW_OPACITY = 0.4
LOW_LABEL = f"low confidence (< {LOW_CONFIDENCE:g})"
LOW_NAME = html.escape(LOW_LABEL, quote=False)  # as Plotly text (legend names, hover): "<" shows literally
LOW_PATTERN = "/"
PLANNED_LABEL = "planned / target"
CURRENT_SYMBOL, PLANNED_SYMBOL = "circle", "diamond"


# Control characters that reorder or hide text: C0/C1 controls (bar tab and line breaks) and the bidi
# embeddings, overrides, isolates and marks. A file name "invoice\u202etxt.exe" would otherwise show as
# "invoiceexe.txt".
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible_controls(text: object) -> str:
    r"""Untrusted text with every control and bidi character shown as a visible escape.

    >>> print(visible_controls("invoice\u202etxt.exe\x07"))
    invoice\u202etxt.exe\u0007
    """
    return _CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", str(text))


def esc(text: object, limit: int = 0) -> str:
    """Text safe for Plotly labels and hover: HTML-escaped (so tags show literally), control and bidi
    characters made visible, shortened."""
    s = "" if text is None or (isinstance(text, float) and math.isnan(text)) else visible_controls(text)
    s = " ".join(s.split())
    if limit and len(s) > limit:
        s = s[: limit - 1].rstrip() + "\u2026"
    return html.escape(s, quote=False)


def fmt_value(value: float | None, unit: str = "") -> str:
    """28500 -> '28,500'; 6.63e13 KRW -> '66.3 trillion KRW'; 8.2 percent -> '8.2%'."""
    if value is None or pd.isna(value):
        return "n/a"
    if unit == "percent":
        return f"{value:g}%"
    sign = "-" if value < 0 else ""
    v = abs(float(value))
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if v >= size and unit not in ("persons", ""):
            return f"{sign}{v / size:,.3g} {word} {unit}".strip()
    if unit == "persons" or not unit:
        return f"{sign}{v:,.0f}" if v >= 100 else f"{sign}{v:g}"
    return f"{sign}{v:,.0f} {unit}"


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
    return {"type": "linear", "range": [0, ticks[-1]], "tickmode": "array", "tickvals": ticks,
            "ticktext": [short_amount(t) for t in ticks], "rangemode": "tozero"}


def is_low(confidence: object) -> bool:
    """True for a confidence below LOW_CONFIDENCE; an unknown confidence is not flagged."""
    try:
        return not pd.isna(confidence) and float(confidence) < LOW_CONFIDENCE  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def confidence_note(confidence: object) -> str:
    """'confidence 0.55 (low)', 'confidence 0.85', or 'confidence not known'.

    >>> confidence_note(0.55), confidence_note(1.0), confidence_note(None)
    ('confidence 0.55 (low)', 'confidence 1', 'confidence not known')
    """
    try:
        if pd.isna(confidence):
            return "confidence not known"
        value = float(confidence)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "confidence not known"
    return f"confidence {round(value, 2):g}" + (" (low)" if value < LOW_CONFIDENCE else "")


def low_mask(rows: pd.DataFrame) -> pd.Series:
    """Per row: is the figure low confidence (False where confidence is missing)."""
    if "confidence" not in rows.columns:
        return pd.Series(False, index=rows.index)
    return (pd.to_numeric(rows["confidence"], errors="coerce") < LOW_CONFIDENCE).fillna(False).astype(bool)


def planned_mask(rows: pd.DataFrame) -> pd.Series:
    """Per row: is the figure a plan or target (stage "planned") rather than a stated current level."""
    if "stage" not in rows.columns:
        return pd.Series(False, index=rows.index)
    return (rows["stage"] == PLANNED).fillna(False).astype(bool)


def _hollow(symbol: str, low: bool) -> str:
    return f"{symbol}-open" if low and not symbol.endswith("-open") else symbol


def faded(color: str, low: bool = True) -> str:
    """``color`` ("#1f5f99") at LOW_OPACITY as "rgba(...)" when ``low``, else unchanged.

    Faded by colour, not by ``marker.opacity``: a per-point opacity array on a trace that also has
    text stops Plotly's click selection from reaching Streamlit (seen with bars in Chromium).
    """
    if not low:
        return color
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{LOW_OPACITY})"


def is_faded(color: object) -> bool:
    return str(color).startswith("rgba(")


def _legend_note(kind: str) -> go.Scatter:
    """A legend entry without a visible point: explains a look (low confidence) that other traces use.

    One null point, not an empty trace: Plotly leaves empty traces out of the legend. Always a
    scatter, even for bars: a null bar would still add an (empty) bar element to the chart.
    """
    if kind == "bar-low":
        return go.Scatter(x=[None], y=[None], mode="markers", name=f"{LOW_NAME}: faded, hatched", hoverinfo="skip",
                          marker={"symbol": "square", "size": 14, "color": PALETTE[0], "opacity": LOW_OPACITY})
    if kind == "ring-low":
        return go.Scatter(x=[None], y=[None], mode="markers", name=LOW_NAME, hoverinfo="skip", marker={
            "symbol": "circle-open", "size": 18, "color": "#888", "line": {"width": 1.5}})
    return go.Scatter(x=[None], y=[None], mode="markers", name=LOW_NAME, hoverinfo="skip", marker={
        "symbol": "circle-open", "size": 11, "color": "#555", "opacity": LOW_OPACITY + 0.2, "line": {"width": 2}})


MAX_IDS_PER_POINT = 50
MAX_POINTS = 1000  # per chart: more points are unreadable, and each costs rerun time
COUNTRY_TOKEN = "@country="  # noqa: S105 - not a secret; a click on a whole country; "@" never occurs in a figure id


def _ids(rows: pd.DataFrame) -> str:
    """The figure ids behind one plotted point (at most MAX_IDS_PER_POINT: a click shows passages, and
    nobody reads more than that under one bar; without the cap a bar over 10,000 claims would carry
    them all to the browser)."""
    return SELECTED_IDS_SEP.join(rows["figure_id"].head(MAX_IDS_PER_POINT).astype(str))


def _most_recent(rows: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """At most MAX_POINTS rows (the most recently published), and a title note when some were left out."""
    if len(rows) <= MAX_POINTS:
        return rows, ""
    kept = rows.sort_values(["published", "start"]).tail(MAX_POINTS)
    return kept, f" (the {MAX_POINTS:,} most recent of {len(rows):,} claims)"


def _hover_quote(rows: pd.DataFrame) -> str:
    """One escaped line per claim: the quote and where it comes from (at most three)."""
    lines = []
    for r in rows.head(3).itertuples():
        source = " · ".join(x for x in (esc(r.publisher, 40), esc(r.published)) if x)
        stage = " · planned / target" if getattr(r, "stage", "") == PLANNED else ""
        lines.append(f"\u201c{esc(r.passage if len(str(r.quote)) < 12 else r.quote, 110)}\u201d<br><i>{source}</i>"
                     f" · {confidence_note(getattr(r, 'confidence', None))}{stage}"
                     + status_note(r.status, r.original_value, r.unit))
    more = f"<br>+{len(rows) - 3} more" if len(rows) > 3 else ""
    return "<br>".join(lines) + more


def status_note(status: str, original: float | None = None, unit: str = "") -> str:
    """' [corrected, was 54,000]' after a reviewed claim in hover text; '' for an unreviewed one."""
    if not status or status == "extracted":
        return ""
    was = f", was {fmt_value(original, unit)}" if status == "corrected" and original is not None and not pd.isna(
        original) else ""
    return f" <b>[{esc(status)}{esc(was)}]</b>"


def _base_layout(fig: go.Figure, title: str, height: int = 420) -> go.Figure:
    fig.update_layout(
        title={"text": esc(title), "x": 0, "xanchor": "left", "font": {"size": 16}},
        height=height, margin={"l": 10, "r": 10, "t": 50, "b": 10}, font={"family": FONT, "size": 13},
        hoverlabel={"align": "left", "font": {"family": FONT}}, plot_bgcolor="white", paper_bgcolor="white",
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right", "x": 1},
        clickmode="event+select", dragmode=False,
    )
    return fig


def empty_figure(message: str) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=esc(message), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper",
                       font={"size": 14, "color": "#555"})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _base_layout(fig, "", height=200)



def selected_ids(event: object) -> list[str]:
    """Figure ids behind the points a user clicked (from st.plotly_chart's selection event)."""
    try:
        points = event["selection"]["points"]  # type: ignore[index]
    except (KeyError, TypeError):
        return []
    ids: list[str] = []
    for p in points or []:
        data = p.get("customdata")
        if isinstance(data, list | tuple) and data:
            data = data[0]
        if isinstance(data, str) and data:
            ids.extend(x for x in data.split(SELECTED_IDS_SEP) if x)
    return list(dict.fromkeys(ids))


def pair_label(owner: str, host: str) -> str:
    """'USA \u2192 KOR'; a deployment across several hosts reads 'USA \u2192 several hosts'."""
    return f"{owner} \u2192 {host or 'several hosts'}"
