"""Classes of real-news wording met in blocks 34-35 (devset35 and devset36, worked after their first contacts).

Every sentence here is the project's own, written to show a class of wording; none is copied from a
development set.
"""

from __future__ import annotations

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures
from tests.extraction.realtext import figs


def _all(text: str, published: date = date(2025, 6, 1), **info):
    return extract_figures(text, ArticleInfo("t", published, **info))


def test_the_force_after_a_sentence_that_named_the_defence_force_and_png_by_its_initials():
    found = figs("THE strength of the PNG Defence Force will be increased to 8,000 over the next decade, the minister "
                 "said. He said the government had down-sized the force from 3,500 to 2,100 in 2002, when the "
                 "Indonesians were building up theirs.")
    assert {("PNG", "active_personnel", 8_000, ""), ("PNG", "active_personnel", 3_500, ""),
            ("PNG", "active_personnel", 2_100, "")} <= found
    assert not {f for f in found if f[0] == "IDN"}


def test_a_force_without_a_defence_force_named_stays_unread():
    assert not figs("The police task force grew from 3,500 to 4,100 officers last year, the city said.")
