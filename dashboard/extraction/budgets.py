"""Stage 3, classification of money and percentages: a defense budget, a change of one (amount or
percent), a share of GDP, or none of these, and why not. Negative evidence wins: aid, contracts,
national budgets, components, plans, multi-year totals and exchange rates are never the budget."""


from __future__ import annotations

import re

from dashboard.extraction import tails
from dashboard.extraction.attribution import (
    clause_around,
)
from dashboard.extraction.context import Context, reject
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.tails import Tail
from dashboard.extraction.text import Sentence
from dashboard.extraction.vocab import (
    AMOUNT_THEN_SHARE_RE,
    BUDGET_AFTER_RE,
    BUDGET_BEFORE_RE,
    BUDGET_CTX_RE,
    BUDGET_PASSIVE_AFTER_RE,
    BUDGET_VERB_BEFORE_RE,
    CHANGE_BEFORE_PCT_RE,
    CHANGE_NOUN_AFTER_RE,
    COMPARATIVE_AFTER_RE,
    COMPONENT_RE,
    DECREASE_RE,
    DEFENSE_CTX_RE,
    FOR_DEFENSE_AFTER_RE,
    GDP_AFTER_RE,
    GDP_BEFORE_RE,
    GDP_WORD_RE,
    HEDGE,
    LEVEL_AFTER_CHANGE_RE,
    LEVEL_FROM_RE,
    LONG_RUN_RE,
    MONEY_NEGATIVE_AFTER_RE,
    MONEY_PURPOSE_AFTER_RE,
    MONEY_ROW_RE,
    MONEY_TOTAL_BEFORE_RE,
    MULTI_YEAR_AFTER_RE,
    MULTI_YEAR_BEFORE_RE,
    MULTI_YEAR_SENTENCE_RE,
    NATO_CTX_RE,
    NATO_TARGET_RE,
    NATO_WORD_RE,
    OF_IT_RE,
    OTHER_SUBJECT_RE,
    OUTLAY_AFTER_RE,
    PART_OF_RE,
    PCT_NEGATIVE_AFTER_RE,
    PCT_NEGATIVE_RE,
    PLAN_AFTER_RE,
    RATE_RE,
    REQUEST_BEFORE_RE,
    SERVICE_RE,
    SHARE_NEGATIVE_RE,
    SHARE_ROW_RE,
    SPEND_THEN_AMOUNT_RE,
    SPENDING_AT_PCT_RE,
    SPENDING_PLAN_AFTER_RE,
    I,
)


def _world_or_region_total(ctx: Context, si: int, m: NumberMention, left_edge: int) -> bool:
    """"global defence spending rose to USD2.46 trillion", "European defence spending jumped by 11.7%": the spending
    of the world or of a region, with no country named between it and the number."""
    sent = ctx.sentences[si]
    start = max(sent.start, left_edge - 90)
    phrases = list(_REGION_SPENDING_RE.finditer(ctx.norm, start, left_edge))
    if not phrases:
        return False
    return not [c for c in ctx.country_mentions(phrases[-1].end(), left_edge) if c.kind != "alliance"]


def is_conversion(norm: str, prev: NumberMention | None, m: NumberMention) -> bool:
    """A dollar figure in brackets right after another currency's figure: "66.3 trillion won ($47.1 billion)"."""
    if prev is None or prev.kind != "money" or m.kind != "money":
        return False
    gap = norm[prev.end:m.start]
    return bool(_IS_CONVERSION_RE1.fullmatch(gap))


