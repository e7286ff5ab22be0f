"""Rounds 1046 on (the session of 2026-12-05, fifth sitting): classes of misses pooled over the real sets worked so
far (devset189-216, devset2 europe and world), each fixed as a class and tested on sentences written here, each test
shown to fail on the code before its change. Eight new real sets (devset217-224) are built while these rounds run;
four stay sealed until the end."""

from datetime import date

from tests.extraction.realtext import got


def test_military_expenses_that_amounted_to_an_amount_are_the_budget():
    text = "By 2019, Kenya's military expenses amounted to $1.2 billion, the largest in East Africa."
    assert ("KEN", "defense_budget", 1.2e9) in got(text, date(2020, 3, 1))
    # the expenses of something else stay no budget
    assert got("By 2019, Kenya's hospital expenses amounted to $1.2 billion.", date(2020, 3, 1)) == set()
