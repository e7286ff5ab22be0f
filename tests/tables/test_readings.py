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
    assert line.startswith("Read as a head count: a number followed by a word for soldiers or personnel ('28,500 troops') "
                           "(rule personnel:number-noun); owner: named in an earlier sentence")
    assert f"{right / shown:.0%} of {shown:,} figures" in line
    few = next(k for k, (_, n) in first_contact_rates().items() if n < MIN_FIGURES)
    assert "%" not in reading(f"budget:x ({few})")  # too few on record to quote
    assert reading("budget:pct-change") == ("Read as a budget or its change: a percentage change of a budget ('up 8.2 percent') "
                                            "(rule budget:pct-change).")
    assert reading("novel:odd-rule") == "Read from the pattern 'odd rule' (rule novel:odd-rule)."  # no words yet: its name's
    assert reading("personnel:number-noun+host+each-host").startswith(
        "Read as a head count: a number followed by a word for soldiers or personnel ('28,500 troops'), with where the "
        "troops are ('in Japan'), one per host named (rule personnel:number-noun+host+each-host)")
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


def test_every_rule_with_words_is_a_rule_the_extractor_has_and_the_common_ones_have_words():
    import re
    from pathlib import Path

    from dashboard.tables.readings import rule_words

    source = "".join(p.read_text(encoding="utf-8") for p in (Path(__file__).resolve().parents[2] / "dashboard" / "extraction").glob("*.py"))
    rules = {r for r in rule_words() if not r.startswith("+")}
    gone = {r for r in rules if not re.search(r"(?:[\"']" + re.escape(r) + "|}" + re.escape(r[r.index(":"):]) + r")[\"' +]", source)}
    assert not gone  # no words for a rule that is gone (a name may be built: f"{kind}:elliptical-country")
    seed = Path(__file__).resolve().parents[2] / "data" / "articles"
    from dashboard.extraction import extract_figures

    for path in sorted(seed.glob("*.txt")):
        for f in extract_figures(path.read_text(encoding="utf-8")):
            base = f.method.split(" (")[0].split("+")[0]
            assert base in rules, base  # every rule the seed article's figures came by is said in words
