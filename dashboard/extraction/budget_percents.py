"""Stage 3, classification of percentages: a share of GDP for defense, a defense budget's change in percent, or
neither and why not; and the direction of a change (``direction_sign``). In: the sentence context and a percent
NumberMention. Out: (metric, method), or None with the reason recorded by ``reject``."""

from __future__ import annotations

import re

from dashboard.extraction import budget_cues as bc
from dashboard.extraction import budget_included as bi
from dashboard.extraction import budget_patterns as bp
from dashboard.extraction import budget_scope as bs
from dashboard.extraction import budget_totals as bt
from dashboard.extraction import not_the_budget as nb
from dashboard.extraction import region_totals as rt
from dashboard.extraction import share_frames as sf
from dashboard.extraction import tails
from dashboard.extraction.clauses import clause_around
from dashboard.extraction.context import CHANGE_WHY, PERCENT_WHY, Context, reject
from dashboard.extraction.multi_year import MULTI_YEAR_SENTENCE_RE
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.tails import Tail
from dashboard.extraction.text import Sentence
from dashboard.extraction.vocab import (
    BUDGET_CTX_RE,
    CHANGE_BEFORE_PCT_RE,
    CHANGE_NOUN_AFTER_RE,
    CHANGE_VERB,
    COMPARATIVE_AFTER_RE,
    COMPONENT_RE,
    DECREASE_RE,
    DEFENSE_CTX_RE,
    GDP_AFTER_RE,
    GDP_BEFORE_RE,
    GDP_WORD_RE,
    HEDGE,
    LONG_RUN_RE,
    NATO_CTX_RE,
    NATO_TARGET_RE,
    NATO_WORD_RE,
    OF_IT_RE,
    OTHER_SUBJECT_RE,
    PCT_NEGATIVE_AFTER_RE,
    PCT_NEGATIVE_RE,
    SERVICE_RE,
    SHARE_NEGATIVE_RE,
    SHARE_ROW_RE,
    SPENDING_AT_PCT_RE,
    I,
)

_PHRASE_AFTER_RE = re.compile(r"[^,.;:()]{0,60}")  # the words after a number, up to the next punctuation
_NEXT_PERCENT_RE = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|per\s*cent|percent)", re.I)
_FOR_DEFENSE_BRACKET_RE = re.compile(r"\b(?:for|on|to)\s+(?:the\s+)?(?:defen[cs]e|military|armed\s+forces)\s*\($", re.I)
_BRACKETED_RE = re.compile(r"\([^()]{0,120}\)")  # a closed bracket: a conversion or an aside


_POINTS_RE = re.compile(r"\s*(?:percentage\s+points?|(?<![-\w])points?(?![-\w]))", I)
_OF_ITS_BUDGET_AFTER_RE = re.compile(r"\s+of\s+(?:(?:its|their|the|this|that)\s+)?(?:\w+\s+){0,2}?(?:budget|spending|expenditures?|expenses|outlays?|funds)\b", I)
_ON_DEFENSE_AFTER_RE = re.compile(r"\s+(?:on|to)\s+(?:defen[cs]e|(?:the|its|their)\s+(?:military|armed\s+forces|defen[cs]e))\b", I)
_SPENDS_BEFORE_RE = re.compile(r"\b(?:spend|spends|spent|spending|devot(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|dedicat(?:e|es|ed|ing))\s+(?:only\s+|just\s+)?" + HEDGE + r"$", I)


_EVEN_IF_RE = re.compile(r"\beven\s+if\b[^.;]{0,100}$", I)
# "Namibia is one of 14 countries that spend more than 4% of their GDP" (a group past a mark); "would not have to spend 2%"; "has not exceeded 1%"
_GROUP_OR_EXEMPT_RE = re.compile(r"\bone\s+of\s+(?:the\s+)?(?:\d+|\w+)\s+(?:countries|nations|states|members)\s+(?:that|which|with|whose)\b[^.;]{0,80}$"
                                 r"|\b(?:not\s+have\s+to|n't\s+have\s+to|not\s+need\s+to)\s+(?:spend\w*|reach\w*|meet\w*)\s+(?:[\w'\u2019]+\s+){0,2}?" + HEDGE + r"$"
                                 # "Japan's military spending has not exceeded one percent of GDP since 1990": a ceiling never passed
                                 r"|\b(?:has|have|had|did|does|do)\s+(?:not|never)\s+(?:exceed(?:ed)?|surpass(?:ed)?|top(?:ped)?|gone\s+(?:above|beyond))\s+" + HEDGE + r"$", I)
