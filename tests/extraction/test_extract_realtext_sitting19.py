"""The nineteenth sitting (2026-12-06): classes met on real text, each fixed as a class and tested on sentences
written here, each test shown to fail on the code before its change (the guards pass on both)."""

from datetime import date

from tests.extraction.realtext import figs

ON = date(2021, 3, 1)  # (the day a test's text is dated when its own date does not matter)


def test_they_numbered_continues_the_deployment_of_the_sentence_before():
    text = ("Syria is believed to have about 8,000 soldiers still in eastern Lebanon. Before the assassination, about "
            "14,000 Syrian soldiers were in Lebanon. At their peak in the 1980s, they numbered about 40,000.")
    assert ("SYR", "troops_deployed", 40000, "LBN") in figs(text, ON)


def test_troops_drawn_from_divisions_in_brackets_were_in_a_place():
    text = ("Nearly 60,000 Indian troops drawn from two divisions (one from the Central Command and the other from the "
            "Southern Command) were in Sri Lanka as the peacekeeping force.")
    assert ("IND", "troops_deployed", 60000, "LKA") in figs(text, ON)


def test_a_bare_billion_takes_the_currency_of_the_budget_paragraphs_before():
    text = ("Sweden's defence budget was 87.9 billion kronor in 2023.\n\nUnder the last defence decision, the defence "
            "budget was to increase gradually to 89 billion in 2025.")
    assert ("SWE", "defense_budget", 89e9, "") in figs(text, ON)


def test_from_the_approved_amount_to_another_is_two_levels_not_a_range():
    text = ("Norway's defence budget is the largest in its history. The government plans to raise the defence budget "
            "from the approved 91 billion to 104 billion kroner.")
    found = figs(text, ON)
    assert ("NOR", "defense_budget", 104e9, "") in found
    assert not [f for f in found if f[2] == 97.5e9]


def test_yearly_amounts_with_bare_years_are_each_a_level():
    text = ("Sweden's defence budget was 49 billion kronor in 2018. In the budget bill the Armed Forces are proposed to "
            "receive 51.4 billion kronor 2019, 52.3 billion kronor 2020 and 53.4 billion kronor 2021.")
    found = figs(text, ON)
    assert ("SWE", "defense_budget", 52.3e9, "") in found


def test_german_spending_of_an_amount_in_the_defence_budget():
    text = ("Der Verteidigungsetat liegt im Jahr 2019 bei rund 43,2 Milliarden Euro, wie das Ministerium mitteilte. "
            "Bundesfinanzminister Olaf Scholz plant für den Verteidigungshaushalt 2020 Ausgaben von 44,7 Milliarden Euro. "
            "Die Bundeswehr ist damit und mit den Plänen der Regierung nicht zufrieden.")
    assert ("DEU", "defense_budget", 44.7e9, "") in figs(text, ON)
