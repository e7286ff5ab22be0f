"""Data: the whole tidy table under the current filters, its data dictionary, and the downloads."""

import pandas as pd
import streamlit as st

from dashboard import schema
from dashboard.app import ui
from dashboard.tables import reference
from dashboard.tables.export import to_csv_bytes

ROWS_SHOWN = 5000  # a browser table of 100,000 rows costs seconds per rerun; the CSV has everything

loaded = ui.page_data("Data", "The tidy figures table under the current filters: one row per figure, "
                              "with its quote, passage and source.")
if loaded:
    library, f, view = loaded
    if view.empty:
        ui.no_match_message(f)
    else:
        shown = view.head(ROWS_SHOWN)
        st.caption(f"{ui.count_text(len(view), 'figure')}" + ui.likely_wrong_text(view, bold=False))
        if len(view) > ROWS_SHOWN:
            st.caption(f"Showing the first {ROWS_SHOWN:,} of {len(view):,} rows; the downloads below hold them all.")
        st.dataframe(ui.figure_table(shown), hide_index=True, width="stretch", height=420 if len(shown) > 10 else "auto",
                     column_config={"url": st.column_config.LinkColumn("url"),
                                    "value": st.column_config.TextColumn("value", width="medium"),
                                    "value_usd": st.column_config.TextColumn("value_usd", width="medium"),
                                    "year": st.column_config.NumberColumn("year", format="%d"),
                                    "reference_year": st.column_config.NumberColumn("reference_year", format="%d"),
                                    "reference_value": st.column_config.NumberColumn("reference_value", width="medium",
                                                                                     format="localized"),
                                    "reference_diff_pct": st.column_config.NumberColumn("reference_diff_pct",
                                                                                        format="%+.1f")})
    ui.downloads(view, library.figures, f, key="data")
    if view["reference_value"].notna().any():
        st.caption("The reference columns compare each figure with the World Bank series. "
                   + ui.md_escape(ui.reference_attribution()))

st.subheader("World Bank reference table")
try:
    ref = reference.load_reference()
except reference.ReferenceDataError as exc:
    st.warning(ui.md_escape(str(exc)))
else:
    st.caption(ui.md_escape(
        f"The series the figures are compared with, one row per country, series and year ({len(ref):,} rows): "
        f"{'; '.join(reference.SERIES_LABELS.get(s, s) for s in reference.SERIES if s in set(ref['series']))}."))
    st.download_button(f"Download the reference table ({len(ref):,} rows, CSV)", lambda: to_csv_bytes(ref),
                       file_name="world-bank-reference.csv", mime="text/csv", key="data-reference",
                       help="Every row carries its series, unit, source and attribution.")
    st.caption(ui.md_escape(reference.attribution()))
st.subheader("Data dictionary")
# static tables, so each meaning wraps in full (a browser audit found it cut off at the grid's right edge)
st.table(pd.DataFrame([{"column": c.name, "type": c.dtype, "meaning": c.description}
                       for c in schema.FIGURE_COLUMNS]).set_index("column"))
st.subheader("Metrics")
st.table(pd.DataFrame([{"metric": m.key, "label": m.label, "unit": m.unit, "meaning": m.description}
                       for m in schema.METRICS.values()]).set_index("metric"))
