"""Twenty-seventh sitting: classes drawn from the misses and wrong rows of the worked real sets (devset415-494).

Sentences are paraphrased from those sets; each case names the class and, where it matters, the guard.
"""

from __future__ import annotations

from tests.extraction.realtext import deployed


def test_a_base_that_is_home_to_a_count_hosts_it():
    """"Camp Lemonnier is home to 4,000 U.S. personnel": the base (in the host table) that is home to the count is
    its host; before, the count had no stock cue and no host and was dropped."""
    text = ("Set up after the 2001 attacks, Camp Lemonnier is home to about 4,000 U.S. personnel. The base supports "
            "operations across the region.")
    assert ("USA", 4000, "DJI") in deployed(text)


def test_a_country_that_hosts_a_count_is_its_host_not_its_owner():
    """The guard: "Kuwait hosts between 10,000 and 13,000 American troops" was read right before and still is (the
    hosting subject, before a range's "between", names the same host)."""
    assert ("USA", 11500, "KWT") in deployed("Kuwait hosts between 10,000 and 13,000 American troops at its bases.")
    assert ("USA", 28500, "KOR") in deployed("South Korea hosts approximately 28,500 US troops under the alliance.")
