"""The review log: recording, validation, stale-decision detection, and the overlay on figures."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import date, datetime, timedelta
from functools import cache

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import schema
from dashboard.tables.export import to_csv_text
from dashboard.tables.frames import figures_frame
from dashboard.tables.overlay import apply_decisions, review_queue
from dashboard.tables.review_records import Decision, Reanchor, StaleDecision, check_fields
from dashboard.tables.reviews import ReviewStore

TROOPS = {"figure_id": "art-a:10", "article_id": "art-a", "quote": "28,500 U.S. troops", "metric": "troops_deployed"}
BUDGET = {"figure_id": "art-a:90", "article_id": "art-a", "quote": "66.3 trillion won", "metric": "defense_budget"}


def _row(figure_id: str, metric: str, quote: str, **extra) -> dict:
    article_id, _, start = figure_id.rpartition(":")
    row = {**schema.blank_figure(), "figure_id": figure_id, "article_id": article_id, "metric": metric, "quote": quote,
           "passage": f"... {quote} ...", "start": int(start), "end": int(start) + len(quote),
           "method": "rule", "status": "extracted", "review_note": ""}
    row.update(extra)
    return row


@cache
def _figures() -> pd.DataFrame:
    """Five figures: troops, a won budget with a USD value, a personnel count, and two look-alike quotes."""
    return figures_frame([
        _row("art-a:10", "troops_deployed", "28,500 U.S. troops", value=28500, unit="persons",
             country_iso3="USA", country="United States", host_iso3="KOR", year=2025),
        _row("art-a:90", "defense_budget", "66.3 trillion won", value=6.63e13, unit="KRW", currency="KRW",
             value_usd=4.6e10, usd_rate_date="2025-11-03", country_iso3="KOR", country="South Korea",
             year=2026, stage="proposed"),
        _row("art-b:5", "active_personnel", "450,000 active troops", value=450000, unit="persons",
             country_iso3="KOR", country="South Korea", year=2025),
        _row("art-c:0", "troops_deployed", "5,000 troops", value=5000, unit="persons", country_iso3="USA",
             country="United States", host_iso3="POL", year=2024),
        _row("art-c:40", "troops_deployed", "5,000 troops", value=5000, unit="persons", country_iso3="USA",
             country="United States", host_iso3="DEU", year=2024),
    ])


@pytest.fixture
def figures() -> pd.DataFrame:
    return _figures().copy(deep=True)


@pytest.fixture
def store(tmp_path) -> ReviewStore:
    return ReviewStore(tmp_path / "reviews.sqlite3")


def _decision(id_: int, figure: dict, decision: str = "accept", fields: dict | None = None, note: str = "",
              **override) -> Decision:
    base = {**figure, **override}
    return Decision(id_, base["figure_id"], base["article_id"], base["quote"], base["metric"], decision,
                    fields or {}, note)


# --- the store ---------------------------------------------------------------------------------


def test_record_returns_the_stored_decision(store):
    """record() returns the row as stored: id, plain-typed fields, a UTC timestamp."""
    d = store.record(**TROOPS, decision="correct", fields={"value": np.float64(28000), "year": np.int64(2024)},
                     note="the article says 28,000 later", reviewer="ana")
    assert (d.id, d.figure_id, d.decision, d.reviewer) == (1, "art-a:10", "correct", "ana")
    assert d.fields == {"value": 28000.0, "year": 2024}
    assert type(d.fields["value"]) is float and type(d.fields["year"]) is int
    assert datetime.fromisoformat(d.created_at).utcoffset() == timedelta(0)
    assert store.latest() == {"art-a:10": d}


def test_database_is_wal_and_has_the_schema(store):
    """The file is in WAL mode and holds the decisions table with its figure_id index."""
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        columns = [r[1] for r in conn.execute("PRAGMA table_info(decisions)")]
        indexes = [r[1] for r in conn.execute("PRAGMA index_list(decisions)")]
    assert columns == ["id", "figure_id", "article_id", "quote", "metric", "decision", "fields", "note",
                       "reviewer", "created_at"]
    assert "decisions_figure_id" in indexes


def test_table_rejects_unknown_decisions_at_the_sql_level(store):
    """The CHECK constraint guards the log even against writers that bypass record()."""
    with sqlite3.connect(store.path) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO decisions (figure_id, article_id, quote, metric, decision, fields, created_at)"
                     " VALUES ('x:1', 'x', 'q', 'troops_deployed', 'approve', '{}', 'now')")


def test_log_is_append_only_at_the_sql_level(store):
    """Triggers refuse UPDATE and DELETE, so even a stray script cannot rewrite history."""
    store.record(**TROOPS, decision="accept")
    with sqlite3.connect(store.path) as conn:
        for statement in ("UPDATE decisions SET decision = 'reject'", "DELETE FROM decisions"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(statement)
    assert store.log()["decision"].tolist() == ["accept"]


def test_missing_folder_is_a_clear_error(tmp_path):
    """A store in a folder that does not exist fails at once, naming the folder."""
    with pytest.raises(FileNotFoundError, match="does not exist"):
        ReviewStore(tmp_path / "nope" / "reviews.sqlite3")


def test_version_latest_and_log(store):
    """version() is the latest id (0 before any), latest() keeps the highest id, log() lists all newest first."""
    assert store.version("art-a:10") == 0
    first = store.record(**TROOPS, decision="accept")
    other = store.record(**BUDGET, decision="reject", note="duplicate")
    second = store.record(**TROOPS, decision="correct", fields={"host_iso3": "JPN"})
    assert store.version("art-a:10") == second.id == 3
    assert store.latest() == {"art-a:10": second, "art-a:90": other}
    log = store.log()
    assert log["id"].tolist() == [3, 2, 1]
    assert list(log.columns) == ["id", "figure_id", "article_id", "quote", "metric", "decision", "fields",
                                 "note", "reviewer", "created_at"]
    assert json.loads(log.loc[0, "fields"]) == {"host_iso3": "JPN"}
    assert log.loc[2, "decision"] == first.decision == "accept"
    assert str(log["id"].dtype) == "Int64" and str(log["fields"].dtype) == "string"


def test_empty_log_has_columns(store):
    """An empty log is an empty frame with the log's columns, not a column-less one."""
    log = store.log()
    assert log.empty and list(log.columns)[:2] == ["id", "figure_id"]
    assert store.latest() == {}


