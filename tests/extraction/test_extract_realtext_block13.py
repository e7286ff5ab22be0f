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


def test_a_leading_with_clause_belongs_to_the_subject_after_it():
    text = ("Some of the troops are based in Goma. With 1,380 troops and 20 military observers, Ghana is the largest "
            "West African troop contributor to the UN mission in the Congo.")
    found = figs(text)
    assert {f for f in found if f[:3] == ("GHA", "troops_deployed", 1380.0)}
    assert not {f for f in found if f[0] == "COD"}
