"""Stage 3, a second reading of a number whose cue stands away from it: a figure licensed by its passage's topic.

Real passages often set the topic once ("military spending in South America", "as a share of GDP") and then
list countries with bare numbers: "Argentina with USD 5,680 million", "United States (USD 610,000 million)",
"Brazil took sixth place with 1.4%". The rules that want a budget phrase or "of GDP" next to the number reject
these. Here such a number is a figure only when all of this holds:

- the rules rejected it for the missing cue alone (no other evidence against it);
- the topic is stated in its sentence or one of the three before it (spending on defence; for a percent, also GDP);
- a country is bound to it by the list's own syntax, right before it: "Country (N", "Country: N", "Country with N"
  (up to five words between, with no punctuation, number or other country);
- its sentence names no other kind of money or change (GDP, exports, aid, a rise...), which would make the
  number that instead.
"""

from __future__ import annotations

import dataclasses
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.attribution import find_owner
from dashboard.extraction.cjk_rankings import cjk_ranked
from dashboard.extraction.cjk_readings import cjk_licensed, year_before
from dashboard.extraction.context import CHANGE_WHY, MONEY_WHY, NOUN_WHY, PERCENT_WHY, Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.paired_items import paired_items
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.record import Figure
from dashboard.extraction.respectively import RESPECTIVELY_RE, country_run, number_run
from dashboard.extraction.troop_lists import troop_lists
from dashboard.extraction.vocab import DEFENSE_WORD

CUE_MISSING = (MONEY_WHY, PERCENT_WHY)
READ_AGAIN = (*CUE_MISSING, CHANGE_WHY, NOUN_WHY)  # (the rejections kept for a second reading: a CJK ranking line's change,
# a listed count of troops too)
REACH = 3  # sentences before the number's own that can set the topic
LIST_REACH = 9  # and for a list's row ("4. Russia: 65.1 billion USD"), whose numbers and rows are sentences of their own
_LIST_ROW_RE = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?(?:[\u2022*\-]\s*)?[A-Z][^\n:.]{1,40}?\s*:\s*\S")

SPENDING_TOPIC_RE = re.compile(
    r"\b" + DEFENSE_WORD + r"\s+(?:spending|spend|expenditures?|budgets?|outlays?)\b"
    r"|\b(?:spending|spend|spent|expenditures?|outlays?|investment)\s+(?:on|in|for)\s+(?:(?:its|their|the)\s+)?" + DEFENSE_WORD
    + r"|\b(?:spenders?|spent\s+the\s+most)\b"
    r"|\b(?:dedicat\w*|dedic[oó]|devot\w+|allocat\w+|spen[dt]s?|invest\w*)\b[^.;]{0,80}?\b(?:to|on|in)\s+defen[cs]e\b", re.I)  # ("devoted 2.54% of GDP ... to defence")
GDP_TOPIC_RE = re.compile(r"\b(?:GDP|GNP|gross\s+domestic\s+product|gross\s+national\s+product)\b", re.I)
# words that make a money or percent something other than a level of defence spending or its share of GDP
OTHER_MONEY_RE = re.compile(
    r"\b(?:(?<!\bof\s)GDP|gross\s+domestic|econom(?:y|ies)|exports?|imports?|sales|trade|revenues?|loans?|deals?|contracts?|aid|"
    r"assistance|worth|costs?|prices?|debts?|deficits?|salar(?:y|ies)|pensions?|investors?|market|tax(?:es)?)\b", re.I)
CHANGE_RE = re.compile(
    r"\b(?:increase[ds]?|increasing|rise|rises|rose|risen|rising|gr[eo]w(?:s|n|th|ing)?|jump\w*|fell|fall\w*|drop\w*|"
    r"declin\w+|cut\w*|up|down|higher|lower|boost\w*|hike\w*|surg\w+|reduc\w+|compared|more|less|growth|change\w*|"
    r"inflation|real\s+terms|per\s+year|a\s+year|annual\w*|average)\b", re.I)
