"""A country's contribution to peacekeeping, broken down: "Kenya is third, with a contribution of 1,229 personnel in
total. There are 27 police, 37 to the UNMEM and 1,165 troops." The total counts the police (so it is no troop
figure) even when the breakdown stands in the next sentence."""

from __future__ import annotations

import re

from dashboard.extraction.context import Context

WITH_POLICE = "a contribution counted with its police, or the police part of it: not troops"
_OWN_COUNT_BEFORE_RE = re.compile(r"(?<![\w.,])\d[\d,.]*\s+(?:[\w-]+\s+)?$")
_POLICE_RE = re.compile(r"\bpolice\b", re.I)
# the next sentence opens as a breakdown of the count before it
_BREAKDOWN_OPENS_RE = re.compile(r"(?:there\s+(?:are|were)|of\s+(?:these|them|this\s+(?:total|number))|they\s+(?:include|comprise|are)|"
                                 r"(?:this|the\s+total|the\s+contingent|the\s+contribution)\s+(?:includes|comprises|is\s+made\s+up\s+of))\b",
                                 re.I)


def counted_with_police(ctx: Context, si: int, number_end: int, noun_end: int) -> bool:
    """True when police are counted in (or are) the count ending at ``number_end``: named after it in its sentence,
    or in the next sentence when that sentence opens as its breakdown ("There are 27 police, ...")."""
    sent = ctx.sentences[si]
    police = _POLICE_RE.search(ctx.norm, number_end, min(sent.end, noun_end + 120))
    if police and not _OWN_COUNT_BEFORE_RE.search(ctx.norm, max(number_end, police.start() - 30), police.start()):
        return True  # (but "2,436 troops, 30 military experts, and 173 police": the police are an item of their own)
    if si + 1 >= len(ctx.sentences) or ctx.norm.find("\n\n", sent.end, ctx.sentences[si + 1].start) >= 0:
        return False
    nxt = ctx.sentences[si + 1]
    return bool(_BREAKDOWN_OPENS_RE.match(ctx.norm, nxt.start) and _POLICE_RE.search(ctx.norm, nxt.start, min(nxt.end, nxt.start + 80)))


# "Belarus' military size in 2020 was 158,000 ... This number includes active-duty military personnel and paramilitary
# forces": the next sentence says the count holds paramilitaries too (the World Bank's definition, often copied)
_INCLUDES_PARAMILITARY_RE = re.compile(r"\s*(?:this|the|that)\s+(?:number|figure|total|count|estimate)\s+(?:also\s+)?includes\b[^.;]{0,120}?"
                                       r"\b(?:paramilitar\w*|gendarm\w*|police|border\s+guards?)\b", re.I)


def includes_paramilitary_after(ctx: Context, si: int) -> bool:
    """True when the sentence after ``si`` opens by saying its count includes paramilitary forces or police."""
    return si + 1 < len(ctx.sentences) and bool(_INCLUDES_PARAMILITARY_RE.match(ctx.norm, ctx.sentences[si + 1].start))
