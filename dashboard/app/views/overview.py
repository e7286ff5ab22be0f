"""Overview: how much is in the library, where the figures are, the latest figure per country.

With the World Bank reference on (the default), the map shades every country by its latest military
spending as a share of GDP, so it is full from the first article on, and dots mark the countries the
articles give figures for; a click on either opens their passages. Off, the map counts the figures.
"""

import streamlit as st

from dashboard import charts, schema
from dashboard.app import reflayers, ui
from dashboard.extraction.countries import country_points

# 1. data and filters
loaded = ui.page_data("Defense figures from the news",
                      "Every number here comes from a sentence in an article; click a country to read its passages.")
layers = reflayers.toggle()
if not loaded and layers:  # an empty library still gets the reference map: something to explore at once
    reference_rows = reflayers.map_rows(ui.shared().filters)
    if reference_rows is not None:
        ui.show_chart(charts.reference_map(reference_rows, ui.shared().library.figures, country_points()),
                      key="overview-reference")
        reflayers.attribution()
if loaded:
    library, f, view = loaded
    counts = st.container()  # the counts row, filled after the map: the chart reaches the browser first

    def show_counts() -> None:
        a, b, c = counts.columns(3)
        a.metric("Articles", len(library.articles))
        b.metric("Figures", len(view), delta=None if not f.active else f"of {len(library.figures)}", delta_color="off")
        c.metric("Countries", view["country_iso3"].nunique())

    if view.empty:
        show_counts()
        ui.no_match_message(f)
    else:
        # 2. figure
        reference_rows = reflayers.map_rows(f) if layers else None
        if reference_rows is not None:
            picked = ui.show_chart(ui.cached_figure(
                "overview-map", lambda: charts.reference_map(reference_rows, view, country_points()), True),
                key="overview-map")
            st.caption("Shading: the World Bank's figure, not the articles'. Dots: countries the articles give "
                       "figures for (click one, or a country, to read its passages). Switch the reference off to "
                       "colour the map by the articles' figures.")
            reflayers.attribution()
        else:
            picked = ui.show_chart(ui.cached_figure("overview-map", lambda: charts.world_map(view), False), key="overview-map")
        show_counts()
        # 3. latest figure per country and metric, with its quote
        st.subheader("Latest figure per country and metric")
        latest = charts.latest_per_country_metric(view)
        table = latest.assign(
            metric_label=latest["metric"].map(lambda m: schema.METRICS[m].label),
            figure=[charts.fmt_value(v, u) if not schema.METRICS[m].qualitative else f"claimed {d}"
                    for v, u, m, d in zip(latest["value"], latest["unit"], latest["metric"], latest["direction"],
                                          strict=True)],
            stage_label=latest["stage"].replace({schema.PLANNED: charts.PLANNED_LABEL}),
            check=charts.low_mask(latest).map({True: "low: check the passage", False: ""}),
        )[["country", "metric_label", "figure", "year", "stage_label", "host_iso3", "confidence", "check", "quote",
           "publisher", "published"]]
        table = ui.visible_table(table, ["quote", "publisher", "published"])
        st.dataframe(table, hide_index=True, width="stretch", column_config={
            "country": "Country", "metric_label": "Metric", "figure": "Figure",
            "year": st.column_config.NumberColumn("Year", format="%d"),
            "stage_label": st.column_config.TextColumn("Stage", width="small"), "host_iso3": "Host",
            "confidence": st.column_config.NumberColumn(
                "Confidence", format="%.2f", help=f"How likely the figure is right (0-1); {charts.LOW_LABEL} is "
                                                  "flagged. 1 once a reviewer accepted or corrected it."),
            "check": st.column_config.TextColumn("Check", width="medium"), "quote": "Quote",
            "publisher": "Publisher", "published": "Published"})
        # 4. passages
        ui.render_passages(view, picked, limit=10)
        ui.downloads(view, library.figures, f, key="overview")
    st.subheader("Recent articles")
    recent = library.articles.sort_values("published", ascending=False).head(8)
    for r in recent.itertuples():
        url = ui.safe_url(r.url)
        link = f" \u00b7 [source]({url})" if url else ""
        st.markdown(f"**{ui.md_escape(r.title or r.article_id)}** \u00b7 {ui.md_escape(r.publisher)} \u00b7 "
                    f"{ui.md_escape(r.published)} \u00b7 {r.figures} figure(s){link}")
