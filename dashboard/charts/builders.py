"""Chart builders: tidy figures DataFrame in, plotly Figure out. Pure: no Streamlit, no I/O.

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
from plotly.subplots import make_subplots

from dashboard.schema import LOW_CONFIDENCE, METRICS, PLANNED, metrics_where

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


# ---------------------------------------------------------------------------
# Overview
# ---------------------------------------------------------------------------


def world_map(df: pd.DataFrame) -> go.Figure:
    """Choropleth of how many figures each country has (owner side), one location per country.

    A country whose figures are all low confidence is faded, and the hover says how many are low.
    """
    rows = df[df["country_iso3"].str.len() == 3].assign(low_flag=low_mask(df))
    counts = rows.groupby(["country_iso3", "country"]).agg(figures=("figure_id", "size"),
                                                            low=("low_flag", "sum")).reset_index()
    counts["ids"] = COUNTRY_TOKEN + counts["country_iso3"]
    all_low = counts["low"] == counts["figures"]
    counts["note"] = [f", {n} {LOW_NAME}" if n else "" for n in counts["low"]]
    fig = go.Figure(go.Choropleth(
        locations=counts["country_iso3"], locationmode="ISO-3", z=counts["figures"],
        text=[esc(c) for c in counts["country"]], customdata=counts[["ids", "note"]].to_numpy(),
        colorscale=[[0, "#cfe0f1"], [1, "#1f5f99"]], marker_line_color="white", marker_line_width=0.5,
        marker_opacity=[LOW_OPACITY if low else 1.0 for low in all_low],
        colorbar={"title": {"text": "figures"}, "thickness": 12, "tickformat": ",d", "tickmode": "linear",
                  "tick0": 0, "dtick": max(1, int(nice_step(float(counts["figures"].max() or 1))))},
        hovertemplate="<b>%{text}</b><br>%{z} figure(s)%{customdata[1]}<extra></extra>",
    ))
    fig.update_geos(showcountries=True, countrycolor="#bbb", showcoastlines=False, showframe=False,
                    projection_type="natural earth", fitbounds=False, landcolor="#f2f2f2", showland=True)
    title = "Countries with figures" + (f" (faded: only {LOW_LABEL} figures)" if all_low.any() else "")
    return _base_layout(fig, title, height=380)


def latest_per_country_metric(df: pd.DataFrame) -> pd.DataFrame:
    """The latest figure per country and metric (by year, then published date); a plan or target is
    kept apart from the latest stated level (a 2030 target is not the current strength)."""
    if df.empty:
        return df
    ordered = df.assign(planned_flag=planned_mask(df)).sort_values(["year", "published", "start"], na_position="first")
    latest = ordered.groupby(["country_iso3", "metric", "host_iso3", "planned_flag"], as_index=False).tail(1)
    return latest.drop(columns="planned_flag")


# ---------------------------------------------------------------------------
# Troop strength abroad
# ---------------------------------------------------------------------------


def _pair_label(owner: str, host: str) -> str:
    return f"{owner} \u2192 {host or 'several hosts'}"


def _latest_levels(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per owner -> host pair: the latest claim's value and confidence, and every claim of its year."""
    out = []
    for (owner, host), group in rows.groupby(["country_iso3", "host_iso3"]):
        latest = group.sort_values(["year", "published", "start"], na_position="first").iloc[-1]
        same_year = group[group["year"] == latest["year"]] if pd.notna(latest["year"]) else group
        confidence = latest.get("confidence", pd.NA)
        out.append({
            "label": _pair_label(owner, host), "value": latest["value"],
            "year": "year not stated" if pd.isna(latest["year"]) else int(latest["year"]),
            "names": f"{esc(latest['country'])} in {esc(host) if host else 'several hosts'}", "claims": len(group),
            "ids": _ids(same_year), "hover": _hover_quote(same_year), "low": is_low(confidence),
            "confidence": confidence_note(confidence), "amount": _hedges(latest.to_frame().T, "persons")[0],
        })
    return pd.DataFrame(out, columns=["label", "value", "year", "names", "claims", "ids", "hover", "low",
                                      "confidence", "amount"])


