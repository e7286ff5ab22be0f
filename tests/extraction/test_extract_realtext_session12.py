"""The twelfth sitting (2026-12-06): a wrong year met while looking at the over-time charts with the project's own
test articles. A level stated in the present tense took the year of a target later in its sentence, because the
year's lead-in ("said, and aims for 203,000 by") read as a source's date. The sentences are written here; the test
was run against the code before its change."""

from datetime import date

from tests.extraction.realtext import rows


def test_a_deadline_later_in_the_sentence_does_not_date_a_level_stated_now():
    text = "Germany has 181,000 active soldiers, the defence ministry said, and aims for 203,000 by 2031."
    found = {(owner, metric, value, year) for owner, metric, value, _, year in rows(text, date(2024, 5, 1))}
    assert ("DEU", "active_personnel", 181000, 2024) in found  # the level now, not in 2031
    assert not any(r[2] == 181000 and r[3] == 2031 for r in found)


def test_a_source_dated_in_the_sentence_still_dates_the_level():
    text = "Germany has 181,000 active soldiers, the defence ministry said in 2023."
    found = {(owner, metric, value, year) for owner, metric, value, _, year in rows(text, date(2024, 5, 1))}
    assert ("DEU", "active_personnel", 181000, 2023) in found  # what the ministry said in 2023 is 2023's, as before
