"""The eighth sitting (2026-12-05): classes of sentence seen at first contact in the fresh real sets of the last
three sittings (wrong figures first, then missed ones). Each test is written here (not copied from a set) and was run
against the code before its change."""

from datetime import date

from tests.extraction.realtext import rows


def test_every_row_of_a_budget_list_dated_with_for_is_read():
    text = ("The draft budget of Estonia's defence ministry comes to €1,412,000,000 for 2026, €1,530,000,000 for "
            "2027, and €1,604,000,000 for 2028, the finance ministry said.")
    found = {(owner, metric, value, year) for owner, metric, value, _, year in rows(text, date(2025, 9, 1))}
    assert {("EST", "defense_budget", 1412e6, 2026), ("EST", "defense_budget", 1530e6, 2027),
            ("EST", "defense_budget", 1604e6, 2028)} <= found


def test_a_new_high_of_is_the_level_a_budget_rose_to_and_the_level_it_rose_from_keeps_no_borrowed_year():
    text = "Since 2019 the government has raised Paraguay's military budget from $210.5 million to a record high of $342.8 million in 2025."
    found = {(owner, metric, value, year) for owner, metric, value, _, year in rows(text, date(2025, 8, 1))}
    assert ("PRY", "defense_budget", 342.8e6, 2025) in found
    # the year in the sentence is the new level's; the old one's is not written, so it stays undated
    assert ("PRY", "defense_budget", 210.5e6, None) in found


def test_comes_to_states_a_budget_level():
    text = "The budget of Latvia's defence ministry comes to €1,570,000,000 for 2026, the finance ministry said."
    assert ("LVA", "defense_budget", 1570e6, "", 2026) in rows(text, date(2025, 9, 1))
