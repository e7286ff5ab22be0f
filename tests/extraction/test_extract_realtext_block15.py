"""Classes of real-news wording met in block 15 (devset15, worked after block 14's first contact, and the
other worked sets).

Every sentence here is the project's own, written to show a class of wording; none is copied from
a development set.
"""

from __future__ import annotations

from tests.extraction.realtext import figs


def test_hosts_listed_with_their_counts_in_brackets_belong_to_the_force_named_before():
    text = ("Across Europe, British forces train with NATO allies. Main deployment locations include Germany (around 185 troops), "
            "Estonia (approximately 900 troops), and Cyprus (roughly 2,260 troops).")
    found = figs(text)
    assert {("GBR", "troops_deployed", 900.0, "EST"), ("GBR", "troops_deployed", 2260.0, "CYP")} <= found
    assert not {f for f in found if f[0] in ("EST", "CYP")}


def test_a_country_table_with_a_dollar_spending_column_in_an_article_about_military_spending():
    text = ("Military spending in southern Africa rose last year.\n"
            "Country | Spending ($) |\n---|---|\nAngola | 1,500,000,000 |\nNamibia | 420,000,000 |\n"
            "Zambiaa | 300,000,000 |\nMalawi | 95,000,000 |\n")
    found = figs(text)
    assert {("AGO", "defense_budget", 1.5e9, ""), ("NAM", "defense_budget", 4.2e8, ""),
            ("MWI", "defense_budget", 9.5e7, "")} <= found  # (the misspelt row is skipped, the table goes on)
    # the same table in an article about something else is not read
    text = text.replace("Military spending", "Tourism spending")
    assert not {f for f in figs(text) if f[1] == "defense_budget"}


def test_personnel_that_total_a_number():
    found = figs("Military of Ghana - Active duty personnel in the three Ghanaian armed services total approximately 15,500.")
    assert ("GHA", "active_personnel", 15500.0, "") in found
    # reserve forces that total a number stay reserves; recruits that totaled a number are an intake
    assert ("THA", "reserve_personnel", 200000.0, "") in figs("Thailand's reserve forces total about 200,000 recruits.")
    assert not figs("The number of new recruits in Japan's Self-Defense Forces totaled 9,959 in fiscal 2023.")


def test_old_world_factbook_rows():
    text = ("Ghana\n\nMilitary expenditures - dollar figure: $98.4 million (2003)\n\n"
            "Military expenditures - percent of GDP: 0.8% (2003)\n")
    assert {("GHA", "defense_budget", 98.4e6, ""), ("GHA", "defense_share_gdp_pct", 0.8, "")} <= figs(text)


def test_a_un_missions_whole_force_is_no_countrys():
    text = ("As one of the largest contributors, Ghana accounts for about 870 of UNIFIL's 10,500 peacekeepers in Lebanon. "
            "UNMISS troops, the second largest peacekeeping force, are currently made up of around 12,000 troops.")
    found = figs(text)
    assert not {f for f in found if f[2] in (10500.0, 12000.0)}


def test_plan_expenditure_is_a_part_of_indias_defence_budget():
    text = "The Plan expenditure for Defence this year would be Rs 86,879 crore (Rs 868.79 billion), the minister said."
    assert not {f for f in figs(text) if f[1] == "defense_budget"}


def test_generals_are_a_rank_not_the_force():
    text = "Thailand's military plans cuts. A military source said there are currently around 1,200 generals."
    assert not {f for f in figs(text) if f[1] == "active_personnel"}


def test_the_staff_of_a_military_base_abroad_are_deployed_there():
    text = ("The 102nd military base of the Russian Ministry of Defence is deployed in Gyumri. The number of staff "
            "members of the military base is 3,000 persons.")
    assert ("RUS", "troops_deployed", 3000.0, "ARM") in figs(text)


def test_central_asian_shares_and_a_budget_from_the_state_budget_to_defence():
    text = ("Overall, Kazakhstan planned to allocate over 1.4 trillion tenge from the state budget to defense this year. "
            "According to the Stockholm International Peace Research Institute, Uzbekistan's military expenditures "
            "accounted for 2.2% of GDP. China's military spending was 1.6% of its GDP, and Russia's was 4.1%, while "
            "Tajikistan's stood at 1%.")
    found = figs(text)
    assert {("UZB", "defense_share_gdp_pct", 2.2, ""), ("RUS", "defense_share_gdp_pct", 4.1, ""),
            ("TJK", "defense_share_gdp_pct", 1.0, "")} <= found
    assert {f for f in found if f[:2] == ("KAZ", "defense_budget")}


