"""Classes of real-news wording met in block 18 (devset18, worked after block 17's first contact, and the
other worked sets).

Every sentence here is the project's own, written to show a class of wording; none is copied from
a development set.
"""

from __future__ import annotations

from tests.extraction.realtext import figs


def test_ugandan_shillings_written_sh_and_ush_and_defence_taking_its_part():
    text = ("Tanzania budgeted TSh1,200b for defence this year. In Kampala, sh610b went to defence and security "
            "together, with defence taking sh540b of it.")
    found = figs(text)
    assert ("UGA", "defense_budget", 540e9, "") in found
    assert not {f for f in found if f[2] == 610e9}  # defence and security together is not the defence budget
    kenya = figs("Nairobi budgeted Ksh95b (about Ush2,100b) for the military.")
    assert {("KEN", "defense_budget", 95e9, ""), ("KEN", "defense_budget", 2.1e12, "")} <= kenya  # Ush: a conversion


def test_a_budget_compared_with_another_ministrys_keeps_its_own_ministry():
    text = ("Ghana's Defence Ministry 2025 budget of GH¢5.1 billion is well above the Interior Ministry's, "
            "pegged at GH¢3.9 billion.")
    found = figs(text)
    assert ("GHA", "defense_budget", 5.1e9, "") in found
    assert not {f for f in found if f[2] == 3.9e9}


def test_the_overall_budget_of_a_year_and_money_to_repair_barracks_are_not_the_defence_budget():
    text = ("Chile's defence allocation rises again next year. This compares with the overall 2026 budget of "
            "CLP90 trillion. An allocation of CLP40 billion to repair barracks was also approved for the army.")
    found = figs(text)
    assert not {f for f in found if f[2] in (90e12, 40e9)}


def test_a_count_that_goes_on_after_its_host_keeps_the_host_and_a_hashtag_host_is_a_place():
    found = figs("900 Italian soldiers in #Lebanon this spring, they were 1200 in 2019", published=None)
    assert ("ITA", "troops_deployed", 900.0, "LBN") in found
    assert ("ITA", "troops_deployed", 1200.0, "LBN") in found
    assert not {f for f in found if f[1] == "active_personnel"}  # never the home strength


def test_the_figure_set_at_a_level_continues_the_count_before():
    text = ("In 2012 there were 2,400 Spanish soldiers in Lebanon. Madrid wanted fewer, and the figure is set at "
            "1,600 for 2016.")
    assert ("ESP", "troops_deployed", 1600.0, "LBN") in figs(text)


def test_an_amount_doubled_is_the_earlier_level_and_a_services_change_after_with_is_its_own():
    text = ("Peru's Defence Ministry gets an allocation of 9.8 billion soles, which more than doubles the 4.6 billion "
            "soles approved for 2024. Next comes the Navy, with a 40% increase to its budget.")
    found = figs(text)
    assert ("PER", "defense_budget", 4.6e9, "") in found
    assert not {f for f in found if f[1] == "budget_change_pct"}


def test_an_infobox_row_of_active_soldiers_is_the_active_strength():
    text = "Danish Defence\nActive employees/soldiers 15,400[3]\nReserve personnel 44,200[3]\n"
    assert ("DNK", "active_personnel", 15400.0, "") in figs(text)


def test_ground_forces_strength_and_the_part_belonging_to_them_are_one_service():
    text = ("Last spring the strength of the Georgian ground forces exceeded 21,000 personnel. In 2020 the Georgian "
            "Defence Forces comprised nearly 37,000 personnel, with around 19,000 belonging to the ground forces.")
    found = figs(text)
    assert ("GEO", "active_personnel", 37000.0, "") in found
    assert not {f for f in found if f[2] in (21000.0, 19000.0)}


def test_a_command_as_subject_names_the_host_and_its_services_are_no_countries():
    text = ("British Forces Cyprus consist of 2,900 servicemen and women – 1,800 from the army, 1,050 from the RAF "
            "and 50 from the Royal Navy. About 2,500 UK-based personnel train annually in Cyprus.")
    found = figs(text)
    assert ("GBR", "troops_deployed", 2900.0, "CYP") in found
    assert not {f for f in found if f[2] == 2500.0}  # trainees passing through each year


def test_the_garuda_contingent_is_indonesias_whatever_mission_it_names():
    text = ("The Garuda Contingent XL-B Congo for MONUSCO has a total of 1,050 soldiers, who will be flown to "
            "Goma next week.")
    assert ("IDN", "troops_deployed", 1050.0, "COD") in figs(text)


