"""Classes of real-news wording met in block 34 (devset34, worked after its first contact: peacekeepers 'from'
a country, a factbox of hosts under country headings, a unit's own size, French budget prose, a Spanish
comparison of army sizes in brackets, and the level a count rises 'up from').

Every sentence here is the project's own, written to show a class of wording; none is copied from a
development set.
"""

from __future__ import annotations

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures
from tests.extraction.realtext import figs


def _all(text: str, published: date = date(2025, 6, 1), **info):
    return extract_figures(text, ArticleInfo("t", published, **info))


def test_peacekeepers_from_a_country_are_its_own_and_the_other_contributor_is_no_host():
    found = figs("There are currently 420 troops from Nepal and 210 troops from Ghana stationed on the Golan Heights with "
                 "the UN peacekeeping force.")
    assert {("NPL", "troops_deployed", 420, "SYR"), ("GHA", "troops_deployed", 210, "SYR")} <= found
    assert not {f for f in found if f[3] in ("NPL", "GHA")}


def test_troops_withdrawn_from_a_country_keep_it_as_their_host():
    found = figs("U.S. Africa Command will complete its withdrawal of all 800 troops from Chad ahead of schedule.")
    assert ("USA", "troops_deployed", 800, "TCD") in found


def test_a_contingent_that_left_is_no_deployment():
    found = figs("The 300 Danish troops left the region last week after the fighting, the UN peacekeeping mission said.")
    assert not found


def test_a_country_heading_names_the_host_of_the_lines_under_it():
    found = _all("JORDAN\nAbout 2,900 U.S. troops are here, mostly at an air base.\nBAHRAIN\nAbout 4,100 U.S. military "
                 "permanently stationed in the country.", published=date(2003, 1, 1))
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in found}
    assert {("USA", "troops_deployed", 2_900, "JOR"), ("USA", "troops_deployed", 4_100, "BHR")} <= got


def test_the_size_each_brigade_has_is_a_units_not_a_strength():
    found = figs("A brigade of the 1st Cavalry is arriving for drills in Qatar. Each brigade has about 4,000 combat troops.")
    assert not {f for f in found if f[2] == 4_000}


def test_french_budget_prose_with_progression_atteindre_and_contre():
    text = ("Le ministre a présenté le projet de budget de l'Administration de la défense nationale pour 2026. Le "
            "budget global de l'administration a enregistré une hausse de 2,1 milliards de dirhams, soit une "
            "progression de 3,1 %, pour atteindre 70 milliards de dirhams, contre 67,9 milliards de dirhams en 2025. "
            "La part du budget de la défense nationale dans le produit intérieur brut ne dépassera pas 3,9 %, contre "
            "4,2 % en 2025.")
    got = {(f.country_iso3, f.metric, f.value) for f in _all(text, title="Maroc : le budget de la défense")}
    assert {("MAR", "budget_change_pct", 3.1), ("MAR", "defense_budget", 70e9), ("MAR", "defense_budget", 67.9e9),
            ("MAR", "defense_share_gdp_pct", 3.9), ("MAR", "defense_share_gdp_pct", 4.2)} <= got


def test_spanish_army_sizes_compared_in_brackets_are_each_countrys():
    text = ("Sin contar a los reservistas, Chile tiene 77.000 soldados activos para 19 millones de habitantes. En "
            "términos absolutos, el número de soldados profesionales de Chile es mucho menor que el de, por ejemplo, "
            "Brasil (360 mil) y Argentina (80 mil). El ejército ha dependido desde su creación de un gran número de "
            "reservistas que pueden movilizarse rápidamente.")
    got = {(f.country_iso3, f.metric, f.value) for f in _all(text)}
    assert {("CHL", "active_personnel", 77_000), ("BRA", "active_personnel", 360_000),
            ("ARG", "active_personnel", 80_000)} <= got


def test_up_from_reads_only_a_count_of_its_own_sentence():
    found = figs("America has about 50,000 troops in more than a dozen Middle Eastern countries. The number of US "
                 "soldiers and civilians working for the Pentagon in the region is 51,000, up from 45,000 last year.")
    assert not {f for f in found if f[2] == 45_000}
