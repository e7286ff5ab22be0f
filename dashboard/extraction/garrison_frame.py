"""Garrisons abroad, named as such. An article whose headline is one country's forces in another ("French forces in Djibouti", "British Forces
Cyprus", "Russian troops in Transnistria") counts that garrison: a head count of the owner's there, far too small
to be its whole armed forces ("The base's force was 1,950 strong", read as France's active strength and then held
implausible against the World Bank series), is the garrison's strength: a deployment to the headline's host.

Only counts the plausibility check would drop change, so a sentence that really gives the owner's home strength
("France has 200,000 active troops") keeps its reading. A sentence that names the garrison as a command ("the BAOR was
renamed British Forces Germany and its numbers went down from 54,000 to 24,000") makes its owner's strengths the
garrison's, whatever their size.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.extraction import countries as geo
from dashboard.extraction.context import Context
from dashboard.extraction.plausibility import why_implausible
from dashboard.extraction.record import Figure

# "<owner> forces in <host>", "<owner> Forces <host>" (a garrison's own name), "<owner> military presence in <host>"
_FRAME_RE = re.compile(r"^\s*(?:The\s+)?(?P<owner>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s+(?:armed\s+forces|forces|troops|military\s+presence|"
                       r"military\s+bases?|garrison)(?:\s+(?:stationed\s+|based\s+)?(?:in|on)\s+|\s+(?=[A-Z]))(?:the\s+)?"
                       r"(?P<host>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s*$", re.IGNORECASE)
_LOW_STRENGTH = "an active strength under"  # (plausibility's words for a count too small for the whole force)


def _one_country(mentions: list[geo.CountryMention]) -> str:
    found = {c.iso3 for c in mentions}
    return next(iter(found)) if len(found) == 1 else ""


def _owner_and_host(owner: list[geo.CountryMention], host: list[geo.CountryMention]) -> tuple[str, str]:
    """(owner, host) when each side names one country and they differ, else ('', '')."""
    pair = _one_country(owner), _one_country(host)
    return pair if all(pair) and pair[0] != pair[1] else ("", "")


def _tagged(method: str, tag: str) -> str:
    """"personnel:strong (previous)" -> "personnel:strong+garrison-headline (previous)": the scope stays last."""
    rule, sep, scope = method.rpartition(" (")
    return f"{rule}{tag}{sep}{scope}" if sep else method + tag


def frame(ctx: Context) -> tuple[str, str]:
    """(owner, host) that the headline (the title, or the text's first line) names, or ('', '')."""
    first_line = ctx.norm.lstrip().split("\n", 1)[0][:120]
    find = geo.gazetteer().find  # (the title is not in the text, so its words are looked up apart)
    for line in (ctx.info.title, first_line):
        m = _FRAME_RE.match(line or "")
        if m and (pair := _owner_and_host(find(m.group("owner")), find(m.group("host"))))[0]:
            return pair
    return "", ""


# a garrison named as a command in the sentence: "the BAOR was renamed British Forces Germany and its numbers went down
# from 54,000 to 24,000" (capitalised, as the command's name is written)
_NAMED_GARRISON_RE = re.compile(r"\b(?P<owner>(?-i:[A-Z])[\w.]+)\s+(?-i:Forces)\s+(?P<host>(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)\b")


def _named_garrison(ctx: Context, si: int) -> tuple[str, str]:
    sent = ctx.sentences[si]
    for m in _NAMED_GARRISON_RE.finditer(ctx.norm, sent.start, sent.end):
        pair = _owner_and_host(ctx.country_mentions(m.start("owner"), m.end("owner")), ctx.country_mentions(m.start("host"), m.end("host")))
        if pair[0]:
            return pair
    return "", ""


def garrison_counts(ctx: Context, figures: list[Figure], published_year: int | None) -> list[Figure]:
    """``figures`` with the owner's too-small active strengths read as the headline garrison's, and the strengths of
    a sentence that names its owner's garrison ("British Forces Germany") read as that garrison's (in place)."""
    owner, host = frame(ctx)
    for k, f in enumerate(figures):
        if f.metric != "active_personnel" or f.host_iso3:
            continue
        too_small = why_implausible(f, published_year).startswith(_LOW_STRENGTH)
        si = ctx.sentence_index(f.start)
        if f.country_iso3 == owner and too_small:
            host_here, tag = host, "+garrison-headline"
        elif "Forces" in f.passage and (named := _named_garrison(ctx, si))[0] == f.country_iso3:
            host_here, tag = named[1], "+garrison-named"
        elif too_small and _LEVEL_ABROAD_RE.search(ctx.norm, ctx.sentences[si].start, f.start):
            host_here, tag = _place_named(ctx, si, f.country_iso3), "+level-abroad"
        else:
            continue
        if host_here:
            figures[k] = replace(f, metric="troops_deployed", host_iso3=host_here, method=_tagged(f.method, tag))
    return figures


# a level kept somewhere ("reduce their troop levels by 200-300 soldiers from the current 1,650", "maintains an estimated
# 30,000 troops in the northern part of the island"): when the count is far too small for the owner's whole force, it is
# the level kept in the place the sentence (or the one before) names
_LEVEL_ABROAD_RE = re.compile(r"\btroop\s+(?:levels?|numbers?|presence)\b|\b(?:maintains?|maintained|keeps?|kept|stations?|stationed)\b(?=[^.;]{0,40}$)", re.I)


def _place_named(ctx: Context, si: int, owner: str) -> str:
    """The last country named as a place in sentence ``si`` or, failing that, the one before (not the owner), or ""."""
    for i in (si, si - 1):
        if i < 0:
            break
        sent = ctx.sentences[i]
        places = [c.iso3 for c in ctx.country_mentions(sent.start, sent.end) if c.kind != "alliance" and c.iso3 != owner and ctx.is_place(c)]
        if places:
            return places[-1]
    return ""