def deployment_bars(df: pd.DataFrame) -> go.Figure:
    """Owner -> host bars of the latest stated level; every claim for the pair rides in customdata.

    Low-confidence bars are faded and hatched. Plans and targets are diamonds beside the bars
    (a pair with only a plan gets a diamond and no bar).
    """
    rows = df[df["metric"].isin(metrics_where(needs_host=True))]
    if rows.empty:
        return empty_figure("No troop deployments match the filters.")
    planned = planned_mask(rows)
    table = _latest_levels(rows[~planned]).sort_values(["low", "value"])  # legend shows the first bar's look
    plans = _latest_levels(rows[planned])
    order = pd.concat([table[["label", "value"]], plans[~plans["label"].isin(table["label"])][["label", "value"]]])
    order = order.sort_values("value")["label"].tolist()
    fig = go.Figure()
    hover = ("<b>%{customdata[1]}</b>, %{customdata[2]}<br>%{customdata[6]} troops{what} · %{customdata[5]}"
             "<br>%{customdata[3]}<extra>%{customdata[4]} claim(s)</extra>")
    columns = ["ids", "names", "year", "hover", "claims", "confidence", "amount"]
    if not table.empty:
        low = table["low"].tolist()
        fig.add_trace(go.Bar(
            x=table["value"], y=table["label"], orientation="h", name="latest stated level",
            marker={"color": [faded(PALETTE[0], x) for x in low],
                    "pattern": {"shape": [LOW_PATTERN if x else "" for x in low], "fillmode": "overlay",
                                "fgcolor": "white", "size": 8}},
            text=[fmt_value(v, "persons") for v in table["value"]], textposition="auto",
            customdata=table[columns].to_numpy(), hovertemplate=hover.replace("{what}", ""),
        ))
    if not plans.empty:
        fig.add_trace(go.Scatter(
            x=plans["value"], y=plans["label"], mode="markers", name=PLANNED_LABEL,
            marker={"symbol": [_hollow(PLANNED_SYMBOL, x) for x in plans["low"]], "size": 14,
                    "color": [faded(PALETTE[3], x) for x in plans["low"]],
                    "line": {"width": 2, "color": [faded(PALETTE[3], x) for x in plans["low"]]}},
            customdata=plans[columns].to_numpy(), hovertemplate=hover.replace("{what}", " planned / target"),
        ))
    if table["low"].any():
        fig.add_trace(_legend_note("bar-low"))
    elif plans["low"].any():
        fig.add_trace(_legend_note("marker-low"))
    fig.update_xaxes(title_text="troops (latest stated level)", tickformat=",", gridcolor="#eee", rangemode="tozero")
    fig.update_yaxes(title_text="owner \u2192 host", type="category", categoryorder="array", categoryarray=order)
    fig.update_layout(barmode="overlay", showlegend=True)
    return _base_layout(fig, "Troops deployed abroad", height=max(260, 60 + 38 * len(order)))