def money(ctx: Context, si: int, m: NumberMention) -> tuple[str, str] | None:
    """(metric, method) for a money figure, or None."""
    norm = ctx.norm
    sent = ctx.sentences[si]
    left_edge = m.hedge_start if m.hedge_start is not None else m.start
    before = norm[max(sent.start, left_edge - 160):left_edge]
    right = norm[m.end:min(sent.end, m.end + 300)]
    tail = Tail(before)  # the word the number follows: gates the patterns that must end right before it
    if RATE_RE.match(right) or _MONEY_RE2.search(before[-40:]):
        return reject(ctx, 'an exchange rate')
    as_budget = _AS_ITS_DEFENSE_BUDGET_RE.match(right)  # "an allocation of N1.25 trillion as its defence budget"
    if not as_budget and (MONEY_NEGATIVE_AFTER_RE.match(right) or tail.admits(tails.PART_OF, 60) and PART_OF_RE.search(before[-60:])
                          or tail.admits(tails.MONEY_TOTAL_BEFORE, 130) and MONEY_TOTAL_BEFORE_RE.search(before[-130:])):
        return reject(ctx, 'money for aid, contracts, a national budget, GDP or a part of something')
    if _world_or_region_total(ctx, si, m, left_edge):
        return reject(ctx, "a world or regional total ('global defence spending'), not one country's")
    if _ADDITIONAL_SPENDING_AFTER_RE.match(right):
        return reject(ctx, "additional or supplementary spending on top of the budget, not the budget")
    multi = MULTI_YEAR_AFTER_RE.match(right)
    if multi and not AMOUNT_RE.search(right, 0, multi.end()):
        return reject(ctx, "a multi-year programme, not one year's budget")
    if MULTI_YEAR_BEFORE_RE.search(before[-120:]) or PLAN_AFTER_RE.match(right):
        return reject(ctx, "the amount of a plan or programme, not one year's budget")  # a programme over several years is not one year's budget
    defense_here = ctx.says(si, DEFENSE_CTX_RE)
    budget_here = ctx.says(si, BUDGET_CTX_RE)
    defense_near = defense_here or ctx.says(si - 1, DEFENSE_CTX_RE)
    if not (defense_near or ctx.says(si - 2, DEFENSE_CTX_RE) or ctx.in_lede(DEFENSE_CTX_RE) or MONEY_ROW_RE.search(before[-60:])):
        return reject(ctx, "no defense word in this sentence, the two before or the article's opening")
    if (defense_near and _RANKED_BEHIND_RE.search(before[-70:]) and _RANKING_RE.search(norm, sent.start, left_edge)
            and not MONEY_NEGATIVE_AFTER_RE.match(right)):
        return "defense_budget", "budget:ranked-behind"  # "place Kenya fifth, behind Sudan on $4.3 billion"
    if (OTHER_SUBJECT_RE.match(norm, sent.start, sent.end) and not DEFENSE_CTX_RE.search(norm, sent.start, left_edge)
            and not _SPENT_ON_DEFENSE_AFTER_RE.match(right)):
        return reject(ctx, "the sentence is about the whole state budget or another sector")
    if _WHOLE_BUDGET_AFTER_RE.match(right) and not BUDGET_AFTER_RE.match(right) and _DEFENSE_AMOUNT_LATER(ctx, m, sent) \
            and not DEFENSE_CTX_RE.search(norm, sent.start, left_edge):
        return reject(ctx, "the whole budget, of which a later amount is defense's")  # "a 513 trillion won budget ..., allocating 50 trillion won for defense"
    if _OTHER_SECTOR_SPENDING_RE.search(before[-70:]):
        return reject(ctx, "another sector's spending ('social security spending of')")
    if _HYPOTHETICAL_BEFORE_RE.search(before[-60:]):
        return reject(ctx, "a hypothetical amount ('would mean spending')")
    line_for = _BUDGET_FOR_OTHER_RE.search(norm, max(sent.start, left_edge - 120), left_edge)
    if line_for and not ctx.country_mentions(line_for.start("name"), line_for.end("name")):  # "budget for Algeria": its own
        return reject(ctx, "a defense budget's line for something else ('budget for Civil Aid')")
    clause_start, clause_end = clause_around(ctx, si, m, clauses_before=0)
    sentence_lead = norm[max(sent.start, left_edge - 200):left_edge]
    if SERVICE_RE.search(sentence_lead) and not _MONEY_RE4.search(sentence_lead) or _SERVICE_RECEIVED_RE.search(before[-70:]):
        return reject(ctx, "one armed service's money (Army, Navy, Air Force): a component of the budget")
    if COMPONENT_RE.search(_INCLUDES_CLAUSE_RE.sub(" ", sentence_lead[-160:])[-120:]) or COMPONENT_RE.search(norm, m.end, min(clause_end, m.end + 80)):
        return reject(ctx, "a line of the budget (capital outlay, pensions, R&D...) or another sector's money")
    comparative = COMPARATIVE_AFTER_RE.match(right) if not _UP_FROM_RE.match(right) else None
    change_before = (tail.admits(tails.CHANGE_BEFORE_PCT, 90) and CHANGE_BEFORE_PCT_RE.search(before[-90:])
                     or _MONEY_RE5.search(before)
                     and (FOR_DEFENSE_AFTER_RE.match(right) or _MONEY_RE7.match(right)))
    change_after = _MONEY_RE1.match(right)
    budget_near = budget_here or ctx.says(si - 1, BUDGET_CTX_RE)
    if AMOUNT_THEN_SHARE_RE.match(right) and (defense_near or ctx.says(si - 2, DEFENSE_CTX_RE) or ctx.in_lede(DEFENSE_CTX_RE)):
        return "defense_budget", "budget:amount-then-share-of-gdp"
    multi_year_sentence = ctx.says(si, MULTI_YEAR_SENTENCE_RE)
    level_after_change = tail.admits(tails.LEVEL_AFTER_CHANGE, 130) and LEVEL_AFTER_CHANGE_RE.search(before[-130:])
    level_from = tail.admits(tails.LEVEL_FROM, 100) and LEVEL_FROM_RE.search(before[-100:])
    if not level_from and m.hedge_start is not None and m.hedge_start < m.start:
        # "an increase over Rs 1,804 billion": "over" read as the number's hedge is the link word here
        with_hedge = norm[max(sent.start, m.start - 100):m.start]
        level_from = Tail(with_hedge).admits(tails.LEVEL_FROM, 100) and LEVEL_FROM_RE.search(with_hedge)
    if (multi_year_sentence or ctx.finds(LONG_RUN_RE, clause_start, clause_end)) and (
            level_after_change or level_from or comparative or change_before or change_after):
        return reject(ctx, "a change, or the level it changed from, of a total over several years or since years ago")
    if budget_near and defense_near and _CHANGE_AMOUNTS_TO_RE.search(before[-80:]):
        return "budget_change_amount", "budget:change-amounts-to"
    if budget_near and defense_near and level_after_change:
        return "defense_budget", "budget:changed-to-level"
    if level_from and (defense_here or not (_OTHER_BODY_RE.search(norm, sent.start, left_edge)
                                            or _FISCAL_BALANCE_RE.search(norm, max(sent.start, left_edge - 300), left_edge))):
        return "defense_budget", "budget:changed-from-level"
    budget_here = budget_near  # "It is an increase of Rs 59,669 crore."
    if _TOPPING_BY_RE.search(before[-100:]) and budget_here and defense_near:
        return "budget_change_amount", "budget:change-amount"  # "topping last year's initial allocation by about ¥145 billion"
    if _PRONOUN_SUBJECT_RE.match(norm, sent.start, left_edge) and ctx.says(si - 2, DEFENSE_CTX_RE):
        defense_near = True  # "The Defence Budget ... is Rs X. The allocation for the same was Rs Y. It is an increase of Rs Z."
    if (comparative or change_before or change_after) and budget_here and defense_near:
        return "budget_change_amount", "budget:change-amount"
    if MONEY_PURPOSE_AFTER_RE.match(right) and not BUDGET_AFTER_RE.match(right):
        return reject(ctx, 'money for a purpose (to buy, for X): a component, not the budget')
    if BUDGET_AFTER_RE.match(right):
        return "defense_budget", "budget:number-then-defense-budget"
    if (_OWN_BUDGET_AFTER_RE.match(right) and not _BUDGET_CHANGE_AFTER_RE.match(right)
            and DEFENSE_CTX_RE.search(norm, sent.start, left_edge)
            and not _OTHERS_BUDGET_BEFORE_RE.search(before[-40:]) and not _OTHERS_BUDGET_BEFORE_RE.match(right, 0, 30)
            and not AMOUNT_RE.search(norm, sent.start, left_edge)):
        return "defense_budget", "budget:defense-body-budget"
    if budget_here and defense_near and SPENDING_PLAN_AFTER_RE.match(right) and _defense_owns(ctx, si, m, left_edge):
        return "defense_budget", "budget:amount-then-spending-plan"  # "The $849.8 billion proposed spending plan"
    if defense_here and _TO_SPEND_AFTER_RE.match(right):
        return "defense_budget", "budget:amount-to-spend"
    if defense_near and _PREVIOUS_BUDGET_WAS_RE.search(before[-90:]):
        return "defense_budget", "budget:previous-years-budget-was"
    if budget_here and defense_near and _LEVEL_CHANGED_LATER_RE.match(right):
        return "defense_budget", "budget:level-changed-later"
    if tail.admits(tails.BUDGET_BEFORE) and BUDGET_BEFORE_RE.search(before):
        return "defense_budget", "budget:defense-budget-of-number"
    if BUDGET_PASSIVE_AFTER_RE.match(right):
        return "defense_budget", "budget:earmarked-for-defense"
    if FOR_DEFENSE_AFTER_RE.match(right):
        return "defense_budget", "budget:number-for-defense"
    if budget_here and defense_near and _MONEY_RE3.match(right):
        return "defense_budget", "budget:number-the-government-proposed"
    if MONEY_ROW_RE.search(before[-60:]) and (defense_near or ctx.in_lede(DEFENSE_CTX_RE)):
        return "defense_budget", "budget:table-row"
    if budget_here and defense_near and tail.admits(tails.REQUEST_BEFORE, 90) and REQUEST_BEFORE_RE.search(before[-90:]):
        return "defense_budget", "budget:asked-for-amount"
    if (defense_near and OUTLAY_AFTER_RE.match(right) and _defense_owns(ctx, si, m, left_edge)
            and not AMOUNT_RE.search(norm, sent.start, left_edge)
            and not AMOUNT_RE.search(norm, m.end + (right.find(")") + 1 if right.lstrip().startswith("(") else 0), sent.end)):
        return "defense_budget", "budget:amount-then-outlay"
    if (defense_near and tail.admits(tails.SPEND_THEN_AMOUNT, 120) and SPEND_THEN_AMOUNT_RE.search(before[-120:]) and not other_amount_since_defense(ctx, si, left_edge)
            and (DEFENSE_CTX_RE.search(norm, sent.start, left_edge) or not defense_here)):
        return "defense_budget", "budget:spending-is-amount"
    if budget_here and defense_near and (BUDGET_VERB_BEFORE_RE.search(before[-90:]) or _MONEY_RE6.search(before)) and (
            DEFENSE_CTX_RE.search(norm, sent.start, left_edge) or ctx.says(si - 1, DEFENSE_CTX_RE)) and not (
            AMOUNT_RE.search(norm, sent.start, left_edge) and not DEFENSE_CTX_RE.search(norm, clause_start, left_edge)):
        # ("the KDF will be allocated Sh144.9 billion, ... and the NIS was allocated Sh44.3 billion": each
        # allocation in a list belongs to the body its own clause names)
        # (a defense word only after the amount names something else: "a draft budget of 110 trillion yen ..., with
        # defense spending at a record high")
        return "defense_budget", "budget:budget-verb-in-defense-sentence"
    return reject(ctx, 'money with no defense-budget phrase attached')


