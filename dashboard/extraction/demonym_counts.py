"""People counted by their nationality, in a sentence about troops: "Around 10,000 troops from 22 nations were
involved in INTERFET in East Timor, including some 5500 Australians"; "the force had 369 Hondurans and 374
Salvadorans". The plural demonym right after the number names both what is counted and whose they are: the count is
that country's deployment where the sentence (or the ones before) places it. Nothing is read without a host, in a
sentence about casualties, or where a rule already read the number.
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.attribution import host_near
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure

METHOD = "personnel:demonym-count"
MIN_COUNT = 20
_TROOP_CUE_RE = re.compile(r"\b(?:troops|soldiers|forces|peace-?keepers|contingents?|military|deployed|deployment|mission|battalions?)\b", re.I)
_CASUALTY_RE = re.compile(r"\b(?:killed|died|dead|deaths|wounded|injured|casualties|missing|captured|evacuated|civilians|tourists|"
                          r"residents|citizens|nationals|workers|students|refugees|migrants|expatriates)\b", re.I)
# a plural demonym ends in "s" ("Australians", "Britons", "Thais"); one with no plural of its own may be an adjective
# ("61,094 Nepalese soldiers", "300 Swiss")
_SAME_WORD_RE = re.compile(r"(?:Swiss|ese|ish|ch)$")
# what may follow the people counted: an end, a list or a verb ("5500 Australians.", "369 Hondurans and", "Filipinos were")
_NEXT_RE = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:and|or|were|are|was|is|have|had|who|in|on|at|from|to|with|serving|served|stationed|deployed|"
                      r"remain|remained|took|take|formed|form|joined|join)\b")


def demonym_counts(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Add the deployments of sentence ``si`` counted by nationality (see the module docstring) to ``figures``."""
    if not ctx.says(si, _TROOP_CUE_RE) or ctx.says(si, _CASUALTY_RE):
        return
    taken = {f.start for f in figures}
    for n in numbers:
        if n.start in taken or n.kind != "count" or n.value is None or n.value < MIN_COUNT:
            continue
        after = [c for c in ctx.country_mentions(n.end, n.end + 40) if not ctx.norm[n.end:c.start].strip()]
        if not after or after[0].kind != "demonym" or not after[0].text.endswith("s") or _SAME_WORD_RE.search(after[0].text):
            continue  # ("500 Swedish soldiers" is the number-noun rule's; "300 Chinese" may be an adjective)
        if not _NEXT_RE.match(ctx.norm, after[0].end):
            continue
        owner = after[0].iso3
        host, _how = host_near(ctx, si, n, owner)
        if not host or host == owner:
            continue
        bisect.insort(figures, make(ctx, si, n, "troops_deployed", owner, "pair", METHOD, host=host), key=lambda f: f.start)
    _demonym_chain(ctx, si, numbers, figures)


# "The battlegroup also includes over 450 German, 100 Belgian and 250 Dutch troops": the noun said once, after the last
# item; each count before it, with its own demonym, is that country's deployment where the last one is
_CHAIN_JOIN_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
CHAIN_METHOD = "personnel:demonym-chain"


def _demonym_chain(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    taken = {f.start: f for f in figures}
    for k in range(len(numbers) - 1, 0, -1):
        last = taken.get(numbers[k].start)
        if last is None or last.metric != "troops_deployed" or not last.host_iso3:
            continue
        j = k
        while j > 0:
            item, nxt = numbers[j - 1], numbers[j]
            dem = [c for c in ctx.country_mentions(item.end, nxt.start) if c.kind == "demonym"]
            if (item.start in taken or item.kind != "count" or not item.value or len(dem) != 1 or ctx.norm[item.end:dem[0].start].strip()
                    or not _CHAIN_JOIN_RE.fullmatch(ctx.norm, dem[0].end, nxt.hedge_start if nxt.hedge_start is not None else nxt.start)
                    or dem[0].iso3 in (last.host_iso3, last.country_iso3)):
                break
            made = make(ctx, si, item, "troops_deployed", dem[0].iso3, "pair", CHAIN_METHOD, host=last.host_iso3)
            bisect.insort(figures, made, key=lambda f: f.start)
            j -= 1
