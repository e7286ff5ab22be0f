"""Hosts named around a count by a mission or a command rather than a country.

"the number of United States Forces Korea troops ... 28,500": the command right before the noun;
"5,000 soldiers who are part of AMISOM": the mission the troops are said to belong to. And hosts named as a
place around the count: "the island's north, where Ankara keeps 35,000 troops", "... are stationed there".
"""

from __future__ import annotations

import re

from dashboard.extraction import personnel_evidence as ev
from dashboard.extraction.actors import HOSTING_VERB
from dashboard.extraction.context import Context, sentence_subject
from dashboard.extraction.hosts import host_table
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.personnel_window import possessed_place
from dashboard.extraction.places import (
    LED_AFTER_RE,
    THERE_FIRST_RE,
    held_by,
    named_as_no_host,
    owner_noun_follows,
    placed_hosts,
)
from dashboard.extraction.vocab import DEFENSE_CTX_RE, HEDGE, I
from dashboard.extraction.vocab_personnel import THERE_RE


def command_before(norm: str, at: int) -> str:
    """"the number of United States Forces Korea troops ... 28,500": the host of a command named right before the noun."""
    commands = [h.host for h in host_table().find(norm, max(0, at - 40), at) if h.kind == "command" and at - h.end <= 2]
    return commands[-1] if commands else ""


def place_host(ctx: Context, si: int, m: NumberMention, before: str, after_noun: str, window_start: int, bound: list) -> str:
    """The host named as a place around the count, or "": "the island's north, where Ankara keeps 35,000 troops";
    "... 150 Korean troops are stationed there" (the place of the sentence before); "the USFK has maintained a troop
    level of 28,500" (a command bound to the count as its owner names its host)."""
    owned = [c for c in ctx.country_mentions(max(window_start, m.start - 60), m.start) if possessed_place(ctx.norm, c)]
    host = owned[-1].iso3 if owned else ""  # ("Chile trimmed its Haiti troops to 426": the place its troops are)
    host = host or _hosting_subject(ctx, before, window_start, bound)  # ("Camp Lemonnier is home to 4,000 U.S. personnel")
    where = None if host else ev.PERSONNEL_RE6.search(before)  # "the island's north, where Ankara keeps 35,000 troops"
    if where:  # (the last place before "where": a city the host table knows too, never a supplier or a war named there)
        places = [(c.start, c.iso3) for c in ctx.country_mentions(window_start, window_start + where.start())
                  if ctx.is_place(c) and not named_as_no_host(ctx, c)]
        places += [(h.start, h.host) for h in placed_hosts(ctx.norm, window_start, window_start + where.start())]
        host = max(places)[1] if places else ""
    if not host and ev.PERSONNEL_RE13.match(after_noun):
        places = [c for c in ctx.country_mentions(window_start, m.start) if ctx.is_place(c)]
        host = places[-1].iso3 if places else ""
    if not host and (THERE_RE.match(after_noun) or ev.EXISTENTIAL_THERE_RE.search(before[-40:])):
        places = [c for c in ctx.country_mentions(window_start, m.start) if ctx.is_place(c)]
        if places:
            host = places[-1].iso3
        elif si and (named := _other_named(ctx, si, m, bound)) and _IN_THE_COUNTRY_RE.match(after_noun):
            host = named  # "With the 1,700 US troops that Poland welcomed, there are 10,000 ... stationed in the country"
        elif si:  # "Korea dispatched the unit to the UAE. Currently, 150 Korean troops are stationed there."
            there_first = THERE_FIRST_RE.match(ctx.norm, ctx.sentences[si].start)  # ("There, in a vast desert, 3,100 ...")
            prev = [c.iso3 for c in ctx.country_mentions(ctx.sentences[si - 1].start, m.start)
                    if ctx.is_place(c) and (there_first or THERE_RE.match(after_noun))]
            host = next((c for c in reversed(prev) if not bound or c != bound[0].iso3), "") or (
                "" if there_first else sentence_subject(ctx, si - 1))
        host = "" if bound and host == bound[0].iso3 else host
    if not host and (lead := _LEADING_PLACE_RE.match(ctx.norm, ctx.sentences[si].start, m.start)):
        # "In Afghanistan, Belgium will have 90 soldiers": the place that opens the sentence, when another country acts in it
        places = [c for c in ctx.country_mentions(lead.start("place"), lead.end("place")) if c.kind != "alliance"]
        if places and any(c.iso3 != places[0].iso3 and not ctx.is_place(c) for c in ctx.country_mentions(lead.end(), m.start)):
            host = places[0].iso3
    if not host and bound:  # "the USFK has maintained a troop level of 28,500": the command the owner was named by
        commands = [h.host for h in host_table().find(ctx.norm, bound[0].start, bound[0].end) if h.kind == "command"]
        host = commands[0] if commands and commands[0] != bound[0].iso3 else ""
    if not host:  # "British Forces Cyprus consist of 3,325 servicemen": a command that is the count's subject
        left = m.hedge_start if m.hedge_start is not None else m.start
        host = next((h.host for h in host_table().find(ctx.norm, max(window_start, left - 60), left)
                     if h.kind == "command" and _COMMAND_HAS_RE.fullmatch(ctx.norm, h.end, left)), "")
    return host


