"""Data: the whole tidy table under the current filters, its data dictionary, and the downloads."""

import pandas as pd
import streamlit as st

from dashboard import schema
from dashboard.app import ui

ROWS_SHOWN = 5000  # a browser table of 100,000 rows costs seconds per rerun; the CSV has everything

loaded = ui.page_data("Data", "The tidy figures table under the current filters: one row per figure, "
                              "with its quote, passage and source.")
if loaded:
    library, f, view = loaded
    if view.empty:
        ui.no_match_message(f)
    else:
        shown = view.head(ROWS_SHOWN)
        if len(view) > ROWS_SHOWN:
            st.caption(f"Showing the first {ROWS_SHOWN:,} of {len(view):,} rows; the downloads below hold them all.")
        st.dataframe(ui.figure_table(shown), hide_index=True, width="stretch", height=420,
                     column_config={"url": st.column_config.LinkColumn("url"),
                                    "year": st.column_config.NumberColumn("year", format="%d")})
    ui.downloads(view, library.figures, f, key="data")
st.subheader("Data dictionary")
st.dataframe(pd.DataFrame([{"column": c.name, "type": c.dtype, "meaning": c.description}
                           for c in schema.FIGURE_COLUMNS]), hide_index=True, width="stretch")
st.subheader("Metrics")
st.dataframe(pd.DataFrame([{"metric": m.key, "label": m.label, "unit": m.unit, "meaning": m.description}
                           for m in schema.METRICS.values()]), hide_index=True, width="stretch")
