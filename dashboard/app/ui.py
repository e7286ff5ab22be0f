"""The Streamlit shell every page works through: one ``ui`` name for what pages need twice.

In: the run's library and filters (``state``), figures DataFrames, Plotly figures.
Out: the common start of a data page, the library's reading problems, charts whose clicked points
come back as figure ids, and the two CSV downloads (formula-safe, via ``tables.export``).

Pages stay thin (widgets -> filter -> figure -> passages) and call everything as ``ui.X``: this
module's own functions and the names re-exported below from ``state`` (the run's shared state),
``messages`` (empty and no-match messages), ``display`` (figures tables for reading), ``cache``,
``filters`` and ``passages``. Caching sits only at the loaders and is keyed by the files' names,
sizes and mtimes, so a new or edited article (or a new review decision) is seen on the next rerun.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts
from dashboard.app.cache import Library, article_text, load_library
from dashboard.app.chartcache import cached_figure
from dashboard.app.chartsource import add_source_line, has_source, source_line
from dashboard.app.display import figure_table, plain_number, value_text
from dashboard.app.filters import filtered, url_choice, visible_table
from dashboard.app.mapconfig import plotly_config
from dashboard.app.messages import empty_library_message, filter_scope, no_match_message
from dashboard.app.passages import (
    PAGE_CHARS,
    count_text,
    highlight_page,
    md_escape,
    passage_card,
    reference_attribution,
    render_passages,
    safe_url,
    text_pages,
    visible_controls,
)
from dashboard.app.state import (
    PageDone,
    Shared,
    finish_run,
    library_counts,
    refresh_sidebar_counts,
    shared,
    start_run,
    stop_page,
)
from dashboard.paths import data_dir
from dashboard.tables.additions import is_addition
from dashboard.tables.export import to_csv_bytes
from dashboard.tables.filters import Filters, download_name
from dashboard.tables.overlay import likely_wrong


def show_problems(library: Library) -> None:
    if library.problems:
        with st.expander(f"{count_text(len(library.problems), 'problem')} while reading the library"):
            for p in library.problems:
                st.text(visible_controls(p))  # a file name's bidi override must not reorder the line
    if library.orphans:
        with st.expander(f"{count_text(len(library.orphans), 'review decision')} no longer "
                         f"{'matches' if len(library.orphans) == 1 else 'match'} a figure"):
            st.caption("The article was edited or removed since the decision. The decisions are kept.")
            for d in library.orphans:
                kind = "added figure" if is_addition(d) else d.decision
                st.text(visible_controls(f"{d.figure_id}: {kind} (quote: {d.quote!r})"))


def show_chart(fig, key: str) -> list[str]:
    """Draw a chart (offline map assets, PNG export named after ``key``, its source line: see ``chartsource``)
    and return the figure ids of clicked points."""
    here = shared()
    if not has_source(fig):  # a kept figure (cached_figure) has its line already
        add_source_line(fig, source_line(fig, here.library.articles, lambda: filtered(here.library, here.filters)))
    config = plotly_config()
    config["toImageButtonOptions"]["filename"] = f"defense-figures-{key}"
    event = st.plotly_chart(fig, key=key, on_select="rerun", selection_mode="points", config=config, width="stretch")
    return charts.selected_ids(event)


def show_time_chart(key: str, build, empty_note: str) -> list[str]:
    """The "Over time" pane of a chart page: the kept line chart ``build`` makes, or ``empty_note`` when it makes
    none (one year of data); the clicked figure ids, as ``show_chart``."""
    over_time = cached_figure(key, build)
    if over_time is None:
        st.caption(empty_note)
        return []
    return show_chart(over_time, key=key)


# ---------------------------------------------------------------------------
# Downloads
# ---------------------------------------------------------------------------


EAGER_DOWNLOAD_ROWS = 2000


def likely_wrong_text(view: pd.DataFrame, bold: bool = True) -> str:
    """' · about **1.2** of the 4 figures to review likely wrong (expected from ...)', or '' when none is left to
    review: the expected count ``tables.overlay.likely_wrong`` gives, which came within a few of the true count on
    fresh text."""
    expected, counted = likely_wrong(view)
    if not counted:
        return ""
    amount = f"{expected:.1f}" if expected < 10 else f"{expected:,.0f}"
    amount = f"**{amount}**" if bold else amount
    return (f" \u00b7 about {amount} of the {count_text(counted, 'figure')} with a number to review likely wrong "
            "(expected from their confidence; Review lists the least sure first)")  # (trend claims have none: the
    # sidebar's count of figures to review includes them, and an audit took the two counts for a mismatch)


def _csv(df: pd.DataFrame):
    """CSV bytes for a download button: built now for small tables, on click for large ones.

    A download button's data is sent to the browser on every rerun; for thousands of rows that
    would dominate a filter change, so large tables are handed over as a callable instead.
    """
    if len(df) <= EAGER_DOWNLOAD_ROWS:
        return to_csv_bytes(df)
    return lambda: to_csv_bytes(df)


def downloads(view: pd.DataFrame, whole: pd.DataFrame, f: Filters, key: str, part: str = "") -> None:
    """Two CSV downloads: the figures behind this view, and the whole table. A page that shows part of the table
    names it (``part``: 'budgets', an article's id), so the first file's name says what is in it, not "all"."""
    left, right = st.columns(2)
    left.download_button(
        f"Download these figures ({count_text(len(view), 'figure')}, CSV)",
        _csv(view), file_name=download_name(f, prefix=f"defense-figures_{part}" if part else "defense-figures"),
        mime="text/csv", key=f"{key}-view", disabled=view.empty,
        help="Every row carries its quote, passage, article title, publisher, date and link.",
    )
    right.download_button(
        f"Download the whole table ({count_text(len(whole), 'figure')})", _csv(whole), file_name=download_name(f, whole=True),
        mime="text/csv", key=f"{key}-all", disabled=whole.empty,
    )


CHART_TAB_KEY = "chart"  # the chart picker's URL parameter on every page: ?chart=Map opens a page's map


class _Pane:
    """One of a page's charts: ``open`` when picked; a ``with`` block that draws into the page (or nowhere)."""

    def __init__(self, open_: bool):
        self.open = open_
        self._box = st.container() if open_ else None

    def __enter__(self):
        return self._box.__enter__() if self._box is not None else self

    def __exit__(self, *exc):
        return self._box.__exit__(*exc) if self._box is not None else False


def chart_panes(labels: list[str]) -> list[_Pane]:
    """A page's charts, one drawn at a time: a picker bound to ``?chart=`` and one pane per label; the script
    builds only the picked one's chart (``pane.open``).

    Drawing every chart of a page on each filter change put them all in the burst that redraws the first one
    (benchmarks/RESULTS.md, the browser section). ``st.tabs`` with ``.open`` skips the closed tabs' charts too, but
    its tab bar cost ~0.05 s more browser CPU per change than this picker. Keep the labels fixed (URL values).
    """
    picked = st.segmented_control("Chart", labels, default=labels[0], required=True, key=CHART_TAB_KEY,
                                  bind="query-params", label_visibility="collapsed")
    return [_Pane(label == (picked or labels[0])) for label in labels]


FIRST_CARDS = 3  # cards under a chart page's chart before the expander with the next ones
MORE_PASSAGES_KEY = "passages"  # the expander's URL parameter, as on the Overview: ?passages=true opens it


def chart_passages(rows: pd.DataFrame, picked: list[str]) -> None:
    """The passage cards under a chart page's chart: those of the clicked points; else the first FIRST_CARDS, and
    the next ones in an expander drawn only when open.

    Each card is a burst of elements the browser lays out again on every filter change before the chart's redraw
    (ten cost ~0.12 s of browser CPU per change at 1,000 articles: benchmarks/RESULTS.md, the browser section).
    Citations fold into a "Cite" popover, as on the Overview.
    """
    if picked:
        render_passages(rows, picked, cite_folded=True)
        return
    render_passages(rows, limit=FIRST_CARDS, cite_folded=True)
    if len(rows) > FIRST_CARDS:  # a fixed label: it is part of the expander's identity
        box = st.expander("More source passages", key=MORE_PASSAGES_KEY, bind="query-params")
        if box.open:
            with box:
                render_passages(rows, heading="", skip=FIRST_CARDS, cite_folded=True)


def page_data(title: str, caption: str) -> tuple[Library, Filters, pd.DataFrame] | None:
    """Common start of a data page: title, the library, the filters; None when there is nothing to show."""
    st.title(title)
    st.caption(caption)
    library, f = shared().library, shared().filters
    show_problems(library)
    if library.figures.empty:
        empty_library_message()
        return None
    view = filtered(library, f)
    return library, f, view


# What pages call as ui.X: this module's own functions and these, re-exported from cache, display, filters,
# messages, passages and state
__all__ = ["PAGE_CHARS", "Library", "PageDone", "Shared", "article_text", "cached_figure", "chart_panes", "chart_passages", "count_text", "data_dir",
           "downloads", "empty_library_message", "figure_table", "filter_scope", "filtered", "finish_run",
           "highlight_page", "library_counts", "load_library", "md_escape", "no_match_message", "page_data",
           "passage_card", "plain_number", "reference_attribution", "refresh_sidebar_counts", "render_passages",
           "safe_url", "shared",
           "show_chart", "show_time_chart", "show_problems", "start_run", "stop_page", "text_pages", "url_choice", "value_text",
           "visible_controls", "visible_table"]
