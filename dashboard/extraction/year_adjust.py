"""Stage 5, year: the dating of budgets and shares beyond what their sentence says. A budget tabled in the autumn
is the coming year's; a share of GDP stated in the past is the last year whose GDP is known."""

from __future__ import annotations

import re

from dashboard.extraction import countries as geo
from dashboard.extraction.context import Context
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import I
from dashboard.extraction.year_cues import COMPARED_WORDS
from dashboard.extraction.years import _FROM_BEFORE_RE, sentence_years, stage


def budget_year(ctx: Context, si: int, start: int, end: int, year: int | None, staged: bool = False, owner: str = "") -> int | None:
    """The year of a budget figure the sentence dates only by the article: a budget proposed, approved or allocated
    in an article of September to December, with no year in its sentence, is the coming year's ("The Defence
    Ministry has been allocated RM19.7 billion" in October: the budget tabled for next year). Not the level a
    change starts from, nor an amendment of the running year's budget."""
    published = ctx.info.published
    sent = ctx.sentences[si]
    if published is not None and year == published.year + 1 and _next_fiscal_starts_this_year(owner, published) and any(
            y.relative == 1 and not y.fiscal for y in sentence_years(ctx, si)):
        return published.year  # "the defense budget for the next year" in Australia in May 2023: FY2023-24, labelled 2023
    if published is not None and year is not None and year == _fiscal_now(owner, published) \
            and not any(y.start < start or 0 <= y.start - end <= 25 for y in sentence_years(ctx, si)) \
            and (staged or stage(ctx, sent, start)) and not _FROM_BEFORE_RE.search(ctx.norm, max(sent.start, start - 45), start) \
            and not _RUNNING_YEAR_RE.search(ctx.norm, sent.start, sent.end) and not (si and _RUNNING_YEAR_RE.search(ctx.norm, ctx.sentences[si - 1].start, sent.start)):
        return year + 1  # "The proposed budget for the defence forces is Tk 12,134 crore" in Bangladesh in June: the fiscal year from July
    if published is None or published.month < 9 or year != published.year or any(  # (a base compared with dates nothing:
            0 <= y.start - end <= 25 or not _BASE_BEFORE_RE.search(ctx.norm, max(sent.start, y.start - 60), y.start)
            for y in sentence_years(ctx, si)):
        return year  # "610 billion drams, 9 percent more than in 2025")
    if not (staged or stage(ctx, sent, start) or _WILL_REACH_RE.search(ctx.norm, max(sent.start, start - 60), start)) or _FROM_BEFORE_RE.search(ctx.norm, max(sent.start, start - 45), start) or _RUNNING_YEAR_RE.search(ctx.norm, sent.start, sent.end):
        return year
    return year + 1


def change_year(ctx: Context, si: int, end: int, year: int | None, start: int | None = None) -> int | None:
    """A change measured against a base year named right after it, the sentence naming no other year, is the next
    year's change ("a modest increase of 220 million baht over the 2016 defense budget": 2017's; "a 16.5-percent jump
    over the initial budget for fiscal 2023": 2024's). So is one measured against this year, after it ("a 7% increase
    on this year") or, in Korean order, right before it ("올해 대비 7.5% 늘어난": this year compared to, 7.5% up)."""
    sent = ctx.sentences[si]
    base = _BASE_AFTER_RE.match(ctx.norm, end, sent.end)
    said = int(base.group("y")) if base else None
    published = ctx.info.published
    if said is None and published is not None and {y.year for y in sentence_years(ctx, si)} <= {None, published.year + 1} and (_THIS_YEAR_AFTER_RE.match(ctx.norm, end, sent.end) or (
            start is not None and _THIS_YEAR_BEFORE_RE.search(ctx.norm, max(sent.start, start - 40), start))):
        said = published.year
    if year is None or said != year:
        return year
    return year if any(y.year is not None and y.year not in (year, year + 1) for y in sentence_years(ctx, si)) or (
        base and any(y.year == year + 1 for y in sentence_years(ctx, si))) else year + 1