def percent(ctx: Context, si: int, m: NumberMention) -> tuple[str, str] | None:
    """(metric, method) for a percentage figure, or None."""
    norm = ctx.norm
    sent = ctx.sentences[si]
    left_edge = m.hedge_start if m.hedge_start is not None else m.start
    before = norm[max(sent.start, left_edge - 120):left_edge]
    right = norm[m.end:min(sent.end, m.end + 300)]
    tail = Tail(before)  # the word the number follows: gates the patterns that must end right before it
    defense_here = ctx.says(si, DEFENSE_CTX_RE)
    if _world_or_region_total(ctx, si, m, left_edge):
        return reject(ctx, "a world or regional total ('global defence spending'), not one country's")
    nato_target = ctx.says(si, NATO_WORD_RE) and ctx.finds(NATO_TARGET_RE, *clause_around(ctx, si, m))
    if _PERCENT_RE1.search(before) and not nato_target:
        return reject(ctx, "a threshold ('above 1% of GDP'), not a figure")  # "spending above 1% of GDP" is a threshold, not a figure
    gdp_after = (GDP_AFTER_RE.match(right) or GDP_AFTER_RE.match(skip_pair(norm, m, sent))
                 or OF_IT_RE.match(right) and GDP_WORD_RE.search(norm, sent.start, m.start))
    gdp_before = not gdp_after and tail.admits(tails.GDP_BEFORE) and GDP_BEFORE_RE.search(before)
    if (gdp_after or gdp_before) and _EXTRA_SHARE_BEFORE_RE.search(before[-30:]):
        return reject(ctx, "an extra share of GDP ('the extra 0.5% of GDP'): an increase in points, not a level")
    if (gdp_after or gdp_before) and _BENCHMARK_BEFORE_RE.search(before[-50:]) and not nato_target:
        return reject(ctx, "a benchmark ('the international norm of 2% of GDP'), not a country's level")
    if gdp_after or gdp_before or SHARE_ROW_RE.search(before[-40:]):
        # an article about defense states shares of GDP for defense unless the words say otherwise
        share_end = m.end + (gdp_after.end() if gdp_after else 0)
        aside = _ASIDE_END_RE.search(norm, share_end, min(sent.end, share_end + 40))  # "– 3.3 per cent of GDP – in response..."
        clause = norm[max(sent.start, left_edge - 80):aside.start() if aside else min(sent.end, share_end + 40)]
        if SHARE_NEGATIVE_RE.search(GDP_WORD_RE.sub(" ", _ECONOMY_AS_GDP_RE.sub(" ", _OTHER_PCT_OF_BUDGET_RE.sub(" ", clause)))):
            return reject(ctx, 'a share of GDP for debt, deficit, growth or another budget')
        if not (defense_here or ctx.says(si - 1, DEFENSE_CTX_RE) or ctx.says(si, NATO_CTX_RE)
                or ctx.in_lede(DEFENSE_CTX_RE)):
            return reject(ctx, 'a share of GDP with no defense context nearby')
        return "defense_share_gdp_pct", "share:pct-of-gdp" if gdp_after else "share:gdp-ratio-then-pct"
    if nato_target and (ctx.says(si, GDP_WORD_RE) or ctx.says(si - 1, GDP_WORD_RE)):
        return "defense_share_gdp_pct", "share:nato-target"  # "the 5 percent demanded by Trump", GDP said once
    gdp_near = ctx.says(si, GDP_WORD_RE) or ctx.says(si - 1, GDP_WORD_RE) or ctx.says(si - 2, GDP_WORD_RE)
    if gdp_near and _ALLIANCE_AVERAGE_RE.search(before[-80:]) and not _PERCENT_RE2.search(before):
        return "defense_share_gdp_pct", "share:alliance-average"  # "the NATO average stands at 2.71 percent"
    if (gdp_near and tail.admits(tails.SPENDING_AT_PCT, 80) and SPENDING_AT_PCT_RE.search(before[-80:]) and not _PERCENT_RE2.search(before)
            and not _CHANGE_OF_BEFORE_RE.search(before[-30:])
            and (defense_here or ctx.says(si - 1, DEFENSE_CTX_RE))
            and not SHARE_NEGATIVE_RE.search(norm, max(sent.start, left_edge - 60), min(sent.end, m.end + 30))):
        return "defense_share_gdp_pct", "share:spending-at-pct"
    if PCT_NEGATIVE_AFTER_RE.match(right) or PCT_NEGATIVE_RE.search(before[-45:]):
        return reject(ctx, 'a percent of pay, polls, inflation, troops or another non-budget quantity')
    pct_start, pct_end = clause_around(ctx, si, m, clauses_before=0)
    lead_pct = norm[max(sent.start, left_edge - 200):left_edge]
    if "includ" in lead_pct:  # "..., including a capital outlay of X, with the allocation 13% higher": the aside names a line
        lead_pct = _INCLUDING_ASIDE_RE.sub(" ", lead_pct)
    if (COMPONENT_RE.search(lead_pct[-120:]) or ctx.says(si, MULTI_YEAR_SENTENCE_RE)
            or COMPONENT_RE.search(norm, m.end, min(pct_end, m.end + 60))
            or SERVICE_RE.search(norm, max(pct_start, left_edge - 60), left_edge)):
        return reject(ctx, "the change of one line of the budget or one service, not of the defense budget")
    if ctx.finds(LONG_RUN_RE, pct_start, pct_end) or spans_years(ctx, si, m) or ctx.says(si, _YEARS_AGO_RE):
        return reject(ctx, "a change over many years or on average, not one year's change")
    change = (CHANGE_NOUN_AFTER_RE.match(right) or tail.admits(tails.CHANGE_BEFORE_PCT, 90) and CHANGE_BEFORE_PCT_RE.search(before[-90:])
              or COMPARATIVE_AFTER_RE.match(right))
    if not change:
        return reject(ctx, "a percent with no change word and no 'of GDP'")
    if _AGAINST_PLAN_AFTER_RE.match(right) or _PART_YEAR_AFTER_RE.match(right):
        return reject(ctx, "spending measured against its own plan, or over part of a year: not a budget's yearly change")
    budget_here = ctx.says(si, BUDGET_CTX_RE)
    defense_near = defense_here or ctx.says(si - 1, DEFENSE_CTX_RE)
    if not (budget_here and defense_near):
        return reject(ctx, 'a change with no defense budget in the sentence')
    if OTHER_SUBJECT_RE.match(norm, sent.start, sent.end) and not DEFENSE_CTX_RE.search(norm, sent.start, left_edge):
        return reject(ctx, "the sentence is about the whole state budget or another sector")
    return "budget_change_pct", "budget:pct-change"