def test_decisions_survive_reopening(store):
    """A second store on the same file (another process, a restart) sees every committed decision."""
    d = store.record(**TROOPS, decision="reject", note="not troops")
    assert ReviewStore(store.path).latest() == {"art-a:10": d}


# --- validation (the rules themselves: tests/tables/test_review_records.py) ------------------------


@pytest.mark.parametrize(("changes", "message"), [
    ({"decision": "approve"}, "decision must be one of accept, reject, correct, not 'approve'"),
    ({"fields": {"value": float("nan")}}, "value must be a finite number, not nan"),
    ({"decision": "accept", "expected_version": -1}, "expected_version must be None or a decision id >= 0"),
])
def test_invalid_decisions_are_refused_and_nothing_is_written(store, changes, message):
    """record() checks before it writes: bad input raises ValueError naming the problem, the log stays empty."""
    kwargs = {**TROOPS, "decision": "correct", **changes}
    with pytest.raises(ValueError, match="invalid review decision") as info:
        store.record(kwargs.pop("figure_id"), **kwargs)
    assert message in str(info.value)
    assert store.log().empty


def test_accepted_edge_values(store):
    """NATO and empty codes, every stage, and both year bounds are valid corrections."""
    for fields in ({"country_iso3": "NATO"}, {"host_iso3": ""}, {"stage": ""}, {"stage": "approved"},
                   {"year": 1900}, {"year": 2100}, {"value": -3.5}, {"metric": "budget_trend"}):
        store.record(**BUDGET, decision="correct", fields=fields)
    assert len(store.log()) == 8


