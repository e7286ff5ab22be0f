"""A budget level that continues the budget of the sentence before through a pronoun: "The current budget allocation
for 2012/13 was R37.5bn. It was expected to grow to R39.9bn in 2013/14"; "Mexico spent around $6.27 billion on its
military in 2018. That number swelled to over $9 billion in 2020"; "... were to get $55,687 million. That's come down
marginally to $55,564 million". The sentence opens on "it", "that", "this" or "the figure" (the budget just read),
a verb of level or change leads to the first amount, in the same money, with no change word right before it ("an
increase of" is a change, not a level): that amount is the same owner's budget, with its own year. A later amount of
the sentence is left to the series pass ("... and reach R42.3bn in 2014/15").
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import HEDGE, I

_ANAPHOR_LEVEL_RE = re.compile(
    r"\s*(?:(?:but|and|however|since\s+then|by\s+then)\s*,?\s+)?"
    r"(?:it|that|this|(?:that|this|the)\s+(?:number|figure|amount|sum|total|allocation|budget|spending))(?:['\u2019]s)?\s+"
    r"(?:[\w'\u2019-]+\s+){0,5}?(?:to|at|around|about|near|reach(?:ed|es)?)\s+" + HEDGE + r"$", I)
_CHANGE_WORD_RE = re.compile(r"\b(?:by|increase|rise|hike|boost|jump|cut|decrease|reduction|drop|fall|more|less|additional|extra|"
                             r"percent|per\s+cent|share|GDP|per\s+year|a\s+year|annually)\b", I)


def anaphoric_levels(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure], previous: list[Figure]) -> None:
    """Add the budget level that sentence ``si`` gives for the budget its pronoun stands for (module docstring)."""
    if not si or any(f.metric == "defense_budget" for f in figures):
        return
    prev_start = ctx.sentences[si - 1].start
    last = previous[-1] if previous and previous[-1].start >= prev_start else None
    if last is None or last.metric != "defense_budget" or not last.currency or "conversion" in last.method:
        return
    sent = ctx.sentences[si]
    m = next((n for n in numbers if n.kind == "money"), None)
    if m is None or m.currency != last.currency or any(n.start < m.start for n in numbers if n.kind != "year"):
        return
    left = m.hedge_start if m.hedge_start is not None else m.start
    lead = _ANAPHOR_LEVEL_RE.fullmatch(ctx.norm, sent.start, left)
    if lead is None or _CHANGE_WORD_RE.search(ctx.norm, sent.start, left):
        return
    made = make(ctx, si, m, "defense_budget", last.country_iso3, "pair", "budget:anaphoric-level")
    bisect.insort(figures, made, key=lambda f: f.start)
