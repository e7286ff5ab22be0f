"""The Rankings page's chart: the top countries of a reference-series ranking as horizontal bars.

In: a ranking from :mod:`dashboard.tables.rankings` (``rank`` for one year, ``rank_change`` for a
span), with or without its ``claims`` column. Out: a Plotly figure, best first from the top, each
bar labelled with its value in the series' unit (% of GDP, US dollars, persons), a hover with the
rank, value, year(s) and how many article claims name the country, and the World Bank source line
under the plot (CC BY 4.0 asks for it wherever the figures are shown, PNG exports included).

Bars of countries the library has claims about are drawn in a second colour, so where the news
says something stands out. A click on a bar carries ``COUNTRY_TOKEN + iso3`` in ``customdata[0]``,
like a country on the Overview map. Country names come from the project's own tables, but the
reference tables can be refreshed from a download, so every label still goes through :func:`esc`.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.style import COUNTRY_TOKEN, PALETTE, _base_layout, empty_figure, esc, nice_step, short_amount
from dashboard.tables.reference import SERIES_LABELS

DEFAULT_TOP = 20
LICENCE = "CC BY 4.0"
FALLBACK_SOURCE = "World Bank, World Development Indicators (SIPRI, IISS)"
CLAIMS_COLOR, PLAIN_COLOR = PALETTE[1], PALETTE[0]
CLAIMS_NAME, PLAIN_NAME = "with article claims in the library", "no article claims"
BAR_HEIGHT = 24  # pixels per bar: names stay readable at 100 bars


def _kind(unit: object) -> str:
    """'share' (% of GDP), 'usd' (current US$) or 'count' (persons, and any other unit)."""
    text = str(unit or "").lower()
    if "%" in text or "percent" in text:
        return "share"
    if "us$" in text or "usd" in text or "dollar" in text:
        return "usd"
    return "count"


def value_text(value: object, unit: object, *, signed: bool = False) -> str:
    """A reference value as a reader says it: '3.42% of GDP', '$997.3 billion', '569,000 persons';
    ``signed`` for a change: '+0.41 pp', '-$1.2 billion', '+12,000 persons'.

    >>> value_text(3.4192, "% of GDP"), value_text(9.97309e11, "current US$"), value_text(569000, "persons")
    ('3.42% of GDP', '$997.3 billion', '569,000 persons')
    >>> value_text(0.41, "% of GDP", signed=True), value_text(-1.2e9, "current US$", signed=True)
    ('+0.41 pp', '-$1.2 billion')
    """
    if value is None or pd.isna(value):
        return "n/a"
    v = float(value)
    sign = "-" if v < 0 else ("+" if signed and v > 0 else "")
    a = abs(v)
    kind = _kind(unit)
    if kind == "share":
        return f"{sign}{a:,.2f} pp" if signed else f"{sign}{a:,.2f}% of GDP"
    if kind == "usd":
        for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if a >= size:
                return f"{sign}${a / size:,.1f} {word}"
        return f"{sign}${a:,.0f}"
    return f"{sign}{a:,.0f} {unit or ''}".rstrip()


def pct_text(value: object) -> str:
    """A relative change: '+12.3%', '-4%', 'n/a' (a start value of 0)."""
    if value is None or pd.isna(value):
        return "n/a"
    return f"{float(value):+,.1f}%"


def _short(value: float, kind: str, signed: bool) -> str:
    """An axis tick: '2.5%' (or '+0.5 pp' for a change of share), '$250B', '500k'."""
    if kind == "share" and not signed:
        return f"{value:g}%"
    if kind == "share":
        return f"{value:+g} pp" if value else "0"
    text = short_amount(abs(value))
    text = f"${text}" if kind == "usd" else text
    return ("-" if value < 0 else "+" if signed and value > 0 else "") + text


def _axis(values: pd.Series, kind: str, signed: bool) -> dict:
    """Round ticks from zero (or the lowest fall) to a step past the largest bar, so its label fits."""
    finite = [float(v) for v in values if not pd.isna(v) and math.isfinite(float(v))]
    lo, hi = min([0.0, *finite]), max([0.0, *finite])
    step = nice_step(hi - lo or 1.0)
    first = math.floor(lo / step + 1e-9) - (1 if lo < 0 else 0)
    last = math.ceil(hi / step - 1e-9) + 1
    ticks = [i * step for i in range(first, last + 1)]
    labels = [("0" if not t else f"{t:+g}%") if kind == "pct" else _short(t, kind, signed) for t in ticks]
    return {"range": [ticks[0], ticks[-1]], "tickmode": "array", "tickvals": ticks, "ticktext": labels,
            "zeroline": True, "zerolinecolor": "#888", "showgrid": True, "gridcolor": "#eee"}


def source_line(ranking: pd.DataFrame) -> str:
    """'Source: World Bank WDI MS.MIL.XPND.GD.ZS (orig. SIPRI Military Expenditure Database); CC BY 4.0' (not escaped)."""
    sources = ranking["source"].dropna().unique() if "source" in ranking.columns else []
    source = "; ".join(str(s) for s in sources if str(s).strip()) or FALLBACK_SOURCE
    return f"Source: {source}; {LICENCE}"


def _title(ranking: pd.DataFrame, shown: int, by: str) -> str:
    series = str(ranking["series"].dropna().iloc[0]) if "series" in ranking.columns and ranking["series"].notna().any() else ""
    label = SERIES_LABELS.get(series, series) or "reference series"
    label = label[0].upper() + label[1:]
    if "change" in ranking.columns:
        span = f"change {int(ranking['start_year'].iloc[0])}\u2013{int(ranking['end_year'].iloc[0])}"
        span += ", percent" if by == "change_pct" else ""
    else:
        span = str(int(ranking["year"].iloc[0]))
    count = len(ranking)
    top = f"top {shown} of {count} countries" if shown < count else f"{count} countries"
    ranked = ranking.attrs.get("ranked", count)
    if ranked != count:  # a filtered ranking: say of how many it is a part
        top = f"{shown} of {count} selected" if shown < count else f"{count} selected"
        top += f", ranked among {ranked} countries"
    return f"{label}: {span} ({top})"


def _hover(r, total: int, change: bool) -> str:
    """One bar's hover, built from escaped pieces only."""
    place = f"rank {r.rank} of {total}" if not pd.isna(r.rank) else "not ranked"
    lines = [f"<b>{esc(r.country)}</b> ({esc(r.country_iso3)})", place]
    if change:
        lines.append(f"{esc(value_text(r.start_value, r.unit))} in {r.start_year} \u2192 "
                     f"{esc(value_text(r.end_value, r.unit))} in {r.end_year}")
        lines.append(f"change: {esc(value_text(r.change, r.unit, signed=True))} ({esc(pct_text(r.change_pct))})")
    else:
        lines.append(f"{esc(value_text(r.value, r.unit))} in {r.year}")
    claims = getattr(r, "claims", None)
    if claims is not None and not pd.isna(claims):
        n = int(claims)
        lines.append(f"{n:,} article claim{'' if n == 1 else 's'} in the library")
    return "<br>".join(lines)


