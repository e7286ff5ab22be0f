"""Real-text classes met after the hundred-and-thirteenth sealed set (the project's own sentences, never the sets'
passages)."""

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures
from dashboard.extraction.gloss import gloss
from tests.extraction.realtext import figs, got
from tests.extraction.realtext import rows as _rows


def test_trade_press_currency_prefixes_glued_to_the_amount_are_money():
    text = ("Algeria's draft budget for 2014 raises the Defence Ministry's allocation by 9% to AD901.2bn ($11.3bn). "
            "In Oman, defence spending is set to rise by 4% to OR2.9bn in 2015.")
    rows = _rows(text, date(2014, 2, 1))
    assert ("DZA", "defense_budget", 901.2e9, "", 2014) in rows
    assert ("OMN", "defense_budget", 2.9e9, "", 2015) in rows


def test_a_code_and_a_dollar_sign_together_are_us_dollars():
    assert ("LSO", "defense_budget", 61.4e6) in got("Lesotho allocated USD$61.4 million to its army in 2019.",
                                                     date(2019, 5, 1))


def test_gourdes_and_their_abbreviation_are_haitian_money():
    text = ("The Ministry of Defense of Haiti has a budget of 780 million Gdes this year. A further 90 million gourdes "
            "was added to the budget of the ministry in March.")
    found = got(text, date(2021, 4, 1))
    assert ("HTI", "defense_budget", 780e6) in found
    assert ("HTI", "budget_change_amount", 90e6) in found


def test_bare_crowns_are_the_currency_of_the_figures_country():
    text = ("Czech defence spending will reach some 160 billion crowns next year. Sweden has said its defence budget "
            "will be 120 billion crowns in 2026.")
    figures = {(f[0], f[2]) for f in got(text, date(2025, 10, 1)) if f[1] == "defense_budget"}
    assert figures == {("CZE", 160e9), ("SWE", 120e9)}
    currencies = {f.country_iso3: f.currency for f in extract_figures(text, ArticleInfo("t", date(2025, 10, 1)))}
    assert currencies == {"CZE": "CZK", "SWE": "SEK"}


def test_an_upper_case_scale_abbreviation_before_a_currency_code_is_money():
    text = "The budget of the Ministry of Defence of Armenia was raised by 120 MLN AMD this spring."
    assert ("ARM", "budget_change_amount", 120e6) in got(text, date(2023, 5, 1))


def test_a_lower_case_m_before_the_people_counted_is_a_million():
    assert ("IND", "active_personnel", 1.4e6) in got("With 1.4m soldiers, India fields one of the largest armies.",
                                                     date(2022, 1, 1))


def test_a_change_since_a_year_named_first_is_cumulative():
    text = ("Since 2021, Norway has raised its defence budget by 30 billion kroner. Since 2021, Norway has increased its "
            "defence budget by 35%.")
    assert not {f for f in got(text, date(2025, 3, 1)) if f[1] in ("budget_change_amount", "budget_change_pct")}


def test_a_rise_from_the_initially_planned_amount_names_the_old_budget():
    text = ("Armenia's defence budget for this year will amount to 690 billion drams. This is a marked rise from the "
            "initially planned 610 billion drams.")
    found = got(text, date(2025, 6, 1))
    assert ("ARM", "defense_budget", 690e9) in found and ("ARM", "defense_budget", 610e9) in found


def test_taking_the_defence_ministrys_total_budget_to_an_amount_from_the_earlier_one():
    text = "The review will take Defence's total budget in Uganda to Sh3.9 trillion from the earlier Sh3.6 trillion."
    found = got(text, date(2024, 6, 1))
    assert {("UGA", "defense_budget", 3.9e12), ("UGA", "defense_budget", 3.6e12)} <= found


def test_an_amount_with_its_conversion_and_a_share_before_higher_than_is_a_change():
    text = ("The budget of the Ministry of Defence of Kazakhstan for 2026 is 2.1 trillion tenge. This figure is 180 "
            "billion tenge ($350 million) or 9.4 percent higher than in 2025.")
    assert ("KAZ", "budget_change_amount", 180e9) in got(text, date(2025, 10, 1))


def test_an_army_which_has_a_number_of_men_counts_its_strength():
    text = "It is the third recruitment this year for the Nigerien army, which has about 33,000 men, the ministry said."
    assert ("NER", "active_personnel", 33000.0) in got(text, date(2021, 6, 1))


