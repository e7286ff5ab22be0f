"""The World Bank reference layers on the chart pages: the toggle, the rows behind a chart, the attribution.

A page asks for the layer of the metrics it draws (their declared ``reference_series``), for the
countries the sidebar's filter names or, without one, the countries its claims are about. The
rows come back as their own frame, for the chart to draw behind the claims; they never join the
claims' table, its downloads or its passages. Wherever a chart draws them, the World Bank's
attribution (CC BY 4.0) follows it.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import streamlit as st

from dashboard.app.passages import md_escape
from dashboard.tables import reference
from dashboard.tables.filters import Filters
from dashboard.tables.reference_layers import (
    Index,
    layer,
    layer_countries,
    map_layer,
    series_for,
    shipped_index,
    year_window,
)

KEY = "reference"  # the toggle's key and URL parameter (?reference=false hides the layers)
LABEL = "World Bank reference"
HELP = ("Draw the World Bank's series (SIPRI and IISS data, CC BY 4.0) behind the article claims: armed forces "
        "personnel, military spending in US dollars and as a share of GDP. The claims are never changed by it.")
MAP_SERIES = "milex_share_gdp_pct"  # the Overview map's reference: the series every country has most years of


def toggle() -> bool:
    """The page's show/hide switch for the reference layers: on unless the URL or the user says otherwise."""
    return st.toggle(LABEL, value=True, key=KEY, bind="query-params", help=HELP)


def _table() -> Index | None:
    """The reference table's lookups (built once per file state), or None after saying why it cannot be read."""
    try:
        return shipped_index()
    except reference.ReferenceDataError as exc:
        st.warning(md_escape(f"The World Bank reference cannot be drawn: {exc}"))
        return None


def rows_for(claims: pd.DataFrame, metrics: Iterable[str], f: Filters, *, time_axis: bool = True) -> pd.DataFrame | None:
    """The reference rows for a chart of ``metrics``: over the claims' years (and YEARS_BACK before) on a
    time chart, each country's latest value otherwise. None when the metrics declare no series or no
    country has a value."""
    series = series_for(metrics)
    if not series:
        return None
    table = _table()
    if table is None:
        return None
    countries = layer_countries(claims, f.countries)
    if time_axis:
        window = year_window(claims)
        rows = layer(table, series[0], countries, window) if window is not None else None
    else:
        rows = layer(table, series[0], countries, latest=True)
    return rows if rows is not None and not rows.empty else None


def map_rows(f: Filters) -> pd.DataFrame | None:
    """Each country's latest share of GDP for the Overview map (only the filtered countries under a filter)."""
    table = _table()
    if table is None:
        return None
    rows = map_layer(table, MAP_SERIES, f.countries or None)
    return rows if not rows.empty else None


def attribution() -> None:
    """The World Bank's attribution, under a chart that drew reference data."""
    try:
        credit = reference.attribution()
    except reference.ReferenceDataError:
        return
    st.caption(md_escape(credit))