def _DEFENSE_AMOUNT_LATER(ctx: Context, m: NumberMention, sent: Sentence) -> bool:  # noqa: N802 - reads as a rule
    """True when a later amount of the sentence is stated as defense's ("a 513 trillion won budget ...,
    allocating 50 trillion won for defense"): the amount before it is the whole."""
    for later in AMOUNT_RE.finditer(ctx.norm, m.end, sent.end):
        tail = _AMOUNT_TAIL_RE.match(ctx.norm, later.end(), sent.end)
        after = tail.end() if tail else later.end()
        if FOR_DEFENSE_AFTER_RE.match(ctx.norm[after:min(sent.end, after + 120)]):
            return True
    return False


def _defense_owns(ctx: Context, si: int, m: NumberMention, left_edge: int) -> bool:
    """Whether the defense word that makes this sentence about defense can own the amount: one before it, one in
    the sentence before, or one after it that is not an aside ("a N49tn budget proposal, with defence taking the
    largest share": the amount is the whole budget)."""
    sent = ctx.sentences[si]
    if DEFENSE_CTX_RE.search(ctx.norm, sent.start, left_edge) or ctx.says(si - 1, DEFENSE_CTX_RE):
        return True
    return not _DEFENSE_ASIDE_RE.search(ctx.norm, m.end, sent.end)


