"""Counts that sum people over time or count places, not a force standing at one time: troops sent over many years
("Since 2006, Cambodia has sent nearly 10,000 personnel"), everyone who served in a mission over its rotations ("a total
of 3,700 served in"), and numbers that count bases or posts ("at 60 military bases")."""

from __future__ import annotations

import re

from dashboard.extraction.context import Context
from dashboard.extraction.vocab import HEDGE, I

# Troops sent over many years, summed: "Since 2006, Cambodia has sent nearly 10,000 personnel on such missions",
# "who from 1978 to 2002 provided 15,000 soldiers", "participated in 40 peacekeeping missions, deployed over 100,000
# troops", "since Vietnam participated in the missions in 2014": a running total of rotations, not a deployment standing now
_SENT_OVER_TIME_RE = re.compile(r"\b(?:sent|deployed|deploying|contribute[ds]?|performing|participated|provided|dispatched|rotated|trained|(?:have|has|had)\s+(?:\w+ly\s+)?"
                                r"(?:served|participated|fulfilled|completed|taken\s+part|gone)|(?:have|has)\s+been\s+on\s+(?:\w+\s+)?missions)\b", I)
_CUMULATIVE_RE = re.compile(
    r"\bsince\s+(?:(?:19|20)\d\d|joining|(?:it|they)\s+(?:first\s+)?joined|(?:its|the|their|this|that)\s+(?:first|start|beginning|operation|mission))\b|\bthroughout\s+(?:this|the|last)\s+year\b|\bsince\s+(?-i:[A-Z])\w+\s+(?:first\s+)?(?:participated|joined|took\s+part)\b"
    r"|\bfrom\s+(?:19|20)\d\d\s*(?:to|until|till|through|-|\u2013)\s*(?:19|20)\d\d\b"
    r"|\bover\s+the\s+(?:past\s+|last\s+)?(?:\w+\s+)?(?:years|decades?)\b|\bover\s+the\s+[\w-]+-year(?:-plus)?\s+period\b|\bspans?\s+a\s+period\s+of\s+\d+\s+years\b|\bin\s+total\s+since\b|\bcumulative\w*\b"
    r"|\b(?:to|till|until)[\s-]+date\b|\bsince\s+then\b|\bduring\s+(?:this|that|the\s+same)\s+period\b|\b(?:has|have)\s+(?:so\s+far|(?:up\s+)?till\s+now|until\s+now)\b"  # ("To date, it has sent about 1,800 peacekeepers to Sudan, South Sudan, ...")
    r"|\b(?:has|have)\s+(?:\w+ly\s+)?(?:sent|deployed|contributed|dispatched)\b(?:[^.;,]|,(?=\d)){0,90}?\bso\s+far\b"  # ("It has sent over 2,75,000 troops to peacekeeping missions so far")
    r"|\b(?:the|these|all|its|their)\s+(?:\w+\s+)?(?:tours|rotations)\s+(?:have|has)\s+(?:seen|involved|included)\b", I)
_STANDING_NOW_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:are|is|remain)\s+(?:(?:currently|now|still|today)\s+)?(?:stationed|deployed|based|serving)\b"
                              r"|\s+(?:currently|now|still)\s+(?:stationed|deployed|based|serving)\b", I)  # (standing now: "with around 5,900 currently deployed")
_UNIT_OF_BEFORE_RE = re.compile(r"\b(?:an?|its|their|the)\s+(?:[\w-]+\s+)?(?:contingent|battalion|detachment|company)\s+of\s+" + HEDGE + r"$", I)
_MISSION_COUNT_RE = re.compile(r"\bin\s+(?:its|their)\s+\d+\s+missions\b|\b(?:participated|contributed|deployed\s+[\d,]+\s+\w+|(?:have|has|had)\s+served|"
                               r"(?:have|has)\s+(?:been\s+)?(?:sent|deployed|dispatched)\b[^.;]{0,60}?)\s+(?:in|on|to)\s+(?:over\s+|more\s+than\s+|some\s+)?(?:\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|[a-z]+teen|ten|eleven|twelve|several|numerous|dozens\s+of)\s+"  # ("twenty-three")
                               r"(?:[\w-]+\s+){0,3}?(?:missions|operations|mission\s+areas)\b", I)


def cumulative_deployment(ctx: Context, si: int, start: int, end: int) -> bool:
    """True when the clause around a deployment count [start, end) sums troops sent over the years."""
    sent = ctx.sentences[si]
    lo, hi = max(sent.start, start - 160), min(sent.end, end + 120)
    if _STANDING_NOW_RE.match(ctx.norm, end, min(sent.end, end + 60)) or _UNIT_OF_BEFORE_RE.search(ctx.norm, max(sent.start, start - 60), start):
        return False  # "Deployed there since 2002, about 450 men are currently stationed in": a force standing now (and
        # "Since 2014, Morocco has contributed to MINUSCA with a contingent of 750": one unit, the same men at a time)
    if ctx.finds(_MISSION_COUNT_RE, lo, min(sent.end, end + 140)):
        return True
    return ctx.finds(_CUMULATIVE_RE, lo, hi) and ctx.finds(_SENT_OVER_TIME_RE, max(sent.start, start - 80), hi)


# "A total of 3,700 Australian personnel served in the battle group": everyone who passed through it over its
# rotations, summed, not a force standing at one time ("a total of" before the count, "served in" after its noun)
_A_TOTAL_OF_RE = re.compile(r"\ba\s+total\s+of\s+" + HEDGE + r"$", I)
_SERVED_AFTER_RE = re.compile(r"[^.;]{0,70}?\b(?:\w+ly\s+)?(?:have\s+|has\s+|had\s+)?served\s+(?:in|with|on|at)\b", I)


def served_in_total(ctx: Context, si: int, start: int, end: int) -> bool:
    """True when a count [start, end) is "a total of N ... served in" something: a sum over rotations."""
    sent = ctx.sentences[si]
    return (_A_TOTAL_OF_RE.search(ctx.norm, max(sent.start, start - 40), start) is not None
            and _SERVED_AFTER_RE.match(ctx.norm, end, sent.end) is not None)


# "13,500 troops deployed at 60 military bases": the number after the noun counts the places named after it
_PLACES_COUNTED_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:bases|outposts|posts|positions|sites|locations|camps|"
                                r"villages|towns|cities|provinces|regions|countries|missions)\b", I)


def counts_places(ctx: Context, end: int) -> bool:
    """True when the number ending at ``end`` counts bases, posts or other places, not people."""
    return bool(_PLACES_COUNTED_RE.match(ctx.norm, end, min(len(ctx.norm), end + 40)))
