"""Classes of real-news wording met in block 14 (devset14, worked after block 13's first contact, and the
other worked sets).

Every sentence here is the project's own, written to show a class of wording; none is copied from
a development set.
"""

from __future__ import annotations

from tests.extraction.realtext import figs


def test_infobox_label_cells_that_keep_their_colon():
    text = ("Estonian Defence Forces | |\nActive: | 7,700 (2024) |\nReserve: | 38,000[2] |\n"
            "Percent Gdp: | 3.4% [4] |\nExports: | €40 million [5] |\n")
    found = figs(text)
    assert {("EST", "active_personnel", 7700.0, ""), ("EST", "reserve_personnel", 38000.0, ""),
            ("EST", "defense_share_gdp_pct", 3.4, "")} <= found


def test_a_wartime_military_strength_is_not_the_active_force():
    found = figs("Estonia's plans call for a wartime military strength of 43,000 personnel.")
    assert not {f for f in found if f[1] == "active_personnel"}


def test_a_budget_that_equals_an_amount():
    found = figs("Latvia's defence budget for 2024 equals approximately €1.3 billion.")
    assert ("LVA", "defense_budget", 1.3e9, "") in found


def test_the_title_names_the_country_a_passage_never_names_in_its_lede():
    text = ("The defence, which rests on selective military service, comprises 41,000 men and a reserve of 9,000 men. "
            "In recent years it has trained with the United States.\n\nBolivia also sends observers abroad.")
    assert ("BOL", "active_personnel", 41000.0, "") in figs(text, title="Military of Bolivia")


def test_the_country_is_the_one_the_sentence_before_named():
    text = ("Several South American states cut spending, Ecuador among them. Since 2000, Chile has spent more than its "
            "neighbours. Last year, the country's military spending reached 1.9 percent of GDP.")
    found = figs(text, title="Ecuador leads the cuts")
    assert ("CHL", "defense_share_gdp_pct", 1.9, "") in found
    assert not {f for f in found if f[0] == "ECU" and f[1] == "defense_share_gdp_pct"}


def test_a_copied_infobox_with_a_dollar_sign_first_and_a_share_without_its_sign():
    text = ("Tonga Defence Services\nManpower\nActive personnel 600 (2020)[2]\nExpenditures\n"
            "Budget $US9.5 million (2019)[3]\nPercent of GDP 1.8 (2019)[3]\n")
    found = figs(text)
    assert {("TON", "defense_budget", 9.5e6, ""), ("TON", "defense_share_gdp_pct", 1.8, "")} <= found
    # a plain number after an ordinary row stays a plain number
    assert not {f for f in figs("Tonga Defence Services\nFounded 1875\nPercent of GDP 1.8\nMilitary age 18\n")
                if f[1] == "active_personnel"}


def test_a_force_named_by_its_acronym_owns_its_strength():
    text = ("It grew out of the Ugandan National Liberation Army. The UPDF is a force numbering around 45,000 "
            "personnel.")
    assert ("UGA", "active_personnel", 45000.0, "") in figs(text, title="Uganda People's Defence Force")


def test_countries_listed_after_from_are_all_places_not_the_subject():
    text = ("The Fiji Military Forces number about 4,000 personnel. The force receives training support from "
            "Australia, New Zealand, the United States and other nations. A white paper plans to increase the "
            "force to 6,000 personnel by 2030.")
    found = figs(text)
    assert {f for f in found if f[:3] == ("FJI", "active_personnel", 6000.0)}
    assert not {f for f in found if f[0] in ("NZL", "USA")}


def test_infobox_rows_copied_with_the_label_glued_to_the_value():
    text = ("Ghana Armed Forces\nMilitary age18\nActive personnel15,500 [1]\nExpenditures\n"
            "BudgetGH¢1,200,000,000 (2021) [2]\nPercent of GDP0.4%\n")
    found = figs(text)
    assert {("GHA", "active_personnel", 15500.0, ""), ("GHA", "defense_budget", 1.2e9, ""),
            ("GHA", "defense_share_gdp_pct", 0.4, "")} <= found
    # the age glued to its label stays an age; model names glued to letters stay names
    assert not {f for f in found if f[2] == 18.0}
    assert not figs("Ghana flies the Su57 and F35 at a cost of personnel.")


