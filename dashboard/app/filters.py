"""The sidebar filters, bound to the URL (a shared link reproduces the view; Back undoes a filter), and
choices that live in the URL by value."""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np
import pandas as pd
import streamlit as st

from dashboard import schema
from dashboard.app.cache import Library
from dashboard.app.passages import md_escape, visible_controls
from dashboard.app.perframe import per_frame
from dashboard.extraction.countries import gazetteer
from dashboard.tables.filters import Filters, apply_filters

# ---------------------------------------------------------------------------
# Sidebar filters, bound to the URL
# ---------------------------------------------------------------------------

COUNTRY_KEY, METRIC_KEY, YEARS_KEY, PUBLISHER_KEY, REJECTED_KEY = "country", "metric", "years", "publisher", "rejected"


def _url_bound(key: str, decode, encode) -> Callable[[], None]:
    """Keep widget ``key`` and the URL's ``key`` values in step; return the widget's on_change.

    ``bind="query-params"`` replaces the browser's history entry, so Back left the app after a
    filter change. Here the URL is read on every run (a link, Back or Forward sets the widget), and
    a change the user makes is written through st.query_params, which adds a history entry.
    ``decode`` maps the URL's list of strings to a widget value (or None: leave the widget as it is);
    ``encode`` maps a widget value to that list ([] removes the key).
    """
    raw = st.query_params.get_all(key)
    seen_key = f"_url_{key}"
    if raw != st.session_state.get(seen_key):  # the URL changed under us: a link, Back or Forward
        value = decode(raw)
        if value is not None:
            st.session_state[key] = value
        st.session_state[seen_key] = raw

    def to_url() -> None:
        values = encode(st.session_state[key])
        if values:
            st.query_params[key] = values
        elif key in st.query_params:
            del st.query_params[key]
        st.session_state[seen_key] = [str(v) for v in values]

    return to_url


@per_frame
def _choices(figures: pd.DataFrame) -> tuple[dict[str, str], list[str], tuple[int, int, int], list[str]]:
    """What the sidebar offers for this library: countries by name, metrics present, (how many figures have a
    year, the first, the last), publishers. Once per library frame: the scans of 100,000 rows each rerun
    were a large share of a filter change."""
    gaz = gazetteer()
    # unique() first: iterating a 100,000-row Arrow string column in Python takes seconds
    codes = set(figures["country_iso3"].unique()) | {h for h in figures["host_iso3"].unique() if h}
    by_name = {gaz.name(c): c for c in codes if c}
    present = set(figures["metric"].unique())
    metrics = [m for m in schema.METRICS if m in present]
    years = figures["year"].dropna().astype(int)
    span = (len(years), int(years.min()), int(years.max())) if len(years) else (0, 0, 0)
    publishers = sorted(p for p in figures["publisher"].unique() if p)
    return by_name, metrics, span, publishers


def sidebar_filters(figures: pd.DataFrame) -> Filters:
    """Countries, metric, years, publisher: in the sidebar of every page and in the URL (with history)."""
    sb = st.sidebar
    sb.header("Filters")
    by_name, metrics, (n_years, lo, hi), publishers = _choices(figures)
    sync = _url_bound(COUNTRY_KEY, lambda raw: [n for n in raw if n in by_name], list)
    picked_names = sb.multiselect("Countries", sorted(by_name), key=COUNTRY_KEY, on_change=sync,
                                  placeholder="All countries",
                                  help="A country matches the figures it owns and the troops it hosts.")
    chosen = [by_name[n] for n in picked_names if n in by_name]
    by_label = {schema.METRICS[m].label: m for m in metrics}
    sync = _url_bound(METRIC_KEY, lambda raw: [by_label[v] for v in raw if v in by_label],
                      lambda ms: [schema.METRICS[m].label for m in ms])
    chosen_metrics = sb.multiselect("Metric", metrics, key=METRIC_KEY, on_change=sync,
                                    format_func=lambda m: schema.METRICS[m].label, placeholder="All metrics")
    year_range = None
    if n_years and lo < hi:

        def span(raw: list[str]) -> tuple[int, int]:
            try:
                a, b = sorted(int(v) for v in raw[:2]) if len(raw) >= 2 else (lo, hi)
            except ValueError:
                a, b = lo, hi
            return max(lo, min(a, hi)), max(lo, min(b, hi))

        sync = _url_bound(YEARS_KEY, span, lambda v: [] if tuple(v) == (lo, hi) else [str(v[0]), str(v[1])])
        if YEARS_KEY not in st.session_state:
            st.session_state[YEARS_KEY] = (lo, hi)
        picked = sb.slider("Years", lo, hi, key=YEARS_KEY, on_change=sync)
        if tuple(picked) != (lo, hi):
            year_range = (int(picked[0]), int(picked[1]))
    elif n_years:
        sb.caption(f"All figures refer to {lo}.")
    chosen_publishers: list[str] = []
    if publishers:
        sync = _url_bound(PUBLISHER_KEY, lambda raw: [p for p in raw if p in publishers], list)
        chosen_publishers = sb.multiselect("Publisher", publishers, key=PUBLISHER_KEY, on_change=sync,
                                           format_func=visible_controls, placeholder="All publishers")
    sync = _url_bound(REJECTED_KEY, lambda raw: bool(raw) and raw[-1].lower() in ("true", "1", "yes"),
                      lambda on: ["true"] if on else [])
    rejected = sb.checkbox("Show rejected figures", key=REJECTED_KEY, on_change=sync,
                           help="Figures a reviewer rejected are hidden unless you ask for them.")
    return Filters(tuple(chosen), tuple(chosen_metrics), year_range, tuple(chosen_publishers), bool(rejected))


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
