"""Figures a reviewer added (tables.additions): checked, anchored to their quote, re-anchored after an edit."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.tables.additions import ADDED, added_figure_id, added_rows, is_addition, occurrences
from dashboard.tables.reviews import ReviewStore

BODY = "Lithuania's army is growing. The ministry said some 23,000 men and women in uniform now serve."


def write(folder, body=BODY):
    path = folder / "2024-03-05-wire-ltu.md"
    path.write_text(f"---\ntitle: Army grows\npublisher: Test Wire\npublished: 2024-03-05\nurl: https://example.test/a\n"
                    f"---\n{body}\n", encoding="utf-8")
    return pd.DataFrame({"article_id": ["2024-03-05-wire-ltu"], "path": [str(path)]})


def record(store, at, quote="23,000", **extra):
    start = extra.pop("start", at)
    fields = {ADDED: True, "start": start, "end": at + len(quote), "value": 23000.0, "country_iso3": "LTU",
              "year": 2024, **extra}
    return store.record(added_figure_id("2024-03-05-wire-ltu", at, "active_personnel"),
                        article_id="2024-03-05-wire-ltu", quote=quote, metric="active_personnel", decision="correct",
                        fields=fields, expected_version=0)


def test_an_addition_becomes_a_row_with_its_sentence_source_and_citation(tmp_path):
    articles = write(tmp_path)
    store = ReviewStore(tmp_path / "reviews.sqlite3")
    d = record(store, BODY.index("23,000"))
    assert is_addition(d) and store.additions() == [d]
    rows, lost = added_rows(articles, store.additions())
    assert lost == [] and len(rows) == 1
    row = rows.iloc[0]
    assert (row["figure_id"], row["status"], row["value"], row["year"], row["country"]) == (
        d.figure_id, "added", 23000, 2024, "Lithuania")
    assert row["passage"] == "The ministry said some 23,000 men and women in uniform now serve."
    assert row["publisher"] == "Test Wire" and "23,000" in row["citation"] and row["figure_id"].rsplit(":", 1)[0] == \
        "2024-03-05-wire-ltu"  # the article is still the part before the last colon (chart clicks rely on it)


def test_an_edit_above_the_quote_moves_it_and_a_lost_quote_is_reported_not_dropped(tmp_path):
    store = ReviewStore(tmp_path / "reviews.sqlite3")
    record(store, BODY.index("23,000"))
    moved = write(tmp_path, "A new first line. " + BODY)
    rows, lost = added_rows(moved, store.additions())
    assert lost == [] and rows.iloc[0]["start"] == ("A new first line. " + BODY).index("23,000")
    gone = write(tmp_path, BODY.replace("23,000", "24,000"))
    rows, lost = added_rows(gone, store.additions())
    assert rows.empty and [d.quote for d in lost] == ["23,000"]


@pytest.mark.parametrize(("extra", "says"), [
    ({"start": -1}, "start must be a character offset"),
    ({"currency": "dollars"}, "currency must be an ISO 4217 code"),
    ({"colour": "red"}, "unknown field 'colour'"),
])
def test_a_bad_addition_is_refused_before_anything_is_written(tmp_path, extra, says):
    store = ReviewStore(tmp_path / "reviews.sqlite3")
    with pytest.raises(ValueError, match=says):
        record(store, 10, **extra)
    assert store.additions() == [] and store.log().empty


def test_offsets_are_only_for_additions(tmp_path):
    store = ReviewStore(tmp_path / "reviews.sqlite3")
    with pytest.raises(ValueError, match="unknown field 'start'"):
        store.record("a:1", article_id="a", quote="1", metric="active_personnel", decision="correct",
                     fields={"start": 1, "value": 2.0})


def test_occurrences_finds_every_place():
    assert occurrences("9 and 9", "9") == [0, 6] and occurrences("abc", "  ") == []


def test_an_added_figure_corrected_later_stays_an_added_one(tmp_path):
    """A browser audit: an added figure corrected on Review became status 'corrected', rule 'review:added +review'."""
    from dashboard.tables.overlay import apply_decisions

    articles = write(tmp_path)
    store = ReviewStore(tmp_path / "reviews.sqlite3")
    d = record(store, BODY.index("23,000"))
    rows, _ = added_rows(articles, store.additions())
    store.record(d.figure_id, article_id=d.article_id, quote=d.quote, metric=d.metric, decision="correct",
                 fields={"year": 2023}, expected_version=1)
    applied, _ = apply_decisions(rows, {k: v for k, v in store.latest().items() if k == d.figure_id})
    row = applied.iloc[0]
    assert (row["status"], row["method"], row["year"]) == ("added", "review:added", 2023)
    assert "year 2024 -> 2023" in row["review_changes"]
