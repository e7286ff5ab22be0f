"""Troop strength: forces deployed abroad, owner -> host, on bars, a map and over time."""

import streamlit as st

from dashboard import charts, schema
from dashboard.app import ui
from dashboard.extraction.countries import country_points

loaded = ui.page_data("Troop strength abroad",
                      "Forces a country keeps in another country, as articles state them. "
                      "Bars show the latest stated level; click one to read the sentences behind it. "
                      "Diamonds are plans or targets; faded, hatched bars are low confidence (< 0.6).")
if loaded:
    library, f, view = loaded
    kinds = schema.metrics_where(page="troops")
    rows = view[view["metric"].isin(kinds)]
    if rows.empty:
        if f.active:
            ui.no_match_message(f)
        else:
            st.info("No troop deployments in the library yet.")
    else:
        # one chart drawn at a time: the others are one click away and not built until picked
        bars_tab, map_tab, time_tab = ui.chart_panes(["Latest levels", "Map", "Over time"])
        picked: list[str] = []
        with bars_tab:
            if bars_tab.open:
                picked = ui.show_chart(ui.cached_figure("troops-bars", lambda: charts.deployment_bars(rows)),
                                       key="troops-bars")
        with map_tab:
            if map_tab.open:
                picked = ui.show_chart(ui.cached_figure(
                    "troops-map", lambda: charts.deployment_map(rows, country_points())), key="troops-map")
        with time_tab:
            if time_tab.open:
                picked = ui.show_time_chart(
                    "troops-time", lambda: charts.level_over_time(rows, kinds[0], ["country_iso3", "host_iso3"]),
                    "A line over time appears when the library holds the same deployment for "
                    "more than one year.")
        ui.chart_passages(rows, picked)
        ui.downloads(rows, library.figures, f, key="troops", part="troops-abroad")