# "NATO members spending less than two percent of GDP"; "Romania, Hungary, Bulgaria, Greece and Albania ..., as they have
# allocated more than two percent": a group past a mark (the plural subject needs three countries named before it)
_GROUP_SPENDING_RE = re.compile(r"\b(?:members|countries|nations|states|allies)\s+(?:(?:that|which|who)\s+)?(?:are\s+)?(?:spend(?:ing|s)?|allocat(?:e|es|ing)|devot(?:e|es|ing))\s+"
                                r"(?:(?:less|more|under|over|below|above)(?:\s+than)?\s+|between\s+)?$", I)  # ("many countries are spending between 2.5 and 3%")
_THEY_RE = re.compile(r"\b(?:they|these\s+countries|those\s+countries|all\s+of\s+them)\s+(?:\w+\s+){0,3}?(?:(?:less|more)(?:\s+than)?\s+)?$", I)
# "36.1% of Greece's defense budget went to equipment, compared to only 8% in 2014": the compared share is of the budget too
_COMPARED_TO_RE = re.compile(r"\b(?:compared\s+(?:to|with)|against|versus|vs\.?|up\s+from|down\s+from)\s+(?:only\s+|just\s+)?$", I)
_PCT_OF_BUDGET_RE = re.compile(r"\d[\d.,]*\s*(?:%|per\s?cent)\s+of\s+(?:[\w'\u2019]+\s+){0,3}?(?:budget|spending|expenditures?|outlays?|"
                               r"labou?r\s+force|workforce|population)\b", I)  # ("2.4 percent of the total labor force (compared to 9 percent in ...")
# "will surpass 3 percent of GDP for the first time": a mark crossed, not the level reached
_SURPASS_BEFORE_RE = re.compile(r"\b(?:surpass|exceed|top|pass|cross|break)\w*\s+" + HEDGE + r"$", I)
_FIRST_TIME_AFTER_RE = re.compile(r"\s*(?:of\s+(?:its\s+|the\s+)?(?:GDP|gross\s+domestic\s+product)\s+)?for\s+the\s+first\s+time\b", I)
# "the average budget of our ASEAN neighbors is 1.5 percent of their gross domestic product": a group's average
_AVERAGE_OF_GROUP_RE = re.compile(r"\baverage\s+(?:[\w-]+\s+){0,3}?of\s+(?:our|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:neighbou?rs|allies|members|partners|peers|countries)\b[^.;]{0,40}$|\bthe\s+(?:global\s+|world\s+|worldwide\s+)?average\s+(?:expenditure|spending)\s+on\s+defen[cs]e\s+(?:in\s+(?:19|20)\d\d\s+)?(?:was|is|stood\s+at)\s+$", I)  # ("the average expenditure on defence in 2017 was")
_AVERAGE_OF_MANY_RE = re.compile(r"\b(?:the\s+)?average\b[^.;]{0,80}\b(?:in|of|for)\s+(?-i:[A-Z])[^.;]{0,40}\band\s+(?-i:[A-Z])", I)
_RELATED_RE = re.compile(r"\b(?:defen[cs]e|security)\s*-\s*related\b", I)