def test_a_strong_standing_reserve_is_a_reserve_and_a_fronted_count_belongs_to_the_subject_after_it():
    text = ("Russia may decide to test Georgia's defences, the minister warned. Numbering around 37,000 active-duty "
            "troops, the Georgian military relies on a 95,000-strong standing reserve.")
    found = got(text, date(2022, 6, 1))
    assert ("GEO", "active_personnel", 37000.0) in found and ("GEO", "reserve_personnel", 95000.0) in found
    assert not {f for f in found if f[0] == "RUS"}


def test_a_standing_army_included_in_the_active_total_is_a_part():
    text = "Norway has 25,000 active personnel, including a professional standing army of around 8,000 troops."
    assert {f for f in got(text, date(2024, 6, 1)) if f[1] == "active_personnel"} == {("NOR", "active_personnel", 25000.0)}


def test_the_country_of_a_with_clause_that_comes_top_is_an_actor():
    text = ("Nigeria's defence budget rose 8 per cent to N1.1 trillion last year. West African states grew their defence "
            "budgets faster than the continent, with Ghana coming top with a 21.5 per cent growth to GH¢2.9 billion.")
    found = got(text, date(2016, 5, 1))
    assert {("GHA", "budget_change_pct", 21.5), ("GHA", "defense_budget", 2.9e9)} <= found


def test_funds_for_the_defence_ministry_rise_from_this_years_level():
    text = ("Funds for the Defense Ministry of Serbia will rise by 6.1 percent to 96.4 billion dinars from this year's "
            "90.9 billion dinars.")
    found = got(text, date(2019, 10, 1))
    assert {("SRB", "budget_change_pct", 6.1), ("SRB", "defense_budget", 96.4e9), ("SRB", "defense_budget", 90.9e9)} <= found


def test_a_strength_whose_date_stands_in_an_aside_before_was():
    text = ("The Minister said that the strength of the Irish Defence Forces, at 30 June 2015, the latest date for which "
            "figures are available, was 9,140.")
    assert ("IRL", "active_personnel", 9140.0) in got(text, date(2015, 9, 1))


def test_money_set_aside_for_defence_support_initiatives_is_not_the_budget():
    text = "The defence budget of Belize was discussed. A further $8.5 million has been set aside for defence-support projects."
    assert ("BLZ", "defense_budget", 8.5e6) not in got(text, date(2024, 3, 1))


def test_a_ministry_of_national_security_is_not_the_defence_ministry():
    text = "With $46 billion allocated to the Ministry of National Security of Jamaica in the new budget, crime is the focus."
    assert not {f for f in got(text, date(2024, 3, 1)) if f[1] == "defense_budget"}


def test_a_change_of_spending_over_the_first_months_is_not_a_budget_change():
    text = "Uzbekistan's military expenditure totaled roughly $310 million in January-March 2021, up 14 percent from last year."
    assert not {f for f in got(text, date(2021, 5, 1)) if f[1] == "budget_change_pct"}


def test_a_counterfactual_budget_is_not_a_budget():
    text = "Had the 2% pledge been honoured, Belgium's defence budget would be 11.6 billion euros this year, officials said."
    assert not {f for f in got(text, date(2019, 5, 1)) if f[1] == "defense_budget"}


def test_soldiers_in_an_exercise_or_a_batch_are_not_a_deployment():
    text = ("According to the press office of the Russian base in Armenia, the exercise involved 800 military personnel. "
            "A plane carrying the first batch of 150 Rwandan soldiers landed in Bangui on Tuesday.")
    assert not {f for f in got(text, date(2020, 5, 1)) if f[1] == "troops_deployed"}


def test_a_misspelt_demonym_still_names_the_owner():
    found = got("The Emerati deployment in Yemen has been reduced from 750 to 150.", date(2019, 7, 1))
    assert {("ARE", "troops_deployed", 750.0), ("ARE", "troops_deployed", 150.0)} <= found


def test_one_services_reserve_in_a_breakdown_of_the_reserve_is_a_part_but_reservists_in_a_workforce_are_the_reserve():
    text = ("The strength of the Reserve Defence Force of Ireland was 4,410. This figure comprises 4,200 Army Reserve and "
            "210 Naval Service Reserve personnel.")
    assert ("IRL", "reserve_personnel", 210.0) not in got(text, date(2016, 5, 1))
    text = "The Dutch defence ministry currently has a workforce of some 75,000, including 8,000 reservists."
    assert ("NLD", "reserve_personnel", 8000.0) in got(text, date(2025, 5, 1))


