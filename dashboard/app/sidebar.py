"""The sidebar filters, bound to the URL: read before the page runs, drawn after it.

In: the library's figures, the URL's filter parameters and the widgets' session state.
Out: ``current_filters`` (the run's :class:`Filters`, with no widget drawn) and ``draw_filters`` (the
widgets, showing those same values).

A shared link reproduces the view and Back undoes a filter: the URL is read on every run (a link,
Back or Forward sets the widgets' state), and a change the user makes is written through
st.query_params, which adds a browser history entry (``bind="query-params"`` would replace the
entry, so Back would leave the app).

The widgets are drawn after the page (main.py): the first delta a new visitor's browser gets is then
the page's, so the chart's bundle is asked for before the widgets' two dozen small ones, which
otherwise held it in the browser's queue of six connections for ~0.7 s at 1,000 articles
(benchmarks/RESULTS.md, the browser section). The values the page used are the state the widgets
then show: both come from the session state this module syncs with the URL first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard import schema
from dashboard.app.passages import visible_controls
from dashboard.app.perframe import per_frame
from dashboard.extraction.countries import gazetteer
from dashboard.tables.filters import Filters

COUNTRY_KEY, METRIC_KEY, YEARS_KEY, PUBLISHER_KEY, REJECTED_KEY = "country", "metric", "years", "publisher", "rejected"
CONFIDENCE_KEY = "confidence"
# the minimum confidences offered: the edges of the bands the score was measured in on fresh text
# (0.0 is "Any": a select box shows None as no choice at all, "Choose an option")
CONFIDENCE_STEPS: tuple[float, ...] = (0.0, 0.6, 0.7, 0.8, 0.9)
YEAR_FROM_KEY, YEAR_TO_KEY = "years_from", "years_to"  # the two year boxes; the URL keeps both in ``years``


@dataclass(frozen=True)
class Choices:
    """What the sidebar offers for one library."""

    by_name: dict[str, str]  # country name -> code
    metrics: list[str]
    n_years: int  # figures with a year
    lo: int
    hi: int
    publishers: list[str]

    @property
    def by_label(self) -> dict[str, str]:
        return {schema.METRICS[m].label: m for m in self.metrics}

    @property
    def year_boxes(self) -> bool:
        return bool(self.n_years) and self.lo < self.hi


@per_frame
def choices(figures: pd.DataFrame) -> Choices:
    """Once per library frame: the scans of 100,000 rows each rerun were a large share of a filter change."""
    gaz = gazetteer()
    # unique() first: iterating a 100,000-row Arrow string column in Python takes seconds
    codes = set(figures["country_iso3"].unique()) | {h for h in figures["host_iso3"].unique() if h}
    present = set(figures["metric"].unique())
    years = figures["year"].dropna().astype(int)
    lo, hi = (int(years.min()), int(years.max())) if len(years) else (0, 0)
    return Choices({gaz.name(c): c for c in codes if c}, [m for m in schema.METRICS if m in present], len(years),
                   lo, hi, sorted(p for p in figures["publisher"].unique() if p))


def _bindings(c: Choices) -> dict[str, tuple[Callable, Callable]]:
    """Per URL-bound key: (URL values -> widget value, widget value -> URL values; [] drops the key)."""
    by_label = c.by_label
    # a link may also name a metric by its key or a country by its code, as the CSV does (an audit's
    # ?metric=defense_budget was ignored without a word); the URL the app writes keeps the words
    by_key = {**{m: m for m in c.metrics}, **by_label}
    by_code = {**{code: name for name, code in c.by_name.items()}, **{n: n for n in c.by_name}}
    out = {
        COUNTRY_KEY: (lambda raw: list(dict.fromkeys(by_code[n] for n in raw if n in by_code)), list),
        METRIC_KEY: (lambda raw: list(dict.fromkeys(by_key[v] for v in raw if v in by_key)),
                     lambda ms: [schema.METRICS[m].label for m in ms]),
        REJECTED_KEY: (lambda raw: bool(raw) and raw[-1].lower() in ("true", "1", "yes"),
                       lambda on: ["true"] if on else []),
        CONFIDENCE_KEY: (_confidence_from_url, lambda v: [f"{v:g}"] if v else []),
    }
    if c.publishers:
        out[PUBLISHER_KEY] = (lambda raw: [p for p in raw if p in c.publishers], list)
    return out


def _confidence_from_url(raw: list[str]) -> float:
    """'0.8' -> 0.8; anything not offered (a typo, 'abc', '0.75') -> 0.0, every figure."""
    try:
        value = float(raw[-1]) if raw else 0.0
    except ValueError:
        return 0.0
    return next((s for s in CONFIDENCE_STEPS if abs(s - value) < 1e-9), 0.0)


def confidence_label(step: float) -> str:
    """The option's words: 'Any', '0.8 and above'."""
    return "Any" if not step else f"{step:g} and above" + (" (hides low)" if step == schema.LOW_CONFIDENCE else "")


