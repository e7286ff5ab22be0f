"""Review: accept, reject or correct extracted figures, one at a time or in bulk; see the log."""

import pandas as pd
import streamlit as st

from dashboard import charts, schema, ui
from dashboard.export import to_csv_bytes
from dashboard.extraction.countries import gazetteer
from dashboard.paths import reviews_path
from dashboard.reviews import ReviewStore, StaleDecision, review_queue

st.title("Review")
st.caption("Check each figure against its sentence. Decisions are kept in an append-only log in the data "
           "folder and flow into every chart and CSV; the extractor's original value stays beside a correction.")
library = st.session_state.get("_library") or ui.load_library()
f = st.session_state.get("_filters")
if "_review_flash" in st.session_state:  # a confirmation from the run before the rerun that showed the result
    st.success(ui.md_escape(st.session_state.pop("_review_flash")))
ui.show_problems(library)
store = ReviewStore(reviews_path())
latest = store.latest()


def original(row: pd.Series) -> tuple[str, str]:
    """(metric, quote) as the extractor found them: what a decision is anchored to."""
    d = latest.get(row["figure_id"])
    return (d.metric, d.quote) if d else (row["metric"], row["quote"])


def loaded_version(figure_id: str) -> int:
    """The decision the user saw when this figure was first shown to them (optimistic concurrency)."""
    versions = st.session_state.setdefault("_review_versions", {})
    if figure_id not in versions:
        versions[figure_id] = store.version(figure_id)
    return versions[figure_id]


def forget_version(figure_id: str) -> None:
    st.session_state.setdefault("_review_versions", {}).pop(figure_id, None)


if library.figures.empty:
    ui.empty_library_message()
    st.stop()

view = ui.filtered(library, f) if f else library.figures
if view.empty:
    ui.no_match_message(f)
    st.stop()

# 1. the figures and their status: still to review first, the low-confidence ones first among them
view = review_queue(view)
MAX_CHOICES = 1000  # a select box of 100,000 labels costs seconds per rerun: narrow with the filters
counts = view["status"].value_counts()
low = charts.low_mask(view) & (view["status"] == "extracted")
st.caption(" \u00b7 ".join(f"{counts.get(s, 0)} {s}" for s in schema.STATUSES) +
           ("" if (f and f.include_rejected) else " (rejected ones hidden; tick 'Show rejected figures')"))
if low.any():
    st.caption(f"{int(low.sum())} figure(s) to review have {charts.LOW_LABEL}: they are listed first.")
if len(view) > MAX_CHOICES:
    st.info(f"{len(view):,} figures match the filters; the first {MAX_CHOICES:,} are listed for review. "
            "Narrow the filters in the sidebar to reach the others.")
    view = view.head(MAX_CHOICES)
table = view[["figure_id", "status", "confidence", "country", "metric", "value", "unit", "year", "host_iso3", "stage",
              "quote", "original_value", "original_confidence", "review_note", "title"]]
st.dataframe(table, hide_index=True, width="stretch", height=260, column_config={
    "confidence": st.column_config.NumberColumn("confidence", format="%.2f",
                                                help=f"How likely the figure is right; {charts.LOW_LABEL} first. "
                                                     "1 once accepted or corrected."),
    "original_confidence": st.column_config.NumberColumn("extractor confidence", format="%.2f")})

# 2. one figure at a time
labels = dict(zip(view["figure_id"].tolist(), (
    view["country"] + " \u00b7 " + view["metric"].map(lambda m: schema.METRICS[m].label) + " \u00b7 "
    + view["quote"] + " \u00b7 " + view["status"]
    + charts.low_mask(view).map({True: " \u00b7 LOW CONFIDENCE", False: ""})).tolist(), strict=True))
chosen = st.selectbox("Figure to review", list(labels), format_func=lambda i: labels[i], key="review_figure")
row = view[view["figure_id"] == chosen].iloc[0]
version = loaded_version(chosen)
with st.container(border=True):
    ui.passage_card(row)

