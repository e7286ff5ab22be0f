"""Armed forces counted with their civilian staff.

"the staff of the army was 64,932 people as of March 1, 2016. Including: 14 502 officers, ... i.e. 50,525 military
personnel, and 14,407 civilian personnel." The total counts civilians: it is no active strength. The military
part, named beside its civilians ("50,525 military personnel, and 14,407 civilian personnel", "48,000 troops and
14,000 civilian personnel"), is the strength in uniform.
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.attribution import find_owner
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import I

METHOD = "personnel:beside-civilians"
_CIVILIANS_FOLLOW_RE = re.compile(r"[^.;]{0,60}?\b(?:including|includes|of\s+whom|of\s+which|of\s+them|i\.e\.)\b[^;]{0,260}?"
                                  r"\b(?:civilians?|police(?:men|\s+officers)?|policias|paramilitar\w*)\b", I)  # (or police: "of them 103,962 are police")
_INCLUDING_NEXT_RE = re.compile(r"\s*(?:including|of\s+whom|of\s+these)\s*:", I)
_MILITARY_PART_RE = re.compile(r"\s+(?:military\s+personnel|servicemen|service\s*members|troops|soldiers)\s*,?\s+and\s+"
                               r"(?:about\s+|some\s+|around\s+|nearly\s+)?\d[\d,. ]*\s+civilian\s+(?:personnel|staff|employees|workers)\b", I)


def total_with_civilians(ctx: Context, si: int, end: int) -> bool:
    """True when the count ending at ``end`` is broken down right after into parts that include civilians."""
    if _CIVILIANS_FOLLOW_RE.match(ctx.norm, end, min(ctx.sentences[si].end, end + 340)):
        return True
    if si + 1 >= len(ctx.sentences):
        return False
    nxt = ctx.sentences[si + 1]  # "... was 64,932 people. Including: ..., and 14,407 civilian personnel."
    return bool(_INCLUDING_NEXT_RE.match(ctx.norm, nxt.start)
                and _CIVILIANS_FOLLOW_RE.match(ctx.norm, nxt.start, min(nxt.end, nxt.start + 340)))


def military_beside_civilians(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Add the military part named beside its civilians (module docstring) as the owner's active strength."""
    taken = {f.start for f in figures}
    for b in numbers:
        if b.kind != "count" or b.start in taken or not b.value or b.value < 1_000:
            continue
        if not _MILITARY_PART_RE.match(ctx.norm, b.end):
            continue
        owner, how = find_owner(ctx, si, b, "", [])
        if not owner or owner == "NATO":
            continue
        made = make(ctx, si, b, "active_personnel", owner, how, METHOD)
        bisect.insort(figures, made, key=lambda f: f.start)
