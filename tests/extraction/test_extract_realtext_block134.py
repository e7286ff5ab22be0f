"""Real-text classes met after the hundred-and-thirty-third sealed set (the project's own sentences, never the sets'
passages)."""

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures
from tests.extraction.realtext import got, rows


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


def test_troops_sent_to_a_place_with_an_adjective_or_a_second_count_between():
    found = rows("Ghana plans to send more than 850 troops to eastern Congo to join the UN force there.", date(2020, 3, 1))
    assert ("GHA", "troops_deployed", 850.0, "COD") in {f[:4] for f in found}
    found = rows("Senegal is dispatching 250 soldiers and 60 gendarmes to troubled Guinea Bissau after the coup.", date(2012, 5, 1))
    assert ("SEN", "troops_deployed", 250.0, "GNB") in {f[:4] for f in found}
    found = rows("Togo will send 180 military personnel of the Togolese Armed Forces to the UN mission in Mali.", date(2013, 7, 1))
    assert ("TGO", "troops_deployed", 180.0, "MLI") in {f[:4] for f in found}


def test_peacekeepers_sent_go_to_the_mission_the_text_names_before():
    text = ("Mongolia will send peacekeepers to South Sudan, the ministry said.\n\nMongolia is to send a total of 850 "
            "peacekeepers under the plan.")
    assert ("MNG", "troops_deployed", 850.0, "SSD") in {f[:4] for f in rows(text, date(2019, 2, 1))}
    assert not {f for f in got("Mongolia is to send 200 more peacekeepers to South Sudan.", date(2019, 2, 1))
                if f[1] == "troops_deployed"}


def test_unhyphenated_guinea_bissau_and_timor_leste_are_their_countries():
    assert ("PRT", "troops_deployed", 40.0, "TLS") in {f[:4] for f in rows("Portugal deployed 40 soldiers to Timor Leste.", date(2006, 6, 1))}
    assert ("NGA", "troops_deployed", 90.0, "GNB") in {f[:4] for f in rows("Nigeria sent 90 soldiers to Guinea Bissau.", date(2012, 6, 1))}


def test_people_who_joined_the_reserves_are_an_intake_not_a_strength():
    text = "Slovenia's reserve is growing. Last year 640 persons joined the contract reserves, the ministry said."
    assert not {f for f in got(text, date(2019, 3, 1)) if f[2] == 640.0}
    assert ("SVN", "reserve_personnel", 1500.0) in got("Slovenia has 1,500 reservists.", date(2019, 3, 1))


def test_peacekeepers_of_several_countries_are_a_multinational_total():
    text = "In the sector led by Spain serve 3,100 peacekeepers of 16 of the 40 contributing countries, Spanish officers said."
    assert not {f for f in got(text, date(2022, 5, 1)) if f[1] == "troops_deployed"}
    text = "Morocco contributes 760 Moroccan peacekeepers as part of the United Nations mission in the Central African Republic."
    assert ("MAR", "troops_deployed", 760.0) in got(text, date(2022, 5, 1))


def test_the_state_total_budget_is_not_the_defence_budget():
    text = ("The Japanese defence ministry has requested a record 6.1 trillion yen. If Japan's total budget for fiscal 2024 exceeds "
            "114 trillion yen, it will be a record too.")
    found = got(text, date(2023, 8, 31))
    assert ("JPN", "defense_budget", 6.1e12) in found
    assert not {f for f in found if f[2] == 114e12}
    text = "This will take Defence's total budget to Sh180 billion from the earlier Sh170 billion."
    assert ("KEN", "defense_budget", 180e9) in got(text + " Kenya's army will get more.", date(2020, 5, 1))


def test_troops_a_country_has_so_far_contributed_are_a_running_total():
    text = "Pakistan has so far contributed 150,000 troops to UN missions around the world."
    assert not {f for f in got(text, date(2020, 5, 29)) if f[2] == 150000.0}
    text = "Bangladesh now has 6,000 peacekeepers deployed in UN missions around the world."
    assert ("BGD", "troops_deployed", 6000.0) in got(text, date(2020, 5, 29))


def test_a_ships_crew_or_a_delegation_so_many_strong_is_no_force():
    text = "The 90-strong crew of the Nigerian frigate, now based in France, will train there for a month."
    assert not {f for f in got(text, date(2021, 4, 1)) if f[2] == 90.0}
    text = "A 400-strong Nigerian battalion is deployed in Mali."
    assert ("NGA", "troops_deployed", 400.0) in got(text, date(2021, 4, 1))


def test_a_change_of_the_money_allotted_to_personnel_is_a_components():
    text = ("Tunisia's defence budget will reach 3.9 billion dinars. The envelope allocated to personnel will reach 2.8 "
            "billion dinars, up 0.3 billion dinars on last year.")
    found = got(text, date(2024, 11, 1))
    assert ("TUN", "defense_budget", 3.9e9) in found
    assert not {f for f in found if f[2] in (2.8e9, 0.3e9)}


def test_the_defence_body_of_a_respectively_pair_gets_its_amount():
    text = ("JAKARTA: The Home Ministry (Kemendagri) and the Defence Ministry (Kemhan) have been allocated Rp5 trillion "
            "and Rp139 trillion respectively, Indonesia's finance minister said.")
    found = got(text, date(2024, 8, 16))
    assert ("IDN", "defense_budget", 139e12) in found
    assert not {f for f in found if f[2] == 5e12}


def test_an_allocation_that_would_prioritise_a_purpose_is_a_component():
    text = ("Thailand's defence ministry gets 200 billion baht. An allocation of almost 40 billion baht would prioritise "
            "maintaining and procuring assets of the armed forces, the minister said.")
    found = got(text, date(2023, 3, 1))
    assert ("THA", "defense_budget", 200e9) in found
    assert not {f for f in found if f[2] == 40e9}


def test_a_mission_total_of_which_one_country_provides_a_part():
    text = "MINUSMA has more than 13,000 troops, of which 1,100 are provided by Chad."
    found = rows(text, date(2019, 6, 1))
    assert ("TCD", "troops_deployed", 1100.0, "MLI") in {f[:4] for f in found}
    assert not {f for f in found if f[2] == 13000.0}


def test_the_military_alliance_of_an_article_that_names_nato_is_nato():
    text = ("Portugal spends 1.5% of GDP on defence and trails its NATO commitments. The military alliance requires "
            "2 percent of GDP from the allies.")
    found = got(text, date(2023, 10, 1))
    assert ("NATO", "defense_share_gdp_pct", 2.0) in found and ("PRT", "defense_share_gdp_pct", 2.0) not in found
    text = ("Portugal joined NATO in 1949. As a founding member of the Western alliance, the country has 24,000 troops "
            "in its armed forces.")
    assert ("PRT", "active_personnel", 24000.0) in got(text, date(2023, 10, 1))