def skip_pair(norm: str, m: NumberMention, sent: Sentence) -> str:
    """For "from 2% to 5% of GDP": the text after the second number of a from-to pair."""
    pair = _SKIP_PAIR_RE1.match(norm[m.end:min(sent.end, m.end + 60)])
    return norm[m.end + pair.end():min(sent.end, m.end + 200)] if pair else ""


def direction_sign(ctx: Context, m: NumberMention, sent: Sentence) -> int:
    norm = ctx.norm
    left_edge = m.hedge_start if m.hedge_start is not None else m.start
    before = norm[max(sent.start, left_edge - 25):left_edge]
    after = norm[m.end:m.end + 25]
    before = ctx.norm[max(sent.start, left_edge - 80):left_edge]
    verb = Tail(before).admits(tails.CHANGE_BEFORE_PCT) and CHANGE_BEFORE_PCT_RE.search(before)  # (80 characters: [-90:] is all)
    first_after = _DIRECTION_SIGN_RE1.match(after)
    said = verb.group(0).split() if verb else []
    # "went down by", "edged down": the verb's direction is its second word
    head = " ".join(said[:2]) if said and said[0].lower() in _TWO_WORD_VERBS else (said[0] if said else "")
    words = " ".join(w for w in (head, first_after.group(1) if first_after else "") if w)
    return -1 if DECREASE_RE.search(words) else 1


def spans_years(ctx: Context, si: int, m: NumberMention) -> bool:
    """True when the clause before a percent runs "from ... 2006 to ... 2015": a change over years."""
    sent = ctx.sentences[si]
    own_start, own_end = clause_around(ctx, si, m, clauses_before=0)
    if ctx.finds(_SPANS_YEARS_RE1, own_start, own_end, sliced=True):
        return False  # "..., and by 3.4% in 2022": the clause dates its own change
    window = ctx.norm[max(sent.start, m.start - 160):m.start]
    years = [int(y) for y in _SPANS_YEARS_RE2.findall(window)]
    return bool(_SPANS_YEARS_RE3.search(window)) and len(years) >= 2 and max(years) - min(years) >= 2


AMOUNT_RE = re.compile(r"(?:[$\u20ac\u00a3\u00a5\u20b9\u20a6\u20a9\u20b1\u20bd\u20ba\u20aa\u20b4\u0e3f\u20ab]|"
                       r"\b(?:SAR|USD|EUR|GBP|Rs|Rp|Tk|RM|NT\$|S\$)\.?)\s?\d"
                       r"|\d[\d.,]*\s*(?:billion|trillion|million|bn|tn|trn|crore|lakh)\b", I)