def deployment_map(df: pd.DataFrame, points: dict[str, tuple[float, float]]) -> go.Figure:
    """Lines from the country that owns the troops to the host, width by the stated level.

    Low-confidence lines are faded and dotted, their host markers hollow; plans and targets are
    dashed lines to a diamond.
    """
    rows = df[df["metric"].isin(metrics_where(needs_host=True))]
    fig = go.Figure()
    if rows.empty:
        return empty_figure("No troop deployments match the filters.")
    rows = rows.assign(planned_flag=planned_mask(rows), low_flag=low_mask(rows))
    latest = rows.sort_values(["year", "published", "start"], na_position="first").groupby(
        ["country_iso3", "host_iso3", "planned_flag"]).tail(1)
    top = max(float(latest["value"].max()), 1.0)
    missing = []
    shown: set[str] = set()
    for r in latest.itertuples():
        a, b = points.get(r.country_iso3), points.get(r.host_iso3)
        if not a or not b:
            missing.append(_pair_label(r.country_iso3, r.host_iso3))
            continue
        kind = PLANNED_LABEL if r.planned_flag else "stated level"
        dash = "dash" if r.planned_flag else ("dot" if r.low_flag else "solid")
        fig.add_trace(go.Scattergeo(
            lat=[a[0], b[0]], lon=[a[1], b[1]], mode="lines",
            line={"width": 1.5 + 8 * float(r.value) / top, "color": PALETTE[3] if r.planned_flag else PALETTE[1],
                  "dash": dash},
            opacity=0.3 if r.low_flag else 0.75, hoverinfo="skip", name=kind, legendgroup=kind,
            showlegend=kind not in shown,
        ))
        shown.add(kind)
    hosts = latest[latest["host_iso3"].isin(points)]
    fig.add_trace(go.Scattergeo(
        lat=[points[h][0] for h in hosts["host_iso3"]], lon=[points[h][1] for h in hosts["host_iso3"]],
        mode="markers+text", text=[esc(h) for h in hosts["host_iso3"]], textposition="top center",
        marker={"size": [11 if p else 9 for p in hosts["planned_flag"]],
                "color": [faded(PALETTE[1], low) for low in hosts["low_flag"]],
                "symbol": [_hollow(PLANNED_SYMBOL if p else CURRENT_SYMBOL, low)
                           for p, low in zip(hosts["planned_flag"], hosts["low_flag"], strict=True)],
                "line": {"width": 2, "color": [faded(PALETTE[1], low) for low in hosts["low_flag"]]}},
        showlegend=False,
        customdata=[[fid, esc(c), esc(h), v + (" planned / target" if p else ""),
                     confidence_note(conf)]
                    for fid, c, h, v, p, conf in zip(hosts["figure_id"], hosts["country"], hosts["host_iso3"],
                                                     _hedges(hosts, "persons"), hosts["planned_flag"],
                                                     hosts.get("confidence", pd.Series(pd.NA, index=hosts.index)),
                                                     strict=True)],
        hovertemplate="<b>%{customdata[1]}</b> troops in %{customdata[2]}: %{customdata[3]}"
                      "<br>%{customdata[4]}<extra></extra>",
    ))
    owners = latest[latest["country_iso3"].isin(points)].drop_duplicates("country_iso3")
    fig.add_trace(go.Scattergeo(
        lat=[points[o][0] for o in owners["country_iso3"]], lon=[points[o][1] for o in owners["country_iso3"]],
        mode="markers", marker={"size": 8, "color": PALETTE[0], "symbol": "square"}, showlegend=False,
        customdata=[[fid, esc(c)] for fid, c in zip(owners["figure_id"], owners["country"], strict=True)],
        hovertemplate="<b>%{customdata[1]}</b> (troops abroad)<extra></extra>",
    ))
    if latest["low_flag"].any():
        fig.add_trace(go.Scattergeo(lat=[None], lon=[None], mode="lines", name=LOW_NAME,
                                    line={"color": PALETTE[1], "dash": "dot", "width": 3}, opacity=0.3))
    ends = [points[c] for c in set(latest["country_iso3"]) | set(latest["host_iso3"]) if c in points]
    fig.update_geos(showcountries=True, countrycolor="#bbb", showcoastlines=False, showframe=False,
                    projection_type="natural earth", fitbounds=False, landcolor="#f2f2f2", showland=True,
                    projection_rotation_lon=_central_longitude(ends))
    title = "Where the troops are" + (f" (no map point for {', '.join(missing)})" if missing else "")
    fig = _base_layout(fig, title, height=380)
    fig.update_layout(showlegend=len(shown) > 1 or bool(latest["low_flag"].any()),
                      legend={"orientation": "h", "yanchor": "top", "y": 0, "xanchor": "left", "x": 0})
    return fig


def _central_longitude(latlons: list[tuple[float, float]]) -> float:
    """The longitude to centre a world map on so lines between these points do not wrap around its edge."""
    if not latlons:
        return 0.0
    x = sum(math.cos(math.radians(lat)) * math.cos(math.radians(lon)) for lat, lon in latlons)
    y = sum(math.cos(math.radians(lat)) * math.sin(math.radians(lon)) for lat, lon in latlons)
    return round(math.degrees(math.atan2(y, x)), 1) if (x or y) else 0.0