def test_the_uns_own_total_bases_counted_and_a_zone_made_by_the_owner():
    text = ("The UN had 12,400 military personnel in Mali by the end of May, 1,150 of them from the West African "
            "nation of Senegal.")
    found = figs(text)
    assert not {f for f in found if f[2] == 12400.0}  # the mission's whole force, many countries' troops
    text = ("There are more than 9,000 Russian troops deployed at 45 military bases throughout the Russian-held "
            "zone in northeastern Syria and the countryside of Latakia.")
    found = figs(text)
    assert ("RUS", "troops_deployed", 9000.0, "SYR") in found
    assert not {f for f in found if f[2] == 45.0}


def test_personnel_in_theatres_of_operations_are_deployed_with_no_single_host():
    found = figs("Today the country has more than 2,800 NZDF personnel in various roles in distant theatres of operations.")
    assert ("NZL", "troops_deployed", 2800.0, "") in found
    assert not {f for f in found if f[1] == "active_personnel"}


def test_shares_promised_or_proposed_and_parts_of_a_later_total_are_no_levels():
    text = ("Slovakia fulfilled its commitment to spend 2% of its GDP on defence in 2024. It will meet the 2% goal "
            "again. One MP insisted that spending should be increased to 3% of GDP. Defence spending in 2024 "
            "exceeded 2% of GDP.")
    shares = {f for f in figs(text) if f[1] == "defense_share_gdp_pct"}
    assert shares == {("SVK", "defense_share_gdp_pct", 2.0, "")}
    assert len([1 for f in figs(text) if f[2] == 3.0]) == 0
    text = ("Uzbek defence spending will reach 1.1% of GDP next year: 0.8% of GDP will fund the ministry's budget, while "
            "an additional 0.3% will go to the defence order, bringing the total to the declared 1.1% of GDP.")
    assert not {f for f in figs(text) if f[2] == 0.8}


def test_an_amount_set_off_after_a_rise_in_the_defence_budget_is_the_rise():
    text = "Uzbekistan's finance ministry said a sharp increase in the defence budget - nearly 900 billion soum - is expected."
    assert ("UZB", "budget_change_amount", 900e9, "") in figs(text)


def test_regular_force_and_primary_reserve_members_and_a_count_that_hovers():
    text = ("The New Zealand Defence Force reported a total of 9,300 regular force members and 3,100 primary "
            "reserve members as of June.")
    found = figs(text)
    assert ("NZL", "active_personnel", 9300.0, "") in found
    assert ("NZL", "reserve_personnel", 3100.0, "") in found
    text = "The number of active duty personnel across all branches of the Mexican Armed Forces hovers around 216,000."
    assert ("MEX", "active_personnel", 216000.0, "") in figs(text)


def test_money_poured_into_or_provided_to_defence_and_a_request_that_exceeded_a_sum():
    assert ("TWN", "defense_budget", 647e9, "") in figs(
        "To deter Beijing, Taiwan is pouring money into defense - more than NT$647 billion in 2025.")
    found = figs("In total the Australian Government will provide Defence with A$38.2 billion in 2026-27 and A$160.1 "
                 "billion over the four-year Forward Estimates.", published=None)
    assert ("AUS", "defense_budget", 38.2e9, "") in found
    assert not {f for f in found if f[2] == 160.1e9}  # four years together
    assert ("JPN", "defense_budget", 9e12, "") in figs(
        "Fiscal 2026 was the first year in which Japan's initial budget request for defense spending exceeded ¥9 trillion.")


def test_iranian_riyals_and_the_revolutionary_guards_budget_as_a_part():
    text = ("State media reported that the armed forces' budget amounted to 500 trillion Iranian Riyals. "
            "IRGC's budget amounted to more than 300 trillion Iranian Riyals.")
    found = figs(text)
    assert ("IRN", "defense_budget", 500e12, "") in found
    assert not {f for f in found if f[2] == 300e12}


def test_a_proposed_budget_for_its_regular_funds_is_the_budget():
    assert ("PHL", "defense_budget", 205e9, "") in figs(
        "For 2021, the Philippine DND has a proposed budget of P205 billion for its regular funds.")


