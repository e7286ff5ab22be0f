"""Deployments listed by host with the count in brackets, after a deployment was just stated:

    South Korea has the third highest number of U.S. troops of any country abroad, at over 23,000.
    It follows only after Japan (52,852) and Germany (34,894).

Each bracketed count is the same owner's deployment in the country named right before the bracket.
The anchor is the nearest deployment read in this sentence or the two before; nothing is read when
there is none, when the bracket holds more than a number, or when the country is the owner itself.
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.countries import CountryMention
from dashboard.extraction.hosts import host_table
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.places import owner_noun_follows
from dashboard.extraction.record import Figure
from dashboard.extraction.text import Sentence

METHOD = "personnel:bracketed-host"
_OPEN_RE = re.compile(r"\s*\(\s*$")  # "Japan (" right before the number
_CLOSE_RE = re.compile(r"\s*(?:units?|troops|soldiers|personnel)?\s*(?:about|approximately|roughly)?\s*\)", re.I)  # and only ")" after it ("(1,630 units)", "(83 environ)")
_RANKED_BEFORE_RE = re.compile(r"\b(?:behind|after|ahead\s+of|than|followed\s+by|trailing|second\s+to|preceded\s+by)\s+(?:only\s+)?(?:the\s+)?$",
                               re.I)
_RANKED_METHOD = "personnel:bracketed-contributor"
_SUBJECT_ITEMS_RE = re.compile(r"\s*(?:(?:the\s+)?(?-i:[A-Z])[\w' -]{1,30}?\s*\([^()\n]{1,40}\)\s*(?:,|and|,\s*and)\s*)*(?:the\s+)?", re.I)
_FOLLOWED_BY_RE = re.compile(r"\bfollowed\s+by\b", re.I)
_WOMEN_BEFORE_RE = re.compile(r"\b(?:women|female)\b", re.I)
# "Among the largest contributors follow India (902), Ghana (878)" after a mission's Italian contingent: each country
# its own contribution to the same place, not a host of the contingent before
_CONTRIBUTORS_RE = re.compile(r"\b(?:contributors|contributing\s+(?:countries|nations|states)|troop[\s-]+contributing|"
                              r"(?:largest|biggest|main|major|other)\s+contingents)\b"
                              # "6,700 peacekeepers provided by 30 countries, among which Brazil (1,200), Nepal (750)"
                              r"|\b(?:provided|contributed|supplied|sent|offered)\s+by\s+(?:\d+|some|several|many|\w+)\s+(?:countries|nations|states)\b", re.I)


def bracketed_hosts(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure],
                    previous: list[Figure]) -> None:
    """Add the bracketed deployments of sentence ``si`` to ``figures`` (see the module docstring)."""
    norm = ctx.norm
    sent = ctx.sentences[si]
    taken = {f.start for f in figures}
    cue_owner: str | None = None  # the owner a hosting cue names ("the countries that host the most Italian military personnel")
    troops_owner: str | None = None  # the owner of "Romanian troops in Iraq (860)", found at the sentence's first bracket
    for b in numbers:
        if b.start in taken or b.kind != "count" or b.value is None or b.value < 20:
            continue
        left = b.hedge_start if b.hedge_start is not None else b.start  # ("Senegal (about 350 troops)")
        if not _OPEN_RE.search(norm, max(sent.start, left - 3), left) or not _CLOSE_RE.match(norm, b.end):
            continue
        if troops_owner is None:
            troops_owner = _troops_in_owner(ctx, sent.start, b.start)
        anchor = next((f for f in reversed([*previous, *figures]) if f.end <= b.start and f.metric == "troops_deployed"
                       and f.start >= ctx.sentences[max(0, si - 2)].start), None)
        if troops_owner and anchor is not None and anchor.start < sent.start:
            anchor = None  # ("Hungarian troops in Kosovo (300)" after a sentence of Slovakia's: this sentence's own owner)
        if anchor is None and cue_owner is None:
            cue_owner = _host_cue_owner(ctx, sent.start, b.start) or troops_owner
        owner = anchor.country_iso3 if anchor is not None else cue_owner
        if not owner:
            continue
        opened = norm.rindex("(", max(sent.start, left - 3), left)
        named = [c for c in ctx.country_mentions(max(sent.start, opened - 40), opened)
                 if c.kind != "alliance" and not norm[c.end:opened].strip()]
        if not named:  # (a region as the host: "Lebanon (1,251) and the Balkans (559)")
            region = [h for h in host_table().find(norm, max(sent.start, opened - 40), opened) if not norm[h.end:opened].strip()]
            if not region or (anchor is not None and not anchor.host_iso3):
                continue
            made = make(ctx, si, b, "troops_deployed", owner, "pair", METHOD, host=region[-1].host)
        elif named[-1].iso3 == owner:
            continue
        elif anchor is None:  # "Among the countries that host the most Italian military personnel are Afghanistan (1,630 units)"
            made = make(ctx, si, b, "troops_deployed", owner, "pair", METHOD, host=named[-1].iso3)
        elif anchor.host_iso3 and (_FOLLOWED_BY_RE.search(norm, sent.start, named[-1].start) or named[-1].kind == "demonym"
                                   or _CONTRIBUTORS_RE.search(norm, sent.start, named[-1].start)  # ("the Senegalese (800)": a people, no host)
                                   or (anchor.start < sent.start or anchor.method.startswith(_RANKED_METHOD))
                                   and _SUBJECT_ITEMS_RE.fullmatch(norm, sent.start, named[-1].start)):
            # (and "The Netherlands (about 800 troops) and Ukraine (1,600 troops) have begun phased withdrawals" after
            # Italy's troops in Iraq: countries opening their sentence are its subjects, more contributors to that host)
            # "Britain ... to deploy about 1,500 troops, followed by France with between 800 and 1,000, Spain (700), Italy
            # (600-700)": the next contributors to the same place, ranked after the first
            made = make(ctx, si, b, "troops_deployed", named[-1].iso3, "pair", _RANKED_METHOD, host=anchor.host_iso3)
        else:
            clause = max(sent.start, norm.rfind(";", sent.start, named[-1].start), norm.rfind(" while ", sent.start, named[-1].start))
            if not anchor.host_iso3 and _WOMEN_BEFORE_RE.search(norm, clause, named[-1].start):
                continue  # ("while the same for women were Rwanda (487)": a part of a contribution, not one)
            if not anchor.host_iso3 and (_RANKED_BEFORE_RE.search(norm, max(sent.start, named[-1].start - 30), named[-1].start)
                                         or _CONTRIBUTORS_RE.search(norm, sent.start, named[-1].start)):
                # "Guatemala has 354 soldiers in eight countries, second in Latin America behind Uruguay (930)": a
                # contribution ranked against another contributor's, not a host (but "It follows only after Japan
                # (52,852)", ranking the hosts of one owner's troops, names hosts); "The top five contributors of personnel
                # were Bangladesh (6,693), Nepal (5,782)" after a country's own count: each a contributor's own
                made = make(ctx, si, b, "troops_deployed", named[-1].iso3, "pair", _RANKED_METHOD)
            else:
                made = make(ctx, si, b, "troops_deployed", owner, "pair", METHOD, host=named[-1].iso3)
            made.passage = anchor.passage if anchor.start >= sent.start else made.passage
        bisect.insort(figures, made, key=lambda f: f.start)
        taken.add(b.start)


# "Among the countries that host the most Italian military personnel are Afghanistan (1,630 units), Lebanon (1,251)"
_HOST_CUE_RE = re.compile(r"\b(?:countries|nations|states|places)\s+(?:that|which)\s+host\w*\s+(?:the\s+)?(?:most|more|largest\s+number\s+of)\s+"
                          r"(?P<people>[A-Z][\w-]+)\s+(?:military\s+)?(?:personnel|troops|soldiers|forces)\b")


# "the French army is stationed in four other countries: Côte d'Ivoire (about 900 troops), Senegal (about 350 troops)"
_STATIONED_IN_COUNTRIES_RE = re.compile(r"\b(?:is|are|remains?)\s+(?:also\s+)?(?:stationed|deployed|based|present)\s+in\s+(?:[\w-]+\s+){0,2}?"
                                        r"(?:other\s+|foreign\s+)?countries\s*:", re.I)


# "Their troops in Iraq (860) and Afghanistan (550)", "Romanian troops in Iraq (860)": the owner's troops in the hosts
_TROOPS_IN_RE = re.compile(r"(?<![\w'-])(?:(?P<own>(?-i:Their|its|their|Its))|(?P<people>(?-i:[A-Z])[\w'-]+(?:['\u2019]s)?))\s+"
                           r"(?:troops|soldiers|forces|contingents?)\s+(?:(?:deployed|stationed|serving|based)\s+)?in\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)


def _host_cue_owner(ctx: Context, start: int, end: int) -> str:
    """The people a hosting cue before ``end`` names ("... host the most Italian military personnel"): "ITA", or "";
    or the force a stationing cue follows ("the French army is stationed in four other countries:"): "FRA"."""
    cue = _HOST_CUE_RE.search(ctx.norm, start, end)
    named = [c for c in ctx.country_mentions(cue.start("people"), cue.end("people")) if c.kind == "demonym"] if cue else []
    if not named and (stationed := _STATIONED_IN_COUNTRIES_RE.search(ctx.norm, start, end)):
        named = [c for c in ctx.country_mentions(start, stationed.start()) if c.kind != "alliance" and not ctx.is_place(c)][-1:]
    return named[0].iso3 if named else ""


def _troops_in_owner(ctx: Context, start: int, end: int) -> str:
    """The owner of "Their troops in Iraq (860)" (the country the sentences before are about) or of "Romanian troops
    in Iraq (860)", stated in the sentence before the bracket; or ""."""
    troops_in = _TROOPS_IN_RE.search(ctx.norm, start, end)
    if troops_in is None:
        return ""
    if troops_in.group("own"):
        return ctx.subject_by_sentence.get(ctx.sentence_index(start) - 1) or ctx.main_country
    named = [c for c in ctx.country_mentions(troops_in.start(), troops_in.end("people")) if c.kind in ("demonym", "name", "short")]
    return named[-1].iso3 if named else ""


