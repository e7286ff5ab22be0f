"""A change stated as a fraction in words: "the defense budget will be cut by about a third", "cut military spending
in half", "raise defence spending by a quarter", "forecast to grow as much as a fifth". Each fraction after "by" (or
"in half", "as much as") becomes a percent mention (33.33, 50, 25, 20, 66.67, 75), so the rules read it as they read
"by 33%": only a change of the defense budget is a figure. "half a million", "a third of the troops" and "by half the amount" say something else and are left alone.

>>> [(m.value, m.qualifier, m.kind) for m in fraction_percents("Spending will be cut by about a third this year.")]
[(33.33, 'approx', 'percent')]
"""

from __future__ import annotations

import re

from dashboard.extraction import number_marks as mk
from dashboard.extraction.record import NumberMention

_VALUES = {"half": 50.0, "third": 33.33, "quarter": 25.0, "fifth": 20.0, "two-thirds": 66.67, "two thirds": 66.67,
           "three-quarters": 75.0, "three quarters": 75.0}
_FRACTION_RE = re.compile(
    r"\b(?P<prep>by|in|as\s+much\s+as)\s+(?P<hedge>(?:about|around|nearly|almost|roughly|some|more\s+than|over|less\s+than|at\s+least)\s+)?"
    r"(?P<num>(?:a|one)[\s-](?:third|quarter|fifth)|two[\s-]thirds|three[\s-]quarters|half)\b"
    r"(?!\s+(?:a|an|the|of|as|its|their|his|her|what|million|billion|trillion|thousand|lakh|crore)\b|\s+(?:this|that)\s+(?:amount|sum|figure|level|number)"
    r"|[\s-]+(?:year|month|century|decade)|-)",
    re.I)


def fraction_percents(norm: str) -> list[NumberMention]:
    """The fractions in words that state a change (see the module docstring), as percent mentions."""
    if "half" not in norm and "third" not in norm and "quarter" not in norm and "fifth" not in norm:
        return []
    found = []
    for m in _FRACTION_RE.finditer(norm):
        word = " ".join(m.group("num").lower().split())
        if m.group("prep").lower() == "in" and word != "half":
            continue  # ("in a third of the cases"; only "cut in half")
        key = word if word in _VALUES else word.split("-")[-1].split()[-1]
        start = m.start("num")
        qualifier, hedge_start = mk.hedge_before(norm, start) if m.group("hedge") else ("", None)
        if m.group("prep").lower() == "in":
            hedge_start = m.start("prep")  # ("cut military spending in half": the rules read the verb before "in")
        elif m.group("prep").lower() != "by":
            qualifier, hedge_start = "upper_bound", m.start("prep")  # ("to grow as much as a fifth")
        found.append(NumberMention(start=start, end=m.end("num"), value=_VALUES[key], kind="percent",
                                   qualifier=qualifier, hedge_start=hedge_start))
    return found