gaz = gazetteer()
codes = sorted(gaz.countries, key=gaz.name)
with st.form("decision"):
    decision = st.radio("Decision", ["accept", "reject", "correct"], horizontal=True,
                        format_func={"accept": "Accept", "reject": "Reject", "correct": "Correct"}.get)
    st.caption("For a correction, change the fields that are wrong; unchanged fields are not recorded.")
    c1, c2, c3 = st.columns(3)
    value = c1.number_input("Value", value=None if pd.isna(row["value"]) else float(row["value"]), format="%g")
    country = c2.selectbox("Country", codes, index=codes.index(row["country_iso3"]) if row["country_iso3"] in codes
                           else 0, format_func=lambda c: f"{gaz.name(c)} ({c})")
    metric = c3.selectbox("Metric", list(schema.METRICS), index=list(schema.METRICS).index(row["metric"]),
                          format_func=lambda m: schema.METRICS[m].label)
    c4, c5, c6 = st.columns(3)
    year = c4.number_input("Year", min_value=1900, max_value=2100, step=1,
                           value=None if pd.isna(row["year"]) else int(row["year"]))
    hosts = [""] + codes
    host = c5.selectbox("Host (deployments)", hosts, index=hosts.index(row["host_iso3"]) if row["host_iso3"] in hosts
                        else 0, format_func=lambda c: f"{gaz.name(c)} ({c})" if c else "none")
    stage = c6.selectbox("Stage (budgets; planned for personnel)", list(schema.STAGES), index=list(schema.STAGES).index(row["stage"])
                         if row["stage"] in schema.STAGES else 0, format_func=lambda s: s or "not stated")
    note = st.text_input("Note (optional)", max_chars=500)
    submitted = st.form_submit_button("Save decision", type="primary")

if submitted:
    fields = {}
    if decision == "correct":
        proposed = {"value": value, "country_iso3": country, "metric": metric,
                    "year": None if year is None else int(year), "host_iso3": host, "stage": stage}
        current = {"value": None if pd.isna(row["value"]) else float(row["value"]), "country_iso3": row["country_iso3"],
                   "metric": row["metric"], "year": None if pd.isna(row["year"]) else int(row["year"]),
                   "host_iso3": row["host_iso3"], "stage": row["stage"]}
        fields = {k: v for k, v in proposed.items() if v != current[k] and v is not None}
    metric0, quote0 = original(row)
    try:
        saved = store.record(chosen, article_id=row["article_id"], quote=quote0, metric=metric0, decision=decision,
                             fields=fields, note=note, expected_version=version)
    except StaleDecision as stale:
        other = stale.current
        st.error("This figure changed since you loaded it: someone else saved a decision first. "
                 "Their decision is shown below; yours was not saved. Review it and save again if you still disagree.")
        if other is not None:
            st.markdown(f"**{ui.md_escape(other.decision)}** at {ui.md_escape(other.created_at)} "
                        f"{ui.md_escape(str(other.fields or ''))} {ui.md_escape(other.note)}")
        forget_version(chosen)
    except ValueError as exc:
        st.error(f"Not saved: {ui.md_escape(str(exc))}")
    else:
        forget_version(chosen)
        st.session_state["_review_flash"] = f"Saved: {saved.decision} for {saved.figure_id}."
        st.rerun()

# 3. bulk decisions
st.subheader("Bulk")
picked = st.multiselect("Figures", list(labels), format_func=lambda i: labels[i], key="review_bulk",
                        placeholder="Pick figures to accept or reject together")
b1, b2 = st.columns(2)
bulk = "accept" if b1.button("Accept selected", disabled=not picked) else (
    "reject" if b2.button("Reject selected", disabled=not picked) else None)
if bulk and picked:
    items = []
    for fid in picked:
        r = view[view["figure_id"] == fid].iloc[0]
        metric0, quote0 = original(r)
        items.append({"figure_id": fid, "article_id": r["article_id"], "quote": quote0, "metric": metric0,
                      "decision": bulk, "expected_version": loaded_version(fid)})
    try:
        done = store.record_many(items)
    except StaleDecision as stale:
        st.error(f"Stopped: {ui.md_escape(stale.figure_id)} changed since you loaded it; the decisions before it were saved. "
                 "Reload the page to see the current state.")
    except ValueError as exc:
        st.error(f"Not saved: {ui.md_escape(str(exc))}")
    else:
        for fid in picked:
            forget_version(fid)
        st.session_state["_review_flash"] = f"Saved {len(done)} decision(s)."
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