def test_quetzales_and_emalangeni_written_before_the_figure_are_money():
    assert ("GTM", "defense_budget", 1.5e9) in got("Guatemala's defence budget for 2003 is Q1,500 million.", date(2003, 1, 10))
    found = got("Eswatini's Ministry of Defence has been allocated E950 million, up E80 million.", date(2015, 3, 1))
    assert ("SWZ", "defense_budget", 950e6) in found and ("SWZ", "budget_change_amount", 80e6) in found
    assert not {f for f in got("In Q3 2024 Guatemala's army bought 12 trucks.", date(2024, 10, 1)) if f[1] == "defense_budget"}


def test_other_bodies_after_respectively_and_the_budget_a_part_comes_from():
    text = ("Lesotho's defence ministry was allocated M900 million. Government set aside M700 million and M300 million, "
            "respectively for the Lesotho Mounted Police and the Correctional Services department. Overall, government will "
            "spend M1.9 billion on the security forces from a budget of about M20 billion.")
    found = got(text, date(2016, 3, 1))
    assert not {f for f in found if f[2] in (700e6, 300e6, 20e9)}


def test_an_amount_assigned_during_a_presidency_is_a_multi_year_total():
    text = ("During the administration of former president Calderon, Mexico's Defence Ministry was allocated a budget of "
            "90 billion pesos, the finance ministry said.")
    assert not {f for f in got(text, date(2010, 1, 1)) if f[1] == "defense_budget"}


def test_troops_expected_to_leave_for_a_mission_are_its_deployment():
    text = ("The army held a farewell service for 250 soldiers who are expected to leave for South Sudan soon to join the "
            "UN mission there.")
    assert ("RWA", "troops_deployed", 250.0, "SSD") in {f[:4] for f in rows("Rwanda. " + text, date(2016, 7, 1))}
    text = "Rwanda says 250 soldiers will leave South Sudan next month."
    assert not {f for f in got(text, date(2016, 7, 1)) if f[1] == "troops_deployed"}


def test_a_four_digit_count_of_people_is_no_year():
    text = "That leaves a net loss of 1899 soldiers and an actual strength of 140,000 soldiers in Chile's armed forces."
    found = rows(text, date(2013, 5, 1))
    assert ("CHL", "active_personnel", 140000.0, "", 2013) in found
    text = "While in 2001 the troops were 56,000, Chile's army has grown since."
    assert not {f for f in rows(text, date(2004, 1, 1)) if f[2] == 2001.0}


def test_a_group_spending_past_a_mark_is_no_countrys_share():
    text = ("The candidate said he would not defend NATO members spending less than two percent of GDP on defence. Latvia, "
            "Lithuania, Estonia and, to an extent, Finland could count on support, as they have allocated more than two "
            "percent of GDP to their military.")
    assert not {f for f in got(text, date(2024, 3, 1)) if f[1] == "defense_share_gdp_pct"}
    assert ("LVA", "defense_share_gdp_pct", 2.4) in got("Latvia has allocated 2.4 percent of GDP to its military.", date(2024, 3, 1))


def test_officers_counted_since_a_country_first_took_part_are_a_running_total():
    text = ("Mongolia sent peacekeepers to South Sudan. The team is among nearly 900 officers performing UN peacekeeping "
            "missions since Mongolia participated in the missions in 2002.")
    assert not {f for f in got(text, date(2019, 1, 1)) if f[2] == 900.0}


def test_a_share_of_the_budget_compared_stays_a_share_of_the_budget():
    text = ("Greece spent 3.1% of GDP on defence in 2024. In 2024, 30% of Greece's defence budget went to equipment, "
            "compared to only 2% in 2014.")
    found = got(text, date(2025, 3, 1))
    assert ("GRC", "defense_share_gdp_pct", 3.1) in found
    assert not {f for f in found if f[2] in (30.0, 2.0)}


def test_a_share_of_gdp_never_exceeded_is_a_ceiling():
    text = "Since 1976 Japan's defence spending has not exceeded one percent of GDP, the paper notes."
    assert not {f for f in got(text, date(2015, 1, 1)) if f[1] == "defense_share_gdp_pct"}


def test_the_troops_a_force_will_be_able_to_operate_with_are_a_capacity():
    text = ("Bulgaria will send 100 more troops to Afghanistan. In 2010, the Bulgarian Army will be able to operate in "
            "missions abroad with 1,800 soldiers.")
    assert not {f for f in got(text, date(2009, 11, 1)) if f[2] == 1800.0}


def test_a_relative_clause_yields_to_a_new_subject_and_a_place_that_acts():
    text = ("Malta trails. Yet all spent more than Malta except for Cyprus, which devoted just 1.5% of its GDP to defence in "
            "2019. In comparison, Latvia, which borders Russia, spent 2.0% of its GDP on defence in 2019 and Bulgaria, "
            "long a laggard, spent 1.6%, the agency found.")
    found = got(text, date(2021, 8, 27))
    assert ("CYP", "defense_share_gdp_pct", 1.5) in found and ("MLT", "defense_share_gdp_pct", 1.5) not in found
    assert ("BGR", "defense_share_gdp_pct", 1.6) in found and ("LVA", "defense_share_gdp_pct", 1.6) not in found


def test_a_percent_the_size_of_the_economy_is_a_share_of_gdp():
    text = "Belgium spent an amount only 1.1% the size of its economy on defence in 2019, Eurostat said."
    assert ("BEL", "defense_share_gdp_pct", 1.1) in got(text, date(2021, 8, 27))


def test_a_country_named_as_a_colonial_occupier_is_no_actor():
    text = ("The army succeeds the liberation army, which fought French colonial occupation until 1962.\n\nThe army "
            "consists of 40,000 soldiers, with some 20,000 reservists.")
    found = got("Tunisia's military. " + text, date(2010, 1, 1))
    assert not {f for f in found if f[0] == "FRA"}


def test_an_infobox_amount_row_without_a_separator_is_the_budget():
    text = ("Military of Chad\nMilitary expenditures\nAmount $0.5 billion (2008)\nPercent of GDP 2.1% (2008)")
    found = got(text, date(2010, 1, 1))
    assert ("TCD", "defense_budget", 0.5e9) in found and ("TCD", "defense_share_gdp_pct", 2.1) in found


def test_special_defence_projects_are_a_component():
    text = ("According to the draft law on amendments to Armenia's 2023 State Budget, AMD 50.0 bln are planned to increase "
            "the country's defense capability. After the increase, the expenses on special defense projects and measures "
            "will amount to AMD 90.0 bln.")
    assert not {f for f in got(text, date(2023, 7, 1)) if f[1] == "defense_budget"}


