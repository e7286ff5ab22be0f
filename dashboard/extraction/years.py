"""Stage 5, year and stage: the year a figure refers to and the budget stage the sentence states."""

from __future__ import annotations

import re
from datetime import date

from dashboard.extraction import countries as geo
from dashboard.extraction.context import Context
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.text import Sentence, YearExpression, find_years
from dashboard.extraction.vocab import I
from dashboard.extraction.year_as_of import carried_as_of, data_dated, list_intro_year
from dashboard.extraction.year_cues import (
    CHANGE_FROM_BASE_RE,
    CHANGING_NOW_RE,
    COMPARED_WORDS,
    FISCAL_START_GAP_RE,
    FRAMING_YEAR_RE,
    FROM_IN_TO_IN_RE,
    GIVEN_IN_RE,
    PLANNED_PERSONNEL_RE,
    TO_OF_FROM_RE,
    WHOSE_FORCE_NUMBERS_RE,
    YEAR_RANGE_RE,
    article_year,
    dateline,
    horizon,
    month_year,
    present_stock,
    range_end_for_to_level,
    source_dated,
    without_fiscal_gloss,
)


def resolve(expr: YearExpression, owner: str, published: date | None) -> int | None:
    if expr.year is not None:
        return expr.year
    if published is None:
        return None
    if expr.fiscal:
        return geo.fiscal_year(owner, published, expr.relative or 0)
    return published.year + (expr.relative or 0)


def sentence_years(ctx: Context, si: int) -> list[YearExpression]:
    """The year expressions of sentence ``si``, found once per sentence and kept on the context."""
    found = ctx.years_by_sentence.get(si)
    if found is None:
        sent = ctx.sentences[si]
        found = ctx.years_by_sentence[si] = without_fiscal_gloss(ctx.norm, find_years(ctx.norm, sent.start, sent.end))
    return found


_IN_SPAN_AFTER_RE = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*(?:of\s+(?:the\s+)?(?:GDP|gross\s+domestic\s+product)\s+)?in\s+(?P<y1>(?:19|20)\d\d)\s*[-\u2013]\s*(?:19|20)?\d\d\b", re.I)
_ROW_YEAR_END_RE = re.compile(r"\((?P<y>(?:19|20)\d\d)(?:\s+est\.?)?\)\s*$")
_HEDGE_ONLY_RE = re.compile(r"[ \t]*(?:approximately|about|around|some|nearly|over|more\s+than|less\s+than)\s+", re.I)
_AS_OF_BEFORE_RE = re.compile(r"\bas\s+(?:of|at)\s+(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?(?:[A-Za-z]+\s+)?$", re.I)