def level_over_time(df: pd.DataFrame, metric: str, key_cols: list[str]) -> go.Figure | None:
    """Lines of a level by year, one per key, when some key has more than one year; else None.

    Lines join stated levels only; plans and targets are diamonds of the key's colour. A year whose
    claims are mostly low confidence (median below the threshold) has a faded, hollow marker.
    """
    rows = df[(df["metric"] == metric) & df["year"].notna()]
    if rows.empty or rows.groupby(key_cols)["year"].nunique().max() < 2:
        return None
    rows = rows.assign(planned_flag=planned_mask(rows))
    if "confidence" not in rows.columns:
        rows = rows.assign(confidence=pd.NA)
    fig = go.Figure()
    any_low = any_planned = False
    for i, (key, group) in enumerate(rows.groupby(key_cols)):
        key = key if isinstance(key, tuple) else (key,)
        name = _pair_label(*key) if len(key) == 2 else key[0]
        color = PALETTE[i % len(PALETTE)]
        for planned, part in group.groupby("planned_flag"):
            per_year = part.sort_values("year").groupby("year")
            years = list(per_year.groups)
            conf = [pd.to_numeric(g["confidence"], errors="coerce").median() for _, g in per_year]
            low = [is_low(c) for c in conf]
            any_low, any_planned = any_low or any(low), any_planned or bool(planned)
            label = f"{name} ({PLANNED_LABEL})" if planned else name
            fig.add_trace(go.Scatter(
                x=years, y=[g["value"].median() for _, g in per_year], mode="markers" if planned else "lines+markers",
                name=esc(label), line={"color": color},
                marker={"symbol": [_hollow(PLANNED_SYMBOL if planned else CURRENT_SYMBOL, x) for x in low],
                        "size": 12 if planned else 9, "color": [faded(color, x) for x in low],
                        "line": {"width": 2, "color": [faded(color, x) for x in low]}},
                customdata=[[_ids(g), _hover_quote(g), confidence_note(c)] for (_, g), c in zip(per_year, conf,
                                                                                                 strict=True)],
                hovertemplate="%{x}: %{y:,.0f}" + (" planned / target" if planned else "")
                              + " · median %{customdata[2]}<br>%{customdata[1]}<extra>" + esc(name) + "</extra>",
            ))
    if any_low:
        fig.add_trace(_legend_note("marker-low"))
    fig.update_xaxes(title_text="year", dtick=1, gridcolor="#eee")
    fig.update_yaxes(title_text=METRICS[metric].axis if metric in METRICS else "", tickformat=",", gridcolor="#eee",
                     rangemode="tozero")
    fig = _base_layout(fig, "Level over time (median of claims per year)", height=340 + 22 * len(fig.data))
    # below the plot: in a narrow column a legend above it runs into the title; shown for one line too
    fig.update_layout(showlegend=True, legend={"orientation": "h", "yanchor": "top", "y": -0.2, "xanchor": "left", "x": 0})
    return fig


# ---------------------------------------------------------------------------
# Active forces
# ---------------------------------------------------------------------------


