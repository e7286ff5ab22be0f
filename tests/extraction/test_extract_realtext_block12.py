"""Classes of real-news wording met in block 12 (devset12, worked after block 11's first contact, and the
other worked sets).

Every sentence here is the project's own, written to show a class of wording; none is copied from
a development set.
"""

from __future__ import annotations

from tests.extraction.realtext import figs


def test_a_numbered_list_of_hosts_with_spaced_thousands_and_notes():
    text = ("Places where French troops are stationed or where French military personnel are trained. Numbers are "
            "rounded and do not reflect the last month.\n\n"
            "  1. Djibouti: 1 500\n"
            "  2. Chad: 1 000 Chad hosts the command of the Sahel operation. It is also a training hub.\n"
            "  3. Mali: Training mission\n"
            "  4. Gabon: 350\n")
    found = figs(text)
    assert {("FRA", "troops_deployed", 1500.0, "DJI"), ("FRA", "troops_deployed", 1000.0, "TCD"),
            ("FRA", "troops_deployed", 350.0, "GAB")} <= found
    assert not {f for f in found if f[3] == "MLI"}


def test_a_country_aiming_at_natos_target_owns_the_share():
    found = figs("Portugal is aiming to reach NATO's target of spending 2% of its GDP on defence by 2029.")
    assert ("PRT", "defense_share_gdp_pct", 2.0, "") in found
    found = figs("Portugal is working to raise its military spending from the current 1.6% of GDP to 2% to meet "
                 "goals set by the NATO alliance.")
    assert {("PRT", "defense_share_gdp_pct", 1.6, ""), ("PRT", "defense_share_gdp_pct", 2.0, "")} <= found
    # the alliance's level stated as such stays NATO's
    found = figs("In 2014 the alliance agreed that its members should spend 2% of their GDP on defence.")
    assert not {f for f in found if f[0] not in ("NATO", "")}


def test_a_country_by_country_chain_after_one_deployment():
    found = figs("Rwanda will contribute 1,800 soldiers, Zambia 900, Malawi 650, and Tanzania 1,200 to the new "
                 "peacekeeping mission in Mozambique.")
    assert {("RWA", "troops_deployed", 1800.0, "MOZ"), ("ZMB", "troops_deployed", 900.0, "MOZ"),
            ("MWI", "troops_deployed", 650.0, "MOZ"), ("TZA", "troops_deployed", 1200.0, "MOZ")} <= found
    # an item that is not 'Country N' ends the chain
    found = figs("Rwanda will contribute 1,800 soldiers to the mission in Mozambique, which has 300 police and "
                 "Zambia 900 trucks.")
    assert not {f for f in found if f[0] == "ZMB"}


def test_infobox_rows_copied_without_separators():
    text = ("Moldovan National Army\nPersonnel\nMilitary age 18\nActive personnel 6,500 (2022)[3]\n"
            "Reserve personnel 58,000 (2022)[3]\nExpenditures\nBudget $87 million (2022)[4]\n"
            "Percent of GDP 0.4% (2022)\nIndustry\nThe National Army is the military of Moldova.")
    found = figs(text)
    assert {("MDA", "active_personnel", 6500.0, ""), ("MDA", "reserve_personnel", 58000.0, ""),
            ("MDA", "defense_budget", 8.7e7, ""), ("MDA", "defense_share_gdp_pct", 0.4, "")} <= found
    # a label inside a sentence, not opening its line, is no row
    assert not figs("Moldova said its active personnel 6,500 strong would march.") & {("MDA", "reserve_personnel", 6500.0, "")}


def test_a_mission_by_mission_breakdown_of_a_total_just_stated():
    text = ("According to the army, 640 Nepali soldiers were overseas on peacekeeping duties. Of the 640 soldiers, "
            "410 were serving with the United Nations Interim Force in Lebanon (UNIFIL), 12 were with UNMISS, "
            "200 were with the UN mission in Mali and 18 were with the United Nations Truce Supervision "
            "Organization.")
    found = figs(text)
    assert {("NPL", "troops_deployed", 410.0, "LBN"), ("NPL", "troops_deployed", 12.0, "SSD"),
            ("NPL", "troops_deployed", 200.0, "MLI"), ("NPL", "troops_deployed", 18.0, "")} <= found
    # with no total stated before, 'Of the 640 soldiers' anchors nothing
    assert not figs("Of the 640 soldiers, 410 were serving with UNIFIL.") & {("NPL", "troops_deployed", 410.0, "LBN")}


def test_iso_codes_of_more_currencies_and_the_upcoming_financial_year():
    found = figs("The Tanzanian Ministry of Defence is seeking a budget allocation of TZS 3.2 trillion for the upcoming "
                 "financial year.")
    assert ("TZA", "defense_budget", 3.2e12, "") in found
    found = figs("Zambia's defence budget for 2025 is ZMW 6.1 billion.")
    assert ("ZMB", "defense_budget", 6.1e9, "") in found