def test_soldiers_of_a_named_force_belong_to_its_country():
    text = ("Units are stationed between Syria and Israel and in Kosovo. On 1 April 150 soldiers of the Austrian armed "
            "forces arrived in northern Kosovo.")
    assert ("AUT", "troops_deployed", 150.0, "XKX") in {f[:4] for f in rows(text, date(2012, 4, 1))}


def test_a_quantity_in_tonnes_or_kilometres_is_never_a_figure():
    text = "Serbia's army cut surplus ammunition in its military storages from 11.000 tonnes to 2.112 tonnes."
    assert not got(text, date(2017, 6, 1))


def test_an_amount_away_from_a_target_is_a_gap_not_spending():
    text = "This year, Denmark is set to spend 1.43 per cent of GDP on defence, which is DKK 20 billion away from the NATO target."
    found = got(text, date(2023, 3, 1))
    assert ("DNK", "defense_share_gdp_pct", 1.43) in found and not {f for f in found if f[1] == "defense_budget"}


def test_an_amount_allocated_for_another_named_body_is_not_defences():
    text = ("The highest allocation, Rs. 400 billion, is for the defence ministry of Sri Lanka. Rs. 14 billion has been "
            "allocated for the President and Rs. 2 billion for the Prime Minister.")
    found = got(text, date(2019, 2, 5))
    assert not {f for f in found if f[2] in (14e9, 2e9)}
    text = "Regarding military spending next year, SDG 12 billion has been allocated to the Ministry of Defence of Sudan."
    assert ("SDN", "defense_budget", 12e9) in got(text, date(2016, 12, 1))


def test_troops_a_force_transported_are_not_its_own():
    text = "In Congo, Ukrainian helicopter crews have transported over 80,000 troops."
    assert not {f for f in got(text, date(2019, 5, 29)) if f[2] == 80000.0}


def test_money_for_the_questions_of_defence_is_the_defence_budget():
    text = ("Mis à rude épreuve par la lutte contre Boko Haram, le Tchad a renforcé ses dépenses militaires ces dernières "
            "années. Le Tchad prévoit de dépenser 250 milliards FCFA pour les questions de défense et de sécurité en 2022. "
            "Cette enveloppe représente 12% du budget total, selon la loi de finances de cette année.")
    assert ("TCD", "defense_budget", 250e9) in got(text, date(2022, 1, 17))


def test_shares_in_a_comparison_belong_to_the_country_after_in():
    text = ("Defense spending: one percent of GDP (2005 estimate, compared to 5.62 percent in Israel, 3.2 percent in the "
            "United States). Armed forces personnel: 2.4 percent of the total labor force (compared to 9 percent in North "
            "Korea and .8 percent in the United States).")
    found = got("Military of Nepal\n" + text, date(2010, 1, 1))
    assert ("ISR", "defense_share_gdp_pct", 5.62) in found and ("NPL", "defense_share_gdp_pct", 5.62) not in found
    assert not {f for f in found if f[2] in (9.0, 0.8, 2.4)}


def test_an_urgent_allocation_from_an_emergency_fund_is_beside_the_budget():
    text = "The Cabinet approved an urgent allocation of 900 million baht for the armed forces of Thailand on Wednesday."
    assert not {f for f in got(text, date(2025, 10, 1)) if f[1] == "defense_budget"}


def test_a_vessel_purchase_as_a_share_of_gdp_is_no_defence_share():
    text = ("The Bahamas Defence Force plans new patrol boats. The projected direct capital expense for purchasing the "
            "vessels represents 1.3 per cent of the country's current GDP, the minister said.")
    assert not {f for f in got(text, date(2008, 1, 1)) if f[1] == "defense_share_gdp_pct"}


def test_the_tax_collectors_target_is_no_defence_budget():
    text = ("The defence ministry gets more money in Kenya's budget. The tax collector will be expected to raise Sh1.5 "
            "trillion in the next financial year, up from Sh1.2 trillion.")
    assert not {f for f in got(text, date(2015, 6, 1)) if f[2] in (1.5e12, 1.2e12)}


def test_annual_call_ups_of_reservists_are_no_reserve():
    text = "Greece's reserve will grow, with annual call-ups of 40,000 reservists over three years."
    assert not {f for f in got(text, date(2025, 4, 1)) if f[2] == 40000.0}


def test_a_city_in_a_bracketed_citation_is_no_owner():
    text = ("Eritrea's national service is compulsory. According to The Military Balance [International Institute for "
            "Strategic Studies, London, p. 445], the estimated 200,000 active members of the armed forces are conscripts.")
    found = got(text, date(2016, 1, 1))
    assert ("ERI", "active_personnel", 200000.0) in found and not {f for f in found if f[0] == "GBR"}


def test_the_groups_of_a_unit_counted_whole_are_its_parts():
    text = ("The Indonesian contingent for the UN mission in Lebanon departed today. The 220-strong detachment of 20 "
            "officers and 200 personnel is led by a lieutenant colonel.")
    found = rows(text, date(2023, 5, 1))
    assert ("IDN", "troops_deployed", 220.0, "LBN") in {f[:4] for f in found}
    assert not {f for f in found if f[2] == 200.0}


def test_a_mandated_cap_and_a_planeload_are_no_deployment():
    text = ("As part of the decision to extend the New Zealand Defence Force deployment to Iraq, the mandated personnel "
            "numbers were reduced to up to 121 personnel. A Boeing-737 plane with 98 Ukrainian peacekeepers on board flew "
            "this morning from Kyiv to Pristina in Kosovo.")
    found = got(text, date(2019, 4, 1))
    assert not {f for f in found if f[2] in (121.0, 98.0)}


def test_a_missions_own_growth_is_the_missions():
    text = "Spanish troops will join the UN force in Lebanon, where the UNIFIL will be increased from 2,000 to 15,000 troops."
    assert not {f for f in got(text, date(2006, 8, 20)) if f[2] in (2000.0, 15000.0)}


def test_soldiers_who_entered_a_country_are_deployed_there():
    text = "Twelve years ago an estimated 180,000 Vietnamese soldiers entered Cambodia to oust the Khmer Rouge."
    found = {f[:4] for f in rows(text, date(1990, 4, 1))}
    assert ("VNM", "troops_deployed", 180000.0, "KHM") in found and ("VNM", "active_personnel", 180000.0, "") not in found