def confidence_caption(step: float) -> str:
    """What the minimum asks for, in measured terms (extraction.confidence.fresh_text_precision)."""
    from dashboard.extraction.confidence import fresh_text_precision

    right_all, shown_all = fresh_text_precision(None)
    if not step:
        return (f"On real passages it had never seen, {right_all / shown_all:.0%} of the extractor's figures were right "
                f"({right_all:,} of {shown_all:,}). A minimum confidence shows fewer, surer ones.")
    right, shown = fresh_text_precision(step)
    return (f"On real passages it had never seen, figures at {step:g} or above were right {right / shown:.0%} of the "
            f"time ({right:,} of {shown:,}; all figures {right_all / shown_all:.0%}), and {right / right_all:.0%} of "
            "the right figures were at or above it. Reviewed figures count as 1; Review lists every figure.")


def _from_url(key: str, decode: Callable) -> None:
    """The URL changed under us (a link, Back or Forward): set the widget's state from it."""
    raw = st.query_params.get_all(key)
    seen_key = f"_url_{key}"
    if raw != st.session_state.get(seen_key):
        st.session_state[key] = decode(raw)
        st.session_state[seen_key] = raw


def _write_url(key: str, values: list[str]) -> None:
    if values:
        st.query_params[key] = values
    elif key in st.query_params:
        del st.query_params[key]
    st.session_state[f"_url_{key}"] = [str(v) for v in values]


def _years_from_url(c: Choices) -> None:
    def span(raw: list[str]) -> tuple[int, int]:
        try:
            a, b = sorted(int(v) for v in raw[:2]) if len(raw) >= 2 else (c.lo, c.hi)
        except ValueError:
            a, b = c.lo, c.hi
        return max(c.lo, min(a, c.hi)), max(c.lo, min(b, c.hi))

    raw = st.query_params.get_all(YEARS_KEY)
    if raw != st.session_state.get(f"_url_{YEARS_KEY}"):
        st.session_state[YEAR_FROM_KEY], st.session_state[YEAR_TO_KEY] = span(raw)
        st.session_state[f"_url_{YEARS_KEY}"] = raw
    for key, default in ((YEAR_FROM_KEY, c.lo), (YEAR_TO_KEY, c.hi)):  # a new library may have moved the ends
        st.session_state[key] = max(c.lo, min(int(st.session_state.get(key, default)), c.hi))


def _follow_year_edges(c: Choices) -> None:
    """A year box at the library's first or last year stays there when the library's years widen: an audit added a
    2013 figure while the boxes showed the full 2017-2026 and found it hidden, on every page, by a range it never
    chose. A box the user moved inside the range keeps its year."""
    state = st.session_state
    before, state["_years_bounds"] = state.get("_years_bounds"), (c.lo, c.hi)
    if not c.year_boxes or not before or before == (c.lo, c.hi) or YEAR_FROM_KEY not in state or YEAR_TO_KEY not in state:
        return
    was = (state[YEAR_FROM_KEY], state[YEAR_TO_KEY])
    if state[YEAR_FROM_KEY] <= before[0]:
        state[YEAR_FROM_KEY] = c.lo
    if state[YEAR_TO_KEY] >= before[1]:
        state[YEAR_TO_KEY] = c.hi
    if (state[YEAR_FROM_KEY], state[YEAR_TO_KEY]) != was and st.query_params.get_all(YEARS_KEY):
        _years_to_url(c)()  # (the URL follows: no years at all when the boxes span the library again)


def _page_id() -> str:
    """The running page's script hash ('' when Streamlit does not say)."""
    try:
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        ctx = get_script_run_ctx()
        return str(ctx.page_script_hash) if ctx else ""
    except Exception:  # noqa: BLE001 - an internal API: without it filters simply follow the URL
        return ""


def _carry_filters_to_a_new_page(c: Choices) -> None:
    """Moving to another page in the sidebar's navigation drops the URL's query string: put the session's
    filters back into the new page's URL, so they stay on (and the URL still reproduces the view). A link or Back
    that arrives with filters of its own is left alone: the URL wins then."""
    page, state, bound = _page_id(), st.session_state, _bindings(c)
    last, state["_filters_page"] = state.get("_filters_page"), page
    if not page or last is None or page == last or any(k in st.query_params for k in (*bound, YEARS_KEY)):
        return
    for key, (_, encode) in bound.items():
        if key in state:
            _write_url(key, encode(state[key]))
    if c.year_boxes and YEAR_FROM_KEY in state and YEAR_TO_KEY in state:
        _years_to_url(c)()


