"""The Overview's latest figure per country and metric: a short list at start, every row as a table on demand.

In: the filtered figures. Out: the newest latest figures as escaped markdown lines (the text bundle
every page loads anyway), and, in an expander bound to the URL (``?table=true``), the full table as
an ``st.dataframe``. The table is built and sent only while the expander is open: its grid and
Arrow bundles (about 1.3 MB of JavaScript) would otherwise load, and run, before the page's first
chart shows (measured in benchmarks/RESULTS.md, the browser section).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, schema
from dashboard.app.filters import visible_table
from dashboard.app.passages import count_text, md_escape
from dashboard.app.perframe import per_frame
from dashboard.extraction.countries import gazetteer

LIST_ROWS = 12  # lines of the short list: the newest; the expander holds them all
TABLE_KEY = "table"  # the expander's key and URL parameter (?table=true opens it)
COLUMNS = ["country", "metric_label", "figure", "year", "stage_label", "host_iso3", "confidence", "check", "quote",
           "publisher", "published"]


def latest_table(view: pd.DataFrame) -> pd.DataFrame:
    """The latest figure per country and metric (``charts.latest_per_country_metric``) in reading columns,
    newest first (by year, then published date)."""
    latest = charts.table_sums(view, charts.latest_per_country_metric(view))  # a host's rows of one table: their sum
    table = latest.assign(
        metric_label=latest["metric"].map(lambda m: schema.METRICS[m].label),
        figure=[f"claimed {d}" if schema.METRICS[m].qualitative else charts.summed_amount(v, n) if n > 1
                else charts.hedged_value(v, u, q, lo, hi)  # ("more than 18,000", "about 4,000": as the article hedged it)
                for v, u, m, d, n, q, lo, hi in zip(latest["value"], latest["unit"], latest["metric"], latest["direction"],
                                                    latest["parts"], *(latest.get(c, pd.Series(None, index=latest.index))
                                                                       for c in ("qualifier", "low", "high")), strict=True)],
        stage_label=latest["stage"].replace({schema.PLANNED: charts.PLANNED_LABEL}),
        check=charts.low_mask(latest).map({True: "low: check the passage", False: ""}),
    )[COLUMNS]
    table = table.sort_values(["year", "published"], ascending=False, na_position="last", kind="stable")
    return visible_table(table, ["quote", "publisher", "published"])


def line(r) -> str:
    """One latest figure as escaped markdown: '**United States** · Troops deployed abroad · **28,500** (2025) ·
    in South Korea · confidence 0.92 · EconoTimes, 2025-11-03'; a low confidence in an orange badge."""
    year = "" if pd.isna(r.year) else f" ({int(r.year)})"
    bits = [f"**{md_escape(r.country)}**", md_escape(r.metric_label), f"**{md_escape(r.figure)}**{year}"]
    if r.host_iso3:
        bits.append(f"in {md_escape(gazetteer().name(r.host_iso3))}")
    if r.stage_label:
        bits.append(md_escape(r.stage_label))
    note = md_escape(charts.confidence_note(r.confidence))
    bits.append(f":orange-badge[{note}]" if r.check else note)
    bits.append(", ".join(md_escape(x) for x in (r.publisher, r.published) if isinstance(x, str) and x))
    return " \u00b7 ".join(b for b in bits if b)


# Once per filtered view (``filters.filtered`` keeps a view per library and filters, never modified): the
# table was a quarter of the Overview's server time on each run, while the browser asked for the chart's bundle.
_latest_of_view = per_frame(latest_table)


def show_latest(view: pd.DataFrame) -> None:
    """The subheader, the newest LIST_ROWS latest figures as a list, and the whole table in an expander."""
    st.subheader("Latest figure per country and metric")
    table = _latest_of_view(view)
    st.markdown("\n".join(f"- {line(r)}" for r in table.head(LIST_ROWS).itertuples()))
    if len(table) > LIST_ROWS:
        st.caption(f"The {LIST_ROWS} newest of {count_text(len(table), 'row')}; the table below has them all.")
    # a label that never changes: it is part of the expander's identity, so a count in it would close it
    box = st.expander("Every row as a table (quotes, confidence, sorting)", key=TABLE_KEY, bind="query-params")
    if box.open:
        box.dataframe(table, hide_index=True, width="stretch", column_config={
            "country": "Country", "metric_label": "Metric", "figure": "Figure",
            "year": st.column_config.NumberColumn("Year", format="%d"),
            "stage_label": st.column_config.TextColumn("Stage", width="small"), "host_iso3": "Host",
            "confidence": st.column_config.NumberColumn(
                "Confidence", format="%.2f", help=f"How likely the figure is right (0-1); {charts.LOW_LABEL} is "
                                                  "flagged. 1 once a reviewer accepted or corrected it."),
            "check": st.column_config.TextColumn("Check", width="medium"), "quote": "Quote",
            "publisher": "Publisher", "published": "Published"})
