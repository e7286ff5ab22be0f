"""Rounds 919 on (the session of 2026-12-05, second part): classes found in the worked sets, each fixed as a class
and tested on sentences written here, each test shown to fail on the code before its change. The nine sets held out
within the sessions before stay out of the work (read only as a sum)."""

from datetime import date

from tests.extraction.realtext import deployed


def test_a_region_named_as_the_region_of_a_place_is_the_host():
    text = ("The president bade farewell to 310 soldiers of the Togolese Armed Forces set for a peacekeeping mission in the "
            "Sudanese region of Darfur.")
    assert ("TGO", 310.0, "SDN") in deployed(text, date(2012, 6, 18))


def test_members_who_continue_their_operations_in_a_country_are_deployed_there():
    text = "The ministry said that 1,210 SANDF members would continue their operations in Mozambique until April."
    assert ("ZAF", 1210.0, "MOZ") in deployed(text, date(2022, 7, 1))