def test_withdrawals_name_the_deployment_they_end_and_a_headline_host_before_a_line_break():
    text = ("Most peacekeepers serve in Somalia. The AU asked Uganda to withdraw 1,000 of its 6,200 troops.")
    assert ("UGA", "troops_deployed", 6200.0, "SOM") in figs(text)
    text = "Under the accord, Libya promised the phased withdrawal of its 12,000 troops from Chad, and Sudan agreed to talks."
    found = figs(text)
    assert ("LBY", "troops_deployed", 12000.0, "TCD") in found or ("LBY", "troops_deployed", 12000.0, "") in found
    assert ("GBR", "troops_deployed", 600.0, "LTU") in figs("600 British Troops Deploy To Lithuania\n\nForces News reports.")


def test_ugandan_shs_amounts_an_increment_and_lines_compared_after_than():
    text = ("Uganda: The Shs 2.9tn classified expenditure of 2021/2022, bigger than the total 2020/2021 Defense budget "
            "of Shs 2.1tn, has now pushed the sector's budget to Shs 4.2tn, representing an annual increment of 100%. "
            "The money for the item has now increased by Shs 300bn to Shs 2.9tn.")
    found = figs(text)
    assert {("UGA", "defense_budget", 2.1e12, ""), ("UGA", "defense_budget", 4.2e12, ""),
            ("UGA", "budget_change_pct", 100.0, "")} <= found
    assert not {f for f in found if f[2] in (300e9, 2.9e12)}  # the classified line, not the budget


def test_members_of_its_reserves_a_vague_scale_word_and_an_allocation_that_goes_past_a_sum():
    text = ("In terms of reserves, Vietnam leads. This nation has about 4 million members of its reserves. Taiwan also "
            "has several million members of its military reserves.")
    found = figs(text)
    assert ("VNM", "reserve_personnel", 4e6, "") in found
    assert not {f for f in found if f[2] == 1e6}  # "several million" counts nothing
    assert ("IND", "defense_budget", 6e12, "") in figs(
        "India's annual defence allocation will go past Rs 6 lakh crore this year.")


def test_an_equipment_item_its_share_its_levels_and_the_headline_that_calls_it_the_budget():
    title = "Tunisia raises its arms budget to 2.1 billion euros"
    text = (title + "\n\nTunisia has increased by 3.2% the 2026 budget item earmarked for acquiring and maintaining "
            "armed forces equipment to 6.9 billion dinars (2.1 billion euros), 4.4% of the country's GDP. In addition, "
            "the budget for the expenses of defence officials has risen in the 2026 draft to 2.6 billion dinars, "
            "compared to 2.4 billion dinars last year.")
    found = figs(text, title=title)
    assert not {f for f in found if f[1] in ("defense_budget", "defense_share_gdp_pct")}, found


def test_indian_budget_levels_as_against_last_years_and_a_total_with_pensions_after_it():
    text = ("New Delhi, Feb 1 (PTI) The defence budget was increased to Rs 4.2 lakh crore for 2024-25 as against "
            "last year's Rs 3.9 lakh crore. The size of defence budget stands at Rs 6.2 lakh crore if a separate "
            "allocation of Rs 2 lakh crore set aside for payment of pensions is taken into account.")
    found = figs(text)
    assert {("IND", "defense_budget", 3.9e12, ""), ("IND", "defense_budget", 6.2e12, "")} <= found
    assert not {f for f in found if f[2] == 2e12}  # the pensions line


def test_a_stray_space_in_a_grouped_number_the_pula_written_p_and_a_proposed_cut():
    text = ("The Council of NGOs has called for the Botswana Defence Force (BDF) budget to be trimmed by at least 10 "
            "percent. With a budget of P6, 120,435,220, the Botswana Defence Force (BDF) accounts for half of the funds.")
    found = extract_all(text)
    assert [(f.country_iso3, f.metric, f.value, f.currency) for f in found if f.metric != "budget_trend"] == [
        ("BWA", "defense_budget", 6120435220.0, "BWP")]


def test_an_increment_to_the_defence_budget_named_by_an_association_is_a_change():
    text = "The Zambia Civic Education Association has questioned the 17.1 percent increment to the defense budget."
    assert ("ZMB", "budget_change_pct", 17.1, "") in figs(text)


def extract_all(text):
    from datetime import date

    from dashboard.extraction import ArticleInfo, extract_figures
    return extract_figures(text, ArticleInfo("t", date(2025, 6, 1)))