def personnel_claims(df: pd.DataFrame) -> go.Figure:
    """Every claim of active or reserve strength as a point (one per article figure), per country.

    Where sources disagree the points spread out; a grey bar spans the lowest to the highest
    stated current level, and error bars show each claim's own range or hedge. Colour is the
    metric, shape the stage (circle: stated level, diamond: plan or target); low-confidence
    claims are faded and hollow.
    """
    kinds = metrics_where(page="active")
    rows = df[df["metric"].isin(kinds)]
    if rows.empty:
        return empty_figure("No active or reserve personnel figures match the filters.")
    rows, note = _most_recent(rows)
    rows = rows.assign(planned_flag=planned_mask(rows), low_flag=low_mask(rows))
    if "confidence" not in rows.columns:
        rows = rows.assign(confidence=pd.NA)
    order = (rows.groupby("country")["value"].max().sort_values(ascending=False)).index.tolist()
    fig = go.Figure()
    spread = rows[~rows["planned_flag"]].groupby(["country", "metric"])["value"].agg(["min", "max", "count"]).reset_index()
    spread = spread[spread["count"] > 1]
    for r in spread.itertuples():
        fig.add_trace(go.Scatter(
            x=[r.min, r.max], y=[esc(r.country), esc(r.country)], mode="lines",
            line={"color": "#bbb", "width": 10}, opacity=0.5, hoverinfo="skip", showlegend=False,
        ))
    for i, metric in enumerate(kinds):
        for planned in (False, True):
            m = rows[(rows["metric"] == metric) & (rows["planned_flag"] == planned)].sort_values(
                "low_flag", kind="stable")  # the legend draws the first point's look: a confident one if any
            if m.empty:
                continue
            err_plus = (m["high"] - m["value"]).where(m["high"].notna(), 0)
            err_minus = (m["value"] - m["low"]).where(m["low"].notna(), 0)
            symbol = PLANNED_SYMBOL if planned else CURRENT_SYMBOL
            fig.add_trace(go.Scatter(
                x=m["value"], y=[esc(c) for c in m["country"]], mode="markers",
                name=METRICS[metric].label + (f" ({PLANNED_LABEL})" if planned else ""),
                marker={"size": 14 if planned else 12, "color": [faded(PALETTE[i], x) for x in m["low_flag"]],
                        "symbol": [_hollow(symbol, x) for x in m["low_flag"]],
                        "line": {"color": [faded(PALETTE[i]) if x else "white" for x in m["low_flag"]],
                                 "width": [2 if x else 1 for x in m["low_flag"]]}},
                error_x={"type": "data", "array": err_plus.fillna(0).astype(float), "arrayminus":
                         err_minus.fillna(0).astype(float), "visible": True, "color": PALETTE[i]},
                customdata=[[fid, esc(q, 120), esc(p, 40), esc(d), "" if pd.isna(y) else int(y),
                             status_note(s, o, "persons"), confidence_note(c), amount]
                            for fid, q, p, d, y, s, o, c, amount in zip(
                                m["figure_id"], m["passage"], m["publisher"], m["published"], m["year"],
                                m["status"], m["original_value"], m["confidence"], _hedges(m, "persons"),
                                strict=True)],
                hovertemplate="<b>%{y}</b>, %{customdata[4]}: %{customdata[7]}"
                              + (" planned / target" if planned else "")
                              + "%{customdata[5]} · %{customdata[6]}<br>\u201c%{customdata[1]}\u201d"
                              "<br><i>%{customdata[2]} · %{customdata[3]}</i><extra></extra>",
            ))
    if rows["low_flag"].any():
        fig.add_trace(_legend_note("marker-low"))
    fig.update_xaxes(title_text="personnel (each point is one article's claim)", tickformat=",",
                     gridcolor="#eee", rangemode="tozero")
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=[esc(c) for c in order][::-1])
    fig.update_layout(showlegend=True)
    return _base_layout(fig, "Active and reserve personnel: every claim" + note, height=max(280, 80 + 45 * len(order)))


# ---------------------------------------------------------------------------
# Budgets
# ---------------------------------------------------------------------------


MAX_CURRENCY_PANELS = 4  # one panel per currency; more are unreadable: the rest is named in the title
LOG_RATIO = 20  # a panel whose largest amount is this many times its smallest gets a log axis


def _amount_axis(values: pd.Series, title: str) -> dict:
    """A budget panel's y axis: from zero with round ticks, or log when amounts span orders of magnitude.

    A log axis autoranges to the data, so two amounts 0.06% apart would fill it: it is only used
    when the amounts differ by at least LOG_RATIO times, and then spans at least one decade.
    """
    positive = [float(v) for v in values if not _missing(v) and float(v) > 0]
    if positive and max(positive) / min(positive) >= LOG_RATIO:
        lo, hi = math.log10(min(positive)), math.log10(max(positive))
        pad = max(0.15, (1 - (hi - lo)) / 2)
        return {"type": "log", "range": [lo - pad, hi + pad], "title_text": f"{title} (log scale)",
                "exponentformat": "B"}
    return {**money_axis(values), "title_text": title}


