"""Classes of real-news wording met in block 16 (devset16, worked after block 15's first contact, and the
other worked sets).

Every sentence here is the project's own, written to show a class of wording; none is copied from
a development set.
"""

from __future__ import annotations

from tests.extraction.realtext import figs


def test_active_strengths_in_brackets_after_a_sentence_about_active_militaries():
    text = ("Two more nations have active militaries exceeding 400,000 people. Those are Egypt (440,000) and "
            "Turkey (425,000).")
    assert {("EGY", "active_personnel", 440000.0, ""), ("TUR", "active_personnel", 425000.0, "")} <= figs(text)


def test_a_list_of_active_strengths_introduced_by_a_sentence():
    text = ("Nations with militaries exceeding 300,000 active members include:\n\n  \u2022 Egypt: 440,000\n"
            "  \u2022 Turkey: 425,000\n  \u2022 Indonesia: 400,000\n\nOther nations are smaller.")
    assert {("EGY", "active_personnel", 440000.0, ""), ("TUR", "active_personnel", 425000.0, ""),
            ("IDN", "active_personnel", 400000.0, "")} <= figs(text)
    # a list introduced by something else is no strength list
    text = "Nations that import the most wheat include:\n\n  \u2022 Egypt: 440,000\n  \u2022 Turkey: 425,000\n"
    assert not figs(text)


def test_reserves_contract_troops_and_a_defence_workforce():
    found = figs("Bangladesh's army, with an active force of 160,000 personnel and 65,000 personnel in reserve, is large.")
    assert ("BGD", "reserve_personnel", 65000.0, "") in found and not {f for f in found if f[2] == 65000.0 and f[1] != "reserve_personnel"}
    text = "The current strength of the Turkish military stands at 425,000, incorporating up to 200,000 contract troops."
    assert not {f for f in figs(text) if f[2] == 200000.0}
    text = "A new plan will boost Canada's defence workforce to 110,000 people by 2040."
    assert not {f for f in figs(text) if f[1] == "active_personnel"}


def test_this_represents_a_change_after_the_budget_but_not_after_a_line_of_it():
    text = ("Seoul's National Assembly approved the defense budget for next year at 61.2 trillion won. This represents "
            "a 4.1% increase over this year. The ministry plans to allocate 4.5 trillion won to defense research and "
            "development. This represents a 12.5% increase over this year.")
    found = figs(text)
    assert ("KOR", "budget_change_pct", 4.1, "") in found
    assert not {f for f in found if f[2] == 12.5}


def test_people_in_a_named_armed_forces():
    assert ("POL", "active_personnel", 216000.0, "") in figs(
        "A spokesman told reporters that there are 216,000 people in the Polish Armed Forces.")
    # people in a town are no force
    assert not figs("About 30,000 people in the town of Lviv work in factories.")


def test_troops_that_head_or_leave_for_a_place_are_deployed_there():
    assert ("NPL", "troops_deployed", 850.0, "LBN") in figs("Nepali peacekeepers depart. Nepal Army - 850 troops head for Beirut.")
    assert ("NPL", "troops_deployed", 850.0, "LBN") in figs("A contingent of 850 Nepali soldiers left for Lebanon this morning.")


def test_the_uns_own_force_and_a_classified_line():
    text = "As fighting intensified, the UN increased the number of peacekeepers from 2,000 to 15,000 in Lebanon."
    assert not {f for f in figs(text) if f[1] == "troops_deployed"}
    text = "Uganda's defence budget rose. The UPDF Classified expenditure has increased by 556% from Shs 344bn to Shs 2.2tn."
    assert not {f for f in figs(text) if f[1] == "budget_change_pct"}


def test_a_rival_that_spends_is_the_actor():
    text = ("Nepal's defence allocation stays under 2 percent of GDP. In comparison, neighbour and rival India spends "
            "about 2.4 percent of its GDP on defence.")
    assert ("IND", "defense_share_gdp_pct", 2.4, "") in figs(text)
    # a rival countered is still no actor
    assert not {f for f in figs("Japan raised its budget to counter China's 7% rise in defence spending.") if f[0] == "CHN"}


def test_a_budget_for_a_period_of_years_is_no_years_budget():
    text = ("Malaysia raised its defence budget this year. The total defence budget for the broader 2021-2035 period "
            "will remain capped at US$40 billion.")
    assert not {f for f in figs(text) if f[2] == 4e10}


def test_services_listed_each_with_its_count_are_single_services():
    text = ("The military includes three branches: the Royal Malaysian Army with about 80,000 staff, the Royal "
            "Malaysian Navy with around 18,000 personnel, and the Royal Malaysian Air Force, estimated at 15,000.")
    assert not {f for f in figs(text) if f[1] == "active_personnel"}
    # the loose "the Finnish army has" for the whole military stays a strength
    assert ("FIN", "active_personnel", 13000.0, "") in figs("The Finnish army has only 13,000 officers, but many reservists.")


def test_the_government_after_a_sentence_about_one_other_country():
    text = ("Honduras and Mexico have the smallest military budgets in Latin America, and Mexico's is larger. "
            "Honduras's military spending has dropped sharply in recent decades.\n\nIn 2004, the government cut troop "
            "numbers from 21,000 to 14,500.")
    found = figs(text)
    assert {("HND", "active_personnel", 21000.0, ""), ("HND", "active_personnel", 14500.0, "")} <= found


def test_soldiers_serving_under_a_mission_are_its_whole_force():
    text = "Kenya began withdrawing troops. There are currently more than 18,000 soldiers serving in Somalia under ATMIS."
    # (the whole force: since the sixteenth sitting the bloc's, as real passages label it, never Kenya's)
    assert {f for f in figs(text) if f[2] == 18000.0} == {("AU", "troops_deployed", 18000.0, "SOM")}
    # a contributor's own troops under the mission are its deployment
    assert {f for f in figs("About 3,600 Kenyan soldiers are serving in Somalia under ATMIS.") if f[:2] == ("KEN", "troops_deployed")}


def test_a_reserve_force_estimated_at_and_a_strong_paramilitary_guard():
    text = ("The armed forces of Laos also include a 100,000 strong paramilitary Border Guard and a reserve force "
            "estimated at 2 million.")
    found = figs(text)
    assert ("LAO", "reserve_personnel", 2e6, "") in found
    assert not {f for f in found if f[2] == 100000.0}


def test_an_active_and_reserve_pair_with_the_noun_said_once_or_not_at_all():
    for text in ("In 2014, manpower figures of 145,000 active and 100,000 reserve were reported for Thailand.",
                 "The Thai military has 145,000 active and 100,000 reserve personnel."):
        found = figs(text)
        assert {("THA", "active_personnel", 145000.0, ""), ("THA", "reserve_personnel", 100000.0, "")} <= found, found


def test_the_combined_manpower_of_the_services_listed():
    text = "The Dutch army is shrinking. The combined manpower of the Army, the Navy and the Air Force stands at 41,380."
    assert ("NLD", "active_personnel", 41380.0, "") in figs(text)
