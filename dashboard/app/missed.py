"""The Review page's form for a figure the extractor missed: pick the article, type the number as the article
writes it, say whose figure it is and what it measures. It is recorded in the review log (tables.additions) and
shows on every chart, table and download with its sentence, like any figure."""

from __future__ import annotations

import functools
import re

import pandas as pd
import streamlit as st

from dashboard import schema
from dashboard.app import cache, ui
from dashboard.app.passages import highlighted
from dashboard.extraction.countries import gazetteer
from dashboard.extraction.numbers import find_numbers
from dashboard.ingest.names import display_name
from dashboard.tables import left_out
from dashboard.tables.additions import ADDED, added_figure_id, occurrences, passage_at, passed_over
from dashboard.tables.filters import apply_filters
from dashboard.tables.reviews import ReviewStore, StaleDecision

CONTEXT = 50  # characters either side of a match when the number stands in several places
ADD_PARAM = "add"  # ?add=<article id>: the form opens on that article (the Sources page links here so)
OPEN_KEY = "missed_open"


LIKELY_METRIC = {"money": "defense_budget", "percent": "defense_share_gdp_pct", "count": "active_personnel"}


def _suggested(quote: str) -> tuple[float | None, str, str]:
    """The value, currency and likeliest metric the extractor's number reader gives the quote ('$1.2 billion':
    1.2e9, 'USD', a budget). Only a starting point: the reviewer chooses."""
    numbers = [n for n in find_numbers(quote) if n.kind != "year"] or find_numbers(quote)
    if not numbers:
        return None, "", ""
    return numbers[0].value, numbers[0].currency, LIKELY_METRIC.get(numbers[0].kind, "")


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _named_once(passage: str) -> tuple[str, int | None]:
    """(the one country the passage names, the one year it names): a start for the form where the sentence leaves
    no doubt ('The Japanese defense budget ... hit 5.13 trillion yen for fiscal 2017'); '' / None otherwise (a
    browser audit typed in what the sentence already said)."""
    owners = {c.iso3 for c in gazetteer().find(passage) if c.kind != "alliance"}
    years = {int(y) for y in _YEAR_RE.findall(passage)}
    return (owners.pop() if len(owners) == 1 else ""), (years.pop() if len(years) == 1 else None)


@functools.lru_cache(maxsize=65536)
def _article_label(title: str) -> str:
    """A title as the article box shows it; kept, since every rerun labels every article (10,000 of them cost
    50 ms a run uncached, a sixth of the Review page's filter change at that size)."""
    return display_name(title, 90)


@st.cache_data(max_entries=32, show_spinner=False)
def _passed_over(key: tuple[str, int, int] | None) -> list[tuple[int, int, str]]:
    """passed_over for one state of an article file (``cache.article_file``: an edit reads it again)."""
    article = cache.read_article_file(key)
    return left_out.ranked(passed_over(article)) if article else []


def _passed_label(text: str, start: int, end: int, why: str) -> str:
    around = " ".join(text[max(0, start - CONTEXT):min(len(text), end + CONTEXT)].split())
    measured = left_out.note(why)
    return (f"{' '.join(text[start:end].split())} \u00b7 {why}{f' ({measured})' if measured else ''} "
            f"\u00b7 \u2026{around}\u2026")


def _pick(text: str, passed: list[tuple[int, int, str]]) -> None:
    """A number picked from the list: it fills the quote box, at the place it was picked from."""
    i = st.session_state.get("missed_pick")
    if i is None:
        return
    start, end, _ = passed[i]
    raw = text[start:end]
    quote = raw.strip()
    start += len(raw) - len(raw.lstrip())
    st.session_state["missed_quote"] = quote
    places = occurrences(text, quote)
    st.session_state["missed_which"] = places.index(start) if start in places else 0


