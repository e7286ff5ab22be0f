"""The seventeenth sitting (2026-12-06): classes met on real text, each fixed as a class and tested on sentences
written here, each test shown to fail on the code before its change."""

from datetime import date

from tests.extraction.realtext import figs, rows


def _found(text: str, on: date = date(2022, 5, 10)) -> set[tuple]:
    return {(owner, metric, value, host) for owner, metric, value, host, _ in rows(text, on)}


def test_a_cut_by_an_amount_then_from_one_level_to_another_gives_both_levels():
    text = ("Moldova's parliament voted to reduce the number of soldiers in the army by 2,500, i.e. from 8,500 to 6,000. "
            "Georgia will cut the number of troops by 5,000 from 37,000 to 32,000.")
    found = _found(text, date(2012, 4, 2))
    assert {("MDA", "active_personnel", 8500, ""), ("MDA", "active_personnel", 6000, ""),
            ("GEO", "active_personnel", 37000, ""), ("GEO", "active_personnel", 32000, "")} <= found
    assert not any(value in (2500, 5000) for _, _, value, _ in found)  # (the cut itself is no strength)


def test_a_nearly_million_strong_army_is_a_million():
    found = _found("When the union broke up, Kazakhstan took over a nearly million-strong army and its depots.", date(1993, 1, 5))
    assert ("KAZ", "active_personnel", 1_000_000, "") in found


def test_a_country_that_spent_the_most_on_the_army_then_a_dash_gave_its_spending():
    text = ("Kazakhstan spent $2 billion on defence last year. Among the region's states, Uzbekistan spent the most on the "
            "army \u2014 about 2.8 billion.")
    assert ("UZB", "defense_budget", 2.8e9, "") in _found(text, date(2025, 3, 24))


def test_a_headline_garrison_makes_its_small_counts_deployments_to_the_host():
    text = "French forces in Gabon\n\nThe French military has been in Gabon since 1960. The base's force was 1,900 strong in 2010."
    found = figs(text, date(2016, 6, 1))
    assert ("FRA", "troops_deployed", 1900, "GAB") in found
    assert not any(metric == "active_personnel" for _, metric, _, _ in found)


def test_a_garrison_in_the_title_field_counts_too_and_a_home_strength_stays_one():
    text = "The force was 1,100 strong in 1990. The British Army had 150,000 regular soldiers that year."
    found = figs(text, date(2001, 6, 1), title="British forces in Belize")
    assert ("GBR", "troops_deployed", 1100, "BLZ") in found
    assert ("GBR", "active_personnel", 150000, "") in found


def test_without_a_garrison_headline_a_small_count_is_no_figure():
    text = "Britain\n\nThe force was 1,100 strong in 1990, a defence review said."
    assert not any(value == 1100 for _, _, value, _ in figs(text, date(2001, 6, 1)))


def test_their_troops_in_hosts_with_counts_in_brackets_are_the_subjects_deployments():
    text = ("Slovakia joined NATO in 2004. Their troops in Iraq (110) and Afghanistan (57) get little notice at home. "
            "Hungarian troops in Kosovo (300) and Bosnia (150) patrol quietly.")
    found = _found(text, date(2005, 9, 1))
    assert {("SVK", "troops_deployed", 110, "IRQ"), ("SVK", "troops_deployed", 57, "AFG"),
            ("HUN", "troops_deployed", 300, "XKX"), ("HUN", "troops_deployed", 150, "BIH")} <= found


def test_a_ministry_that_announced_it_had_sent_troops_is_their_owner_and_an_advance_party_is_a_part():
    text = ("Denmark sends troops to the multinational division in Iraq. The Danish Defence Ministry announced it had sent 40 "
            "military engineers, the first of 380 troops who will serve in the British sector.")
    found = _found(text, date(2003, 7, 2))
    assert ("DNK", "troops_deployed", 380, "IRQ") in found
    assert not any(value == 40 for _, _, value, _ in found)
    assert not any(host == "DNK" for _, _, _, host in found)