def current_filters(figures: pd.DataFrame) -> Filters:
    """The filters of this run, from the URL and the widgets' state (no widget is drawn here).

    Each state is also left in the form its widget accepts (known options only), so ``draw_filters``
    shows exactly what the page used.
    """
    c, state = choices(figures), st.session_state
    _follow_year_edges(c)
    _carry_filters_to_a_new_page(c)
    for key, (decode, _) in _bindings(c).items():
        _from_url(key, decode)
    state[COUNTRY_KEY] = [n for n in state.get(COUNTRY_KEY, []) if n in c.by_name]
    state[METRIC_KEY] = [m for m in state.get(METRIC_KEY, []) if m in c.metrics]
    years = None
    if c.year_boxes:
        _years_from_url(c)
        a, b = sorted((state[YEAR_FROM_KEY], state[YEAR_TO_KEY]))
        years = None if (a, b) == (c.lo, c.hi) else (a, b)
    publishers: tuple[str, ...] = ()
    if c.publishers:
        state[PUBLISHER_KEY] = [p for p in state.get(PUBLISHER_KEY, []) if p in c.publishers]
        publishers = tuple(state[PUBLISHER_KEY])
    state[REJECTED_KEY] = bool(state.get(REJECTED_KEY, False))
    if state.get(CONFIDENCE_KEY) not in CONFIDENCE_STEPS:
        state[CONFIDENCE_KEY] = 0.0
    return Filters(tuple(c.by_name[n] for n in state[COUNTRY_KEY]), tuple(state[METRIC_KEY]), years, publishers,
                   state[REJECTED_KEY], state[CONFIDENCE_KEY] or None)


def _on_change(key: str, encode: Callable) -> Callable[[], None]:
    return lambda: _write_url(key, encode(st.session_state[key]))


def _years_to_url(c: Choices) -> Callable[[], None]:
    def to_url() -> None:  # a first year after the last reads as the same span, in order
        a, b = sorted((st.session_state[YEAR_FROM_KEY], st.session_state[YEAR_TO_KEY]))
        st.session_state[YEAR_FROM_KEY], st.session_state[YEAR_TO_KEY] = a, b
        _write_url(YEARS_KEY, [] if (a, b) == (c.lo, c.hi) else [str(a), str(b)])

    return to_url


def draw_filters(figures: pd.DataFrame) -> None:
    """Countries, metric, years, publisher, minimum confidence, rejected: the widgets in the sidebar, after
    ``current_filters``.

    The years are two select boxes, first and last: a range slider's bundle brings moment and numbro
    (~130 KB of JavaScript, a dozen requests) to every page, where a select box needs its own 13 KB
    beside the chunks the multiselects share.
    """
    sb, c = st.sidebar, choices(figures)
    bound = _bindings(c)
    sb.header("Filters")
    sb.multiselect("Countries", sorted(c.by_name), key=COUNTRY_KEY, on_change=_on_change(COUNTRY_KEY, list),
                   placeholder="All countries", help="A country matches the figures it owns and the troops it hosts.")
    sb.multiselect("Metric", c.metrics, key=METRIC_KEY, on_change=_on_change(METRIC_KEY, bound[METRIC_KEY][1]),
                   format_func=lambda m: schema.METRICS[m].label, placeholder="All metrics")
    if c.year_boxes:
        years, to_url = list(range(c.lo, c.hi + 1)), _years_to_url(c)
        first, last = sb.columns(2)
        first.selectbox("From year", years, key=YEAR_FROM_KEY, on_change=to_url)
        last.selectbox("To year", years, key=YEAR_TO_KEY, on_change=to_url)
    elif c.n_years:
        sb.caption(f"All figures refer to {c.lo}.")
    if c.publishers:
        sb.multiselect("Publisher", c.publishers, key=PUBLISHER_KEY, on_change=_on_change(PUBLISHER_KEY, list),
                       format_func=visible_controls, placeholder="All publishers")
    sb.selectbox("Minimum confidence", CONFIDENCE_STEPS, key=CONFIDENCE_KEY, format_func=confidence_label,
                 on_change=_on_change(CONFIDENCE_KEY, bound[CONFIDENCE_KEY][1]),
                 help="Hide the figures the extractor is less sure of. The Review page lists every figure.")
    sb.caption(confidence_caption(st.session_state.get(CONFIDENCE_KEY)))
    sb.checkbox("Show rejected figures", key=REJECTED_KEY, on_change=_on_change(REJECTED_KEY, bound[REJECTED_KEY][1]),
                help="Figures a reviewer rejected are hidden unless you ask for them.")