def test_the_budgets_of_a_security_ministry_and_an_intelligence_agency_are_not_defences():
    text = ("Le ministre de la Défense a admis que le Mali traverse des moments difficiles face aux attaques terroristes, "
            "et il croit que le peuple sortira victorieux de cette guerre.\n-Le budget accordé au ministère de la Sécurité "
            "est passé de 60 milliards de FCFA en 2015 à 120 milliards de FCFA en 2021.\n-Le budget accordé au ministère de "
            "la Défense est passé de 90 milliards de FCFA en 2016 à 280 milliards de FCFA en 2021.\n-Le budget de l'Agence "
            "nationale de renseignement est passé de 1 milliard de FCFA en 2016 à 8 milliards de FCFA en 2021.")
    found = got(text, date(2021, 11, 1))
    assert ("MLI", "defense_budget", 280e9) in found
    assert not {f for f in found if f[2] in (60e9, 120e9, 1e9, 8e9)}


def test_money_to_finance_special_projects_is_a_component_and_a_deficit_share_no_defence_share():
    text = ("According to the draft law on the execution of the state budget, Azerbaijan spent 400.0 million manats to "
            "finance special defense projects from the reserve fund of the President in 2022.")
    assert not {f for f in got(text, date(2023, 5, 24)) if f[1] == "defense_budget"}
    text = ("Angola prevê gastar no próximo ano mil milhões de kwanzas na Defesa, segundo a proposta de Orçamento Geral do "
            "Estado. O documento prevê, globalmente, um défice nas contas públicas de 7,6% do Produto Interno Bruto (PIB) "
            "no próximo ano e um crescimento da economia nacional de 9,7%.")
    assert not {f for f in got(text, date(2014, 11, 1)) if f[1] == "defense_share_gdp_pct"}


def test_a_pledge_to_a_standby_force_is_no_deployment():
    text = ("The government extended the deployment of up to 40 Latvian troops to the NATO Response Force (NRF) and up to "
            "20 personnel to the UK-led JEF, and of 150 soldiers to Iraq.")
    found = {f[:4] for f in rows(text, date(2019, 12, 1))}
    assert ("LVA", "troops_deployed", 150.0, "IRQ") in found
    assert not {f for f in found if f[2] in (40.0, 20.0)}


def test_countries_that_supply_hardware_are_not_the_pronouns_antecedent():
    text = ("The Jordanian army has some 35,000 reservists. Its hardware is supplied primarily by Britain, France and the "
            "United States. It has 90,000 soldiers in two armoured divisions.")
    found = got(text, date(1999, 2, 8))
    assert not {f for f in found if f[0] in ("GBR", "FRA", "USA")}


def test_a_dollar_budget_over_two_trillion_is_a_misread_figure():
    text = "The FY 2023 budget of the Armed Forces of Liberia is US$16,361,844m, the finance ministry said."
    assert not {f for f in got(text, date(2023, 3, 1)) if f[1] == "defense_budget"}


def test_the_budget_bill_a_president_submitted_is_the_states():
    text = ("A lawmaker said the draft budget pays special attention to the defense budget. President Rouhani earlier this "
            "month submitted to the Majlis his proposed budget of 3,000 trillion rials.")
    assert not {f for f in got(text, date(2018, 1, 5)) if f[1] == "defense_budget"}


def test_troops_sent_over_a_period_or_since_a_year_are_a_running_total():
    text = "The total number of Japanese troops sent to South Sudan for the UN mission has reached some 3,500 over the five-year-plus period."
    assert not {f for f in got(text, date(2017, 3, 10)) if f[2] == 3500.0}
    text = "Since 1995, the Latvian Armed Forces have shown this commitment by deploying over 1,300 servicemen on missions to the Balkans."
    assert not {f for f in got(text, date(2004, 2, 6)) if f[2] == 1300.0}


def test_a_missions_strength_in_a_relative_clause_or_a_blocs_decision_is_multinational():
    text = ("Déployée au Mali en juillet 2013, la Minusma, qui compte environ 12.000 militaires et policiers, est "
            "actuellement la mission de maintien de la paix de l'ONU la plus coûteuse en vies humaines. Le Sénégal a "
            "déployé un bataillon de 850 hommes.")
    found = got(text, date(2019, 1, 21))
    assert not {f for f in found if f[2] == 12000.0}
    text = ("The leaders of West Africa agreed at an extraordinary session of ECOWAS held in Abuja, Nigeria, agreed in late "
            "2012 to deploy about 3,300 soldiers to the north of Mali.")
    assert not {f for f in got(text, date(2013, 1, 10)) if f[2] == 3300.0}
    text = "Last week, Botswana approved the deployment of 200 soldiers to Lesotho as part of the SADC standby force set to consist of 1 000 troops."
    found = got(text, date(2017, 11, 1))
    assert ("BWA", "troops_deployed", 200.0) in found and not {f for f in found if f[2] == 1000.0}


def test_a_cut_after_year_on_year_is_a_decrease():
    text = "The 2019 budget for the Ministry of Defence of Malaysia was MYR13.91 billion and a 10% year-on-year cut."
    assert ("MYS", "budget_change_pct", -10.0) in got(text, date(2019, 6, 1))


def test_a_country_that_funds_or_trains_is_no_host():
    text = "With U.S. funding and training, the Mongolian government built a peacekeeping force of 850 troops last year."
    assert not {f for f in rows(text, date(2005, 10, 1)) if f[3] == "USA"}


def test_armoured_personnel_carriers_and_troops_on_standby_are_no_deployment():
    text = ("The battalion will move to East Timor. The 21 Armoured Personnel Carriers that left Wellington arrive in Darwin "
            "today. At least 45 other soldiers and policemen are on stand-by, waiting for their deployment to East Timor.")
    assert not {f for f in got(text, date(1999, 10, 10)) if f[2] in (21.0, 45.0)}


def test_a_unit_defined_and_a_bases_capacity_are_no_deployment():
    text = ("Namibia's troops left for the parade in Lusaka, Zambia. A brigade can be a minimum of 1 500 and up to 3 200 "
            "soldiers. Turkey is building a base in Qatar that will eventually host up to 5,000 troops.")
    assert not {f for f in got(text, date(2008, 8, 10)) if f[2] in (1500.0, 3200.0, 5000.0)}


def test_equipment_origins_listed_with_commas_are_no_owner():
    text = ("Peru's armed forces have 80,000 men. The material is semi-modern. Soviet, American and French origin.\n\n"
            "Defense costs fell from 4.5% to 1.4% of GDP in 1985-2005.")
    found = got(text, date(2008, 1, 1))
    assert not {f for f in found if f[0] in ("RUS", "USA", "FRA")}
    assert ("PER", "defense_share_gdp_pct", 1.4) in found


