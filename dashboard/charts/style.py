"""What every chart shares: colours, escaping, the low-confidence and planned looks,
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

Number formats and money axes are in :mod:`dashboard.charts.formats` and re-exported here.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.formats import (  # noqa: F401 - re-exported: the chart modules import them from here
    HEDGES,
    _hedges,
    _missing,
    fmt_value,
    hedged_value,
    money_axis,
    nice_step,
    short_amount,
)
from dashboard.schema import LOW_CONFIDENCE, METRICS, PLANNED

PALETTE = ["#1f5f99", "#c2452d", "#2e8b57", "#8a5cb8", "#d08a1e", "#3b9bb3", "#a3386c", "#6b7c2f",
           "#5d6d7e", "#b5651d"]


def metric_color(metric: str) -> str:
    """A metric's own colour, by its place among the declared metrics: the same on every chart and for every
    library (a colour taken from the metrics present changed as articles were added)."""
    keys = list(METRICS)
    return PALETTE[(keys.index(metric) if metric in keys else len(keys)) % len(PALETTE)]


STAGE_SYMBOLS = {"proposed": "circle-open", "requested": "diamond-open", "approved": "circle", "": "square"}
FONT = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"
SELECTED_IDS_SEP = "|"
LOW_OPACITY = 0.4
LOW_LABEL = f"low confidence (< {LOW_CONFIDENCE:g})"
LOW_NAME = html.escape(LOW_LABEL, quote=False)  # as Plotly text (legend names, hover): "<" shows literally
LOW_PATTERN = "/"
# The order that makes the last row of a group its latest figure: the newest year and article, and within one article
# the surest figure, not the last in the text (a browser audit saw a low-confidence side amount become the latest)
LATEST_ORDER = ["year", "published", "confidence", "start"]
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


def pair_label(owner: str, host: str, name: Callable[[str], str] = str) -> str:
    """'United States \u2192 South Korea' with ``name`` turning a code into a name (the codes themselves by
    default); a deployment across several hosts reads 'United States \u2192 several hosts'. Not escaped."""
    return f"{name(owner)} \u2192 {name(host) if host else 'several hosts'}"