# "Key deployment locations include Germany (around 34,894 troops), Italy (approximately 12,319 troops)": a host
# with its count and noun in brackets, the force that owns them named before ("U.S. forces support NATO allies")
_OPEN_HEDGED_RE = re.compile(r"\(\s*(?:around|approximately|roughly|about|some|nearly|almost|over|more\s+than|an\s+estimated)?\s*$", re.I)
_FORCE_AFTER_RE = re.compile(r"(?:['\u2019]s)?\s+(?:army|armed\s+forces|military|navy|troops|forces)\b", re.I)
_NOUN_CLOSE_RE = re.compile(r"\s*(?:troops|soldiers|personnel|service\s*members|marines|sailors|airmen)?\s*\)", re.I)


def bracket_open(norm: str, sent: Sentence, start: int, end: int, close_re: re.Pattern = _NOUN_CLOSE_RE) -> int:
    """Where the bracket a number stands in opens: a hedge may come before the number, and ``close_re`` (by default a
    people noun and the closing bracket) after it ("(around 34,894 troops)"); -1 when the number is in no such bracket."""
    opened = _OPEN_HEDGED_RE.search(norm, max(sent.start, start - 30), start)
    return opened.start() if opened is not None and close_re.match(norm, end) else -1


def country_before(ctx: Context, sent: Sentence, at: int) -> CountryMention | None:
    """The country (not an alliance) named right before ``at``, with nothing but spaces between; else None."""
    named = [c for c in ctx.country_mentions(max(sent.start, at - 40), at) if c.kind != "alliance" and not ctx.norm[c.end:at].strip()]
    return named[-1] if named else None


