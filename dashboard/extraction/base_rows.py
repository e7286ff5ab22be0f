"""Bases abroad listed one country a line, as explainers of a country's military presence print them:

    France maintains a significant military presence in Africa, split between permanent and non-permanent bases.
    1. Gabon (EFG): Located in Libreville, this base hosts 350 soldiers.
    4. Djibouti (FFDj): With 1500 soldiers, this base is one of the largest in Africa.

A line that opens with a country (numbered or not, with the garrison's short name in brackets) and a colon, and then
counts soldiers at a base on that line, is the article's own country's deployment in the line's country: the owner is
the country the article is about, the host the line's. The article must say near its start that it is about a
presence, bases or garrisons abroad; a line naming the owner itself is skipped. These readings replace what the
sentence rules made of the same numbers (a base's soldiers read as the line country's own strength).
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import I

METHOD = "personnel:base-row"
_PRESENCE_RE = re.compile(r"\b(?:military\s+presence|(?:military\s+)?bases|garrisons?|troops\s+(?:abroad|stationed)|forces\s+abroad)\b", I)
_ROW_RE = re.compile(r"(?:^|(?<=\n))[ \t]*(?:\d{1,2}[.)][ \t]*)?(?P<place>[A-Z][^\n\d:()]{1,40}?)[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:\*[ \t]*)?:"
                     r"(?P<rest>[^\n]*)")
_BASE_CUE_RE = re.compile(r"\b(?:base|garrison|camp|stationed|deployed|based|hosts|houses|home\s+to)\b", I)
_SOLDIERS_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+)?(?:soldiers|troops|personnel|servicemen|service\s+members|marines|men)\b", I)


def base_row_figures(ctx: Context, numbers: list[NumberMention], main_country: str, figures: list[Figure]) -> list[Figure]:
    """The deployments of every base row (see the module docstring); ``figures`` loses what they replace."""
    norm = ctx.norm
    if not main_country or not _PRESENCE_RE.search(norm, 0, min(len(norm), 400)) and not _PRESENCE_RE.search(ctx.info.title if ctx.info else ""):
        return []
    ordered = sorted(numbers, key=lambda n: n.start)
    starts = [n.start for n in ordered]
    out: list[Figure] = []
    for row in _ROW_RE.finditer(norm):
        rest_start, rest_end = row.start("rest"), row.end("rest")
        if not _BASE_CUE_RE.search(norm, rest_start, rest_end):
            continue
        named = [c for c in ctx.country_mentions(row.start("place"), row.end("place")) if c.kind != "alliance"]
        if len(named) != 1 or named[0].iso3 == main_country:
            continue
        on_line = ordered[bisect.bisect_left(starts, rest_start):bisect.bisect_left(starts, rest_end)]  # (the row's numbers only)
        number = next((n for n in on_line if n.value and n.kind == "count" and _SOLDIERS_AFTER_RE.match(norm, n.end)), None)
        if number is None:
            continue
        fig = make(ctx, ctx.sentence_index(number.start), number, "troops_deployed", main_country, "article", METHOD, host=named[0].iso3)
        fig.passage = " ".join(ctx.text[row.start():row.end()].split())
        out.append(fig)
    replaced = {f.start for f in out}
    figures[:] = [f for f in figures if f.start not in replaced]
    return out
