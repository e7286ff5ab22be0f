"""How a World Bank reference layer looks on any chart: behind the claims, pale and wide, named by its source.

In: reference rows from :mod:`dashboard.tables.reference_layers` (country_iso3, country, series, year,
value, unit, source). Out: Plotly traces to add before a chart's claims, so the claims' markers sit
on top. A claim is a marker; a reference value is a wide translucent line over years (a band), or a
tall thin tick where the chart has no time axis. The legend names the series and its source
("armed forces incl. paramilitary (World Bank/IISS)"); one legend entry stands for every country's
line, and clicking it hides or shows the whole layer. Hover text is built from escaped pieces only:
a refreshed reference table is a download, not trusted text.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.rankings import value_text
from dashboard.charts.style import COUNTRY_TOKEN, esc
from dashboard.tables.comparisons import reference_texts
from dashboard.tables.reference import SERIES_LABELS

GROUP = "reference"  # every reference trace shares one legend group: one click on its entry hides them all
REF_COLOR = "#5a5a5a"  # a neutral tone no claim uses
BAND_WIDTH = 9
BAND_ALPHA = 0.28
TICK_ALPHA = 0.55


def comparison_hover(rows: pd.DataFrame) -> list[str]:
    """Per claim row, its World Bank comparison as a hover line ('<br>World Bank 2024: 2.6% of GDP; this article:
    2.8% (+8%)', with the flag and its likely reasons), or why it has none; '' where there is nothing to say.
    Escaped: the note is built from the reference table, a download."""
    return [f"<br>{esc(text)}" if text else "" for text in reference_texts(rows)]


def series_name(series: str) -> str:
    """The legend name of a series: what it counts and whose data it is."""
    return esc(SERIES_LABELS.get(series, series))


def pale(color: str, alpha: float = BAND_ALPHA) -> str:
    """'#1f5f99' -> 'rgba(31,95,153,0.28)'."""
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def hover(country: object, year: object, value: object, unit: object, series: str) -> str:
    """'<b>Japan</b> 2023: $50.2 billion<br>military expenditure, current US$ (World Bank/SIPRI)'."""
    return (f"<b>{esc(country)}</b> {int(year)}: {esc(value_text(value, unit))}<br>"
            f"{series_name(series)}")


def legend_entry(series: str, *, tick: bool = False, suffix: str = "") -> go.Scatter:
    """A legend entry with no visible point showing the layer's look (a band, or a tick), named by the series."""
    if tick:
        look = {"mode": "markers", "marker": {"symbol": "line-ns", "size": 16,
                                              "line": {"width": 4, "color": pale(REF_COLOR, TICK_ALPHA)}}}
    else:
        look = {"mode": "lines", "line": {"width": BAND_WIDTH, "color": pale(REF_COLOR)}}
    return go.Scatter(x=[None], y=[None], name=series_name(series) + esc(suffix), legendgroup=GROUP,
                      hoverinfo="skip", showlegend=True, **look)


def year_lines(rows: pd.DataFrame, colors: dict[str, str], y_column: str = "value") -> list[go.Scatter]:
    """One band per country over its years, in the country's colour (``colors`` by country name; grey for
    others), its name written at its start, hidden from the legend: :func:`legend_entry` names the layer once."""
    traces = []
    parts = [(country, iso3, part.sort_values("year")) for (country, iso3), part in rows.groupby(["country", "country_iso3"], sort=True)]
    where = _label_places([(part["year"].astype(int).tolist(), part[y_column].astype(float).tolist()) for _, _, part in parts])
    for (country, iso3, part), at in zip(parts, where, strict=True):
        series = str(part["series"].iloc[0])
        color = colors.get(country, REF_COLOR)
        text = [""] * len(part)
        if at is not None:
            text[at] = esc(country)
        traces.append(go.Scatter(
            x=part["year"].astype(int).tolist(), y=part[y_column].astype(float).tolist(), mode="lines+text",
            text=text, textposition="top right" if at == 0 else "top left",  # its name at its start, else its end
            textfont={"size": 11, "color": color},
            name=f"{esc(country)}: {series_name(series)}", legendgroup=GROUP, showlegend=False,
            line={"color": pale(color), "width": BAND_WIDTH, "shape": "linear"},
            customdata=[[COUNTRY_TOKEN + str(iso3), hover(country, y, v, u, series)]
                        for y, v, u in zip(part["year"], part["value"], part["unit"], strict=True)],
            hovertemplate="%{customdata[1]}<extra></extra>",
        ))
    return traces


def _label_places(lines: list[tuple[list[int], list[float]]], close: float = 0.09) -> list[int | None]:
    """Where each line's name goes: the index of its first point, else of its last, else None (no name; the hover
    still names it). Two names collide at one year when their values are within ``close`` of the highest value
    drawn (about a line of text on a chart of 380 px whose axis starts at zero): Estonia's and Poland's shares,
    both near 1.9% in 2002, were printed one over the other (a browser audit). The highest line is named first.

    >>> _label_places([([2014, 2024], [1.9, 3.4]), ([2014, 2024], [1.85, 4.1]), ([2014, 2024], [4.0, 3.4])])
    [0, 1, 0]
    """
    placed: list[tuple[int, float]] = []
    out: list[int | None] = [None] * len(lines)
    top = max((abs(y) for _, ys in lines for y in ys), default=0.0) or 1.0
    order = sorted(range(len(lines)), key=lambda i: -(lines[i][1][0] if lines[i][1] else 0.0))
    for i in order:
        xs, ys = lines[i]
        for at in dict.fromkeys((0, len(xs) - 1)) if xs else ():
            x, y = xs[at], ys[at]
            if not any(px == x and abs(py - y) < close * top for px, py in placed):
                placed.append((x, y))
                out[i] = at
                break
    return out


def _years_said(years: pd.Series) -> str:
    """', 2020' when every value is of one year, else ', latest year (2018-2020)'."""
    found = sorted({int(y) for y in years})
    return f", {found[0]}" if len(found) == 1 else f", latest year ({found[0]}\u2013{found[-1]})"


def country_ticks(rows: pd.DataFrame, series: str) -> go.Scatter:
    """Each country's latest value as a tall tick at x = value, y = country (a chart with countries on its y axis)."""
    return go.Scatter(
        x=rows["value"].astype(float).tolist(), y=[esc(c) for c in rows["country"]], mode="markers",
        name=series_name(series) + _years_said(rows["year"]), legendgroup=GROUP, showlegend=True,
        marker={"symbol": "line-ns", "size": 34, "line": {"width": 5, "color": pale(REF_COLOR, TICK_ALPHA)}},
        customdata=[[COUNTRY_TOKEN + str(iso3), hover(c, y, v, u, series)] for iso3, c, y, v, u in zip(
            rows["country_iso3"], rows["country"], rows["year"], rows["value"], rows["unit"], strict=True)],
        hovertemplate="%{customdata[1]}<extra></extra>",
    )
