"""Armies ranked by size with each country's count in brackets: "the fourth largest army in the world after
China (2.37 million), India (1.41 million) and the United States (1.43 million)". In a sentence that ranks
armies or militaries by size (or after one about active militaries: "nations with active militaries exceeding 1
million people. Those are India (1.395 million), ..."), a count in brackets right after a country is that country's
active strength.
Nothing else is guessed: the bracket must hold the number alone (a hedge and a noun allowed).
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import HEDGE, I
from dashboard.extraction.word_scan import word_sentences

_RANK_WORDS = ("largest", "biggest", "strongest", "smallest")
_RANKS_ARMIES_RE = re.compile(r"\b(?:largest|biggest|strongest|smallest)\s+(?:standing\s+|active\s+)?"
                              r"(?:arm(?:y|ies)|militar(?:y|ies)|armed\s+forces|(?:contingents?|numbers?)\s+of\s+(?:uniformed\s+|active\s+|military\s+)?"
                              r"(?:personnel|troops|soldiers))\b", I)  # ("the largest contingent of uniformed personnel ... behind")
# "There are three other nations with active militaries exceeding 1 million people. Those are India (1.395 million)"
_ACTIVE_MILITARIES_RE = re.compile(r"\bactive\s+(?:militar(?:y|ies)|military\s+members|armed\s+forces)\b", I)
# "the number of professional soldiers of Israel is much smaller than that of, for example, China (2.2 million)"
_COMPARED_COUNTS_RE = re.compile(r"\bnumber\s+of\s+(?:\w+\s+)?(?:soldiers|troops|personnel|service\s*members)\b[^.;]{0,80}?"
                                 r"\b(?:smaller|larger|bigger|fewer|more|greater|lower|higher)\s+than\b", I)
_OPEN_RE = re.compile(r"\s*\(\s*" + HEDGE + r"$", I)
_CLOSE_RE = re.compile(r"\s*(?:troops|soldiers|personnel|active(?:\s+personnel)?)?\s*\)")


def ranked_strengths(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Add the bracketed strengths of a sentence that ranks armies by size (see the module docstring)."""
    sent = ctx.sentences[si]
    norm = ctx.norm
    ranks, active = word_sentences(ctx, _RANK_WORDS), word_sentences(ctx, ("active",))  # (once per article: rare words)
    if not ((ranks is None or si in ranks) and ctx.finds(_RANKS_ARMIES_RE, sent.start, sent.end)
            or any((active is None or i in active) and ctx.says(i, _ACTIVE_MILITARIES_RE) for i in range(max(0, si - 1), si + 1))
            or ctx.norm.find("than", sent.start, sent.end) >= 0 and ctx.finds(_COMPARED_COUNTS_RE, sent.start, sent.end)):
        return
    taken = {f.start for f in figures}
    for m in numbers:
        if m.kind != "count" or m.start in taken or m.value < 1000:
            continue
        left = m.hedge_start if m.hedge_start is not None else m.start
        opened = _OPEN_RE.search(norm, max(sent.start, left - 30), left)
        if opened is None or not _CLOSE_RE.match(norm, m.end, sent.end):
            continue
        named = [c for c in ctx.country_mentions(max(sent.start, opened.start() - 40), opened.start() + 1)
                 if c.kind != "alliance" and c.end == opened.start()]
        if len(named) != 1:
            continue
        made = make(ctx, si, m, "active_personnel", named[0].iso3, "bound", "personnel:ranked-in-brackets")
        bisect.insort(figures, made, key=lambda f: f.start)


gate_all(globals())
