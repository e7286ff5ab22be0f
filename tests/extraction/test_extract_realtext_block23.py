"""Classes of real-news wording met in block 23 (devset24, worked after block 23's first contact, and the
other worked sets).

Every sentence here is the project's own, written to show a class of wording; none is copied from
a development set.
"""

from __future__ import annotations

from tests.extraction.realtext import figs


def test_a_country_the_subject_borders_is_a_place_not_the_owner():
    found = figs("Finland will raise its defence budget next year. The Nordic state of 5.6 million people, which "
                 "borders Russia, will spend about 2.4% of GDP on defence this year.")
    assert ("FIN", "defense_share_gdp_pct", 2.4, "") in found
    assert not {f for f in found if f[0] == "RUS"}


def test_its_force_after_in_neighbouring_country_is_the_subjects():
    found = figs("Niger has ended its mission against militants in neighbouring Mali and pulled back its "
                 "1,500-strong force across the border.")
    assert ("NER", "troops_deployed", 1500.0, "MLI") in found
    assert not {f for f in found if f[0] == "MLI"}


def test_soldiers_in_a_host_from_a_country_belong_to_that_country():
    found = figs("The mission said it expects 640 soldiers in Mali from Togo by the end of the rotation.")
    assert ("TGO", "troops_deployed", 640.0, "MLI") in found


def test_a_force_that_is_from_a_country_names_its_owner_not_its_host():
    text = ("In its weekly update on the mission in South Sudan, UNMISS said the newly arrived battalion is from "
            "Rwanda. The 300 troops will be deployed to Malakal next week.")
    found = figs(text)
    assert not {f for f in found if f[0] == "SSD" or f[3] == "RWA"}


def test_the_solomons_is_the_solomon_islands_and_leaving_troops_there_is_a_deployment():
    found = figs("New Zealand sent 250 personnel to the Solomons in May. That will leave about 90 personnel on "
                 "the Solomons over the summer.")
    assert ("NZL", "troops_deployed", 250.0, "SLB") in found


def test_a_percent_in_brackets_before_increase_is_the_change():
    text = ("Ireland's defence allocation for next year totals €1.3 billion. This is a €90 million (7.4%) "
            "increase on this year's allocation.")
    found = figs(text)
    assert ("IRL", "budget_change_pct", 7.4, "") in found


def test_an_amount_for_the_departments_annual_budget_is_its_budget():
    found = figs("Turning to the Department of National Defense, it has set aside Php 250 Billion for its annual "
                 "budget.")
    assert ("PHL", "defense_budget", 250e9, "") in found


def test_a_force_constituted_by_a_range_of_troops_is_a_range_not_a_change():
    found = figs("The armed forces of Paraguay are constituted by around 10,000 to 14,000 troops.")
    assert ("PRY", "active_personnel", 12000.0, "") in found


def test_a_row_number_of_people_in_the_military_and_the_compared_countries():
    text = "Laos at a glance\nNumber of people in the military: 29,000 (compared 36,000 in Cambodia and 60,000 in Ghana)."
    found = figs(text)
    assert ("LAO", "active_personnel", 29000.0, "") in found
    assert {("KHM", "active_personnel", 36000.0, ""), ("GHA", "active_personnel", 60000.0, "")} <= found
    assert not {f for f in found if f[1] == "troops_deployed"}  # not Laotian troops in Cambodia


def test_people_in_service_is_a_strength_when_the_sentence_is_about_the_forces():
    found = figs("Oman's armed forces are small. They have 42,600 people in service.")
    assert ("OMN", "active_personnel", 42600.0, "") in found


def test_soviet_troops_are_counted_for_russia_but_a_former_soviet_republic_is_not_russia():
    found = figs("Some 30,000 Soviet troops were stationed in Hungary in 1988.", published=None)
    assert ("RUS", "troops_deployed", 30000.0, "HUN") in found
    found = figs("Armenia, a former Soviet republic, spends about 4.1 percent of GDP on defence.")
    assert ("ARM", "defense_share_gdp_pct", 4.1, "") in found
    assert not {f for f in found if f[0] == "RUS"}


def test_troops_sent_for_a_un_peace_mission_in_a_host_are_a_deployment():
    found = figs("Nepal sends 870 troops for UN peace mission in the Central African Republic.")
    assert ("NPL", "troops_deployed", 870.0, "CAF") in found


def test_personnel_from_the_reserve_branches_are_reserves():
    found = figs("The minister said there were 21,400 personnel from the reserve branches of the Thai armed forces.")
    assert ("THA", "reserve_personnel", 21400.0, "") in found
    assert not {f for f in found if f[1] == "active_personnel"}


