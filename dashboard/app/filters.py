"""Choices that live in the URL by value, the filtered view of a library (kept per filter), and tables with
untrusted text made visible. The sidebar's filter widgets are in ``sidebar``."""

from __future__ import annotations

import threading

import numpy as np
import pandas as pd
import streamlit as st

from dashboard.app.cache import Library
from dashboard.app.passages import md_escape, visible_controls
from dashboard.app.perframe import per_frame
from dashboard.tables.filters import Filters, apply_filters


def url_choice(label: str, options: list[str], key: str, **kwargs) -> str | None:
    """A select box whose choice is in the URL as the option itself (``?article=<id>``), not its label.

    ``bind="query-params"`` would put the formatted label in the URL, so a link by id picks nothing
    (and shows the first option). Here a link (or Back / Forward) that names an option selects it,
    an unknown value leaves the first option, and a choice the user makes is written to the URL
    through st.query_params, which adds a browser history entry.
    """
    wanted = st.query_params.get(key)
    seen_key = f"_url_{key}"
    if wanted != st.session_state.get(seen_key, "\0"):  # the URL changed under us: a link, Back or Forward
        st.session_state[key] = wanted if wanted in options else (options[0] if options else None)
        st.session_state[seen_key] = wanted
    if wanted is not None and wanted not in options:
        st.caption(f"No {md_escape(key)} {md_escape(wanted)} in the library; showing the first one.")

    def to_url() -> None:
        st.query_params[key] = st.session_state[key]
        st.session_state[seen_key] = st.session_state[key]

    return st.selectbox(label, options, key=key, on_change=to_url, **kwargs)


def visible_table(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """A copy of ``df`` with control and bidi characters in these (untrusted) text columns made visible."""
    return df.assign(**{c: df[c].map(visible_controls, na_action="ignore") for c in columns if c in df.columns})


VIEWS_KEPT = 8  # filtered views kept per library frame: going back to a filter shows it at once
_LOCK = threading.Lock()


@per_frame
def _views(figures: pd.DataFrame) -> dict[Filters, pd.DataFrame]:
    return {}


@per_frame
def _rows_by_country(figures: pd.DataFrame) -> dict[str, np.ndarray]:
    """Row positions of the figures each country owns or hosts (sorted), once per library frame."""
    owners = figures.groupby("country_iso3", sort=False).indices
    hosts = figures.groupby("host_iso3", sort=False).indices
    return {c: np.union1d(owners.get(c, []), hosts.get(c, [])).astype(np.intp) for c in set(owners) | set(hosts) if c}


def filtered(library: Library, f: Filters) -> pd.DataFrame:
    """The library's figures under the filters (``tables.filters.apply_filters``), shared like the library
    (callers never modify it): the last few views of each library are kept, and a country filter takes its
    countries' rows from a per-library index before testing the other conditions."""
    figures = library.figures
    views = _views(figures)
    with _LOCK:
        view = views.get(f)
    if view is None:
        if f.countries and len(figures):
            index = _rows_by_country(figures)
            parts = [index[c] for c in f.countries if c in index]
            figures = figures.iloc[np.unique(np.concatenate(parts)) if parts else []]
        view = apply_filters(figures, f)
    with _LOCK:  # sessions run in threads of their own
        view = views.pop(f, view)
        while len(views) >= VIEWS_KEPT:
            views.pop(next(iter(views)))
        views[f] = view  # most recent last
    return view