# "South Korea hosts approximately 28,500 US troops", "Camp Lemonnier is home to 4,000 personnel": the subject hosts them
_HOSTS_BEFORE_RE = re.compile(r"\b" + HOSTING_VERB + r"\s+"
                              rf"(?:(?:a\s+(?:total|force|garrison|contingent)\s+of|between|{HEDGE})\s+)*$", I)
_SUBJECT_GAP_RE = re.compile(r"[^.;:,]{0,30}|\s*[,\u2013\u2014-][^.;:]{0,60}[,\u2013\u2014-]\s*")  # (" -- on the Horn of Africa -- ")


def _hosting_subject(ctx: Context, before: str, window_start: int, bound: list) -> str:
    """The place or base that "hosts" or "is home to" the count: its host, when it is not the count's own country."""
    verb = _HOSTS_BEFORE_RE.search(before)
    if not verb:
        return ""
    at = window_start + verb.start()
    places = [(c.end, c.iso3) for c in ctx.country_mentions(max(window_start, at - 90), at) if ctx.is_place(c) and c.kind != "alliance"]
    places += [(h.end, h.host) for h in host_table().find(ctx.norm, max(window_start, at - 90), at) if h.kind != "region"]
    if not places:
        return ""
    end, host = max(places)
    owners = {c.iso3 for c in bound}
    return host if host not in owners and _SUBJECT_GAP_RE.fullmatch(ctx.norm, end, at) else ""


_LEADING_PLACE_RE = re.compile(r"\s*(?:also\s+|and\s+|meanwhile\s*,?\s+)?in\s+(?:the\s+)?(?P<place>(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*){0,2})"
                               r"(?:\s*,|\s+(?=(?:too|as\s+well|will|is|are|was|were|has|have|had)\b))", I)
_IN_THE_COUNTRY_RE = re.compile(r"[^.;]{0,30}?\b(?:in|to)\s+the\s+country\b(?!'s)", I)


def _other_named(ctx: Context, si: int, m: NumberMention, bound: list) -> str:
    """The one country other than the owner that the sentence names before the count (as anything but a people), or ""."""
    owners = {c.iso3 for c in bound}
    named = {c.iso3 for c in ctx.country_mentions(ctx.sentences[si].start, m.start)
             if c.kind not in ("alliance", "demonym") and c.iso3 not in owners and not _ACTS_ON_COUNT_RE.fullmatch(ctx.norm, c.end, m.start)}
    return named.pop() if len(named) == 1 else ""  # (never the actor of the count: "Russia deployed 4,000 troops in the country")


_ACTS_ON_COUNT_RE = re.compile(r"(?:\s+(?!(?:in|on|at|to|of|from|with|for|by)\b)[a-z]+){1,3}\s+(?:some\s+|about\s+|around\s+|nearly\s+)?")


def mission_after(ctx: Context, noun_end: int, sent_end: int) -> str:
    """"5,000 soldiers who are part of AMISOM": the host of a mission or command the troops are said to belong to;
    "368 troops to join a U.N. peacekeeping force in the West African nation of Mali": the country the force is in
    ("812 personnel to the African Union/United Nations Hybrid operation in Darfur": the region's country)."""
    norm = ctx.norm
    force_in = _TO_FORCE_IN_RE.match(norm, noun_end, min(sent_end, noun_end + 160))
    if force_in is not None:
        at = force_in.end()  # (the country, or a region or mission the hosts table knows: "in Darfur")
        return next((c.iso3 for c in ctx.country_mentions(at, at + 40) if c.start == at and c.kind != "alliance"),
                    next((h.host for h in host_table().find(norm, at, at + 40) if h.start == at), ""))
    trains = _TRAIN_FORCES_AFTER_RE.match(norm, noun_end, min(sent_end, noun_end + 120))
    if trains is not None:  # "around 400 Defence personnel remain to advise and train the Afghan National Security Forces"
        return next((c.iso3 for c in ctx.country_mentions(trains.start("who"), trains.end("who")) if c.kind == "demonym"), "")
    part = _PART_OF_MISSION_RE.match(norm, noun_end, min(sent_end, noun_end + 80))
    if part is None:
        return ""
    named = [h for h in host_table().find(norm, part.end(), min(sent_end, part.end() + 80))
             if h.kind == "command" and _LEAD_WORDS_RE.fullmatch(norm, part.end(), h.start)]  # ("the NATO-led ISAF")
    return named[0].host if named else ""


