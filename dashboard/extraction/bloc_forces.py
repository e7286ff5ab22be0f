"""Whose a multinational force is, when one alliance or regional bloc fields it.

A multinational total is no single country's deployment ("a 1,000-strong NATO battle group", "the 7,000
soldiers of the ECOWAS force"), and the classifier rejects it as such; but when the sentence ties the force to
one bloc (by name, or by a mission only that bloc runs: KFOR and the Baltic battle groups are NATO's, ECOMIG is
ECOWAS's, AMISOM and ATMIS the African Union's, SAMIM the SADC's) the total is that bloc's deployment, as the
labels of real passages give it. The UN is not such an owner: a UN mission's total stays rejected (the countries
that send peacekeepers own them). Which words name which bloc is data: ``vocab/blocs.csv``.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from dashboard.extraction.countries import CountryMention
from dashboard.extraction.vocab import RECIPIENT_BEFORE

BLOCS_FILE = Path(__file__).resolve().parent / "vocab" / "blocs.csv"
REACH_BEFORE, REACH_AFTER = 160, 80  # how far from the count the force's name may stand, within its sentence


@lru_cache(maxsize=1)
def _names() -> tuple[re.Pattern, dict[str, str], frozenset[str]]:
    """One pattern over every bloc's words (as written: acronyms are case-sensitive), word -> bloc code, and the codes."""
    with BLOCS_FILE.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if not r["word"].startswith("#")]
    words = sorted((r["word"] for r in rows), key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?![\w-])")
    return pattern, {re.sub(r"\s+", " ", r["word"]): r["bloc"] for r in rows}, frozenset(r["bloc"] for r in rows)


def _code(m: re.Match) -> str:
    """The bloc a match of ``_names``' pattern names (a name broken over a line read as written on one)."""
    return _names()[1][re.sub(r"\s+", " ", m.group(1))]


_TO_SEND_RE = re.compile(r"\b(?:to\s+(?:deploy|send|dispatch|field|raise|provide|consist|comprise|number)|set\s+to|will|would|"
                         r"plans?|planned|proposed|standby|increase[sd]?|authori[sz]\w*|ceiling|mandated?|endorse[sd]?)\b", re.I)


_OFFERED_TO_RE = re.compile(RECIPIENT_BEFORE, re.I)  # a recipient


def bloc_of_force(ctx, si: int, left_edge: int, noun_end: int) -> list[CountryMention]:
    """The one bloc the sentence around a multinational count names (as a mention the owner search takes as bound),
    or [] when it names none or several ("NATO and EU forces")."""
    sent = ctx.sentences[si]
    start = max(sent.start, left_edge - REACH_BEFORE)
    found = [(m, _code(m)) for m in _names()[0].finditer(ctx.norm, start, min(sent.end, noun_end + REACH_AFTER))
             if not _OFFERED_TO_RE.search(ctx.norm, max(0, m.start() - 30), m.start())]  # ("has offered NATO a battalion")
    clause = max([start] + [ctx.norm.rfind(b, start, left_edge) for b in (" - ", " \u2013 ", " \u2014 ", ";")])  # (the count's own clause)
    if len({code for _, code in found}) != 1 or _TO_SEND_RE.search(ctx.norm, clause, left_edge):
        return []  # (nor a force a bloc "agreed to deploy" or a standby force "set to consist of": a plan; nor
        # an authorised level raised "from 12 000 to 17 731": a mandate's change)
    m, code = found[0]
    return [CountryMention(m.start(), m.end(), code, "alliance", m.group(1))]


# "the ECOMIG force of some 2,400 soldiers", "the African Union's mission, with 22,000 troops": the force named just before
_FORCE_OF_RE = re.compile(r"(?:'s|\u2019s)?\s+(?:[\w-]+\s+){0,2}?(?:force|mission|battle\s*-?group|contingent)s?,?\s+(?:of|comprising|composed\s+of|"
                          r"numbering|with|totall?ing)\s+$", re.I)


def bloc_named_with(ctx, si: int, left_edge: int, number_end: int, noun_start: int) -> list[CountryMention]:
    """The bloc a count is written with: between the number and its noun ("500 ECOMIG troops") or as the force just
    before it ("the ECOMIG force of some 2,400 soldiers"); [] when none is (NATO's own word is a country mention)."""
    pattern = _names()[0]
    sent = ctx.sentences[si]
    found = list(pattern.finditer(ctx.norm, number_end, noun_start))
    found += [m for m in pattern.finditer(ctx.norm, max(sent.start, left_edge - 60), left_edge)
              if _FORCE_OF_RE.fullmatch(ctx.norm, m.end(), left_edge)][-1:]
    codes = {_code(m) for m in found}
    return [CountryMention(found[0].start(), found[0].end(), codes.pop(), "alliance", found[0].group(1))] if len(codes) == 1 else []


def is_bloc(owner: str) -> bool:
    """True for an owner that is an alliance or bloc (NATO, ECOWAS...): it has no standing forces of its own."""
    return owner in _names()[2]