def percent(ctx: Context, si: int, m: NumberMention) -> tuple[str, str] | None:
    """(metric, method) for a percentage figure, or None."""
    norm = ctx.norm
    sent = ctx.sentences[si]
    left_edge = m.hedge_start if m.hedge_start is not None else m.start
    before = norm[max(sent.start, left_edge - 120):left_edge]
    right = norm[m.end:min(sent.end, m.end + 300)]
    tail = Tail(before)  # the word the number follows: gates the patterns that must end right before it
    defense_here = ctx.says(si, DEFENSE_CTX_RE)
    if rt.world_or_region_total(ctx, si, m, left_edge) or si and bp.THIS_IS_A_CHANGE_RE.search(before) and rt.world_or_region_total(
            ctx, si - 1, m, ctx.sentences[si - 1].end):  # ("This figure marks a decrease of 5.3%" after a regional total)
        return reject(ctx, "a world or regional total ('global defence spending'), or its change, not one country's")
    if _EVEN_IF_RE.search(before) or bp.HYPOTHETICAL_BEFORE_RE.search(before[-60:]) or _GROUP_OR_EXEMPT_RE.search(before) or _GROUP_SPENDING_RE.search(before) or _AVERAGE_OF_GROUP_RE.search(before) or _SURPASS_BEFORE_RE.search(before[-40:]) and _FIRST_TIME_AFTER_RE.match(right) or _THEY_RE.search(before[-60:]) and len(
            {c.iso3 for c in ctx.country_mentions(sent.start, left_edge)}) >= 3 or _AVERAGE_OF_MANY_RE.search(before) and len({c.iso3 for c in ctx.country_mentions(
            max(sent.start, left_edge - 120), left_edge)}) >= 2:  # "even if the government increased its budget by 100 per cent";
        return reject(ctx, "a hypothetical change or share, a group past a mark, or the average of several countries: not one country's figure")  # "The
        # average spent on the armed forces in Slovenia and Croatia is 1.5 per cent of GDP"
    nato_target = ctx.says(si, NATO_WORD_RE) and ctx.finds(NATO_TARGET_RE, *clause_around(ctx, si, m))
    if bp.PERCENT_RE1.search(before) and not nato_target:
        return reject(ctx, "a threshold ('above 1% of GDP'), not a figure")  # "spending above 1% of GDP" is a threshold, not a figure
    gdp_after = (GDP_AFTER_RE.match(right) or GDP_AFTER_RE.match(skip_pair(norm, m, sent))
                 or OF_IT_RE.match(right) and GDP_WORD_RE.search(norm, sent.start, m.start))
    gdp_before = not gdp_after and tail.admits(tails.GDP_BEFORE) and GDP_BEFORE_RE.search(before)
    share_end = m.end + (gdp_after.end() if gdp_after else 0)
    if (gdp_after or gdp_before) and (bp.EXTRA_SHARE_BEFORE_RE.search(before[-40:])
                                      or gdp_after and bp.EXTRA_SHARE_AFTER_RE.match(norm, share_end, min(sent.end, share_end + 12))):
        return reject(ctx, "an extra share of GDP ('the extra 0.5% of GDP'): an increase in points, not a level")
    if not nato_target and (tail.admits(tails.PROMISED_SHARE, 120) and bc.PROMISED_SHARE_BEFORE_RE.search(before[-120:]) or bc.PROMISED_SHARE_AFTER_RE.match(norm, m.end)):
        return reject(ctx, "a share promised, aimed at or proposed ('its commitment to spend 2%', 'the 2% goal'), not a level")
    if gdp_after and bc.PARTS_OF_LATER_TOTAL_RE.match(norm, share_end, sent.end):
        return reject(ctx, "a part of a share whose total follows ('..., bringing the total to 0.68%')")
    if (gdp_after or gdp_before) and bp.CAP_BEFORE_RE.search(before[-40:]) or not nato_target and (
            bp.CAP_VERB_BEFORE_RE.search(before) or bp.LIMIT_AFTER_RE.match(right)):
        return reject(ctx, "a cap ('set the limit at 0.33 percent of GDP'), not a level")
    if (gdp_after or gdp_before) and (bp.BENCHMARK_BEFORE_RE.search(before[-50:]) or gdp_after and bp.BENCHMARK_AFTER_RE.match(
            norm, share_end, min(sent.end, share_end + 90)) or gdp_after and sf.worked_out_share(norm, sent.start, left_edge, share_end)) and not nato_target:
        return reject(ctx, "a benchmark ('the international norm of 2% of GDP'), not a country's level")
    if gdp_after or gdp_before or SHARE_ROW_RE.search(before[-40:]):
        # an article about defense states shares of GDP for defense unless the words say otherwise
        aside = bp.ASIDE_END_RE.search(norm, share_end, min(sent.end, share_end + 40))  # "– 3.3 per cent of GDP – in response..."
        end = aside.start() if aside else min(sent.end, share_end + 40)
        sibling = _NEXT_PERCENT_RE.search(norm, share_end, end)  # "3.5% of GDP for defence and 1.5% in resilience":
        end = sibling.start() if sibling else end  # the next share's purpose is its own
        if not (gdp_after or gdp_before):  # an infobox row ("Percent Gdp: | 2.3% [4] |") ends at its line
            line_end = norm.find("\n", m.end, end)
            end = line_end if line_end >= 0 else end
        clause = norm[max(sent.start, left_edge - 130):end]
        clause = _INCLUDING_RE.sub(" ", clause)  # "1.0% (including pensions)": what the share counts in, not another share
        clause = _DEFENSE_GROWTH_RE.sub(" ", clause)  # "a gradual growth of budget spending on defence from 2.2 percent"
        if not bc.DEFENSE_SHARE_BEFORE_RE.search(before[-40:]) and SHARE_NEGATIVE_RE.search(  # ("defence expenditure of 1.35%")
                GDP_WORD_RE.sub(" ", bp.ECONOMY_AS_GDP_RE.sub(" ", bp.OTHER_PCT_OF_BUDGET_RE.sub(" ", clause)))):
            return reject(ctx, 'a share of GDP for debt, deficit, growth or another budget')
        if _RELATED_RE.search(clause) and ctx.says(si, NATO_CTX_RE):  # "1.5 percent of GDP in « defense -related » spending,
            # as NATO's leadership has requested": NATO's other 1.5% (but Japan's own "defense-related spending" is its total)
            return reject(ctx, "a share for defence-related spending (infrastructure, resilience), not defence itself")
        # (no gate on defence words nearby: a share of GDP in a defence article that names no other purpose is the
        # defence share; on 130 real sets such a gate turned away 17 numbers, every one a labelled share, and its
        # removal added 12 right figures and 1 wrong one: docs/real_text_findings.md, thirteenth sitting)
        return "defense_share_gdp_pct", "share:pct-of-gdp" if gdp_after else "share:gdp-ratio-then-pct"
    if nato_target and SHARE_NEGATIVE_RE.search(norm, m.end, m.end + len(_PHRASE_AFTER_RE.match(norm, m.end).group(0))):
        return reject(ctx, "a share the alliance asks for another purpose ('1.5% in resilience expenses')")
    if nato_target and not sf.PCT_FRAME_OF_BUDGET_RE.search(before) and (ctx.says(si, GDP_WORD_RE) or ctx.says(si - 1, GDP_WORD_RE) or m.value <= 5 and ctx.finds(
            NATO_TARGET_RE, max(sent.start, left_edge - 30), min(sent.end, m.end + 20))):  # "NATO 2% Target": NATO's are shares of GDP
        return "defense_share_gdp_pct", "share:nato-target"  # "the 5 percent demanded by Trump", GDP said once
    gdp_near = ctx.says(si, GDP_WORD_RE) or ctx.says(si - 1, GDP_WORD_RE) or ctx.says(si - 2, GDP_WORD_RE)
    if gdp_near and bp.ALLIANCE_AVERAGE_RE.search(before[-80:]) and not bp.PERCENT_RE2.search(before):
        return "defense_share_gdp_pct", "share:alliance-average"  # "the NATO average stands at 2.71 percent"
    if (gdp_near and tail.admits(tails.SPENDING_AT_PCT, 80) and SPENDING_AT_PCT_RE.search(before[-80:]) and (not bp.PERCENT_RE2.search(before) or sf.defence_after_a_gdp_share(before))
            and not bp.CHANGE_OF_BEFORE_RE.search(before[-30:]) and not bs.CHANGE_IN_SPENDING_IS_RE.search(before[-140:]) and not COMPARATIVE_AFTER_RE.match(right)  # ("60 percent higher than")
            and not _OF_ITS_BUDGET_AFTER_RE.match(right)  # ("spends about 70% of its budget on salaries": a share of the budget)
            and not (_COMPARED_TO_RE.search(before[-40:]) and _PCT_OF_BUDGET_RE.search(before) or sf.PCT_FRAME_OF_BUDGET_RE.search(before))
            and (defense_here or ctx.says(si - 1, DEFENSE_CTX_RE) or ctx.says(si - 1, NATO_CTX_RE))
            and not SHARE_NEGATIVE_RE.search(norm, max(sent.start, left_edge - 60), min(sent.end, m.end + 30))):
        return "defense_share_gdp_pct", "share:spending-at-pct"
    if (gdp_near and m.value <= 10 and _ON_DEFENSE_AFTER_RE.match(right) and _SPENDS_BEFORE_RE.search(before[-50:])
            and not COMPARATIVE_AFTER_RE.match(right)):  # "The United States will spend 3.2% on defence this year", GDP said
        return "defense_share_gdp_pct", "share:spends-pct-on-defense"  # just before: a share of GDP, as the text goes on
    if PCT_NEGATIVE_AFTER_RE.match(right) or PCT_NEGATIVE_RE.search(before[-45:]) and PCT_NEGATIVE_RE.search(
            _BRACKETED_RE.sub(" ", before[-160:])[-45:]):  # (not "... (US$1.7 billion at the average exchange rate) in 2021 increasing by")
        return reject(ctx, 'a percent of pay, polls, inflation, troops or another non-budget quantity')
    if bt.whole_total_changed(before) or bs.WHOLE_SPENDING_CHANGE_AFTER_RE.match(right) or bs.NON_DEFENSE_CHANGED_RE.search(before[-90:]):  # "the general budget expenses are only expected to increase by 7.1%"
        return reject(ctx, "the change of the whole state budget, not of defence spending")
    pct_start, pct_end = clause_around(ctx, si, m, clauses_before=0)
    lead_pct = norm[max(sent.start, left_edge - 200):left_edge]
    lead_pct = bs.after_whole_budget_changed(bc.without_org_names(lead_pct))  # ("... modernisation ..., hiked the defence budget by")
    if "includ" in lead_pct:  # "..., including a capital outlay of X, with the allocation 13% higher": the aside names a line
        lead_pct = bp.INCLUDING_ASIDE_RE.sub(" ", lead_pct)
    own_dated = ctx.says(si, MULTI_YEAR_SENTENCE_RE) and bp.AND_BY_DATED_RE.match(norm, max(sent.start, left_edge - 12), m.end + 12)
    if (bt.component_named(lead_pct, max(0, len(lead_pct) - 120), len(lead_pct), lead_pct) or bp.CAPEX_RE.search(lead_pct[-120:]) or ctx.says(si, MULTI_YEAR_SENTENCE_RE) and not own_dated
            or COMPONENT_RE.search(norm, m.end, min(pct_end, m.end + 60)) or nb.component_subject(ctx, sent.start, left_edge)
            or SERVICE_RE.search(norm, max(clause_around(ctx, si, m, 2)[0] if norm.startswith(")", pct_start) else pct_start, left_edge - 60), left_edge)  # (past "(IRGC)")
            or bc.SERVICE_WITH_BEFORE_RE.search(norm, max(sent.start, left_edge - 60), left_edge)
            or bp.SERVICE_WHICH_HAS_RE.search(norm, max(sent.start, left_edge - 160), left_edge)):
        return reject(ctx, "the change of one line of the budget or one service, not of the defense budget")
    long_run = ctx.first_end(LONG_RUN_RE, pct_start, pct_end)  # (once per clause: linear however many percents it holds)
    if long_run >= 0 and (next_pct := _NEXT_PERCENT_RE.search(norm, m.end, min(pct_end, m.end + 200))) and long_run > next_pct.start():
        long_run = -1  # "an 11% increase on last year and a 35% rise since 2022": the long run is the next percent's
    if long_run >= 0 or spans_years(ctx, si, m) or ctx.says(si, bp.YEARS_AGO_RE) or bs.compared_years_apart(ctx, si, m):
        return reject(ctx, "a change over many years or on average, not one year's change")
    change = (noun_was := bs.CHANGE_NOUN_WAS_RE.search(before[-60:])) or (CHANGE_NOUN_AFTER_RE.match(right) or tail.admits(tails.CHANGE_BEFORE_PCT, 90) and CHANGE_BEFORE_PCT_RE.search(before[-90:])
              or COMPARATIVE_AFTER_RE.match(right) or own_dated or before.endswith("+") or bs.colon_list_change(ctx, si, left_edge) or bs.CHANGE_IN_SPENDING_IS_RE.search(before[-140:]))  # ("UAH 86 billion, or +25%")
    if change and bc.HEADCOUNT_CHANGED_BEFORE_RE.search(norm, max(sent.start, left_edge - 140), left_edge):
        return reject(ctx, "the change of a head count ('the number of individuals serving ... decreased by 21 percent')")
    if change and bc.PROPOSED_CHANGE_BEFORE_RE.search(norm, max(sent.start, left_edge - 160), left_edge):
        return reject(ctx, "a change called for or proposed ('called for the budget to be trimmed by 10 percent'), not made")
    if not change and (frame := sf.framed_share(ctx, si, m, left_edge) and "share:gdp-frame-before" or sf.reached_share(ctx, si, m, left_edge) and "share:country-reaches-pct") and (
            defense_here or ctx.says(si - 1, DEFENSE_CTX_RE) or ctx.says(si, NATO_CTX_RE) or ctx.in_lede(DEFENSE_CTX_RE)):
        return "defense_share_gdp_pct", frame
    if not change and before.endswith("(") and _FOR_DEFENSE_BRACKET_RE.search(before[-40:]) and (
            ctx.says(si, GDP_WORD_RE) or ctx.says(si - 1, GDP_WORD_RE)):
        return "defense_share_gdp_pct", "share:for-defense-in-brackets"  # "after the recommended two percent of GDP ...
        # Romania allocated as much for defense (1.99 percent)": the share, in brackets after what it measures
    if not change:
        return reject(ctx, PERCENT_WHY)
    changed = bp.CHANGE_IN_THING_RE.match(right)  # "an 11 per cent rise in oil revenues": what rose is named
    if changed and not bp.BUDGET_THING_RE.search(changed.group("what")) or nb.another_thing_changed(before):
        return reject(ctx, "the change of something other than defense spending ('a rise in oil revenues')")
    if bp.AGAINST_PLAN_AFTER_RE.match(right) or bp.PART_YEAR_AFTER_RE.match(right):
        return reject(ctx, "spending measured against its own plan, or over part of a year: not a budget's yearly change")
    # "this is an increase of 1.8 per cent" right after a sentence that stated the budget
    budget_here = ctx.says(si, BUDGET_CTX_RE) or (noun_was or ctx.says(si, bp.THIS_IS_A_CHANGE_RE)) and ctx.says(si - 1, BUDGET_CTX_RE) or defense_here and bool(
        _AFTER_AMOUNT_RE.search(before[-100:]) and bp.AMOUNT_RE.search(before[-100:]))  # "The country's defense ministry will receive some $260 million in 2013, a 23 percent increase"
    defense_near = defense_here or ctx.says(si - 1, DEFENSE_CTX_RE)
    if not (budget_here and defense_near) or nb.after_mission_money(ctx, si):
        return reject(ctx, CHANGE_WHY if not (budget_here and defense_near) else nb.MISSION_WHY)
    if not ctx.says(si, BUDGET_CTX_RE) and ctx.says(si - 1, COMPONENT_RE):  # "... 5.8 trillion won to R&D. This represents a 19.4% increase"
        return reject(ctx, "the change of one line of the budget or one service, not of the defense budget")
    if (OTHER_SUBJECT_RE.match(norm, sent.start, sent.end) or _WHOLE_BUDGET_THEN_CHANGE_RE.search(norm, sent.start, left_edge)) and not (
            DEFENSE_CTX_RE.search(norm, sent.start, left_edge)):  # (or it names that budget later: "Approved on 12 October
        return reject(ctx, "the sentence is about the whole state budget or another sector")  # ..., the state budget ... is")
    if bc.part_of_year(norm, m.end, sent.end) or bc.part_of_year(norm, max(sent.start, left_edge - 90), left_edge):
        return reject(ctx, "the change of spending over part of a year ('in January-August'), not of the budget")
    if _POINTS_RE.match(norm, m.end) or _POINTS_RE.search(norm, m.start, m.end) or bs.share_points_before(norm, sent.start, left_edge, m.value):
        return reject(ctx, "a change in percentage points ('down by 0.3 percentage points'): of a share, not a percent change")
    return "budget_change_pct", "budget:pct-change"


