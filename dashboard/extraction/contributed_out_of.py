"""One country's share of a multinational force, said as a part "out of" the force's total:

    Nigeria provided 12,000 out of 16,000 ECOMOG troops in Liberia.
    Egypt contributed 1,035 out of the total 12,261 UN peacekeeping troops in Mali.

The part is the contributor's troops deployed in the place the force is in; the contributor is the country named
as the subject of the verb (contributed, provided, supplied, sent, deployed, had). The total stays whatever the rules
made of it (a multinational total is no one country's). Nothing is read where a rule already read the part.

The same part said after the total, "The mission currently hosts 13 000 servicemen, 870 of which are from Georgia",
is the named country's, in the host of the mission or place this sentence or the two before name; and so is "Of the
150,000 foreign troops in the country, 100,000 are American" (the place the total is in; "the country" is the
article's own).
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.hosts import host_table
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.personnel_hosts import place_at
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import HEDGE, I

METHOD = "personnel:contributed-out-of"
_VERB_BEFORE_RE = re.compile(r"\b(?:contributed|contributes|provided|provides|supplied|supplies|sent|sends|deployed|deploys|had|has)\s+"
                             + HEDGE + r"$", I)
_OUT_OF_AFTER_RE = re.compile(r"\s+out\s+of\s+(?:the\s+|a\s+)?(?:total\s+(?:of\s+)?)?[\d.,]+\s+(?:[\w.'-]+\s+){0,3}?"
                              r"(?:troops|soldiers|peace-?keepers|personnel|forces)\s+(?:deployed\s+|stationed\s+)?(?:in|to)\s+(?:the\s+)?", I)
_SUBJECT_GAP_RE = re.compile(r"\s+(?:(?:has|have|had|also|alone|then|once)\s+)*$", I)
_OF_WHICH_FROM_RE = re.compile(r"\s+of\s+(?:which|whom|them)\s+(?:are|were|come|came)\s+from\s+(?:the\s+)?", I)
_OF_THE_TOTAL_IN_RE = re.compile(r"\W*of\s+the\s+(?:about\s+|some\s+|roughly\s+)?[\d.,]+\s+(?:[\w-]+\s+){0,3}?(?:troops|soldiers|personnel|forces)\s+"
                                 r"(?:deployed\s+|stationed\s+)?(?:in|on)\s+(?:the\s+)?", I)
_ARE_DEMONYM_RE = re.compile(r"\s+(?:are|were)\s+(?=(?-i:[A-Z]))", I)
_THE_COUNTRY_RE = re.compile(r"(?:country|nation)\b", I)


def contributed_out_of(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Add the contributor's part of a force "out of" its total (see the module docstring)."""
    norm = ctx.norm
    sent = ctx.sentences[si]
    taken = {f.start for f in figures}
    for n in numbers:
        if n.kind != "count" or n.start in taken or not n.value or n.value < 20:
            continue
        left = n.hedge_start if n.hedge_start is not None else n.start
        verb = _VERB_BEFORE_RE.search(norm, max(sent.start, left - 40), left)
        after = _OUT_OF_AFTER_RE.match(norm, n.end, sent.end)
        if verb is None or after is None:
            continue
        subject = [c for c in ctx.country_mentions(max(sent.start, verb.start() - 40), verb.start())
                   if c.kind in ("name", "short") and _SUBJECT_GAP_RE.fullmatch(norm, c.end, verb.start())]
        place, _ = place_at(ctx, after.end())
        if not subject or not place or place[0].iso3 == subject[-1].iso3:
            continue
        made = make(ctx, si, n, "troops_deployed", subject[-1].iso3, "bound", METHOD, host=place[0].iso3)
        bisect.insort(figures, made, key=lambda f: f.start)


def _mission_host(ctx: Context, si: int) -> str:
    """The host of the last mission or place named in sentence ``si`` or the two before, or ""."""
    for i in range(si, max(-1, si - 3), -1):
        sent = ctx.sentences[i]
        hosts = [h.host for h in host_table().find(ctx.norm, sent.start, sent.end)]
        hosts += [c.iso3 for c in ctx.country_mentions(sent.start, sent.end) if ctx.is_place(c) and c.kind != "alliance"]
        if hosts:
            return hosts[-1]
    return ""


def of_which_from(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Add the part of a force said after its total: "13 000 servicemen, 870 of which are from Georgia"."""
    taken = {f.start for f in figures}
    for n in numbers:
        if n.kind != "count" or n.start in taken or not n.value or n.value < 20:
            continue
        found = _OF_WHICH_FROM_RE.match(ctx.norm, n.end, ctx.sentences[si].end)
        owner = [c for c in ctx.country_mentions(found.end(), found.end() + 40) if c.start == found.end() and c.kind != "alliance"] if found else []
        host = _mission_host(ctx, si) if owner else ""
        if host and host != owner[0].iso3:
            made = make(ctx, si, n, "troops_deployed", owner[0].iso3, "bound", METHOD, host=host)
            _drop_whole(ctx, [m for m in numbers if m.end <= n.start and m.kind == "count" and m.value and m.value > n.value][-1:], made.country_iso3, figures)
            bisect.insort(figures, made, key=lambda f: f.start)


def of_the_total_are(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Add the part of a force given as a demonym: "Of the 150,000 foreign troops in the country, 100,000 are American"."""
    sent = ctx.sentences[si]
    head = _OF_THE_TOTAL_IN_RE.match(ctx.norm, sent.start, sent.end)
    if head is None:
        return
    place, at = place_at(ctx, head.end())
    host = place[0].iso3 if place else ctx.main_country if _THE_COUNTRY_RE.match(ctx.norm, at) else ""
    taken = {f.start for f in figures}
    for n in numbers:
        if n.kind != "count" or n.start in taken or n.start < head.end() or not n.value:
            continue
        are = _ARE_DEMONYM_RE.match(ctx.norm, n.end, sent.end)
        owner = [c for c in ctx.country_mentions(are.end(), are.end() + 30) if c.start == are.end() and c.kind == "demonym"] if are else []
        if owner and host and owner[0].iso3 != host:
            _drop_whole(ctx, [m for m in numbers if m.end <= head.end()][-1:], owner[0].iso3, figures)
            bisect.insort(figures, make(ctx, si, n, "troops_deployed", owner[0].iso3, "bound", METHOD, host=host), key=lambda f: f.start)


def _drop_whole(ctx: Context, whole: list[NumberMention], owner: str, figures: list[Figure]) -> None:
    """Drop the figure read from the whole of a multinational force when it went to the owner of one part of it."""
    if whole and any(f.start == whole[0].start and f.country_iso3 == owner for f in figures):
        figures[:] = [f for f in figures if f.start != whole[0].start]
        ctx.dropped[whole[0].start] = "the whole of a multinational force, one country's part of it given next"


gate_all(globals())