def year_for(ctx: Context, si: int, start: int, end: int, owner: str, stock: bool, change: bool = False) -> int | None:
    """The year a figure refers to (see the issue's rules; documented in data/README.md)."""
    sent = ctx.sentences[si]
    exprs = [y for y in sentence_years(ctx, si) if not (y.start < end and start < y.end)]
    ahead = [y for y in exprs if horizon(y) and y.start >= end]  # "over the next 10 years": only the figure right before it
    exprs = [y for y in exprs if not horizon(y)]
    published = ctx.info.published
    # an undated article's "this year", "last year": counted from the latest year its text names before ("... in 2022.
    # ... the only countries expected to achieve the goal this year"), not left without a year
    rel_base = published or (date(named, 7, 1) if any(y.year is None for y in exprs) and (named := article_year(
        ctx, sent.start, sent.end, before_only=True)) else None)  # (only when the sentence names a relative year)
    at = ctx.norm.rfind("\n", max(sent.start, start - 40), start) + 1
    if at and not ctx.norm[at:start].strip(" \t~") or _HEDGE_ONLY_RE.fullmatch(ctx.norm, at, start) if at else False:
        row_year = _ROW_YEAR_END_RE.search(ctx.norm, end, (ctx.norm.find("\n", end, min(sent.end, end + 300)) + 1 or min(sent.end, end + 300) + 1) - 1)
        if row_year:  # a factbook row that opens with its figure and ends with its year: "approximately 80,000 active troops (...) (2022)"
            return int(row_year.group("y"))
    following = [y for y in exprs if y.start >= end]
    preceding = [y for y in exprs if y.end <= start]
    if preceding and ctx.info.published and "\n" in ctx.norm[preceding[0].end:start]:  # (a dateline's year, when the
        preceding = [y for y in preceding if not dateline(ctx.norm, y, start)]  # date is known anyway, dates no figure)
    if published and _FROM_CURRENT_RE.search(ctx.norm, max(sent.start, start - 40), start):
        return published.year  # "an increase from the current EUR 2.7 billion to EUR 4.7 billion by 2026": today's level
    if change and (span := FROM_IN_TO_IN_RE.match(ctx.norm, end, sent.end)):
        return int(span.group("y2"))  # (year_cues: "by $22 million from $506 million in 2016 up to $528 million in 2017")
    target = changed_from(ctx, sent, start, end)
    if target:  # "from 61,000 to nearly 80,000 by 2040": a year after the target is the target's, not the level's
        following = [y for y in following if y.start < target.start("to")]
        to_level = _NUMBER_END_RE.match(ctx.norm, target.end() - 1)
        between = to_level and (_BETWEEN_YEARS_RE.match(ctx.norm, to_level.end()) or _IN_SPAN_AFTER_RE.match(ctx.norm, to_level.end()))
        if between:  # "shrunk from 184,839 to 169,203 between fall 2013 and fall 2014": the first year is the level's
            return int(between.group("y1"))  # (so is "fell from 7.5% to 6.3% of GDP in 1996-2005")
        for_year = _FOR_YEAR_AFTER_RE.match(ctx.norm, to_level.end()) if to_level and not stock and not preceding and not following else None
        if for_year:  # "increased from 63 million to around 102 million Euro for 2022": the budget before it, 2021's
            return int(for_year.group("y")) - 1
    between = _BETWEEN_YEARS_RE.match(ctx.norm, end)
    if between and _FROM_LEVEL_TO_RE.search(ctx.norm, max(sent.start, start - 40), start):
        return int(between.group("y2"))  # (and the second year the level reached)
    if stock and (_SINCE_EVENT_FROM_RE.search(ctx.norm, max(sent.start, start - 90), start)
                  or _BEFORE_EVENT_RE.match(ctx.norm, sent.start, start)):
        return None  # "has fallen ... since the start of the conflict, from 325,000", "Before the civil war, the army numbered
        # 300,000": the level when it began, its year not said
    if following and stock and ctx.norm[max(sent.start, following[0].start - 9):following[0].start].rstrip().endswith(
            ("through", "until", "till")) and _HORIZON_BEFORE_RE.search(ctx.norm, max(sent.start, following[0].start - 9), following[0].start) \
            and not personnel_stage(ctx, sent, start, end):
        following = following[1:]  # "cut a quarter of its 680,000 military through 2020": the cut's horizon, not the level's year
    if ahead and len(ctx.norm[end:ahead[0].start]) <= 22 and not (following and following[0].start < ahead[0].start) \
            and not (target and ahead[0].start > target.start("to")):
        return resolve(ahead[0], owner, rel_base)  # "will be increased to 10,000 over the next 10 years"
    if published and (by_month := month_year(ctx.norm, sent.start, start, end, published, following[0].start if following else None, bool(preceding))):
        return by_month  # "300,000 reservists last September" in July 2023; "By late December, ..." in January
    if stock and published and not following and _SINCE_FROM_TO_RE.search(ctx.norm, max(sent.start, start - 90), start):
        return published.year  # "has tripled since February 2022, from 261,000 to more than 800,000": the level now
    if stock and published and following and (_NOW_AFTER_NOUN_RE.match(ctx.norm, end, following[0].start) or _FROM_DATED_LEVEL_RE.fullmatch(ctx.norm, end, following[0].start)):
        return published.year  # "an existing force of 1,600 troops currently stationed in Saudi Arabia, ... under a 1982 agreement"
    if following and (span := YEAR_RANGE_RE.fullmatch(ctx.norm, following[0].start, following[0].end)) \
            and len(ctx.norm[end:following[0].start]) <= 22 and _FROM_LEVEL_TO_RE.search(ctx.norm, max(sent.start, start - 60), start):
        last = span.group("last")  # "rose from 5.3% to 6.7% of GDP in 1985-96": the level reached is the span's last year's
        return int(last) if len(last) == 4 else int(span.group("first")[:2] + last)
    if preceding and following and _AND_IN_GAP_RE.fullmatch(ctx.norm, end, following[0].start) \
            and _YEAR_THEN_LEVEL_RE.fullmatch(ctx.norm, preceding[-1].end, start):
        return resolve(preceding[-1], owner, rel_base)  # "in 2025 it will be 4.2 billion and in 2026 ...": its own year
    if following:
        gap = _AMOUNT_BRACKET_GAP_RE.sub("", ctx.norm[end:following[0].start], count=1)  # ("... yen (around $44 billion) for")
        own_bracket = (gap.rstrip().endswith("(") and not _YEAR_FOR_RE1.search(gap.rstrip()[:-1])  # "2.1% of GDP (2018)":
                       and _BRACKET_CLOSE_RE.match(ctx.norm, following[0].end))  # the year in brackets after it is its own
        if ctx.norm.startswith(("'s ", "\u2019s "), following[0].end):  # ("last year's 1.86 percent and this year's 1.84
            pass  # percent": a year's possessive dates what comes after it)
        elif len(gap) <= 22 and (not _YEAR_FOR_RE1.search(gap) or own_bracket) or GIVEN_IN_RE.fullmatch(gap) or FISCAL_START_GAP_RE.fullmatch(gap) or (
                stock and _BY_YEAR_GAP_RE.fullmatch(gap) and ", but " not in gap):  # ("1000 reserves) by the end of 2017": the year it is reached
            return resolve(following[0], owner, rel_base)
    as_of = next((y for y in following if _AS_OF_BEFORE_RE.search(ctx.norm, max(sent.start, y.start - 16), y.start)), None)
    if stock and as_of is not None and ctx.norm.count("(", end, as_of.start) == ctx.norm.count(")", end, as_of.start):
        return resolve(as_of, owner, rel_base)  # "is made up of 23,600 active personnel, ... (... by 2024) as of 2022": its date
    if stock and preceding and data_dated(ctx.norm, preceding[-1], sent.start):
        return preceding[-1].year  # (year_as_of: "The data, as of November 30, 2023, reveals that Nepal currently has 6,247")
    if stock and published and (preceding or following) and present_stock(ctx.norm, sent.start, start, end) \
            and not (preceding and FRAMING_YEAR_RE.match(ctx.norm, sent.start, preceding[0].end) and not _WHICH_HAS_RE.search(ctx.norm, max(sent.start, start - 50), start)) \
            and not any(source_dated(ctx.norm, sent.start, y.start) for y in following):
        return published.year  # "where Ankara keeps an estimated 35,000 troops", "About 10,000 U.S. troops are stationed in
        # Poland, ... since Russia's 2022 invasion": a force there now, whatever the sentence dates besides
    if preceding and published and _BY_BEFORE_RE.search(ctx.norm, max(sent.start, preceding[-1].start - 6), preceding[-1].start) \
            and _FROM_BEFORE_RE.search(ctx.norm, max(sent.start, start - 60), start):
        return published.year  # "to double the military by 2026, from 20,000 up to 40,000": the level it starts from is today's
    if preceding and stock and published and _SINCE_YEAR_RE.search(ctx.norm, max(sent.start, preceding[-1].start - 8), preceding[-1].start) \
            and _AND_LEVEL_GAP_RE.match(ctx.norm, preceding[-1].end, start):
        preceding = preceding[:-1]  # "has been providing peacekeepers since 1995 and the country had ... 2,667 troops": the
        # period's start, not the level's year
    if preceding and stock and published and _NOW_BEFORE_RE.search(ctx.norm, max(preceding[-1].end, start - 60), start):
        return published.year  # "under a 1982 agreement, ... an existing force of 1,600 troops currently stationed": today's
    preceding = [y for y in preceding if not (_IN_RELATIVE_RE.search(ctx.norm, max(sent.start, y.start - 80), y.start)
                                              and "," in ctx.norm[y.end:start])]  # ("in honor of 17 soldiers who died last
    # year in an accident, the minister said a force of 700 troops had been dispatched": another event's year)
    if preceding and ctx.norm.startswith(("'s ", "\u2019s "), preceding[-1].end) and start - preceding[-1].end <= 14:
        return resolve(preceding[-1], owner, rel_base)  # "than last year's 1.86 percent": the possessive year is its own
    if preceding and (to_end := range_end_for_to_level(ctx.norm, preceding[-1], start)):
        return to_end  # "decreased in 1985-2006 from 6.0% to 2.8%": the level reached is the range's last year's
    if len(preceding) > 1 and (_PERCENT_SPAN_RE.search(ctx.norm, start, end) or _TO_AFTER_BASE_RE.fullmatch(ctx.norm, preceding[-1].end, start)) \
            and _BASE_YEAR_RE.search(ctx.norm, max(sent.start, preceding[-1].start - 16), preceding[-1].start):  # (and "in 2023 ... by 50
        own = [y for y in preceding if not _BASE_YEAR_RE.search(ctx.norm, max(sent.start, y.start - 16), y.start)]  # percent on 2022 to $87 million")
        preceding = own or preceding  # ("expenditure in 2025 ..., an increase of 3.4 per cent over 2024 and equivalent to
        # 7.2 per cent of GDP": the base compared with dates no figure after it)
    if preceding:
        gap = ctx.norm[preceding[-1].end:start]
        if not _YEAR_FOR_RE2.search(ctx.norm[max(0, preceding[-1].start - 8):preceding[-1].start]) or not following \
                or ctx.norm.startswith(("'s ", "\u2019s "), preceding[-1].end):  # ("from this year's budget": its source, no base)
            if len(gap) < 200 or len(preceding) == 1 and FRAMING_YEAR_RE.match(ctx.norm, ctx.norm.rfind("\n", sent.start, preceding[0].start) + 1 or sent.start, preceding[0].end):  # ("In 2016, ...": all of it)
                return resolve(preceding[-1], owner, rel_base)
    based = following and CHANGE_FROM_BASE_RE.search(ctx.norm, max(sent.start, following[0].start - 90), following[0].start)
    if following and (not _YEAR_FOR_RE3.search(ctx.norm, max(sent.start, following[0].start - 16), following[0].start)
                      or _ONWARDS_RE.match(ctx.norm, following[0].end)) and not (based and based.group("amount")) \
            and not _EVENT_NAME_AFTER_RE.match(ctx.norm, following[0].end) \
            and not _COMPARED_AMOUNT_RE.search(ctx.norm, end, following[0].start):  # ("to reach 73 billion, against 69.7 billion in 2025")
        return resolve(following[0], owner, rel_base)
    if change and following and published and ((compared := _COMPARED_BASE_RE.search(ctx.norm, max(sent.start, following[0].start - 16), following[0].start)) or based) \
            and (based or following[0].year is not None or not compared.group(0).lower().startswith("than")):  # ("more than last year": the text's own base)
        base = resolve(following[0], owner, rel_base)  # "fell by 27 per cent compared to 2012" in April 2014: the change
        if base is not None and published.year - 2 <= base <= published.year:  # of the year after the base, 2013
            return base + 1
    if not change and following and published and (based or _COMPARED_BASE_RE.search(ctx.norm, max(sent.start, following[0].start - 16), following[0].start)) \
            and resolve(following[0], owner, rel_base) == published.year and len(ctx.norm[end:following[0].start]) <= (160 if based else 60):
        return published.year + 1  # "would deploy 1,311 soldiers for international operations, 725 less than this year": next year's
    if not exprs and not ahead and (listed := list_intro_year(ctx, start, published)):
        return listed  # ("... trends in military spending in 2024:", then "Russia: Military spending jumped 38%")
    if not stock and si:
        prev = ctx.sentences[si - 1]
        if prev.paragraph == sent.paragraph:
            carried = [y for y in sentence_years(ctx, si - 1)  # (not a year compared with: "up 12% on the previous year")
                       if not horizon(y) and not _YEAR_FOR_RE3.search(ctx.norm, max(prev.start, y.start - 16), y.start) and not _SINCE_GAP_RE.search(ctx.norm, max(prev.start, y.start - 70), y.start)
                       and not (owner != "NATO" and _BY_BEFORE_RE.search(ctx.norm, max(prev.start, y.start - 6), y.start))]  # (nor a
            # target's, "hoping to have a volunteer army by 2010", but for NATO's own target: "3.5% ... by 2035")
            if carried and change:  # "... 345 billion in 2025, against 310 billion last year. This increase of 11%":
                two = si > 1 and ctx.sentences[si - 2].paragraph == sent.paragraph  # (and the level two sentences back:
                carried += [y for y in sentence_years(ctx, si - 2) if y.year and not horizon(y)] if two else []  # "... for 2025-26 ... The allocation for the same was ... for 2024-25. It is an increase of")
                years = [y for y in (resolve(c, owner, rel_base) for c in carried) if y is not None]
                if years:
                    return max(years)  # a change carried over is the newer year's
            if carried:
                return resolve(carried[-1], owner, rel_base)
    if stock and published and not exprs and not ahead and (carried := carried_as_of(ctx, si, published, sentence_years)):
        return carried  # (the sentence after a data date: "Presently, Bangladesh has 6,197 ...")
    if published is None:  # an undated article: the latest year it names before the figure (else the first after it),
        return article_year(ctx, sent.start, sent.end)  # not a year compared with or a target's
    return published.year


