"""Budget trends: defense spending as a share of GDP by year, the article claims over the World Bank's shares."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.points import cells
from dashboard.charts.reflines import comparison_hover, legend_entry, year_lines
from dashboard.charts.style import (
    PALETTE,
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
    status_note,
)
from dashboard.schema import metrics_where


def share_metrics() -> tuple[str, ...]:
    """The budget page's levels stated in percent: shares of GDP (changes are drawn apart)."""
    return metrics_where(page="budgets", unit="percent", change=False)


REF_YEARS_BEFORE = 10


def share_of_gdp(df: pd.DataFrame, reference: pd.DataFrame | None = None) -> go.Figure:
    """Shares of GDP by year: each article claim a marker, coloured by country, over ``reference`` (the World
    Bank's shares from ``reference_layers.layer``) drawn as a wide pale line per country in the same colour.

    Low-confidence claims are hollow and faded; hover text keeps the article's hedge and quote.
    """
    claims = df[df["metric"].isin(share_metrics()) & df["year"].notna()]
    ref = reference if reference is not None and not reference.empty else None
    if claims.empty and ref is None:
        return empty_figure("No share-of-GDP figures match the filters.")
    claims, note = _most_recent(claims)
    if ref is not None and not claims.empty:  # the series from ten years before the first claim: thirty years of ten
        ref = ref[ref["year"] >= int(claims["year"].min()) - REF_YEARS_BEFORE]  # pale lines crowded the claims (an audit)
        ref = ref if not ref.empty else None
    claims = claims.assign(low_flag=low_mask(claims))
    if "confidence" not in claims.columns:
        claims = claims.assign(confidence=pd.NA)
    countries = sorted(set(claims["country"]) | (set(ref["country"]) if ref is not None else set()))
    colors = {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(countries)}
    fig = go.Figure()
    if ref is not None:  # first, so every claim is drawn over it
        for trace in year_lines(ref, colors):
            fig.add_trace(trace)
        fig.add_trace(legend_entry(str(ref["series"].iloc[0])))
    for country, group in claims.groupby("country"):
        group = group.sort_values(["year", "published"])
        color = colors[country]
        fig.add_trace(go.Scatter(
            x=group["year"].astype(int), y=group["value"].astype(float), mode="markers",
            name=esc(f"{country}: article claims"),
            marker={"size": 11, "color": [faded(color, x) for x in group["low_flag"]],
                    "symbol": [_hollow("circle", x) for x in group["low_flag"]],
                    "line": {"width": 2, "color": [faded(color, x) if x else "white" for x in group["low_flag"]]}},
            customdata=cells([[fid, esc(q, 120), esc(p, 40), esc(d), amount, status_note(s, o, "percent"),
                         confidence_note(c), ref]
                        for fid, q, p, d, amount, s, o, c, ref in zip(
                            group["figure_id"], group["passage"], group["publisher"], group["published"],
                            _hedges(group, "percent"), group["status"], group["original_value"], group["confidence"],
                            comparison_hover(group), strict=True)]),
            hovertemplate="<b>" + esc(country) + "</b> %{x}: %{customdata[4]} of GDP%{customdata[5]} · "
                          "%{customdata[6]}%{customdata[7]}<br>\u201c%{customdata[1]}\u201d<br><i>%{customdata[2]} · "
                          "%{customdata[3]}</i><extra></extra>",
        ))
    if claims["low_flag"].any():
        fig.add_trace(_legend_note("marker-low"))
    years = pd.concat([claims["year"]] + ([ref["year"]] if ref is not None else [])).dropna().astype(int)
    values = pd.concat([claims["value"]] + ([ref["value"]] if ref is not None else [])).dropna().astype(float)
    fig.update_xaxes(title_text="year", gridcolor="#eee", dtick=1 if years.max() - years.min() <= 12 else 2,
                     range=[years.min() - 0.6, years.max() + 0.6])
    fig.update_yaxes(title_text="% of GDP", gridcolor="#eee", ticksuffix="%",
                     range=[0, max(1.0, float(values.max()) * 1.15)])
    fig.update_layout(showlegend=True)
    title = "Defense spending as a share of GDP" + (": article claims" if ref is None else
                                                    ": article claims over the World Bank's series")
    fig = _base_layout(fig, title + note, height=380)
    # the legend under the plot: above it, its two rows ran over the title (a browser audit)
    return fig.update_layout(legend={"orientation": "h", "yanchor": "top", "y": -0.2, "xanchor": "left", "x": 0})
