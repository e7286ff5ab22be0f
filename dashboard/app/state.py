"""The run's shared state: the library and the sidebar's filters, computed once per rerun.

In: the data folder (through ``cache.load_library``) and the URL-bound sidebar widgets.
Out: a :class:`Shared` value for the page that runs next (``start_run`` in the main script,
``shared()`` in the page), and the sidebar's counts line, redrawn after a page writes a decision.
No session keys: a context variable carries the value within one script run.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard.app.cache import Library, load_library
from dashboard.app.filters import sidebar_filters
from dashboard.app.passages import count_text
from dashboard.app.perframe import per_frame
from dashboard.app.rebuild import show_progress
from dashboard.tables.filters import Filters


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


def refresh_sidebar_counts() -> None:
    """Redraw the sidebar counts from the files now: a page that just wrote a decision calls this, so the
    sidebar shows the new state in the same run (it was drawn before the page ran)."""
    slot = shared().counts_slot
    if slot is not None:
        slot.caption(library_counts(load_library()))


@dataclass(frozen=True)
class Shared:
    """What every page works from in one run: the library and the sidebar's filters."""

    library: Library
    filters: Filters
    counts_slot: object | None = None  # the sidebar's counts line, redrawn after a page writes a decision


# Set by start_run() in the main script and read by shared() in the page it then runs: both happen in the
# same script run, on the same thread, so a context variable carries the value with no session keys.
_SHARED: ContextVar[Shared | None] = ContextVar("dashboard_shared", default=None)


def start_run() -> Shared:
    """The main script's one call before a page runs: load the library, draw the sidebar filters (bound to the
    URL) and the counts line. Every page then gets the same objects from ``shared()``."""
    library = load_library()
    if library.rebuild is not None:
        show_progress(library.rebuild)
    filters = sidebar_filters(library.figures)
    slot = st.sidebar.empty()
    slot.caption(library_counts(library))
    value = Shared(library, filters, slot)
    _SHARED.set(value)
    return value


def shared() -> Shared:
    """The library and filters of this run (see ``start_run``); a page run on its own gets the library
    and no filters."""
    value = _SHARED.get()
    return value if value is not None else Shared(load_library(), Filters())