def budget_timeline(df: pd.DataFrame, in_usd: bool) -> go.Figure:
    """Defense budgets by fiscal year per country, with qualitative trend claims on the same years.

    Top: budget figures, one panel per currency (amounts in different currencies never share an
    axis; each axis says its currency), or one panel in US dollars. Symbols keep proposed /
    requested / approved apart, so a low-confidence budget is faded inside a grey ring rather than
    hollow. Bottom: claims without a number ("largest defense budget increase in years") as up/down
    triangles, hollow and faded when low confidence. Hover text keeps the article's hedge ("about").
    """
    budgets = df[df["metric"].isin(metrics_where(page="budgets", unit="currency", change=False)) & df["year"].notna()]
    if in_usd:
        budgets = budgets[budgets["value_usd"].notna()]
    trends = df[df["metric"].isin(metrics_where(page="budgets", qualitative=True)) & df["year"].notna()]
    if budgets.empty and trends.empty:
        return empty_figure("No budget figures or trend claims match the filters.")
    budgets, note = _most_recent(budgets)
    trends, trend_note = _most_recent(trends)
    note = note or trend_note
    budgets = budgets.assign(low_flag=low_mask(budgets), axis_unit="USD" if in_usd else budgets["unit"].fillna(""))
    trends = trends.assign(low_flag=low_mask(trends))
    for frame in (budgets, trends):
        if "confidence" not in frame.columns:
            frame["confidence"] = pd.NA
    currencies = budgets["axis_unit"].value_counts().index.tolist()  # most figures first
    left_out = sorted(currencies[MAX_CURRENCY_PANELS:])
    currencies = sorted(currencies[:MAX_CURRENCY_PANELS])
    budgets = budgets[budgets["axis_unit"].isin(currencies)]
    if left_out:
        note += f" (not shown: {', '.join(esc(c) for c in left_out)}; switch to US dollars to see all)"
    n_rows = len(currencies) + (1 if not trends.empty else 0)
    if n_rows > 1:
        heights = [1.0] * len(currencies) + ([0.4] if not trends.empty else [])
        fig = make_subplots(rows=n_rows, cols=1, shared_xaxes=True, row_heights=heights, vertical_spacing=0.06)
    else:
        fig = make_subplots(rows=1, cols=1)
    claims_row = n_rows
    countries = sorted(set(budgets["country"]) | set(trends["country"]))
    colors = {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(countries)}
    value_col = "value_usd" if in_usd else "value"
    for (country, unit), group in budgets.groupby(["country", "axis_unit"]):
        row = currencies.index(unit) + 1
        group = group.sort_values(["year", "published"])
        name = f"{country} ({unit})"
        customdata = [[fid, esc(q, 120), esc(p, 40), esc(d), s or "stage not stated", esc(amount),
                       status_note(st_, o, c), confidence_note(conf)]
                      for fid, q, p, d, s, amount, c, st_, o, conf in zip(
                          group["figure_id"], group["passage"], group["publisher"], group["published"],
                          group["stage"], _hedges(group), group["unit"], group["status"], group["original_value"],
                          group["confidence"], strict=True)]
        usd = " (%{y:$,.3s} at the publication date's rate)" if in_usd else ""
        hover = ("<b>" + esc(country) + "</b> %{x}: %{customdata[5]}" + usd + " (%{customdata[4]})%{customdata[6]}"
                 " · %{customdata[7]}<br>\u201c%{customdata[1]}\u201d<br><i>%{customdata[2]} · %{customdata[3]}</i>"
                 "<extra></extra>")
        fig.add_trace(go.Scatter(
            x=group["year"].astype(int), y=group[value_col], mode="lines+markers", name=esc(name),
            line={"color": colors[country], "width": 1.5, "dash": "dot"},
            marker={"size": 11, "color": [faded(colors[country], x) for x in group["low_flag"]],
                    "symbol": [STAGE_SYMBOLS.get(s, "square") for s in group["stage"]],
                    "line": {"width": 2, "color": [faded(colors[country], x) for x in group["low_flag"]]}},
            customdata=customdata, hovertemplate=hover,
        ), row=row, col=1)
        low = group[group["low_flag"]]
        if not low.empty:  # the ring: hover and clicks fall through to the point inside it
            fig.add_trace(go.Scatter(
                x=low["year"].astype(int), y=low[value_col], mode="markers", name=LOW_NAME, legendgroup="low",
                showlegend=False, hoverinfo="skip",
                marker={"size": 20, "symbol": "circle-open", "color": "#888", "line": {"width": 1.5}},
            ), row=row, col=1)
    for direction, symbol in (("increase", "triangle-up"), ("decrease", "triangle-down")):
        t = trends[trends["direction"] == direction]
        if t.empty:
            continue
        color = "#2e8b57" if direction == "increase" else "#c2452d"
        fig.add_trace(go.Scatter(
            x=t["year"].astype(int), y=[esc(c) for c in t["country"]], mode="markers+text",
            name=f"claimed {direction} (no figure)", text=[esc(q, 40) for q in t["quote"]],
            textposition="middle right", textfont={"size": 11, "color": "#333"},
            marker={"size": 16, "symbol": [_hollow(symbol, x) for x in t["low_flag"]],
                    "color": [faded(color, x) for x in t["low_flag"]],
                    "line": {"width": 2, "color": [faded(color, x) for x in t["low_flag"]]}},
            customdata=[[fid, esc(q, 140), esc(p, 40), esc(d), confidence_note(c)] for fid, q, p, d, c in
                        zip(t["figure_id"], t["passage"], t["publisher"], t["published"], t["confidence"],
                            strict=True)],
            hovertemplate="<b>%{y}</b> %{x}: " + direction + " claimed · %{customdata[4]}<br>\u201c%{customdata[1]}\u201d"
                          "<br><i>%{customdata[2]} · %{customdata[3]}</i><extra></extra>",
        ), row=claims_row, col=1)
    if budgets["low_flag"].any():
        fig.add_trace(_legend_note("ring-low"), row=1, col=1)
    elif trends["low_flag"].any():
        fig.add_trace(_legend_note("marker-low"), row=claims_row, col=1)
    years = pd.concat([budgets["year"], trends["year"]]).dropna().astype(int)
    fig.update_xaxes(dtick=1, gridcolor="#eee", range=[years.min() - 0.6, years.max() + 0.9])
    fig.update_xaxes(title_text="fiscal year", row=n_rows, col=1)
    for row, unit in enumerate(currencies, start=1):
        title = "US dollars" if in_usd else (unit or "currency not stated")
        fig.update_yaxes(gridcolor="#eee", row=row, col=1,
                         **_amount_axis(budgets.loc[budgets["axis_unit"] == unit, value_col], title))
    if not trends.empty:
        fig.update_yaxes(title_text="claims", type="category", row=claims_row, col=1)
    fig.update_layout(showlegend=True)  # a single country's line still says whose it is
    if not currencies:
        return _base_layout(fig, "Budget claims by fiscal year (no budget amounts under these filters)",
                            height=160 + 40 * trends["country"].nunique())
    return _base_layout(fig, "Defense budgets by fiscal year" + note,
                        height=420 + 220 * (len(currencies) - 1) + (100 if not trends.empty else 0))


