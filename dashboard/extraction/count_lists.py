"""Deployments listed item by item after one stated in full.

Country by country, the noun said once:

    "Ethiopia will contribute 2,500 soldiers, Uganda 4,500, Djibouti 1,520, Kenya 1,410, and Egypt 1,091
    to the peacekeeping mission in Somalia."

Each "Country N" item of the chain right after a deployment read in the same sentence is that country's
deployment to the same host. The chain is strict: items joined by commas or "and", a country named
right before each number, nothing else between; a place ("in Kenya") is no owner.

Mission by mission, as a breakdown of a total just stated:

    "Of the 826 officers, 301 were serving with the UN Disengagement Observer Force (UNDOF) in Syria,
    five were with UNMISS, 203 were with the Multinational Force and Observers in Egypt ..."

Each "N were (serving) with/in X" item is the total's owner's deployment in the country X names (a mission
by its host table, else the country named in the item); an item that names no host is the owner's
deployment with no single host when it names a UN mission, and is skipped otherwise.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from dashboard.extraction.assemble import make
from dashboard.extraction.attribution import find_owner
from dashboard.extraction.context import Context
from dashboard.extraction.hosts import host_table
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import HEDGE, I

_JOIN_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", I)  # between one item's number and the next country
_COUNTRY_TO_NUMBER_RE = re.compile(r"(?:\s*,\s*|\s+)" + HEDGE, I)  # "Uganda 4,500", "Uganda, about 4,500"
_PHRASE_JOIN_RE = re.compile(r"(?:\s+[\w'-]+){0,5}\s*,\s*", I)  # "300,000 troops in its armed forces, Cambodia only 100,000"
_ITEM_END_RE = re.compile(r"(?:\s+(?:troops|soldiers|personnel|peace-?keepers))?\s*(?:,|;|\.|\band\b|\bto\b|\bin\b|$)", I)


def count_lists(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Add to ``figures`` the items of a country-by-country deployment chain (see the module docstring)."""
    norm = ctx.norm
    sent = ctx.sentences[si]
    taken = {f.start for f in figures}
    first: dict[int, Figure] = {}  # the first figure at each start (a scan of the figures per number was quadratic)
    for f in figures:
        first.setdefault(f.start, f)
    anchor: Figure | None = None
    last_end = -1
    for b in numbers:
        fig = first.get(b.start)
        if fig is not None:
            if fig.metric in ("troops_deployed", "active_personnel"):  # ("Thailand has 300,000 troops in its armed
                anchor, last_end = fig, fig.end  # forces, Cambodia only 100,000": each country's strength)
            continue
        if anchor is None or b.kind != "count" or b.start in taken or not b.value or b.value < 1:
            continue
        left = b.hedge_start if b.hedge_start is not None else b.start
        named = [c for c in ctx.country_mentions(last_end, left) if c.kind != "alliance" and not ctx.is_place(c)]
        if len(named) != 1:
            anchor = None
            continue
        c = named[0]
        item_start = last_end + _noun_after(norm, last_end)
        if (c.iso3 == anchor.country_iso3 or not (_JOIN_RE.fullmatch(norm, item_start, c.start) or anchor.metric == "active_personnel"
                                                  and _PHRASE_JOIN_RE.fullmatch(norm, item_start, c.start))
                or not _COUNTRY_TO_NUMBER_RE.fullmatch(norm, c.end, left) or not _ITEM_END_RE.match(norm, b.end, sent.end)):
            anchor = None
            continue
        made = make(ctx, si, b, anchor.metric, c.iso3, "pair", "personnel:country-list", host=anchor.host_iso3)
        made.passage = anchor.passage
        bisect.insort(figures, made, key=lambda f: f.start)
        first.setdefault(made.start, made)
        taken.add(b.start)
        last_end = b.end


_OF_THE_TOTAL_RE = re.compile(r"\W*of\s+the\s+(?P<total>\d[\d,]*)\s+(?:officers|troops|soldiers|personnel|peace-?keepers|members)\s*,",
                              I)
_ITEM_VERB_RE = re.compile(r"\s+(?:were|are)\s+(?:(?:serving|deployed|stationed|engaged|based)\s+)?(?:with|in|at|on)\s+", I)
METHOD_TOTAL = "personnel:breakdown-total"
_UN_MISSION_RE = re.compile(r"\b(?:united\s+nations|UN)\b", I)