# --- optimistic concurrency --------------------------------------------------------------------


def test_second_session_on_a_stale_version_gets_the_first_decision(store):
    """Two sessions that both loaded version 0: the second gets StaleDecision carrying the first's decision."""
    seen_by_a = seen_by_b = store.version("art-a:10")
    first = store.record(**TROOPS, decision="accept", reviewer="a", expected_version=seen_by_a)
    with pytest.raises(StaleDecision, match="changed since you loaded it") as info:
        store.record(**TROOPS, decision="reject", reviewer="b", expected_version=seen_by_b)
    assert info.value.current == first and info.value.expected == 0
    assert [d.id for d in store.latest().values()] == [first.id]
    again = store.record(**TROOPS, decision="reject", reviewer="b", expected_version=info.value.current.id)
    assert store.version("art-a:10") == again.id


def test_expected_version_unknown_to_the_log(store):
    """A version the log never had (a replaced file) is stale too, with current None."""
    with pytest.raises(StaleDecision) as info:
        store.record(**TROOPS, decision="accept", expected_version=7)
    assert info.value.current is None


def test_racing_sessions_have_exactly_one_winner(store):
    """Eight threads that all loaded version 0 race: one writes, seven see the winner's decision."""
    barrier = threading.Barrier(8)
    won: list[Decision] = []
    lost: list[StaleDecision] = []

    def session(k: int) -> None:
        barrier.wait()
        try:
            won.append(store.record(**TROOPS, decision="accept", reviewer=f"r{k}", expected_version=0))
        except StaleDecision as exc:
            lost.append(exc)

    threads = [threading.Thread(target=session, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(won) == 1 and len(lost) == 7
    assert all(exc.current == won[0] for exc in lost)
    assert len(store.log()) == 1


# --- bulk --------------------------------------------------------------------------------------


def test_record_many_writes_each_in_order(store):
    """record_many returns the stored decisions in order, with the default reviewer filled in."""
    written = store.record_many([{**TROOPS, "decision": "accept"},
                                 {**BUDGET, "decision": "correct", "fields": {"stage": "approved"},
                                  "reviewer": "bo"}], reviewer="ana")
    assert [(d.id, d.reviewer) for d in written] == [(1, "ana"), (2, "bo")]
    assert store.latest()["art-a:90"].fields == {"stage": "approved"}


def test_record_many_names_the_first_invalid_item_and_writes_nothing(store):
    """Bad input is found before any write; the error names the item's position and figure."""
    items = [{**TROOPS, "decision": "accept"}, {**BUDGET, "decision": "correct", "fields": {"year": 1}},
             {**BUDGET, "decision": "maybe"}]
    with pytest.raises(ValueError, match=r"item 1 \('art-a:90'\).*year must be"):
        store.record_many(items)
    with pytest.raises(ValueError, match=r"item 0 .*missing \['quote'\]"):
        store.record_many([{k: v for k, v in TROOPS.items() if k != "quote"} | {"decision": "accept"}])
    assert store.log().empty


def test_record_many_stops_at_a_stale_item(store):
    """A stale item stops the batch; the decisions before it stay committed and the note says so."""
    store.record(**BUDGET, decision="accept")
    items = [{**TROOPS, "decision": "accept", "expected_version": 0},
             {**BUDGET, "decision": "reject", "expected_version": 0},
             {**TROOPS, "decision": "reject"}]
    with pytest.raises(StaleDecision) as info:
        store.record_many(items)
    assert "stopped at item 1" in info.value.__notes__[0]
    assert store.log()["decision"].tolist() == ["accept", "accept"]


# --- the overlay on figures --------------------------------------------------------------------


def test_accept_and_reject_set_status_and_note(figures):
    """accept -> accepted, reject -> rejected, the note lands in review_note, values stay."""
    latest = {"art-a:10": _decision(1, TROOPS, "accept", note="checked"),
              "art-a:90": _decision(2, BUDGET, "reject", note="not a budget")}
    out, orphans = apply_decisions(figures, latest)
    assert orphans == [] and out.attrs["reanchored"] == []
    assert out["status"].tolist()[:3] == ["accepted", "rejected", "extracted"]
    assert out["review_note"].tolist()[:2] == ["checked", "not a budget"]
    assert out["value"].tolist() == figures["value"].tolist()
    assert out["method"].tolist() == figures["method"].tolist()


def test_correct_overwrites_fields_and_keeps_the_original(figures):
    """A correction overwrites the row, keeps the extractor's value, renames the country, marks the method."""
    before = figures.copy(deep=True)
    fields = {"value": 7.0e13, "country_iso3": "JPN", "year": 2025, "stage": "approved"}
    out, _ = apply_decisions(figures, {"art-a:90": _decision(5, BUDGET, "correct", fields, note="typo")})
    row = out.iloc[1]
    assert (row["status"], row["value"], row["original_value"]) == ("corrected", 7.0e13, 6.63e13)
    assert (row["country_iso3"], row["country"], row["year"], row["stage"]) == ("JPN", "Japan", 2025, "approved")
    assert row["method"] == "rule +review" and row["review_note"] == "typo"
    assert row["value_usd"] == pytest.approx(4.6e10 * 7.0 / 6.63)
    pd.testing.assert_frame_equal(figures, before)
    assert out.dtypes.to_dict() == figures.dtypes.to_dict()
    assert schema.check_figures(out) == []


def test_a_correction_says_what_it_changed(figures):
    """A year-only correction keeps the value, so the row says which fields changed and from what (an audit
    found a CSV row marked 'corrected' whose every number matched the extractor's)."""
    latest = {"art-a:90": _decision(2, BUDGET, "correct", {"year": 2025}),
              "art-a:10": _decision(3, TROOPS, "correct", {"value": 28000.0, "country_iso3": "USA", "host_iso3": "JPN"})}
    out, _ = apply_decisions(figures, latest)
    year_before = int(figures.iloc[1]["year"])
    assert out.iloc[1]["review_changes"] == f"year {year_before} -> 2025"
    assert out.iloc[0]["review_changes"] == "value 28500 -> 28000; host KOR -> JPN"  # (the owner was already USA)
    assert out.iloc[2:]["review_changes"].tolist() == [""] * 3
    again, _ = apply_decisions(out, latest)  # applied twice: still against the extractor's reading
    assert again["review_changes"].tolist() == out["review_changes"].tolist()
    text = to_csv_text(out)
    assert f"year {year_before} -> 2025" in text


def test_reviewed_figures_are_confident_and_keep_the_extractors_score(figures):
    """accept / correct -> confidence 1 with the extractor's score in original_confidence; reject keeps it."""
    figures["confidence"] = pd.array([0.55, 0.9, 0.7, 0.5, 0.85], dtype="Float64")
    latest = {"art-a:10": _decision(1, TROOPS, "accept"), "art-a:90": _decision(2, BUDGET, "correct", {"year": 2025}),
              "art-c:0": _decision(3, {**TROOPS, "figure_id": "art-c:0", "article_id": "art-c",
                                       "quote": "5,000 troops"}, "reject")}
    out, _ = apply_decisions(figures, latest)
    assert out["confidence"].tolist() == [1.0, 1.0, 0.7, 0.5, 0.85]
    assert out["original_confidence"].tolist()[:2] == [0.55, 0.9]
    assert out["original_confidence"].iloc[2:].isna().all()
    again, _ = apply_decisions(out, latest)  # applying twice keeps the extractor's score, not 1
    assert again["original_confidence"].tolist()[:2] == [0.55, 0.9]
    assert out.dtypes.to_dict() == figures.dtypes.to_dict()


def test_a_personnel_plan_can_be_marked_planned(figures):
    """'planned' is a stage a reviewer may set (a plan or target rather than a current level)."""
    assert check_fields({"stage": "planned"}) == []
    out, _ = apply_decisions(figures, {"art-b:5": _decision(
        1, {"figure_id": "art-b:5", "article_id": "art-b", "quote": "450,000 active troops",
            "metric": "active_personnel"}, "correct", {"stage": "planned"})})
    assert out.iloc[2]["stage"] == "planned" and schema.check_figures(out) == []


def test_correcting_the_metric_to_a_count_drops_the_money_columns(figures):
    """A budget re-labelled as a personnel count loses its currency and dollar value."""
    out, _ = apply_decisions(figures, {"art-a:90": _decision(1, BUDGET, "correct", {"metric": "active_personnel"})})
    row = out.iloc[1]
    assert (row["metric"], row["unit"], row["currency"], row["usd_rate_date"]) == (
        "active_personnel", "persons", "", "")
    assert pd.isna(row["value_usd"])


def test_decision_for_a_missing_figure_is_an_orphan(figures):
    """A decision whose figure and quote are gone is returned as an orphan, not dropped."""
    gone = _decision(3, TROOPS, figure_id="art-z:1", article_id="art-z")
    out, orphans = apply_decisions(figures, {"art-z:1": gone})
    assert orphans == [gone]
    assert (out["status"] == "extracted").all()


def test_empty_table_makes_every_decision_an_orphan():
    """With no figures loaded (e.g. an empty folder) every decision is an orphan and the table stays typed."""
    d = _decision(1, TROOPS)
    out, orphans = apply_decisions(schema.empty_figures(), {"art-a:10": d})
    assert orphans == [d] and out.empty
    assert out.dtypes.to_dict() == schema.empty_figures().dtypes.to_dict()


def test_moved_figure_is_reanchored(figures):
    """After an edit moved a figure, its decision follows the unique row with the same article, metric, quote."""
    old = _decision(4, TROOPS, "reject", figure_id="art-a:3")
    out, orphans = apply_decisions(figures, {"art-a:3": old})
    assert orphans == []
    assert out.loc[out["figure_id"] == "art-a:10", "status"].item() == "rejected"
    assert out.attrs["reanchored"] == [Reanchor(old, "art-a:10", applied=True)]


def test_ambiguous_quote_is_not_reanchored(figures):
    """Two rows with the same article, metric and quote: the decision cannot pick one, so it is an orphan."""
    old = _decision(4, {"figure_id": "art-c:20", "article_id": "art-c", "quote": "5,000 troops",
                        "metric": "troops_deployed"}, "accept")
    out, orphans = apply_decisions(figures, {"art-c:20": old})
    assert orphans == [old]
    assert (out["status"] == "extracted").all()


def test_same_offset_different_quote_is_not_applied(figures):
    """An edit put a different figure at the decided offset: that figure must not inherit the decision."""
    old = _decision(2, TROOPS, "reject", quote="12,000 sailors")
    out, orphans = apply_decisions(figures, {"art-a:10": old})
    assert orphans == [old]
    assert out.iloc[0]["status"] == "extracted"


def test_newest_decision_wins_when_a_moved_one_meets_a_direct_one(figures):
    """A re-anchored decision older than the row's own decision is reported but not applied."""
    moved = _decision(1, TROOPS, "reject", figure_id="art-a:3")
    direct = _decision(2, TROOPS, "accept")
    out, orphans = apply_decisions(figures, {"art-a:3": moved, "art-a:10": direct})
    assert orphans == [] and out.iloc[0]["status"] == "accepted"
    assert out.attrs["reanchored"] == [Reanchor(moved, "art-a:10", applied=False)]


def test_store_to_table_round_trip(store, figures):
    """Decisions recorded in the store and overlaid give a schema-valid table."""
    store.record(**TROOPS, decision="correct", fields={"value": 28000, "host_iso3": "JPN"})
    store.record(**BUDGET, decision="accept")
    out, orphans = apply_decisions(figures, store.latest())
    assert orphans == []
    assert out["status"].tolist() == ["corrected", "accepted", "extracted", "extracted", "extracted"]
    assert schema.check_figures(out) == []


_figure_ids = st.sampled_from(["art-a:10", "art-a:90", "art-b:5", "art-c:0", "art-c:40", "art-a:3", "gone:1"])
_choices = st.sampled_from([("accept", {}), ("reject", {}), ("correct", {"value": 1.0}),
                            ("correct", {"country_iso3": "NATO", "year": 2030})])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_figure_ids, _choices), max_size=12))