_DEFENSE_GROWTH_RE = re.compile(r"\b(?:growth|increase|rise)\s+(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:spending|expenditures?|outlays?)"
                                r"\s+(?:on|for)\s+(?:national\s+)?defen[cs]e\b", re.I)
_INCLUDING_RE = re.compile(r"\(\s*(?:including|incl\.?|excluding|without)\s[^()]{1,40}\)"
                           r"|,\s*(?:including|excluding)\s[^,()]{1,40},", re.I)  # (", including aid to Ukraine,": what it counts in)


def skip_pair(norm: str, m: NumberMention, sent: Sentence) -> str:
    """For "from 2% to 5% of GDP": the text after the second number of a from-to pair."""
    pair = bp.SKIP_PAIR_RE1.match(norm[m.end:min(sent.end, m.end + 60)])
    return norm[m.end + pair.end():min(sent.end, m.end + 200)] if pair else ""


_CHANGE_VERB_WORD_RE = re.compile(CHANGE_VERB, re.I)


def direction_sign(ctx: Context, m: NumberMention, sent: Sentence) -> int:
    norm = ctx.norm
    left_edge = m.hedge_start if m.hedge_start is not None else m.start
    if noun_was := (bs.CHANGE_NOUN_WAS_RE.search(norm, max(sent.start, left_edge - 60), left_edge)  # ("the cut was 65 percent"; "would cut
                    or bi.PART_BEFORE_RE.search(norm, max(sent.start, left_edge - 130), left_edge)):  # 2.2 billion dollars ..., including")
        return -1 if DECREASE_RE.search(noun_was.group(0)) else 1
    after, before = norm[m.end:m.end + 50], ctx.norm[max(sent.start, left_edge - 80):left_edge]
    verb = Tail(before).admits(tails.CHANGE_BEFORE_PCT) and CHANGE_BEFORE_PCT_RE.search(before)  # (80 characters: [-90:] is all)
    first_after = bp.DIRECTION_SIGN_RE1.match(after)
    said = verb.group(0).split() if verb else []
    # "a revised budget cut military spending by": the verb nearest the number speaks for it
    verbs = [i for i, w in enumerate(said) if _CHANGE_VERB_WORD_RE.fullmatch(w)]
    said = said[verbs[-1]:] if len(verbs) > 1 else said
    # "went down by", "edged down": the verb's direction is its second word
    head = " ".join(said[:2]) if said and said[0].lower() in bp.TWO_WORD_VERBS else (said[0] if said else "")
    words = " ".join(w for w in (head, first_after.group(1) if first_after else "") if w)
    return -1 if DECREASE_RE.search(words) else 1