def test_active_duty_and_reserve_pair_an_annual_spending_row_and_a_share_row_spent_on_military():
    text = ("As of 2021, the Royal Cambodian Armed Forces comprised approximately 124,300 active duty and 0 reserve "
            "personnel.\nAnnual spending: | $1.02 billion (2021) |\nPercent of GDP spent on military: | 2.3% (2021) |\n")
    found = figs(text)
    assert {("KHM", "active_personnel", 124300.0, ""), ("KHM", "defense_budget", 1.02e9, ""),
            ("KHM", "defense_share_gdp_pct", 2.3, "")} <= found
    assert ("ARM", "active_personnel", 44000.0, "") in figs(
        "At the present time the Armenian Armed Forces are manned with about 44,000 servicemen.")


def test_a_further_batch_a_part_of_a_contingent_and_troops_that_continue_to_operate():
    found = figs("Tonga has announced it will send a further 120 troops to join a UN peacekeeping force in the Golan Heights.")
    assert not {f for f in found if f[2] == 120.0}  # an increase, not the contribution
    found = figs("The AU decided to have 1,000 troops of the 4,000 Ugandan contingent withdrawn from the mission in Somalia.")
    assert ("UGA", "troops_deployed", 4000.0, "SOM") in found
    assert not {f for f in found if f[2] == 1000.0}
    assert ("USA", "troops_deployed", 900.0, "BGR") in figs(
        "Officials said approximately 900 U.S. troops will continue to operate in Bulgaria.")
    assert ("RUS", "troops_deployed", 1500.0, "AZE") in figs("Russia sends nearly 1,500 peacekeepers to Karabakh")


def test_kroner_in_a_danish_sentence_and_changes_of_equipment_lines():
    assert ("DNK", "budget_change_amount", 2e9, "") in figs(
        "Ultimately that means Denmark will increase its defence budget by 2 billion kroner by 2027.")
    text = ("Ukraine's defence budget will rise to UAH 2.5 trillion. In addition, spending on weapons and military "
            "equipment is increasing - UAH 800 billion are provided for this, which is UAH 40 billion more than in "
            "the previous year. An increase in funding for the purchase of unmanned aerial vehicles is also planned - "
            "UAH 50 billion will be allocated in 2026, which is UAH 4 billion more than in 2025.")
    found = figs(text)
    assert ("UKR", "defense_budget", 2.5e12, "") in found
    assert not {f for f in found if f[2] in (800e9, 40e9, 50e9, 4e9)}


def test_troop_numbers_in_the_country_take_the_host_named_before():
    text = ("Al-Shabaab still holds towns in Somalia. The US has already increased its troop numbers in the country "
            "to more than 700 and stepped up airstrikes.")
    assert ("USA", "troops_deployed", 700.0, "SOM") in figs(text)


def test_contributors_listed_after_a_multinational_total_and_the_force_s_own_size():
    text = ("The AU force in Mali is due to be 7,000 strong at full strength. By late June, more than 5,000 troops "
            "were already deployed, with 900 Nigerians, 750 Senegalese, 800 from Burkina Faso, 650 from Niger and "
            "850 Togolese.")
    found = figs(text)
    assert {("NGA", "troops_deployed", 900.0, "MLI"), ("BFA", "troops_deployed", 800.0, "MLI"),
            ("NER", "troops_deployed", 650.0, "MLI")} <= found
    assert not {f for f in found if f[2] in (7000.0, 5000.0)}  # the force's own and many countries' troops
    assert ("RWA", "troops_deployed", 600.0, "CAF") in figs("Rwanda to Send 600 Troops to Central Africa Republic")


def test_a_country_before_which_owns_past_a_closed_aside_and_budget_phrasings_of_block_19():
    text = "Estonia, which borders Russia and its ally Belarus, spent 3.4% of GDP on defence in 2024."
    assert ("EST", "defense_share_gdp_pct", 3.4, "") in figs(text)
    assert ("SWE", "budget_change_amount", 9e9, "") in figs("Jonson says the Swedish defence will receive SEK 9 billion more by 2027.")
    assert ("CHL", "defense_budget", 1.8e12, "") in figs("The project allocates to the Defense area 1,800,000,000,000 Chilean pesos.")
    assert ("EST", "defense_budget", 1.6e9, "") in figs("The defense budget of Estonia will exceed 1.6 billion euros this year.")
    assert ("BGD", "defense_budget", 99.2e9, "") in figs(
        "The proposed budget for the defence forces of Bangladesh is Tk 10,918 crore, which was Tk 9,920 crore for the "
        "outgoing fiscal year.")
    assert not {f for f in figs("South Korea's 2027 defense budget jumped 6 percent on-year to exceed 70 trillion won for the "
                                "first time.") if f[2] == 70e12}  # a mark passed, not the level


