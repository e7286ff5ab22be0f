"""The units a deployment just counted is made of, each with its place:

    a total of 635 ROK personnel were carrying out their missions in six countries. They include 331 of the
    Dongmyeong Unit in Lebanon, 280 of the Hanbit Unit in South Sudan, and those individually deployed.

Each item ("331 of the Dongmyeong Unit in Lebanon") is a deployment of the country that owns the count of the
sentence before (or of this one) in the place the item names. The sentence must open on "They include", "These
include", "This includes" or "Among them"; nothing is read where a rule already read the number.
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.personnel_hosts import place_at
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import I

METHOD = "personnel:unit-item"
_OPENS_RE = re.compile(r"\W*(?:they|these|those)\s+(?:include|included|are)\b|\W*this\s+includes\b|\W*among\s+them\b", I)
_ITEM_RE = re.compile(r"\s+(?:(?:personnel|troops|soldiers|members)\s+)?(?:of|from|in)\s+the\s+(?:(?-i:[A-Z])[\w'-]*\s+){1,3}"
                      r"(?:unit|battalion|contingent|company|group|team|squadron|detachment|brigade)\s+(?:deployed\s+|stationed\s+|based\s+)?"
                      r"(?:in|to|at)\s+(?:the\s+)?", I)


def unit_items(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure], previous: list[Figure]) -> None:
    """Add each unit item of a sentence that lists a deployment's units (see the module docstring)."""
    sent = ctx.sentences[si]
    if not _OPENS_RE.match(ctx.norm, sent.start, sent.end):
        return
    anchor = next((f for f in reversed(previous) if f.metric == "troops_deployed"), None)
    if anchor is None:
        return
    taken = {f.start for f in figures}
    for n in numbers:
        if n.kind != "count" or n.start in taken or not n.value or n.value >= anchor.value:
            continue
        item = _ITEM_RE.match(ctx.norm, n.end, sent.end)
        place, _ = place_at(ctx, item.end()) if item else ([], 0)
        if not place or place[0].iso3 == anchor.country_iso3:
            continue
        made = make(ctx, si, n, "troops_deployed", anchor.country_iso3, "previous", METHOD, host=place[0].iso3)
        bisect.insort(figures, made, key=lambda f: f.start)


gate_all(globals())
