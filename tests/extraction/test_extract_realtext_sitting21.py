"""The twenty-first sitting (2026-12-07): classes met on real text, each fixed as a class and tested on sentences
written here, each test shown to fail on the code before its change (the guards pass on both)."""

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures


def years(text: str, published: date | None) -> dict[tuple[str, str, float], int | None]:
    """Each figure's year, keyed by its country, metric and value."""
    return {(f.country_iso3, f.metric, f.value): f.year for f in extract_figures(text, ArticleInfo("t", published))}


def test_a_data_date_dates_a_present_head_count_and_the_sentences_after_it():
    text = ("Figures from the United Nations, as of October 31, 2023, show that Ghana currently has 2,731 personnel "
            "serving on peace missions.\n\nPresently, Ghana keeps 870 peacekeepers in Lebanon.")
    found = years(text, date(2024, 2, 1))
    assert found[("GHA", "troops_deployed", 2731)] == 2023
    assert found[("GHA", "troops_deployed", 870)] == 2023


def test_a_data_date_years_old_does_not_date_what_is_there_now():  # (guard)
    text = ("As of 2015, Ghana had 3,000 peacekeepers abroad.\n\nToday Ghana keeps 870 peacekeepers in Lebanon.")
    assert years(text, date(2024, 2, 1))[("GHA", "troops_deployed", 870)] == 2024


def test_a_change_on_a_year_and_the_level_it_reaches_are_the_named_years():
    text = "The minister said Latvia's defence budget in 2025 will grow by 30 percent on 2024 to more than $1.6 billion."
    found = years(text, date(2024, 12, 1))
    assert found[("LVA", "budget_change_pct", 30)] == 2025
    assert found[("LVA", "defense_budget", 1.6e9)] == 2025


def test_a_percent_over_an_amount_allocated_in_a_year_is_the_change_of_the_year_after():
    text = ("Parliament passed the budget for 2003, which gives the Kazakh armed forces 40 billion tenge. The bill "
            "raises military spending by 25 percent over the 32 billion tenge allocated in 2002.")
    found = years(text, date(2003, 1, 20))
    assert found[("KAZ", "budget_change_pct", 25)] == 2003
    assert found[("KAZ", "defense_budget", 32e9)] == 2002


def test_below_a_years_levels_is_a_base_compared_with():
    text = "Peru planned a military budget of 900 million soles, 12 percent below 1991 levels."
    found = years(text, date(1992, 9, 1))
    assert found[("PER", "defense_budget", 900e6)] == 1992
    assert found[("PER", "budget_change_pct", -12)] == 1992


def test_the_year_before_is_the_year_before_the_one_the_sentence_names():
    text = ("Norway will spend NOK 90 billion on defence in the 2024 budget year, up from NOK 82 billion the year before.")
    found = years(text, date(2024, 10, 6))
    assert found[("NOR", "defense_budget", 90e9)] == 2024
    assert found[("NOR", "defense_budget", 82e9)] == 2023


def test_a_year_earlier_with_no_year_named_is_the_year_before_publication():
    text = "Chile's army numbered 36,000 soldiers, down from 38,000 a year earlier."
    assert years(text, date(2019, 5, 1))[("CHL", "active_personnel", 38000)] == 2018


def test_the_year_before_last_is_no_year_before():  # (guard)
    text = "Chile's defence budget rose to $5.1 billion in 2019 from $4.7 billion the year before last."
    assert years(text, date(2019, 5, 1))[("CHL", "defense_budget", 5.1e9)] == 2019


# Classes drawn from the sealed round devset403-406 after its one scoring (the sentences are written here)

