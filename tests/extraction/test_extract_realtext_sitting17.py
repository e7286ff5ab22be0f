"""The seventeenth sitting (2026-12-06): classes met on real text, each fixed as a class and tested on sentences
written here, each test shown to fail on the code before its change."""

from datetime import date

from tests.extraction.realtext import figs

ON = date(2022, 5, 10)  # (the day a test's text is dated when its own date does not matter)


def test_a_cut_by_an_amount_then_from_one_level_to_another_gives_both_levels():
    text = ("Moldova's parliament voted to reduce the number of soldiers in the army by 2,500, i.e. from 8,500 to 6,000. "
            "Georgia will cut the number of troops by 5,000 from 37,000 to 32,000.")
    found = figs(text, date(2012, 4, 2))
    assert {("MDA", "active_personnel", 8500, ""), ("MDA", "active_personnel", 6000, ""),
            ("GEO", "active_personnel", 37000, ""), ("GEO", "active_personnel", 32000, "")} <= found
    assert not any(value in (2500, 5000) for _, _, value, _ in found)  # (the cut itself is no strength)


def test_a_nearly_million_strong_army_is_a_million():
    found = figs("When the union broke up, Kazakhstan took over a nearly million-strong army and its depots.", date(1993, 1, 5))
    assert ("KAZ", "active_personnel", 1_000_000, "") in found


def test_a_country_that_spent_the_most_on_the_army_then_a_dash_gave_its_spending():
    text = ("Kazakhstan spent $2 billion on defence last year. Among the region's states, Uzbekistan spent the most on the "
            "army \u2014 about 2.8 billion.")
    assert ("UZB", "defense_budget", 2.8e9, "") in figs(text, date(2025, 3, 24))


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
    found = figs(text, date(2005, 9, 1))
    assert {("SVK", "troops_deployed", 110, "IRQ"), ("SVK", "troops_deployed", 57, "AFG"),
            ("HUN", "troops_deployed", 300, "XKX"), ("HUN", "troops_deployed", 150, "BIH")} <= found


def test_a_ministry_that_announced_it_had_sent_troops_is_their_owner_and_an_advance_party_is_a_part():
    text = ("Denmark sends troops to the multinational division in Iraq. The Danish Defence Ministry announced it had sent 40 "
            "military engineers, the first of 380 troops who will serve in the British sector.")
    found = figs(text, date(2003, 7, 2))
    assert ("DNK", "troops_deployed", 380, "IRQ") in found
    assert not any(value == 40 for _, _, value, _ in found)
    assert not any(host == "DNK" for _, _, _, host in found)


def test_a_ministrys_budget_for_a_year_in_an_article_headed_by_the_defence_ministry_is_the_defence_budget():
    text = ("Latvia Defence Ministry warns of cuts\n\nThe defence minister said the service would lose 300 civilian posts. "
            "\"We cannot go on like this,\" he told the radio. He asked for more money for wages. "
            "Currently the ministry's budget for 2013 is EUR 210 M and it will stay there until 2015.")
    assert ("LVA", "defense_budget", 2.1e8, "") in figs(text, date(2013, 2, 1))


def test_money_allocated_annually_to_a_named_defence_force_is_its_budget():
    text = "An estimated $30.2 million is allocated annually to the Royal Lesotho Defence Force, not counting extra requests."
    assert ("LSO", "defense_budget", 3.02e7, "") in figs(text, date(2012, 3, 1))


def test_defence_spending_that_would_run_an_amount_is_the_budget():
    text = "Laos's defense spending would run just over $25 million in 2019, according to the newspaper's analysis."
    assert ("LAO", "defense_budget", 2.5e7, "") in figs(text, date(2018, 11, 1))


def test_a_norwegian_budget_story_is_read_through_the_scandinavian_gloss():
    text = ("Regjeringen har lagt fram statsbudsjettet for neste år. I statsbudsjettet for 2026 er det satt av en "
            "forsvarsramme på 110,5 milliarder kroner, og bruttonasjonalproduktet er anslått til 5400 milliarder kroner. "
            "Forsvarsministeren sier at Norge bruker 2,1 prosent av BNP på Forsvaret.")
    found = figs(text, date(2025, 10, 7))
    assert ("NOR", "defense_budget", 1.105e11, "") in found
    assert ("NOR", "defense_share_gdp_pct", 2.1, "") in found
    assert not any(value == 5.4e12 for _, _, value, _ in found)  # (the GDP is no budget)


def test_a_danish_increase_by_an_amount_is_a_change():
    text = ("Den danske regering foreslår at øge forsvarsbudgettet med 4 milliarder danske kroner i 2026. "
            "Det siger forsvarsministeren til avisen. Danmark vil bruge mindst to procent af bnp på forsvaret.")
    assert ("DNK", "budget_change_amount", 4e9, "") in figs(text, date(2025, 9, 1))