_HEDGE = r"(?:about|around|some|roughly|nearly|almost|over|more\s+than|only|just|an\s+estimated)\s+"
# what stands between the country and the number in a list: "United States (", "Chile: ", "Chile with ", "Brazil took
# sixth place with a "
_BRACKET_GAP_RE = re.compile(r"\s*\(\s*(?:" + _HEDGE + r")?\Z", re.I)
_COLON_GAP_RE = re.compile(r"\s*[:\u2013\u2014,]\s*(?:" + _HEDGE + r")?\Z", re.I)  # (and "Luxembourg, 0.44%")
_SPACE_GAP_RE = re.compile(r"[ \t\u3000]+(?:" + _HEDGE + r")?\Z", re.I)
_RANK_ROW_RE = re.compile(r"[ \t]*(?:\d{1,3}\s?(?:位|위|名)|No\.\s?\d{1,3}|\d{1,3}[.)])[ \t\u3000]*\Z")
_WITH_GAP_RE = re.compile(r",?\s+(?:[^\W\d][\w'\u2019-]*\s+){0,5}?(?:with|on|at|by)\s+(?:an?\s+|the\s+)?(?:" + _HEDGE + r")?\Z", re.I)
# the direction of the changes a list gives ("The biggest rises in military spending were in Paraguay (33%), Honduras
# (22%)"; "Military spending in Brazil fell by 8.2%, in Argentina by 9%")
_WITH_AFTER_RE = re.compile(r"\s*%?(?:'y?l[ae]\s+|\s+with\s+)(?:the\s+)?", re.I)
_AFTER_SEPARATOR_RE = re.compile(r"[,;)]|\band\b")
_SPAN_RE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|several)\s+(?:years|decades)\b|\bsince\s+(?:19|20)\d\d\b|\bdecade\b", re.I)
_DOWN_RE = re.compile(r"\b(?:fell|fall\w*|drop\w*|declin\w+|cut\w*|reduc\w+|decreas\w+|lower|down|shr[au]nk\w*)\b", re.I)
_UP_RE = re.compile(r"\b(?:rose|rise\w*|risen|increas\w+|gr[eo]w\w*|growth|jump\w*|up|higher|boost\w*|hike\w*|surg\w+)\b", re.I)
# the last share said before the number, and of what: a list goes on with that base
_SHARE_OF_RE = re.compile(r"(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:(?:the|its|their|total|all)\s+)*(?P<base>[\w-]+)", re.I)
_LISTED_RE = re.compile(r"\s*(?:,|and|&|or|y|e|et|und)\s*(?:the\s+)?", re.I)
_AFTER_RE = re.compile(r"\s*(?:of|in|for|from|to|on|per|a\s+year|each)\b", re.I)  # "with 1.4% of the budget": a share of something else


def topic_figures(ctx: Context, rejected: list[tuple[int, NumberMention, str]], earlier: list[Figure]) -> list[Figure]:
    """The figures the passage's topic licenses among numbers rejected for a missing cue (sentence index, number,
    reason), except those another pass has read since (``earlier``). A list paired by "respectively" ("Nigeria and South
    Africa rank 4th and 5th ($3.1 billion and $2.9 billion, respectively)") takes its countries in order; a list item's
    second number takes the country of its first (paired_items)."""
    taken = {f.start for f in earlier}
    figures: list[Figure] = []
    by_sentence: dict[int, list[tuple[NumberMention, tuple[str, str]]]] = {}
    figures.extend(ranked := cjk_ranked(ctx, rejected, taken) + troop_lists(ctx, rejected, earlier))
    taken = taken | {f.start for f in ranked}
    for si, m, why in rejected:
        if m.start in taken:
            continue
        if why in CUE_MISSING and (found := cjk_licensed(ctx, si, m)):  # (CJK word order: the owner found the usual way)
            owner, how = find_owner(ctx, si, m, "", [], currency=m.currency if m.kind == "money" else "")
            last = figures[-1] if figures else None
            if m.kind == "percent" and how in ("previous", "article") and last is not None and last.metric == "defense_budget" \
                    and last.start >= ctx.sentences[si].start:
                owner, how = last.country_iso3, "sibling"  # ("국방예산은 61조 원으로 GDP 비중은 2.32%": the budget's own share)
            if owner:
                fig = make(ctx, si, m, found[0], owner, how, found[1])
                year = year_before(ctx, si, m) if m.kind == "money" else None
                figures.append(dataclasses.replace(fig, year=year) if year else fig)
        elif found := licensed(ctx, si, m, why):
            by_sentence.setdefault(si, []).append((m, found))
    for si, read in by_sentence.items():
        paired = _respectively(ctx, si, [m for m, _ in read])
        for m, (metric, method) in read:
            owner = paired.get(m.start) or _bound_country(ctx, si, m)
            if owner:
                figures.append(make(ctx, si, m, metric, owner, "pair" if m.start in paired else "bound",
                                    method + ("+respectively" if m.start in paired else ""),
                                    sign=_direction(ctx, si) if metric == "budget_change_pct" else 1))
    return figures + paired_items(ctx, rejected, earlier + figures, taken | {f.start for f in figures})


