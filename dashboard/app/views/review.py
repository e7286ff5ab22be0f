"""Review: accept, reject or correct extracted figures, one at a time or in bulk; see the log."""

import dataclasses

import pandas as pd
import streamlit as st

from dashboard import charts, schema
from dashboard.app import ui
from dashboard.app.missed import add_missed_form
from dashboard.extraction.countries import gazetteer
from dashboard.paths import reviews_path
from dashboard.tables.decisions import (
    DECISION_LABELS,
    anchor,
    bulk_items,
    correction_edits,
    decision_problem,
    version_of,
)
from dashboard.tables.export import to_csv_bytes
from dashboard.tables.overlay import review_queue
from dashboard.tables.readings import reading
from dashboard.tables.reviews import ReviewStore, StaleDecision

st.title("Review")
st.caption("Check each figure against its sentence. Decisions are kept in an append-only log in the data "
           "folder and flow into every chart and CSV; the extractor's original value stays beside a correction.")
store = ReviewStore(reviews_path())
# The log is read before the library, so what the page shows is never older than the versions it
# hands back: a decision landing in between makes a save stale (refused), never silently overwritten.
latest = store.latest()
library, f = ui.load_library(), ui.shared().filters  # the library again: newer than the log read above
if f.min_confidence is not None:  # review is where the unsure figures get checked: the minimum does not apply here
    st.caption(f"The sidebar's minimum confidence ({f.min_confidence:g}) does not apply here: every figure can be "
               "reviewed, the least sure first.")
    f = dataclasses.replace(f, min_confidence=None)
if "_review_flash" in st.session_state:  # a confirmation from the run before the rerun that showed the result
    st.success(st.session_state.pop("_review_flash"))  # markdown whose untrusted parts are escaped
ui.show_problems(library)
add_missed_form(store, library)  # before the figures: an article where the extractor found nothing needs it most
# Optimistic concurrency: a save passes the version of the figure the user was looking at, i.e. the
# one the previous run put on screen (a form's submit reruns the script, which reads the log again).
SHOWN = "_review_shown"
shown_before: dict[str, int] = st.session_state.get(SHOWN, {})


def seen_version(figure_id: str) -> int | None:
    """The version the user saw before pressing a button; None when the figure was not on screen."""
    return shown_before.get(figure_id)


def show_stale(stale: StaleDecision, lead: str) -> None:
    """Refused as stale: say so, and show the decision that got there first."""
    st.error(lead)
    other = stale.current
    if other is not None:
        fields = ", ".join(f"{k} = {v}" for k, v in other.fields.items())
        st.markdown(f"Their decision: **{ui.md_escape(other.decision)}** at {ui.md_escape(other.created_at)}"
                    + (f" \u00b7 {ui.md_escape(fields)}" if fields else "")
                    + (f" \u00b7 note: {ui.md_escape(other.note)}" if other.note else ""))


if library.figures.empty:
    ui.empty_library_message()
    ui.stop_page()

view = ui.filtered(library, f)
if view.empty:
    ui.no_match_message(f)
    ui.stop_page()

# 1. the figures and their status: still to review first, the low-confidence ones first among them
view = review_queue(view)
MAX_CHOICES = 1000  # a select box of 100,000 labels costs seconds per rerun: narrow with the filters
# the counts include the rejected figures even while they are hidden: "0 rejected" after a rejection was wrong
counts = (view if f.include_rejected else ui.filtered(library, dataclasses.replace(f, include_rejected=True)))[
    "status"].value_counts()
low = charts.low_mask(view) & (view["status"] == "extracted")
st.caption(" \u00b7 ".join(f"{counts.get(s, 0)} {s}" for s in schema.STATUSES if s != "added" or counts.get(s, 0)) +
           ("" if f.include_rejected else " (rejected ones hidden; tick 'Show rejected figures')"))
if low.any():
    n_low = int(low.sum())
    st.caption(f"{ui.count_text(n_low, 'figure')} to review {'has' if n_low == 1 else 'have'} {charts.LOW_LABEL}: "
               f"{'it is' if n_low == 1 else 'they are'} listed first.")
if len(view) > MAX_CHOICES:
    st.info(f"{len(view):,} figures match the filters; the first {MAX_CHOICES:,} are listed for review. "
            "Narrow the filters in the sidebar to reach the others.")
    view = view.head(MAX_CHOICES)