def level_year(ctx: Context, si: int, end: int, year: int | None) -> int | None:
    """A budget level followed by its change against a base year, the sentence naming no other year, is the next
    year's level ("$215 billion, an increase of 7.4 percent over 2014": 2015's; "NT$949.5 billion, an increase of 22.9
    percent on this year": next year's)."""
    base = _LEVEL_BASE_AFTER_RE.match(ctx.norm, end, ctx.sentences[si].end)
    if year is None or base is None:
        return year
    published = ctx.info.published
    said = int(base.group("y")) if base.group("y") else published.year if published and base.group("this") else None
    if said != year or any(y.year is not None and y.year != year for y in sentence_years(ctx, si)):
        return year
    return year + 1


def _next_fiscal_starts_this_year(owner: str, published) -> bool:
    """True when the owner's next fiscal year begins later in the published year and is labelled by its first year
    (Australia's in July, India's in April): its "next year" budget is that fiscal year's."""
    country = geo.gazetteer().countries.get(owner)
    return bool(country and country.fy_start_month and country.fy_label == "start" and published.month < country.fy_start_month)


def _fiscal_now(owner: str, published) -> int | None:
    """The label of the owner's running fiscal year when the next one starts within four months of ``published`` and
    the year is not the calendar's and is labelled by its first year (Bangladesh's from July, India's from April); else None."""
    country = geo.gazetteer().countries.get(owner)
    if not (country and country.fy_start_month and country.fy_start_month != 1 and country.fy_label == "start"
            and 0 < (country.fy_start_month - published.month) % 12 <= 4):
        return None  # (years labelled by their end, Thailand's FY2026 from October 2025, are left as the sentence dates them)
    return published.year if published.month >= country.fy_start_month else published.year - 1


def share_year(ctx: Context, si: int, start: int, year: int | None) -> int | None:
    """The year of a share of GDP the sentence dates only by the article and states in the past ("Norway's defense
    spending was just 1.55 percent"): the last year whose GDP is known, the one before the article's."""
    published = ctx.info.published
    if published is None or year != published.year:
        return year
    lo = max(ctx.sentences[si].start, start - 80)
    if published.month >= 9 and _WILL_RE.search(ctx.norm, ctx.sentences[si].start, start) and not _CURRENT_RE.search(ctx.norm, lo, start) and budget_year(ctx, si, start, start, year, True) != year:
        return year + 1  # "our defense spending will be equivalent to 5.3 percent of GDP" in November: the coming budget's
    if sentence_years(ctx, si):
        return year
    return year - 1 if _PAST_SHARE_RE.search(ctx.norm, lo, start) else year


_SIPRI_RE = re.compile(r"\bSIPRI\b|\bStockholm\s+International\s+Peace\s+Research\s+Institute\b"
                       r"|\bIISS\b|\bInternational\s+Institute\s+for\s+Strategic\s+Studies\b|\bMilitary\s+Balance\b", I)  # (IISS: each February, the year before)


def sipri_year(ctx: Context, si: int, year: int | None) -> int | None:
    """SIPRI publishes each April what countries spent the year before: spending that an article of January to June
    attributes to SIPRI, in a sentence that names no year, is the previous year's ("Saudi Arabia's military
    expenditures have reached a record level of 73 billion dollars", in a story on SIPRI's April report)."""
    published = ctx.info.published
    if published is None or year != published.year or published.month > 6 or sentence_years(ctx, si):
        return year
    key = (-2, _SIPRI_RE.pattern)  # (worked out once per article)
    credited = ctx.sentence_cache.get(key)
    if credited is None:  # (a SIPRI figure its own sentence dates, "In 2015 ... according to SIPRI", dates no other)
        credited = ctx.sentence_cache[key] = any(not sentence_years(ctx, ctx.sentence_index(hit.start())) for hit in _SIPRI_RE.finditer(ctx.norm))
    return year - 1 if credited else year


# a year compared with, right before it or after the amount it dates: "more than in 2025", "compared to estimated
# spending of 231 billion rupees this year"
_BASE_BEFORE_RE = re.compile(r"\b(?:" + COMPARED_WORDS + r")\s+(?:in\s+|the\s+|before\s+)?$"
                             r"|\b(?:compared\s+(?:to|with)|against|versus|than)\b[^.;]{0,50}\d[^.;]{0,20}$", I)