def test_troops_contributed_to_date_and_a_groups_average_share():
    text = "Bangladesh has contributed more than 150,000 troops to-date in 50 missions spread over 40 countries."
    assert not {f for f in got(text, date(2015, 5, 29)) if f[2] == 150000.0}
    text = ("Vietnam's defence ministry asks for more. The average budget of our ASEAN neighbors is 1.8 percent of their "
            "gross domestic product, the official said.")
    assert not {f for f in got(text, date(2018, 9, 1)) if f[1] == "defense_share_gdp_pct"}


def test_a_missions_level_raised_from_n_to_m_is_the_missions():
    text = ("Kenyan troops joined AMISOM in Somalia. The council endorses the increase of the level of UN-supported AMISOM "
            "uniformed personnel from 12 000 to 17 731, including the re-hatted Kenyan troops.")
    assert not {f for f in got(text, date(2012, 6, 1)) if f[2] in (12000.0, 17731.0)}


def test_the_grand_duchy_and_the_alliance_as_a_source():
    text = ("More than 80% of people in Luxembourg would choose to remain a NATO member if they were given a say, the "
            "report stated. The overall support across all member countries increased this year.\n\nAt the same time, the "
            "Grand Duchy spends just 0.62% of its economy on defence, the lowest across all NATO members, the military "
            "alliance said.")
    found = got(text, date(2023, 3, 21))
    assert ("LUX", "defense_share_gdp_pct", 0.62) in found and ("NATO", "defense_share_gdp_pct", 0.62) not in found


def test_forces_counted_with_the_interior_ministry_and_an_au_forces_size_are_not_the_armys():
    text = ("An official said the forces of the Islamic Emirate of Afghanistan, including the Ministry of Defense, National "
            "Security, and Interior, amount to more than 300,000.")
    assert not {f for f in got(text, date(2023, 8, 20)) if f[2] == 300000.0}
    text = ("Burundi's second battalion is ready to go. The African Union peace-keeping force in Somalia will ultimately "
            "number around 8,000 soldiers.")
    assert not {f for f in got(text, date(2008, 1, 1)) if f[2] == 8000.0}


def test_people_asking_to_be_discharged_and_the_ministers_office_budget():
    text = "Croatia's Armed Forces employ 27,064 active military personnel, with 4,100 of them requesting to be discharged."
    found = got(text, date(2003, 1, 1))
    assert ("HRV", "active_personnel", 27064.0) in found and not {f for f in found if f[2] == 4100.0}
    text = ("Eswatini's defence spending rose again. The Defence minister's office has been allocated a budget of E81 "
            "million, up from E6.6 million.")
    assert not {f for f in got(text, date(2009, 3, 1)) if f[2] == 81e6}


def test_all_members_pledging_their_spending_share_is_natos_target():
    text = ("Under the 2014 plan, Portugal and all other NATO members pledged to increase their defence spending to 2% of "
            "GDP. Portugal spends 1.5% of GDP on defence.")
    found = got(text, date(2022, 3, 28))
    assert ("NATO", "defense_share_gdp_pct", 2.0) in found and ("PRT", "defense_share_gdp_pct", 2.0) not in found
    text = "Norway is aiming to reach NATO's target of raising its defence spending to 2% of GDP."
    assert ("NOR", "defense_share_gdp_pct", 2.0) in got(text, date(2022, 3, 28))


def test_troops_an_interior_ministry_had_are_no_army():
    text = ("Tajikistan's forces are small. Police authority is divided between the Committee for National Security and the "
            "Ministry of Internal Affairs, which had 1,500 troops in 1993.")
    assert not {f for f in got(text, date(1996, 3, 1)) if f[2] == 1500.0}


def test_a_count_on_active_duty_and_a_country_the_conflict_is_over():
    text = "Most estimates suggest that as of 2009 Eritrea employed some 300,000 on active duty."
    assert ("ERI", "active_personnel", 300000.0) in got(text, date(2015, 1, 1))
    text = ("It was increased further due to the conflict over Western Sahara and by 1999 the number of the Moroccan FAR "
            "was at 198,500 on active duty.")
    found = got(text, date(2005, 1, 1))
    assert not {f for f in found if f[0] == "ESH"}


def test_people_taking_part_in_missions_abroad_are_deployed_with_no_single_host():
    text = ("So far, 11,130 Slovenians have been included in peace missions, and currently 313 Slovenians are taking part "
            "in 11 missions abroad.")
    found = {f[:4] for f in rows(text, date(2023, 1, 1))}
    assert ("SVN", "troops_deployed", 313.0, "") in found and not {f for f in found if f[2] == 11130.0}


def test_money_spent_since_an_inauguration_and_a_projects_estimated_cost_are_no_budget():
    text = ("Official figures show that since the president's inauguration in 2011, taxpayers have spent Shs 4.8 trillion on "
            "the army of Uganda.")
    assert not {f for f in got(text, date(2014, 6, 1)) if f[1] == "defense_budget"}
    text = ("The Botswana Defence Force needs new vehicles. The Total Estimated Cost (TEC) of this project needs to be "
            "increased by P2.1 billion from P4.0 billion to P6.1 billion, the minister is expected to announce.")
    assert not {f for f in got(text, date(2016, 2, 1)) if f[2] in (2.1e9, 4.0e9, 6.1e9, 5.05e9)}


def test_soldiers_served_over_a_span_of_years_and_a_share_passed_for_the_first_time():
    text = ("Nepal's participation in UN peacekeeping spans a period of 50 years, in which over 61,094 Nepalese soldiers "
            "have served in support of UN peacekeeping in Lebanon and elsewhere.")
    assert not {f for f in got(text, date(2008, 1, 1)) if f[2] == 61094.0}
    text = "Latvia's defense budget will surpass 3 percent of GDP for the first time next year, the minister said."
    assert not {f for f in got(text, date(2023, 8, 1)) if f[1] == "defense_share_gdp_pct"}


def test_members_allocating_less_than_a_mark_natos_call_and_troops_landed_home():
    text = "Most NATO members allocate less than 2% of GDP to defence, the report notes."
    assert not {f for f in got(text, date(2017, 3, 1)) if f[1] == "defense_share_gdp_pct"}
    text = ("Commenting on the call on the member states to increase their investment in the defence to 2% of GDP, the "
            "secretary general said Albania would join them.")
    found = got(text, date(2016, 5, 1))
    assert ("NATO", "defense_share_gdp_pct", 2.0) in found and ("ALB", "defense_share_gdp_pct", 2.0) not in found
    text = ("MASERU - A total of 45 members of the Lesotho Defence Force (LDF) contingent that is part of the SADC Mission in "
            "Mozambique (SAMIM) landed at the airport in Maseru this week from a long deployment in the war-ravaged country.")
    assert not {f for f in got(text, date(2022, 8, 1)) if f[1] == "troops_deployed"}