def test_a_defence_ministry_that_will_have_an_amount_and_the_amount_it_was_allocated_before():
    text = ("In total, the Defence Ministry of Mexico will have 151.9 billion pesos, a cut of 42% compared with the "
            "259.4 billion that were allocated in 2024.")
    rows = _rows(text, date(2025, 3, 1))
    assert {("MEX", "defense_budget", 151.9e9, "", 2025), ("MEX", "defense_budget", 259.4e9, "", 2024),
            ("MEX", "budget_change_pct", -42.0, "", 2025)} <= rows


def test_spanish_sedena_will_have_this_year_is_read_through_the_gloss():
    text = ("La Secretaría de la Defensa Nacional (Sedena) recibió recursos para sus programas. En total, la Sedena "
            "contará este año con 120.5 mil millones de pesos, lo que representa una reducción del 30% en comparación "
            "con los 172.1 mil millones que se le asignaron en 2024.")
    rows = _rows(text, date(2025, 3, 1))
    assert {("MEX", "defense_budget", 120.5e9, "", 2025), ("MEX", "defense_budget", 172.1e9, "", 2024)} <= rows


def test_a_small_word_glued_to_a_share_by_a_lost_space_is_still_read():
    text = "In 2003 defense expenditures of Bolivia amounted to $150 million or1.9% of GDP."
    assert ("BOL", "defense_share_gdp_pct", 1.9) in got(text, date(2005, 1, 1))


def test_a_mission_total_of_which_one_peoples_soldiers_are_named_is_that_countrys_deployment():
    text = ("The Security Council ended the peacekeeping mission in Mali. The number of peacekeepers deployed in this "
            "country is estimated at 12,900, of which 860 Chadian soldiers.")
    deployments = {f for f in got(text, date(2023, 7, 1)) if f[1] == "troops_deployed"}
    assert deployments == {("TCD", "troops_deployed", 860.0)}


def test_reservists_called_for_retraining_and_forces_to_be_graduated_are_no_strength():
    text = ("Only in 2023, 31,200 Bulgarian reservists were called for retraining. South Sudan is supposed to graduate "
            "a total of 60,000 forces by next year.")
    assert not {f for f in got(text, date(2023, 6, 1)) if f[1] in ("reserve_personnel", "active_personnel")}


def test_the_first_amount_of_a_list_by_purpose_is_a_line_of_the_budget():
    text = ("Treasury data shows that this year, the Ugandan army will spend Sh90 billion on its operations, Sh20 billion "
            "on the modernisation programme and Sh5 billion on pensions.")
    assert not {f for f in got(text, date(2019, 6, 1)) if f[1] == "defense_budget"}


def test_that_of_a_body_named_by_its_acronym_is_its_own_budget():
    text = ("The annual budget for the military in Kenya has grown from Sh45 billion in 2011 to Sh98 billion this "
            "year, while that of the NIS has grown from Sh13 billion in 2011 to Sh25 billion.")
    budgets = {f[2] for f in got(text, date(2016, 6, 1)) if f[1] == "defense_budget"}
    assert budgets == {45e9, 98e9}


def test_german_soldiers_that_may_be_deployed_are_a_ceiling():
    text = ("Das Bundesheer verlängert die Mission in Bosnien und Herzegowina, wo bis zu 350 Soldaten eingesetzt "
            "werden dürfen, teilte das Verteidigungsministerium in Wien mit.")
    assert not {f for f in got(text, date(2014, 1, 1)) if f[1] == "troops_deployed"}


def test_troops_a_country_has_sent_on_many_missions_since_long_ago_are_a_sum():
    text = ("Morocco is the sixth-largest troop contributor to the UN mission in the Central African Republic, with 750 "
            "Moroccan peacekeepers deployed. Since the end of World War II, Morocco has sent over 50,000 troops on 120 UN "
            "peacekeeping missions across the world.")
    assert ("MAR", "troops_deployed", 50000.0) not in got(text, date(2021, 6, 1))