def test_troops_to_be_sent_to_join_a_mission_are_a_planned_deployment():
    from datetime import date

    from dashboard.extraction import ArticleInfo, extract_figures
    for text, host in (("Rwanda has committed to sending 5,000 troops to peace missions by 2030.", ""),
                       ("Uruguay is expected to send 60 soldiers to join the UN peacekeeping mission in Lebanon.", "LBN")):
        found = {(f.country_iso3, f.metric, f.value, f.host_iso3, f.stage)
                 for f in extract_figures(text, ArticleInfo("t", date(2025, 1, 1)))}
        assert {f for f in found if f[1] == "troops_deployed" and f[3] == host and f[4] == "planned"}, found
    # more troops sent to a mission stay a change
    assert not {f for f in figs("Uruguay will send 60 more soldiers to join the UN mission in Lebanon.") if f[2] == 60.0}


def test_one_contributors_part_of_a_missions_troops():
    for text in ("As one of the largest contributors, Nepal accounts for about 880 of UNIFIL's 10,100 peacekeepers.",
                 "Nepal accounts for about 880 of the 10,100 UNIFIL peacekeepers in Lebanon."):
        found = figs(text)
        assert ("NPL", "troops_deployed", 880.0, "LBN") in found
        assert not {f for f in found if f[2] == 10100.0}


def test_library_of_congress_country_study_rows():
    text = ("Chile\n\nNational Security\n\nArmed Forces: Total active-duty troops and officers: 87,500, including 31,000 "
            "conscripts (1997). Reserves: trained first-line: 50,000; second-line: 10,000.\n\n"
            "Defense Budget: Total 1997: US$2.1 billion.")
    found = figs(text)
    assert {("CHL", "active_personnel", 87500.0, ""), ("CHL", "reserve_personnel", 50000.0, ""),
            ("CHL", "defense_budget", 2.1e9, "")} <= found


def test_a_budget_stated_again_later_is_the_same_figure():
    text = ("The minister asked parliament to endorse a total of Sh2.1 trillion for the military for the 2024/25 fiscal "
            "year. According to the minister, out of the Sh2.1 trillion, Sh1.8 trillion will be for recurrent spending.")
    found = [f for f in extract(text) if f.metric == "defense_budget" and f.value == 2.1e12]
    assert len(found) == 2 and found[0].year == found[1].year and found[1].method.startswith("budget:restated")
    # a round mark the budget passes is not the budget again
    text = ("Seoul's defence budget is 60 trillion won this year. Next year's will surpass the 60-trillion-won "
            "threshold again.")
    assert len([f for f in extract(text) if f.value == 6e13]) == 1


def extract(text):
    from datetime import date

    from dashboard.extraction import ArticleInfo, extract_figures
    return extract_figures(text, ArticleInfo("t", date(2024, 6, 1)))


def test_change_words_in_real_copy():
    assert ("DEU", "budget_change_pct", 23.2, "") in figs(
        "Russia's invasion raised threat perceptions. Growth in 2024 was dominated by the 23.2% real uplift in the "
        "German defence budget.")
    assert ("ZAF", "budget_change_pct", 0.78, "") in figs(
        'The DoD budget for 2025/26 is R55.94 billion, a nominal "increase" of only 0.78% from the adjusted budget.')
    # growth promised per year or to a year, or delivered in some of several budgets, is no one year's change
    text = ("The government promised 3 per cent real growth in defence spending a year, then committed itself to 3 per "
            "cent real growth to 2017-18. It has delivered 3 per cent real growth in only three of the six defence budgets.")
    assert not {f for f in figs(text) if f[1] == "budget_change_pct"}


def test_a_base_budget_without_a_boost_and_the_same_sum_for_another_country():
    text = ("Latvia added a EUR 300 million loan to its defence. The base defense budget for 2025 without this additional "
            "loan boost amounts to 1,9 billion euros. Estonia plans to spend 1,9 billion euros on border works.")
    found = figs(text)
    assert ("LVA", "defense_budget", 1.9e9, "") in found
    assert not {f for f in found if f[1] == "budget_change_amount" and f[2] == 1.9e9}
    assert len([f for f in extract(text) if f.value == 1.9e9]) == 1  # (Estonia's sum is not Latvia's restated)


def test_an_active_strength_under_a_thousand_needs_a_whole_force_named():
    assert not {f for f in figs("The Iraqi Riverine Patrol Service eventually is to have 400 personnel and 22 boats.")
                if f[1] == "active_personnel"}
    assert not {f for f in figs("Austria said it was pulling out its 377 soldiers from the Golan.") if f[1] == "active_personnel"}
    # a small state's whole force is still one
    assert ("SYC", "active_personnel", 420.0, "") in figs("The Seychelles Defence Forces number about 420 personnel.")


def test_a_share_of_gdp_including_pensions_is_still_the_defence_share():
    text = "Swiss Armed Forces\nPersonnel\nActive personnel 9,500\nExpenditures\nPercent of GDP0.7% (including pensions) (2023)[2]\n"
    assert ("CHE", "defense_share_gdp_pct", 0.7, "") in figs(text)
    # a share of GDP for pensions is not
    assert not {f for f in figs("Switzerland's defence ministry said pensions cost 0.7% of GDP.") if f[1] == "defense_share_gdp_pct"}
