"""Classes of real-news wording met in block 16 (devset16, worked after block 15's first contact, and the
other worked sets).

Every sentence here is the project's own, written to show a class of wording; none is copied from
a development set.
"""

from __future__ import annotations

from tests.extraction.realtext import figs


def test_active_strengths_in_brackets_after_a_sentence_about_active_militaries():
    text = ("Two more nations have active militaries exceeding 400,000 people. Those are Egypt (440,000) and "
            "Turkey (425,000).")
    assert {("EGY", "active_personnel", 440000.0, ""), ("TUR", "active_personnel", 425000.0, "")} <= figs(text)


def test_a_list_of_active_strengths_introduced_by_a_sentence():
    text = ("Nations with militaries exceeding 300,000 active members include:\n\n  \u2022 Egypt: 440,000\n"
            "  \u2022 Turkey: 425,000\n  \u2022 Indonesia: 400,000\n\nOther nations are smaller.")
    assert {("EGY", "active_personnel", 440000.0, ""), ("TUR", "active_personnel", 425000.0, ""),
            ("IDN", "active_personnel", 400000.0, "")} <= figs(text)
    # a list introduced by something else is no strength list
    text = "Nations that import the most wheat include:\n\n  \u2022 Egypt: 440,000\n  \u2022 Turkey: 425,000\n"
    assert not figs(text)