def _country_before_bracket(ctx: Context, sent: Sentence, f: Figure) -> tuple[int, CountryMention] | None:
    """For a figure written in brackets ("Germany (around 34,894 troops)"), where the bracket opens and the country named
    right before it; None when the figure is no bracketed count or no country stands there."""
    opened = bracket_open(ctx.norm, sent, f.start, f.end)
    named = country_before(ctx, sent, opened) if opened >= 0 else None
    return (opened, named) if named is not None else None


def rehost_bracketed(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Give a count in brackets after a country to the foreign force named before it, the country as its host."""
    norm = ctx.norm
    sent = ctx.sentences[si]
    for k, f in enumerate(figures):
        if f.metric not in ("troops_deployed", "active_personnel") or f.start < sent.start:
            continue
        found = _country_before_bracket(ctx, sent, f)
        if found is None or found[1].iso3 != f.country_iso3:
            continue
        start = ctx.sentences[max(0, si - 1)].start
        forces = [c for c in ctx.country_mentions(start, found[0]) if c.iso3 != f.country_iso3
                  and (owner_noun_follows(norm, c) or _FORCE_AFTER_RE.match(norm, c.end))]  # (and "the French army is stationed")
        if forces:
            number = next((n for n in numbers if n.start == f.start), None)
            if number is None:
                continue
            made = make(ctx, si, number, "troops_deployed", forces[-1].iso3, "pair", METHOD, host=f.country_iso3)
            figures[k] = made


# "in concert with deployment of troops from Indonesia (850 troops) and Brunei (200 troops)": a country after 'from', or
# in a list that 'from' opens, with its count in brackets is a contributor, its troops bound where the others go
_FROM_LIST_BEFORE_RE = re.compile(r"\bfrom\s+(?:(?:the\s+)?(?-i:[A-Z])[\w'\u2019 -]{1,30}?\s*\([^()]{1,30}\)\s*(?:,\s*|\s+and\s+))*(?:the\s+)?$")
_TO_NEXT_RE = re.compile(r"\)\s*,?\s*to\s", re.I)


def contributors_from(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure], previous: list[Figure]) -> None:
    """Give a bracketed count after a country that troops come 'from' to that country, hosted where the deployment
    read before it is (see _FROM_LIST_BEFORE_RE)."""
    norm = ctx.norm
    sent = ctx.sentences[si]
    for k, f in enumerate(figures):
        if f.metric != "troops_deployed" or f.start < sent.start:
            continue
        found = _country_before_bracket(ctx, sent, f)
        if found is None or not _FROM_LIST_BEFORE_RE.search(norm, max(sent.start, found[1].start - 120), found[1].start):
            continue
        named = found[1]
        close = norm.find(")", f.end)
        if close >= 0 and _TO_NEXT_RE.match(norm, close):  # ("from Lebanon (1090) to Somalia (115)": a span of hosts)
            continue
        anchor = next((a for a in reversed([*previous, *figures[:k]]) if a.metric == "troops_deployed" and a.host_iso3
                       and a.host_iso3 != named.iso3), None)
        host = anchor.host_iso3 if anchor is not None else f.host_iso3 if f.host_iso3 != named.iso3 else ""
        if f.country_iso3 == named.iso3 and f.host_iso3 == host:
            continue
        number = next((n for n in numbers if n.start == f.start), None)
        if number is not None and host:
            figures[k] = make(ctx, si, number, "troops_deployed", named.iso3, "pair", METHOD, host=host)