def ranking_bars(ranking: pd.DataFrame, top: int | None = DEFAULT_TOP, *, by: str | None = None) -> go.Figure:
    """Horizontal bars of the first ``top`` countries of ``ranking`` (None: all), rank 1 at the top.

    ``by`` is the column drawn: ``value`` for a one-year ranking; ``change`` (default) or
    ``change_pct`` for a span, as the ranking was ordered.
    """
    change = "change" in ranking.columns
    by = by or ("change" if change else "value")
    if ranking.empty:
        fig = empty_figure("No country has a value to rank for this choice.")
        return _with_source(fig, source_line(ranking))
    rows = ranking.head(top) if top else ranking
    unit = rows["unit"].dropna().iloc[0] if rows["unit"].notna().any() else ""
    kind = "pct" if by == "change_pct" else _kind(unit)
    total = int(ranking.attrs.get("ranked", ranking["rank"].notna().sum()))  # world ranks, also when filtered
    labels, seen = [], set()
    for r in rows.itertuples():
        place = "\u2013" if pd.isna(r.rank) else str(r.rank)
        label = f"{place}. {esc(r.country, 40)}"
        if label in seen:  # two codes with one name: the category axis needs distinct labels
            label += f" ({esc(r.country_iso3)})"
        seen.add(label)
        labels.append(label)
    values = pd.to_numeric(rows[by], errors="coerce")
    texts = [(pct_text(v) if by == "change_pct" else value_text(v, unit, signed=change)) for v in values]
    hovers = [_hover(r, total, change) for r in rows.itertuples()]
    ids = [COUNTRY_TOKEN + str(c) for c in rows["country_iso3"]]
    frame = pd.DataFrame({"label": labels, "x": values.astype(float), "text": [esc(t) for t in texts],
                          "id": ids, "hover": hovers,
                          "claims": (rows["claims"].fillna(0).astype(int).to_numpy() if "claims" in rows.columns
                                     else [0] * len(rows))})
    fig = go.Figure()
    groups = ([(CLAIMS_NAME, CLAIMS_COLOR, frame["claims"] > 0), (PLAIN_NAME, PLAIN_COLOR, frame["claims"] == 0)]
              if "claims" in rows.columns else [("", PLAIN_COLOR, frame["claims"] == 0)])
    for name, color, mask in groups:
        part = frame[mask]
        if part.empty:
            continue
        fig.add_trace(go.Bar(
            x=part["x"], y=part["label"], orientation="h", name=name, showlegend=bool(name),
            marker={"color": color}, text=part["text"], textposition="outside", cliponaxis=False,
            customdata=part[["id", "hover"]].to_numpy(), hovertemplate="%{customdata[1]}<extra></extra>",
        ))
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=labels, autorange="reversed",
                     title=None, automargin=True)
    fig.update_xaxes(title=None, **_axis(frame["x"], kind, change))
    _base_layout(fig, _title(ranking, len(rows), by), height=BAR_HEIGHT * len(rows) + 150)
    fig.update_layout(barmode="overlay", bargap=0.25)
    return _with_source(fig, source_line(ranking))


def _with_source(fig: go.Figure, line: str) -> go.Figure:
    """The source line as an annotation under the plot (below the axis labels), so a PNG export keeps it."""
    fig.add_annotation(text=esc(line), showarrow=False, xref="paper", yref="paper", x=0, y=0, xanchor="left",
                       yanchor="top", yshift=-30, font={"size": 11, "color": "#555"}, align="left")
    fig.update_layout(margin={"b": 60})
    return fig
