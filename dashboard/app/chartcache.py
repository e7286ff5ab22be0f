"""Figures kept per library and filter: going back to a country, or rerunning a page for another
widget, shows its charts without building them again.

A chart is a pure function of the library's frame, the sidebar's filters and the page's own
choices (``depends``: the currency, the reference toggle, a metric), so those are its key; the
source line is added before the figure is kept, and nothing changes a kept figure afterwards
(``chartsource.add_source_line`` leaves a chart with a source line as it is). Kept per library
frame (``perframe``): a new library starts empty, and the oldest figures go first.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable

import pandas as pd

from dashboard.app.chartsource import add_source_line, source_line
from dashboard.app.filters import filtered
from dashboard.app.perframe import per_frame
from dashboard.app.state import shared

KEPT = 24  # figures per library frame: a few pages' charts for a few filters
_LOCK = threading.Lock()


@per_frame
def _kept(figures: pd.DataFrame) -> dict[Hashable, object]:
    return {}


def cached_figure(key: str, build: Callable[[], object], depends: Hashable = ()):
    """``build()`` (a Plotly figure, or None when the chart has nothing to draw) with its source line, built
    once per library, filters, ``key`` and ``depends``."""
    here = shared()
    kept = _kept(here.library.figures)
    name = (key, here.filters, depends)
    with _LOCK:
        if name in kept:
            kept[name] = fig = kept.pop(name)  # most recent last
            return fig
    fig = build()
    if fig is not None:
        add_source_line(fig, source_line(fig, here.library.articles, lambda: filtered(here.library, here.filters)))
    with _LOCK:
        kept[name] = fig
        while len(kept) > KEPT:
            kept.pop(next(iter(kept)))
    return fig