def test_a_strength_named_with_its_acronym_in_brackets_from_one_level_to_another():
    text = ("The minister wants to increase the total strength of the Armed Forces of Malaysia (MAF) from 110,000 to "
            "150,000 through a phased programme.")
    found = got(text, date(2025, 3, 1))
    assert ("MYS", "active_personnel", 110000.0) in found and ("MYS", "active_personnel", 150000.0) in found


def test_rwandan_francs_and_mauritanian_ouguiyas_are_money():
    assert ("RWA", "defense_budget", 41e9) in got("About Frw 41 billion is allocated for defence in Rwanda's budget.",
                                                  date(2010, 6, 1))
    text = ("L'armée nationale de la Mauritanie représente une part significative du budget national. Le budget de la "
            "défense de la Mauritanie pour l'année 2024 s'élève à 9,95 milliards MRU, selon le ministère des Finances.")
    assert ("MRT", "defense_budget", 9.95e9) in got(text, date(2024, 2, 1))


def test_an_increase_above_the_plan_is_a_change_not_a_plans_amount():
    text = "Under the draft changes to the state budget of Georgia, military spending will increase by 12 million lari above the plan."
    assert ("GEO", "budget_change_amount", 12e6) in got(text, date(2024, 6, 1))


def test_reservists_of_one_reserve_unit_are_a_part():
    text = ("The Philippines has 1.1 million reservists. The remaining 540,000 reservists belong to the Standby Reserve "
            "Unit, which is mobilized only in times of war.")
    assert ("PHL", "reserve_personnel", 540000.0) not in got(text, date(2019, 3, 1))


def test_a_deployment_restated_in_the_headline_is_the_same_figure():
    text = ("Bulgaria Sends 112 Troops To Kosovo KFOR Mission\n\nBulgaria deploys on Monday 112 troops in a KFOR mission "
            "in Kosovo, the defence ministry said. The 112 troops will stay in Kosovo for six months.")
    deployed = [f for f in extract_figures(text, ArticleInfo("t", date(2019, 4, 1))) if f.metric == "troops_deployed"]
    assert len(deployed) == 3 and {(f.country_iso3, f.value, f.host_iso3) for f in deployed} == {("BGR", 112.0, "XKX")}


def test_a_count_sent_over_years_or_withdrawn_is_no_restatement():
    text = ("Vietnam deploys 60 peacekeepers in South Sudan this year. Vietnam has sent 60 peacekeepers to Africa since "
            "2014. Later it will withdraw 60 troops.")
    deployed = [f for f in extract_figures(text, ArticleInfo("t", date(2019, 4, 1))) if f.metric == "troops_deployed"]
    assert len(deployed) == 1


def test_the_country_of_a_foreign_papers_headline_is_the_country_its_text_means():
    text = ("Norway's Military: How It Compares\nWe look at what the country's military has at its disposal.\n"
            "- Norway has 23,250 active personnel. By comparison, Britain has 150,000 active personnel.\n"
            "- The military's annual budget is NOK 90 billion - 1.9% of the country's GDP.")
    found = got(text, date(2023, 3, 1), publisher="Forces News (forces.net)")
    assert {("NOR", "defense_budget", 90e9), ("NOR", "defense_share_gdp_pct", 1.9)} <= found
    assert ("GBR", "defense_share_gdp_pct", 1.9) not in found


def test_a_force_a_contingent_will_join_is_no_owner():
    text = ("More Bahrain troops for Yemen\n\nBahrain sent more troops to Yemen, a website reported on Tuesday.\n\n"
            "The new 300-strong force will join UAE troops that arrived in Aden in mid-November.")
    deployed = {f for f in figs(text, date(2015, 12, 1)) if f[1] == "troops_deployed"}
    assert deployed == {("BHR", "troops_deployed", 300.0, "YEM")}


def test_a_civil_war_before_a_count_is_no_civilian_staff():
    text = "Before the civil war, the Libyan army numbered 76,000, according to the institute."
    assert ("LBY", "active_personnel", 76000.0) in got(text, date(2020, 1, 1))


def test_a_part_of_a_total_just_named_is_a_line_of_the_budget():
    text = ("The Thai defence ministry sought 198.5 billion baht this year. Meanwhile, of the 198.5 billion baht sought, "
            "94.2 billion baht will be allocated to the Army.")
    budgets = {f[2] for f in got(text, date(2024, 8, 1)) if f[1] == "defense_budget"}
    assert budgets == {198.5e9}


