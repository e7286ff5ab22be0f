"""Classes of real-news wording met in blocks 40-41 (devset41 and devset42, worked after their first contacts).

Every sentence here is the project's own, written to show a class of wording; none is copied from a
development set.
"""

from __future__ import annotations

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures

ANSWER = ("Ms. Example\n\nTo ask the Secretary of State for Defence what was spent on defence in each of the years "
          "2001 to 2004, and what is planned for 2005.\n\nMr. Minister\n\nThe figures are as follows:\n\n"
          "£\n2001–02 31,200\n2002–03 32,050\n2003–04 33,400\n2004–05 34,100\n2005–06 35,000\n\n"
          "Notes:\n1. All figures are in £ million at outturn prices.\n")


def test_a_written_answer_s_table_reads_its_currency_line_and_the_unit_from_its_notes():
    got = {(f.country_iso3, f.metric, f.value, f.year, f.stage)
           for f in extract_figures(ANSWER, ArticleInfo("t", date(2004, 6, 1), title="Defence Expenditure"))}
    assert ("GBR", "defense_budget", 31_200e6, 2001, "") in got
    assert ("GBR", "defense_budget", 34_100e6, 2004, "") in got
    assert ("GBR", "defense_budget", 35_000e6, 2005, "planned") in got
    assert len([g for g in got if g[1] == "defense_budget"]) == 5


def test_a_written_answer_without_its_unit_note_gives_no_figure():
    text = ANSWER.replace("All figures are in £ million at outturn prices.", "Figures are rounded.")
    found = extract_figures(text, ArticleInfo("t", date(2004, 6, 1), title="Defence Expenditure"))
    assert not [f for f in found if f.metric == "defense_budget"]


def test_the_country_that_opens_the_lede_owns_the_article_over_the_threat_it_names():
    text = ("Norway on Monday unveiled a defence plan that lifts spending and answers the threat from Russia, the "
            "minister said.\n\u201cRussia is a threat to the whole region,\u201d he said.\n"
            "\u201cRussia will rebuild its forces quickly,\u201d he added.\n"
            "Defence spending will rise by 9% next year, as part of a long-term plan.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2024, 4, 8)))}
    assert ("NOR", "budget_change_pct", 9) in got
    assert not {g for g in got if g[0] == "RUS"}


def test_spanish_thousand_millions_in_words_and_a_force_made_up_of_regulars_and_a_reserve_force():
    text = ("Las fuerzas armadas de Bolivia enfrentan una fuerte restricción de recursos y el presupuesto de defensa "
            "asciende a mil 204 millones 300 mil dólares. El Ejército, la Fuerza Aérea y la Armada están conformadas por "
            "unos 40 mil efectivos y una fuerza de reserva de unos 75 mil elementos.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2012, 5, 2)))}
    assert ("BOL", "defense_budget", 1_204_300_000) in got
    assert ("BOL", "active_personnel", 40_000) in got
    assert ("BOL", "reserve_personnel", 75_000) in got


def test_regulars_with_a_number_of_their_own_beside_a_reserve_force_are_two_counts():
    text = "The armed forces of Chile number about 77,000 troops and a reserve force of about 40,000 reservists."
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2012, 5, 2)))}
    assert {("CHL", "active_personnel", 77_000), ("CHL", "reserve_personnel", 40_000)} <= got
    together = "The armed forces of Chile, regulars and reservists together, number about 117,000."
    assert not extract_figures(together, ArticleInfo("t", date(2012, 5, 2)))


def test_the_number_of_soldiers_in_the_article_s_own_country_is_its_strength():
    text = ("Paraguay's shrinking army worries observers.\n\nAccording to local media, the number of active volunteer "
            "soldiers in Paraguay is expected to drop to about 12,400 next year.")
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in extract_figures(text, ArticleInfo("t", date(2024, 3, 1)))}
    assert ("PRY", "active_personnel", 12_400, "") in got
    small = text.replace("12,400", "400")  # a few hundred soldiers "in" a country may be anyone's: no owner guessed
    assert not extract_figures(small, ArticleInfo("t", date(2024, 3, 1)))