def other_amount_since_defense(ctx: Context, si: int, pos: int) -> bool:
    """True when another amount stands between the sentence's last defense word and ``pos``.

    "SAR272 billion to the military ..., the largest item in planned spending of SAR1.285 trillion":
    the defense word belongs to the first amount; "spending of" before the second is the state's.
    """
    sent = ctx.sentences[si]
    anchor = sent.start
    for d in DEFENSE_CTX_RE.finditer(ctx.norm, sent.start, pos):
        anchor = d.end()
    return bool(AMOUNT_RE.search(ctx.norm, anchor, pos))


_MONEY_RE1 = re.compile((r"^\s*(?:\([^)]{0,60}\)\s*)?(?:,?\s*or\s+[\d.,]+\s*(?:%|percent|per\s*cent)\s+)?"
                            r"(?:increase|rise|raise|hike|boost|cut|reduction|decrease|extra|more|"
                            r"(?:in\s+)?(?:additional|extra|new)\s+(?:funding|spending|money))\b"), I)


_SKIP_PAIR_RE1 = re.compile(r"^\s*to\s+" + HEDGE + r"\d[\d.,]*\s*(?:%|percent|per\s+cent)", I)


_DIRECTION_SIGN_RE1 = re.compile(r"^\s*(?:,\s*or\s+[^,]{1,25},\s*)?(?:\([^)]*\)\s*)?(\w+)")


_SPANS_YEARS_RE1 = re.compile(r"\b(?:in|for)\s+(?:fiscal\s+|FY\s*)?(?:19|20)\d\d\b", I)


_IS_CONVERSION_RE1 = re.compile(r"\s*[(\[]\s*(?:about|around|roughly|approximately|approx\.|some|or|nearly)?\s*")


_MONEY_RE2 = re.compile(r"exchange\s+rate", I)


_MONEY_RE3 = re.compile((r"^\s*(?:\([^)]{0,60}\)\s*)?(?:that|which)?\s*(?:the\s+)?(?:government|ministry|cabinet|administration|"
            r"parliament|congress|lawmakers)\s+(?:had\s+|has\s+)?(?:proposed|requested|sought|approved|planned)"), I)


_PERCENT_RE1 = re.compile(r"\b(?:above|below|beyond|exceeding)\s+$", I)


_MONEY_RE4 = re.compile(r"\b(?:defen[cs]e|military)\s+(?:budget|spending)", I)


_MONEY_RE5 = re.compile(r"\b(?:extra|additional|another|add(?:s|ed|ing)?)\s+$", I)


_MONEY_RE6 = re.compile(r"\b(?:record|record-high|previous|total)\s+(?:of\s+)?" + HEDGE + r"$", I)


_PERCENT_RE2 = re.compile(r"\bby\s+" + HEDGE + r"$", I)


_SPANS_YEARS_RE2 = re.compile(r"\b((?:19|20)\d\d)\b")


_SPANS_YEARS_RE3 = re.compile(r"\bfrom\b", I)


_MONEY_RE7 = re.compile(r"^\s*(?:in\s+)?(?:new|extra|additional|fresh)\s+(?:(?:defen[cs]e|military)\s+)?"
                        r"(?:funding|spending|money|appropriations)", I)


# "there are an additional 465,000 reserve personnel": more of a standing force, not troops added
# Another body's money: "The Secretariat of Security ... decreasing from 105,838 million"
_OTHER_BODY_RE = re.compile(r"\b(?:secretariat|ministry|department|agency|sector|office|programme|program)\b", I)


# "of its economy" names GDP; it is not an economic topic that makes a share another budget's
_ECONOMY_AS_GDP_RE = re.compile(r"\bof\s+(?:its|the|their|our|the\s+country's|the\s+nation's|[A-Z][\w.\-]*'s)\s+(?:(?:entire|whole|"
                                r"overall|national|(?-i:[A-Z][\w.\-]*))\s+)?economy\b", I)
# another percent's own base in the same clause: "23.0 percent of on-budget spending, and 4.8 percent of the economy"
_OTHER_PCT_OF_BUDGET_RE = re.compile(r"\d\s*(?:%|percent|per\s+cent)\s+of\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                                     r"(?:budget|spending)\b", I)


# "The Ministry of Defence budget for Civil Aid": a line of the budget named after "budget for"
# "... fifth in Sub-Saharan Africa behind Sudan on $4.3 billion": the country the ranked one comes after, and its money
_RANKED_BEHIND_RE = re.compile(r"\b(?:behind|after|below|trailing)\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s+"
                               r"(?:on|with|at)\s+" + HEDGE + r"$")
_RANKING_RE = re.compile(r"\b(?:places?|placed|placing|ranks?|ranked|ranking|puts?|putting|sits?|comes?|came)\s+"
                         r"(?:[\w.'-]+\s+){0,3}?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b", I)
_REGION_SPENDING_RE = re.compile(
    r"\b(?:global|world|worldwide|world's|international|European|Asian|African|Latin\s+American|Middle\s+Eastern|regional)\s+"
    r"(?:military\s+|defen[cs]e\s+)(?:spending|expenditures?|budgets?|outlays)\b", I)
# "seek a record $6.7 billion in additional defense spending": money on top of the budget
_ADDITIONAL_SPENDING_AFTER_RE = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?(?:in|of)\s+(?:additional|extra|supplementary|supplemental)\s+"
                                           r"(?:defen[cs]e|military)\s+(?:spending|funding|budget|outlays?)\b", I)