def test_an_amount_approved_for_the_ministry_of_defence_unless_one_of_a_list_of_bodies():
    found = figs("GH\u00a23.4 billion approved for the Ministry of Defence\n\nParliament approved the funds on Thursday.")
    assert ("GHA", "defense_budget", 3.4e9, "") in found
    found = figs("The budget shows that N30 billion has been allocated to the Ministry of Defence, the sum of "
                 "N90 billion has been allocated to the Army and N40 billion to the Navy.")
    assert ("NGA", "defense_budget", 3e10, "") not in found


def test_the_amount_after_allocated_to_the_defence_ministry_with():
    found = figs("Nepal's budget was unveiled. The biggest amount, as usual, is allocated to the defence ministry, with "
                 "NPR 60 billion, sources said.")
    assert ("NPL", "defense_budget", 6e10, "") in found


def test_the_military_consists_of_in_an_article_about_one_country():
    text = ("Slovenian Armed Forces\n\nThe Slovenian Armed Forces are the military of Slovenia.\n\nForeign suppliers "
            "France\n Germany\n Italy\n\nThe military consists of 6,500 active-duty personnel and 1,200 reservists.")
    found = figs(text)
    assert {("SVN", "active_personnel", 6500.0, ""), ("SVN", "reserve_personnel", 1200.0, "")} <= found
    assert not {f for f in found if f[0] == "FRA"}


def test_a_unit_sent_or_kept_abroad_is_a_deployment():
    found = figs("Chile is soon sending a unit of 80 combat engineers and 120 troops to support the UN mission in "
                 "Cyprus.") | figs("A small group of 350 Chilean military personnel remained in Haiti, the army said.")
    assert ("CHL", "troops_deployed", 350.0, "HTI") in found
    # a team at home stays out
    assert not figs("Chile's army trains a team of 60 soldiers in Santiago every year.")


def test_a_deployment_that_will_be_increased_to_a_new_level():
    found = figs("The number of Malaysian troops in Lebanon, which currently stands at 830, will be increased to 1,100 "
                 "this year, the ministry said.")
    assert {("MYS", "troops_deployed", 830.0, "LBN"), ("MYS", "troops_deployed", 1100.0, "LBN")} <= found


def test_police_services_contributed_forces_and_multinational_battle_groups_are_no_home_strength():
    found = figs("Most of the money went to the 9000 strong Jamaica Constabulary Police Force, and the rest to the army.")
    assert not {f for f in found if f[2] == 9000.0}
    found = figs("Malawian troops arrived in Goma. They will be part of the 2,500 strong force, to which Kenya and "
                 "Nepal are the other contributing countries.")
    assert not {f for f in found if f[2] == 2500.0}
    found = figs("Deployments began in 2017, totalling 5,000 military personnel divided into four multinational "
                 "battle groups in the Baltic States and Poland.")
    assert not {f for f in found if f[2] == 5000.0}


def test_officers_drafted_or_called_up_are_an_intake_not_a_strength():
    assert not figs("This year 800 reserve officers of Mongolia will be drafted into the Armed Forces.")
    assert not figs("Last year 12,000 Mongolian conscripts were called up into the army.") & {
        ("MNG", "active_personnel", 12000.0, "")}


def test_troops_along_a_border_or_line_of_control_are_at_home():
    found = figs("Despite talks with Pakistan, over 30,000 Indian troops remain deployed along the LoC in Kashmir.")
    assert not {f for f in found if f[2] == 30000.0}
    # troops sent across it are abroad
    found = figs("India has 5,000 troops deployed in Bhutan.")
    assert ("IND", "troops_deployed", 5000.0, "BTN") in found


def test_a_budget_followed_by_another_subjects_gdp():
    found = figs("According to the public accounts, the budget for the Department of National Defence in 2016 was "
                 "$19.2 billion and Canada's GDP for 2016 is $2.0 trillion.")
    assert ("CAN", "defense_budget", 1.92e10, "") in found
    assert not figs("Canada gave $19.2 billion in economic aid last year.") & {("CAN", "defense_budget", 1.92e10, "")}


def test_a_row_value_does_not_take_the_next_rows_label_as_its_noun():
    found = figs("Slovak Armed Forces\nPersonnel\nActive personnel 12.500\nReserve personnel 4,100[2]\nIndustry")
    assert {("SVK", "active_personnel", 12500.0, ""), ("SVK", "reserve_personnel", 4100.0, "")} <= found
    assert ("SVK", "reserve_personnel", 12500.0, "") not in found


def test_a_command_named_as_the_counts_owner_names_its_host():
    found = figs("Asked about the reports, the ministry said the USFJ has maintained a troop level of 54,000.")
    assert ("USA", "troops_deployed", 54000.0, "JPN") in found
    assert not {f for f in found if f[1] == "active_personnel"}