def test_overlay_invariants(decisions):
    """Any set of decisions: input unchanged, same rows and dtypes, every decision applied, moved or orphaned."""
    figures = _figures()
    before = figures.copy(deep=True)
    quotes = dict(zip(figures["figure_id"], figures["quote"], strict=True)) | {"art-a:3": TROOPS["quote"]}
    latest = {}
    for i, (fid, (kind, fields)) in enumerate(decisions, start=1):
        figure = {"figure_id": fid, "article_id": fid.split(":")[0], "quote": quotes.get(fid, "?"),
                  "metric": "troops_deployed" if fid != "art-a:90" else "defense_budget"}
        latest[fid] = _decision(i, figure, kind, fields)
    out, orphans = apply_decisions(figures, latest)
    pd.testing.assert_frame_equal(figures, before)
    assert out["figure_id"].tolist() == figures["figure_id"].tolist()
    assert out.dtypes.to_dict() == figures.dtypes.to_dict()
    assert set(out["status"]) <= set(schema.STATUSES)
    placed = {d.figure_id for d in orphans} | {r.decision.figure_id for r in out.attrs["reanchored"]}
    assert set(latest) - set(figures["figure_id"]) <= placed


def test_review_queue_puts_low_confidence_figures_to_review_first(figures):
    """Still to review before reviewed; low confidence first among them; then article and offset."""
    figures["confidence"] = pd.array([0.9, 0.55, 0.5, 0.95, 0.4], dtype="Float64")
    figures.loc[4, "status"] = "accepted"  # reviewed: last, however low its score was
    order = review_queue(figures)["figure_id"].tolist()
    assert order == ["art-a:90", "art-b:5", "art-a:10", "art-c:0", "art-c:40"]