def breakdown_items(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure],
                    previous: list[Figure]) -> None:
    """Add to ``figures`` the items of a mission-by-mission breakdown (see the module docstring)."""
    norm = ctx.norm
    sent = ctx.sentences[si]
    head = _OF_THE_TOTAL_RE.match(norm, sent.start, sent.end)
    if head is None:
        return
    total = float(head.group("total").replace(",", ""))
    anchor = next((f for f in reversed(previous) if f.metric == "troops_deployed" and f.value == total), None)
    if anchor is None:
        return
    for i, f in enumerate(figures):  # the total named again ("Of the 826 officers") is the anchor's, not a new owner's
        if head.start("total") <= f.start < head.end("total") and f.country_iso3 != anchor.country_iso3:
            figures[i] = replace(f, country_iso3=anchor.country_iso3, host_iso3=anchor.host_iso3, method=f"{METHOD_TOTAL} (pair)")
    taken = {f.start for f in figures}
    items = [b for b in numbers if b.start >= head.end() and b.kind == "count" and b.value and b.start not in taken]
    for k, b in enumerate(items):
        verb = _ITEM_VERB_RE.match(norm, b.end)
        if verb is None:
            continue
        end = items[k + 1].start if k + 1 < len(items) else sent.end
        hosts = [h.host for h in host_table().find(norm, verb.end(), end)]
        hosts += [c.iso3 for c in ctx.country_mentions(verb.end(), end) if c.kind != "alliance"]
        host = hosts[0] if hosts else ""
        if host == anchor.country_iso3 or not host and not _UN_MISSION_RE.search(norm, verb.end(), end):
            continue
        made = make(ctx, si, b, "troops_deployed", anchor.country_iso3, "pair", "personnel:breakdown-item", host=host)
        bisect.insort(figures, made, key=lambda f: f.start)


# "has just 5,000 soldiers in southern Lebanon to enforce the ceasefire, out of a total of about 80,000": the whole force
_OUT_OF_TOTAL_RE = re.compile(r"\bout\s+of\s+(?:a|its|their|the)\s+(?:total\s+)?(?:strength\s+|force\s+)?(?:of\s+)?" + HEDGE + r"$", I)


_TOTAL_END_RE = re.compile(r"(?:\s+(?:troops|soldiers|personnel|men))?\s*(?:[.,;:)\u2014\u2013]|$)", I)
_ACTIVE_PART_RE = re.compile(r"\s+(?:active|active-duty|regular)\b", I)
_PART_NOUN_RE = re.compile(r"\s+(?:[A-Z][\w'-]*\s+)?(?:troops|soldiers|personnel)\b", I)


def out_of_total(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Add the whole force a part was counted 'out of' (see _OUT_OF_TOTAL_RE) as the part's owner's strength."""
    norm = ctx.norm
    sent = ctx.sentences[si]
    taken = {f.start for f in figures}
    for b in numbers:
        if b.kind != "count" or not b.value or b.value < 1_000:
            continue
        left = b.hedge_start if b.hedge_start is not None else b.start
        if b.start in taken:
            if _OUT_OF_TOTAL_RE.search(norm, max(sent.start, left - 60), left) and any(
                    n.end <= left and n.kind == "count" and n.value and n.value < b.value and _ACTIVE_PART_RE.match(norm, n.end)
                    for n in numbers):  # "67,000 active military personnel, out of a total of 132,000 military forces":
                figures[:] = [f for f in figures if not (f.start == b.start and f.metric == "active_personnel")]  # not active
                ctx.dropped[b.start] = "the total an active part was counted out of: it holds reserves or others too"
            continue
        if not _OUT_OF_TOTAL_RE.search(norm, max(sent.start, left - 60), left) or not _TOTAL_END_RE.match(norm, b.end):
            continue
        part = next((n for n in reversed(numbers) if n.end <= left and n.kind == "count" and n.value and n.value < b.value
                     and _PART_NOUN_RE.match(norm, n.end)), None)
        if part is None:
            continue
        owner, how = find_owner(ctx, si, part, "", [])
        if not owner or owner == "NATO":
            continue
        made = make(ctx, si, b, "active_personnel", owner, how, "personnel:out-of-total")
        bisect.insort(figures, made, key=lambda f: f.start)


_NOUN_AFTER_RE = re.compile(r"(?:\s+[A-Z][\w'-]*)?\s+(?:troops|soldiers|personnel|peace-?keepers)\b", I)


def _noun_after(norm: str, end: int) -> int:
    """The length of the noun phrase right after an item's number ("2,500 soldiers"), or 0."""
    noun = _NOUN_AFTER_RE.match(norm, end)
    return noun.end() - end if noun else 0


gate_all(globals())