def test_its_strength_after_a_sentence_on_the_armed_forces_and_a_ceiling_it_never_exceeded():
    text = ("After independence Laos rebuilt its armed forces slowly. Despite many insurgencies, its formal strength "
            "never exceeded 55,000.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2015, 3, 1)))}
    assert ("LAO", "active_personnel", 55_000) in got
    assert not extract_figures("The party grew steadily. Its formal strength never exceeded 55,000.",
                               ArticleInfo("t", date(2015, 3, 1)))


def test_money_to_spend_with_an_apposition_before_in_defence_services():
    text = ("Last Friday the finance minister unveiled a K99.1 billion national budget for Malawi, which proposed to spend "
            "over K4.2 billion, representing 4.2 per cent of the total budget, in defence services.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2019, 9, 30)))}
    assert ("MWI", "defense_budget", 4.2e9) in got
    assert not {g for g in got if g[2] == 99.1e9}


def test_french_budget_that_now_amounts_to():
    text = ("Le Sénégal renforce sa défense. Le budget du ministère des Forces armées pour 2025 a connu une hausse "
            "significative.\nCe budget s'élève désormais à 312 milliards de francs CFA.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2024, 11, 2)))}
    assert ("SEN", "defense_budget", 312e9) in got


def test_the_number_on_an_alliance_mission_in_a_country_is_hosted_by_the_country_not_the_alliance():
    text = ("The minister announced an increase in the number of Portuguese military personnel on NATO's deterrence "
            "mission in Romania to a total of 420.")
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in extract_figures(text, ArticleInfo("t", date(2022, 5, 2)))}
    assert ("PRT", "troops_deployed", 420, "ROU") in got
    assert not {g for g in got if g[3] == "NATO"}


def test_soldiers_sent_in_addition_to_an_owner_s_own_level_are_an_addition():
    text = "The Danes announced this week that they are sending some 200 soldiers to Estonia in addition to their 300 soldiers."
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2022, 2, 2)))}
    assert not {g for g in got if g[2] == 200}
    listed = ("The report said the nation had about 65,000 armed forces personnel in addition to 300,000 reservists.")
    got = {(f.metric, f.value) for f in extract_figures(listed, ArticleInfo("t", date(2022, 2, 2), title="Finland"))}
    assert ("active_personnel", 65_000) in got


def test_the_army_budget_of_a_country_whose_army_is_its_military_and_a_share_then_the_same_money():
    text = ("Switzerland is arming: billions more for the army.\n\nThe army budget is currently 0.7 percent of GDP "
            "or 5.6 billion francs.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2022, 3, 2)))}
    assert ("CHE", "defense_budget", 5.6e9) in got
    us = ("The United States Army is shrinking.\n\nThe army budget is currently 0.8 percent of GDP or $180 billion, "
          "the Navy's is larger.")
    assert not [f for f in extract_figures(us, ArticleInfo("t", date(2022, 3, 2))) if f.metric == "defense_budget"]


def test_gulf_dinar_prefixes_and_a_percent_higher_than_a_decade_earlier():
    text = ("Kuwait - Defense Spending\n\nThe defense outlays have been heavy, as GDP figures show. The 1990 defense "
            "budget of KD450 million (US$1.5 billion) was about 40 percent higher than the allocation of a decade earlier.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(1991, 1, 2)))}
    assert ("KWT", "defense_budget", 450e6) in got
    assert not {g for g in got if g[2] == 40}


def test_a_contingent_that_goes_from_one_count_to_another_and_french_demonyms_of_europe():
    english = "Latvia first sent troops to Mali in 2019. The Latvian contingent in Mali will grow from 40 to 70 troops."
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3, f.stage)
           for f in extract_figures(english, ArticleInfo("t", date(2019, 12, 2)))}
    assert ("LVA", "troops_deployed", 40, "MLI", "") in got
    assert {g for g in got if g[2] == 70} and not {g for g in got if g[2] == 55}
    french = ("Le parlement letton a approuvé un plan visant à doubler le déploiement des troupes dans le cadre de "
              "l'opération menée par la France au Sahel, a annoncé le ministère de la Défense dans un communiqué.\n"
              "La Lettonie a envoyé des troupes au Mali en 2019.\nLe contingent letton pour Barkhane passera de 40 à 70 "
              "soldats.")
    got = {(f.country_iso3, f.value, f.host_iso3) for f in extract_figures(french, ArticleInfo("t", date(2019, 12, 2)))}
    assert ("LVA", 70, "MLI") in got and ("LVA", 40, "MLI") in got


