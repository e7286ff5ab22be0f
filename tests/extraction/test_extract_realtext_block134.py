"""Real-text classes met after the hundred-and-thirty-third sealed set (the project's own sentences, never the sets'
passages)."""

from datetime import date

from tests.extraction.realtext import got


def test_a_bare_the_budget_after_the_defence_budget_is_the_defence_budget():
    text = ("Moldova's defence budget last year was 1.2 billion lei. After a supplementary law the budget is now 1.4 "
            "billion lei.\nIn 2024 the budget was raised again to 1.7 billion lei, officials said.")
    found = got(text, date(2024, 6, 1))
    assert ("MDA", "defense_budget", 1.4e9) in found
    assert ("MDA", "defense_budget", 1.7e9) in found


def test_a_bare_the_budget_after_another_budget_stays_unread():
    text = ("Moldova's defence budget was 1.2 billion lei last year. The health ministry's budget grew to 9 billion lei. "
            "In 2024 the budget was raised again to 9.5 billion lei.")
    found = got(text, date(2024, 6, 1))
    assert ("MDA", "defense_budget", 1.2e9) in found
    assert not {f for f in found if f[2] in (9e9, 9.5e9)}
