"""Strengths listed country by country after a colon, one item per short sentence.

    "... the Polish army will dwarf any of the four European members of the NATO Quint: France, 205,000.
    Britain, 194,000. Germany, 184,000. Italy, 170,000."

After a sentence that states a country's active (or reserve) strength and ends on a colon and a first
"Country, N" item, each item is that country's strength of the same kind: the item right after the colon,
and each following sentence that is nothing but another "Country, N" item. The chain is strict: a sentence
with anything more than a country, its number and an optional noun ends it; the number must be a head count
of at least 1,000, and nothing of a deployment is read this way (a deployment needs its host said).
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import make, one_line
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import HEDGE, I

_STOCKS = ("active_personnel", "reserve_personnel")
METHOD = "personnel:colon-list"
_BETWEEN_RE = re.compile(r"\s*[,:\u2013-]?\s*" + HEDGE + r"$", I)  # "France, 205,000", "France: about 205,000"
_ITEM_END_RE = re.compile(r"\s*(?:(?:active\s+)?(?:troops|soldiers|personnel|members))?\s*[.;,]?\s*$", I)
_ITEM_OPEN_RE = re.compile(r"\W*(?:the\s+)?$", I)
_MAX_PASSAGE = 600


def _item(ctx: Context, start: int, end: int, m: NumberMention) -> str:
    """The country of a "Country, N" item that runs from ``start`` to the end of the sentence (``end``), or ""."""
    left = m.hedge_start if m.hedge_start is not None else m.start
    named = [c for c in ctx.country_mentions(start, left) if c.kind != "alliance"]
    if len(named) != 1 or not _ITEM_OPEN_RE.match(ctx.norm, start, named[0].start) \
            or not _BETWEEN_RE.match(ctx.norm, named[0].end, left) or not _ITEM_END_RE.match(ctx.norm, m.end, end):
        return ""
    return named[0].iso3


def strength_lists(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure],
                   previous: list[Figure]) -> None:
    """Add the items of a colon list of strengths (see the module docstring) found in sentence ``si``."""
    sent = ctx.sentences[si]
    m = numbers[-1] if numbers else None
    if m is None or m.kind != "count" or not m.value or m.value < 1_000:
        return
    colon = ctx.norm.rfind(":", sent.start, m.start)
    if colon < 0 and not (previous and previous[-1].method.startswith(METHOD)) or any(f.start == m.start for f in figures):
        return  # (most sentences: no colon before the last count, and no list going on)
    if colon >= 0 and any(colon < n.start for n in numbers[:-1]):
        return  # one item after the colon, no more
    anchor = None
    if colon >= 0:  # the first item, in the anchor's own sentence
        anchor = next((f for f in reversed(figures) if f.end <= colon and f.metric in _STOCKS), None)
        start = colon + 1
    elif si and previous and previous[-1].method.startswith(METHOD) and previous[-1].start >= ctx.sentences[si - 1].start:
        anchor, start = previous[-1], sent.start  # a later item: a sentence of its own after the item before
    if anchor is None:
        return
    owner = _item(ctx, start, sent.end, m)
    if not owner or owner == anchor.country_iso3 and colon >= 0:
        return
    made = make(ctx, si, m, anchor.metric, owner, "pair", METHOD)
    # the passage runs from the sentence that opens the list, so that each item says what it counts
    opened = (one_line(ctx.text[ctx.sentences[si].start:sent.end]) if colon >= 0
              else anchor.passage + " " + one_line(ctx.text[sent.start:sent.end]))
    if len(opened) <= _MAX_PASSAGE:
        made.passage = opened
    made.stage = ""  # another country's strength today, whatever the anchor plans
    bisect.insort(figures, made, key=lambda f: f.start)


gate_all(globals())
