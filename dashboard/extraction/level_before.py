"""A budget level that the next sentence compares with an earlier one: "The projection of what this figure will be
in 2025-26 is around A$58.7 billion. This is up from A$32 billion in the next financial year."

The second sentence opens on "This is up from" (or "down from", "an increase from") and reads the earlier level as
a defence budget; the amount it refers back to, the last one of the sentence before, is the same budget at its new
level, with the same owner and currency. Only an amount read as nothing else, and only when the sentence before
names no other amount after it.
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure

METHOD = "budget:level-before-up-from"
_THIS_FROM_RE = re.compile(r"\W*(?:this|that|it)\s+(?:is|was|would\s+be|will\s+be|marks|represents)\s+(?:an?\s+)?"
                           r"(?:up|down|rise|increase|jump|drop|fall|decrease)\s+(?:\w+\s+)?from\s+", re.I)


def levels_before_up_from(ctx: Context, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Add to ``figures`` (sorted by start) the levels that a following "This is up from ..." compares."""
    froms = [f for f in figures if f.metric == "defense_budget" and f.method.startswith("budget:changed-from-level")]
    if not froms:
        return
    taken = {f.start for f in figures}
    for f in froms:
        si = ctx.sentence_index(f.start)
        if si == 0 or not _THIS_FROM_RE.match(ctx.norm, ctx.sentences[si].start, f.start):
            continue
        prev = ctx.sentences[si - 1]
        amounts = [n for n in numbers if prev.start <= n.start and n.end <= prev.end and n.kind == "money"]
        if not amounts or amounts[-1].start in taken or amounts[-1].currency != f.currency:
            continue
        made = make(ctx, si - 1, amounts[-1], "defense_budget", f.country_iso3, "previous", METHOD)
        bisect.insort(figures, made, key=lambda g: g.start)
        taken.add(made.start)