_CURRENT_RE = re.compile(r"\b(?:current|currently|now|today|present|this\s+year|remain\w*|retain\w*|keep|same\s+level)\b", I)  # ("retain its current level ... at 1.2")
# "Defense spending will reach SR272 billion", "is expected to grow by 5%" in a budget of September to December: next year's
_WILL_REACH_RE = re.compile(r"\b(?:will|(?:is|are)\s+(?:expected|set|forecast|projected)\s+to)\s+(?:reach|total|amount\s+to|rise|increase|grow|climb)\b[^.;\d]{0,20}$", I)
_WILL_RE = re.compile(r"\b(?:will|would|shall|draft|propos\w+|budget\s+for)\b", I)
_PAST_SHARE_RE = re.compile(r"\b(?:(?:was|were)(?!\s+(?:to|expected|set|due|planned|projected|forecast)\b)|(?<!has\s)(?<!have\s)(?:spent|reached)|amounted\s+to|came\s+to|stood\s+at)\b", I)
_RUNNING_YEAR_RE = re.compile(r"\b(?:amend\w*|changes?\s+to|supplement\w*|revis\w*|end\s+of\s+the\s+year|so\s+far|spent)\b", I)


_EARLIER_LEVEL_RE = re.compile(r"previous-level|last-years-level")


def align_change_years(ctx: Context, si: int, figures: list[Figure], previous: list[Figure]) -> None:
    """"the allocation of RM21.2 billion represents an increase of 7.08 per cent compared to last year's RM19.7 billion"
    in October: the level is next year's budget (see year_adjust.budget_year), and so is its change; the level it is
    compared with is the year before it. The level may stand in the sentence before ("The ministry was allocated RM21.2
    billion. The allocation represents an increase of ..."). Only in a sentence that names no year of its own."""
    published = ctx.info.published if ctx.info is not None else None
    if published is None:
        return
    level = next((f for f in [*figures, *reversed(previous)] if f.metric == "defense_budget" and f.year == published.year + 1
                  and not _EARLIER_LEVEL_RE.search(f.method)), None)
    if level is None or any(y.year is not None for y in sentence_years(ctx, si)):
        return
    for f in figures:
        if f.metric in ("budget_change_pct", "budget_change_amount") and f.year == published.year and f.country_iso3 == level.country_iso3:
            f.year = level.year
        elif f.metric == "defense_budget" and _EARLIER_LEVEL_RE.search(f.method) and f.year == published.year - 1 and f.country_iso3 == level.country_iso3:
            f.year = published.year


# what a change is measured against, with its year: "over the 2016 defense budget", "compared with fiscal 2023"
_BASE_AFTER_RE = re.compile(r"(?:,\s*or\s+(?:about\s+|around\s+|some\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent)\s*)?[^.;\d]{0,60}?\b(?:over|compared\s+(?:with|to)|than|against|versus|relative\s+to)\s+(?:(?:the|its|last|an?)\s+)?"
                            r"(?:[\w-]+\s+){0,4}?(?:(?:fiscal|FY)\s*(?:year\s+)?)?(?P<y>(?:19|20)\d\d)\b(?![-/\u2013]\d)", I)

# a level's own change against its base, right after it: ", a 7.4 percent increase over 2014", "(US$31.1 billion) was an
# increase of 22.9 percent on this year", "and an increase of 7.4% compared to 2014"
_LEVEL_BASE_AFTER_RE = re.compile(r"[^.;]{0,80}?\b(?:increase|rise|jump|growth|hike|up|more|higher)\w*\b[^.;\d]{0,12}?(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)\s*)?"
                                  r"(?:increase|rise|jump|growth|hike|up|more|higher)?\w*\s*(?:over|on|compared\s+(?:with|to)|than|from|against|versus)\s+(?:the\s+)?"
                                  r"(?:(?:(?:fiscal|FY)\s*(?:year\s+)?)?(?P<y>(?:19|20)\d\d)|(?P<this>this\s+year(?:['\u2019]s)?|the\s+current\s+year))\b(?![-/\u2013]\d)", I)

_THIS_YEAR_AFTER_RE = re.compile(r"[^.;\d]{0,30}?\b(?:over|on|compared\s+(?:with|to)|than|from)\s+(?:this\s+year(?:['\u2019]s)?|the\s+current\s+year)\b", I)
_THIS_YEAR_BEFORE_RE = re.compile(r"\b[Tt]his\s+year(?:['\u2019]s)?\s*(?:\S*\s*)?(?:\([^()]{0,40}\)\s*)?(?:compared\s+to|than)\s*(?:about\s+)?\Z")


# Every pattern above behind a lookahead of the characters its matches begin with: the same matches, faster.
gate_all(globals())