def test_a_service_named_by_the_acronym_the_text_gave_it_is_one_service():
    text = ("The Philippine Navy (PN) patrols Philippine waters. The PN and PMC combined account for roughly 25,000 active "
            "personnel.\nThe Philippine Air Force (PAF) provides air support. The PAF has approximately 17,000 active "
            "personnel.")
    assert not {f for f in got(text, date(2023, 6, 1)) if f[1] == "active_personnel"}


def test_a_quota_for_deployment_is_a_ceiling():
    text = "Bangladesh began contributing troops to UN missions in 1988 and has a quota of 7,000 personnel for deployment in UN peacekeeping missions in Africa."
    assert not {f for f in got(text, date(2020, 6, 1)) if f[1] == "troops_deployed"}


def test_french_mission_from_some_fifty_states_and_soldiers_brought_home_are_no_deployment():
    text = ("Quelque 820 Marocains sont ainsi actifs au sein de la Monusco, la mission de l'ONU en République démocratique "
            "du Congo, créée en 1999. Avec près de 18.000 soldats en provenance d'une cinquantaine d'Etats, cette "
            "opération de maintien de la paix est la plus importante au monde.\nEnfin, le Maroc est présent au sein de "
            "l'Opération des Nations unies en Côte d'Ivoire (Onuci) avec quatre soldats et deux experts, après le retour "
            "de près de 650 soldats.")
    deployed = {(f[0], f[2]) for f in got(text, date(2017, 6, 1)) if f[1] == "troops_deployed"}
    assert ("MAR", 18000.0) not in deployed and ("MAR", 650.0) not in deployed


def test_the_first_service_of_a_breakdown_by_member_counts_is_one_service():
    text = ("Thailand's active-duty military consists of a 245,000-member army, a 69,000-member navy, and a 46,000-member "
            "air force.")
    assert not {f for f in got(text, date(2020, 1, 1)) if f[1] == "active_personnel"}


def test_young_men_eligible_for_service_are_a_manpower_pool():
    text = "Some sources say more than 450,000 young men in Kyrgyzstan are eligible for military service each year."
    assert not {f for f in got(text, date(2018, 1, 1)) if f[1] == "active_personnel"}


def test_algerian_dinars_written_da_and_greek_cypriots():
    text = "Defense Expenditures: 1994 defense budget DA41.5 billion (US$1.3 billion)."
    assert ("DZA", "defense_budget", 41.5e9) in got(text, date(1995, 1, 1))
    text = "The Turkish force is supplemented on the island by the Greek Cypriot National Guard of 11,000 active and 60,000 reserves."
    found = got(text, date(1995, 1, 1))
    assert ("CYP", "active_personnel", 11000.0) in found and ("CYP", "reserve_personnel", 60000.0) in found


def test_italian_expects_that_a_country_spends_dollars_or_leva_for_defence():
    text = ("La NATO si aspetta che la Bulgaria spenda quest'anno 1,512 miliardi di dollari, o 2,734 miliardi di leva, "
            "per la difesa, secondo i dati pubblicati sulle spese dei paesi membri dell'alleanza.")
    found = got(text, date(2022, 6, 1))
    assert {("BGR", "defense_budget", 1.512e9), ("BGR", "defense_budget", 2.734e9)} <= found


def test_natos_defence_related_share_a_base_capacity_and_refresher_training_are_no_figures():
    text = ("The prime minister of Iceland says the government is looking to spend 1.5 percent of GDP in « defense "
            "-related » spending, as NATO's leadership has requested. The new base in Djibouti, which has a capacity to "
            "accommodate up to 4,000 troops, already hosts 300 Turkish soldiers. According to the commander, more than "
            "18,000 Finnish reservists will receive refresher training next year.")
    found = got(text, date(2025, 6, 1))
    assert not {f for f in found if f[1] == "defense_share_gdp_pct" or f[2] in (4000.0, 18000.0)}
    assert ("TUR", "troops_deployed", 300.0) in found


def test_japans_own_defense_related_spending_stays_its_share():
    text = "This allows Japan to bring defense-related spending to its target of two percent of gross domestic product within fiscal 2025."
    assert ("JPN", "defense_share_gdp_pct", 2.0) in got(text, date(2024, 12, 1))