def test_a_defence_force_acronym_before_strength_is_an_armed_force():
    found = figs("Ireland's pay bill covers an expected year-end PDF strength of 7,800.")
    assert ("IRL", "active_personnel", 7800.0, "") in found


def test_a_multinational_battlegroup_of_n_troops_is_the_groups_total_not_the_hosts():
    found = figs("Estonia already hosts a British-led NATO multinational battlegroup of approximately 1,200 troops.")
    assert not {f for f in found if f[2] == 1200.0}


def test_personnel_already_home_or_due_home_are_a_withdrawal_not_a_deployment():
    text = ("Japan sent 350 personnel to South Sudan in 2012. The minister said the approximate 200 personnel "
            "already home or due home by March would not be replaced.")
    found = figs(text, published=None)
    assert ("JPN", "troops_deployed", 350.0, "SSD") in found
    assert not {f for f in found if f[2] == 200.0}


def test_the_pay_allocation_and_non_pay_lines_are_components_of_the_defence_vote():
    text = ("The 2025 defence allocation includes an overall pay allocation of €610 million. The non-pay "
            "allocation on the defence budget will increase by over €25 million.")
    found = figs(text, title="Irish defence budget")
    assert not {f for f in found if f[2] in (610e6, 25e6)}


def test_a_yearly_intake_of_conscripts_is_no_strength():
    found = figs("The Danish government will increase the number of conscripts from around 4,700 today to 6,500 a year.")
    assert not {f for f in found if f[1] == "active_personnel"}
    found = figs("The country also hosts up to 1,800 U.S. Marines a year on rotation in Darwin.", title="Australia")
    assert ("USA", "troops_deployed", 1800.0, "AUS") in found  # a rotation, not an intake


def test_a_volunteer_defence_league_is_no_active_strength():
    found = figs("Latvia's regular forces are small. The Defence League is around 9,300-strong and trains at weekends.")
    assert not {f for f in found if f[1] == "active_personnel"}


def test_money_spent_on_acquisitions_after_an_aside_is_a_part_of_the_budget():
    found = figs("Bulgaria spent over 2 billion leva in 2024 - the equivalent of about 1.0 billion euros - on the "
                 "acquisition of new military equipment, the ministry said.")
    assert not {f for f in found if f[2] == 2e9}


def test_czech_crowns_are_korunas():
    found = figs("The Czech defence ministry said that this year it manages a budget of 95 billion Czech crowns.")
    assert ("CZE", "defense_budget", 95e9, "") in found


def test_its_troops_and_another_countrys_soldiers_are_two_groups():
    text = ("Insurgents hold much of Cabo Delgado in Mozambique. Malawi has begun deploying its 1,200 troops and "
            "Rwanda's soldiers have been in action since July.")
    found = figs(text)
    assert ("MWI", "troops_deployed", 1200.0, "MOZ") in found
    assert not {f for f in found if f[0] == "RWA"}


def test_personnel_in_a_countrys_army_belong_to_that_country():
    found = figs("Before the war began in 1991, there were approximately 45,000 personnel in the Croatian Army.",
                 published=None)
    assert ("HRV", "active_personnel", 45000.0, "") in found


def test_a_budget_that_stood_at_slightly_more_than_an_amount():
    found = figs("In 2023, the Philippines' defense budget only stood at slightly more than 200 billion pesos.",
                 published=None)
    assert ("PHL", "defense_budget", 200e9, "") in found


def test_appropriations_for_military_defence_and_the_change_that_corresponds_to_it():
    text = ("The bill means that appropriations for military defence amount to NOK 110 billion for 2026. This "
            "corresponds to an increase of 12 per cent compared with 2025.")
    found = figs(text)
    assert ("NOR", "defense_budget", 110e9, "") in found
    assert ("NOR", "budget_change_pct", 12.0, "") in found


def test_a_country_in_capitals_after_a_byline_is_the_actor_and_a_war_torn_country_is_a_place():
    text = "By JOHN BANDA - MALAWI has sent 640 soldiers for the United Nations (UN) peacekeeping mission in the war-torn Central African Republic."
    found = figs(text)
    assert ("MWI", "troops_deployed", 640.0, "CAF") in found
    found = figs("BEIJING // More than 150 South Korean special forces troops have arrived to train.")
    assert {f[0] for f in found} <= {"KOR"}  # the dateline in capitals is no actor


def test_a_base_that_hosts_servicemen_holds_a_deployment():
    text = ("Russia keeps an air base at Kant in Kyrgyzstan. The base was established in 2003, and currently hosts "
            "about 600 servicemen, as well as several attack aircraft.")
    found = figs(text)
    assert ("RUS", "troops_deployed", 600.0, "KGZ") in found


