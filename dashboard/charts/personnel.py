"""Active forces: every claim of active and reserve strength, the spread where sources disagree."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.points import cells
from dashboard.charts.reflines import comparison_hover, country_ticks
from dashboard.charts.style import (
    CURRENT_SYMBOL,
    PALETTE,
    PLANNED_LABEL,
    PLANNED_SYMBOL,
    _base_layout,
    _hedges,
    _hollow,
    _legend_note,
    _most_recent,
    confidence_note,
    empty_figure,
    esc,
    faded,
    low_mask,
    planned_mask,
    status_note,
)
from dashboard.schema import METRICS, metrics_where

# ---------------------------------------------------------------------------
# Active forces
# ---------------------------------------------------------------------------


def personnel_claims(df: pd.DataFrame, reference: pd.DataFrame | None = None) -> go.Figure:
    """Every claim of active or reserve strength as a point (one per article figure), per country.

    Where sources disagree the points spread out; a grey bar spans the lowest to the highest
    stated current level, and error bars show each claim's own range or hedge. Colour is the
    metric, shape the stage (circle: stated level, diamond: plan or target); low-confidence
    claims are faded and hollow.

    ``reference`` (each country's latest World Bank value, from ``reference_layers.latest``) is drawn
    behind the claims as a tall grey tick per country; a country with a reference value and no claim
    still gets its row.
    """
    kinds = metrics_where(page="active")
    rows = df[df["metric"].isin(kinds)]
    if rows.empty:
        return empty_figure("No active or reserve personnel figures match the filters.")
    rows, note = _most_recent(rows)
    rows = rows.assign(planned_flag=planned_mask(rows), low_flag=low_mask(rows))
    if "confidence" not in rows.columns:
        rows = rows.assign(confidence=pd.NA)
    ref = reference if reference is not None and not reference.empty else None
    tops = rows.groupby("country")["value"].max()
    if ref is not None:
        tops = pd.concat([tops, ref.groupby("country")["value"].max()]).groupby(level=0).max()
    order = tops.sort_values(ascending=False).index.tolist()
    fig = go.Figure()
    if ref is not None:  # first, so every claim is drawn over it
        fig.add_trace(country_ticks(ref, str(ref["series"].iloc[0])))
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
                customdata=cells([[fid, esc(q, 120), esc(p, 40), esc(d), "" if pd.isna(y) else int(y),
                             status_note(s, o, "persons"), confidence_note(c), amount, ref]
                            for fid, q, p, d, y, s, o, c, amount, ref in zip(
                                m["figure_id"], m["passage"], m["publisher"], m["published"], m["year"],
                                m["status"], m["original_value"], m["confidence"], _hedges(m, "persons"),
                                comparison_hover(m), strict=True)]),
                hovertemplate="<b>%{y}</b>, %{customdata[4]}: %{customdata[7]}"
                              + (" planned / target" if planned else "")
                              + "%{customdata[5]} · %{customdata[6]}%{customdata[8]}<br>\u201c%{customdata[1]}\u201d"
                              "<br><i>%{customdata[2]} · %{customdata[3]}</i><extra></extra>",
            ))
    if rows["low_flag"].any():
        fig.add_trace(_legend_note("marker-low"))
    fig.update_xaxes(title_text="personnel (each point is one article's claim)", tickformat=",",
                     gridcolor="#eee", rangemode="tozero")
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=[esc(c) for c in order][::-1])
    fig.update_layout(showlegend=True)
    return _base_layout(fig, "Active and reserve personnel: every claim" + note, height=max(280, 80 + 45 * len(order)))