def test_hosts_listed_with_counts_after_a_hosting_cue_and_a_region_host():
    text = ("Among the countries that host the most Spanish military personnel are Lebanon (640 units), Latvia (350) "
            "and the Balkans (210).")
    deployed = {(f[0], f[2], f[3]) for f in figs(text, date(2019, 6, 1)) if f[1] == "troops_deployed"}
    assert deployed == {("ESP", 640.0, "LBN"), ("ESP", 350.0, "LVA"), ("ESP", 210.0, "EUROPE")}


def test_a_contingent_of_men_deployed_around_a_congolese_city():
    text = ("The Burundian troops will join forces with a Kenyan army contingent of about 900 men already deployed in and "
            "around Goma since last November.")
    assert ("KEN", "troops_deployed", 900.0, "COD") in figs(text, date(2023, 3, 1))


def test_a_quoted_contingent_of_whom_some_are_police_is_no_troop_count():
    text = ("The standby force in Guinea-Bissau will be composed of 629 men and women, the representative said.\n\n“Ghana "
            "is sending the largest contingent of 250 men,” of whom 110 are police and 140 soldiers,” he said.")
    assert not {f for f in figs(text, date(2012, 6, 1)) if f[2] == 250.0}


def test_portuguese_country_names_are_glossed():
    text = ("Cerca de 900 militares portugueses vão participar em missões no estrangeiro este ano. Deste total, 120 "
            "militares vão estar destacados no Afeganistão e 80 militares vão integrar uma missão na Lituânia.")
    deployed = {(f[2], f[3]) for f in figs(text, date(2021, 2, 1)) if f[1] == "troops_deployed" and f[0] == "PRT"}
    assert (120.0, "AFG") in deployed


def test_makers_named_together_before_origin_own_nothing_and_a_force_distributed_on_services():
    text = ("Its equipment is outdated and of Chinese and Soviet origin. Defense costs rose from 4.1% to 5.9% of GDP in "
            "1985-96, having decreased to 1.3% of GDP in 2006.")
    shares = {f[0] for f in figs(text, date(2008, 1, 1), url="https://example.org/albania-armed-forces") if f[1] == "defense_share_gdp_pct"}
    assert "CHN" not in shares
    text = ("During 1998-99, Albania became a reception area for refugees from Kosovo and a base area for NATO allies. The "
            "defense is under reconstruction. It is based on selective military duty and (2006) comprises 12,000 men "
            "distributed on 7,000 men ground combat forces, 1,200 men naval forces and 1,500 men air forces.")
    assert not {f for f in figs(text, date(2008, 1, 1)) if f[1] == "troops_deployed" and f[2] == 7000.0}


def test_a_change_even_if_made_and_an_average_of_two_countries_are_no_countrys_figures():
    text = ("It would change nothing in the balance of power even if the government of Malta raised its defence budget "
            "by 80 per cent. “The average spent on the armed forces in Slovenia and Croatia is 1.6 per cent of GDP,” the "
            "Bosnian minister recalled.")
    assert not {f for f in got(text, date(2012, 1, 1)) if f[2] is not None}


def test_a_level_named_after_to_a_high_level_and_a_change_across_a_line_break():
    text = ("“We are increasing our defense budget for 2024 to a high enough level, 512 billion liras”, the Turkish "
            "president said.")
    assert ("TUR", "defense_budget", 512e9) in got(text, date(2023, 11, 1))
    text = "The Kenyan government has increased\nits 2016/2017 defence budget by 25 per cent to sustain recruitment."
    assert ("KEN", "budget_change_pct", 25.0) in got(text, date(2016, 6, 1))


def test_italian_thousands_glued_to_mila():
    text = "Gli Stati Uniti hanno inviato sul campo tra i 4mila e i 4.500 soldati, e l'Italia 7mila."
    glossed = gloss(text, "it").text
    assert "4,000" in glossed and "4,500" in glossed and "7,000" in glossed and len(glossed) >= len("4mila")


def test_swiss_german_shares_of_the_gross_domestic_product():
    text = ("Die Schweiz steckte damals ziemlich genau 0,9 Prozent des Bruttoinlandprodukts in die Armee, heisst es im "
            "Bericht des Bundesrates zu den Verteidigungsausgaben des Landes.")
    assert ("CHE", "defense_share_gdp_pct", 0.9) in got(text, date(2013, 1, 1))