_BEFORE_EVENT_RE = re.compile(r"\W*(?:before|prior\s+to)\s+the\s+(?:[\w-]+\s+){0,2}?(?:war|conflict|invasion|revolution|uprising)\b"
                              r"[^.;\d]{0,60}$", re.I)
_SINCE_EVENT_FROM_RE = re.compile(r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\b[^.;\d]{0,50}?,?\s+from\s+"
                                  r"(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$", re.I)
_BY_YEAR_GAP_RE = re.compile(r"[^.;:\d()]{0,40}\)?[^.;:\d()]{0,20}?\bby\s+(?:the\s+end\s+of\s+)?", re.I)


_NOW_AFTER_NOUN_RE = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:(?:are|is|remain)\s+)?(?:currently|presently|now)\s+(?:stationed|deployed|based|serving)\b", re.I)
_ONWARDS_RE = re.compile(r"\s+(?:onwards?|and\s+beyond)\b", re.I)  # ("to be spent on defence from 2025 onwards": from then on)
_NUMBER_END_RE = re.compile(r"[\d,.]*\d")
_SEASON = r"(?:(?:the\s+)?(?:fall|spring|summer|autumn|winter|end|start|beginning|middle)\s+(?:of\s+)?)?"
_BETWEEN_YEARS_RE = re.compile(r"\s+between\s+" + _SEASON + r"(?P<y1>(?:19|20)\d\d)\s+and\s+" + _SEASON + r"(?P<y2>(?:19|20)\d\d)\b", re.I)
_FROM_LEVEL_TO_RE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+)?[\d,.]+\d(?:\s*(?:%|percent|per\s+cent))?\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.I)
_SINCE_FROM_TO_RE = re.compile(r"\bsince\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,?\s+from\s+[^.;]{1,40}?\bto\s+(?:[a-z]+\s+){0,2}$")
_AND_IN_GAP_RE = re.compile(r"(?:\s+[a-z]+)?\s*,?\s+and\s+in\s+", re.I)
_YEAR_THEN_LEVEL_RE = re.compile(r"\s*,?\s+(?:it\s+(?:will|would)\s+be|it\s+(?:is|was)|to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?[^\d\s]{0,4}\s?", re.I)