_PART_OF_MISSION_RE = re.compile(r"[^.;]{0,60}?\b(?:who|which|that)\s+(?:already\s+|currently\s+|now\s+)?(?:are|is|were|serve|form)\s+"
                                 r"(?:as\s+)?(?:part\s+of|with|in)\s+(?:the\s+)?", I)
_LEAD_WORDS_RE = re.compile(r"(?:[\w-]+\s+){0,2}")
# the people a count trains, advises or mentors, named by their country's adjective: where the count serves
_TRAIN_FORCES_AFTER_RE = re.compile(r"\s+(?:(?:will|would|are|is|to)\s+)?(?:remain|stay|stayed|remained|deployed|sent|be\s+deployed)?\s*(?:to\s+)?(?:advise|train|mentor|assist)"
                                    r"(?:\s+and\s+(?:advise|train|mentor|assist))?\s+(?:the\s+)?(?P<who>(?-i:[A-Z])[\w'-]*)\s+(?:[\w-]+\s+){0,3}?"
                                    r"(?:forces|army|military|troops|soldiers|police)\b", I)
_TO_FORCE_IN_RE = re.compile(r"\s+(?:to\s+(?:join\s+)?|for\s+|in\s+)(?:(?:a\s+|the\s+)?(?:U\.?N\.?|United\s+Nations|EU|European\s+Union|AU|African\s+Union|"
                             r"NATO)(?:\s*/\s*(?:U\.?N\.?|United\s+Nations|AU|African\s+Union))?(?:-led)?\s+(?:[\w-]+\s+){0,2}?(?:force|mission|operation)|(?:this|that|the)\s+(?:multinational\s+|NATO\s+)?"
                             r"(?:unit|brigade|battle\s*group|battalion))\s+in\s+(?:the\s+)?"
                             r"(?:(?:[\w-]+\s+){0,4}?(?:nation|country|state)\s+of\s+(?:the\s+)?)?")


_COMMAND_HAS_RE = re.compile(r"(?:\s*\([A-Z]{2,6}\))?\s+(?:now\s+|currently\s+|still\s+)?(?:consists?\s+of|consisting\s+of|comprises?|comprising|"
                             r"has|had|have|numbers?|numbered|totals?|totalled|totaled|counts?|includes?)\s+" + HEDGE, I)  # ("... Force (CTPF) consisting of")


# "850 soldiers in South Sudan from Ghana": the country after the host names whose soldiers they are
_FROM_AFTER_HOST_RE = re.compile(r"\s+from\s+(?:the\s+)?(?=[A-Z])")


def owned_by_place(ctx: Context, place: list, prep: str, sent_end: int) -> list:
    """The owner a count's place names, as a one-element bound list, or []: the country of a force named as
    the place ("60,000 personnel in the Nepali Army"), or 'from X' right after a host ("in Mali from Togo")."""
    if not place or prep in ("with", "under"):
        return []
    if owner_noun_follows(ctx.norm, place[0]):
        return [] if LED_AFTER_RE.match(ctx.norm, place[0].end) else place[:1]
    if place[0].kind == "institution" and DEFENSE_CTX_RE.search(ctx.norm, place[0].start, place[0].end):
        return place[:1]  # "over 3,000 soldiers in PNGDF", "in the Kenya Defence Forces": the force named is the owner
    host_end = place[0].end
    found = _FROM_AFTER_HOST_RE.match(ctx.norm, host_end, sent_end)
    if not found:
        return []
    return [c for c in ctx.country_mentions(found.end(), min(sent_end, found.end() + 40))
            if c.start == found.end() and c.kind != "alliance"][:1]


def place_at(ctx: Context, at: int) -> tuple[list, int]:
    """The country named as a place right at ``at`` (as a one-element list, or []), and where the place's words
    start: past a holder named first ("in the Israeli-held Golan Heights": the heights are the place, Israel only
    holds them, and neither owns the troops)."""
    place = [c for c in ctx.country_mentions(at, at + 40) if c.start == at]
    held = held_by(ctx.norm, place[0]) if place else None
    if held:
        at = held.end()
        place = [c for c in ctx.country_mentions(at, at + 40) if c.start == at]
    if place and place[0].kind == "alliance":  # "to the NATO force in Lithuania": the alliance names the force, the country after it the place
        later = _ALLIANCE_FORCE_IN_RE.match(ctx.norm, place[0].end)
        place = [c for c in ctx.country_mentions(later.end(), later.end() + 40) if c.start == later.end() and c.kind != "alliance"] if later else []
    return place, at


_ALLIANCE_FORCE_IN_RE = re.compile(r"(?:['\u2019]s)?(?:[\s-]+[\w-]+){0,3}?\s+(?:in|to)\s+(?:the\s+)?", re.I)
