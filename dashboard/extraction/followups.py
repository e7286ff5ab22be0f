"""Numbers that take their meaning from a figure just before them, and qualitative trend claims."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from dashboard.extraction import budget_patterns as bp
from dashboard.extraction import level_followups as lf
from dashboard.extraction import region_totals as rt
from dashboard.extraction import share_frames as sf
from dashboard.extraction.assemble import make, passage
from dashboard.extraction.attribution import CURRENCY_COUNTRY, find_owner
from dashboard.extraction.budget_cues import purpose_after
from dashboard.extraction.budget_totals import part_of_it_after
from dashboard.extraction.confidence import score
from dashboard.extraction.context import SCAN_LIMIT, Context
from dashboard.extraction.elliptical import elliptical_count, elliptical_country
from dashboard.extraction.hosts import host_table
from dashboard.extraction.level_followups import NOW_AFTER_RE, count_in_place, deployment_follow_up, next_country_share
from dashboard.extraction.number_ranges import gap_past_conversion, scaled_like
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import (
    COMPONENT_RE,
    DECREASE_RE,
    GDP_WORD,
    HEDGE,
    MONEY_NEGATIVE_AFTER_RE,
    MULTI_YEAR_AFTER_RE,
    SHARE_NEGATIVE_RE,
    TREND_HINT_RE,
    TREND_HINT_WORDS,
    TREND_RES,
    I,
)
from dashboard.extraction.years import year_for
from dashboard.schema import PERSONNEL_METRICS

_COMPARED = r"[^;]{0,90}?(?:%|\bper\s*cent|\bpercent)\s+(?:(?:more|less|higher|lower)\s+than|(?:rise|increase|jump|hike|growth)\s+(?:over|on))"  # ("1.2% more than the")
PREVIOUS_LEVEL_RE = re.compile(
    r"^(?:\s*\([^)]{0,60}\))?(?:\s*,\s*which\s+was(?=\s+\D{0,12}$)|(?:\s+[\w'.%/\-]+){0,4}?,?\s+from|" + _COMPARED + r"|\s+(?:more|less|higher|lower)\s+than|[^;]{0,90}?\b(?:up|down)"
    r"(?:\s+(?:by\s+)?[\d.,]+\s*(?:%|per\s*cent|percent))?\s+from|[^;\d]{0,80}?,\s*compared\s+(?:with|to)|[^;\d]{0,40}?\bcompares\s+(?:with|to)|[^;]{0,80}?(?:%|\bper\s*cent|\bpercent)\s+(?:compared|relative)\s+(?:with|to)|"
    r"\s+as\s+against\s+(?:the\s+|last\s+year's\s+)?(?:(?:revised|budget)\s+)?(?:estimates?|allocation)\s+of"
    r"|\s*;\s*(?:in\s+)?(?:the\s+)?(?:previous|prior)\s+year\s*,?\s+(?:it|the\s+budget|spending)\s+(?:was|stood\s+at|amounted\s+to))\s+"
    r"(?:the\s+|an?\s+|its\s+)?(?:previous\s+|prior\s+|(?:last|this)\s+year['\u2019]s\s+|current\s+|present\s+|earlier\s+)?(?:levels?\s+of\s+|(?:estimated\s+)?(?:spending|expenditure|outlay)\s+of\s+|(?:(?:current|previous|last|this)\s+(?:fiscal\s+)?year['\u2019]s\s+)?(?:revised\s+)?budget(?:\s+estimates?|\s+allocation)?\s+of\s+)?" + HEDGE + r"$", I)
_LIST_GOES_ON_RE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)\D{0,4}\d")  # ("$54.4, $56.8 and $59.8 billion": the middle one)
_AGAINST_RE = re.compile(r"^(?:[^.;]|\.\d){0,60}?\bagainst\s+" + HEDGE + r"$", I)  # "2.1 billion dinars (against 1.92 billion ...)"
_BRACKET_OPEN_RE = re.compile(r"\s*\(\s*")  # "by nearly 6 per cent (Rs 35.2 billion)"
_YEAR_EARLIER_AFTER_RE = re.compile(r"\s+(?:a\s+year\s+(?:earlier|before)|the\s+(?:previous|prior)\s+year|last\s+year)\b", I)
_PREVIOUS_YEAR_GAP_RE = re.compile(r"\s*;\s*(?:in\s+)?(?:the\s+)?(?:previous|prior)\s+year\b|(" + _COMPARED + ")", I)  # (a comparison: unless dated apart)
_MORE_OR_LESS_RE = re.compile(r"\s+(?:more|less|higher|lower|up|down)\b", I)  # ("which was Tk 900 crore more": a change)
OR_PCT_RE = re.compile(r"^\s*(?:\([^()]{0,60}\)|\))?\s*,?\s*(?:or(?:\s+by)?|equivalent\s+to|that\s+is|i\.e\.|which\s+is)\s+(?:about\s+|around\s+|roughly\s+|some\s+|over\s+|more\s+than\s+|almost\s+|nearly\s+)?$", I)  # (") or": after a conversion in brackets)
# "3.3 percent of GDP, or around $11.5 billion", "4.7% of Poland's GDP - approximately 187 billion zloty"
OR_AMOUNT_RE = re.compile(r"^\s*(?:of\s+(?:[\w.'\-]+\s+|\$\d[\d.,]*\s*(?:bn|billion|tn|trillion)\s+){0,3}?" + GDP_WORD + r"\s*(?:(?:on|for|to)\s+(?:the\s+|its\s+)?"
                          r"(?:defen[cs]e|military|armed\s+forces)\s*)?(?:(?:in|by)\s+(?:19|20)\d\d\s*)?)?(?:,\s*or|[\u2014\u2013(]|--?|,)\s*(?:or\s+)?"  # ("the equivalent of"; "in 2023 (around"; "by 2030 - or close to")
                          r"(?:(?:the\s+)?(?:equivalent\s+(?:of|to)|equal\s+to|amounting\s+to|translating\s+(?:in)?to|corresponding\s+to|which\s+(?:is|was|equals|amounts\s+to|amounted\s+to|came\s+to|translates\s+(?:in)?to|(?:would\s+|will\s+)?correspond(?:s|ed)?\s+to))\s+)?(?:a\s+(?:sizeable|sizable|total\s+of)\s+)?(?:about|around|roughly|some|approximately|nearly|almost|close\s+to|just\s+over|just\s+under|over|"
                          r"more\s+than)?\s*$", I)
# "Bulgaria has planned to use 1.61 per cent of its GDP for defense. That's 927 million USD for 2019": the share in money
_THAT_IS_RE = re.compile(r"(?:That|This)(?:'s|\u2019s|\s+is|\s+amounts\s+to|\s+equals|\s+means)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|"
                         r"almost\s+|approximately\s+)?")
# "GBP 61.4 billion for 2024-25 (2.18% of GDP) and GBP 64.7 billion for 2025-26"
AND_AMOUNT_RE = re.compile(r"^(?:(?:[^.;]|\.\d){0,60}?\b(?:and|or|while|versus|vs\.?|compared\s+(?:with|to))|\s+and\s+(?:our|its|their|the)\s+(?:[\w/'-]+\s+){1,5}?(?:will\s+be|would\s+be|is|was)|(?:\s*,\s*(?:and\s+)?|\s+and\s+)in\s+(?:19|20)\d\d\s*,?"
                           r"(?:\s+(?:it\s+(?:will|would|is\s+expected\s+to)\s+be|to))?)\s+" + HEDGE + r"$", I)  # (", in 2025 it will be 4.2 billion")
_RESPECTIVE_AMOUNTS_AFTER_RE = re.compile(r"\s+and\s+\S{0,4}\d[^.;]{0,160}?\brespectively\b", I)  # ("5 billion ETB and 8 billion ETB ... for X and Y respectively")
AND_SHARE_RE = re.compile(r"^[^.;]{0,40}?(?:\b(?:and|or|then|only|just|but|compared\s+(?:with|to)|versus|vs\.?|against|(?:up|down)\s+from(?:\s+the\s+current|\s+the\s+previous)?|"
                          r"from(?:\s+the\s+current)?)\s+(?:to\s+|at\s+)?|\band\s+(?:for|in)\s+(?:19|20)\d\d\s*(?:[\u2013\u2014:-]\s*|,\s*)|(?<=(?:19|20)\d\d),\s+at\s+|\(\s*|\band\s+by\s+(?:19|20)\d\d\s+it\s+(?:was|had|has)\s+(?:estimated\s+at|risen\s+to|reached)\s+)" + HEDGE + r"$", I)
# "5.62 percent in Israel, | 3.2 percent in the United States": a list of shares, each with its country after it
_IN_COUNTRY_GAP_RE = re.compile(r"\s+(?:in|for)\s+(?:the\s+)?(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,3}\s*,\s*(?:and\s+)?", I)
# "... by 10.1 per cent in 2015, | 7.6 per cent in 2016, and | 7 per cent last year": a list of yearly changes
RESERVE_AFTER_RE = re.compile(r"^\s+(?:in|into)\s+(?:the\s+)?(?:reserves?|national\s+guard|reserve\s+forces)\b", I)


def follow_ups(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure],
               previous: list[Figure] = ()) -> None:
    """Numbers whose meaning comes from a figure just before them in the sentence.

    "from some 36,000 to 24,000" and "to 82.69 billion euros from 62.43 billion euros": both levels
    are the same metric; "a reduction of 560 billion roubles, or 4.2%": the percent is the same
    change; "2.5% of GDP by 2027 and to 3%": the same share; "35,000 service members in Germany,
    along with about 12,000 in Italy": another deployment of the same country.
    """
    norm = ctx.norm
    by_start = {f.start: f for f in figures}
    for b in numbers:
        if b.start in by_start:
            continue
        # the figures before b, nearest first (bisection, then a scan that stops early: not every earlier figure, per number)
        earlier = _earlier(figures, b.start)
        fa = next(earlier, None)
        as_share = b if b.kind in ("money", "percent") else sf.bare_share(b)  # ("Estonia with 3.43": a bare share)
        made = elliptical_country(ctx, si, as_share, figures, previous) if as_share is not None else elliptical_count(ctx, si, b, figures) if b.kind == "count" else None
        if made is not None:  # another country named right before it: its own figure, not a follow-up of fa's
            bisect.insort(figures, made, key=_start)
            by_start[b.start] = made
            continue
        if b.kind == "count" and (made := deployment_follow_up(ctx, si, b, previous)) is not None:
            bisect.insort(figures, made, key=_start)  # ("deployed in Asia: 1,135 in ... Lebanon, 914 for ... in Afghanistan")
            by_start[b.start] = made
            continue
        if fa is None:
            if b.kind == "money" and previous and previous[-1].metric == "defense_share_gdp_pct" and _THAT_IS_RE.fullmatch(
                    norm, ctx.sentences[si].start, b.hedge_start if b.hedge_start is not None else b.start):
                made = make(ctx, si, b, "defense_budget", previous[-1].country_iso3, "pair", "budget:or-amount-of-share")
                bisect.insort(figures, made, key=_start)  # ("... 1.61 per cent of its GDP for defense. That's 927 million USD")
                by_start[b.start] = made
            continue
        same_last = next((f for f in itertools.chain((fa,), earlier) if (f.unit == "percent") == (b.kind == "percent")
                          and bool(f.currency) == (b.kind == "money")), None)
        b_left = b.hedge_start if b.hedge_start is not None else b.start
        if same_last is not None and same_last is not fa and b.kind != "percent" and not (fa.metric == "budget_change_pct" and OR_PCT_RE.match(norm[fa.end:b_left])):
            fa = same_last  # "13.5 trillion roubles, or about 6.3% of GDP, ... up from 10.8 trillion roubles" (not past "a cut of 8.5%, that is 192.6 million")
        gap = gap_past_conversion(norm, fa, figures, b_left)  # (past a bracketed conversion: "$20.75 billion (321 trillion rupiah) to $25 billion")
        same_kind = (b.kind == "percent") == (fa.unit == "percent") and (b.kind == "money") == bool(fa.currency)
        made: Figure | None = None
        if same_kind and fa.metric != "budget_change_pct" and not (fa.metric in PERSONNEL_METRICS and (b.value < 20 or lf.COUNTRIES_AFTER_RE.match(norm, b.end))) and (
                _FOLLOW_UPS_RE1.fullmatch(gap)  # (or the chain goes on: "from 325,000 in 2011 to 295,000 in 2012 to 178,000")
                and (_FOLLOW_UPS_RE2.search(norm[max(0, fa.start - 40):fa.start]) or "+previous-level" in fa.method)
                or PREVIOUS_LEVEL_RE.match(gap) and not (", which" in gap and _MORE_OR_LESS_RE.match(norm, b.end))
                or fa.metric in PERSONNEL_METRICS and _BUT_MOVED_TO_RE.fullmatch(gap)):
            # "raised by Rp 20 trillion from Rp 139 trillion": the level it changed from is a budget, not a change
            metric = "defense_budget" if fa.metric == "budget_change_amount" else fa.metric
            named = sf.gdp_owner_after(ctx, b) if metric == "defense_share_gdp_pct" else lf.own_level_in_place(ctx, b, fa.country_iso3) if metric == "active_personnel" else []  # ("compared to 3.5 percent for
            made = make(ctx, si, b, metric, named[0].iso3 if named else fa.country_iso3, "pair",  # the United States")
                        fa.method.split(" ")[0] + "+previous-level", host=fa.host_iso3)
            if fa.year is not None and (earlier_year := _PREVIOUS_YEAR_GAP_RE.match(gap)) and (not earlier_year.group(1) or made.year == fa.year):
                made.year = fa.year - 1  # "The budget planned for defence in 2019 is 58.7 million euros; the previous year it was"
            if gap.endswith((" below ", " a maximum of ")):  # "plunging troop numbers from 74,000 to below 60,000": an upper bound
                made.qualifier = "upper_bound"
            if " recently " in gap and ctx.info is not None and ctx.info.published is not None:
                made.year = ctx.info.published.year  # "had 20,000 personnel in 1992, reduced recently to 15,000"
            if sf.CURRENT_LEVEL_RE.search(gap) or NOW_AFTER_RE.match(norm, b.end):  # "will reach 1,200 next year, from the
                published = ctx.info.published if ctx.info is not None else None  # current 800", "from C$18.9 billion now"
                year = published.year if published is not None else None if made.stage else made.year  # today's (undated:
                made.stage, made.year = "", year  # no year rather than the plan's)
        elif b.kind == "money" and fa.metric == "defense_budget" and fa.currency and (AND_AMOUNT_RE.match(gap) or _AGAINST_RE.match(gap) or sf.ROW_YEAR_GAP_RE.fullmatch(gap)
                                                                                     or gap.strip() == "," and _LIST_GOES_ON_RE.match(norm, b.end)) and not (
                MONEY_NEGATIVE_AFTER_RE.match(norm[b.end:b.end + 200]) or COMPONENT_RE.search(norm, b.end, min(len(norm), b.end + 60))
                or MULTI_YEAR_AFTER_RE.match(norm[b.end:b.end + 200]) or _TO_ANOTHER_AFTER_RE.match(norm, b.end) or _RESPECTIVE_AMOUNTS_AFTER_RE.match(norm, b.end)
                or part_of_it_after(norm, b.end)):
            made = make(ctx, si, scaled_like(b, fa.value), "defense_budget", fa.country_iso3, "pair", "budget:and-amount")
            if fa.year is not None and _YEAR_EARLIER_AFTER_RE.match(norm, b.end):
                made.year = fa.year - 1  # ("120 billion dirhams, against almost 116 billion dirhams a year earlier")
        elif b.kind == "money" and fa.metric == "defense_budget" and fa.currency and _AND_BY_RE.fullmatch(gap):
            earlier_change = next((f for f in figures if f.end <= fa.start and f.metric == "budget_change_amount"), None)
            sign = -1 if earlier_change is not None and earlier_change.value < 0 else 1
            made = make(ctx, si, b, "budget_change_amount", fa.country_iso3, "pair", "budget:and-by-change", sign=sign)
        elif b.kind == "money" and fa.metric == "budget_change_amount" and fa.currency and _TO_LEVEL_RE.fullmatch(gap):
            made = make(ctx, si, b, "defense_budget", fa.country_iso3, "pair", "budget:changed-to-level")
        elif b.kind == "money" and fa.metric == "budget_change_amount" and AND_AMOUNT_RE.match(gap) and not purpose_after(norm[b.end:b.end + 200]):
            # "cutting their budgets by THB18 billion (...) and KRW 904.7 billion (...) respectively"
            owner = CURRENCY_COUNTRY.get(b.currency) or fa.country_iso3
            sign = -1 if fa.value is not None and fa.value < 0 else 1
            made = make(ctx, si, b, "budget_change_amount", owner, "pair", "budget:and-change", sign=sign)
        elif b.kind == "money" and fa.metric == "defense_share_gdp_pct" and OR_AMOUNT_RE.match(gap) and not bp.SHORT_OF_RE.match(norm, b.end):
            # "peaked at 3.3 percent of GDP, or around $11.5 billion": the same spending in money
            made = make(ctx, si, b, "defense_budget", fa.country_iso3, "pair", "budget:or-amount-of-share")
        elif (b.kind == "percent" and fa.metric == "defense_budget" and fa.method.startswith("budget:elliptical-country")
              and _RANKED_CHANGE_RE.fullmatch(gap) and _RANKED_CHANGE_AFTER_RE.match(norm, b.end, min(len(norm), b.end + 40))):
            # "Mexico figures in fourth place with US$ 5.5 billion, 11% higher": the change of that country's spending
            sign = -1 if _RANKED_DOWN_RE.search(norm, b_left - 12, min(len(norm), b.end + 25)) else 1
            made = make(ctx, si, b, "budget_change_pct", fa.country_iso3, "pair", "budget:elliptical-change", sign=sign)
        elif (b.kind == "percent" and fa.metric == "budget_change_pct" and bp.AND_BY_PCT_GAP_RE.fullmatch(gap)
              and bp.YEARLY_CHANGE_AFTER_RE.match(norm, b.end, min(len(norm), b.end + 40))):
            # "increased military spending by 7.6 per cent, its lowest increase in six years, and by 10.1 per cent
            # the previous year": another year's change of the same budget
            sign = -1 if fa.value is not None and fa.value < 0 else 1
            made = make(ctx, si, b, "budget_change_pct", fa.country_iso3, "pair", "budget:yearly-changes", sign=sign)
        elif (b.kind == "percent" and fa.metric == "budget_change_pct" and (bp.YEARLY_CHANGE_GAP_RE.fullmatch(gap)
              and bp.YEARLY_CHANGE_AFTER_RE.match(norm, b.end, min(len(norm), b.end + 40)) or bp.LIST_GAP_RE.fullmatch(gap)
              and bp.EVERY_YEAR_BEFORE_RE.search(norm, max(ctx.sentences[si].start, fa.start - 80), fa.start)
              and "respectively" not in norm[b.end:ctx.sentences[si].end])):
            # "grew by 10.1 per cent in 2015, 7.6 per cent in 2016, and 7 per cent last year": each year's change
            sign = -1 if fa.value is not None and fa.value < 0 else 1
            made = make(ctx, si, b, "budget_change_pct", fa.country_iso3, "pair", "budget:yearly-changes", sign=sign)
        elif b.kind == "money" and fa.metric == "budget_change_pct" and (OR_PCT_RE.match(gap) or _BRACKET_OPEN_RE.fullmatch(gap)):
            # "an increase of 1.8 per cent or RM280 million": the same change in money
            made = make(ctx, si, b, "budget_change_amount", fa.country_iso3, "pair", "budget:or-amount-of-change",
                        sign=-1 if fa.value is not None and fa.value < 0 else 1)
        elif b.kind == "percent" and fa.metric == "budget_change_amount" and (OR_PCT_RE.match(gap) or _BRACKET_OPEN_RE.fullmatch(gap)):
            sign = -1 if fa.value is not None and fa.value < 0 else 1
            made = make(ctx, si, b, "budget_change_pct", fa.country_iso3, "pair", "budget:or-pct-of-change", sign=sign)
        elif (b.kind == "percent" and same_last is not None and same_last.metric == "defense_share_gdp_pct"
              and not _OF_OTHER_BASE_RE.match(norm, b.end, min(len(norm), b.end + 60)) and (later := sf.later_share(ctx, si, b, same_last, b_left))):
            made = later
        elif (b.kind == "percent" and (fa.metric == "defense_share_gdp_pct" or fa.metric == "budget_change_pct" and sf.owner_after(ctx, b, fa.metric))
              and (AND_SHARE_RE.match(gap) or sf.SHARE_SERIES_GAP_RE.match(gap) or _IN_COUNTRY_GAP_RE.fullmatch(gap) and sf.gdp_owner_after(ctx, b))
              and not _FOLLOW_UPS_RE3.match(norm[b.end:b.end + 40]) and not SHARE_NEGATIVE_RE.match(norm, b.end, b.end + 40)
              and not _OF_OTHER_BASE_RE.match(norm, b.end, min(len(norm), b.end + 60))
              and not _SHARE_NEGATIVE_AFTER_RE.match(norm, b.end, min(len(norm), b.end + 40))):
            # "Mexico's armed forces receive 0.49 percent of GDP, while Guatemala's receive just 0.40 percent": the
            # country named between the two shares owns the second
            between = [c.iso3 for c in ctx.country_mentions(fa.end, b_left) if c.kind != "alliance" and not ctx.is_place(c)]
            owner = between[-1] if between and between[-1] != fa.country_iso3 else fa.country_iso3
            named = sf.owner_after(ctx, b, fa.metric) if not between else []  # ("5.62 percent in Israel, 3.2 percent in the United
            owner = named[0].iso3 if named else owner  # States and 0.4 percent in Ghana": each share's country after it; each change's)
            made = make(ctx, si, b, fa.metric, owner, "pair", "share:and-pct" if fa.metric == "defense_share_gdp_pct" else "budget:and-pct-in-country",
                        sign=-1 if fa.metric == "budget_change_pct" and fa.value is not None and fa.value < 0 else 1)
        elif b.kind == "count":
            right = norm[b.end:min(len(norm), b.end + 60)]
            personnel_before = next((f for f in _earlier(figures, b.start) if f.metric in PERSONNEL_METRICS), None)
            place = _FOLLOW_UPS_RE4.match(right)
            host = ""
            if place:
                at = b.end + place.end()
                host = next((c.iso3 for c in ctx.country_mentions(at, at + 40) if c.start == at and c.kind != "alliance"), "") or next(
                    (h.host for h in host_table().find(norm, at, min(len(norm), at + 60))), "")  # ("in NATO's KFOR mission": Kosovo)
            moving = ctx.says(si, _RELOCATION_RE)
            made = next_country_share(ctx, si, b, b_left, personnel_before) if personnel_before is not None else None
            if made is None and personnel_before is not None and host and host != personnel_before.country_iso3 and not moving:
                made = count_in_place(ctx, si, b, personnel_before, host)
            elif made is None and personnel_before is not None and RESERVE_AFTER_RE.match(right):
                made = make(ctx, si, b, "reserve_personnel", personnel_before.country_iso3, "pair",
                             "personnel:elliptical-reserve")
        if made:
            made.passage = fa.passage
            bisect.insort(figures, made, key=_start)  # after any figure of the same start, as a stable sort puts it
            by_start[b.start] = made


def _start(f: Figure) -> int:
    return f.start


def _earlier(figures: list[Figure], pos: int) -> Iterator[Figure]:
    """The figures ending by ``pos`` that a later number can follow up (not trends or conversions), nearest first."""
    hi = bisect.bisect_left(figures, pos, key=_start)
    for k in range(hi - 1, max(0, hi - SCAN_LIMIT) - 1, -1):  # the nearest SCAN_LIMIT (a sentence has a few)
        f = figures[k]
        if f.end <= pos and f.metric != "budget_trend" and "conversion" not in f.method:
            yield f


def trends(ctx: Context, si: int) -> list[Figure]:
    """Qualitative budget claims with no number: "its largest defense budget increase in years"."""
    sent = ctx.sentences[si]
    out: list[Figure] = []
    if si not in ctx.sentences_with(TREND_HINT_RE, TREND_HINT_WORDS):
        return out  # cheap test first: most sentences say nothing about budgets or spending
    for pattern in TREND_RES:
        for tm in pattern.finditer(ctx.norm, sent.start, sent.end):
            if any(f.start < tm.end() and tm.start() < f.end for f in out):
                continue
            direction = "decrease" if DECREASE_RE.search(tm.group("dir")) else "increase"
            fake = NumberMention(tm.start(), tm.end(), 0.0, "trend")
            owner, how = find_owner(ctx, si, fake, "", [])
            if not owner or rt.region_framed(ctx, sent.start, tm.start(), tm.end(), 20):  # ("spending rose by 31% in Central America")
                continue
            out.append(Figure(
                article_id=ctx.info.article_id, country_iso3=owner, metric="budget_trend", value=None, unit="",
                quote=ctx.text[tm.start():tm.end()], passage=passage(ctx, si, how in ("previous", "pronoun"), tm.start()),
                start=tm.start(), end=tm.end(), method=f"trend:qualitative ({how})", direction=direction,
                year=year_for(ctx, si, tm.start(), tm.end(), owner, False),
                confidence=score("trend:qualitative", how),
            ))
    return out


# The patterns of the functions above, compiled once at import rather than looked up in re's cache per call.
_FOLLOW_UPS_RE1 = re.compile(r"\s*(?:(?:men|troops|soldiers|personnel)\s+)?(?:(?:in|by|at\s+the\s+(?:beginning|start|end)\s+of)\s+(?:(?:19|20)\d\d|the\s+(?:conflict|war|year|decade|crisis))\s+|"  # ("from 3,000
                             r"(?:allocated|approved|budgeted|enacted|spent)\s+(?:in\s+)?[^.;]{0,25}?\s+)?(?:,?\s*and\s+)?"  # men at the beginning of 1976 to 12,000")
                             r"to\s+(?:below\s+|a\s+maximum\s+of\s+)?(?:the\s+)?(?:proposed\s+|new\s+|revised\s+|approved\s+|planned\s+)?" + HEDGE, I)
_FOLLOW_UPS_RE2 = re.compile(r"\bfrom\s+(?:spending\s+|today['\u2019]s\s+|an?\s+budget\s+of\s+|a\s+level\s+of\s+|an?\s+(?:(?:all-time|record)\s+)?(?:high|peak|low)\s+of\s+|the\s+(?:current|present)\s+level\s+of\s+)?" + HEDGE + r"$", I)
_RELOCATION_RE = re.compile(r"\b(?:relocat\w*|redeploy\w*|transfer\w*|mov(?:e|es|ed|ing)\s+to|withdraw\w*)\b", I)
_SHARE_NEGATIVE_AFTER_RE = re.compile(r"[^.;]{0,15}?\b(?:in|for|on)\s+(?:[\w-]+\s+)?(?:resilience|infrastructure|civil\w*|support|aid|"
                                      r"defen[cs]e-related)\b", I)
# "by 412 billion hryvnia to 2.63 trillion, and in October, by another 325 billion to 2.95 trillion"
_AND_BY_RE = re.compile(r"[^.;]{0,60}?\band\b(?:[^.;]{0,30}?\bby\s+(?:another|a\s+further|an\s+additional|a\s+further)?|\s+(?:an?\s+)?(?:additional|extra|further|supplementary))\s*", I)
_TO_LEVEL_RE = re.compile(r"\s*(?:to|,\s*totall?ing|,\s*bringing\s+(?:the|it|its)\s+(?:total\s+)?to|,\s*for\s+a\s+total\s+of)\s+" + HEDGE, I)  # ("an additional RM 1.45 Billion, totaling RM 15.376 Billion")
_FOLLOW_UPS_RE3 = re.compile(r"^\s*(?:on|for|to)\s+(?!(?:the\s+)?(?:defen[cs]e|military|armed))", I)
# "allocated $331 billion to Defence, ... and $161 billion to the OPC": the next amount given to another body
_TO_ANOTHER_AFTER_RE = re.compile(r"(?:\s*\([^()]{0,40}\))?\s+(?:(?:was|were|is|are|has\s+been|have\s+been|will\s+be)\s+)?(?:(?:allocated|earmarked|given|assigned|"
                                  r"devoted|set\s+aside)\s+)?(?:to|for)\s+(?:the\s+)?(?!(?:19|20)\d\d|fy|fiscal|financial|next|this|current|coming|following|"
                                  r"year|defen[cs]e|military|armed|army|navy|air|ministry\s+of\s+defen[cs]e)[\"'\u201c\u2018]?[A-Za-z]", re.I)
# "and 2,100 in South Sudan", "alongside 2,100 serving with MINUSCA", "while 2,100 serve with UNMISS in South Sudan"
_FOLLOW_UPS_RE4 = re.compile(r"^\s+(?:(?:others?\s+)?(?:are\s+|were\s+)?(?:serving|serve|deployed|stationed|based)\s+)?"
                             r"(?:under\s+(?:[\w-]+\s+){1,3}?(?:leadership|command)\s+)?"
                             r"(?:in\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:mission|operation|force)\s+in\s+(?:the\s+)?(?=[A-Z])|"  # ("180 in the UN
                             r"(?:in|on|to|with)\s+(?:the\s+)?)")  # Blue Helmet mission in Lebanon"; but "1,200 to the new mission in X" is sent)
# "numbered about 690,000 in the early 2000s but declined to 563,000 by 2019", "at 76,500 in 1991, rising to 106,000 in 1992": later
_BUT_MOVED_TO_RE = re.compile(r"[^.;]{0,50}?\b(?:(?:but|and|before|then)\s+(?:has\s+|had\s+|have\s+)?(?:since\s+)?"
                              r"(?:further\s+)?(?:declined|fell|fallen|dropped|shrunk|shrank|grown|grew|rose|risen|increased|decreased|climbed|swelled|swollen|expanded|"
                              r"ballooned|jumped|soared|plunged)|(?:will|would|is\s+to|"
                              r"is\s+(?:set|expected|due)\s+to)\s+be\s+(?:increased|raised|reduced|cut|boosted|expanded)|"
                              r"(?:will|would)\s+(?:taper\s+off|fall|drop|decline|shrink|rise|grow|climb)|"  # ("..., would taper off to")
                              r",\s*(?:rising|climbing|growing|increasing|falling|dropping|declining|shrinking|decreasing|"
                              r"(?:reduced|cut|increased|raised|expanded|lowered|trimmed)(?:\s+(?:recently|since|later|again))?))\s+to\s+" + HEDGE, I)
# "1.7 percent of the country's GDP and 12.5 percent of total government expenditure": another base than GDP
_OF_OTHER_BASE_RE = re.compile(r"\s*of\s+(?:the\s+|its\s+|that\s+|this\s+)?(?:total\s+|overall\s+)?(?:(?:central|general|government|state|federal|national|public)\s+){0,2}"
                               r"(?:expenditures?|spending|budget|outlays|amount|sum)\b", I)  # ("18.6 per cent of that amount")
# a ranking's change beside a country's amount: "US$ 5.5 billion, 11% higher", "1.5 billion USD (up 8.3%)", "..., 5% less than in 2008"
_RANKED_CHANGE_RE = re.compile(r"\s*(?:,|\()?\s*(?:(?:up|down)\s+(?:by\s+)?|an?\s+)?", I)
_RANKED_CHANGE_AFTER_RE = re.compile(r"\s*(?:higher|lower|more|less|jump|increase|rise|drop|decrease|cut|fall|\))", I)
_RANKED_DOWN_RE = re.compile(r"\b(?:down|lower|less|drop|decrease|cut|fall)\b", I)

# Every pattern above behind a lookahead of the characters its matches begin with: the same matches, faster.
gate_all(globals())
