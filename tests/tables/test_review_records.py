"""What a review decision may say, checked without a store: the rules ReviewStore.record applies before it writes."""

from __future__ import annotations

import numpy as np
import pytest

from dashboard.tables.review_records import check_decision, check_fields

TROOPS = {"figure_id": "art-a:10", "article_id": "art-a", "quote": "28,500 U.S. troops", "metric": "troops_deployed"}


@pytest.mark.parametrize(("changes", "message"), [
    ({"decision": "approve"}, "decision must be one of accept, reject, correct, not 'approve'"),
    ({"decision": "correct"}, "a correction needs at least one corrected field"),
    ({"decision": "accept", "fields": {"value": 1}}, "fields are only for corrections"),
    ({"fields": {"units": "x"}}, "unknown field 'units'"),
    ({"fields": {"value": float("nan")}}, "value must be a finite number, not nan"),
    ({"fields": {"value": float("inf")}}, "value must be a finite number"),
    ({"fields": {"value": "28500"}}, "value must be a finite number, not '28500'"),
    ({"fields": {"value": True}}, "value must be a finite number, not True"),
    ({"fields": {"year": 1850}}, "year must be a whole number from 1900 to 2100, not 1850"),
    ({"fields": {"year": 2024.0}}, "year must be a whole number"),
    ({"fields": {"year": "2024"}}, "year must be a whole number"),
    ({"fields": {"metric": "tanks"}}, "metric must be one of troops_deployed"),
    ({"fields": {"country_iso3": "kor"}}, "country_iso3 must be three capital letters"),
    ({"fields": {"host_iso3": "KO"}}, "host_iso3 must be three capital letters"),
    ({"fields": {"stage": "enacted"}}, "stage must be one of"),
    ({"metric": "tanks", "decision": "accept"}, "metric must be one of"),
    ({"figure_id": "", "decision": "accept"}, "figure_id must be a non-empty string"),
    ({"decision": "accept", "expected_version": -1}, "expected_version must be None or a decision id >= 0"),
])
def test_invalid_decisions_are_refused_with_a_clear_message(changes, message):
    """Each kind of bad input raises ValueError naming the figure and the problem."""
    kwargs = {**TROOPS, "decision": "correct", **changes}
    with pytest.raises(ValueError, match="invalid review decision for figure") as info:
        check_decision(**kwargs)
    assert message in str(info.value)


def test_every_problem_is_named_at_once():
    """A decision with several problems lists them all, joined by semicolons."""
    with pytest.raises(ValueError) as info:
        check_decision("", "art-a", 7, "tanks", "approve")
    text = str(info.value)
    for part in ("figure_id must be a non-empty string", "quote must be a string", "metric must be one of",
                 "decision must be one of"):
        assert part in text
    assert text.count("; ") == 3


def test_accepted_edge_values_come_back_as_plain_json_types():
    """NATO and empty codes, every stage, both year bounds pass; numpy numbers become float and int."""
    for fields in ({"country_iso3": "NATO"}, {"host_iso3": ""}, {"stage": ""}, {"stage": "approved"},
                   {"year": 1900}, {"year": 2100}, {"value": -3.5}, {"metric": "budget_trend"}):
        assert check_decision(**TROOPS, decision="correct", fields=fields) == fields
    clean = check_decision(**TROOPS, decision="correct", fields={"value": np.float64(28000), "year": np.int64(2024)})
    assert clean == {"value": 28000.0, "year": 2024}
    assert type(clean["value"]) is float and type(clean["year"]) is int
    assert check_decision(**TROOPS, decision="accept") == {}


def test_check_fields_collects_every_problem():
    """check_fields lists all problems at once so a form can show them together."""
    problems = check_fields({"value": "x", "year": 3000, "stage": "final", "colour": "red"})
    assert len(problems) == 4
    assert check_fields({"value": 1, "country_iso3": "KOR", "year": 2025}) == []