def test_past_a_paragraph_break_a_country_named_further_back_gives_way_to_the_article_s_own():
    text = ("Croatia Under No Obligation To Raise Defence Budget\n\n"
            "At NATO headquarters, the minister described as timely the message of the US Secretary of Defence.\n\n"
            "\u201cSuch a conversation has been held. There is no decision that obliges anyone,\u201d he said.\n\n"
            "At present, 1.3% of GDP is allocated for defence from the state budget.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2017, 2, 16)))}
    assert ("HRV", "defense_share_gdp_pct", 1.3) in got


def test_spending_on_armament_is_military_spending_and_dinars_after_the_amount():
    text = ("A report by an institute in Sweden showed that Oman's spending on armament reached 8.2% of GDP.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2018, 5, 2)))}
    assert ("OMN", "defense_share_gdp_pct", 8.2) in got
    jordan = "Jordan's defence budget for 1990 was 300 million JD."
    got = {(f.country_iso3, f.value, f.currency) for f in extract_figures(jordan, ArticleInfo("t", date(1990, 5, 2)))}
    assert ("JOR", 300e6, "JOD") in got


def test_lari_a_state_budget_that_provides_money_for_defense_and_an_amount_that_exceeds_last_year_s_budget():
    text = ("The State Budget of Georgia provides for 750 million lari ($450 million) for defense in 2014.\n\n"
            "This amount exceeds the 2013 military budget by $12 million.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2013, 11, 28)))}
    assert ("GEO", "defense_budget", 750e6) in got
    assert ("GEO", "budget_change_amount", 12e6) in got
    whole = "The State Budget of Georgia provides for 9.5 billion lari in 2014, with more for schools."
    assert not extract_figures(whole, ArticleInfo("t", date(2013, 11, 28)))


def test_a_reserve_pool_of_former_members_a_national_guard_that_is_the_military_and_a_peak_before():
    armenia = ("According to an index, Azerbaijan fields about 64,000 active soldiers and maintains a reserve pool of "
               "roughly 300,000 former service members.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(armenia, ArticleInfo("t", date(2023, 5, 2)))}
    assert ("AZE", "reserve_personnel", 300_000) in got
    veterans = "Azerbaijan counts about 300,000 former service members among its voters."
    assert not extract_figures(veterans, ArticleInfo("t", date(2023, 5, 2)))
    cyprus = ("Cyprus Personnel\nThe National Guard had a complement of some 12,000 men on active duty in 1991. Scaled "
              "back from a peak of 30,000 in 1967, its size had remained fairly constant.")
    got = {(f.country_iso3, f.metric, f.value, f.year) for f in extract_figures(cyprus, ArticleInfo("t", date(1991, 5, 2)))}
    assert {("CYP", "active_personnel", 12_000, 1991), ("CYP", "active_personnel", 30_000, 1967)} <= got


def test_a_news_agency_named_after_a_country_is_no_owner_and_a_mission_left_with_troops_is_the_mission_s_total():
    text = ("Niger intends to contribute 800 troops to MINUSMA.\nAgence France-Presse on 18 December cited a letter "
            "saying Mali had agreed to Niger's contribution of 800 soldiers to MINUSMA.\nThe withdrawals left MINUSMA "
            "with 11,500 military personnel on 31 October.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2021, 12, 20)))}
    assert ("NER", "troops_deployed", 800) in got
    assert not {g for g in got if g[0] == "FRA" or g[2] == 11_500}


def test_a_place_that_opens_the_sentence_hosts_another_country_s_troops_and_german_demonyms():
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3)
           for f in extract_figures("In Afghanistan, Denmark will have 90 soldiers.", ArticleInfo("t", date(2015, 5, 2)))}
    assert ("DNK", "troops_deployed", 90, "AFG") in got
    home = {(f.country_iso3, f.metric, f.host_iso3)
            for f in extract_figures("In Germany, the Bundeswehr has 180,000 soldiers.", ArticleInfo("t", date(2015, 5, 2)))}
    assert home == {("DEU", "active_personnel", "")}
    german = ("Auf Anfrage der internationalen Koalition wird die Zahl der dänischen Soldaten im Irak verdoppelt. Es handelt "
              "sich also um rund 120 Soldaten im Irak.\n\nAuch in Afghanistan wird das Militärpersonal der Dänen "
              "aufgestockt, von 40 auf 70 Soldaten.")
    got = {(f.country_iso3, f.value, f.host_iso3) for f in extract_figures(german, ArticleInfo("t", date(2015, 5, 2)))}
    assert {("DNK", 120, "IRQ"), ("DNK", 40, "AFG"), ("DNK", 70, "AFG")} <= got


def test_a_country_word_used_as_a_person_s_surname_is_no_country():
    text = ("Lisbon plans to raise military spending.\n\nPortuguese Prime Minister Luís Montenegro has pledged to raise "
            "defense spending to 2% of GDP by 2029. Montenegro noted that the current military expenditure stands at "
            "approximately €4.186 billion.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2024, 7, 11)))}
    assert ("PRT", "defense_share_gdp_pct", 2) in got and ("PRT", "defense_budget", 4.186e9) in got
    assert not {g for g in got if g[0] == "MNE"}
    country = "Montenegro plans to raise defense spending to 2% of GDP by 2028."
    assert {(f.country_iso3, f.value) for f in extract_figures(country, ArticleInfo("t", date(2024, 7, 11)))} == {("MNE", 2)}


def test_regulars_a_total_broken_down_in_brackets_and_a_counterfactual_army():
    text = ("The government directed the RSLAF to raise the force to 8500 soldiers (7000 regulars and 1500 reserves) "
            "by the end of 2019. \u201cWe cannot meet our target of 7000 regulars by the end of this year,\u201d he said.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2019, 6, 28), title="Sierra Leone"))}
    assert ("SLE", "reserve_personnel", 1500) in got and ("SLE", "active_personnel", 7000) in got
    assert not {g for g in got if g[2] == 8500}
    counterfactual = ("If the big four of western Europe had armies in proportion to Greece's, then between them they "
                      "would have nearly four million troops under arms.")
    assert not extract_figures(counterfactual, ArticleInfo("t", date(2011, 7, 27)))


def test_a_budget_up_from_last_year_when_an_amount_was_allocated():
    text = "Kathmandu: The defence budget is up only slightly from last year when Rs 9.8 billion was allocated."
    got = {(f.country_iso3, f.metric, f.value, f.year)
           for f in extract_figures(text, ArticleInfo("t", date(2006, 7, 2), title="Nepal budget 2006-07: Defence"))}
    assert ("NPL", "defense_budget", 9.8e9, 2005) in got


def test_the_number_of_troops_on_a_mission_reaches_its_count_but_not_across_an_apposition_or_to_a_ceiling():
    text = ("Slovakia will increase the number of its troops on the mission in Kosovo to at least "
            "150. The upper limit of Slovak soldiers in Kosovo is set by a government decision, at 400.")
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in extract_figures(text, ArticleInfo("t", date(2023, 10, 2)))}
    assert ("SVK", "troops_deployed", 150, "XKX") in got
    assert not {g for g in got if g[2] == 400}
    island = "Turkey keeps 35,000 troops in the north of Cyprus, an island of about 1.3 million people."
    assert not {f.value for f in extract_figures(island, ArticleInfo("t", date(2024, 7, 20)))} & {1.3e6}


def test_troops_deployed_outside_their_country_and_an_allocation_for_the_defence_ministry():
    text = "In 2016, some 1,100 soldiers and staff were deployed outside Hungary, the deputy minister said."
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in extract_figures(text, ArticleInfo("t", date(2018, 1, 2)))}
    assert ("HUN", "troops_deployed", 1_100, "") in got
    budget = ("Budget 2021 revealed a S$15 billion allocation for the Defence Ministry, while the Home Affairs Ministry "
              "was granted S$7 billion.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(budget, ArticleInfo("t", date(2020, 11, 6)))}
    assert ("SGP", "defense_budget", 15e9) in got and not {g for g in got if g[2] == 7e9}


def test_troops_whose_number_will_decrease_to_a_count():
    text = ("Bulgaria is also going to deploy troops in 2014 for missions in Afghanistan, but their number will decrease "
            "to about 400 in the first half of the year, the minister said.")
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in extract_figures(text, ArticleInfo("t", date(2013, 9, 17)))}
    assert ("BGR", "troops_deployed", 400, "AFG") in got


def test_personnel_in_a_country_s_active_armed_forces_are_its_own():
    text = ("In 2009 there were some 290,000 personnel in Vietnam's active armed forces, and the military budget totaled "
            "US$2.4 billion, about the same military budget and force level as Thailand.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2010, 1, 2)))}
    assert {("VNM", "active_personnel", 290_000), ("VNM", "defense_budget", 2.4e9)} <= got
    assert not {g for g in got if g[0] == "THA"}


def test_a_country_a_ranking_puts_ahead_is_no_subject_of_the_next_sentences():
    text = ("Algerian army\n\nThe Algerian army was founded in 1962. It is the second largest armed force of Africa, behind "
            "Egypt. The human force available for military service is large. The armed forces have 130,000 military "
            "personnel on active duty.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2015, 1, 2)))}
    assert ("DZA", "active_personnel", 130_000) in got


def test_one_country_s_contribution_inside_a_joint_mission_is_its_own_deployment():
    text = ("The Cabinet approved the deployment as part of a joint Canada-Norway training mission in Iraq. The joint "
            "mission will number around 300 troops, including 110 Norwegian personnel already announced.")
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in extract_figures(text, ArticleInfo("t", date(2015, 3, 2)))}
    assert ("NOR", "troops_deployed", 110, "IRQ") in got
    one = "Canada has 300 troops in Iraq, including 110 Canadian special forces personnel."
    assert not {f.value for f in extract_figures(one, ArticleInfo("t", date(2015, 3, 2)))} & {110}


def test_a_headline_share_written_without_of():
    got = [(f.country_iso3, f.metric, f.value) for f in extract_figures(
        "Bulgaria Eyes 3% GDP Defense Budget Amid NATO Pressure\nBulgaria plans to raise its defense spending.",
        ArticleInfo("t", date(2025, 2, 28)))]
    assert ("BGR", "defense_share_gdp_pct", 3) in got


def test_leks_brunei_dollars_and_a_cut_after_a_revised_budget():
    text = ("Albania plans to spend 19.8 billion Albanian Leks on its Armed Forces this year. In 2010 a revised budget "
            "cut military spending by 4.1 billion Leks.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2012, 2, 28)))}
    assert {("ALB", "defense_budget", 19.8e9), ("ALB", "budget_change_amount", -4.1e9)} <= got
    brunei = ("BANDAR SERI BEGAWAN, March 10 -- Brunei's Ministry of Defence has proposed a budget of 601.2 million Brunei "
              "dollars for the 2020/2021 fiscal year.")
    got = {(f.country_iso3, f.metric, f.value, f.currency) for f in extract_figures(brunei, ArticleInfo("t", date(2020, 3, 10)))}
    assert ("BRN", "defense_budget", 601.2e6, "BND") in got


def test_the_ministry_of_defence_and_national_security_and_lesotho_s_loti():
    text = ("MASERU - The budget speech proposes a firm commitment to the security organs. The ministry of Defence and "
            "National Security is allocated M702.5 million in the 2024/2025 financial year.")
    got = {(f.country_iso3, f.metric, f.value, f.currency) for f in extract_figures(text, ArticleInfo("t", date(2024, 2, 25)))}
    assert ("LSO", "defense_budget", 702.5e6, "LSL") in got
    rifles = "The army bought 300 M16 rifles for the ministry of defence."
    assert not [f for f in extract_figures(rifles, ArticleInfo("t", date(2024, 2, 25))) if f.metric == "defense_budget"]


def test_moldovan_lei_an_estimate_made_by_another_country_and_what_the_armed_forces_cost_the_country():
    moldova = ("CHISINAU, October 8. Moldova's new military strategy calls for increasing defense spending.\n\nAccording to "
               "the government, 1,810.2 million lei, or 0.5% of the GDP, will be spent on defense next year.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(moldova, ArticleInfo("t", date(2025, 10, 8)))}
    assert ("MDA", "defense_budget", 1_810.2e6) in got and not {g for g in got if g[0] == "ROU"}
    sudan = ("Chad\nDefense Costs\nVarious estimates of defense expenditures have differed widely. The United States "
             "government agency estimated the defense budget at US$95 million.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(sudan, ArticleInfo("t", date(1990, 6, 1)))}
    assert ("TCD", "defense_budget", 95e6) in got
    malta = "With the Armed Forces costing this country more than Lm11 million a year, the public should know more."
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(malta, ArticleInfo("t", date(2000, 6, 1), title="Malta"))}
    assert ("MLT", "defense_budget", 11e6) in got


def test_mozambican_meticais_and_a_portuguese_budget_allocated_to_the_armed_forces():
    text = ("Contrariando a tendência dos últimos anos, o orçamento do sector da defesa vai cair. De acordo com o "
            "orçamento do Estado, o orçamento destinado às FADM (Forças Armadas de Defesa de Moçambique) deverá reduzir "
            "de 28.100,0 milhões de Meticais, em 2023, para 19.500,5 milhões de Meticais, em 2024.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2024, 3, 1)))}
    assert ("MOZ", "defense_budget", 28_100e6) in got


def test_an_infobox_label_glued_to_its_value_after_a_colon_but_a_clock_time_is_no_figure():
    text = ("Fuerzas Armadas de Honduras\n\nPersonal de Reserva:60,000\n\nLas Fuerzas Armadas de Honduras son las "
            "encargadas de la defensa de la soberanía del país y de la integridad de su territorio.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2015, 3, 1)))}
    assert ("HND", "reserve_personnel", 60_000) in got
    clock = "At 10:30 the Honduran army reported 500 soldiers on the border."
    assert not {f.value for f in extract_figures(clock, ArticleInfo("t", date(2015, 3, 1)))} & {30}


def test_a_strength_before_a_un_mission_s_force_is_the_mission_s():
    text = "Sierra Leone deployed a 78-strong troop serving in the 13,000-strong MINUSMA force in Mali."
    got = {(f.country_iso3, f.value) for f in extract_figures(text, ArticleInfo("t", date(2020, 1, 2)))}
    assert not {g for g in got if g[1] == 13_000}


def test_a_total_broken_down_into_those_who_are_active_and_in_reserve():
    text = ("In Central America, the power of Guatemala shows in its 95,000 military personnel, of whom 18,000 are "
            "active and 64,000 in the reserves, according to estimates.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2024, 3, 1)))}
    assert {("GTM", "active_personnel", 18_000), ("GTM", "reserve_personnel", 64_000)} <= got
    assert not {g for g in got if g[2] == 95_000}


def test_a_mission_that_now_has_its_personnel_and_a_strong_un_mission_are_the_missions_totals():
    text = ("An advance party of 140 Togolese soldiers arrived in Darfur. Today's arrival means UNAMID now has 14,200 "
            "military personnel deployed across the region. The battalion will join the 15,000-strong UN mission in Mali.")
    got = {(f.country_iso3, f.value) for f in extract_figures(text, ArticleInfo("t", date(2009, 8, 2)))}
    assert not {g for g in got if g[1] in (14_200, 15_000)}


def test_a_factbook_row_is_the_article_s_country_s_and_seychelles_rupees_and_a_level_that_is_n_percent_more():
    suriname = ("Military of Guyana\nThe national armed forces are small. Since the 1990s, the People's Republic of China "
                "has been donating military equipment to the Guyanese forces.\nMilitary branches: Army, Coast Guard\n"
                "Military expenditures - percent of GDP: 1,8% (FY 1998 estimate)")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(suriname, ArticleInfo("t", date(2003, 1, 2)))}
    assert ("GUY", "defense_share_gdp_pct", 1.8) in got and not {g for g in got if g[0] == "CHN"}
    seychelles = ("Seychelles: the Department of Defence has been over spending on its budget. In 2004, while its budget "
                  "allocation was SR 60,000,000 it actually spent SR 75,000,000 or 25% more.")
    got = {(f.country_iso3, f.metric, f.value, f.currency) for f in extract_figures(seychelles, ArticleInfo("t", date(2007, 8, 1)))}
    assert ("SYC", "defense_budget", 60e6, "SCR") in got and ("SYC", "defense_budget", 75e6, "SCR") in got
    assert not {g for g in got if g[1] == "budget_change_amount"}


def test_forces_comprised_of_a_count_but_not_a_force_supposed_to_be_comprised_of_one():
    text = "Military of Belize\nThe national armed forces are comprised of some 1,500 personnel."
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2010, 1, 2)))}
    assert ("BLZ", "active_personnel", 1_500) in got
    undof = ("There are currently 341 troops from the Philippines on the Golan Heights as part of UNDOF. The force is "
             "supposed to be comprised of about 1,000 troops.")
    assert not {f.value for f in extract_figures(undof, ArticleInfo("t", date(2013, 6, 2)))} & {1_000}


def test_a_rise_in_percent_or_in_money_and_portuguese_spending_on_defence():
    english = ("The Spanish Government foresees spending of 14,200 million euros on defence in 2026, which represents an "
               "increase of 10%, or 1,290 million euros, compared with the 12,910 million euros planned for this year.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(english, ArticleInfo("t", date(2025, 10, 9)))}
    assert {("ESP", "defense_budget", 14_200e6), ("ESP", "budget_change_pct", 10),
            ("ESP", "budget_change_amount", 1_290e6), ("ESP", "defense_budget", 12_910e6)} <= got
    portuguese = ("O Governo português prevê uma despesa de 3.500,5 milhões de euros com a Defesa Nacional em 2026, o que "
                  "representa um aumento de 20%, ou 583 milhões de euros, face aos 2.917,5 milhões de euros previstos no "
                  "Orçamento para este ano.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(portuguese, ArticleInfo("t", date(2025, 10, 9)))}
    assert {("PRT", "defense_budget", 3_500.5e6), ("PRT", "budget_change_amount", 583e6)} <= got


def test_french_budget_raised_from_one_amount_to_another_is_no_range():
    text = ("Le Sénégal doit renforcer son armée, a-t-il indiqué. Il propose que le budget de la défense de l'exercice "
            "2022 soit porté de 250 milliards de FCFA à 300 milliards de FCFA. Dans la loi des finances 2021, le budget de "
            "la défense était porté à un peu plus de 240 milliards de FCFA.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2022, 1, 2)))}
    assert {("SEN", "defense_budget", 250e9), ("SEN", "defense_budget", 240e9)} <= got
    assert not {g for g in got if g[2] == 275e9}


def test_a_german_infobox_of_active_soldiers_military_budget_and_share_of_gdp():
    text = ("Guyana Defence Force\nDie Guyana Defence Force (GDF) bilden das Militär von Guyana. Sie bestehen aus 3.500 "
            "Berufssoldaten und Freiwilligen, sowie aus 1.000 Reservisten.\nMilitärische Stärke | |||\n"
            "Aktive Soldaten: | 3.500 (2021) | ||\nBudget | |||\nMilitärbudget: | $ 240,5 Mio. (2021) | ||\n"
            "Anteil am BIP: | 1,4 % (2021) | ||\nDie GDF wird von einem Brigadegeneral geführt und ist für die "
            "Verteidigung des Landes und die Sicherheit an der Grenze zuständig, die in den letzten Jahren immer wieder "
            "bedroht war.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2024, 6, 1)))}
    assert {("GUY", "active_personnel", 3_500), ("GUY", "defense_budget", 240.5e6), ("GUY", "defense_share_gdp_pct", 1.4)} <= got


def test_the_land_element_of_a_unified_force_is_one_service():
    text = ("THE BELIZE DEFENCE FORCE has been Belize's primary defense service. In 1991 the BDF, with a total active "
            "strength of only 1,200, was a unified service divided into land, sea, and air elements. The land element "
            "was by far the largest of the three with approximately 900 personnel. The air element counted 100 personnel.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(1992, 1, 2)))}
    assert ("BLZ", "active_personnel", 1_200) in got and not {g for g in got if g[2] in (900, 100)}


def test_a_defence_force_which_was_allotted_an_amount():
    text = ("Of the ministry's total, funds were disbursed to the following agency: The Barbados Defence Force which "
            "was allotted $41,250,300;")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2018, 1, 2)))}
    assert ("BRB", "defense_budget", 41_250_300) in got


def test_a_mission_into_a_country_consisting_of_its_soldiers_is_the_whole_deployment():
    text = "A Finnish battalion will guard the border for the next six months: the first ground mission into Estonia, consisting of 450 soldiers."
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in extract_figures(text, ArticleInfo("t", date(2025, 1, 18)))}
    assert ("FIN", "troops_deployed", 450, "EST") in got


def test_peruvian_soles_and_a_programme_budget_is_a_line():
    text = ("El proyecto del Presupuesto del Sector Público para el Año Fiscal 2021 plantea asignar S/ 5,800 millones para "
            "la Defensa Nacional del Perú. La mejora de las capacidades militares es un programa cuyo presupuesto "
            "asciende a S/ 4,900 millones, de acuerdo con el documento enviado al Congreso.")
    got = {(f.country_iso3, f.metric, f.value, f.currency) for f in extract_figures(text, ArticleInfo("t", date(2020, 8, 2)))}
    assert ("PER", "defense_budget", 5_800e6, "PEN") in got
    assert not {g for g in got if g[2] == 4_900e6}


def test_money_allocated_under_the_budget_in_a_sentence_about_the_defence_ministry():
    text = ("KUALA LUMPUR, Oct 19 -- The Ministry of Defence will prioritise four key areas with the RM22.5 billion "
            "allocated under the 2026 Budget.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2025, 10, 19)))}
    assert ("MYS", "defense_budget", 22.5e9) in got
    health = "KUALA LUMPUR -- The health ministry will prioritise four areas with the RM45 billion allocated under the 2026 Budget."
    assert not extract_figures(health, ArticleInfo("t", date(2025, 10, 19)))


def test_soldiers_a_government_can_account_for_or_has_registered_under_its_army():
    text = ("The prime minister said the government can account for 9,870 soldiers who received salaries. \u201cThe "
            "government have registered 9,870 soldiers under the Malian army,\u201d the PM said.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2019, 3, 2), title="Mali"))}
    assert ("MLI", "active_personnel", 9_870) in got


def test_less_to_spend_a_budget_strengthened_by_an_additional_amount_each_year():
    saudi = ("Oman will cut military spending for a second year in 2019. Its armed forces will have 9 percent less to spend "
             "next year, after getting allocated a budget of OMR 3 billion.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(saudi, ArticleInfo("t", date(2018, 12, 18)))}
    assert ("OMN", "budget_change_pct", -9) in got
    sweden = ("Press release from the Ministry of Defence. The budget of the Danish Armed Forces will be strengthened by an "
              "additional 1.9 billion kroner annually for the years 2018-2020.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(sweden, ArticleInfo("t", date(2017, 8, 2)))}
    assert ("DNK", "budget_change_amount", 1.9e9) in got


def test_a_country_that_has_un_peace_keepers_somewhere_has_its_own_contribution():
    text = "Nepal, at present, also has 900 UN peace keepers based in Lebanon, the spokesman said."
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in extract_figures(text, ArticleInfo("t", date(2023, 9, 3)))}
    assert ("NPL", "troops_deployed", 900, "LBN") in got
    un = "The UN has 10,000 UN peacekeepers based in Lebanon."
    assert not extract_figures(un, ArticleInfo("t", date(2023, 9, 3)))


def test_a_cabinet_s_approval_of_an_increase_is_no_approval_rating():
    text = "The cabinet's approval of a 15% increase in the military budget marks a departure for Taiwan."
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2022, 12, 2)))}
    assert ("TWN", "budget_change_pct", 15) in got
    poll = "The minister's approval rating fell 15% after the military budget debate in Taiwan."
    assert not [f for f in extract_figures(poll, ArticleInfo("t", date(2022, 12, 2))) if f.metric == "budget_change_pct"]