def test_a_romanian_budget_and_share_are_read_through_the_romanian_gloss():
    text = ("Bugetul Ministerului Apărării Naționale propus pentru 2019 prevede fonduri de 21,5 miliarde de lei, "
            "reprezentând 2% din PIB, arată un comunicat al ministerului transmis agenției de presă. Ministrul a spus că suma "
            "este mai mare decât cea din anul trecut și că armata are nevoie de fonduri pentru noile programe.")
    found = figs(text, date(2019, 1, 20))
    assert ("ROU", "defense_budget", 2.15e10, "") in found
    assert ("ROU", "defense_share_gdp_pct", 2, "") in found


def test_a_sentence_naming_a_garrison_command_makes_its_strengths_the_garrisons():
    text = ("After the Cold War the garrison shrank. In 1993 the command was renamed British Forces Cyprus and its numbers "
            "went down from 4,500 to 3,200.")
    found = figs(text, date(2005, 4, 1))
    assert {("GBR", "troops_deployed", 4500, "CYP"), ("GBR", "troops_deployed", 3200, "CYP")} <= found


def test_budget_less_than_the_current_years_level_and_a_defense_plan_for_a_fiscal_year():
    text = ("The U.S. defense budget for the fiscal year that begins Oct. 1 would be $6.1 billion less than the current "
            "year's $98.2 billion. The President's $92.1 billion defense plan for fiscal 1998 cuts new weapons.")
    found = figs(text, date(1997, 2, 4))
    assert ("USA", "defense_budget", 9.82e10, "") in found
    assert ("USA", "defense_budget", 9.21e10, "") in found


def test_an_overseas_force_steady_at_a_number_in_a_region_is_a_deployment():
    text = "The plan keeps the American overseas force steady at 100,000 in Europe."
    assert ("USA", "troops_deployed", 100000, "EUROPE") in figs(text, date(1996, 3, 5))


def test_a_year_budget_of_and_that_sum_is_in_a_defence_budget_story():
    text = ("The defense budget is hard to read. The treasury is looking at the baseline budget, without one-time costs, "
            "and that sum is NIS 41.2 billion. When the treasury speaks of a cut, it means a 2026 budget of NIS 39.9 billion.")
    found = figs(text, date(2025, 11, 3))
    assert {("ISR", "defense_budget", 4.12e10, ""), ("ISR", "defense_budget", 3.99e10, "")} <= found


def test_a_parliamentary_answers_lettered_rows_under_a_deployed_heading_are_deployments():
    text = ("Question to the Minister of Defence of South Africa: in which countries has the Republic deployed soldiers?\n"
            "(b) Total number of:\n(i) Soldiers deployed\na. Lesotho \u2013 300\nb. Burundi \u2013 1 150\nc. Sudan \u2013 640\n")
    found = figs(text, date(2022, 5, 4))
    assert {("ZAF", "troops_deployed", 300, "LSO"), ("ZAF", "troops_deployed", 1150, "BDI"),
            ("ZAF", "troops_deployed", 640, "SDN")} <= found


def test_a_level_maintained_on_an_island_named_before_too_small_for_the_whole_force_is_kept_there():
    text = ("Athens decided to keep its commando unit in Cyprus. By contrast, Turkey maintains an estimated 36,000 troops "
            "in the northern part of the island, with armour and artillery.")
    found = figs(text, date(2017, 1, 10))
    assert ("TUR", "troops_deployed", 36000, "CYP") in found
    assert not any(metric == "active_personnel" and value == 36000 for _, metric, value, _ in found)


def test_an_army_cut_from_its_current_level_of_soldiers_gives_that_level():
    text = "Officials said the cut will reduce Belize's army from its current level of 1,900 soldiers to 1,500 by 2027."
    assert ("BLZ", "active_personnel", 1900, "") in figs(text, date(2025, 2, 1))


def test_a_budget_cut_from_a_reported_amount_gives_that_level():
    text = "Honduras's military budget will be cut from a reported $210.4 million in 2025 to $190 million."
    assert ("HND", "defense_budget", 2.104e8, "") in figs(text, date(2025, 2, 1))


def test_a_defence_department_allocated_an_amount_more_than_a_share_of_the_budget_got_its_budget():
    text = "In March 2001 the Namibian Department of Defence was allocated N$1.2 billion, more than 9% of the national budget."
    found = figs(text, date(2001, 4, 1))
    assert ("NAM", "defense_budget", 1.2e9, "") in found
    assert not any(metric == "budget_change_amount" for _, metric, _, _ in found)


def test_the_part_of_a_total_abroad_that_names_its_own_host_is_the_deployment_there():
    text = ("Ireland keeps a small army. There are 640 Defence Forces personnel deployed overseas. This figure includes 340 "
            "personnel deployed to UNIFIL in Lebanon.")
    found = figs(text, date(2019, 3, 1))
    assert {("IRL", "troops_deployed", 640, ""), ("IRL", "troops_deployed", 340, "LBN")} <= found


def test_money_spent_each_year_to_maintain_a_presence_abroad_is_no_budget():
    text = ("About 150 U.S. servicemembers are based in Greenland in support of the Greenland Defense Command. The United "
            "States spends about $190 million each year to maintain its military presence in Greenland.")
    assert not any(metric == "defense_budget" for _, metric, _, _ in figs(text, date(2005, 1, 1)))