_TWO_WORD_VERBS = frozenset({"go", "goes", "gone", "went", "going", "edge", "edges", "edged", "edging",
                             "inch", "inches", "inched", "inching"})
_ASIDE_END_RE = re.compile(r"\s[-\u2013\u2014]\s|;")
_AS_ITS_DEFENSE_BUDGET_RE = re.compile(r"\s+as\s+(?:its|the|their|the\s+country's|the\s+nation's)\s+(?:annual\s+|total\s+|new\s+)?"
                                       r"(?:defen[cs]e|military)\s+(?:budget|spending|allocation)\b", I)
_BUDGET_FOR_OTHER_RE = re.compile(
    r"\bbudget\s+for\s+(?!(?i:(?:the\s+|its\s+|their\s+|our\s+)?(?:country's\s+|nation's\s+)?(?:defen[cs]e|military|armed|army|national\s+security|"
    r"ministry\s+of\s+(?:national\s+)?defen[cs]e|department\s+of\s+defen[cs]e|pentagon|security|fiscal|financial|next|this|the\s+coming|"
    r"the\s+current|the\s+new|the\s+year|(?:19|20)\d\d|fy|\d)))(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?:is|was|will|would|stands|of|at|to|"
    r"has|had|rose|fell|expected|set|decreas\w*|increas\w*)\b", 0)


_SPENT_ON_DEFENSE_AFTER_RE = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?(?:(?:is|are|was|were|will\s+be|to\s+be)\s+)?(?:spent|allocated|earmarked|"
                                        r"set\s+aside|used)\s+(?:for|on|to)\s+(?:the\s+)?(?:national\s+)?(?:defen[cs]e|military|armed)", I)


