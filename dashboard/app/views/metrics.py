"""Metrics: any declared metric, drawn from its schema declaration alone (a new metric appears here
with no page of its own)."""

import streamlit as st

from dashboard import charts, schema
from dashboard.app import ui

loaded = ui.page_data("Metrics",
                      "Every metric the schema declares, one at a time: the latest stated value per country "
                      "(owner \u2192 host for deployments), or the claims of a qualitative metric by year. "
                      "Faded, hatched bars are low confidence (< 0.6).")
if loaded:
    library, f, view = loaded
    present = [m for m in schema.METRICS if (view["metric"] == m).any()]
    if not present:
        ui.no_match_message(f)
    else:
        metric = ui.url_choice("Metric", present, key="measure",
                               format_func=lambda m: schema.METRICS[m].label) or present[0]
        rows = view[view["metric"] == metric]
        st.caption(ui.md_escape(schema.METRICS[metric].description))
        picked = ui.show_chart(ui.cached_figure("metric", lambda: charts.metric_chart(rows, metric), metric),
                               key=f"metric-{metric}")
        ui.render_passages(rows, picked)
        ui.downloads(rows, library.figures, f, key=f"metric-{metric}", part=metric)
