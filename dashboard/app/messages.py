"""What a page says when it has nothing to show: an empty library, or filters that match nothing here.

In: the current filters (and, through ``state.shared()``, the library); the running page's path.
Out: Streamlit info and warning boxes whose text is markdown-escaped: what the filters ask for in
words, and on which chart pages the same filters do have figures.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import schema
from dashboard.app.filters import filtered
from dashboard.app.passages import count_text, md_escape
from dashboard.app.state import shared
from dashboard.extraction.countries import gazetteer
from dashboard.paths import articles_dir
from dashboard.tables.filters import Filters


def empty_library_message() -> None:
    folder = articles_dir()
    st.info(
        f"The library is empty: there are no article files in `{md_escape(str(folder))}`.\n\n"
        "Add articles on the **Add articles** page (paste text, upload .txt/.md/.html files, or give a URL), "
        "or put files in that folder and reload. "
        "From a terminal: `python -m dashboard add story.html`."
    )


# The chart page that draws each metric (the Data and Review pages list them all): a no-match message
# on one page says where the current filter does have figures.
PAGE_METRICS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "troops": ("Troop strength", "troop deployments", schema.metrics_where(page="troops")),
    "active": ("Active forces", "active or reserve personnel figures", schema.metrics_where(page="active")),
    "budgets": ("Budget trends", "budget figures", schema.metrics_where(page="budgets")),
}


def _current_page() -> str:
    """The running page's URL path ('troops'), '' when Streamlit does not say."""
    try:
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        ctx = get_script_run_ctx()
        info = ctx.pages_manager.get_pages().get(ctx.page_script_hash, {}) if ctx else {}
        return str(info.get("url_pathname", "") or "")
    except Exception:  # noqa: BLE001 - an internal API: without it the message is just less specific
        return ""


def filter_scope(f: Filters) -> str:
    """What the filters ask for, in words: 'Japan, 2024-2026'; 'the library' when nothing is filtered."""
    gaz = gazetteer()
    bits = [", ".join(gaz.name(c) for c in f.countries)] if f.countries else []
    if f.metrics:
        bits.append(", ".join(schema.METRICS[m].label if m in schema.METRICS else m for m in f.metrics))
    if f.years:
        bits.append(str(f.years[0]) if f.years[0] == f.years[1] else f"{f.years[0]}\u2013{f.years[1]}")
    if f.publishers:
        bits.append(", ".join(f.publishers))
    if f.min_confidence is not None:
        bits.append(f"confidence {f.min_confidence:g} and above")
    return " \u00b7 ".join(bits) or "the library"


def figures_elsewhere(view: pd.DataFrame, skip: str = "") -> str:
    """'1 defense budget figure on Budget trends; 1 troops deployed abroad figure on Troop strength'."""
    counts = view["metric"].value_counts()
    parts = []
    for page, (title, _, metrics) in PAGE_METRICS.items():
        here = [count_text(int(counts[m]), f"{schema.METRICS[m].label.lower()} figure")
                for m in metrics if m in counts.index and page != skip]
        if here:
            parts.append(f"{' and '.join(here)} on {title}")
    return "; ".join(parts)


def no_match_message(f: Filters) -> str:
    """Say that nothing matches, and where the current filter does have figures (page by page).

    Returns "" (not None) so a page's ``message(f) if ... else ...`` expression statement, which
    Streamlit's magic hands to st.write, adds nothing visible.
    """
    library = shared().library
    view = filtered(library, f)
    page = _current_page()
    scope = filter_scope(f)
    if page in PAGE_METRICS and not view.empty:
        elsewhere = figures_elsewhere(view, skip=page)
        text = f"No {PAGE_METRICS[page][1]} for {scope}." + (f" {scope[0].upper()}{scope[1:]} has {elsewhere}."
                                                                 if elsewhere else "")
        st.warning(md_escape(text) + ("" if not f.active else " Pick other filters in the sidebar to see more here."))
        return ""
    text = f"No figures match these filters ({scope})."
    everything = filtered(library, Filters(include_rejected=f.include_rejected))
    hidden = int((library.figures["status"] == "rejected").sum()) if not f.include_rejected else 0
    st.warning(md_escape(text) + (" Lower the minimum confidence, widen" if f.min_confidence is not None else " Widen")
               + " the year range, pick other countries or metrics, or clear the filters in the sidebar." + (f" The library has {md_escape(figures_elsewhere(everything))}."
                                 if not everything.empty else "")
               + (f" {count_text(hidden, 'rejected figure')} hidden." if hidden else ""))
    return ""