def licensed(ctx: Context, si: int, m: NumberMention, why: str) -> tuple[str, str] | None:
    """(metric, method) when the passage's topic makes a number the cue rules rejected a figure, whoever owns it."""
    if why not in CUE_MISSING or m.kind not in ("money", "percent"):
        return None
    norm, sent = ctx.norm, ctx.sentences[si]
    if _AFTER_RE.match(norm, m.end, sent.end):
        return None
    first = max(0, si - (LIST_REACH if _LIST_ROW_RE.match(norm, sent.start, sent.end) else REACH))
    if not any(ctx.says(k, SPENDING_TOPIC_RE) for k in range(first, si + 1)):
        return None
    if m.kind == "money":
        return None if OTHER_MONEY_RE.search(norm, sent.start, sent.end) else ("defense_budget", "budget:topic-list")
    if m.value <= 0 or m.value > 100:
        return None
    if CHANGE_RE.search(norm, sent.start, sent.end):  # (a list of changes: the spending named in the sentence itself)
        listed = ctx.says(si, SPENDING_TOPIC_RE) and not GDP_TOPIC_RE.search(norm, sent.start, sent.end) and _direction(ctx, si) \
            and not _SPAN_RE.search(norm, sent.start, sent.end)  # (not a change over years: "in the past ten years by 167%")
        return ("budget_change_pct", "budget:topic-change-list") if listed else None
    if m.value > 15:
        return None
    if not any(ctx.says(k, GDP_TOPIC_RE) for k in range(first, si + 1)):
        return None
    bases = [b.group("base") for b in _SHARE_OF_RE.finditer(norm, ctx.sentences[first].start, m.start)]
    if bases and not GDP_TOPIC_RE.match(bases[-1]):
        return None  # "defence took 5.5 percent of the state budget. Estonia came second with 4.1 percent": that list's
    return "defense_share_gdp_pct", "share:topic-list"


def _direction(ctx: Context, si: int) -> int:
    """+1 or -1 when a sentence's change words all go one way, 0 when they go both ways or none is said."""
    sent = ctx.sentences[si]
    down = bool(_DOWN_RE.search(ctx.norm, sent.start, sent.end))
    up = bool(_UP_RE.search(ctx.norm, sent.start, sent.end))
    return 0 if down == up else -1 if down else 1


def _respectively(ctx: Context, si: int, numbers: list[NumberMention]) -> dict[int, str]:
    """{number start: country} for the licensed numbers that end a "respectively" list, when the countries listed
    before them are as many."""
    sent = ctx.sentences[si]
    word = RESPECTIVELY_RE.search(ctx.norm, sent.start, sent.end)
    if word is None:
        return {}
    run = number_run(ctx.norm, numbers, word.start())
    if len(run) < 2 or len({n.kind for n in run}) > 1:
        return {}
    countries = country_run(ctx, sent.start, run[0].hedge_start if run[0].hedge_start is not None else run[0].start)
    return {n.start: iso3 for n, iso3 in zip(run, countries, strict=True)} if len(countries) == len(run) else {}


def _bound_country(ctx: Context, si: int, m: NumberMention) -> str:
    """The country a list binds the number to, right before it (or, in Turkish order, right after it: "2.8% with
    Croatia", "2.24%'le Greece"), or ''."""
    sent = ctx.sentences[si]
    left = m.hedge_start if m.hedge_start is not None else m.start
    before = [c for c in ctx.country_mentions(max(sent.start, left - 70), left) if c.kind != "alliance"]
    with_after = _WITH_AFTER_RE.match(ctx.norm, m.end, sent.end)
    after = [c for c in ctx.country_mentions(with_after.end(), with_after.end() + 40) if c.kind != "alliance"] if with_after else []
    if after and after[0].start == with_after.end() and not (before and _WITH_GAP_RE.match(ctx.norm[before[-1].end:left])):
        return after[0].iso3
    if not before:
        return ""
    c = before[-1]
    if len(before) > 1 and _LISTED_RE.fullmatch(ctx.norm, before[-2].end, c.start):
        return ""  # "Uruguay and Chile with 2.1% and 1.9%, respectively": a pair, not one country's
    gap = ctx.norm[c.end:left]
    if any(ch.isdigit() for ch in gap) or not (_BRACKET_GAP_RE.match(gap) or _COLON_GAP_RE.match(gap) or _WITH_GAP_RE.match(gap)
                                               or _SPACE_GAP_RE.match(gap) and _RANK_ROW_RE.match(ctx.norm, ctx.norm.rfind("\n", 0, c.start) + 1, c.start)):
        return ""  # (and a ranked row, "1位 the United States about 596 billion $": the line's rank, its country, the amount)
    after = ctx.country_mentions(m.end, min(sent.end, m.end + 12))
    if "," in gap and after and not _AFTER_SEPARATOR_RE.search(ctx.norm, m.end, after[0].start):
        return ""  # ("65,527 million dollars Britain, 49,132 million dollars Germany", "2.24%'le Greece, 2.13%'le Estonia":
    return c.iso3  # each number names its country right after it)


gate_all(globals())