def test_a_change_to_the_governments_request_and_troops_additionally_dispatched():
    text = ("The DND allocation of the Philippines was P110.1B. This represents a P1.5B increase from the Department of "
            "Budget and Management's (DBM) 2013 National Expenditure Program which originally sought P108.6B.")
    assert not {f for f in got(text, date(2013, 1, 1)) if f[2] == 1.5e9}
    text = "Japan will additionally dispatch some 60 personnel to South Sudan to assist the withdrawal."
    assert not {f for f in got(text, date(2017, 3, 10)) if f[1] == "troops_deployed"}


def test_a_batch_named_as_the_final_element_of_a_larger_deployment_is_a_part():
    text = ("The 120 troops -- the final element in a deployment of 640 -- left Bujumbura on Monday for Mogadishu, "
            "the Burundian army said.")
    assert not {f for f in got(text, date(2014, 6, 1)) if f[2] == 120.0}


def test_military_men_serving_in_an_army_and_the_manpower_of_the_armed_forces():
    text = "Some 62,000 military men and 11,000 civilians serve in the Kazakh army today, the ministry said."
    assert ("KAZ", "active_personnel", 62000.0) in got(text, date(2015, 3, 1))
    text = "The total active manpower of the Peruvian Armed Forces is about 81,000 personnel, including 20,000 conscripts."
    assert ("PER", "active_personnel", 81000.0) in got(text, date(2012, 3, 1))
    text = ("Some 62,000 military men and 11,000 civilians serve in the Kazakh army today. After the reform this number "
            "will go down to 55,000 military men.")
    assert ("KAZ", "active_personnel", 55000.0) in got(text, date(2015, 3, 1))


def test_ground_troops_are_one_service_and_a_force_built_from_the_current_force_is_a_part():
    text = ("The Syrian army is large by regional standards. It has 220,000 ground troops - four armoured divisions and "
            "several independent brigades.")
    assert not {f for f in got(text, date(2001, 1, 1)) if f[1] == "active_personnel"}
    text = ("Fijian troops patrol the Golan Heights. With Australian help, the Fijian government formed a peacekeeping "
            "unit of 1,200 troops from its current force of 3,500 troops.")
    found = got(text, date(2010, 1, 1))
    assert ("FJI", "active_personnel", 3500.0) in found
    assert not {f for f in found if f[2] == 1200.0 or f[1] == "troops_deployed"}


def test_a_country_that_used_or_will_achieve_a_bare_percent_after_a_share_of_gdp():
    text = ("Denmark plans to spend 1.65 per cent of GDP on defence this year, the ministry said. Talks on new capability "
            "targets began in February. In 2022, Denmark used 1.38 per cent, below the alliance's guideline.")
    assert ("DNK", "defense_share_gdp_pct", 1.38) in got(text, date(2023, 3, 1))
    text = ("Thanks to aid for Ukraine counted in the defence effort, the Netherlands will still achieve 1.7 percent. "
            "Inflation reached 3.1 percent, the statistics office said, and GDP grew.")
    found = got(text, date(2023, 9, 1))
    assert ("NLD", "defense_share_gdp_pct", 1.7) in found
    assert not {f for f in found if f[2] == 3.1}


def test_a_list_of_shares_each_with_its_country_after_it():
    text = ("Military budget: 1.1 percent of GDP (2010 estimate, against 4.5 percent in Jordan, 2.9 percent in "
            "Pakistan and 0.9 percent in Mexico).")
    found = got(text, date(2012, 1, 1))
    assert {("JOR", "defense_share_gdp_pct", 4.5), ("PAK", "defense_share_gdp_pct", 2.9),
            ("MEX", "defense_share_gdp_pct", 0.9)} <= found


def test_an_allocation_that_is_for_the_defence_ministry():
    text = ("Pakistan's budget documents show total spending of Rs 14,460 billion. The largest allocation, Rs 1,804 "
            "billion, is for the defence ministry, followed by Rs 290 billion for the interior ministry.")
    found = got(text, date(2023, 6, 10))
    assert ("PAK", "defense_budget", 1.804e12) in found
    assert not {f for f in found if f[2] in (1.446e13, 2.9e11)}


def test_contributions_to_several_missions_and_the_strength_of_a_named_force():
    text = ("As of 1 March 2019, Austria is contributing 812 Armed Forces personnel to 11 different missions around the "
            "world, the minister told parliament.")
    assert ("AUT", "troops_deployed", 812.0) in got(text, date(2019, 3, 5))
    text = "\"Nepal's standing army as of today is 92,000 soldiers,\" the chief of the army staff said."
    assert ("NPL", "active_personnel", 92000.0) in got(text, date(2019, 3, 5))
    text = ("The minister told the Dail that on 31 May the strength of Ireland's Permanent Defence Force was 8,742 "
            "personnel, consisting of 7,001 Army personnel and 1,741 others.")
    assert ("IRL", "active_personnel", 8742.0) in got(text, date(2019, 6, 5))
    text = "The total active manpower of the Armed Forces of Antigua and Barbuda is around 250 personnel."
    assert ("ATG", "active_personnel", 250.0) in got(text, date(2019, 6, 5))


def test_other_contributors_listed_after_the_first_with_bare_counts():
    text = ("Kenyan troops are already on the ground in northern Mozambique. Zambia is sending 310 troops, Malawi 140, "
            "Namibia 60, and Eswatini 25.")
    found = got(text, date(2021, 7, 1))
    assert {("ZMB", "troops_deployed", 310.0), ("MWI", "troops_deployed", 140.0), ("NAM", "troops_deployed", 60.0),
            ("SWZ", "troops_deployed", 25.0)} <= found
    text = ("Turning to the planned AU force in Somalia to monitor the truce there, he said it would last two years. "
            "Uganda would send 1,600 soldiers, Burundi 850 and Kenya 400, but the dates were not yet set.")
    found = got(text, date(2007, 1, 10))
    assert {("UGA", "troops_deployed", 1600.0), ("BDI", "troops_deployed", 850.0), ("KEN", "troops_deployed", 400.0)} <= found


def test_a_force_that_has_fallen_since_a_war_began_from_one_level_to_another():
    text = ("A study this month says the number of soldiers in the Yemeni army has fallen by about a third since the "
            "start of the war, from 66,000 to 44,000.")
    found = rows(text, date(2016, 5, 1))
    assert ("YEM", "active_personnel", 44000.0, "", 2016) in found
    assert ("YEM", "active_personnel", 66000.0, "", None) in found  # the level when the war began: its year is not said


