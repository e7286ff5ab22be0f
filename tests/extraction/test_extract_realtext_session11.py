"""The eleventh sitting (2026-12-05): a class met at first contact by a helper adding a real article through the app
(troops sent to missions "so far" charted as a deployment, with the host of a sentence about 1948). The sentences
are written here, not copied; the test was run against the code before its change."""

from datetime import date

from tests.extraction.realtext import rows


def test_troops_sent_so_far_are_a_running_total_and_those_deployed_now_a_level():
    text = ("Pakistan is one of the largest contributors of troops. It has sent over 2,35,000 troops to peacekeeping "
            "missions so far, with around 4,100 currently deployed in 8 UN missions.")
    found = {row[:3] for row in rows(text, date(2023, 5, 29))}
    assert ("PAK", "troops_deployed", 235000) not in found  # everyone sent over the decades, summed
    assert ("PAK", "troops_deployed", 4100) in found  # the level standing now