def test_a_kenyan_shilling_in_capitals():
    found = figs("Kenya's defence budget is KSH 143 billion this year.")
    assert ("KEN", "defense_budget", 1.43e11, "") in found


def test_troops_for_external_peacekeeping_operations_are_abroad_with_no_single_host():
    found = figs("The Zambian army reported the deployment of 1,200 troops for external peace keeping operations.")
    assert ("ZMB", "troops_deployed", 1200.0, "") in found


def test_a_contingent_sent_to_a_place_with_an_aside_in_between():
    found = figs("Nepal has dispatched 420 peacekeepers, including 52 women, to Lebanon as part of its UN commitment.")
    assert {f for f in found if f[:3] == ("NPL", "troops_deployed", 420.0)}
    # "dispatched 300 more" stays a change
    assert not {f for f in figs("Nepal has dispatched 300 more peacekeepers to Lebanon.") if f[2] == 300.0}


def test_the_golan_and_the_sinai_are_hosts():
    found = figs("Nepal could have as many as 400 soldiers on the Golan by the end of the year.")
    assert {f for f in found if f[:2] == ("NPL", "troops_deployed") and f[3] == "SYR"}
    found = figs("Uruguay keeps a company of 58 soldiers with the Multinational Force and Observers in the Sinai.")
    assert ("URY", "troops_deployed", 58.0, "EGY") in found


def test_troops_sent_over_many_years_are_no_deployment_now():
    assert not {f for f in figs("Since 2004, Nepal has sent nearly 150,000 personnel on such missions.") if f[1] == "troops_deployed"}
    assert not {f for f in figs("Ghana participated in 30 peacekeeping missions and deployed over 80,000 troops.")
                if f[1] == "troops_deployed"}
    assert not {f for f in figs("Fiji, which from 1978 to 2002 provided 25,000 soldiers to the UN force in Lebanon, is back.")
                if f[1] == "troops_deployed"}
    # a deployment that has lasted since a year is a deployment now
    assert ("GBR", "troops_deployed", 900.0, "EST") in figs("Since 2017, Britain has had 900 troops stationed in Estonia.")


def test_reservists_mobilised_so_far_are_the_reserve_figure_but_a_historic_call_is_not():
    # The schema counts "the reserve pool or those mobilised from it" as reserve_personnel, and the real sets label
    # reservists an army has mobilised or called up so far that way (shared devset dev-12, devset2 d2b-02, devset32).
    found = figs("Israel's army had already mobilized 300,000 reservists. In 1973, 400,000 reservists were called to fight.")
    assert {f for f in found if f[1] == "reserve_personnel"} == {("ISR", "reserve_personnel", 300_000, "")}


def test_a_regional_total_keeps_its_change_further_along_the_sentence():
    text = ("Saudi Arabia spent the most. According to estimates, the total military spending of the countries of "
            "the Middle East reached $ 190 billion in 2023, which represents an increase of 4.1 percent from 2022.")
    assert not {f for f in figs(text) if f[1] in ("budget_change_pct", "defense_budget")}


def test_a_rise_in_something_else_is_no_budget_change():
    text = ("Despite the large defence outlay, Bahrain posted a budget surplus, buoyed by a 9 per cent rise in oil "
            "revenues, which reached just over $12.1bn.")
    assert not {f for f in figs(text) if f[1] in ("budget_change_pct", "defense_budget")}
    # a rise in the defence budget is one
    assert {f for f in figs("Bahrain announced a 9 per cent rise in its defence budget.") if f[1] == "budget_change_pct"}


def test_a_force_split_into_those_who_are_active_and_those_in_reserve():
    text = ("Ghana is credited with 31,000 total military personnel. Out of the total military personnel, 16,000 are "
            "active while 15,000 are reserved.")
    found = figs(text)
    assert {("GHA", "active_personnel", 16000.0, ""), ("GHA", "reserve_personnel", 15000.0, "")} <= found
    assert not {f for f in found if f[2] == 31000.0}  # the total counts both
    # recruits split by where they went are no force
    text = "Since January more than 85,000 people were recruited into the armed forces, of which about 40,000 are in the reserve."
    assert not {f for f in figs(text) if f[1] == "reserve_personnel"}