_WHOLE_BUDGET_AFTER_RE = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?(?:[\w-]+\s+)?budget\b", I)
# "The Defense Department called for a $961.6 billion budget", "DND's P265.10B proposed 2025 budget"
_OWN_BUDGET_AFTER_RE = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?(?:(?:proposed|approved|draft|annual|revised|record|"
                                  r"(?:19|20)\d\d|fy\s*\d{2,4}|\d{4}/\d{2,4})\s+){0,2}budget\b", I)


_HYPOTHETICAL_BEFORE_RE = re.compile(r"\bwould\s+(?:mean|require|cost|need|take)\b[^.;]{0,40}$", I)


# "defence is projected to have $96.5 billion to spend"
_TO_SPEND_AFTER_RE = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?(?:a\s+year\s+|annually\s+)?to\s+spend\b", I)


# "compared to the previous year's budget, which was around 16 billion dollars"
_PREVIOUS_BUDGET_WAS_RE = re.compile(r"\b(?:previous|last|prior)\s+year's\s+(?:budget|allocation|spending),?\s+(?:which|that)\s+"
                                     r"(?:was|stood\s+at|totall?ed|amounted\s+to)\s+" + HEDGE + r"$", I)


# "totaled 50.15 trillion won, up from this year's 46.7 trillion": the level, compared with an earlier one
_UP_FROM_RE = re.compile(r"\s*,?\s*(?:up|down)\s+from\b", I)


# "Compared to six years ago, the allocation is an increase of around 47 percent": a change over years
_YEARS_AGO_RE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years\s+(?:ago|earlier|before)\b", I)


# "which includes expenditures for veteran affairs and the coast guard": what a total includes is not a part named
_INCLUDES_CLAUSE_RE = re.compile(r"\b(?:which\s+|that\s+)?includ\w*\s+[^.;]{0,100}?(?=,|$)", I)
# an aside closed by its comma, decimals allowed ("including a capital outlay of Rs 1.62 trillion, with ... 13% higher")
_INCLUDING_ASIDE_RE = re.compile(r"\b(?:which\s+|that\s+)?includ\w*\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,100}?(?=,)", I)


_ALLIANCE_AVERAGE_RE = re.compile(r"\b(?:nato|alliance|allies)\b[^.;]{0,40}?\baverag\w*\s+(?:stands\s+at\s+|is\s+|was\s+|of\s+|at\s+)?"
                                  + HEDGE + r"$", I)


# "The Defense Department on Thursday called for a $961.6 billion budget": a defense body's own budget
_OTHERS_BUDGET_BEFORE_RE = re.compile(r"\b(?:government|state|national|federal|total|overall|country's|nation's|general)\b", I)


_BENCHMARK_BEFORE_RE = re.compile(r"\b(?:international|global|world|regional|recommended)\s+(?:norm|benchmark|standard|average)\s+(?:of\s+)?"
                                  + HEDGE + r"$", I)


# "that growth, which amounts to $113.3 billion": the size of the change, not the level reached
_CHANGE_AMOUNTS_TO_RE = re.compile(r"\b(?:increase|rise|growth|hike|boost|cut|reduction|decrease|jump)\b[^.;\d]{0,40}?"
                                   r"\bamount(?:s|ed|ing)?\s+to\s+" + HEDGE + r"$", I)


# "The $2.9 billion funding proposed ... was lowered to $2.2 billion": a level, the one it changed from
_LEVEL_CHANGED_LATER_RE = re.compile(
    r"^[^.;$\d]{0,90}?\b(?:was|were|has\s+been|had\s+been|is|will\s+be|would\s+be)\s+(?:later\s+|then\s+|since\s+)?"
    r"(?:lowered|raised|cut|reduced|increased|trimmed|slashed|revised\s+(?:up|down)(?:wards?)?|brought\s+down|pared\s+back)"
    r"\s+to\s+" + HEDGE + r"(?:[$\u20ac\u00a3]|[A-Z]{1,3}\$?\s?)?\d", I)
# The rest of an amount after AMOUNT_RE's match: digits, its scale word and currency word ("50 trillion won")
_AMOUNT_TAIL_RE = re.compile(r"[\d.,]*\s*(?:billion|trillion|million|bn|tn|crore|lakh)?\s*(?:[a-z]+\s+)?"
                             r"(?:won|yen|dollars|euros|pesos|rupees|riyals|rials)?", I)
# "the 10-billion-peso budget cut": an amount naming a change of the budget, not the budget
_BUDGET_CHANGE_AFTER_RE = re.compile(r"\s*(?:[\w-]+\s+)?budget\s+(?:cut|cuts|increase|hike|boost|reduction|rise)\b", I)
_DEFENSE_ASIDE_RE = re.compile(r"\b(?:with|while|whereas|including|of\s+which)\s+(?:the\s+)?(?:country's\s+|nation's\s+)?"
                               r"(?:defen[cs]e|military|armed\s+forces)", I)
# "15 percent lower than budgeted", "drop by 15.4 percent compared to the projected spend": execution against the plan
_AGAINST_PLAN_AFTER_RE = re.compile(r"\s*(?:(?:lower|higher|less|more|short)\s+than\s+(?:what\s+was\s+|originally\s+|the\s+)?"
                                    r"(?:budgeted|planned|projected|forecast|allocated)\b"
                                    # (a cut "compared to the planned expenditure" is a revised budget: kept as a change)
                                    r"|(?:compared\s+(?:to|with)|against|relative\s+to)\s+(?:the\s+)?(?:projected|forecast|budgeted)\s+"
                                    r"(?:spend\w*|amount|level|figure)\b)", I)
# "decreased by 6.3 percent in the first half of this year": part of a year
_PART_YEAR_AFTER_RE = re.compile(r"\s*(?:[\w-]+\s+){0,2}?in\s+the\s+(?:first|second|third|last|past)\s+(?:half|quarter|three\s+months|"
                                 r"six\s+months|nine\s+months)\b", I)
# "an overall deficit of SAR118 billion ..., up from SAR80.9 billion": the sentence is about the fiscal balance
_FISCAL_BALANCE_RE = re.compile(r"\b(?:deficit|surplus|debt|borrowing|revenues?)\b", I)
# "while the Pakistan Air Force and Pakistan Navy received Rs. 368.5 billion": the services' own shares
_SERVICE_RECEIVED_RE = re.compile(r"\b(?:army|navy|air\s+force|marines?|marine\s+corps|coast\s+guard)\s+(?:(?:and|&)\s+(?:[\w-]+\s+){0,2}?"
                                  r"(?:army|navy|air\s+force|marines?)\s+)?(?:received|receives?|gets?|got|was\s+allocated|were\s+allocated|"
                                  r"was\s+given|were\s+given)\s+" + HEDGE + r"$", I)
# "social security spending of around 38.3 trillion yen": another sector, even in a budget that includes defense
_OTHER_SECTOR_SPENDING_RE = re.compile(r"\b(?:social\s+security|social|welfare|health(?:\s*care)?|education|pensions?|infrastructure)\s+"
                                       r"(?:spending|expenditures?|budget|outlays?)\s+(?:of|at|was|is|will\s+be|totall?ing|reached)\s+"
                                       + HEDGE + r"$", I)
_EXTRA_SHARE_BEFORE_RE = re.compile(r"\b(?:extra|additional|further|another|an\s+increase\s+of|a\s+rise\s+of|a\s+boost\s+of)\s+" + HEDGE + r"$", I)
_TOPPING_BY_RE = re.compile(r"\b(?:topp\w+|exceed\w*|surpass\w*|outstrip\w*|over)\b[^.;\d]{0,60}?\bby\s+" + HEDGE + r"$", I)
_PRONOUN_SUBJECT_RE = re.compile(r"\s*(?:it|this|that)\s+(?:is|was|marks|represents)\s+an?\s+(?:increase|rise|hike|jump|cut|decrease|reduction)\b", I)
# "marks an increase of 7.7 percent": a change, whatever GDP the sentence names later
_CHANGE_OF_BEFORE_RE = re.compile(r"\b(?:increase|rise|growth|hike|jump|decrease|cut|drop|reduction)\s+of\s+" + HEDGE + r"$", I)


# Every pattern above behind a lookahead of the characters its matches begin with: the same matches, faster.
gate_all(globals())