def test_correcting_the_value_drops_the_old_range(figures):
    """Regression: a corrected value kept the extractor's low/high, so a single 30,000 still read '25,000-30,000'."""
    figures.loc[0, ["low", "high", "qualifier"]] = [25000.0, 32000.0, "range"]
    figures.loc[2, ["low", "qualifier"]] = [450000.0, "approx"]
    out, _ = apply_decisions(figures, {
        "art-a:10": _decision(1, TROOPS, "correct", {"value": 30000}),
        "art-b:5": _decision(2, {"figure_id": "art-b:5", "article_id": "art-b", "quote": "450,000 active troops",
                                 "metric": "active_personnel"}, "correct", {"value": 455000})})
    troops, active = out.iloc[0], out.iloc[2]
    assert troops["value"] == 30000 and pd.isna(troops["low"]) and pd.isna(troops["high"])
    assert troops["qualifier"] == "" and troops["quote"] == "28,500 U.S. troops"  # the quote stays the extractor's
    assert pd.isna(active["low"]) and active["qualifier"] == "approx"  # "about" still holds for the new number
    year_only, _ = apply_decisions(figures, {"art-a:10": _decision(1, TROOPS, "correct", {"year": 2024})})
    assert (year_only.iloc[0]["low"], year_only.iloc[0]["high"]) == (25000.0, 32000.0)  # no new value, bounds stay
    assert out.dtypes.to_dict() == figures.dtypes.to_dict()