def test_semi_military_forces_are_not_the_army():
    found = figs("Peru's army has 47,500 men. Semi-military security forces amount to 77,000 men.")
    assert not {f for f in found if f[2] == 77000.0}


def test_a_series_of_shares_framed_by_the_percentage_of_gdp_allocated_to_a_sector():
    text = ("In the case of Slovenia, the percentage of GDP allocated to this sector has been rising since 2019, from "
            "1.06% in that year to 1.1% in 2020 and to 1.2% in 2021. The goal for this year was to reach 1.3% of "
            "national wealth.")
    found = figs(text, title="Slovenia's defence spending climbs")
    assert {("SVN", "defense_share_gdp_pct", v, "") for v in (1.06, 1.1, 1.2, 1.3)} <= found


def test_the_number_that_grew_is_the_count_of_the_sentence_before():
    text = "In 2015, the Malaysian military had 109,000 active personnel. By 2023, the number had grown to 113,000."
    found = figs(text)
    assert {("MYS", "active_personnel", 109000.0, ""), ("MYS", "active_personnel", 113000.0, "")} <= found
    # after a budget, "the number" is not a head count
    text = "Malaysia's defence budget was RM17 billion in 2023. By 2024, the number of recruits had grown to 9,000."
    assert not {f for f in figs(text) if f[2] == 9000.0}


def test_armies_ranked_by_size_with_counts_in_brackets():
    text = ("Pakistan's forces make it the sixth largest military in the world after China (2 million), India "
            "(1.4 million) and Russia (about 1.1 million).")
    found = figs(text)
    assert {("CHN", "active_personnel", 2e6, ""), ("IND", "active_personnel", 1.4e6, ""),
            ("RUS", "active_personnel", 1.1e6, "")} <= found
    # brackets in a sentence that ranks budgets are not strengths
    text = "Pakistan has the sixth largest budget after China (2 million), India (1.4 million) and Russia (1.1 million)."
    assert not {f for f in figs(text) if f[1] == "active_personnel"}


def test_an_amount_in_brackets_that_was_allocated_to_the_ministry():
    text = ("A total of ninety million Ghana cedis (GH¢90,125,000.00) was allocated to the Ministry of Defence for the "
            "2012 fiscal year.")
    assert ("GHA", "defense_budget", 90125000.0, "") in figs(text)
    # a dollar conversion in brackets of another amount stays a conversion
    text = "Some 30 billion dollars (approximately USD 4.4 billion) was allocated to the Ministry of National Security."
    assert not {f for f in figs(text) if f[2] == 4.4e9}


def test_an_infobox_row_of_deployed_personnel_has_no_single_host():
    found = figs("Croatian Armed Forces\nActive personnel 14,325 (2023)[2]\nReserve personnel 21,000\nDeployed personnel 250[3]\n")
    assert ("HRV", "troops_deployed", 250.0, "") in found
    found = figs("Croatian Armed Forces | |\nReserve: | 21,000[2] |\nDeployed: | 250[3] |\n")
    assert ("HRV", "troops_deployed", 250.0, "") in found and not {f for f in found if f[2] == 250.0 and f[1] != "troops_deployed"}


def test_a_count_with_no_noun_that_is_stationed_somewhere():
    found = figs("France will keep a military presence in Gabon. Fewer than 1,500 are currently stationed in Djibouti.")
    assert ("FRA", "troops_deployed", 1500.0, "DJI") in found
    # without a force named nearby it is no one's troops
    assert not figs("Tourism is booming in Gabon. Fewer than 1,500 are currently stationed in Djibouti.")


def test_an_earlier_budget_level_set_against_the_one_stated():
    from datetime import date

    from dashboard.extraction import ArticleInfo, extract_figures
    text = "Morocco's defence budget for 2023 is 120 billion dirhams, against almost 116 billion dirhams a year earlier."
    found = {(f.country_iso3, f.value, f.year) for f in extract_figures(text, ArticleInfo("t", date(2023, 1, 5)))
             if f.metric == "defense_budget"}
    assert {("MAR", 120e9, 2023), ("MAR", 116e9, 2022)} <= found
    text = "Portugal should spend €3.16 billion on defence in 2019, after spending €2.87 billion last year and having allocated €2.42 billion in 2017."
    assert {("PRT", "defense_budget", v, "") for v in (3.16e9, 2.87e9, 2.42e9)} <= figs(text)