def test_forces_counted_with_their_civilians_and_people_on_active_duty():
    text = ("In 2017 Defence Minister Petrov said that the staff of the Armenian army was 61,200 people. Including: "
            "9,100 officers, 36,300 soldiers and sergeants, i.e. 45,400 military personnel, and 15,800 civilian personnel. "
            "By 2019 the Armenian Armed Forces had been reduced to 58,000, including more than 44,000 military personnel "
            "and about 14,000 civilian personnel.")
    found = {f for f in figs(text) if f[1] == "active_personnel"}
    assert {("ARM", "active_personnel", 45400.0, ""), ("ARM", "active_personnel", 44000.0, "")} <= found
    assert not {f for f in found if f[2] in (61200.0, 58000.0)}
    assert ("PRK", "active_personnel", 1.2e6, "") in figs("The IISS said that North Korea has 1.2 million people on active duty.")
    assert ("GRC", "active_personnel", 199000.0, "") in figs("In 1987 the Greek armed forces had 199,000 persons.")
    assert ("ZWE", "active_personnel", 29000.0, "") in figs("Zimbabwe Defence Forces\nActive personnel 29,000 military, 21,800 paramilitary\n")


def test_its_means_the_subject_just_named_and_deployments_of_block_19():
    text = "The deployment will reinforce other Nigerien troops as Germany scales back its 1,200-strong mission in the Sahel."
    assert {f for f in figs(text) if f[2] == 1200.0} <= {("DEU", "troops_deployed", 1200.0, ""), ("DEU", "troops_deployed", 1200.0, "MLI"),
                                                          ("DEU", "troops_deployed", 1200.0, "SAHEL")}
    assert ("NPL", "troops_deployed", 4100.0, "") in figs(
        "At present, 4,100 Nepali personnel including 150 female soldiers are deployed in 11 different missions.")
    assert ("TUN", "troops_deployed", 150.0, "CAF") in figs("Tunisia sends 150 troops for UN mission in Central African Republic")
    assert ("KOR", "troops_deployed", 350.0, "LBN") in figs(
        "South Korea has decided to send about 350 troops, mainly engineers, to Lebanon to join a peacekeeping operation.")
    assert ("PRT", "troops_deployed", 250.0, "") in figs(
        "The Portuguese Armed Forces currently have 250 military personnel serving in 8 different countries around the world.")


def test_a_pledge_and_a_running_total_of_missions_served_are_no_deployments():
    text = ("Since 1958, more than 90,000 Ghanaian army personnel have served in 40 missions around the globe. Ghana has a "
            "future commitment to provide up to 5,000 peacekeepers to the UN missions.")
    assert not {f for f in figs(text) if f[1] == "troops_deployed"}


def test_a_read_more_link_names_no_subject_and_namibian_dollars_the_ministry_received():
    text = ("Pakistan proposed a defence budget of Rs 2,100 billion.\n\nRead more | Army chief meets Saudi defence minister\n\n"
            "People believe that 14.2 percent increase in defence budget is totally justified.")
    assert ("PAK", "budget_change_pct", 14.2, "") in figs(text)
    text = ("Namibia's defence budget is disappointing, Minister of Defence Frans Kapofi has said. The ministry receives one "
            "of the biggest portions of the national budget. In 2020/21 it received about N.dollars 5.9 billion, while for "
            "2021/22, it was allocated N.dollars 5.6 billion.")
    assert {("NAM", "defense_budget", 5.9e9, ""), ("NAM", "defense_budget", 5.6e9, "")} <= figs(text)


def test_peacekeepers_sent_over_the_years_and_countries_after_namely_are_places():
    text = ("Over 25,000 Indian peacekeepers have been sent to Africa to perform tasks in 15 peacekeeping mission areas. "
            "More than 2,100 Indian peacekeepers are currently performing missions in four of these areas, namely "
            "Lebanon, the Democratic Republic of the Congo (the DRC), Abyei and South Sudan.")
    found = figs(text)
    assert not {f for f in found if f[2] == 25000.0}
    assert {f for f in found if f[2] == 2100.0} == {("IND", "troops_deployed", 2100.0, "")}


def test_a_strong_unit_in_an_iraqi_city_named_before_is_deployed_there():
    text = ("South Korea initially deployed some 3,000 troops in Irbil at the request of the U.S. government. But the fate "
            "of the now 2,100-strong Zaytun unit depends on public opinion because its deployment mandate expires soon.")
    assert ("KOR", "troops_deployed", 2100.0, "IRQ") in figs(text)


