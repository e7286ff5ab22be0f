"""Thirtieth sitting: counts listed country by country under a topic of troops abroad, with no noun of their own.

The sentences are the project's own, written in the forms the worked rounds showed (a table of one country's troops
host by host, a mission's contributors in brackets, a ranking of peacekeeping contributors laid out one cell per
line); each case names the class and, where it matters, the guard.
"""

from __future__ import annotations

from datetime import date

from tests.extraction.realtext import deployed

DAY = date(2024, 12, 1)
HOSTS = ("The region has seen a sharp rise in the number of US troops stationed there. Pentagon figures give the "
         "numbers by country: Jordan, 2,730; Kuwait, 16,592; Qatar, 6,671; Bahrain, 9,335.")


def test_one_country_s_troops_listed_host_by_host():
    """"US troops stationed there ... by country: Jordan, 2,730; Kuwait, 16,592": the owner the topic names, each
    listed country a host. Before, every count was dropped for the missing personnel noun."""
    found = deployed(HOSTS, DAY)
    assert {("USA", 2730, "JOR"), ("USA", 16592, "KWT"), ("USA", 6671, "QAT"), ("USA", 9335, "BHR")} <= found


def test_a_mission_s_contributors_in_brackets_each_deploy_their_own_count():
    """"The make-up of the new force in Somalia ...: Uganda (4,500), Ethiopia (2,500), Kenya (1,410)": each listed
    country's own contingent, in the place the force serves."""
    text = ("African ministers agreed on the troop contributions to the new mission in Somalia. The composition of the "
            "force will be: Uganda (4,500), Ethiopia (2,500), Kenya (1,410) and Egypt (1,091).")
    assert {("UGA", 4500, "SOM"), ("ETH", 2500, "SOM"), ("KEN", 1410, "SOM"), ("EGY", 1091, "SOM")} <= deployed(text, DAY)


def test_a_ranking_of_contributors_one_cell_per_line():
    """A table pasted one cell per line ("1.\\n\\nRwanda\\n\\n5,918\\n\\n3rd") under "contributors to UN peacekeeping":
    each country's contingent, with no single host."""
    text = ("These are the African countries with the most contributors to UN peacekeeping missions this year.\n\n"
            "Rank Country Contributions Global rank\n\n1.\n\nRwanda\n\n5,918\n\n3rd\n\n2.\n\nGhana\n\n2,644\n\n7th\n\n"
            "3.\n\nMorocco\n\n1,710\n\n9th\n\n")
    assert {("RWA", 5918, ""), ("GHA", 2644, ""), ("MAR", 1710, "")} <= deployed(text, DAY)


def test_a_list_of_women_or_of_the_dead_is_no_deployment():
    """Guard: the same lists of women peacekeepers, or of peacekeepers killed, are not the countries' contingents."""
    women = ("The top contributors of peacekeepers were Nepal and India, while the most women peacekeepers came from "
             "Rwanda (487), Bangladesh (480), Ghana (431) and Nepal (393).")
    killed = ("Peacekeeping missions have been deadly. Peacekeepers killed since 1948 by country: India, 180; "
              "Nigeria, 158; Pakistan, 171.")
    assert not deployed(women, DAY) and not deployed(killed, DAY)


def test_a_list_without_troops_abroad_is_left():
    """Guard: counts by country under no deployment, contribution or mission (here, visitors) are no troops."""
    text = ("The ministry counted foreign visitors and their military attaches at the fair. By country: Jordan, "
            "2,730; Kuwait, 1,592; Qatar, 671.")
    assert not deployed(text, DAY)
