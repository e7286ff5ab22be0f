"""Rounds 934 on (the session of 2026-12-05, third sitting): classes found in four new real sets scored once at first
contact (devset189, 191, 193, 195), each fixed as a class and tested on sentences written here, each test shown to fail
on the code before its change. Four more sets built at the same time stay sealed until the session's end."""

from datetime import date

from tests.extraction.realtext import got


def test_an_exchange_rate_in_brackets_is_neither_a_range_nor_a_conversion():
    text = "The Ministry of Defence will have a budget of 88.5 billion denars (1 euro - 61.5 denars), the finance minister said."
    found = got(text, date(2026, 3, 2))
    assert ("MKD", "defense_budget", 88.5e9) in found
    assert [f for f in found if f[2] < 1e6] == []


def test_a_bare_number_an_amount_is_compared_with_takes_the_amounts_unit():
    text = ("North Macedonia's Ministry of Defence will have a budget of 88.5 billion denars (1 euro - 61.5 denars) "
            "compared to 71.2 in this year's budget.")
    assert ("MKD", "defense_budget", 71.2e9) in got(text, date(2026, 3, 2))
    # a number that is not of a like size stays a number
    text = "North Macedonia's defence budget is 88.5 billion denars, compared to 1,300 a decade ago."
    assert [f for f in got(text, date(2026, 3, 2)) if f[2] == 1.3e12] == []