def test_paramilitaries_a_mission_s_it_has_a_head_count_change_and_a_component_share():
    text = ("The IISS said that the Syrian military has 300,000 reservists and 100,000 active paramilitary troops.")
    assert not {f for f in figs(text) if f[2] == 100000.0}
    text = ("The United Nations Mission in South Sudan, known as UNMISS, began its deployment in 2011. It has 17,000 "
            "personnel, including 13,000 troops.")
    assert not {f for f in figs(text) if f[2] == 17000.0}
    text = ("The number of individuals serving in the Portuguese military decreased by about 18 percent between 1990 "
            "and 1998; over the same period, defense expenditures fell.")
    assert not {f for f in figs(text) if f[1] == "budget_change_pct"}
    text = ("It should be noted that the money allocated for the modernization, enlistment and maintenance of Defense "
            "capabilities of Chile represents only 0.41% of GDP projected for 2026.")
    assert not {f for f in figs(text) if f[1] == "defense_share_gdp_pct"}


def test_a_subregion_the_globe_and_an_entire_region_spend_no_country_s_money():
    text = ("According to SIPRI, West Africa's military spending reached $8.1 billion in 2024, an increase of 7.7% "
            "compared to 2023. Globally, military spending has reached nearly $2,900 billion. The entire Middle East "
            "region spent $200 billion on defense in 2024, while Nigeria spent $1.3 billion.")
    found = figs(text)
    assert not {f for f in found if f[2] in (8.1e9, 7.7, 2.9e12, 200e9)}


def test_spending_throughout_a_region_a_decrease_in_a_country_and_a_strength_a_country_needs():
    text = ("Military spending throughout Latin America increased by 3.1% despite a 2.4% decrease in Argentina, the "
            "region's third-largest spender.")
    found = figs(text)
    assert ("ARG", "budget_change_pct", -2.4, "") in found
    assert not {f for f in found if f[2] == 3.1}
    assert not figs("A July study warned Taipei needs at least 300,000 soldiers to hold its ground.")


def test_cfa_francs_kuna_and_kwacha_are_money_with_the_owner_s_own_code():
    found = extract_all("SIPRI argues that Gabon's military spending in 2019 reached FCFA 150 billion, compared to "
                        "CFAF 140 billion in 2018 and 135 billion FCFA in 2017.")
    assert {(f.country_iso3, f.value, f.currency) for f in found if f.metric == "defense_budget"} == {
        ("GAB", 150e9, "XAF"), ("GAB", 140e9, "XAF"), ("GAB", 135e9, "XAF")}
    found = extract_all("By 2026 Benin will spend an estimated 95 billion CFA francs annually on defense.")
    assert [(f.country_iso3, f.currency) for f in found if f.metric == "defense_budget"] == [("BEN", "XOF")]
    assert ("HRV", "defense_budget", 8.1e9, "") in figs("By 2022 Croatia will spend an estimated 8.1 billion Kuna annually on defense.")


def test_contributors_with_soldiers_troops_serving_as_part_of_a_mission_and_counts_from_two_countries():
    text = "Currently Norway is the largest non-EU contributor to the Malian operation with 650 soldiers on the ground."
    assert ("NOR", "troops_deployed", 650.0, "MLI") in figs(text)
    text = ("Tbilisi will send one more battalion to Afghanistan on top of 850 Georgian soldiers who already serve as "
            "part of the NATO-led International Security Assistance Force (ISAF).")
    assert ("GEO", "troops_deployed", 850.0, "AFG") in figs(text)


def test_sipri_s_name_is_no_sweden_and_spending_in_a_country_is_its_own():
    text = ("Qatar's military expenditure increased by 12 per cent last year. Military spending in the rest of the world, "
            "excluding the US, increased by just 2.1 per cent, the Stockholm International Peace Research Institute said. "
            "Tensions with Iran prompted the rise. In contrast, military expenditure in Kuwait fell by 9 per cent.")
    found = figs(text)
    assert ("KWT", "budget_change_pct", -9.0, "") in found
    assert not {f for f in found if f[0] == "SWE" or f[2] == 2.1}


def test_what_the_whole_government_plans_to_spend_is_no_defence_budget():
    text = ("For the first time, Peru's defense and security spending will exceed what it spends on health. The "
            "Peruvian government plans to spend 240 billion soles next year.")
    assert not {f for f in figs(text) if f[2] == 240e9}
    assert ("PAK", "defense_budget", 2.3e12, "") in figs(
        "ISLAMABAD - The government aims to spend Rs2.3 trillion on defence over the next financial year.")