def test_armed_forces_named_with_their_acronym_made_up_of_men_and_women_and_a_level_this_compares_to():
    text = ("Les effectifs des Forces armées béninoises (FAB) sont composées d’environ 9.000 hommes et femmes ; chiffre "
            "stable depuis deux décennies, selon le ministère de la Défense du Bénin.")
    assert ("BEN", "active_personnel", 9000.0) in got(text, date(2019, 6, 1))
    text = ("“At the end of June permanent Defence Forces numbers in Ireland dropped to 8,710 – this compares to 9,050 a "
            "year ago,” the deputy said.")
    assert ("IRL", "active_personnel", 9050.0) in got(text, date(2020, 7, 1))


def test_a_force_named_by_the_acronym_the_text_defined_owns_a_fronted_count():
    text = ("The Jordanian Armed Forces (JAF) have long been a pillar of the state. With a force of over 100,000, the "
            "JAF also functions as a socio-economic steppingstone for many families.")
    assert ("JOR", "active_personnel", 100000.0) in got(text, date(2021, 6, 1))


def test_another_battalion_and_spanish_members_who_have_served_since_then_are_no_levels():
    text = ("Armenia, whose armed forces number 45,000 soldiers, plans to strengthen its current contingent of 130 "
            "personnel in Kosovo with another battalion of 400 soldiers as of 2020.")
    assert not {f for f in got(text, date(2019, 6, 1)) if f[2] == 400.0}
    glossed = gloss("Desde entonces, más de 900 miembros del Ejército han participado como cascos azules.", "es").text
    assert "since then" in glossed.lower() and "have participated" in glossed


def test_french_disposait_de_spanish_abroad_and_defence_forces_that_stand_at():
    text = ("Le gouvernement a annoncé une hausse du budget de la défense pour l'année prochaine, mais l'armée a refusé "
            "de dire de combien de soldats elle disposait actuellement. Selon les estimations de la Banque mondiale, le "
            "Niger disposait de 25.000 militaires en 2019, indique le rapport du ministère, qui ne donne pas d'autres "
            "chiffres sur les effectifs des forces armées.")
    assert ("NER", "active_personnel", 25000.0) in got(text, date(2020, 6, 1))
    assert "abroad" in gloss("3.100 militares en 20 misiones en el exterior", "es").text
    text = "The minister said the permanent Defence Forces of Ireland now stand at 8,600 members, below the 9,500 establishment."
    assert ("IRL", "active_personnel", 8600.0) in got(text, date(2019, 6, 1))


def test_a_bare_share_restating_the_articles_share_of_gdp():
    text = ("Why Georgia’s 1.5% defense budget won’t meet future security demands\n\nThe gradual increase in the "
            "defense budget of Georgia to 1.5% of GDP by 2028 is insufficient, an expert said. Allocating this 1.5% for "
            "the country's defense will not modernise the army, and the 2% goal of NATO stays far away.")
    shares = [f for f in extract_figures(text, ArticleInfo("t", date(2025, 3, 1))) if f.metric == "defense_share_gdp_pct"]
    assert sum(1 for f in shares if f.country_iso3 == "GEO" and f.value == 1.5) == 3
    assert not any(f.country_iso3 == "GEO" and f.value == 2.0 for f in shares)


def test_an_increase_in_military_spending_of_a_share_and_the_percent_hike_after_a_budget_sentence():
    text = "The boost will come on top of an increase in military spending of more than 12% to about 9 billion euros a year in Belgium."
    assert ("BEL", "budget_change_pct", 12.0) in got(text, date(2025, 3, 1))
    text = "Laos raises its defence budget for 2016 sharply. The 14 percent hike was approved by the assembly on Friday."
    assert ("LAO", "budget_change_pct", 14.0) in got(text, date(2016, 1, 1))


def test_french_contributors_ranked_by_soldiers_sent_each_with_its_count_in_brackets():
    text = ("En Centrafrique, où le Maroc a déjà perdu un casque bleu en avril dernier, le royaume fait partie des pays "
            "ayant envoyé le plus de soldats, derrière le Rwanda (1210), l'Egypte (1050), le Pakistan (1120) et le "
            "Bangladesh (1000), selon les chiffres des Nations unies publiés par le ministère.")
    deployed = {(f[0], f[2], f[3]) for f in figs(text, date(2016, 9, 1)) if f[1] == "troops_deployed"}
    assert {("RWA", 1210.0, "CAF"), ("EGY", 1050.0, "CAF"), ("PAK", 1120.0, "CAF"), ("BGD", 1000.0, "CAF")} <= deployed