def add_missed_form(store: ReviewStore, library: cache.Library) -> None:
    wanted = st.query_params.get(ADD_PARAM)
    from_link = bool(wanted) and st.session_state.get("_missed_from_link") != wanted
    if from_link:  # a link from Sources opens the form on its article, once (the user may close it again)
        st.session_state[OPEN_KEY], st.session_state["_missed_from_link"] = True, wanted
    # A toggle, not an expander: an expander's contents run on every rerun, closed or not, and with 10,000
    # articles the form's article box alone cost a filter change 0.02-0.07 s (benchmarks/RESULTS.md)
    if not st.toggle("Add a figure the extractor missed", key=OPEN_KEY,
                     help="A figure the text states that the extractor did not find: it joins the charts, tables "
                          "and downloads with its sentence, like any figure."):
        return
    with st.container(border=True):
        articles = library.articles
        if articles.empty:
            st.caption("No articles in the library yet.")
            return
        titles = dict(zip(articles["article_id"].astype(str), articles["title"].fillna("").astype(str), strict=True))
        if from_link and wanted in titles:
            st.session_state["missed_article"] = wanted
        article_id = st.selectbox("Article", list(titles), key="missed_article",
                                  format_func=lambda a: _article_label(titles[a] or a))
        key = cache.article_file(library, article_id)  # (one stat, one read: the text and the numbers left out)
        article = cache.read_article_file(key)
        text = article.text if article else ""
        passed = _passed_over(key)
        if passed:
            st.selectbox(f"Start from one of the {len(passed)} numbers it read and left out (likeliest first)",
                         range(len(passed)),
                         index=None, key="missed_pick", placeholder="Pick a number, or type one below",
                         format_func=lambda i: _passed_label(text, *passed[i]), on_change=_pick, args=(text, passed),
                         help="Each number the extractor read in this article and did not take as a figure, with "
                              "the reason it gave (as `python -m dashboard explain` prints it) and how often a number "
                              "turned away for that reason was a figure it missed, on labelled real passages.")
        quote = st.text_input("The figure as the article writes it", key="missed_quote", max_chars=200,
                              placeholder="e.g. 28,500 or $1.2 billion or 2.1%",
                              help="Copy it from the article exactly: it is found in the text and highlighted in "
                                   "its sentence, which becomes the figure's passage and citation.").strip()
        if not quote:
            return
        places = occurrences(text, quote)
        if not places:
            st.warning("Not found in this article's text. Copy it exactly as the article writes it.")
            return
        which = 0
        if len(places) > 1:
            which = st.selectbox("It stands in several places: which one?", range(len(places)), key="missed_which",
                                 format_func=lambda i: "\u2026" + " ".join(
                                     text[max(0, places[i] - CONTEXT):places[i] + len(quote) + CONTEXT].split()) + "\u2026")
        start = places[which]
        end = start + len(quote)
        passage = passage_at(text, start, end)
        st.markdown(highlighted(passage, quote))
        value0, currency0, metric0 = _suggested(quote)
        gaz = gazetteer()
        codes = sorted(gaz.countries, key=gaz.name)
        owner0, year0 = _named_once(passage)
        if owner0 or year0:
            st.caption("The country and year the sentence names are filled in: check them.")
        metrics = [m for m, spec in schema.METRICS.items() if not spec.qualitative]
        with st.form("missed"):
            c1, c2 = st.columns(2)
            metric = c1.selectbox("Metric", metrics, format_func=lambda m: schema.METRICS[m].label,  # (no number
                                  index=metrics.index(metric0) if metric0 in metrics else None,  # read: no guess)
                                  placeholder="Choose what it measures")
            country = c2.selectbox("Whose figure", codes, index=codes.index(owner0) if owner0 in codes else None,
                                   format_func=gaz.name, placeholder="Choose a country")
            c3, c4, c5 = st.columns(3)
            value = c3.number_input("Value (a plain number)", value=value0, format="%.6g",
                                    help="28,500 troops: 28500. $1.2 billion: 1200000000. 2.1% of GDP: 2.1.")
            currency = c4.text_input("Currency (ISO code, money only)", value=currency0, max_chars=3).strip().upper()
            year = c5.number_input("Year it refers to", min_value=1900, max_value=2100, value=year0, step=1)
            c6, c7 = st.columns(2)
            host = c6.selectbox("Host (troops abroad only)", ["", *codes], format_func=lambda c: gaz.name(c) if c else "none (not abroad)")
            stage = c7.selectbox("Stage", list(schema.STAGES), format_func=lambda s: s or "stated level or amount")
            note = st.text_input("Note (optional)", max_chars=500)
            submitted = st.form_submit_button("Add this figure")
        if submitted:
            publisher = str(articles.loc[articles["article_id"] == article_id, "publisher"].fillna("").iloc[0])
            _record(store, article_id, text, quote, start, end, metric, country, value, currency, year, host, stage,
                    note, publisher)


def _record(store: ReviewStore, article_id: str, text: str, quote: str, start: int, end: int, metric: str | None,
            country: str | None, value: float | None, currency: str, year: float | None, host: str, stage: str,
            note: str, publisher: str) -> None:
    if metric not in schema.METRICS:
        st.warning("Not added: choose what the figure measures (the metric).")
        return
    spec = schema.METRICS[metric]
    problems = [p for p, bad in (
        ("choose whose figure it is", not country),
        ("give the value as a number", value is None),
        ("give the currency (an ISO code such as USD or EUR)", spec.unit == "currency" and not currency),
        ("a host is only for troops abroad", bool(host) and not spec.needs_host),
    ) if bad]
    if problems:
        st.warning("Not added: " + "; ".join(problems) + ".")
        return
    fields = {ADDED: True, "start": start, "end": end, "value": float(value), "country_iso3": country,
              "host_iso3": host if spec.needs_host else "", "stage": stage,
              "currency": currency if spec.unit == "currency" else ""}
    if year is not None:
        fields["year"] = int(year)
    figure_id = added_figure_id(article_id, start, metric)
    try:
        store.record(figure_id, article_id=article_id, quote=text[start:end], metric=metric, decision="correct",
                     fields=fields, note=note, expected_version=0)
    except StaleDecision:
        st.warning("Not added: this number was already added with this metric. Find it in the list above to "
                   "correct it.")
    except ValueError as exc:
        st.error(f"Not added: {ui.md_escape(str(exc))}")
    else:
        for name in ("missed_quote", "missed_which"):
            st.session_state.pop(name, None)
        row = pd.DataFrame({"country_iso3": [country], "host_iso3": [fields["host_iso3"]], "metric": [metric],
                            "year": pd.array([fields.get("year")], dtype="Int64"), "publisher": [publisher],
                            "confidence": [1.0], "status": ["added"]})
        hidden = apply_filters(row, ui.shared().filters).empty
        st.session_state["_review_flash"] = (
            f"Added: {ui.md_escape(gazetteer().name(country))} \u00b7 {ui.md_escape(spec.label)} \u00b7 "
            f"{ui.md_escape(quote)}." + (" The sidebar's filters hide it (its year, country, metric or publisher "
                                         "is outside them): widen them to see it." if hidden else ""))
        ui.refresh_sidebar_counts()
        st.rerun()