def test_a_correction_may_name_a_region_as_host(tmp_path):
    """Issue 9 follow-up: hosts may be regions (EUROPE, SAHEL...), as the extractor writes them; a correction accepts them."""
    from dashboard.tables.reviews import ReviewStore

    store = ReviewStore(tmp_path / "r.sqlite3")
    saved = store.record("a:1", article_id="a", quote="100,000", metric="troops_deployed", decision="correct",
                         fields={"host_iso3": "EUROPE"})
    assert saved.id


# The page's decision logic, now in the store module -------------------------------------------------

def test_correction_edits_keep_only_changed_fields():
    from dashboard.tables.decisions import correction_edits

    row = pd.Series({"value": 28500.0, "country_iso3": "USA", "metric": "troops_deployed", "year": pd.NA,
                     "host_iso3": "KOR", "stage": ""})
    proposed = {"value": 28500.0, "country_iso3": "USA", "metric": "troops_deployed", "year": 2025,
                "host_iso3": "JPN", "stage": ""}
    assert correction_edits(row, proposed) == {"year": 2025, "host_iso3": "JPN"}
    assert correction_edits(row, {**proposed, "year": None, "host_iso3": "KOR"}) == {}


@pytest.mark.parametrize("decision, edits, start", [
    (None, {}, "Nothing saved: choose"),
    ("accept", {"value": 1.0}, "Nothing saved: you changed Value"),
    ("correct", {}, "Nothing saved: a correction needs"),
])
def test_decision_problems_are_named(decision, edits, start):
    from dashboard.tables.decisions import decision_problem

    assert decision_problem(decision, edits).startswith(start)
    assert decision_problem("reject", {}) is None and decision_problem("correct", {"year": 2024}) is None


