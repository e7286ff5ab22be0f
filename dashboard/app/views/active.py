"""Active forces: active and reserve personnel by country, every claim shown, the World Bank's count behind."""

import streamlit as st

from dashboard import charts, schema
from dashboard.app import reflayers, ui

loaded = ui.page_data("Active forces",
                      "Active and reserve personnel. Each point is one article's claim: where sources "
                      "disagree you see all of them, and the grey bar spans the spread of stated levels. "
                      "Diamonds are plans or targets; faded, hollow points are low confidence (< 0.6). "
                      "The tall grey tick is the World Bank's latest count (armed forces including "
                      "paramilitary), not an article's.")
if loaded:
    library, f, view = loaded
    kinds = schema.metrics_where(page="active")
    rows = view[view["metric"].isin(kinds)]
    if rows.empty:
        if f.active:
            ui.no_match_message(f)
        else:
            st.info("No active or reserve personnel figures in the library yet.")
    else:
        layers = reflayers.toggle()  # drawn on every tab, so the URL keeps ?reference=false
        claims_tab, time_tab = ui.chart_panes(["Claims by country", "Over time"])  # one chart built at a time, the picked one
        picked: list[str] = []
        with claims_tab:
            if claims_tab.open:
                ref = reflayers.rows_for(rows, kinds, f, time_axis=False) if layers else None
                picked = ui.show_chart(ui.cached_figure("active-claims", lambda: charts.personnel_claims(rows, ref),
                                                        ref is not None), key="active-claims")
                if ref is not None:
                    reflayers.attribution()
        with time_tab:
            if time_tab.open:
                picked = ui.show_time_chart(
                    "active-time", lambda: charts.level_over_time(rows[rows["metric"] == kinds[0]], kinds[0], ["country"]),
                    "A line over time appears when the library holds a country's level for more than "
                    "one year.")
        ui.chart_passages(rows, picked)
        ui.downloads(rows, library.figures, f, key="active", part="active-forces")
