"""Classes of real-news wording met in block 13 (devset13, worked after block 12's first contact, and the
other worked sets).

Every sentence here is the project's own, written to show a class of wording; none is copied from
a development set.
"""

from __future__ import annotations

from tests.extraction.realtext import figs


def test_a_part_of_the_force_out_of_a_total():
    found = figs("The Jordanian Army has just 3,000 soldiers on the northern border, out of a total of about 100,000.")
    assert ("JOR", "active_personnel", 100000.0, "") in found


def test_a_leading_with_clause_belongs_to_the_subject_after_it():
    text = ("Some of the troops are based in Goma. With 1,380 troops and 20 military observers, Ghana is the largest "
            "West African troop contributor to the UN mission in the Congo.")
    found = figs(text)
    assert {f for f in found if f[:3] == ("GHA", "troops_deployed", 1380.0)}
    assert not {f for f in found if f[0] == "COD"}


def test_men_stationed_abroad_are_troops():
    found = figs("Egypt backed the royalists. It had up to 30,000 men stationed in Yemen, 2,000 in Sudan and a few "
                 "hundred elsewhere.")
    assert {("EGY", "troops_deployed", 30000.0, "YEM"), ("EGY", "troops_deployed", 2000.0, "SDN")} <= found
    # men alone are no soldiers
    assert not figs("Egypt's census counted 30,000 men in the village of Abydos.")


def test_people_in_the_regular_and_the_reserve_force():
    text = ("The Belize Defence Force grew last year. Its strength comprised 1,350 persons in the regular force and "
            "700 members in the reserve force.")
    found = figs(text)
    assert {("BLZ", "active_personnel", 1350.0, ""), ("BLZ", "reserve_personnel", 700.0, "")} <= found


def test_the_ministry_will_have_a_budget_with_an_amount_and_soldiers_in_the_alliances_missions():
    found = figs("The Ministry of Defence will have a larger budget next year under the 2026 draft budget, with "
                 "RON 40 billion for its expenditure.")
    assert ("ROU", "defense_budget", 4e10, "") in found
    found = figs("The minister said that over 900 Romanian soldiers are serving in the Alliance's missions.")
    assert ("ROU", "troops_deployed", 900.0, "") in found


def test_an_additional_amount_allocated_to_the_forces_is_a_budget_change():
    found = figs("The Namibian Defence Force has been allocated an additional NAD 600 million in the mid-term budget.")
    assert ("NAM", "budget_change_amount", 6e8, "") in found
    # a conditional or earmarked extra is not
    assert not figs("The Namibian Defence Force could potentially receive an additional NAD 600 million next year.")
    assert not figs("Namibia's defence budget was approved with an additional NAD 600 million for new helicopters.") & {
        ("NAM", "budget_change_amount", 6e8, "")}


def test_the_namibian_dollar_sign_is_not_the_naira():
    found = figs("Namibia's defence budget for 2025 is N$6.2 billion.")
    assert ("NAM", "defense_budget", 6.2e9, "") in found
    assert ("NGA", "defense_budget", 1.59e11, "") in figs("Nigeria's defence budget for 2019 was N159bn.")


def test_personnel_in_a_countrys_forces_are_that_countrys():
    found = figs("There were 150,000 service personnel in the French forces last year, the ministry said.")
    assert ("FRA", "active_personnel", 150000.0, "") in found
    # in the country (a place): a deployment there
    assert ("USA", "troops_deployed", 35000.0, "DEU") in figs("There are 35,000 US service personnel in Germany.")


def test_reserve_forces_total_a_number():
    found = figs("The Royal Cambodian Army is estimated at 75,000. Reserve forces total about 90,000 recruits.")
    assert ("KHM", "reserve_personnel", 90000.0, "") in found


def test_a_part_time_force_as_subject_counts_reserves():
    text = ("The National Guard Reserve was set up in 2019. The voluntary, part-time force comprises two branches and "
            "has more than 12,000 Peruvian personnel.")
    assert ("PER", "reserve_personnel", 12000.0, "") in figs(text)
    # a sentence that also names the regular force keeps the count active
    text = "Peru's part-time force is small, but the regular army has 45,000 Peruvian personnel."
    assert ("PER", "reserve_personnel", 45000.0, "") not in figs(text)


def test_an_additional_amount_for_a_programme_or_one_service_is_no_budget_change():
    assert not figs("The internal order program will receive only an additional 64 million soles next year, the Peruvian "
                    "defence ministry said.") & {("PER", "budget_change_amount", 6.4e7, "")}


def test_the_change_of_a_service_that_has_its_own_budget():
    found = figs("Most of the new money will go to the Army, which will have a budget of 2 billion soles, about $600 "
                 "million, a 150 percent increase over 2020, the Peruvian defence ministry said.")
    assert not {f for f in found if f[1] == "budget_change_pct"}