def test_bulk_items_refuse_a_figure_that_was_not_on_screen(tmp_path):
    from dashboard.tables.decisions import anchor, bulk_items

    figures = _figures()
    store = ReviewStore(tmp_path / "r.sqlite3")
    store.record("art-a:10", article_id="art-a", quote="28,500 U.S. troops", metric="troops_deployed",
                 decision="correct", fields={"metric": "active_personnel"})
    latest = store.latest()
    row = figures[figures["figure_id"] == "art-a:10"].iloc[0]
    assert anchor(row, latest) == ("troops_deployed", "28,500 U.S. troops")  # anchored to what was found
    items = bulk_items(figures, ["art-a:10", "art-b:5"], "accept", latest, {"art-a:10": 1, "art-b:5": 0})
    assert [(i["figure_id"], i["expected_version"]) for i in items] == [("art-a:10", 1), ("art-b:5", 0)]
    with pytest.raises(ValueError, match="1 of the picked figures were not on screen"):
        bulk_items(figures, ["art-a:10", "art-b:5"], "reject", latest, {"art-a:10": 1})


def test_a_currency_can_be_corrected_and_the_dollar_value_follows():
    """A browser audit: an Australian article's '$22.0 billion' was read as US dollars, and the Review form had no
    currency to correct (the figure could only be rejected and added again). A currency correction converts the
    value again at the new currency's ECB rate on the article's date."""
    from dashboard.rates import usd_value

    rows = figures_frame([_row("aus:10", "defense_budget", "$22.0 billion", value=22e9, unit="USD", currency="USD",
                               value_usd=22e9, usd_rate_date="", country_iso3="AUS", country="Australia", year=2007,
                               published="2007-05-08")])
    latest = {"aus:10": _decision(1, {"figure_id": "aus:10", "article_id": "aus", "quote": "$22.0 billion",
                                      "metric": "defense_budget"}, "correct", {"currency": "AUD"})}
    row = apply_decisions(rows, latest)[0].iloc[0]
    want, day = usd_value(22e9, "AUD", date(2007, 5, 8))
    assert (row["currency"], row["unit"], row["value_usd"], row["usd_rate_date"]) == ("AUD", "AUD", want, day)
    assert 15e9 < row["value_usd"] < 20e9 and row["review_changes"] == "currency USD -> AUD"
    assert check_fields({"currency": "aud"}) and check_fields({"currency": "AUD"}) == []
