"""Classes of real-news wording met in block 13 (devset13, worked after block 12's first contact, and the
other worked sets).

Every sentence here is the project's own, written to show a class of wording; none is copied from
a development set.
"""

from __future__ import annotations

from tests.extraction.realtext import figs


def test_a_part_of_the_force_out_of_a_total():
    found = figs("The Jordanian Army has just 3,000 soldiers on the northern border, out of a total of about 100,000.")
    assert ("JOR", "active_personnel", 100000.0, "") in found