def budget_changes(df: pd.DataFrame) -> go.Figure | None:
    """Year-on-year change claims (percent) by fiscal year and country; None when there are none.

    Low-confidence bars are faded and hatched."""
    rows = df[df["metric"].isin(metrics_where(page="budgets", unit="percent", change=True)) & df["year"].notna()]
    if rows.empty:
        return None
    rows, _ = _most_recent(rows)
    rows = rows.assign(low_flag=low_mask(rows))
    if "confidence" not in rows.columns:
        rows = rows.assign(confidence=pd.NA)
    fig = go.Figure()
    for i, (country, group) in enumerate(rows.groupby("country")):
        low = group["low_flag"].tolist()
        fig.add_trace(go.Bar(
            x=group["year"].astype(int), y=group["value"], name=esc(country),
            marker={"color": [faded(PALETTE[i % len(PALETTE)], x) for x in low],
                    "pattern": {"shape": [LOW_PATTERN if x else "" for x in low], "fillmode": "overlay",
                                "fgcolor": "white", "size": 8}},
            customdata=[[fid, esc(q, 120), esc(p, 40), confidence_note(c), hedge]
                        for fid, q, p, c, hedge in zip(group["figure_id"], group["passage"], group["publisher"],
                                                       group["confidence"], _change_texts(group), strict=True)],
            hovertemplate="<b>" + esc(country) + "</b> %{x}: %{customdata[4]} · %{customdata[3]}<br>\u201c%{customdata[1]}\u201d"
                          "<br><i>%{customdata[2]}</i><extra></extra>",
        ))
    fig.update_xaxes(title_text="fiscal year", dtick=1)
    fig.update_yaxes(title_text="change against previous year (%)", zeroline=True, zerolinecolor="#999",
                     gridcolor="#eee")
    fig.update_layout(barmode="group", showlegend=True)  # one country still says which country it is
    hatched = f" (hatched: {LOW_LABEL})" if rows["low_flag"].any() else ""  # a legend bar would take a slot per year
    return _base_layout(fig, "Year-on-year change (as stated)" + hatched, height=320)


