"""The run's shared state: the library and the sidebar's filters, computed once per rerun.

In: the data folder (through ``cache.load_library``) and the URL-bound sidebar filters (``sidebar``).
Out: a :class:`Shared` value for the page that runs next (``start_run`` in the main script, before the
page; ``shared()`` in the page), and, after the page (``finish_run``), the sidebar's filter widgets and
its counts line (read from the files again when the page wrote a decision: ``refresh_sidebar_counts``).
No session keys: a context variable carries the value within one script run.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from typing import NoReturn

import pandas as pd
import streamlit as st

from dashboard.app.cache import Library, load_library
from dashboard.app.passages import count_text
from dashboard.app.perframe import per_frame
from dashboard.app.rebuild import show_progress
from dashboard.app.sidebar import current_filters, draw_filters
from dashboard.tables.filters import Filters

_CHANGED: ContextVar[bool] = ContextVar("dashboard_library_changed", default=False)


def refresh_sidebar_counts() -> None:
    """A page that just wrote a decision calls this: the sidebar's counts, drawn after the page, are read from
    the files again (every other run counts the library it started with: reading the folder's state again
    costs a stat per article)."""
    _CHANGED.set(True)


def library_counts(library: Library) -> str:
    """'1 article · 3 figures · 2 to review · 1 rejected' for the sidebar."""
    return f"{count_text(len(library.articles), 'article')} \u00b7 {_figure_counts(library.figures)}"


@per_frame
def _figure_counts(figures: pd.DataFrame) -> str:
    """'3 figures · 2 to review · 1 rejected' (once per library frame: two scans of every row)."""
    text = count_text(len(figures), "figure")
    if len(figures) and "status" in figures.columns:
        to_review, rejected = int((figures["status"] == "extracted").sum()), int((figures["status"] == "rejected").sum())
        text += f" \u00b7 {to_review:,} to review" + (f" \u00b7 {rejected:,} rejected" if rejected else "")
    return text


@dataclass(frozen=True)
class Shared:
    """What every page works from in one run: the library and the sidebar's filters."""

    library: Library
    filters: Filters


# Set by start_run() in the main script and read by shared() in the page it then runs: both happen in the
# same script run, on the same thread, so a context variable carries the value with no session keys.
_SHARED: ContextVar[Shared | None] = ContextVar("dashboard_shared", default=None)


def start_run() -> Shared:
    """The main script's call before a page runs: load the library and read the filters (from the URL and the
    widgets' state; the widgets are drawn by ``finish_run``). Every page then gets the same objects from
    ``shared()``."""
    library = load_library()
    if library.rebuild is not None:
        show_progress(library.rebuild)
    value = Shared(library, current_filters(library.figures))
    _SHARED.set(value)
    _CHANGED.set(False)
    return value


class PageDone(Exception):  # noqa: N818 - a signal, like Streamlit's StopException, not an error
    """Raised by ``stop_page``; the main script catches it and still draws the sidebar."""


def stop_page() -> NoReturn:
    """End the page here (instead of ``st.stop()``, after which the sidebar's filters could not be drawn)."""
    raise PageDone


def finish_run() -> None:
    """The main script's call after the page: the sidebar's filter widgets, showing the values the page used,
    and the counts line from the files as they are now."""
    here = shared()
    draw_filters(here.library.figures)
    st.sidebar.caption(library_counts(load_library() if _CHANGED.get() else here.library))


def shared() -> Shared:
    """The library and filters of this run (see ``start_run``); a page run on its own gets the library
    and no filters."""
    value = _SHARED.get()
    return value if value is not None else Shared(load_library(), Filters())