def test_the_bloc_a_country_offered_a_battalion_does_not_own_it():
    text = ("Norway is enhancing its work with NATO in the Baltic countries. It has offered NATO a battalion of 600 "
            "soldiers that is expected to be deployed in Lithuania every year.")
    assert not any(owner == "NATO" for owner, _, _, _ in figs(text, date(2023, 4, 1)))


def test_a_list_of_shares_country_by_country_after_a_defence_share_of_gdp_sentence():
    text = ("According to a regional report, the Andean states devote about 2% of GDP to their defense ministries. The "
            "distribution is the following: Colombia, 3.1%; Ecuador, 2.4; Peru, 1.2; and Bolivia, 1.5%.")
    found = figs(text, date(2012, 5, 1))
    assert {("COL", "defense_share_gdp_pct", 3.1, ""), ("ECU", "defense_share_gdp_pct", 2.4, ""),
            ("PER", "defense_share_gdp_pct", 1.2, ""), ("BOL", "defense_share_gdp_pct", 1.5, "")} <= found


def test_a_list_of_percentages_with_no_defence_share_named_is_no_share():
    text = ("Turnout was low across the region. The distribution is the following: Colombia, 31%; Ecuador, 24; Peru, "
            "12; and Bolivia, 15%.")
    assert not any(metric == "defense_share_gdp_pct" for _, metric, _, _ in figs(text, date(2012, 5, 1)))


def test_armed_forces_then_a_colon_then_personnel_is_the_strength():
    text = ("As of 2009, of the Central Asian republics, Kazakhstan had the largest Armed Forces: 49,000 personnel, "
            "including 30,000 in the Army and 12,000 in the Air Force.")
    assert ("KAZ", "active_personnel", 49000, "") in figs(text, date(2010, 1, 1))


def test_an_increase_of_defence_spending_then_a_colon_from_one_amount_to_another():
    text = ("Oil money has allowed Kazakhstan to increase its defense expenditures by a factor of four since 2002: "
            "from 300 million USD in 2001 to 1.3 billion USD in 2008.")
    found = figs(text, date(2009, 1, 1))
    assert {("KAZ", "defense_budget", 3e8, ""), ("KAZ", "defense_budget", 1.3e9, "")} <= found


def test_the_military_budget_accounting_for_an_amount_is_the_budget():
    text = ("The government's initial budget estimate for FY2021-22 was 40.1 trillion kyats, with the military budget "
            "accounting for 3.9 trillion kyats.")
    assert ("MMR", "defense_budget", 3.9e12, "") in figs(text, date(2021, 3, 1))


def test_people_counted_by_nationality_in_a_sentence_about_troops_are_that_countrys_deployment():
    text = ("Around 8,000 troops from 15 nations served in the mission in East Timor, including some 1,200 "
            "Thais and 600 Filipinos.")
    found = figs(text, date(2000, 3, 1))
    assert {("THA", "troops_deployed", 1200, "TLS"), ("PHL", "troops_deployed", 600, "TLS")} <= found


def test_people_counted_by_nationality_among_casualties_or_residents_are_no_deployment():
    text = ("About 1,200 Thais and 600 Filipinos living in East Timor were evacuated as troops arrived.")
    assert not any(metric == "troops_deployed" for _, metric, _, _ in figs(text, date(2000, 3, 1)))


def test_investing_an_additional_billion_in_defence_is_an_increase():
    text = "Spain's defence minister said on Thursday that investing an additional billion euros in defence was affordable."
    found = figs(text, date(2025, 6, 26))
    assert ("ESP", "budget_change_amount", 1e9, "") in found
    assert not any(metric == "defense_budget" for _, metric, _, _ in found)


def test_several_million_with_no_article_still_counts_nothing():
    text = "Spain's defence ministry spent several billion euros in defence, the minister said."
    assert not any(metric.startswith("budget") or metric == "defense_budget" for _, metric, _, _ in figs(text, date(2025, 6, 26)))


def test_a_garrison_in_a_colony_named_by_its_old_name_amounted_to_personnel():
    text = "In 1980 the British garrison in British Honduras amounted to some 1,500 personnel."
    assert ("GBR", "troops_deployed", 1500, "BLZ") in figs(text, date(1981, 1, 1))


def test_personnels_as_some_copy_writes_the_plural_is_a_personnel_noun():
    text = "Military Strength Overview: Active Troops 2,100 personnels. Global Military Index ranks Guyana 140th."
    assert ("GUY", "active_personnel", 2100, "") in figs(text, date(2024, 2, 1))


def test_a_strong_force_led_by_a_bloc_is_the_blocs_total_not_the_contributors():
    text = ("Italy has about 2,800 troops stationed in Afghanistan as part of the 80,000-strong, NATO-led International "
            "Security Assistance Force (ISAF).")
    found = figs(text, date(2010, 3, 1))
    assert ("ITA", "troops_deployed", 2800, "AFG") in found
    assert not any(owner == "ITA" and value == 80000 for owner, _, value, _ in found)
