"""Classes of real-news wording met in block 23 (devset24, worked after block 23's first contact, and the
other worked sets).

Every sentence here is the project's own, written to show a class of wording; none is copied from
a development set.
"""

from __future__ import annotations

from tests.extraction.realtext import figs


def test_a_country_the_subject_borders_is_a_place_not_the_owner():
    found = figs("Finland will raise its defence budget next year. The Nordic state of 5.6 million people, which "
                 "borders Russia, will spend about 2.4% of GDP on defence this year.")
    assert ("FIN", "defense_share_gdp_pct", 2.4, "") in found
    assert not {f for f in found if f[0] == "RUS"}


def test_its_force_after_in_neighbouring_country_is_the_subjects():
    found = figs("Niger has ended its mission against militants in neighbouring Mali and pulled back its "
                 "1,500-strong force across the border.")
    assert ("NER", "troops_deployed", 1500.0, "MLI") in found
    assert not {f for f in found if f[0] == "MLI"}


def test_soldiers_in_a_host_from_a_country_belong_to_that_country():
    found = figs("The mission said it expects 640 soldiers in Mali from Togo by the end of the rotation.")
    assert ("TGO", "troops_deployed", 640.0, "MLI") in found


def test_a_force_that_is_from_a_country_names_its_owner_not_its_host():
    text = ("In its weekly update on the mission in South Sudan, UNMISS said the newly arrived battalion is from "
            "Rwanda. The 300 troops will be deployed to Malakal next week.")
    found = figs(text)
    assert not {f for f in found if f[0] == "SSD" or f[3] == "RWA"}


def test_the_solomons_is_the_solomon_islands_and_leaving_troops_there_is_a_deployment():
    found = figs("New Zealand sent 250 personnel to the Solomons in May. That will leave about 90 personnel on "
                 "the Solomons over the summer.")
    assert ("NZL", "troops_deployed", 250.0, "SLB") in found
