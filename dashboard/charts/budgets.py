"""Budget trends: budgets by fiscal year per currency (or in US dollars), trend claims, changes."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.charts.points import cells
from dashboard.charts.reflines import comparison_hover, legend_entry, year_lines
from dashboard.charts.style import (
    HEDGES,
    LOW_LABEL,
    LOW_NAME,
    LOW_PATTERN,
    PALETTE,
    STAGE_SYMBOLS,
    _base_layout,
    _hedges,
    _hollow,
    _legend_note,
    _missing,
    _most_recent,
    confidence_note,
    empty_figure,
    esc,
    faded,
    low_mask,
    money_axis,
    status_note,
)
from dashboard.schema import metrics_where

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
                "exponentformat": "B", "dtick": 1}  # (one label a decade: "100B, 1T"; Plotly's default also labelled
        # the 2s and 5s between as bare "2" and "5", which an audit read as amounts)
    return {**money_axis(values), "title_text": title}


def budget_timeline(df: pd.DataFrame, in_usd: bool, reference: pd.DataFrame | None = None) -> go.Figure:
    """Defense budgets by fiscal year per country, with qualitative trend claims on the same years.

    Top: budget figures, one panel per currency (amounts in different currencies never share an
    axis; each axis says its currency), or one panel in US dollars. Symbols keep proposed /
    requested / approved apart, so a low-confidence budget is faded inside a grey ring rather than
    hollow. Bottom: claims without a number ("largest defense budget increase in years") as up/down
    triangles, hollow and faded when low confidence. Hover text keeps the article's hedge ("about").

    In US dollars, ``reference`` (World Bank spending rows from ``reference_layers.layer``) is drawn
    behind the budgets: a wide pale line per country in its colour, one legend entry for all.
    Amounts in a local currency never meet it: dollars are compared with dollars.
    """
    budgets = df[df["metric"].isin(metrics_where(page="budgets", unit="currency", change=False)) & df["year"].notna()]
    if in_usd:
        budgets = budgets[budgets["value_usd"].notna()]
    trends = df[df["metric"].isin(metrics_where(page="budgets", qualitative=True)) & df["year"].notna()]
    ref = reference if in_usd and reference is not None and not reference.empty else None
    if budgets.empty and trends.empty and ref is None:
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
    if ref is not None and not currencies:
        currencies = ["USD"]
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
    countries = sorted(set(budgets["country"]) | set(trends["country"])
                       | (set(ref["country"]) if ref is not None else set()))
    colors = {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(countries)}
    value_col = "value_usd" if in_usd else "value"
    if ref is not None:  # first, so every claim is drawn over it
        for trace in year_lines(ref, colors):
            fig.add_trace(trace, row=1, col=1)
        fig.add_trace(legend_entry(str(ref["series"].iloc[0])), row=1, col=1)
    for (country, unit), group in budgets.groupby(["country", "axis_unit"]):
        row = currencies.index(unit) + 1
        group = group.sort_values(["year", "published"])
        name = f"{country} ({unit})"
        customdata = [[fid, esc(q, 120), esc(p, 40), esc(d), s or "stage not stated", esc(amount),
                       status_note(st_, o, c), confidence_note(conf), ref]
                      for fid, q, p, d, s, amount, c, st_, o, conf, ref in zip(
                          group["figure_id"], group["passage"], group["publisher"], group["published"],
                          group["stage"], _hedges(group), group["unit"], group["status"], group["original_value"],
                          group["confidence"], comparison_hover(group), strict=True)]
        usd = " (%{y:$,.3s} at the publication date's rate)" if in_usd else ""
        hover = ("<b>" + esc(country) + "</b> %{x}: %{customdata[5]}" + usd + " (%{customdata[4]})%{customdata[6]}"
                 " · %{customdata[7]}%{customdata[8]}<br>\u201c%{customdata[1]}\u201d<br><i>%{customdata[2]} · "
                 "%{customdata[3]}</i>"
                 "<extra></extra>")
        fig.add_trace(go.Scatter(
            x=group["year"].astype(int), y=group[value_col], mode="lines+markers", name=esc(name),
            line={"color": colors[country], "width": 1.5, "dash": "dot"},
            marker={"size": 11, "color": [faded(colors[country], x) for x in group["low_flag"]],
                    "symbol": [STAGE_SYMBOLS.get(s, "square") for s in group["stage"]],
                    "line": {"width": 2, "color": [faded(colors[country], x) for x in group["low_flag"]]}},
            customdata=cells(customdata), hovertemplate=hover,
        ), row=row, col=1)
        low = group[group["low_flag"]]
        if not low.empty:  # the ring: hover and clicks fall through to the point inside it
            fig.add_trace(go.Scatter(
                x=low["year"].astype(int), y=low[value_col], mode="markers", name=LOW_NAME, legendgroup="low",
                showlegend=False, hoverinfo="skip",
                marker={"size": 20, "symbol": "circle-open", "color": "#888", "line": {"width": 1.5}},
            ), row=row, col=1)
    years = pd.concat([budgets["year"], trends["year"]] + ([ref["year"]] if ref is not None else [])).dropna().astype(int)
    middle = (years.min() + years.max()) / 2 if len(years) else 0
    for direction, symbol in (("increase", "triangle-up"), ("decrease", "triangle-down")):
        t = trends[trends["direction"] == direction]
        if t.empty:
            continue
        color = "#2e8b57" if direction == "increase" else "#c2452d"
        fig.add_trace(go.Scatter(
            x=t["year"].astype(int), y=[esc(c) for c in t["country"]], mode="markers+text",
            name=f"claimed {direction} (no figure)", text=[esc(q, 40) for q in t["quote"]],
            # the quote on the side with room: to the right of a marker in the later half it ran off the chart
            textposition=["middle left" if y > middle else "middle right" for y in t["year"].astype(int)],
            textfont={"size": 11, "color": "#333"},
            marker={"size": 16, "symbol": [_hollow(symbol, x) for x in t["low_flag"]],
                    "color": [faded(color, x) for x in t["low_flag"]],
                    "line": {"width": 2, "color": [faded(color, x) for x in t["low_flag"]]}},
            customdata=cells([[fid, esc(q, 140), esc(p, 40), esc(d), confidence_note(c)] for fid, q, p, d, c in
                        zip(t["figure_id"], t["passage"], t["publisher"], t["published"], t["confidence"],
                            strict=True)]),
            hovertemplate="<b>%{y}</b> %{x}: " + direction + " claimed · %{customdata[4]}<br>\u201c%{customdata[1]}\u201d"
                          "<br><i>%{customdata[2]} · %{customdata[3]}</i><extra></extra>",
        ), row=claims_row, col=1)
    if budgets["low_flag"].any():
        fig.add_trace(_legend_note("ring-low"), row=1, col=1)
    elif trends["low_flag"].any():
        fig.add_trace(_legend_note("marker-low"), row=claims_row, col=1)
    # a tick a year only over a dozen years: beyond, the labels stood on end and the axis title ran into the source line
    fig.update_xaxes(dtick=1 if years.max() - years.min() <= 12 else None, gridcolor="#eee",
                     range=[years.min() - 0.6, years.max() + 0.9])
    fig.update_xaxes(title_text="fiscal year", row=n_rows, col=1)
    for row, unit in enumerate(currencies, start=1):
        title = "US dollars" if in_usd else (unit or "currency not stated")
        amounts = budgets.loc[budgets["axis_unit"] == unit, value_col]
        if ref is not None:
            amounts = pd.concat([amounts, ref["value"]])
        fig.update_yaxes(gridcolor="#eee", row=row, col=1, **_amount_axis(amounts, title))
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
            customdata=cells([[fid, esc(q, 120), esc(p, 40), confidence_note(c), hedge]
                        for fid, q, p, c, hedge in zip(group["figure_id"], group["passage"], group["publisher"],
                                                       group["confidence"], _change_texts(group), strict=True)]),
            hovertemplate="<b>" + esc(country) + "</b> %{x}: %{customdata[4]} · %{customdata[3]}<br>\u201c%{customdata[1]}\u201d"
                          "<br><i>%{customdata[2]}</i><extra></extra>",
        ))
    span = int(rows["year"].max() - rows["year"].min())
    fig.update_xaxes(title_text="fiscal year", dtick=1 if span <= 12 else None)
    fig.update_yaxes(title_text="yearly change (%)", zeroline=True, zerolinecolor="#999",  # (the longer title was cut off at 380 px: an audit)
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