def test_an_army_which_now_numbers_and_it_now_numbers_after_a_pre_war_level():
    text = "The Malian army, which now numbers about 13,000, is stretched across the north."
    assert ("MLI", "active_personnel", 13000.0) in got(text, date(2014, 1, 1))
    text = ("Before the civil war, the Libyan army numbered 76,000. According to one estimate, it now numbers "
            "35,000, not including militias.")
    found = rows(text, date(2014, 1, 1))
    assert ("LBY", "active_personnel", 35000.0, "", 2014) in found
    assert ("LBY", "active_personnel", 76000.0, "", None) in found  # the level before the war: no year said


def test_money_that_has_been_allocated_to_the_ministry_and_a_share_of_a_two_year_total():
    text = ("According to the estimates for the 2019 financial year, a total of GH\u00a21,850,000,000 (US$330 million) "
            "has been allocated to the Ministry of Defence in Ghana, GH\u00a2990,000,000 to the police.")
    assert ("GHA", "defense_budget", 1.85e9) in got(text, date(2019, 3, 1))
    text = ("More than OMR2.1 billion has been earmarked for security in Oman during the next two years, with OMR900 million "
            "going to the Defence Ministry.")
    assert not {f for f in got(text, date(2019, 3, 1)) if f[1] == "defense_budget"}


def test_a_share_written_percent_gdp_and_a_country_spending_a_bare_percent_after_natos_mark():
    text = "According to ministry figures seen by the paper, defence now accounts for 1.32% GDP in Portugal."
    assert ("PRT", "defense_share_gdp_pct", 1.32) in got(text, date(2016, 1, 1))  # (since the eighth sitting: '% GDP' before 'in')
    text = "According to ministry figures seen by the paper, Portugal's defence now accounts for 1.32% GDP."
    assert ("PRT", "defense_share_gdp_pct", 1.32) in got(text, date(2016, 1, 1))
    text = ("Spain unveils new equipment programmes for its defence. NATO member states are supposed to contribute 2% of "
            "their GDP annually. Spain is currently spending 1.3% and this will increase to 1.6% with the new programmes.")
    found = got(text, date(2022, 1, 1))
    assert {("ESP", "defense_share_gdp_pct", 1.3), ("ESP", "defense_share_gdp_pct", 1.6)} <= found


def test_a_budget_surplus_as_a_share_of_output_is_not_defence():
    text = ("Latvia will raise defence spending next year, the finance ministry said. Under the draft budget, Latvia expects "
            "to run a surplus of 0.4 percent of national output in 2019.")
    assert not {f for f in got(text, date(2018, 10, 1)) if f[1] == "defense_share_gdp_pct"}


def test_available_troops_graduates_active_reserves_and_a_territorial_forces_reserve():
    text = ("The KDF is stretched thin. Some estimates place the number of available troops at any given time at about "
            "9,000 in Kenya.")
    assert not {f for f in got(text, date(2020, 1, 1)) if f[2] == 9000.0}
    text = "According to the timetable, a total of 21,500 forces are expected to graduate as the first batch of the Chadian army."
    assert not {f for f in got(text, date(2020, 1, 1)) if f[2] == 21500.0}
    text = "The Slovak Army wants to have around 5,000 troops in its active reserves by 2030, an officer said."
    found = got(text, date(2022, 1, 1))
    assert ("SVK", "reserve_personnel", 5000.0) in found and ("SVK", "active_personnel", 5000.0) not in found
    text = "The Slovak Army has 14 companies. The territorial forces have 900 troops in active reserves, the officer said."
    assert not {f for f in got(text, date(2022, 1, 1)) if f[2] == 900.0}


def test_the_total_a_contribution_was_taken_out_of_is_not_the_contributors():
    text = ("The SADC mission in Mozambique will be led by Botswana. Botswana is contributing 1 200 troops out of a total "
            "3 000 for the force.")
    found = got(text, date(2021, 8, 1))
    assert ("BWA", "troops_deployed", 1200.0) in found and not {f for f in found if f[2] == 3000.0}
    text = "As of January 1, 2025, the Armed Forces of Portugal were composed of a total of 24,000 people, the ministry said."
    assert ("PRT", "active_personnel", 24000.0) in got(text, date(2025, 3, 1))


def test_the_budget_for_equipment_is_a_line_of_the_defence_budget():
    text = ("This reflects the new philosophy for a smaller army in Malta. The requested budget for equipment for 2020 is "
            "€31,250,000, down from €40,100,000 in 2018.")
    assert not {f for f in got(text, date(2019, 10, 1)) if f[1] == "defense_budget"}


def test_the_capital_budget_of_the_military_is_a_line_not_the_budget():
    text = ("The estimates tabled in Parliament showed that the capital budget for the Belize Defence Force has been cut "
            "by about a third, moving to $40 million from $60 million.")
    assert not {f for f in got(text, date(2016, 4, 1)) if f[1] == "defense_budget"}


def test_regular_and_reserve_members_men_and_women_on_active_service():
    text = "Structure of the TDF. The Tonga Defence Services has approximately 600 regular and 300 reserve members."
    found = got(text, date(2019, 1, 1))
    assert {("TON", "active_personnel", 600.0), ("TON", "reserve_personnel", 300.0)} <= found
    text = "Although a small country, Singapore has a total of 51,000 men and women on active service."
    assert ("SGP", "active_personnel", 51000.0) in got(text, date(2019, 1, 1))


def test_others_serving_in_another_host_after_a_deployment():
    text = "Some 90 Georgian soldiers are currently deployed in Mali, while 40 others serve in Lebanon."
    found = rows(text, date(2019, 6, 1))
    assert ("GEO", "troops_deployed", 40.0, "LBN", 2019) in found


def test_a_named_sender_sends_a_contingent_to_the_host_named_before():
    text = ("Troops from Kenya, Burundi and Uganda have deployed to the DRC since the force's creation. In December, Tanzania "
            "said it would send 650 soldiers \"as soon as possible\", but they are yet to arrive.")
    assert ("TZA", "troops_deployed", 650.0, "COD", 2023) in rows(text, date(2023, 2, 1))
    text = ("Troops from Kenya and Uganda have deployed to the DRC since the force's creation. In December, Tanzania sent 650 "
            "more soldiers.")
    assert not {f for f in rows(text, date(2023, 2, 1)) if f[2] == 650.0}
    text = ("Mongolia's engagement in UN peacekeeping builds its reputation. Over the past decade, Mongolia has dispatched "
            "4,210 troops to international peacekeeping operations in Sudan.")
    assert not {f for f in rows(text, date(2012, 3, 1)) if f[2] == 4210.0}


def test_soldiers_deployed_to_international_military_operations_have_no_single_host():
    text = "Next year the Bulgarian army will deploy a total of 780 soldiers to international military operations."
    assert ("BGR", "troops_deployed", 780.0, "", 2014) in rows(text, date(2013, 12, 18))