def test_veterans_lines_reinforcements_a_strength_an_army_must_have_and_an_au_force_level():
    assert not figs("Togo's army budget is set. Veterans are also supposed to receive CFA150.5 million.")
    text = "Portugal reinforces the mission in Lithuania with 120 soldiers. The 120 soldiers will soon join the 200 deployed."
    assert not {f for f in figs(text) if f[2] == 120.0}
    assert not figs("'An army must have at least 40,000 soldiers and we are at only 12,000,' the Chadian minister said.") - {
        ("TCD", "active_personnel", 12000.0, "")}
    assert not figs("Kenya's contribution takes the AU force to the 24,000-strong level mandated by the UN Security Council.")


def test_a_total_number_of_personnel_and_a_complement_of_men_on_active_duty():
    text = ("Military personnel reductions continued until MINUGUA verified that the Salvadoran Armed Forces fulfilled "
            "the agreements, with a total number of 24,100 personnel.")
    assert ("SLV", "active_personnel", 24100.0, "") in figs(text)
    assert ("JAM", "active_personnel", 5100.0, "") in figs("The Jamaica Defence Force had a complement of some 5,100 men on active duty in 2019.")


def test_bare_shares_in_a_list_after_a_share_of_gdp():
    text = ("Moldova will spend 2.2 percent of GDP on defense, a NATO report says. The champion in this classification "
            "is Poland with 4.1 percent of GDP, ahead of Estonia with 3.4, the United States with 3.3 and Latvia with "
            "3.1 percent.")
    found = figs(text)
    assert {("EST", "defense_share_gdp_pct", 3.4, ""), ("USA", "defense_share_gdp_pct", 3.3, ""),
            ("LVA", "defense_share_gdp_pct", 3.1, "")} <= found
    assert not figs("Uganda sent troops with 3.5 tonnes of supplies.") & {("UGA", "defense_share_gdp_pct", 3.5, "")}


def test_a_possessive_count_after_compared_to_and_active_forces_that_are_a_number():
    text = "South Korea has 500,000 troops, compared to North Korea's 1.2 million armed forces."
    assert ("PRK", "active_personnel", 1.2e6, "") in figs(text)
    assert ("ARM", "active_personnel", 42000.0, "") in figs("Officially, Armenia's active forces are about 42,000 troops.")
    assert ("EST", "active_personnel", 7200.0, "") in figs("Thus, the official number of Estonian troops on paper is equal to 7,200 people.")


def test_a_reserve_force_of_a_number_is_the_reserve():
    text = "During peacetime the military of Djibouti numbers approximately 10,000 with a reserve force of approximately 20,000."
    assert ("DJI", "reserve_personnel", 20000.0, "") in figs(text)


def test_macedonia_another_ministry_s_rise_and_a_country_s_sending_of_troops():
    assert ("MKD", "defense_budget", 280e6, "") in figs("Macedonia to spend 280 million euros on defense in 2025")
    text = ("The defence ministry budget of Mali will rise from 130 billion CFA francs to 152 billion CFA francs while that "
            "of the interior will rise from 60 billion CFA francs to 71 billion CFA francs.")
    found = figs(text)
    assert ("MLI", "defense_budget", 152e9, "") in found
    assert not {f for f in found if f[2] in (60e9, 71e9)}
    text = "Partly, this is in response to Armenia's sending of 600 peacekeepers to Lebanon."
    assert ("ARM", "troops_deployed", 600.0, "LBN") in figs(text)


def test_leks_lebanese_lira_rd_dollars_spenders_at_and_amounts_on_defense_spending():
    assert ("ALB", "defense_budget", 35e9, "") in figs("For 2025, Albania is expected to allocate 35 billion leks for the defense sector.")
    assert ("DOM", "defense_budget", 4.5e9, "") in figs("The Dominican defense budget will be RD$4.5 billion next year.")
    text = ("Military spending in the Gulf fell. Among Arab states, Saudi Arabia is still the biggest spender at $60.2 "
            "billion. Other big spenders include Kuwait at $8 billion.")
    assert {("SAU", "defense_budget", 60.2e9, ""), ("KWT", "defense_budget", 8e9, "")} <= figs(text)
    assert ("MKD", "defense_budget", 270e6, "") in figs("Macedonia's state budget for 2025 foresees USD 270 million on defense spending.")


