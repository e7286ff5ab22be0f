"""The Streamlit shell shared by every page: cached loading, sidebar filters, passages, downloads.

Pages stay thin (widgets -> filter -> figure -> passages); everything they need twice is here.
Caching sits only at the loaders and is keyed by the files' names, sizes and mtimes, so a new or
edited article (or a new review decision) is seen on the next rerun of any session.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal

import pandas as pd
import streamlit as st

from dashboard import charts, schema
from dashboard.app.cache import Library, article_text, load_library
from dashboard.app.filters import filtered, sidebar_filters, url_choice, visible_table
from dashboard.app.mapconfig import plotly_config
from dashboard.app.passages import (
    PAGE_CHARS,
    count_text,
    highlight_page,
    md_escape,
    passage_card,
    render_passages,
    safe_url,
    text_pages,
    visible_controls,
)
from dashboard.extraction.countries import gazetteer
from dashboard.paths import articles_dir, data_dir
from dashboard.tables.export import to_csv_bytes
from dashboard.tables.filters import Filters, download_name

# ---------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------


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
    st.warning(md_escape(text) + " Widen the year range, pick other countries or metrics, or clear the filters in "
               "the sidebar." + (f" The library has {md_escape(figures_elsewhere(everything))}."
                                 if not everything.empty else "")
               + (f" {count_text(hidden, 'rejected figure')} hidden." if hidden else ""))
    return ""


def library_counts(library: Library) -> str:
    """'1 article · 3 figures · 2 to review · 1 rejected' for the sidebar."""
    figures = library.figures
    text = f"{count_text(len(library.articles), 'article')} \u00b7 {count_text(len(figures), 'figure')}"
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




# ---------------------------------------------------------------------------
# Tables of figures: what a reader looks for first, ids last
# ---------------------------------------------------------------------------

LEAD_COLUMNS = ("country", "metric", "value", "year", "quote")
ID_COLUMNS = ("article_id", "figure_id")


def plain_number(value: float) -> str:
    """A number with thousands separators and never in exponent notation (12 significant digits).

    >>> plain_number(28500), plain_number(6.63e13), plain_number(8.25), plain_number(-1.5e-3)
    ('28,500', '66,300,000,000,000', '8.25', '-0.0015')
    """
    return f"{Decimal(f'{float(value):.12g}'):,f}"


def value_text(value: object, unit: str = "", metric: str = "", direction: str = "") -> str:
    """A figure as a reader says it: '28,500 persons', '66,300,000,000,000 KRW', '8.2%', 'claimed increase'."""
    if metric in schema.METRICS and schema.METRICS[metric].qualitative:
        return f"claimed {direction}".strip()
    if value is None or pd.isna(value):
        return ""
    number = plain_number(float(value))
    return f"{number}%" if unit == "percent" else f"{number} {unit or ''}".strip()


def figure_table(df: pd.DataFrame, columns: list[str] | None = None) -> pd.DataFrame:
    """A display copy of a figures table: country, metric, value (with its unit), year, quote first, then
    ``columns`` (default: every other column in the table's order), article and figure ids last.

    ``value`` and ``original_value`` become text with thousands separators (money values run to
    10^13, which a number column would show in exponent notation); downloads keep the numbers.
    """
    units = df["unit"] if "unit" in df.columns else pd.Series("", index=df.index)
    metrics = df["metric"] if "metric" in df.columns else pd.Series("", index=df.index)
    directions = df["direction"] if "direction" in df.columns else pd.Series("", index=df.index)
    out = df.copy()
    if "host_iso3" in out.columns:  # a name beside the owner's name, not a code ('Europe (region)' for a region)
        gaz = gazetteer()
        names = {c: gaz.name(c) for c in out["host_iso3"].dropna().unique() if c}
        out.insert(out.columns.get_loc("host_iso3"), "host", out["host_iso3"].map(lambda c: names.get(c, "")))
        columns = None if columns is None else [("host" if c == "host_iso3" else c) for c in columns]
    for col in ("value", "original_value"):
        if col in out.columns:
            out[col] = [value_text(v, u, m if col == "value" else "", d)
                        for v, u, m, d in zip(df[col], units, metrics, directions, strict=True)]
    rest = [c for c in (columns if columns is not None else list(out.columns))
            if c in out.columns and c not in LEAD_COLUMNS and c not in ID_COLUMNS]
    if "host" in out.columns and columns is None:
        rest = ["host", *[c for c in rest if c != "host"]]
    order = [c for c in LEAD_COLUMNS if c in out.columns] + rest + [c for c in ID_COLUMNS if c in out.columns
                                                                     and (columns is None or c in columns)]
    return out[order]


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
                st.text(f"{d.figure_id}: {d.decision} (quote: {d.quote!r})")



def show_chart(fig, key: str) -> list[str]:
    """Draw a chart (offline map assets, PNG export) and return the figure ids of clicked points."""
    event = st.plotly_chart(fig, key=key, on_select="rerun", selection_mode="points", config=plotly_config(),
                            width="stretch")
    return charts.selected_ids(event)


# ---------------------------------------------------------------------------
# Downloads
# ---------------------------------------------------------------------------


EAGER_DOWNLOAD_ROWS = 2000


def _csv(df: pd.DataFrame):
    """CSV bytes for a download button: built now for small tables, on click for large ones.

    A download button's data is sent to the browser on every rerun; for thousands of rows that
    would dominate a filter change, so large tables are handed over as a callable instead.
    """
    if len(df) <= EAGER_DOWNLOAD_ROWS:
        return to_csv_bytes(df)
    return lambda: to_csv_bytes(df)


def downloads(view: pd.DataFrame, whole: pd.DataFrame, f: Filters, key: str) -> None:
    """Two CSV downloads: the figures behind this view, and the whole table."""
    left, right = st.columns(2)
    left.download_button(
        f"Download these figures ({count_text(len(view), 'figure')}, CSV)",
        _csv(view), file_name=download_name(f),
        mime="text/csv", key=f"{key}-view", disabled=view.empty,
        help="Every row carries its quote, passage, article title, publisher, date and link.",
    )
    right.download_button(
        f"Download the whole table ({count_text(len(whole), 'figure')})", _csv(whole), file_name=download_name(f, whole=True),
        mime="text/csv", key=f"{key}-all", disabled=whole.empty,
    )


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


# What pages call as ui.X: this module's own functions and these, re-exported from cache, filters and passages
__all__ = ["PAGE_CHARS", "Library", "Shared", "article_text", "count_text", "data_dir", "downloads",
           "empty_library_message", "figure_table", "filtered", "highlight_page", "load_library", "md_escape",
           "no_match_message", "page_data", "passage_card", "refresh_sidebar_counts", "render_passages", "safe_url",
           "shared", "show_chart", "show_problems", "sidebar_filters", "start_run", "text_pages", "url_choice",
           "visible_controls", "visible_table"]
