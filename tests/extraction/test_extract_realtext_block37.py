"""Classes of real-news wording met in blocks 36-37 (devset37 and devset38, worked after their first contacts).

Every sentence here is the project's own, written to show a class of wording; none is copied from a
development set.
"""

from __future__ import annotations

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures
from tests.extraction.realtext import figs


def _all(text: str, published: date = date(2025, 6, 1), **info):
    return extract_figures(text, ArticleInfo("t", published, **info))


def test_breakaway_regions_are_hosts_and_the_contingent_keeps_its_owner():
    found = figs("Russia has reduced its military presence in Abkhazia to 3,000 people, officials said. This was stated "
                 "by the President of Ukraine at a press conference. According to him, there are about 3,000 troops on "
                 "the territory of Abkhazia.")
    assert ("RUS", "troops_deployed", 3_000, "GEO") in found
    assert not {f for f in found if f[0] == "UKR"}


def test_a_military_budget_that_ballooned_from_one_level_to_another():
    found = figs("Uganda's annual budget for the military has ballooned from Shs1.2 trillion in 2015 to Shs2.4 trillion "
                 "this year.")
    assert {("UGA", "defense_budget", 1.2e12, ""), ("UGA", "defense_budget", 2.4e12, "")} <= found


def test_a_level_stated_before_its_change_up_from_an_earlier_one():
    found = figs("The Defense Ministry proposed an allocation of Rp 150 trillion, but the government decided to give it "
                 "Rp 135 trillion, up 12 percent from Rp 120 trillion this year.")
    assert {("IDN", "defense_budget", 135e12, ""), ("IDN", "defense_budget", 120e12, "")} <= found


def test_french_budget_that_passe_de_one_level_to_another():
    text = ("Le ministre des Finances a rappelé que le budget des Forces armées du Sénégal reste indicatif. Il souligne "
            "toutefois des efforts importants cette année. Le budget militaire passe en effet de 290 à 310 milliards "
            "FCFA. Cette progression représente une hausse d'environ 20 milliards.")
    got = {(f.country_iso3, f.metric, f.value) for f in _all(text)}
    assert {("SEN", "defense_budget", 290e9), ("SEN", "defense_budget", 310e9)} <= got
    assert ("SEN", "defense_budget", 300e9) not in got  # never the middle of a range


def test_a_named_force_consisting_of_a_range_written_with_one_thousands_group():
    found = _all("In addition, the mainland Turkish Armed Forces maintain the Cyprus Turkish Peace Force (CTPF) consisting "
                 "of around 30-40,000 troops drawn from the 9th Army Corps.")
    got = [(f.country_iso3, f.metric, f.low, f.high, f.host_iso3) for f in found]
    assert got == [("TUR", "troops_deployed", 30_000, 40_000, "CYP")]