def test_moldovan_lei_are_moldova_s_money():
    found = extract_all("Moldova's defence budget for 2024 is 1,820.5 million Moldovan lei, up from 1,523.3 million Moldovan lei.")
    assert {(f.country_iso3, f.value, f.currency) for f in found if f.metric == "defense_budget"} >= {("MDA", 1820.5e6, "MDL")}


def test_expenditures_totaled_a_share_after_a_dash_and_money_allotted_to_a_named_defence_force():
    assert ("KHM", "defense_budget", 1.1e9, "") in figs(
        "Last year, Cambodia's military expenditures totaled $1.1 billion, or 6% of total government spending.")
    assert ("MNE", "defense_share_gdp_pct", 1.7, "") in figs(
        "Among the Balkan countries, Montenegro still has the highest defence spending as the share of GDP – 1,7%.")
    assert ("BLZ", "defense_budget", 120e6, "") in figs(
        "To boost Belize's defence capabilities, the government has allotted $120 million to the Belize Defence Force (BDF).")


def test_a_ranking_of_contingents_of_uniformed_personnel_and_a_publisher_named_after_a_continent():
    text = ("Portugal is the twelfth country with the largest contingent of uniformed personnel among NATO members, "
            "behind the United States (1,300,000), Turkey (494,500) and Poland (233,800).")
    assert {("USA", "active_personnel", 1.3e6, ""), ("TUR", "active_personnel", 494500.0, "")} <= figs(text)
    from dashboard.extraction import ArticleInfo
    from dashboard.extraction.home import home_country
    assert home_country(ArticleInfo("t", publisher="Mundo America")) == ""  # a continent's name, no home country
    assert home_country(ArticleInfo("t", publisher="Taipei Times")) == "TWN"


def test_contributors_with_counts_in_brackets_and_peacekeepers_who_lost_their_lives():
    text = ("A total of 1,100 peacekeepers from 30 countries serve with the UN Interim Force in Lebanon (UNIFIL). Other "
            "countries contributing with personnel in the peacekeeping force are Serbia (177), Cyprus (2), Estonia (3) "
            "and Malta (9). Since 1978, 330 peacekeepers have lost their lives during their service.")
    found = figs(text)
    assert {("SRB", "troops_deployed", 177.0, "LBN"), ("CYP", "troops_deployed", 2.0, "LBN"),
            ("MLT", "troops_deployed", 9.0, "LBN")} <= found
    assert not {f for f in found if f[2] == 330.0}


def test_a_level_compared_with_an_earlier_one_is_the_same_count():
    text = "In 2027, the Irish Defence Forces have 13,900 regular personnel serving, compared with 12,400 in 2024."
    assert {("IRL", "active_personnel", 13900.0, ""), ("IRL", "active_personnel", 12400.0, "")} <= figs(text)


def test_a_defence_share_named_as_such_beside_growth_and_troops_under_a_mission_mandate():
    text = ("Based on current spending and economic growth, the estimated outturn for 2025 implies Slovak defence "
            "expenditure of 2.05% of GDP (1.98% of GDP in 2024).")
    assert ("SVK", "defense_share_gdp_pct", 2.05, "") in figs(text)
    text = "After operating alone, more than 3,000 Kenyan troops will now operate under the AMISOM mandate."
    assert ("KEN", "troops_deployed", 3000.0, "SOM") in figs(text)
    assert not {f for f in figs("About 2,000 Estonian troops serve under US command.") if f[3] == "USA"}


def test_kwacha_and_kina_written_k():
    found = extract_all("The Malawi Defence Force allocation has been revised upwards from around K58 billion to K66 billion.")
    assert {(f.country_iso3, f.value, f.currency) for f in found if f.metric == "defense_budget"} >= {("MWI", 66e9, "MWK")}
    found = extract_all("Papua New Guinea's defence budget was cut by K25 million this year.")
    assert [(f.country_iso3, f.currency) for f in found if f.metric == "budget_change_amount"] == [("PNG", "PGK")]
    assert not extract_all("The K9 unit of the Malawi Defence Force has 12 dogs.")


def test_a_bare_amount_for_military_spending_takes_the_currency_named_before():
    text = ("By 2026 Serbia will spend an estimated 150 billion dinars annually on defense.\n\nThis means that Serbia "
            "will increase defense spending, as it currently sets aside 120 billion for military spending.")
    found = extract_all(text)
    assert {(f.country_iso3, f.value, f.currency) for f in found if f.metric == "defense_budget"} >= {("SRB", 120e9, "RSD")}