def restated_sign(ctx: Context, m: NumberMention, sent: Sentence) -> int:
    """The direction of the change an amount restates ("a decrease of 9%, which is equivalent to 150 million"): -1
    when the change it amounts to is a decrease, else 1 (the sign ``direction_sign`` reads only near the amount)."""
    left_edge = m.hedge_start if m.hedge_start is not None else m.start
    found = bp.CHANGE_AMOUNTS_TO_RE.search(ctx.norm, max(sent.start, left_edge - 80), left_edge)
    return -1 if found and DECREASE_RE.match(found.group(0)) else 1


def spans_years(ctx: Context, si: int, m: NumberMention) -> bool:
    """True when the clause before a percent runs "from ... 2006 to ... 2015": a change over years."""
    sent = ctx.sentences[si]
    own_start, own_end = clause_around(ctx, si, m, clauses_before=0)
    published = ctx.info.published if ctx.info is not None else None
    base = _BASE_AFTER_RE.match(ctx.norm, m.end, min(sent.end, m.end + 80))
    if base and published is not None:  # "was still 31 per cent higher than in 2011" in 2014: a change over two years or
        dated = _DATED_RE.findall(ctx.norm, max(sent.start, m.start - 160), m.start)  # more; but "in 2009, ...
        if (int(dated[-1]) if dated else published.year - 1) - int(base.group("base")) >= 2:  # growing by 17.4% compared
            return True  # to 2008" dates its change
    if ctx.finds(bp.SPANS_YEARS_RE1, own_start, own_end, sliced=True):
        return False  # "..., and by 3.4% in 2022": the clause dates its own change
    window = ctx.norm[max(sent.start, m.start - 160):m.start]
    years = [int(y) for y in bp.SPANS_YEARS_RE2.findall(window)]
    if bool(bp.SPANS_YEARS_RE3.search(window)) and len(years) >= 2 and max(years) - min(years) >= 2:
        return True
    # the span after the change: "by 25 percent, from $12 billion in 1993 to $9.4B in 1998", "of 33.23% between 2013 and
    # 2018"; or a target years away: "to boost its defence budget by 40 per cent by 2026"
    span = _SPAN_AFTER_RE.match(ctx.norm, m.end, min(sent.end, m.end + 120))
    if span is None:
        return False
    if span.group("by"):
        return published is not None and int(span.group("by")) - published.year >= 2
    return int(span.group("last") or span.group("last2")) - int(span.group("first") or span.group("first2")) >= 2