st.session_state[SHOWN] = {fid: version_of(fid, latest) for fid in view["figure_id"].tolist()}  # what this run shows
table = ui.figure_table(view, ["status", "confidence", "host_iso3", "stage", "original_value", "original_confidence",
                              "review_changes", "review_note", "title", "figure_id"])
table["metric"] = table["metric"].map(lambda m: schema.METRICS[m].label if m in schema.METRICS else m)  # words, as
# on the cards ('Active personnel', not 'active_personnel': an audit found the keys meaningless to a reviewer)
st.dataframe(table, hide_index=True, width="stretch", height=260 if len(table) > 6 else "auto", column_config={
    "year": st.column_config.NumberColumn("year", format="%d"),
    "confidence": st.column_config.NumberColumn("confidence", format="%.2f",
                                                help=f"How likely the figure is right; {charts.LOW_LABEL} first. "
                                                     "1 once accepted or corrected."),
    "original_confidence": st.column_config.NumberColumn("extractor confidence", format="%.2f"),
    "review_changes": st.column_config.TextColumn("changed", help="What a correction changed, the extractor's reading first.")})

# 2. one figure at a time
# Streamlit keeps a select box's choice by its label, so a label must not change when someone else
# reviews the figure (status, confidence): the choice would silently jump to the first figure. The
# figure id keeps two figures with the same quote apart; the status is on the card and in the table.
labels = dict(zip(view["figure_id"].tolist(), (
    view["country"] + " \u00b7 " + view["metric"].map(lambda m: schema.METRICS[m].label) + " \u00b7 "
    + view["quote"] + " (" + view["figure_id"] + ")").tolist(), strict=True))
chosen = st.selectbox("Figure to review", list(labels), format_func=lambda i: labels[i], key="review_figure")
row = view[view["figure_id"] == chosen].iloc[0]
form_before = st.session_state.get("_review_form")  # the figure the form showed when the user pressed Save
st.session_state["_review_form"] = chosen
with st.container(border=True):
    ui.passage_card(row, how_read=reading(str(row.get("method") or "")))  # the rule, and where its owner came from

gaz = gazetteer()
codes = sorted(gaz.countries, key=gaz.name)


def key(name: str) -> str:
    """One set of form widgets per figure: an edit made on one figure never carries over to the next."""
    return f"review_{name}_{chosen}"


with st.form("decision"):
    # No decision is preselected: saving without choosing must not record "accept" by default.
    decision = st.radio("Decision", list(DECISION_LABELS), index=None, horizontal=True, key=key("decision"),
                        format_func=DECISION_LABELS.get)
    st.caption("Accept or reject the figure as shown, or choose Correct and change the fields that are wrong "
               "(unchanged fields are not recorded). A corrected value is a single number: the extractor's range "
               "or bound is dropped.")
    c1, c2, c3 = st.columns(3)
    value = c1.number_input("Value", value=None if pd.isna(row["value"]) else float(row["value"]), format="%.15g",
                            key=key("value"))
    country = c2.selectbox("Country", codes, index=codes.index(row["country_iso3"]) if row["country_iso3"] in codes
                           else 0, format_func=lambda c: f"{gaz.name(c)} ({c})", key=key("country"))
    metric = c3.selectbox("Metric", list(schema.METRICS), index=list(schema.METRICS).index(row["metric"]),
                          format_func=lambda m: schema.METRICS[m].label, key=key("metric"))
    c4, c5, c6 = st.columns(3)
    year = c4.number_input("Year", min_value=1900, max_value=2100, step=1,
                           value=None if pd.isna(row["year"]) else int(row["year"]), key=key("year"))
    hosts = [""] + codes
    host = c5.selectbox("Host (deployments)", hosts, index=hosts.index(row["host_iso3"]) if row["host_iso3"] in hosts
                        else 0, format_func=lambda c: f"{gaz.name(c)} ({c})" if c else "none", key=key("host"))
    stage = c6.selectbox("Stage (budgets; planned for personnel)", list(schema.STAGES),
                         index=list(schema.STAGES).index(row["stage"]) if row["stage"] in schema.STAGES else 0,
                         format_func=lambda s: s or "not stated", key=key("stage"))
    currency = st.text_input("Currency (ISO code such as AUD; money only)", value=str(row.get("currency") or ""),
                             max_chars=3, key=key("currency"),
                             help="A bare '$' is read as US dollars unless the text says whose dollar it is; an "
                                  "Australian article's '$' is AUD. The dollar value is converted again.").strip().upper()
    st.caption("Quote (as the extractor found it; a decision stays anchored to it, so a correction keeps it as "
               "the original): \u201c" + ui.md_escape(anchor(row, latest)[1]) + "\u201d")
    note = st.text_input("Note (optional)", max_chars=500, key=key("note"))
    submitted = st.form_submit_button("Save decision", type="primary")

