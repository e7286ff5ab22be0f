"""Troop strength abroad: owner -> host bars, a map of lines, and a level over time."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.maplabels import also_here, place_labels
from dashboard.charts.points import HOVER_COLUMNS, Columns, runs, summed_amount, table_sums, table_total
from dashboard.charts.style import (
    CURRENT_SYMBOL,
    LATEST_ORDER,
    LOW_NAME,
    LOW_PATTERN,
    PALETTE,
    PLANNED_LABEL,
    PLANNED_SYMBOL,
    _base_layout,
    _hedges,
    _hollow,
    _legend_note,
    confidence_note,
    empty_figure,
    esc,
    faded,
    fmt_value,
    is_low,
    low_mask,
    pair_label,
    planned_mask,
)
from dashboard.schema import METRICS, metrics_where
from dashboard.tables.rankings import country_name

# ---------------------------------------------------------------------------
# Troop strength abroad
# ---------------------------------------------------------------------------

def _latest_levels(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per owner -> host pair: the latest claim's value and confidence, and every claim of its year.

    One stable sort by pair, year, publication date and offset (the order each pair's own sort gave)
    instead of pandas calls per pair: each pair is a run of row positions.
    """
    used = dict.fromkeys(["country_iso3", "host_iso3", "year", "published", "start", "value", "country",
                          "qualifier", "low", "high", "method", "article_id", *HOVER_COLUMNS])
    rows = rows[[c for c in used if c in rows.columns]].dropna(subset=["country_iso3", "host_iso3"])
    rows = rows.assign(_pos=range(len(rows))).sort_values(
        ["country_iso3", "host_iso3", "year", "published", *(["confidence"] if "confidence" in rows else []), "start"], na_position="first", kind="stable")
    cols = Columns(rows)
    owners, hosts, years, pos = (rows[c].tolist() for c in ("country_iso3", "host_iso3", "year", "_pos"))
    values, names, methods, articles = rows["value"].tolist(), rows["country"].tolist(), *(rows[c].tolist() if c in rows.columns else [""] * len(rows) for c in ("method", "article_id"))
    out = []
    for at in runs(list(zip(owners, hosts, strict=True))):
        last = at[-1]
        host, year = hosts[last], years[last]
        in_table_order = sorted(at, key=pos.__getitem__)
        # (a claim with no year is not of the latest year: its NA compares as neither equal nor unequal)
        same_year = (in_table_order if pd.isna(year)
                     else [i for i in in_table_order if not pd.isna(years[i]) and years[i] == year])
        confidence, (total, parts) = cols.col["confidence"][last] if cols.has_confidence else pd.NA, table_total(values, methods, articles, same_year, last)
        out.append({
            "label": esc(pair_label(owners[last], host, country_name)), "value": total,
            "year": "year not stated" if pd.isna(year) else int(year),
            "names": f"{esc(names[last])} in {esc(country_name(host)) if host else 'several hosts'}", "claims": len(at),
            "ids": cols.ids(same_year), "hover": cols.hover(same_year), "low": is_low(confidence),
            "confidence": confidence_note(confidence), "amount": _hedges(rows.iloc[[last]], "persons")[0] if parts == 1 else summed_amount(total, parts),
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
    latest = rows.sort_values(LATEST_ORDER, na_position="first").groupby(
        ["country_iso3", "host_iso3", "planned_flag"]).tail(1)
    latest = table_sums(rows, latest)  # a host's rows of one table are one level (as on the bars)
    top = max(float(latest["value"].max()), 1.0)
    missing = []
    drawn: list[tuple[float, float]] = []  # the longitudes each line joins
    shown: set[str] = set()
    for r in latest.itertuples():
        a, b = points.get(r.country_iso3), points.get(r.host_iso3)
        if not a or not b:
            missing.append(esc(pair_label(r.country_iso3, r.host_iso3, country_name)))
            continue
        drawn.append((a[1], b[1]))
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
    owners = latest[latest["country_iso3"].isin(points)].drop_duplicates("country_iso3")
    ends = [points[c] for c in set(latest["country_iso3"]) | set(latest["host_iso3"]) if c in points]
    centre = _central_longitude(ends, drawn)
    labels = place_labels([esc(country_name(h)) for h in hosts["host_iso3"]], [points[h] for h in hosts["host_iso3"]],
                          [0.0 if p else float(v) for v, p in zip(hosts["value"], hosts["planned_flag"], strict=True)],
                          centre, [points[o] for o in owners["country_iso3"]])
    amounts = [summed_amount(v, n) if n > 1 else h for v, n, h in zip(hosts["value"], hosts["parts"], _hedges(hosts, "persons"), strict=True)]
    # the owners' squares first: the hosts' names are drawn over them, not under (an audit's 'Germany' was hidden)
    fig.add_trace(go.Scattergeo(
        lat=[points[o][0] for o in owners["country_iso3"]], lon=[points[o][1] for o in owners["country_iso3"]],
        mode="markers", marker={"size": 8, "color": PALETTE[0], "symbol": "square"}, showlegend=False,
        customdata=[[fid, esc(c)] for fid, c in zip(owners["figure_id"], owners["country"], strict=True)],
        hovertemplate="<b>%{customdata[1]}</b> (troops abroad)<extra></extra>",
    ))
    fig.add_trace(go.Scattergeo(
        lat=[points[h][0] for h in hosts["host_iso3"]], lon=[points[h][1] for h in hosts["host_iso3"]],
        mode="markers+text", text=[t for t, _ in labels], textposition=[p for _, p in labels],
        textfont={"shadow": "0px 0px 2px white, 0px 0px 3px white"},  # (a halo: names stay legible over lines and markers)
        marker={"size": [11 if p else 9 for p in hosts["planned_flag"]],
                "color": [faded(PALETTE[1], low) for low in hosts["low_flag"]],
                "symbol": [_hollow(PLANNED_SYMBOL if p else CURRENT_SYMBOL, low)
                           for p, low in zip(hosts["planned_flag"], hosts["low_flag"], strict=True)],
                "line": {"width": 2, "color": [faded(PALETTE[1], low) for low in hosts["low_flag"]]}},
        showlegend=False,
        customdata=[[fid, esc(c), esc(country_name(h)), v + (" planned / target" if p else ""), confidence_note(conf), also]
                    for fid, c, h, v, p, conf, also in zip(hosts["figure_id"], hosts["country"], hosts["host_iso3"],
                                                           amounts, hosts["planned_flag"],
                                                           hosts.get("confidence", pd.Series(pd.NA, index=hosts.index)),
                                                           also_here(list(hosts["host_iso3"]), [f"{esc(c)}: {v}" for c, v in zip(
                                                               hosts["country"], amounts, strict=True)]), strict=True)],
        hovertemplate="<b>%{customdata[1]}</b> troops in %{customdata[2]}: %{customdata[3]}"
                      "<br>%{customdata[4]}%{customdata[5]}<extra></extra>",
    ))
    if latest["low_flag"].any():
        fig.add_trace(go.Scattergeo(lat=[None], lon=[None], mode="lines", name=LOW_NAME,
                                    line={"color": PALETTE[1], "dash": "dot", "width": 3}, opacity=0.3))
    fig.update_geos(showcountries=True, countrycolor="#bbb", showcoastlines=False, showframe=False,
                    projection_type="natural earth", fitbounds=False, landcolor="#f2f2f2", showland=True,
                    projection_rotation_lon=centre)
    title = "Where the troops are" + (f" (no map point for {', '.join(missing)})" if missing else "")
    fig = _base_layout(fig, title, height=380)
    fig.update_layout(showlegend=len(shown) > 1 or bool(latest["low_flag"].any()),
                      legend={"orientation": "h", "yanchor": "top", "y": 0, "xanchor": "left", "x": 0})
    return fig


def _central_longitude(latlons: list[tuple[float, float]], lines: list[tuple[float, float]] = ()) -> float:
    """The longitude to centre a world map on: the middle of these points, moved as little as it takes for no line
    (a pair of longitudes, drawn the short way round) to cross the map's edge. A line from the United States to
    South Korea crosses the Pacific: centred on Europe it ran off one edge and back in at the other.

    >>> ends = [(38.0, -97.0), (36.5, 127.8), (51.2, 10.4), (55.2, 23.9)]  # USA, South Korea, Germany, Lithuania
    >>> _central_longitude(ends), _central_longitude(ends, [(-97.0, 127.8), (10.4, 23.9)])
    (19.8, 89.8)
    """
    if not latlons:
        return 0.0
    x = sum(math.cos(math.radians(lat)) * math.cos(math.radians(lon)) for lat, lon in latlons)
    y = sum(math.cos(math.radians(lat)) * math.sin(math.radians(lon)) for lat, lon in latlons)
    middle = round(math.degrees(math.atan2(y, x)), 1) if (x or y) else 0.0

    def crossings(centre: float) -> int:
        edge = centre + 180.0
        return sum(_on_short_arc(edge, a, b) for a, b in lines)

    candidates = sorted((middle + step * sign for step in range(0, 181, 10) for sign in (1, -1)),
                        key=lambda c: abs(c - middle))
    best = min(candidates, key=lambda c: (crossings(c), abs(c - middle)))
    return round((best + 180.0) % 360.0 - 180.0, 1)


def _on_short_arc(lon: float, a: float, b: float) -> bool:
    """Whether longitude ``lon`` lies on the shorter arc from ``a`` to ``b`` (the way a map line is drawn)."""
    span = (b - a + 180.0) % 360.0 - 180.0
    offset = (lon - a + 180.0) % 360.0 - 180.0
    return 0.0 <= offset / span <= 1.0 if span else False


def level_over_time(df: pd.DataFrame, metric: str, key_cols: list[str]) -> go.Figure | None:
    """Lines of a level by year, one per key, when some key has more than one year; else None.

    Lines join stated levels only; plans and targets are diamonds of the key's colour. A year whose
    claims are mostly low confidence (median below the threshold) has a faded, hollow marker.
    """
    rows = df[(df["metric"] == metric) & df["year"].notna()]
    if rows.empty or rows.groupby(key_cols)["year"].nunique().max() < 2:
        return None
    used = dict.fromkeys([*key_cols, "year", "value", "confidence", *HOVER_COLUMNS])  # every groupby copies these only
    rows = rows[[c for c in used if c in rows.columns]].assign(planned_flag=planned_mask(rows))
    if "confidence" not in rows.columns:
        rows = rows.assign(confidence=pd.NA)
    fig = go.Figure()
    any_low = any_planned = False
    for i, (key, group) in enumerate(rows.groupby(key_cols)):
        key = key if isinstance(key, tuple) else (key,)
        name = pair_label(*key, country_name) if len(key) == 2 else key[0]
        color = PALETTE[i % len(PALETTE)]
        for planned, part in group.groupby("planned_flag"):
            years, medians, conf, ids, hovers = _per_year(part.sort_values("year"))
            low = [is_low(c) for c in conf]
            any_low, any_planned = any_low or any(low), any_planned or bool(planned)
            label = f"{name} ({PLANNED_LABEL})" if planned else name
            fig.add_trace(go.Scatter(
                x=years, y=medians, mode="markers" if planned else "lines+markers",
                name=esc(label), line={"color": color},
                marker={"symbol": [_hollow(PLANNED_SYMBOL if planned else CURRENT_SYMBOL, x) for x in low],
                        "size": 12 if planned else 9, "color": [faded(color, x) for x in low],
                        "line": {"width": 2, "color": [faded(color, x) for x in low]}},
                customdata=[[i_, h, confidence_note(c)] for i_, h, c in zip(ids, hovers, conf, strict=True)],
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


def _per_year(part: pd.DataFrame) -> tuple[list, list, list, list[str], list[str]]:
    """For rows sorted by year: the years, and per year the median value, the median confidence, the ids
    and the hover quote of its claims (as ``part.groupby("year")`` would give them, without a pandas
    call per year)."""
    cols = Columns(part)
    values = part["value"].astype("float64").to_numpy(na_value=np.nan)
    conf = pd.to_numeric(part["confidence"], errors="coerce").astype("float64").to_numpy(na_value=np.nan)
    years, medians, confs, ids, hovers = [], [], [], [], []
    for at in runs(part["year"].tolist()):
        years.append(part["year"].iat[at[0]])
        medians.append(_median(values[at]))
        confs.append(_median(conf[at]))
        ids.append(cols.ids(at))
        hovers.append(cols.hover(at))
    return years, medians, confs, ids, hovers


def _median(values: np.ndarray) -> float:
    """The median of the known values, NaN when none is (as pandas' skipna median)."""
    known = values[~np.isnan(values)]
    return float(np.median(known)) if len(known) else float("nan")
