"""How a figure was read, as the Review card says it: every owner evidence the extractor records has words."""

from __future__ import annotations

import csv

from dashboard.extraction.confidence import CALIBRATION_FILE, fresh_text_precision
from dashboard.tables.readings import MIN_FIGURES, OWNER_FROM, first_contact_rates, owner_from, reading


def test_every_owner_evidence_on_record_has_words():
    with open(CALIBRATION_FILE, encoding="utf-8", newline="") as fh:
        calibrated = {r["key"] for r in csv.DictReader(fh) if r["kind"] == "how"}
    assert calibrated | set(first_contact_rates()) <= set(OWNER_FROM)


def test_the_rates_are_the_first_contact_rows_split_by_owner_evidence():
    right, shown = fresh_text_precision(None)
    rates = first_contact_rates()
    assert sum(s for _, s in rates.values()) == shown == 2809 and sum(r for r, _ in rates.values()) == right


def test_a_reading_names_rule_and_owner_and_quotes_a_rate_only_with_enough_figures():
    right, shown = first_contact_rates()["previous"]
    line = reading("personnel:number-noun (previous)")
    assert line.startswith("Read as a head count by rule personnel:number-noun; owner: named in an earlier sentence")
    assert f"{right / shown:.0%} of {shown:,} figures" in line
    few = next(k for k, (_, n) in first_contact_rates().items() if n < MIN_FIGURES)
    assert "%" not in reading(f"budget:x ({few})")  # too few on record to quote
    assert reading("budget:pct-change") == "Read as a budget or its change by rule budget:pct-change."
    assert reading("novel:rule") == "Read by rule novel:rule."  # a family with no words yet: the rule alone
    assert reading("review") == "Entered by a reviewer." and owner_from("review") == ""
    corrected = reading("personnel:number-noun (previous) +review")  # as dashboard.tables.overlay marks a correction
    assert corrected.startswith(line.removesuffix(".")) and corrected.endswith("a reviewer has corrected it since.")


def test_the_readme_quotes_the_rates_as_the_rows_give_them():
    from pathlib import Path

    readme = " ".join((Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8").split())
    rates = first_contact_rates()
    for how in ("sentence", "previous", "sentence-after", "nato-target"):
        right, shown = rates[how]
        assert f"{right / shown:.0%} of {shown:,}" in readme, how
