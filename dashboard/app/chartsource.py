"""The source line every chart carries, so a PNG saved from the chart's camera button still says where its
numbers come from: the articles behind the plotted points and, where a World Bank series is drawn, its credit.

Chart builders stay pure (``dashboard/charts``); the app adds the line when it draws a chart
(``ui.show_chart``). The articles are read from the figure ids the charts already put first in each
point's ``customdata`` (for clicks), or from a clicked country's token; a trace drawing a reference
series is recognised by its legend group ``"reference"`` (``charts.reflines``), ``meta={"reference": ...}``
or a name that credits the World Bank. A chart that brings its own source annotation (the Rankings chart)
is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pandas as pd

from dashboard import charts
from dashboard.tables import reference

SHOWN_ARTICLES = 3  # publishers named in the line; the rest are counted
WORLD_BANK_CREDIT = reference.CREDIT
LINE_COLOR = "#555"


def _first_cells(customdata: object) -> Iterable[object]:
    if customdata is None:
        return []
    cells = []
    for point in customdata:
        cells.append(point[0] if not isinstance(point, str) and hasattr(point, "__len__") and len(point) else point)
    return cells


def plotted_tokens(fig) -> tuple[list[str], list[str]]:
    """(figure ids, country codes) behind the points of ``fig``, in order, each once."""
    ids: dict[str, None] = {}
    countries: dict[str, None] = {}
    for trace in fig.data:
        for cell in _first_cells(getattr(trace, "customdata", None)):
            if not isinstance(cell, str):
                continue
            for token in cell.split(charts.SELECTED_IDS_SEP):
                if token.startswith(charts.COUNTRY_TOKEN):
                    countries[token[len(charts.COUNTRY_TOKEN):]] = None
                elif token:
                    ids[token] = None
    return list(ids), list(countries)


def draws_reference(fig) -> bool:
    """True when a trace of ``fig`` draws a World Bank series."""
    for trace in fig.data:
        meta = getattr(trace, "meta", None)
        if (isinstance(meta, dict) and meta.get("reference")) or getattr(trace, "legendgroup", None) == "reference":
            return True
        if "World Bank" in str(getattr(trace, "name", "") or ""):
            return True
    return False


def article_ids(fig, figures: Callable[[], pd.DataFrame]) -> list[str]:
    """The articles behind the plotted points: from the figure ids, else the articles of the figures (as
    ``figures()`` gives them: the page's filtered view) about the countries of the country tokens."""
    ids, countries = plotted_tokens(fig)
    if ids:
        return list(dict.fromkeys(i.rsplit(":", 1)[0] for i in ids))
    if countries:
        rows = figures()
        rows = rows[rows["country_iso3"].isin(countries)]
        # unique() keeps first appearances in order, as dict.fromkeys would, without iterating every row in Python
        return list(dict.fromkeys(str(a) for a in rows["article_id"].unique()))
    return []


def source_line(fig, articles: pd.DataFrame, figures: Callable[[], pd.DataFrame]) -> str:
    """'Sources: EconoTimes 2025-11-03; Test Wire 2024-03-05 and 2 more articles · World Bank WDI (SIPRI, IISS),
    CC BY 4.0' (plain text; '' when the chart shows neither)."""
    wanted = set(article_ids(fig, figures))
    parts = []
    if wanted and not articles.empty:
        rows = articles[articles["article_id"].isin(wanted)].sort_values("published", ascending=False)
        named = [" ".join(x for x in (str(r.publisher or r.title or r.article_id), str(r.published or "")) if x)
                 for r in rows.head(SHOWN_ARTICLES).itertuples()]
        more = len(rows) - len(named)
        if named:
            word = "Source" if len(rows) == 1 else "Sources"
            parts.append(f"{word}: {'; '.join(named)}" + (f" and {more} more article{'s' if more > 1 else ''}"
                                                          if more > 0 else ""))
    if draws_reference(fig):
        parts.append(WORLD_BANK_CREDIT if parts else f"Source: {WORLD_BANK_CREDIT}")
    return " \u00b7 ".join(parts)


def has_source(fig) -> bool:
    return any(str(a.text or "").startswith("Source") for a in (fig.layout.annotations or ()))


def add_source_line(fig, line: str):
    """Write ``line`` (escaped) under the plot of ``fig`` and make room for it; returns ``fig`` (changed in place:
    the app draws each figure once). Nothing changes when the line is empty or the chart has its own."""
    if not line or has_source(fig):
        return fig
    # Any x axis counts, not only the first: a chart of stacked subplots (the budget timeline hides its top
    # axis) has its ticks and title on another, and the line must clear them.
    xaxes = [ax for ax in fig.select_xaxes() if ax.visible is not False]
    has_axis = bool(fig.data) and bool(xaxes) and not any(
        getattr(t, "type", "") in ("choropleth", "scattergeo") for t in fig.data)
    below = (55 if any(ax.title.text for ax in xaxes) else 32) if has_axis else 6
    margin = fig.layout.margin
    fig.add_annotation(text=charts.esc(line, 240), showarrow=False, xref="paper", yref="paper", x=0, y=0,
                       xanchor="left", yanchor="top", yshift=-below, align="left",
                       font={"size": 11, "color": LINE_COLOR})
    legend_room = 0
    legend = fig.layout.legend
    if fig.layout.showlegend is not False and legend.orientation == "h" and legend.y is not None and legend.y <= 0:
        # a legend under the plot (the over-time charts, the troop map) would sit on the line: it moves to the
        # figure's bottom edge, under the line, with a row of room per four entries (an audit saw them overlap)
        entries = sum(1 for t in fig.data if t.showlegend is not False and t.name)
        legend_room = 26 * max(1, -(-entries // 4))
        fig.update_layout(legend={"yref": "container", "y": 0, "yanchor": "bottom"})
    fig.update_layout(margin={"b": max(margin.b or 0, 10) + 22 + (below if has_axis else 0) + legend_room})
    return fig
