"""The scorer: matching rules of the devset READMEs, on tiny labelled folders built in the test."""

from __future__ import annotations

import json

from dashboard.evaluate import evaluate


def _folder(tmp_path, text: str, labels: list[dict]):
    (tmp_path / "passages.jsonl").write_text(json.dumps({"id": "p1", "date": "2025-10-01", "text": text}) + "\n")
    rows = [{"passage_id": "p1", "unit": "", "currency": "", "host_iso3": "", "span_text": "", "note": "", "year": "",
             **row} for row in labels]
    (tmp_path / "labels.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return tmp_path


def test_a_predicted_range_matches_the_rows_of_both_bounds(tmp_path):
    """devset2 labels '900 to 1,000' as two rows; a range prediction scores both, no false positive."""
    folder = _folder(tmp_path, "Around 900 to 1,000 U.S. troops remain stationed in Romania.", [
        {"country_iso3": "USA", "metric": "troops_deployed", "value": "900", "host_iso3": "ROU"},
        {"country_iso3": "USA", "metric": "troops_deployed", "value": "1000", "host_iso3": "ROU"},
    ])
    overall = evaluate(folder).overall
    assert (overall.tp, overall.fp, overall.fn) == (2, 0, 0)


def test_a_single_value_matches_one_row_and_a_wrong_metric_is_a_false_positive(tmp_path):
    """Each gold row matches at most one prediction; a figure labelled 'other' counts against precision."""
    folder = _folder(tmp_path, "The U.S. keeps 28,500 troops stationed in South Korea, and will withdraw 4,500 of them.", [
        {"country_iso3": "USA", "metric": "troops_deployed", "value": "28500", "host_iso3": "KOR"},
        {"country_iso3": "USA", "metric": "other", "value": "4500"},
    ])
    report = evaluate(folder)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 0, 0)
    assert report.host_hits == report.host_total == 1


def test_precision_per_confidence_band_counts_every_scored_prediction(tmp_path):
    """The bands add up to the predictions that were scored (right or wrong)."""
    folder = _folder(tmp_path, "The U.S. keeps 28,500 troops stationed in South Korea.", [
        {"country_iso3": "USA", "metric": "troops_deployed", "value": "28500", "host_iso3": "KOR"},
    ])
    report = evaluate(folder)
    assert sum(right + wrong for right, wrong in report.bands.values()) == report.overall.tp + report.overall.fp


def test_a_passage_whose_extraction_raises_is_reported_and_the_others_are_still_scored(tmp_path, monkeypatch):
    """One passage's bug is named in the report; its gold rows count as misses; the scoring goes on."""
    (tmp_path / "passages.jsonl").write_text(
        json.dumps({"id": "bad", "date": "2025-10-01", "text": "BOOM. Chile keeps 68,000 active troops."}) + "\n"
        + json.dumps({"id": "good", "date": "2025-10-01", "text": "Peru keeps 81,000 active troops."}) + "\n")
    rows = [{"passage_id": pid, "country_iso3": iso, "metric": "active_personnel", "value": value, "unit": "",
             "currency": "", "host_iso3": "", "span_text": "", "note": "", "year": ""}
            for pid, iso, value in (("bad", "CHL", "68000"), ("good", "PER", "81000"))]
    (tmp_path / "labels.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    import dashboard.evaluate as ev
    real = ev.extract_figures

    def flaky(text, info=None, **kw):
        if text.startswith("BOOM"):
            raise ValueError("a rule broke")
        return real(text, info, **kw)

    monkeypatch.setattr(ev, "extract_figures", flaky)
    report = ev.evaluate(tmp_path)
    assert report.failures == ["bad: ValueError: a rule broke"]
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 0, 1)
    assert "extraction failed" in ev.format_report(report)


def test_a_conversion_the_note_calls_optional_is_neither_required_nor_wrong(tmp_path):
    """'USD conversion' (the devset README) and 'treat as a conversion: optional' both mark an optional row."""
    folder = _folder(tmp_path, "Angola's defence budget is $3 billion (Sh300 billion). Nigeria's defence budget is $1.6 billion "
                               "(Sh160 billion).", [
        {"country_iso3": "AGO", "metric": "defense_budget", "value": "3000000000", "currency": "USD"},
        {"country_iso3": "AGO", "metric": "defense_budget", "value": "300000000000", "currency": "KES",
         "note": "treat as a conversion: optional"},
        {"country_iso3": "NGA", "metric": "defense_budget", "value": "1600000000", "currency": "USD"},
        {"country_iso3": "NGA", "metric": "defense_budget", "value": "160000000000", "currency": "KES",
         "note": "USD conversion"},
        {"country_iso3": "NGA", "metric": "defense_budget", "value": "999", "note": "a conversion, required"},
    ])
    overall = evaluate(folder).overall
    assert (overall.tp, overall.fp, overall.fn) == (2, 0, 1)  # the conversions count neither way; the required row is missed


def test_a_matched_row_with_another_year_is_listed_with_both_years(tmp_path):
    """The report names each matched row whose year differs from its label, so a year slip can be found."""
    from dashboard.evaluate import format_report

    folder = _folder(tmp_path, "The U.S. keeps 28,500 troops stationed in South Korea.", [
        {"country_iso3": "USA", "metric": "troops_deployed", "value": "28500", "host_iso3": "KOR", "year": "2019",
         "span_text": "28,500"},
    ])
    report = evaluate(folder)
    assert (report.year_hits, report.year_total) == (0, 1)
    assert report.wrong_years == ["p1: USA troops_deployed 28,500 '28,500': 2025, label 2019"]
    assert "wrong years on matched rows:\n  p1: USA troops_deployed 28,500" in format_report(report)