def test_whose_armed_forces_number_is_the_strength_at_home_today():
    text = "Armenia, whose armed forces number 44,000 soldiers, plans to strengthen its contingent in Kosovo."
    found = {(f.country_iso3, f.metric, f.value, f.host_iso3, f.stage) for f in extract_figures(text, ArticleInfo("t", date(2011, 6, 1)))}
    assert ("ARM", "active_personnel", 44000.0, "", "") in found


def test_troops_sent_that_double_a_commitment_are_an_addition():
    text = "Norway sent 120 soldiers to Mali last week, more than doubling its commitment to the UN mission there."
    assert not {f for f in rows(text, date(2017, 6, 1)) if f[2] == 120.0}


def test_counts_assigned_to_several_task_groups_are_parts_of_a_deployment():
    text = ("About 650 NZDF personnel have deployed to the Middle East. Approximately 200 personnel have been assigned to the "
            "ATG, approximately 50 personnel are assigned to the SOTG and approximately 250 personnel are assigned to TG Taji.")
    found = rows(text, date(2018, 1, 1))
    assert ("NZL", "troops_deployed", 650.0, "MIDDLE_EAST", 2018) in found
    assert not {f for f in found if f[2] in (200.0, 50.0, 250.0)}
    text = "About 28,500 troops are assigned to U.S. Forces Korea, the Pentagon said."
    assert ("USA", "troops_deployed", 28500.0) in {(f[0], f[1], f[2]) for f in rows(text, date(2018, 1, 1))}


def test_a_percent_of_total_government_expenditure_is_not_a_share_of_gdp():
    text = ("Belize spent between 4 and 6 percent of its total expenditure each year on defence. Although as a percentage of "
            "total government expenditure it had declined from 6 percent in 2017 to an estimated four percent in 2021, it "
            "had risen as a percentage of GDP.")
    assert not {f for f in got(text, date(2022, 1, 1)) if f[1] == "defense_share_gdp_pct"}


def test_the_country_a_share_is_compared_with_after_more_money_than_is_not_its_owner():
    text = ("In NATO the US spends the largest share of GDP on defense. Albania allocates a little more money than North "
            "Macedonia as a percentage of its GDP - 1.35 per cent.")
    found = got(text, date(2019, 1, 1))
    assert ("ALB", "defense_share_gdp_pct", 1.35) in found and ("MKD", "defense_share_gdp_pct", 1.35) not in found


def test_an_amount_stated_again_without_a_year_takes_the_year_stated_with_it():
    text = ("Malawi raises its defence budget to $86 million\n\nMalawi has increased its 2014 defence budget to US$86 "
            "million, up from US$71 million this year, the finance ministry said.")
    found = rows(text, date(2013, 11, 20))
    assert {f[4] for f in found if f[2] == 8.6e7} == {2014}  # the headline's amount is the 2014 budget too
    text = ("Pakistan's Finance Minister presented the budget for the last fiscal year of the PPP government and allocated "
            "Rs. 1.3 trillion for defence expenditure.")
    assert ("PAK", "defense_budget", 1.3e12, "", 2013) in rows(text, date(2013, 6, 5))  # not "last fiscal year", 2012


def test_a_contingent_downsized_to_a_new_size_is_a_deployment_of_that_size():
    text = ("A reshuffle of the peacekeeping force in Lebanon is due this month. Ireland will downsize its "
            "450-member contingent to 330.")
    found = rows(text, date(2007, 6, 1))
    assert ("IRL", "troops_deployed", 330.0, "LBN", 2007) in found


def test_a_small_army_is_the_whole_force_where_the_reference_series_says_so():
    text = "Lodged between Senegal and the sea, Cape Verde has an army of around 900 personnel."
    assert ("CPV", "active_personnel", 900.0) in got(text, date(2020, 3, 1))
    text = "Lodged between Greece and Serbia, North Macedonia has an army of around 900 personnel."
    assert not {f for f in got(text, date(2020, 3, 1)) if f[1] == "active_personnel"}  # (its forces are several thousand)


def test_a_country_pulling_out_its_troops_states_its_whole_contingent():
    text = ("Nepal could have as many as 200 soldiers on the Golan by later this year. Ireland last week said it was "
            "pulling out its 130 soldiers and Croatia has already gone.")
    assert ("IRL", "troops_deployed", 130.0, "SYR", 2013) in rows(text, date(2013, 6, 1))


def test_a_small_defence_service_named_after_its_count_is_the_whole_force():
    text = "Tonga has a 450-person defence service, made up of a headquarters platoon and a light infantry company."
    assert ("TON", "active_personnel", 450.0) in got(text, date(2013, 6, 1))
    text = "Tonga has a 450-person signals unit, made up of two platoons."
    assert not {f for f in got(text, date(2013, 6, 1)) if f[1] == "active_personnel"}


def test_the_previous_years_budget_after_a_semicolon_is_the_level_a_year_before():
    text = ("Montenegro will modernise its army. The budget planned for defence in 2020 is 81.6 million euros; the "
            "previous year it was 72.5 million.")
    found = rows(text, date(2019, 12, 20))
    assert ("MNE", "defense_budget", 7.25e7, "", 2019) in found


def test_a_contingent_formed_of_several_counted_parts_lists_parts():
    text = ("Uruguay's troops in Haiti will be replaced by a contingent formed of 180 Marines, 600 men from the 5th "
            "Infantry Battalion and 90 military engineers.")
    assert not {f for f in got(text, date(2006, 5, 1)) if f[2] in (180.0, 600.0, 90.0)}
    text = "Uruguay's troops in Haiti will be replaced by a contingent formed of 870 soldiers, the army said."
    assert ("URY", "troops_deployed", 870.0) in got(text, date(2006, 5, 1))


def test_french_peacekeepers_lost_or_killed_are_casualties():
    text = ("Le Tchad prépare un nouveau bataillon de 1.400 hommes pour le Mali. Déployée au Mali en juillet 2013, la Minusma, "
            "qui compte environ 13.000 militaires et policiers, est actuellement la mission de maintien de la paix de l'ONU la "
            "plus exposée. Elle avait, avant l'attaque de dimanche, perdu plus de 170 Casques bleus, dont 110 dans des actes "
            "hostiles.")
    assert not {f for f in got(text, date(2019, 1, 22)) if f[2] == 170.0}


def test_a_regional_blocs_strong_standby_force_is_not_the_hosts_army():
    text = ("The Economic Community of West African States (ECOWAS) is drawing up the rules of engagement for its "
            "2 500-strong standby force headed for Gambia next week.")
    assert not {f for f in got(text, date(2017, 1, 15)) if f[1] == "active_personnel"}
