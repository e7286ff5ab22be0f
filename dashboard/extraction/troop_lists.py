"""Stage 3, counts listed country by country under a topic of troops abroad, each with no noun of its own:

    "... an increase in DoD civilians and US troops. The most recent DoD statistics reveal the current numbers by
    country: Egypt, 455; Israel, 41; Lebanon, 110; ..."            (one owner's troops, host by host)
    "the composition of AUSSOM troops will be as follows: Uganda (4,500), Ethiopia (2,500), Djibouti (1,520) ..."
    "the top 10 African countries with the most contributors to UN peacekeeping ... 1.  Rwanda  5,918  3rd  2.  Ghana"
                                                                   (each listed country's own contingent)

The rules that want a personnel noun next to a count reject these. A count is read here only when all of this holds:

- the rules rejected it for the missing noun alone;
- a country (not a bloc) is named right before it, joined by a comma, a colon, a dash, an opening bracket or spaces;
- it is one of at least three such items in a row, with nothing but separators (and a rank: "3rd  2.") between them;
- the text before the list (its sentence and the two before) speaks of troops abroad: a deployment, a presence, a
  contribution, a mission or peacekeeping, and names troops or personnel.

Whose: when that text names one country's troops ("US troops", "French soldiers"), the listed countries are its
hosts; otherwise it must speak of a contribution (contributors, composition, peacekeeping), and each listed country
deploys its own count to the place the force serves in (named before the list), or to no single host.
"""

from __future__ import annotations

import re

from dashboard.extraction.assemble import make
from dashboard.extraction.context import NOUN_WHY, Context
from dashboard.extraction.contributor_items import force_host
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import I

METHOD = "personnel:troop-list"
MIN_ITEMS = 3
REACH = 2  # sentences before the list's first that can set its topic
TOPIC_CHARS = 300  # and at least the characters before it (a table's rows are sentences of their own)
_COUNTRY_GAP_RE = re.compile(r"[ \t]*(?:[,:(\u2013\u2014-]|[ \t]{2,}|\n\s*)[ \t]*(?:about\s+|some\s+|nearly\s+|around\s+|over\s+|up\s+to\s+)?", I)
_ITEM_GAP_RE = re.compile(r"[ \t]*(?:\)[ \t]*)?(?:[,;][ \t]*(?:(?:and|with)\s+)?|[ \t]+(?:and|with)\s+|[ \t]{2,}|\n\s*)(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:\d{1,2}\.\s+)?(?:the\s+)?", I)
_ABROAD_RE = re.compile(r"\b(?:deploy\w*|station\w*|presence|abroad|overseas|contribut\w*|composition|missions?|peace-?keep\w*|"
                        r"host(?:s|ed|ing)?|based|contingents?|rotat\w+)\b", I)
_TROOPS_RE = re.compile(r"\b(?:troops?|soldiers|personnel|peace-?keepers|service\s*members|servicemen|military|forces|contingents?|"
                        r"contributors|contributions)\b", I)
# a list of other people, or of the dead: "the same for women were Rwanda (487), Bangladesh (480)"
_NOT_TROOPS_RE = re.compile(r"\b(?:women|female|police\w*|killed|deaths?|died|dead|casualt\w+|fatalit\w+|wounded|injured|refugees|"
                            r"civilians|migrants|nationals|citizens|students|tourists)\b", I)
_CONTRIBUTION_RE = re.compile(r"\b(?:contribut\w*|composition|peace-?keep\w*)\b", I)
_OWNER_NOUN_RE = re.compile(r"[ \t]+(?:[\w-]+[ \t]+)?(?:troops|soldiers|military|forces|service\s*members|servicemen|personnel|marines)\b", I)
_REJECT_AFTER_RE = re.compile(r"\s*(?:%|per\s?cent|percent|million|billion|years?|km|kilomet|miles|people\s+killed|deaths?|dead)\b", I)


def troop_lists(ctx: Context, rejected: list[tuple[int, NumberMention, str]], earlier: list[Figure]) -> list[Figure]:
    """The deployments of the country-by-country lists among counts rejected for a missing noun (module docstring)."""
    taken = {f.start for f in earlier}
    items: list[tuple[int, NumberMention, object]] = []
    for si, m, why in rejected:
        if why != NOUN_WHY or m.kind != "count" or m.start in taken or not m.value or m.value < 1 \
                or _REJECT_AFTER_RE.match(ctx.norm, m.end):
            continue
        country = _country_before(ctx, si, m)
        if country is not None:
            items.append((si, m, country))
    out: list[Figure] = []
    for run in _runs(ctx, items):
        out.extend(_read(ctx, run))
    return out


def _country_before(ctx: Context, si: int, m: NumberMention):
    """The country named right before the count ("Egypt, 455", "Uganda (4,500", "Ghana  2,644"), or None."""
    left = m.hedge_start if m.hedge_start is not None else m.start
    sent_start = ctx.sentences[si].start
    named = [c for c in ctx.country_mentions(max(0, left - 60), left) if c.kind in ("name", "short")]
    if not named or named[-1].start < sent_start - 60:
        return None
    gap = _COUNTRY_GAP_RE.fullmatch(ctx.norm, named[-1].end, left)
    return named[-1] if gap else None


def _runs(ctx: Context, items: list) -> list[list]:
    """The items in runs of at least ``MIN_ITEMS``, each joined to the one before by separators alone."""
    runs: list[list] = []
    current: list = []
    for item in items:
        if current:
            prev_m = current[-1][1]
            if not (prev_m.end <= item[2].start and item[2].start - prev_m.end <= 30
                    and _ITEM_GAP_RE.fullmatch(ctx.norm, prev_m.end, item[2].start)):
                runs.append(current)
                current = []
        current.append(item)
    runs.append(current)
    return [r for r in runs if len(r) >= MIN_ITEMS]


def _read(ctx: Context, run: list) -> list[Figure]:
    si0, _, first_country = run[0]
    topic_start = max(0, min(ctx.sentences[max(0, si0 - REACH)].start, first_country.start - TOPIC_CHARS))
    topic = ctx.norm[topic_start:first_country.start]
    if not _ABROAD_RE.search(topic) or not _TROOPS_RE.search(topic) \
            or _NOT_TROOPS_RE.search(ctx.norm, max(topic_start, ctx.sentences[si0].start, first_country.start - TOPIC_CHARS), first_country.start):
        return []
    listed = {c.iso3 for _, _, c in run}
    owners = [c for c in ctx.country_mentions(topic_start, first_country.start)
              if c.kind != "alliance" and c.iso3 not in listed and _OWNER_NOUN_RE.match(ctx.norm, c.end)]
    if owners:
        owner = owners[-1].iso3
        return [make(ctx, si, m, "troops_deployed", owner, "pair", METHOD, host=c.iso3) for si, m, c in run]
    if not _CONTRIBUTION_RE.search(topic):
        return []
    host = force_host(ctx, si0, first_country.start, listed)
    return [make(ctx, si, m, "troops_deployed", c.iso3, "pair", METHOD, host=host) for si, m, c in run if c.iso3 != host]


gate_all(globals())