def test_another_sectors_budget_cut_and_a_french_interior_ministry_budget_are_not_defences():
    text = ("Under the draft changes to the state budget of Georgia, military spending will increase by 12 million lari, "
            "and the social protection budget is proposed to be reduced by 640 million lari.")
    assert ("GEO", "budget_change_amount", -640e6) not in got(text, date(2024, 6, 1))
    assert "Interior Ministry" in gloss("Ainsi, le budget du ministère de l'Intérieur s'élève à 3 milliards de dinars.", "fr").text


def test_a_defence_budget_cut_by_an_amount_stays_a_defence_change():
    found = got("Papua New Guinea's defence budget was cut by K30 million this year.", date(2020, 1, 1))
    assert ("PNG", "budget_change_amount", -30e6) in found


def test_a_countrys_draft_budget_is_the_state_budget():
    text = ("In comparison, Georgia plans to spend $0.9 billion on defense next year. Georgia's 2024 draft budget amounts "
            "to $7.2 billion.")
    assert ("GEO", "defense_budget", 7.2e9) not in got(text, date(2023, 10, 1))


def test_the_countrys_revised_budget_and_an_amount_of_it_are_not_the_defence_budget():
    text = ("NIAMEY - Mali's parliament on Monday revised the country's 2016 budget to 1,850.2 billion CFA francs from "
            "1,820 billion approved in December, to meet higher defence expenses.")
    assert not {f for f in got(text, date(2016, 6, 1)) if f[1] == "defense_budget"}
    text = ("The national defense budget of Taiwan this year was NT$341.8 billion, and NT$160.2 billion of it, or about "
            "47 percent, was allocated to personnel expenditures.")
    assert {f[2] for f in got(text, date(2019, 6, 1)) if f[1] == "defense_budget"} == {341.8e9}


def test_spending_as_of_a_day_inside_the_year_is_not_the_budget():
    text = ("On the 2008 budget, the Ministry of Defence of Malawi was initially allocated K9 billion. As of 30 June 2008, "
            "its expenditure stood at K14 billion, which is 155% of the initial allocation.")
    assert {f[2] for f in got(text, date(2008, 9, 1)) if f[1] == "defense_budget"} == {9e9}


def test_a_population_the_fallen_and_a_semi_professional_reserve():
    found = got("At least 200,000 Eritreans are in the army out of a population of 3.6 million, the bank says.", date(2015, 1, 1))
    assert ("ERI", "active_personnel", 3.6e6) not in found
    text = "Nepal has served in many hotspots. At least 80 Nepali peacekeepers have made the ultimate sacrifice in Lebanon."
    assert not {f for f in got(text, date(2020, 1, 1)) if f[2] == 80.0}
    text = "Slovakia is to create a 3,000 strong semi-professional reserve army as part of legislation approved by the government."
    found = got(text, date(2015, 1, 1))
    assert ("SVK", "reserve_personnel", 3000.0) in found and ("SVK", "active_personnel", 3000.0) not in found


def test_troops_including_reserves_are_counted_together():
    text = "Brazil's armed forces number some 360,000 troops including active duty reserves, the report says."
    assert ("BRA", "active_personnel", 360000.0) not in got(text, date(2016, 1, 1))


def test_an_allocation_to_a_ministry_of_national_security_is_not_a_defence_budget():
    text = ("The minister said the defence force must be well paid. He noted the significant allocation of $5.2 billion "
            "to the Ministry of National Security of Jamaica in the 2024 budget.")
    assert not {f for f in got(text, date(2024, 3, 1)) if f[1] == "defense_budget"}


def test_a_group_past_a_mark_and_a_share_a_country_need_not_spend_are_not_its_shares():
    text = ("Uganda is one of 12 countries that spend more than 3% of their GDP on the military. Under the deal, Malta "
            "would not have to spend 2% of its GDP on defence, officials said.")
    assert not {f for f in got(text, date(2017, 6, 1)) if f[1] == "defense_share_gdp_pct"}


def test_a_share_considered_called_unthinkable_or_blocked_is_no_level():
    text = ("Consider defending 1.5% of GDP in defense\n\nThe Hungarian defence minister called the idea of raising "
            "defense spending to 3.5% of GDP unthinkable. The party leader stated that he would block the rise to 3.5%.")
    assert not {f for f in got(text, date(2025, 6, 1)) if f[1] == "defense_share_gdp_pct"}
