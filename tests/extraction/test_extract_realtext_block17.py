"""Classes of real-news wording met in block 17 (devset17, worked after block 16's first contact, and the
other worked sets).

Every sentence here is the project's own, written to show a class of wording; none is copied from
a development set.
"""

from __future__ import annotations

from tests.extraction.realtext import figs


def test_soldiers_deployed_in_many_missions_over_the_years_are_a_running_total():
    text = "Over six decades of peacekeeping, the Ghana Armed Forces have deployed 80,500 soldiers in 30 missions."
    assert not {f for f in figs(text) if f[1] == "troops_deployed"}
    # a level held 'at a time' for years is a level
    assert {f for f in figs("700 Irish peacekeepers at a time served in Lebanon for over two decades.")
            if f[:2] == ("IRL", "troops_deployed")}


def test_a_unit_number_after_from_is_no_level_and_an_alliance_no_second_country():
    text = ("Around 600 Danish troops from 2 RIFLES have deployed to Latvia for a six-month tour. They'll be part of "
            "NATO's Forward Presence.")
    found = figs(text)
    assert ("DNK", "troops_deployed", 600.0, "LVA") in found
    assert not {f for f in found if f[2] == 2.0}