if submitted:
    proposed = {"value": value, "country_iso3": country, "metric": metric,
                "year": None if year is None else int(year), "host_iso3": host, "stage": stage,
                "currency": currency if schema.METRICS[metric].unit == "currency" else None}
    edits = correction_edits(row, proposed)
    fields = edits if decision == "correct" else {}
    problem = decision_problem(decision, edits)
STALE = ("This figure changed since you loaded it: someone else saved a decision first, so yours was not saved. "
         "Their decision is below and on the figure above; save again if you still disagree.")
if submitted:
    decided_on = form_before or chosen  # the figure the user was looking at when they pressed Save
    seen = seen_version(decided_on)
    if seen is not None and version_of(decided_on, latest) != seen:  # e.g. rejected meanwhile, so no longer listed
        show_stale(StaleDecision(decided_on, seen, latest.get(decided_on)), STALE)
    elif seen is None or decided_on != chosen:  # the list moved under the click: never save on another figure
        st.error("Not saved: the list of figures changed since the page was drawn, so this is not the figure your "
                 "decision was made on. Check the figure shown and save again.")
    elif problem:
        st.warning(problem)
    else:
        metric0, quote0 = anchor(row, latest)
        try:
            saved = store.record(chosen, article_id=row["article_id"], quote=quote0, metric=metric0,
                                 decision=decision, fields=fields, note=note, expected_version=seen)
        except StaleDecision as stale:
            show_stale(stale, STALE)
        except ValueError as exc:
            st.error(f"Not saved: {ui.md_escape(str(exc))}")
        else:
            label = schema.METRICS[row["metric"]].label if row["metric"] in schema.METRICS else row["metric"]
            what = f"{row.get('country') or row['country_iso3']} \u00b7 {label} \u00b7 \u201c{row['quote']}\u201d"
            st.session_state["_review_flash"] = f"Saved: {saved.decision} for {ui.md_escape(what)}."  # (words, not its id)
            ui.refresh_sidebar_counts()
            for name in ("decision", "value", "country", "metric", "year", "host", "stage", "currency", "note"):
                st.session_state.pop(key(name), None)  # the form starts again from the figure as now stored
            st.rerun()

# 3. bulk decisions
st.subheader("Bulk")
picked = st.multiselect("Figures", list(labels), format_func=lambda i: labels[i], key="review_bulk",
                        placeholder="Pick figures to accept or reject together")
b1, b2 = st.columns(2)
bulk = "accept" if b1.button("Accept selected", disabled=not picked) else (
    "reject" if b2.button("Reject selected", disabled=not picked) else None)
if bulk and picked:
    try:
        done = store.record_many(bulk_items(view, picked, bulk, latest, shown_before))
    except StaleDecision as stale:
        before = picked.index(stale.figure_id) if stale.figure_id in picked else 0
        ui.refresh_sidebar_counts()  # the decisions before it were saved
        show_stale(stale, f"Stopped: {ui.md_escape(labels.get(stale.figure_id, stale.figure_id))} changed since "
                          f"you loaded it, so it and the figures after it were not saved ({before} before it were). "
                          "Check it and save again if you still disagree.")
    except ValueError as exc:
        st.error(f"Not saved: {ui.md_escape(str(exc))}")
    else:
        ui.refresh_sidebar_counts()
        st.session_state["_review_flash"] = f"Saved {ui.count_text(len(done), 'decision')}."
        st.rerun()

# 4. the log
st.subheader("Corrections log")
log = store.log()
if log.empty:
    st.caption("No decisions yet.")
else:
    st.dataframe(log, hide_index=True, width="stretch", height=240)
    st.download_button("Download the review log (CSV)", to_csv_bytes(log), file_name="defense-figures_review-log.csv",
                       mime="text/csv", key="review-log")
