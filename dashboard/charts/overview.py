"""The Overview (its first chart, the figures per country; the maps) and the generic Metrics page: any declared
metric drawn from its declaration."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.formats import money_axis
from dashboard.charts.reflines import hover, series_name
from dashboard.charts.style import (
    COUNTRY_TOKEN,
    LATEST_ORDER,
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
    metric_color,
    nice_step,
    pair_label,
    planned_mask,
)
from dashboard.schema import METRICS
from dashboard.tables.rankings import country_name
from dashboard.tables.reference import SERIES_LABELS

# ---------------------------------------------------------------------------
# Overview
# ---------------------------------------------------------------------------


TOP_COUNTRIES = 15  # bars on the Overview's first chart: more would not fit beside the map's summary


def figures_per_country(df: pd.DataFrame, top: int = TOP_COUNTRIES) -> go.Figure:
    """Bars of how many figures each country has (owner side), stacked by metric, the ``top`` countries with
    the most first: the Overview's first chart, light enough to draw before anything else on the page.

    A click on a bar opens that country's passages (its id is ``COUNTRY_TOKEN + iso3``, as on the maps);
    the hover says how many of its figures of that metric are low confidence.
    """
    rows = df[df["country_iso3"].str.len() == 3]
    if rows.empty:
        return empty_figure("No figure names a country.")
    rows = rows[["country_iso3", "country", "metric"]].assign(low_flag=low_mask(rows).to_numpy())
    counts = rows.groupby(["country_iso3", "country", "metric"], observed=True).agg(
        figures=("metric", "size"), low=("low_flag", "sum")).reset_index()
    per = counts.groupby(["country_iso3", "country"], as_index=False)["figures"].sum()
    per = per.sort_values(["figures", "country"], ascending=[False, True], kind="stable")  # ties by name
    shown = list(per["country_iso3"].head(top))
    counts = counts[counts["country_iso3"].isin(shown)]
    order = [esc(c) for c in reversed(per["country"].head(top).tolist())]  # the most figures on top
    fig = go.Figure()
    for metric in (m for m in METRICS if m in set(counts["metric"])):
        part = counts[counts["metric"] == metric]
        label = esc(METRICS[metric].label)
        fig.add_trace(go.Bar(
            x=part["figures"].tolist(), y=[esc(c) for c in part["country"]], orientation="h", name=label,
            marker={"color": metric_color(metric)},
            customdata=[[COUNTRY_TOKEN + c, label, f" ({n:,} {LOW_NAME})" if n else ""]
                        for c, n in zip(part["country_iso3"], part["low"].astype(int), strict=True)],
            hovertemplate="<b>%{y}</b><br>%{customdata[1]}: %{x:,} figure(s)%{customdata[2]}<br>click to read"
                          "<extra></extra>"))
    fig.update_layout(barmode="stack", showlegend=True, legend_traceorder="normal")
    fig.update_yaxes(categoryorder="array", categoryarray=order)
    step = max(1, round(nice_step(float(per["figures"].iloc[0]))))  # whole figures: no 0.5 ticks under a count of 2
    fig.update_xaxes(title_text="figures in the articles", tickformat=",d", rangemode="tozero", tick0=0, dtick=step)
    more = f" (the {top} with the most, of {len(per):,})" if len(per) > top else ""
    fig = _base_layout(fig, f"Figures per country{more}", height=170 + 26 * len(shown))
    rows = len(fig.data) if len(fig.data) > 2 else 0  # the legend's rows at worst (a narrow page: one entry a row)
    if rows:  # the title on its own line above the legend (a browser audit saw them overlap, at 1,200 and 900 px)
        fig.update_layout(height=170 + 26 * len(shown) + 20 * rows, margin={"t": 46 + 20 * rows},
                          title={"y": 1, "yref": "container", "yanchor": "top", "pad": {"t": 12}})
    return fig


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


def reference_map(reference: pd.DataFrame, df: pd.DataFrame, points: dict[str, tuple[float, float]]) -> go.Figure:
    """Choropleth of a World Bank series (each country's latest value, from ``reference_layers.map_layer``), with
    the library's claims on top: a dot per country with figures, sized by how many, that a click opens.

    The map is full from the first article on; the dots keep the claims one click away. Clicking a
    shaded country does the same (its id is ``COUNTRY_TOKEN + iso3``); the hover says how many
    figures the articles give for it.
    """
    if reference.empty:
        return empty_figure("The reference tables hold no values for this map.")
    series = str(reference["series"].iloc[0])
    owned = df[df["country_iso3"].str.len() == 3] if not df.empty else df
    counts = owned.groupby("country_iso3").size() if not owned.empty else pd.Series(dtype=int)
    said = [f"{int(counts.get(c, 0)):,} figure(s) in the articles" + (": click to read" if counts.get(c, 0) else "")
            for c in reference["country_iso3"]]
    unit = str(reference["unit"].iloc[0])
    suffix = "%" if "%" in unit else ""
    # A war economy (Ukraine, about 34% of GDP) would leave every other country pale: the scale tops out at the
    # 95th percentile, the countries above it share the darkest shade, and the hover gives every true value.
    top = float(reference["value"].quantile(0.95)) or 1.0
    fig = go.Figure(go.Choropleth(
        locations=reference["country_iso3"], locationmode="ISO-3", z=reference["value"].astype(float),
        customdata=[[COUNTRY_TOKEN + str(c), hover(n, y, v, u, series), s] for c, n, y, v, u, s in zip(
            reference["country_iso3"], reference["country"], reference["year"], reference["value"], reference["unit"],
            said, strict=True)],
        colorscale=[[0, "#fbeee0"], [1, "#a8551a"]], marker_line_color="white", marker_line_width=0.5,
        zmin=0, zmax=top, colorbar={"title": {"text": f"{esc(unit)}<br>(darkest: {top:,.1f}{suffix}<br>or more)"}, "thickness": 12,
                                      "ticksuffix": suffix},
        name=series_name(series), hovertemplate="%{customdata[1]}<br>%{customdata[2]}<extra></extra>",
    ))
    dots = [(c, counts[c], points[c]) for c in counts.index if c in points]
    if dots:
        names = owned.drop_duplicates("country_iso3").set_index("country_iso3")["country"]
        fig.add_trace(go.Scattergeo(
            lat=[p[0] for _, _, p in dots], lon=[p[1] for _, _, p in dots], mode="markers",
            name="countries with figures in the articles (click one)",
            marker={"size": [min(22, 8 + 2 * int(n) ** 0.5) for _, n, _ in dots], "color": PALETTE[0],
                    "line": {"color": "white", "width": 1.5}},
            customdata=[[COUNTRY_TOKEN + c, esc(names.get(c, c)), f"{int(n):,}"] for c, n, _ in dots],
            hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[2]} figure(s) in the articles: click to read"
                          "<extra></extra>",
        ))
    fig.update_geos(showcountries=True, countrycolor="#bbb", showcoastlines=False, showframe=False,
                    projection_type="natural earth", fitbounds=False, landcolor="#f2f2f2", showland=True)
    fig.update_layout(showlegend=True)
    years = sorted({int(y) for y in reference["year"]})
    span = str(years[-1]) if len(years) == 1 else f"latest year per country, {years[0]}\u2013{years[-1]}"
    label = SERIES_LABELS.get(series, series)
    return _base_layout(fig, f"{label[:1].upper()}{label[1:]} ({span}), and where the articles have figures",
                        height=420)


def latest_per_country_metric(df: pd.DataFrame) -> pd.DataFrame:
    """The latest figure per country and metric (by year, then published date); a plan or target is
    kept apart from the latest stated level (a 2030 target is not the current strength)."""
    if df.empty:
        return df
    # Sorted and grouped on the key columns only, then the chosen rows taken whole: sorting all ~40 columns
    # of 145,000 rows (Arrow strings) cost a second of a restart's first run at 10,000 articles.
    keys = df[["year", "published", "confidence", "start", "country_iso3", "metric", "host_iso3"]].assign(
        planned_flag=planned_mask(df), year=_year_or_published(df)).reset_index(drop=True)  # (positions: the index may repeat a label)
    # (India's latest budget had become Rs 1,494 crore given to seven companies over the same article's 6.8 lakh crore)
    ordered = keys.sort_values(LATEST_ORDER, na_position="first")
    picked = ordered.groupby(["country_iso3", "metric", "host_iso3", "planned_flag"], as_index=False).tail(1).index
    return df.iloc[picked]


def _year_or_published(df: pd.DataFrame) -> pd.Series:
    """A figure's year, or for one the text gave no year, its article's year of publication: a share stated "this
    year" in an undated upload is no older than a 2006 figure of the same country (the audit's Croatia)."""
    published = pd.to_numeric(df["published"].astype("string").str[:4], errors="coerce")
    return df["year"].astype("Float64").fillna(published.astype("Float64"))


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
    stated = rows[~planned_mask(rows)]  # "latest stated value": a plan or target is not one (an audit saw Germany's 2027
    if stated.empty:  # brigade in Lithuania as a plain bar)
        return empty_figure(f"Only plans or targets for {esc(declared.label.lower())} match the filters: see its own page.")
    rows = stated
    keys = ["country_iso3", "host_iso3"] if declared.needs_host else ["country_iso3"]
    rows = rows.assign(_order=_year_or_published(rows)).sort_values(["_order", "confidence", "start"], na_position="first").drop(columns="_order")
    latest = rows.groupby(keys, dropna=False, as_index=False).tail(1)
    labels = [(pair_label(o, h, country_name) if declared.needs_host else name) for o, h, name in
              zip(latest["country_iso3"], latest.get("host_iso3", pd.Series("", index=latest.index)), latest["country"],
                  strict=True)]
    unit = declared.unit if declared.unit != "currency" else ""
    x, axis = latest["value"], declared.axis or declared.label
    if declared.unit == "currency" and latest["unit"].nunique() > 1:  # rupees beside euros on one axis mislead (an
        usd = latest["value_usd"].notna().to_numpy()  # audit): in US dollars, each local amount kept in the hover
        latest, labels = latest[usd], [label for label, keep in zip(labels, usd, strict=True) if keep]
        x, axis = latest["value_usd"], "US dollars (converted at each article's date; the hover gives the amount stated)"
    low = low_mask(latest).tolist()
    fig = go.Figure(go.Bar(
        x=x.tolist(), y=[esc(x) for x in labels], orientation="h", name=esc(declared.label),
        marker={"color": [faded(PALETTE[0], x) for x in low], "pattern": {"shape": [LOW_PATTERN if x else "" for x in low]}},
        customdata=[[fid, fmt_value(v, unit or (u if declared.unit == "currency" else "")), confidence_note(c)]
                    for fid, v, u, c in zip(latest["figure_id"], latest["value"], latest["unit"],
                                            latest.get("confidence", pd.Series(pd.NA, index=latest.index)), strict=True)],
        hovertemplate="%{y}: %{customdata[1]} · %{customdata[2]}<extra></extra>"))
    # money in round short ticks ("20B"), not "20,000,000,000" tilted into the source line (looked at in Chromium)
    fig.update_xaxes(title_text=esc(axis), **(money_axis(x) if declared.unit == "currency" else {"tickformat": ","}))
    return _base_layout(fig, esc(f"{declared.label}: latest stated value"), height=200 + 28 * len(labels))