def figures(text: str, published: date | None) -> set[tuple[str, str, float]]:
    return {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", published))}


def test_reserves_that_will_be_so_many_strong_are_reserves():
    text = ("All conscripts trained by the Latvian armed forces will join its primary and supplemental reserves, and "
            "this contingent will be 40,000 strong. By 2024 the supplemental reserve will grow to 50,000 strong.")
    found = figures(text, date(2019, 1, 10))
    assert ("LVA", "reserve_personnel", 40000) in found
    assert ("LVA", "reserve_personnel", 50000) in found
    assert not [f for f in found if f[1] == "active_personnel"]


def test_an_army_so_many_strong_stays_active():  # (guard)
    assert ("LVA", "active_personnel", 8000) in figures("Latvia's army will be 8,000 strong by 2024.", date(2019, 1, 10))


def test_a_field_army_to_mobilise_and_a_wartime_strength_raised_are_no_active_strength():
    text = ("In the 1980s, Norway was prepared to mobilise a field army of 400 000 soldiers. Now the total wartime "
            "strength will be increased to 120 000 soldiers.")
    assert not figures(text, date(2017, 5, 10))


def test_an_addition_over_a_period_of_years_after_a_bracketed_conversion_is_no_one_years_change():
    text = ("The 2015 defence agreement demanded an additional NOK 9.7 billion ($1.21 billion) in defence allocations "
            "during the period 2016-2020.")
    assert not figures(text, date(2018, 5, 10))


def test_another_countrys_ministry_that_speculated_is_no_owner():
    text = ("North Korea's budget for 2013 was approved by the Supreme People's Assembly. The paper did not disclose "
            "the size of the defense budget, although South Korea's unification ministry speculated that last year's "
            "military budget totaled US$870 million.")
    assert figures(text, date(2013, 1, 10)) == {("PRK", "defense_budget", 870e6)}


def test_a_countrys_own_ministry_estimating_its_budget_keeps_it():  # (guard)
    text = "South Korea's defense ministry estimated that its budget would reach 40 trillion won next year."
    assert ("KOR", "defense_budget", 40e12) in figures(text, date(2013, 1, 10))


def test_a_cut_in_outlays_including_an_amount_from_the_defence_budget():
    text = ("The Israeli government approved a spending plan for fiscal 2004 that would cut 2.9 billion dollars in "
            "outlays, including 700 million dollars from the defence budget, the Finance Ministry said.")
    assert figures(text, date(2003, 9, 16)) == {("ISR", "budget_change_amount", -700e6)}


def test_every_ministrys_spending_cut_or_the_overall_spending_raised_is_not_defences():
    israel = ("The Ministry of Finance is proposing a further cut in the defense budget, in addition to the cut already "
              "decided. The cut is part of the emergency economic plan to cut all ministries' spending by NIS 12 billion.")
    assert not figures(israel, date(2003, 9, 16))
    georgia = ("Georgia's deputies passed a proposal to amend the 2007 state budget, boosting the overall spending by 410 "
               "million lari to speed up military reforms.")
    assert not [f for f in figures(georgia, date(2007, 9, 16)) if f[2] == 410e6]


def test_armed_forces_allocated_a_total_budget_in_the_national_budget():
    text = ("To support these efforts, the Republic of Fiji Military Forces has been allocated a total budget of $168 "
            "million in the 2025-2026 National Budget.")
    assert ("FJI", "defense_budget", 168e6) in figures(text, date(2025, 7, 1))


def test_a_ministry_of_health_allocated_a_total_budget_is_no_defence_budget():  # (guard)
    text = "The Ministry of Health has been allocated a total budget of $310 million in the 2025-2026 National Budget."
    assert not figures(text, date(2025, 7, 1))


def test_more_than_the_allocation_is_an_overspend_not_a_change():
    text = ("The documents further stated that Pakistan's actual expenditure on defense during fiscal 2011-12 was "
            "509.32 billion rupees, or 14.32 billion rupees more than the allocation of 495 billion rupees.")
    assert not [f for f in figures(text, date(2012, 6, 2)) if f[1] == "budget_change_amount"]


def test_a_bracket_spelling_out_the_fiscal_year_dates_nothing_and_the_year_ending_june_30_is_the_running_one():
    text = ("Pakistan on Friday raised the allocation for defense in its budget for fiscal 2012-13 (from July 2012 to "
            "June 2013) to 545 billion rupees. The documents showed 545 billion rupees allocated for the defense "
            "services, compared with 495 billion rupees earmarked in the fiscal year ending on June 30.")
    found = years(text, date(2012, 6, 3))
    assert found[("PAK", "defense_budget", 545e9)] == 2012
    assert found[("PAK", "defense_budget", 495e9)] == 2011


def test_uniformed_personnel_and_civil_staff_totalling_so_many_is_no_active_strength():
    text = ("With approximately 4,000 active uniformed personnel supported by civil staff, totaling over 6,500 "
            "professionals, the Irish Defence Forces prioritise peacekeeping.")
    assert figures(text, date(2024, 1, 1)) == {("IRL", "active_personnel", 4000)}


def test_a_budget_worth_an_amount_with_defence_spending_rising_is_the_whole_budget():
    text = ("Thailand's parliament has approved the current fiscal year's budget worth 41 billion dollars with defense "
            "spending quadrupling amid escalating violence in the south.")
    assert not figures(text, date(2007, 2, 1))


def test_money_from_the_ministrys_own_funds_for_a_team_is_no_budget():
    text = "Lithuania's Defense Ministry has earmarked 4.1 million euros from its own funds for this PRT."
    assert not figures(text, date(2006, 8, 1))


def test_broadcast_scripts_spell_us_and_un_with_hyphens():
    assert ("USA", "troops_deployed", 28500) in figures("The U-S military has 28,500 troops in South Korea.", date(2000, 1, 5))
    text = ("The first elements of a U-N peacekeeping force have begun arriving in Sierra Leone. The six-thousand "
            "troop U-N force will reach full strength this month.")
    assert not figures(text, date(2000, 1, 5))


def test_a_deployment_the_security_council_wanted_is_no_countrys():
    text = ("Bangladesh's representative to the UN said the soldiers would set off for the mission by Dec 28. The UN "
            "Security Council immediately wanted deployment of 12,500 troops to South Sudan as the situation worsened.")
    assert not figures(text, date(2013, 12, 26))


def test_the_total_defence_force_after_an_army_out_of_it_is_the_whole():
    text = ("By the late 1970s estimates placed Tanzania's army strength at about 17,000 out of the total TPDF of "
            "18,600 men and women. The navy had some 700 sailors.")
    assert ("TZA", "active_personnel", 18600) in figures(text, None)


def test_french_went_from_about_less_than_to_more_than_and_a_plan_to_inject_for_the_defence_forces():
    haiti = ("Le budget du ministère de la Défense d'Haïti est passé d'environ de moins de 300 millions à plus de 480 "
             "millions de gourdes dans l'exercice 2019-2020. Il est parmi les priorités de l'administration, et le "
             "ministre annonce le recrutement de jeunes pour constituer une nouvelle force pour le pays.")
    assert ("HTI", "defense_budget", 480e6) in figures(haiti, date(2019, 7, 3))
    gabon = ("Pour l'année 2022, le Gabon a prévu d'injecter 140,5 milliards de FCFA (contre 151,9 milliards en 2021) "
             "pour les forces de défense, soit 7,1% du budget de l'Etat, selon une publication du ministère de "
             "l'Economie. La part du budget consacrée à la défense est en hausse par rapport à l'exercice précédent.")
    assert ("GAB", "defense_budget", 140.5e9) in figures(gabon, date(2021, 12, 1))


def test_a_footnote_digit_glued_to_gdp_is_no_part_of_the_word():
    assert ("LTU", "defense_share_gdp_pct", 0.8) in figures("In 2014 Lithuania spent barely 0.8 % of its GDP2 on defence.",
                                                             date(2016, 1, 1))
    text = ("En 2014 la Lituanie avait consacré à peine 0,8 % de son PIB2 aux dépenses de défense. Ce pourcentage était "
            "alors l'un des plus faibles parmi les États membres de l'Alliance, et le pays restait loin de l'objectif "
            "commun. Depuis, le gouvernement a décidé de rétablir le service militaire.")
    assert ("LTU", "defense_share_gdp_pct", 0.8) in figures(text, date(2016, 1, 1))


def test_an_infobox_share_glued_to_gdp_keeps_its_digits():  # (guard)
    text = "Uruguay\nActive personnel24,000 (2001[1])\nExpenditure\nBudget$492 million (2008)\nPercent of GDP2.3% (2020)[2]\n"
    assert ("URY", "defense_share_gdp_pct", 2.3) in figures(text, date(2021, 1, 1))


def test_a_global_reports_row_of_government_armed_forces():
    text = ("Republic of Peru\n\nCovers the period from April 2001 to March 2004.\n\nPopulation: 26.8 million (10.6 "
            "million under 18)\nGovernment armed forces: 100,000\nCompulsory recruitment age: no conscription\n")
    assert ("PER", "active_personnel", 100000) in figures(text, date(2004, 11, 1))


def test_an_amount_earmarked_for_the_military_out_of_a_boost_to_overall_spending_is_its_increase():
    text = ("Georgia's deputies passed a government proposal to amend the 2007 state budget for the third time this year, "
            "boosting the overall spending by 410 million lari (250 million dollars) with 260 million lari earmarked "
            "for the military.")
    assert figures(text, date(2007, 9, 16)) == {("GEO", "budget_change_amount", 260e6)}


def test_romanian_has_deployed_in_afganistan():
    text = ("Militarii români prezenți în Afganistan au transmis urări de sărbători către cei de acasă. România are dislocați "
            "peste 900 de militari în provincia Zabul din Afganistan, una dintre cele mai periculoase din țară. Ei se "
            "vor întoarce acasă în primăvară, după o misiune de șase luni.")
    assert ("ROU", "troops_deployed", 900) in figures(text, date(2013, 12, 24))


def test_german_about_so_many_soldiers_sent_to_missions_abroad_on_annual_average():
    text = ("Das Bundesheer beteiligt sich seit 1960 am internationalen Krisenmanagement. Im Jahr 2007 sind zirka 1 150 "
            "Soldaten im Jahresschnitt in 14 Auslandsmissionen gemäß den Beschlüssen der österreichischen "
            "Bundesregierung entsandt worden. Das Schwergewicht lag dabei auf dem Westbalkan.")
    assert ("AUT", "troops_deployed", 1150) in figures(text, date(2008, 3, 1))


# Classes drawn from the second sealed round devset407-410 after its one scoring (sentences written here)

def test_officers_and_enlisted_men_are_every_rank():
    text = ("The Parliament decided to increase the strength of the Georgian Armed Forces by 15%. Thus, in the near "
            "future, the Georgian Army will have 32,000 officers and enlisted men.")
    assert ("GEO", "active_personnel", 32000) in figures(text, date(2007, 9, 1))


def test_warrant_officers_stay_a_rank_group():  # (guard)
    assert not figures("The Georgian army counts 5,447 warrant officers.", date(2007, 9, 1))


def test_troops_there_now_and_withdrawn_later_are_there_now():
    text = "Poland has presently 2,400 troops in Iraq, but these will be withdrawn by the end of next year."
    assert years(text, date(2004, 11, 1)) == {("POL", "troops_deployed", 2400): 2004}


def test_troops_that_will_be_gradually_withdrawn_are_a_change():
    text = ("Greece cuts troop numbers in Kosovo\n\nThe Greek army has stated that it will considerably reduce its presence "
            "in the peacekeeping mission in Kosovo.\n\nMore than 500 soldiers and the accompanying personnel will be "
            "gradually withdrawn from Kosovo starting from November, in accordance with the wider plan for the "
            "withdrawal of the peacekeeping NATO force, a Greek Army spokesman was quoted as saying.")
    assert not figures(text, date(2011, 10, 1))


def test_a_force_numbered_with_its_reserves_is_neither_metric():
    text = "At present, the Jamaica Defence Force, including its reserves, numbers some 6,100 personnel."
    assert not figures(text, date(2020, 1, 1))


def test_service_men_and_women_and_civilians_are_no_military_strength():
    text = "There were 14,100 full and part time service men and women and civilians in the New Zealand Defence Force."
    assert not figures(text, date(2022, 1, 1))


def test_an_intended_troop_strength_is_a_target():
    text = ("In reality, Japan's Self-Defense Forces suffer a recruitment shortage of around 20,000 below their intended "
            "troop strength of around 247,000.")
    assert not figures(text, date(2023, 1, 1))


def test_a_share_we_should_have_is_a_wish():
    text = ('"Ideally we should have a defense budget of 3.5 percent to GDP, but anything beyond 2 percent now is great," '
            "said the Indonesian official.")
    assert not figures(text, date(2008, 1, 1))


def test_the_force_levels_of_a_un_mission_are_no_contributors():
    text = ("Ethiopia has 1,200 troops in South Sudan. The UN Security Council adopted resolution 2327, which called for "
            "an increase in the overall force levels of United Nations Mission in South Sudan to 17,000 military and "
            "2,101 police personnel.")
    assert figures(text, date(2017, 1, 10)) == {("ETH", "troops_deployed", 1200)}


def test_the_hike_had_been_and_the_hike_in_the_budget_for_defence_can_be_considered():
    text = ("India's defence budget rose again this year. However, in real terms the hike in the Budget for Defence can be "
            "considered just about 4.2 per cent over the last year's allocation. Last year, the hike had been 12.6 per cent.")
    found = figures(text, date(2002, 3, 1))
    assert ("IND", "budget_change_pct", 4.2) in found
    assert ("IND", "budget_change_pct", 12.6) in found


def test_serbian_including_so_many_soldiers_in_kosovo():
    text = ("Slovenija će smanjiti broj svojih vojnika na Kosovu, saopštilo je Ministarstvo odbrane u Ljubljani. Premijer "
            "Šarec je rekao da je teško govoriti o tačnim brojkama jer je pet posto aktivnih slovenačkih vojnika trenutno "
            "stacionirano u inostranstvu, uključujući 85 vojnika na Kosovu. Ministarstvo odbrane najavilo je da će "
            "slovenačko prisustvo biti delimično povučeno do kraja godine, a ostali vojnici će ostati u misiji KFOR.")
    assert ("SVN", "troops_deployed", 85) in figures(text, date(2019, 5, 1))


def test_a_country_naming_a_border_is_a_place_not_the_owner():
    text = ("According to the latest UNIFIL data, Indonesia has emerged as the largest contributor of peacekeeping troops "
            "to the Israel\u2013Lebanon border, deploying 1,180 personnel to help maintain stability.")
    assert figures(text, date(2024, 5, 1)) == {("IDN", "troops_deployed", 1180)}


def test_troops_that_passed_through_a_country_are_rotations_and_the_country_passed_through_is_a_place():
    text = ("Over 16,000 Spanish troops have passed through Afghanistan since the first 300 soldiers arrived in Kabul in "
            "January 2002.")
    assert figures(text, date(2011, 10, 1)) == {("ESP", "troops_deployed", 300)}


# Classes drawn from the third sealed round devset411-414 after its one scoring (sentences written here)

def test_a_host_after_a_war_torn_split_by_a_stray_space():
    assert figures("The Sri Lanka Army today deployed 243 troops to war- torn Mali.", date(2019, 11, 1)) == {
        ("LKA", "troops_deployed", 243)}


def test_an_appropriation_increase_that_grows_from_one_sum_to_another_is_no_budget():
    text = ("The draft budget of Finland's Ministry of Defence is EUR 2,950 million for 2019. The draft budget includes an "
            "appropriation increase for defence from EUR 70 million granted in 2018 to EUR 100 million in 2019.")
    found = figures(text, date(2018, 9, 1))
    assert ("FIN", "defense_budget", 2950e6) in found
    assert not [f for f in found if f[2] in (70e6, 100e6)]


def test_a_budget_that_saw_an_increase_from_one_sum_to_another_keeps_both():  # (guard)
    found = figures("Finland's defence budget saw an increase from EUR 2.8 billion to EUR 3.1 billion.", date(2018, 1, 1))
    assert ("FIN", "defense_budget", 3.1e9) in found