def stage(ctx: Context, sent: Sentence, m_start: int) -> str:
    window = ctx.norm[max(sent.start, m_start - 120):min(sent.end, m_start + 80)]
    if _STAGE_RE1.search(window):
        return "requested"
    if _STAGE_RE2.search(window):
        return "proposed"
    if _STAGE_RE3.search(window):
        return "approved"
    return ""


def changed_from(ctx: Context, sent: Sentence, start: int, end: int) -> re.Match | None:
    """For the level a change starts from ("from 61,000 to nearly 80,000 by 2040"), the match of the "to" that
    follows it (its group "to"); else None."""
    if not _FROM_BEFORE_RE.search(ctx.norm, max(sent.start, start - 45), start):
        return None
    return _TO_LEVEL_AFTER_RE.match(ctx.norm, end)


def personnel_stage(ctx: Context, sent: Sentence, m_start: int, m_end: int) -> str:
    """"planned" when the clause states a plan or target ("aims for 300,000 by 2030"), else "" (and never for the
    level a change starts from: "will grow from 61,000 to 80,000 by 2040" plans the 80,000, not the 61,000)."""
    if changed_from(ctx, sent, m_start, m_end) or WHOSE_FORCE_NUMBERS_RE.search(ctx.norm, max(sent.start, m_start - 50), m_start):
        return ""  # ("Georgia, whose armed forces number 37,000, plans to ...": the aside states today's level)
    window = ctx.norm[max(sent.start, m_start - 90):min(sent.end, m_end + 50)]
    if PLANNED_PERSONNEL_RE.search(window) or _FROM_TODAY_AFTER_RE.match(ctx.norm, m_end, sent.end) or (
            TO_OF_FROM_RE.search(ctx.norm, max(sent.start, m_start - 40), m_start)
            and CHANGING_NOW_RE.search(ctx.norm, max(sent.start, m_start - 160), m_start)):
        return "planned"  # ("it was reducing its troops in Germany from some 36,000 to 24,000": not reached yet)
    return ""


