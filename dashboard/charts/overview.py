"""The Overview map and the generic Metrics page: any declared metric drawn from its declaration."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.style import (
    COUNTRY_TOKEN,
    LOW_LABEL,
    LOW_NAME,
    LOW_OPACITY,
    LOW_PATTERN,
    PALETTE,
    _base_layout,
    _hover_quote,
    confidence_note,
    empty_figure,
    esc,
    faded,
    fmt_value,
    low_mask,
    nice_step,
    pair_label,
    planned_mask,
)
from dashboard.schema import METRICS

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
    labels = [(pair_label(o, h) if declared.needs_host else o) for o, h in
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