_SPAN_AFTER_RE = re.compile(r"\s*,?\s*(?:from\s+[^;]{0,40}?\bin\s+(?:fiscal\s+)?(?P<first>(?:19|20)\d\d)\s+to\s+[^;]{0,40}?\bin\s+"
                            r"(?:fiscal\s+)?(?P<last>(?:19|20)\d\d)\b|between\s+(?:the\s+)?(?P<first2>(?:19|20)\d\d)\s+and\s+(?:the\s+)?"
                            r"(?P<last2>(?:19|20)\d\d)\b|by\s+(?:the\s+end\s+of\s+)?(?P<by>(?:19|20)\d\d)\b)", re.I)
_DATED_RE = re.compile(r"(?<![Tt]han )\b(?:in|for)\s+(?:fiscal\s+|FY\s*)?((?:19|20)\d\d)\b", re.I)
_BASE_AFTER_RE = re.compile(r"[^;.]{0,60}?\b(?:than|compared\s+(?:to|with)|over)\s+(?:in\s+|the\s+)?(?P<base>(?:19|20)\d\d)\b", re.I)

_WHOLE_BUDGET_THEN_CHANGE_RE = re.compile(r"(?:,\s+the|\bthat(?:\s+the)?)\s+(?:state|national|government|federal|general)\s+budget\b[^.;]{0,120}$", re.I)
_AFTER_AMOUNT_RE = re.compile(r"(?:\d|\b(?:million|billion|trillion|bn))\b[^,;.\d]{0,50}(?:\d{4})?,\s+(?:an?\s+(?:(?:increase|rise|jump|hike|boost|growth)\s+of\s+)?|(?:up|down)\s+)$", I)
# (an apposition: "$260 million in 2013, a 23 percent increase", "650.6 billion yuan on defense in 2012, an increase of 11.6 percent")