def _change_texts(rows: pd.DataFrame) -> list[str]:
    """Each change as the article hedged it: '+8.2%', 'about +8.2%', '+5.0% to +7.0%'."""
    out = []
    for v, q, lo, hi in zip(rows["value"], rows["qualifier"], rows["low"], rows["high"], strict=True):
        q = "" if _missing(q) else str(q)
        if q == "range" and not _missing(lo) and not _missing(hi):
            out.append(f"{float(lo):+.1f}% to {float(hi):+.1f}%")
        elif _missing(v):
            out.append("n/a")
        else:
            out.append(HEDGES[q].format(f"{float(v):+.1f}%") if q in HEDGES else f"{float(v):+.1f}%")
    return out


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


# ---------------------------------------------------------------------------
# Any metric, from its declaration alone (the Metrics page)
# ---------------------------------------------------------------------------


def metric_chart(df: pd.DataFrame, metric: str) -> go.Figure:
    """One metric drawn from its schema declaration, with no code of its own: bars of the latest stated value
    per country (owner -> host where it needs a host), or, for a qualitative metric, its claims by year.

    Low-confidence bars are faded and hatched; every bar carries the ids of the figures behind it.
    """
    declared = METRICS.get(metric)
    if declared is None:
        return empty_figure(f"Unknown metric {esc(metric)}.")
    rows = df[df["metric"] == metric]
    if rows.empty:
        return empty_figure(f"No {esc(declared.label.lower())} figures match the filters.")
    if declared.qualitative or declared.chart == "claims":
        rows = rows[rows["year"].notna()]
        fig = go.Figure(go.Scatter(
            x=rows["year"].tolist(), y=[esc(c) for c in rows["country"]], mode="markers",
            marker={"symbol": ["triangle-down" if d == "decrease" else "triangle-up" for d in rows["direction"]],
                    "size": 12, "color": [faded(PALETTE[0], low) for low in low_mask(rows)]},
            customdata=[[fid, _hover_quote(rows.loc[[i]])] for i, fid in zip(rows.index, rows["figure_id"], strict=True)],
            hovertemplate="%{x}: %{customdata[1]}<extra></extra>", name=esc(declared.label)))
        fig.update_xaxes(title_text="year", dtick=1)
        return _base_layout(fig, esc(declared.label))
    keys = ["country_iso3", "host_iso3"] if declared.needs_host else ["country_iso3"]
    rows = rows.sort_values(["year", "start"], na_position="first")
    latest = rows.groupby(keys, dropna=False, as_index=False).tail(1)
    labels = [(_pair_label(o, h) if declared.needs_host else o) for o, h in
              zip(latest["country_iso3"], latest.get("host_iso3", pd.Series("", index=latest.index)), strict=True)]
    low = low_mask(latest).tolist()
    unit = declared.unit if declared.unit != "currency" else ""
    fig = go.Figure(go.Bar(
        x=latest["value"].tolist(), y=[esc(x) for x in labels], orientation="h", name=esc(declared.label),
        marker={"color": [faded(PALETTE[0], x) for x in low], "pattern": {"shape": [LOW_PATTERN if x else "" for x in low]}},
        customdata=[[fid, fmt_value(v, unit or (u if declared.unit == "currency" else "")), confidence_note(c)]
                    for fid, v, u, c in zip(latest["figure_id"], latest["value"], latest["unit"],
                                            latest.get("confidence", pd.Series(pd.NA, index=latest.index)), strict=True)],
        hovertemplate="%{y}: %{customdata[1]} · %{customdata[2]}<extra></extra>"))
    fig.update_xaxes(title_text=esc(declared.axis or declared.label), tickformat=",")
    return _base_layout(fig, esc(f"{declared.label}: latest stated value"), height=200 + 28 * len(labels))