def test_active_personnel_set_off_by_dashes():
    found = figs("Japan's forces have missed recruitment targets for years, and the number of active personnel - "
                 "about 247,000 - is nearly 10 percent below the authorised level.")
    assert ("JPN", "active_personnel", 247000.0, "") in found


def test_additional_funding_worth_an_amount_is_the_increase_and_a_period_is_many_years():
    text = ("In its 2026 Budget Bill, the Government proposes additional funding worth NOK 9 billion to Norway's "
            "military defence. For the coming defence decision period 2025-2030, the Government proposes over NOK 90 "
            "billion in additional funding.")
    found = figs(text)
    assert ("NOR", "budget_change_amount", 9e9, "") in found
    assert not {f for f in found if f[2] == 90e9}


def test_money_spent_on_salaries_after_an_em_dash_aside_is_a_part():
    found = figs("The Thai armed forces would spend more than 90 billion baht \u2014 more than half of the total defense "
                 "budget \u2014 on salaries and allowances.")
    assert not {f for f in found if f[2] == 90e9}


def test_armenian_drams_and_a_change_equivalent_to_an_amount():
    text = ("The Armenian government plans to increase military spending by about 15 per cent, equivalent to 90 "
            "billion drams. According to the draft budget, the Ministry of Defence will receive 700 billion drams.")
    found = figs(text)
    assert ("ARM", "budget_change_amount", 90e9, "") in found
    assert ("ARM", "defense_budget", 700e9, "") in found


def test_active_personnel_set_off_by_em_dashes():
    found = figs("The number of active personnel \u2014 about 150,000 \u2014 is below target, Vietnam's ministry said.")
    assert ("VNM", "active_personnel", 150000.0, "") in found


def test_a_share_of_that_amount_is_no_share_of_gdp_and_revenues_are_no_budget():
    text = ("With spending on defence at only 1.4 per cent of GDP in 2024, and only 17 per cent of that amount "
            "directed toward new equipment, Portugal is behind its allies.")
    found = figs(text)
    assert ("PRT", "defense_share_gdp_pct", 1.4, "") in found
    assert not {f for f in found if f[2] == 17.0}
    text = ("Georgia will increase its defence budget to 1.2bn lari in 2026. According to the budget law, total "
            "budget revenues in Georgia this year are 20.1bn lari and total spending is 21.5bn lari.")
    found = figs(text)
    assert not {f for f in found if f[2] in (20.1e9, 21.5e9)}


def test_a_ranking_of_shares_after_a_share_of_gdp():
    text = ("Austria spent 0.8 per cent of GDP on defence in 2023, near the bottom of the European rankings. "
            "Only Ireland scores lower, at 0.2 per cent. Poland leads the way with 3.9 per cent of GDP.")
    found = figs(text)
    assert ("IRL", "defense_share_gdp_pct", 0.2, "") in found
    assert ("POL", "defense_share_gdp_pct", 3.9, "") in found


def test_a_service_that_has_a_workforce_of_n_is_one_service():
    text = ("The total force figures for Gabon's armed forces are 5,000 active personnel. The army has a workforce "
            "of 3,200 active personnel. The Navy has a workforce of around 500 active personnel.")
    found = figs(text)
    assert ("GAB", "active_personnel", 5000.0, "") in found
    assert not {f for f in found if f[2] in (3200.0, 500.0)}


def test_an_agreed_stabilised_strength_is_a_ceiling():
    text = ("The strength of the Permanent Defence Force was 8,900. This is against the agreed stabilised strength "
            "for the Permanent Defence Force of 9,500, Ireland's minister said.")
    found = figs(text)
    assert not {f for f in found if f[2] == 9500.0}


def test_a_table_of_missions_with_the_place_and_number_last_under_a_heading():
    text = ("Germany has about 2,400 soldiers in missions abroad, the German defence ministry said.\n"
            "In these countries and regions, German soldiers were deployed in 2023:\n"
            "Mission / Abbreviation / Country / Number of soldiers\n"
            "Kosovo Force KFOR Kosovo 70\n"
            "UN Mission in South Sudan UNMISS South Sudan 14\n"
            "UN Interim Force in Lebanon UNIFIL Lebanon 64\n"
            "total: 148")
    found = figs(text, title="Germany's missions abroad", published=None)
    assert {("DEU", "troops_deployed", 70.0, "XKX"), ("DEU", "troops_deployed", 14.0, "SSD"),
            ("DEU", "troops_deployed", 64.0, "LBN")} <= found


def test_a_reserve_that_could_exceed_a_number_is_the_reserve():
    found = figs("If the plan is approved, Sweden's total wartime reserve could exceed 500,000 troops.")
    assert ("SWE", "reserve_personnel", 500000.0, "") in found
    assert not {f for f in found if f[1] == "active_personnel"}