_STAGE_RE1 = re.compile(r"\b(?:request\w*|seek\w*|sought|asked\s+for)\b", I)
_STAGE_RE2 = re.compile(r"\b(?:propos\w+|draft|plan(?:s|ned)?\b|planning|envisag\w+|unveil\w*)", I)
_STAGE_RE3 = re.compile(r"\b(?:approv\w+|enact\w*|pass\w*|adopt\w*|authoriz\w+|allocat\w+|earmark\w*)\b", I)
# "over 300,000 troops (up from the current level of 164,000)": a size measured against today's is a future one
_FROM_TODAY_AFTER_RE = re.compile(r"(?:\s+[\w-]+){0,2}?\s*[(,]?\s*(?:up|down)\s+from\s+(?:the\s+|its\s+|today's\s+)?(?:current|present|existing|today)\b", I)
_EVENT_NAME_AFTER_RE = re.compile(r"(?:\s*[-\u2013]\s*\d{2,4})?\s+(?:[A-Z][\w-]*\s+){0,3}(?:War|war|conflict|crisis|Olympics|Games|Accords?)\b")
_COMPARED_AMOUNT_RE = re.compile(r"\b(?:against|compar(?:ed|es|ing)\s+(?:with|to)|versus|vs|than|up\s+[^;]{0,30}?\bfrom)\b[^.;]{0,30}?\d")  # ("up 2.6 per cent from 195.7 billion baht the previous year")
_FOR_YEAR_AFTER_RE = re.compile(r"[^.;\d]{0,30}?\bfor\s+(?:the\s+)?(?:fiscal\s+year\s+|FY\s*)?(?P<y>(?:19|20)\d\d)\b(?!\s*[-/])", I)
_IN_RELATIVE_RE = re.compile(r"\b(?:who|whom|whose)\s+(?:[\w-]+\s+){1,3}$|,\s+(?:which|whose)\s+(?:[\w'-]+\s+){1,8}$", I)  # (", which first sent troops to the country in 2007,")
_WHICH_HAS_RE = re.compile(r"\b(?:which|who|that)\b[^.;,]{0,40}$", I)  # ("In 2022 alone, 2,000 left the military, which in total has some 15,000 troops")
_PERCENT_SPAN_RE = re.compile(r"(?:%|percent|per\s*cent)$", I)
_FROM_DATED_LEVEL_RE = re.compile(r"(?:\s+[\w-]+){0,2}?\s+from\s+(?:about\s+|some\s+|around\s+|roughly\s+)?[\d,.]+(?:\s+[\w-]+){0,2}?\s+(?:in|by)\s+(?:early\s+|mid-?|late\s+)?", I)  # ("to 56,000 troops from about 32,000 in late 2008": the year is the earlier level's)
_SINCE_GAP_RE = re.compile(r"\bsince\b[^.;\d]{0,60}$", I)  # ("its lowest share since President Ma took office in May 2008": a period's start)
_COMPARED_BASE_RE = re.compile(r"\b(?:compared\s+(?:to|with)|over|against|versus|vs\.?|than|below|above|on(?=\s+(?:19|20)\d\d)|from\s+the\s+(?:[\w-]+\s+)?budget)\s+(?:in\s+|the\s+|of\s+|for\s+)?$", I)
_HORIZON_BEFORE_RE = re.compile(r"\b(?:through|until|till)\s+$", I)
_BY_BEFORE_RE = re.compile(r"\bby\s+$", I)
_FROM_CURRENT_RE = re.compile(r"\bfrom\s+(?:the\s+|its\s+)?(?:current|present|existing)\s+(?:level\s+of\s+)?(?:about\s+|around\s+|some\s+)?"
                              r"(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5]\s*|[A-Z]{3}\s+)?$|\bfrom\s+today['\u2019]s\s+$", I)
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+(?:the\s+(?:current|present)\s+level\s+of\s+|today['\u2019]s\s+|(?:the\s+|its\s+)?(?:current|present)\s+)?(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?$", I)
_TO_LEVEL_AFTER_RE = re.compile(r"(?:\s+(?:active|troops|soldiers|personnel|people|members|men|service\s*members))?(?:\s+(?:in|at\s+the\s+end\s+of)\s+"
                                r"(?:19|20)\d\d)?\s*,?\s+(?P<to>to)\s+(?:a\s+(?:maximum|minimum)\s+of\s+|(?:[a-z]+\s+){0,2}?)\d", I)
_BRACKET_CLOSE_RE = re.compile(r"\s*(?:(?-i:[A-Z]{2,5})\s*)?(?:est\.?\s*)?\)")  # ("(2019)", "(2019 est.)", "(2006 IISS est.)")
_AMOUNT_BRACKET_GAP_RE = re.compile(r"^\s*\([^()]{0,16}\d[^()]{0,30}\)(?=\s*(?:for|in)\s)", I)
_YEAR_FOR_RE1 = re.compile(r"\b(?:than|from|compared|since|versus|vs|over|against|below|above)\b|\bon\s*$|[;,]|\((?![^()]{0,30}\)\s*(?:(?:for|in)\s+(?:fiscal\s+(?:year\s+)?|FY\s*)?)?$)", I)  # (not "($2.69bn) for", "(€25.63 billion) last year")
_YEAR_FOR_RE2 = re.compile(r"\b(?:since|from|than|over|against)\s*$", I)
# a year a figure is compared with, not the year it is for: "an 11% jump over 2008", "5% less than in 2008"
_COMPARED_GAP = r"\b(?:" + COMPARED_WORDS + r")\s+(?:in\s+|the\s+|before\s+|the\s+(?:[\w-]+\s+)?budget\s+(?:of\s+|for\s+)?)?"
_YEAR_FOR_RE3 = re.compile(_COMPARED_GAP + r"$", I)  # ("from the budget this year")
_BASE_YEAR_RE = re.compile(r"(?:" + _COMPARED_GAP + r"|\bon\s+)$", I)  # (and "by 50 percent on 2022")
_TO_AFTER_BASE_RE = re.compile(r"(?:\s+levels?)?,?\s+to\s+(?:(?:more\s+than|about|around|nearly|almost|over|some)\s+)?[^\d\s]{0,4}\s?", I)


_SINCE_YEAR_RE = re.compile(r"\bsince\s+$", re.I)
_AND_LEVEL_GAP_RE = re.compile(r"[^.;]{0,80}?\b(?:and|but|while)\b|\s*,\s*(?:[\w'\u2019-]+\s+){0,5}?(?:have|has)\s+(?:\w+\s+)?(?:contributed|deployed|kept|maintained|provided)\b", re.I)  # ("Since 2014, X's forces have contributed ... 750")
# a level said to be today's, after an earlier year in the sentence ("in 2006 ..., and now has 120,000 soldiers")
_NOW_BEFORE_RE = re.compile(r"\b(?:currently|presently|at\s+present|now|today|at\s+the\s+moment|as\s+of\s+(?:now|today))\b(?![^.;,]{0,20}\b(?:19|20)\d\d\b)", re.I)


# Every pattern above behind a lookahead of the characters its matches begin with: the same matches, faster.
gate_all(globals())
