"""Stage 3, classification of money: a defense budget, a change of one in an amount, or neither, and why not. Negative
evidence wins: aid, contracts, national budgets, components, plans, multi-year totals and exchange rates are never the
budget. (Percentages: ``budget_percents``; the patterns both read beside the shared vocab: ``budget_patterns``.)"""

from __future__ import annotations

import re

from dashboard.extraction import budget_cues as bc
from dashboard.extraction import budget_included as bi
from dashboard.extraction import budget_patterns as bp
from dashboard.extraction import budget_rows as br
from dashboard.extraction import budget_scope as bs
from dashboard.extraction import budget_totals as bt
from dashboard.extraction import not_the_budget as nb
from dashboard.extraction import region_totals as rt
from dashboard.extraction import tails
from dashboard.extraction.clauses import clause_around
from dashboard.extraction.context import MONEY_WHY, Context, reject
from dashboard.extraction.multi_year import MULTI_YEAR_BEFORE_RE, MULTI_YEAR_SENTENCE_RE, multi_year_after
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.services import one_service_named, service_gets_amount
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
    COMPARATIVE_AFTER_RE,
    COMPONENT_RE,
    DEFENSE_CTX_RE,
    FOR_DEFENSE_AFTER_RE,
    LEVEL_AFTER_CHANGE_RE,
    LEVEL_FROM_RE,
    LONG_RUN_RE,
    MONEY_NEGATIVE_AFTER_RE,
    MONEY_PURPOSE_AFTER_RE,
    MONEY_TOTAL_BEFORE_RE,
    OTHER_SUBJECT_RE,
    OUTLAY_AFTER_RE,
    PART_OF_RE,
    PLAN_AFTER_RE,
    RATE_RE,
    REQUEST_BEFORE_RE,
    SERVICE_RE,
    SPEND_THEN_AMOUNT_RE,
    SPENDING_PLAN_AFTER_RE,
)


def is_conversion(norm: str, prev: NumberMention | None, m: NumberMention) -> bool:
    """A figure in brackets restating the one before: "66.3 trillion won ($47.1 billion)"; not a rate ("(1 Euro - 117 Dinars)")."""
    if (prev is None or prev.kind != "money" or m.kind != "money" or m.value == 1 and bp.RATE_AFTER_RE.match(norm, m.end)
            or m.currency == prev.currency and abs(m.value - prev.value) > 0.01 * abs(prev.value)):  # ("$68m ($5m procurement)")
        return False  # (a different sum in the same money is a part; "Rs 1,41,703 crore (Rs 1,417.03 billion)" is the same)
    return bool(bp.IS_CONVERSION_RE1.fullmatch(norm[prev.end:m.start]))


_SPENDS_ON_DEFENSE_BEFORE_RE = re.compile(r"\b(?:spends?|spent|allocat(?:es|ed)|devot(?:es|ed)|dedicat(?:es|ed))\s+on\s+(?:its\s+|the\s+|their\s+)?"
                                          r"(?:military|army|armed\s+forces|defen[cs]e)(?:\s+and\s+security)?\s+(?:about\s+|some\s+|nearly\s+|around\s+)?$", re.I)


def money(ctx: Context, si: int, m: NumberMention) -> tuple[str, str] | None:
    """(metric, method) for a money figure, or None."""
    norm = ctx.norm
    sent = ctx.sentences[si]
    left_edge = m.hedge_start if m.hedge_start is not None else m.start
    before = norm[max(sent.start, left_edge - 160):left_edge]
    right = norm[m.end:min(sent.end, m.end + 300)]
    money_row = br.money_row(norm, before, left_edge, m.end)  # a row: "Budget: $1.51 billion"
    if "\n" in right and money_row:
        right = right[:right.index("\n")]  # an infobox row ends at its line ("Budget $1.51 billion (2021)[4]")
    tail = Tail(before)  # the word the number follows: gates the patterns that must end right before it
    if RATE_RE.match(right) or bp.MONEY_RE2.search(before[-40:]):
        return reject(ctx, 'an exchange rate')
    if included := bi.included_change(before, right):  # (budget_included: "cut 2.2 billion dollars in outlays, including 800 million dollars from the defence budget")
        return ("budget_change_amount", "budget:defence-part-of-a-cut") if included == "part" else reject(ctx, "a change of every ministry's or the whole budget, its defence part apart")
    as_budget = bp.AS_ITS_DEFENSE_BUDGET_RE.match(right)  # "an allocation of N1.25 trillion as its defence budget"
    if not as_budget and (MONEY_NEGATIVE_AFTER_RE.match(right) or tail.admits(tails.PART_OF, 60) and PART_OF_RE.search(before[-60:])
                          or tail.admits(tails.MONEY_TOTAL_BEFORE, 130) and MONEY_TOTAL_BEFORE_RE.search(before[-130:]) and not bt.own_total(before, right)
                          or bs.national_total(before, right) and not bt.own_total(before, right) or nb.OF_WHICH_AFTER_RE.match(right) and not BUDGET_BEFORE_RE.search(before[-60:])):
        return reject(ctx, 'money for aid, contracts, a national budget, GDP or a part of something')
    if rt.world_or_region_total(ctx, si, m, left_edge):
        return reject(ctx, "a world or regional total ('global defence spending'), not one country's")
    if bp.ADDITIONAL_SPENDING_AFTER_RE.match(right) or bs.beside_the_budget(before) or ctx.says(si, nb.PPP_RE):
        return reject(ctx, nb.PPP_WHY if ctx.says(si, nb.PPP_RE) else "additional or supplementary spending on top of the budget, not the budget")
    multi = multi_year_after(right)  # (not "2.7 billion kronor annually for 2018-2020", nor the fiscal year "2002-2003")
    if multi and not bp.AMOUNT_RE.search(right, bi.bracket_end(right), multi.end()) or bp.SPAN_OPENS_RE.match(
            norm, sent.start, left_edge) and not bc.EACH_YEAR_AFTER_RE.match(right):  # ("Between 1989 and 1993, Codelco provided more than US$1.2 billion")
        return reject(ctx, "a multi-year programme, not one year's budget")
    if bc.part_of_year(norm, m.end, sent.end) or bs.spent_to_date_before(before[-110:]) or nb.PER_DAY_AFTER_RE.match(right):
        return reject(ctx, "spending over part of a year ('in January-August', 'in the first half', 'Shs 672m every day'), not the year's budget")
    if MULTI_YEAR_BEFORE_RE.search(before[-160:]) and not bc.EACH_YEAR_AFTER_RE.match(right) or PLAN_AFTER_RE.match(right) or bp.CAP_BEFORE_RE.search(before[-40:]):  # (not "since 1999 ... $108 million annually")
        return reject(ctx, "the amount of a plan or programme, not one year's budget")  # (over several years, or a spending ceiling)
    defense_here = ctx.says(si, DEFENSE_CTX_RE)
    budget_here = ctx.says(si, BUDGET_CTX_RE)
    defense_near = defense_here or ctx.says(si - 1, DEFENSE_CTX_RE) or budget_here and bs.the_budget_refers_back(ctx, si, left_edge)
    if not (defense_near or ctx.says(si - 2, DEFENSE_CTX_RE) or ctx.in_lede(DEFENSE_CTX_RE) or money_row):
        return reject(ctx, "no defense word in this sentence, the two before or the article's opening")
    if defense_near and (bc.BRINGING_BUDGET_TO_AFTER_RE.match(right) or bs.CHANGE_AMOUNTS_TO_RE.search(before[-70:])):
        return "budget_change_amount", "budget:bringing-budget-to"  # ("NIS 15 billion ..., bringing the defense budget to")
    if (defense_near and bp.RANKED_BEHIND_RE.search(before[-70:]) and bp.RANKING_RE.search(norm, sent.start, left_edge)
            and not MONEY_NEGATIVE_AFTER_RE.match(right)):
        return "defense_budget", "budget:ranked-behind"  # "place Kenya fifth, behind Sudan on $4.3 billion"
    if (OTHER_SUBJECT_RE.match(norm, sent.start, sent.end) and not DEFENSE_CTX_RE.search(norm, sent.start, left_edge)
            and not bp.SPENT_ON_DEFENSE_AFTER_RE.match(right) and not nb.UNDER_DEFENCE_ITEM_RE.match(right)):
        return reject(ctx, "the sentence is about the whole state budget or another sector")
    if bp.WHOLE_BUDGET_AFTER_RE.match(right) and not BUDGET_AFTER_RE.match(right) and _DEFENSE_AMOUNT_LATER(ctx, m, sent) \
            and not DEFENSE_CTX_RE.search(norm, sent.start, left_edge):
        return reject(ctx, "the whole budget, of which a later amount is defense's")  # "a 513 trillion won budget ..., allocating 50 trillion won for defense"
    if bp.OTHER_SECTOR_SPENDING_RE.search(before[-70:]) or bc.NATIONAL_SECURITY_BUDGET_RE.search(before[-70:]) or bs.security_with_police(ctx, si, before[-70:]) or bt.that_of_other_body(before[-100:]) or bs.other_budget_changed(before[-90:]) or bs.to_security_ministry(right):
        return reject(ctx, "another sector's spending ('social security spending of')")
    if bp.HYPOTHETICAL_BEFORE_RE.search(before[-60:]) or bs.COUNTERFACTUAL_RE.match(norm, sent.start, left_edge) or right[:2].strip().startswith("?"):  # ("A defence budget of 30 billion?")
        return reject(ctx, "a hypothetical amount ('would mean spending')")
    line_for = bp.BUDGET_FOR_OTHER_RE.search(norm, max(sent.start, left_edge - 120), left_edge)
    if line_for and not ctx.country_mentions(line_for.start("name"), line_for.end("name")):  # "budget for Algeria": its own
        return reject(ctx, "a defense budget's line for something else ('budget for Civil Aid')")
    clause_start, clause_end = clause_around(ctx, si, m, clauses_before=0)
    sentence_lead = norm[max(sent.start, left_edge - 200):left_edge]
    if (one_service_named(ctx, sentence_lead) and not bp.MONEY_RE4.search(sentence_lead) and not money_row
            or bp.SERVICE_RECEIVED_RE.search(before[-70:]) or service_gets_amount(norm, m.end, sent.end)):
        return reject(ctx, "one armed service's money (Army, Navy, Air Force): a component of the budget")
    if defense_here and (tail.admits(tails.DEFENSE_TAKES, 60) and bc.DEFENSE_TAKES_BEFORE_RE.search(before[-60:]) or bt.DEFENSE_ITEM_BEFORE_RE.search(before[-60:])) and not MONEY_PURPOSE_AFTER_RE.match(right):
        return "defense_budget", "budget:defense-takes-amount"  # "... to defence and security, with defence taking sh350b"
    lead = bs.after_last_amount(bs.after_whole_budget_changed(bc.after_comparison(bp.INCLUDES_CLAUSE_RE.sub(" ", sentence_lead[-160:])[-120:])))
    after_end = bc.comparison_cut(norm, m.end, min(bc.past_acronyms(norm, clause_end, sent.end), m.end + 100))  # not past "than"
    next_amount = bp.AMOUNT_RE.search(norm, m.end, after_end)  # (nor past another amount: what follows it is its own)
    after_end = next_amount.start() if next_amount else after_end
    whole = bt.WHOLE_LEAD_END_RE.search(lead[-16:]) and BUDGET_AFTER_RE.match(right) or bt.whole_budget(lead, right, before)  # "the largest item in the R48 billion defence budget"
    if not whole and (nb.in_breakdown(sentence_lead) or nb.mission_money(ctx, si) and not BUDGET_BEFORE_RE.search(before[-60:])) or not whole and not (lead.endswith(" and ") and FOR_DEFENSE_AFTER_RE.match(right) and "respectively" not in right[:120]) and (COMPONENT_RE.search(lead) or bp.CAPEX_RE.search(lead) or bt.component_named(norm, m.end, after_end, lead)
                      or bc.INCLUDED_ALLOCATION_BEFORE_RE.search(before[-160:]) or bt.purpose_list_after(norm, m.end, sent.end) or bt.of_the_total_before(before[-90:]) or bt.part_of_it_after(norm, m.end) or bt.line_changed(before[-130:])
                      or bp.CAPEX_AFTER_RE.search(norm, m.end, min(after_end, m.end + 60))):
        return reject(ctx, nb.MISSION_WHY if nb.mission_money(ctx, si) else "a line of the budget (capital outlay, pensions, R&D...) or another sector's money")
    if (defense_near and (bp.ADDITIONAL_BEFORE_RE.search(before[-80:]) or bp.EXTRA_INSIDE_RE.search(norm, m.start, m.end)) and not MONEY_PURPOSE_AFTER_RE.match(right)
            and not bp.MAYBE_BEFORE_RE.search(before[-60:]) and not bp.PROGRAM_RE.search(sentence_lead) and not nb.pledged_aid(ctx, si, before)
            and not SERVICE_RE.search(sentence_lead)):
        return "budget_change_amount", "budget:additional-amount"  # "allocated an additional R3.6 billion": an increase
    if bc.PART_OF_TOTAL_AFTER_RE.match(right):
        return reject(ctx, "a part of the total the sentence gives next ('with total defence spending at ...')")
    if bc.REVISION_AFTER_RE.match(right):
        return reject(ctx, "a revision of a figure stated before ('higher than previously stated'), not a change")
    hedges_next = bc.HEDGE_OF_NEXT_AMOUNT_RE.match(right)
    comparative = COMPARATIVE_AFTER_RE.match(right) if not (bp.UP_FROM_RE.match(right) or hedges_next) else None
    change_before = (tail.admits(tails.CHANGE_BEFORE_PCT, 90) and CHANGE_BEFORE_PCT_RE.search(before[-90:])
                     or bp.MONEY_RE5.search(before)
                     and (FOR_DEFENSE_AFTER_RE.match(right) or bp.MONEY_RE7.match(right)))
    change_after = c if not hedges_next and (c := bp.MONEY_RE1.match(right)) and (not c.group("cpct") or before.endswith((" a ", " an "))) else None  # ("an NT$18.3 billion, 5.6 percent increase", not "at X, 12% fall")
    budget_near = budget_here or ctx.says(si - 1, BUDGET_CTX_RE)
    if AMOUNT_THEN_SHARE_RE.match(right) and (defense_near or ctx.says(si - 2, DEFENSE_CTX_RE) or ctx.in_lede(DEFENSE_CTX_RE)):
        return "defense_budget", "budget:amount-then-share-of-gdp"
    level_after_change = tail.admits(tails.LEVEL_AFTER_CHANGE, 130) and LEVEL_AFTER_CHANGE_RE.search(before[-130:]) or (
        norm.startswith(("up to", "Up to"), left_edge) and not before.endswith("by ") and LEVEL_AFTER_CHANGE_RE.search(before[-130:] + "to "))  # "by 7.2%, up to"
    level_from = tail.admits(tails.LEVEL_FROM, 100) and LEVEL_FROM_RE.search(before[-100:])
    if not level_from and m.hedge_start is not None and m.hedge_start < m.start:
        # "an increase over Rs 1,804 billion": "over" read as the number's hedge is the link word here
        with_hedge = norm[max(sent.start, m.start - 100):m.start]
        level_from = Tail(with_hedge).admits(tails.LEVEL_FROM, 100) and LEVEL_FROM_RE.search(with_hedge)
    if (level_after_change or level_from or comparative or change_before or change_after) and (
            ctx.says(si, MULTI_YEAR_SENTENCE_RE) and not bs.years_belong_to_a_later_share(ctx, si, MULTI_YEAR_SENTENCE_RE, m.end)
            or ctx.finds(LONG_RUN_RE, clause_start, clause_end)):  # (the searches last)
        return reject(ctx, "a change, or the level it changed from, of a total over several years or since years ago")
    if budget_near and defense_near and bp.CHANGE_AMOUNTS_TO_RE.search(before[-80:]) and not bp.WITHOUT_CHANGE_RE.search(before[-80:]) \
            and not BUDGET_AFTER_RE.match(right):  # (but "the increase amounts to a record NT$586.3 billion defence budget")
        return "budget_change_amount", "budget:change-amounts-to"
    if budget_near and defense_near and level_after_change:
        changed = bp.CHANGE_IN_THING_RE.search(level_after_change.group(0))
        at = len(before) - len(before[-130:]) + level_after_change.start() + (changed.start() if changed else 0)
        if changed and not bp.BUDGET_THING_RE.search(changed.group("what")) and not bp.BUDGET_THING_RE.search(before, max(0, at - 25), at) or bt.whole_total_changed(before) or bt.line_changed(before[-130:]) or nb.change_of_a_cut(before) or nb.other_thing_reached(before):
            return reject(ctx, "the level reached by something other than defense spending ('a rise in oil revenues, which reached')")
        if bp.FIRST_TIME_AFTER_RE.match(right):
            return reject(ctx, "a threshold crossed ('reaching KRW40 trillion for the first time'), not the budget's level")
        if bp.THIS_FIGURE_RE.search(before) and ctx.says(si - 1, MULTI_YEAR_SENTENCE_RE):  # ("budget funds of around 16 billion
            return reject(ctx, "a multi-year programme, not one year's budget")  # euros over the next four years. Now this figure is to rise to")
        return "defense_budget", "budget:changed-to-level"
    if level_from and not (bt.whole_compared(before) or bt.compared_with_a_part(norm, sent.start, left_edge) or bt.line_changed(before[-130:])) and (defense_here or not (
            bp.OTHER_BODY_RE.search(norm, sent.start, left_edge) or bp.FISCAL_BALANCE_RE.search(norm, max(sent.start, left_edge - 300), left_edge))):
        return "defense_budget", "budget:changed-from-level"
    budget_here = budget_near  # "It is an increase of Rs 59,669 crore."
    if bp.TOPPING_BY_RE.search(before[-100:]) and budget_here and defense_near:
        return "budget_change_amount", "budget:change-amount"  # "topping last year's initial allocation by about ¥145 billion"
    if bp.PRONOUN_SUBJECT_RE.match(norm, sent.start, left_edge) and ctx.says(si - 2, DEFENSE_CTX_RE):
        defense_near = True  # "The Defence Budget ... is Rs X. The allocation for the same was Rs Y. It is an increase of Rs Z."
    if _MORE_WORD_RE.match(right) and bc.purpose_after(_MORE_WORD_RE.sub("", right, count=1)):
        return reject(ctx, "money for a purpose (to buy, for X): a component, not the budget")  # ("$100 million more to buy guns")
    if (comparative or change_before or change_after) and (budget_here or bp.MORE_FOR_DEFENSE_RE.match(right)) and defense_near:
        return ("budget_change_amount", "budget:change-amount") if not (bp.AGAINST_PLAN_AFTER_RE.match(right) or nb.change_of_a_cut(before) or nb.after_mission_money(ctx, si)) else reject(ctx, nb.MISSION_WHY if nb.after_mission_money(ctx, si) else "a difference from a plan or proposal ('600 million crowns higher than the original proposal'), or a change of a cut ('moderates the proposed cut by NIS 1b'): not a change")
    if MONEY_PURPOSE_AFTER_RE.match(right) and not BUDGET_AFTER_RE.match(right) and not FOR_DEFENSE_AFTER_RE.match(right):
        return reject(ctx, 'money for a purpose (to buy, for X): a component, not the budget')
    if BUDGET_AFTER_RE.match(right):  # ("Additional EUR 5 billion in defence spending": an increase)
        return ("budget_change_amount", "budget:additional-amount") if bs.EXTRA_BEFORE_RE.search(before[-40:]) or bp.PART_OF_INCREASE_BEFORE_RE.search(before[-130:]) or bs.NEW_SPENDING_AFTER_RE.match(right) else (
            "defense_budget", "budget:number-then-defense-budget")
    if bc.LEVEL_UP_FROM_AFTER_RE.match(right) and budget_near and defense_near and not comparative:
        return "defense_budget", "budget:level-up-from"  # "decided to give it Rp 127 trillion, up 16 percent from Rp 109 trillion"
    if (bp.OWN_BUDGET_AFTER_RE.match(right) and not bp.BUDGET_CHANGE_AFTER_RE.match(right)
            and DEFENSE_CTX_RE.search(norm, sent.start, left_edge)
            and not bp.OTHERS_BUDGET_BEFORE_RE.search(before[-40:]) and not bp.OTHERS_BUDGET_BEFORE_RE.match(right, 0, 30)
            and not (bp.AMOUNT_RE.search(norm, sent.start, left_edge) and not bp.OF_MINISTRYS_RE.search(before[-60:]) and not bt.ADDED_TO_ITS_RE.search(before[-50:]))):
        return "defense_budget", "budget:defense-body-budget"
    if budget_here and defense_near and SPENDING_PLAN_AFTER_RE.match(right) and _defense_owns(ctx, si, m, left_edge):
        return "defense_budget", "budget:amount-then-spending-plan"  # "The $849.8 billion proposed spending plan"
    if defense_here and bp.TO_SPEND_AFTER_RE.match(right):
        return "defense_budget", "budget:amount-to-spend"
    if defense_near and bp.PREVIOUS_BUDGET_WAS_RE.search(before[-90:]):
        return "defense_budget", "budget:previous-years-budget-was"
    if budget_here and defense_near and bp.LEVEL_CHANGED_LATER_RE.match(right):
        return "defense_budget", "budget:level-changed-later"
    if (bc.GOVERNMENT_SPENDS_BEFORE_RE.search(before[-60:]) and not DEFENSE_CTX_RE.search(norm, sent.start, left_edge)
            and not FOR_DEFENSE_AFTER_RE.match(right)):  # (but "aims to spend Rs2.122 trillion on defence")
        return reject(ctx, "what the whole government spends ('the government plans to spend 148.3 trillion pesos')")
    if defense_near and bc.ADDITIONAL_FUNDING_BEFORE_RE.search(before[-60:]) and not multi:
        return "budget_change_amount", "budget:additional-funding"  # "additional funding worth SEK 13 billion"
    if bs.gets_more(before, right, defense_near):
        return "budget_change_amount", "budget:defense-receives-more"  # "... receive NOK 11 billion more", "added to the budget"
    if (bc.MINISTRY_RECEIVED_BEFORE_RE.search(before[-50:]) and ctx.in_lede(DEFENSE_CTX_RE)
            and (ctx.says(si - 1, bc.MINISTRY_RE) or ctx.says(si, bc.MINISTRY_RE))):
        return "defense_budget", "budget:ministry-received"  # "The ministry habitually receives ... it received N.dollars 6 billion"
    if bc.DEFENSE_BODY_SPENT_BEFORE_RE.search(before[-90:]) and not bc.PART_OF_TOTAL_AFTER_RE.match(right):
        return "defense_budget", "budget:defense-body-spent"  # "the Defence Ministry spent, in 2009, R$ 47.13 billion"
    if (bc.SPENDER_AT_BEFORE_RE.search(before[-70:]) or bc.SPENDING_OF_BEFORE_RE.search(before[-40:]) and bc.SPENDER_LATER_RE.search(
            norm, m.end, sent.end)) and (defense_near or ctx.in_lede(DEFENSE_CTX_RE)):
        return "defense_budget", "budget:spender-at"  # "Saudi Arabia is still the biggest spender at $55.6 billion"
    if bc.ALLOCATES_TO_DEFENSE_BEFORE_RE.search(before[-70:]):
        return "defense_budget", "budget:allocates-to-defense"  # "The project allocates to the Defense area 2.3 trillion pesos"
    if tail.admits(tails.WITH_BUDGET_OF, 60) and bc.WITH_BUDGET_OF_BEFORE_RE.search(before[-60:]) and bc.DEFENSE_BODY_AFTER_RE.match(norm, m.end, sent.end):
        return "defense_budget", "budget:with-budget-of-defense-body"  # "With a budget of P5.7 billion, the BDF ..."
    if tail.admits(tails.MONEY_INTO_DEFENSE, 90) and bc.MONEY_INTO_DEFENSE_BEFORE_RE.search(before[-90:]) and not multi:
        return "defense_budget", "budget:money-into-defense"  # "pouring money into defense - more than 60 trillion won"
    if tail.admits(tails.CHANGE_OF_BUDGET_APPOSITION, 90) and bc.CHANGE_OF_BUDGET_APPOSITION_RE.search(before[-90:]):
        return "budget_change_amount", "budget:change-then-amount"  # "an increase in the defense budget - nearly 100 billion tenge"
    if before.endswith(("by ", "by about ", "by some ", "by nearly ", "by around ")) and bc.EXCEEDS_BUDGET_BY_RE.search(before[-90:]):
        return "budget_change_amount", "budget:exceeds-budget-by"  # "This amount exceeds the 2012 military budget by $9 million"
    if tail.admits(tails.BUDGET_BEFORE) and (BUDGET_BEFORE_RE.search(before) or "includ" in before and BUDGET_BEFORE_RE.search(bp.INCLUDING_ASIDE_RE.sub(" ", before))) or bs.year_budget(ctx, si, before, right) or bt.ministry_budget(ctx, si, before, right):
        return "defense_budget", "budget:defense-budget-of-number"
    if defense_near and bp.ALLOCATED_TO_DEFENSE_WITH_RE.search(before):
        return "defense_budget", "budget:allocated-to-defense-with"
    if defense_near and (bp.BASE_BUDGET_BEFORE_RE.search(before[-90:]) or bp.BASE_BUDGET_AFTER_RE.match(right)
                         or budget_near and bp.FISCAL_YEAR_FIGURE_BEFORE_RE.search(before[-60:])):
        return "defense_budget", "budget:base-budget"
    passive = BUDGET_PASSIVE_AFTER_RE.match(right)  # (a dollar amount closing a bracket is a conversion of the one before)
    if passive and not (right.startswith(")") and m.currency == "USD") and not bp.NEXT_ALLOCATION_RE.search(right, 0, 160):
        return ("budget_change_amount", "budget:additional-amount") if bs.EXTRA_BEFORE_RE.search(before[-40:]) or bp.PART_OF_INCREASE_BEFORE_RE.search(before[-160:]) else (  # ("An additional
            "defense_budget", "budget:earmarked-for-defense")  # €55 million has been provided to the Defence Forces": an increase)
    if _SPENDS_ON_DEFENSE_BEFORE_RE.search(before[-80:]):
        return "defense_budget", "budget:spends-on-defense-amount"  # "Oman, which spends on its army 8.3 billion dollars" (verb first)
    if FOR_DEFENSE_AFTER_RE.match(right) and not (passive and bp.NEXT_ALLOCATION_RE.search(right, 0, 160)) or defense_here and bc.ALLOCATED_UNDER_BUDGET_RE.match(right) or nb.UNDER_DEFENCE_ITEM_RE.match(right):
        return ("budget_change_amount", "budget:additional-amount") if bs.EXTRA_BEFORE_RE.search(before[-40:]) else ("defense_budget", "budget:number-for-defense")
    if budget_here and defense_near and bp.MONEY_RE3.match(right):
        return "defense_budget", "budget:number-the-government-proposed"
    if money_row and (defense_near or ctx.in_lede(DEFENSE_CTX_RE) or br.in_military_table(norm, m.start)):
        return "defense_budget", "budget:table-row"
    if budget_here and defense_near and tail.admits(tails.REQUEST_BEFORE, 90) and REQUEST_BEFORE_RE.search(before[-90:]):
        return "defense_budget", "budget:asked-for-amount"
    if (defense_near and OUTLAY_AFTER_RE.match(right) and _defense_owns(ctx, si, m, left_edge)
            and not bp.AMOUNT_RE.search(norm, sent.start, left_edge)
            and not bp.AMOUNT_RE.search(norm, m.end + (right.find(")") + 1 if right.lstrip().startswith("(") else 0), sent.end)):
        return "defense_budget", "budget:amount-then-outlay"
    if ((defense_near and (tail.admits(tails.SPEND_THEN_AMOUNT, 120) and SPEND_THEN_AMOUNT_RE.search(before[-120:])
                           or tail.admits(tails.REPORTED_AS, 80) and bc.REPORTED_AS_RE.search(before[-80:]))
         or (defense_near or ctx.in_lede(DEFENSE_CTX_RE)) and bp.COUNTRY_SPENT_RE.search(before[-60:]) and not (bc.purpose_after(right) or bp.SPENT_TO_DO_AFTER_RE.match(right)))
            and not bt.other_amount_since_defense(ctx, si, left_edge)
            and (DEFENSE_CTX_RE.search(norm, sent.start, left_edge) or not defense_here) and not ctx.finds(COMPONENT_RE, sent.start, min(left_edge, sent.start + 80))):
        if (bp.FIRST_TIME_AFTER_RE.match(right) or bc.REPEATEDLY_BEFORE_RE.search(before[-40:]) or "first time" in before[-120:]) and bc.PASSES_MARK_BEFORE_RE.search(before[-40:]):
            return reject(ctx, "a threshold crossed ('to exceed 50 trillion won for the first time'), not the budget's level")
        return "defense_budget", "budget:spending-is-amount"
    if budget_here and defense_near and (BUDGET_VERB_BEFORE_RE.search(before[-90:]) or bp.MONEY_RE6.search(before)
                                         or bc.GIVEN_AFTER_RE.match(right)) and (
            DEFENSE_CTX_RE.search(norm, sent.start, left_edge) or ctx.says(si - 1, DEFENSE_CTX_RE)) and not (
            bp.AMOUNT_RE.search(norm, sent.start, left_edge) and not DEFENSE_CTX_RE.search(norm, clause_start, left_edge) or bc.purpose_after(right)
            or bt.other_body_subject(norm, sent.start, left_edge) or nb.whole_budget_opening(norm, sent.start, left_edge, m.end)):
        # ("the KDF will be allocated Sh144.9 billion, ... and the NIS was allocated Sh44.3 billion": each allocation in a list belongs to the body its own clause names)
        # (a defense word only after the amount names something else: "a draft budget of 110 trillion yen ..., with defense spending at a record high")
        return "defense_budget", "budget:budget-verb-in-defense-sentence"
    return reject(ctx, MONEY_WHY)


def _DEFENSE_AMOUNT_LATER(ctx: Context, m: NumberMention, sent: Sentence) -> bool:  # noqa: N802 - reads as a rule
    """True when a later amount is defense's ("a 513 trillion won budget ..., allocating 50 trillion won for defense")."""
    for later in bp.AMOUNT_RE.finditer(ctx.norm, m.end, sent.end):
        tail = bp.AMOUNT_TAIL_RE.match(ctx.norm, later.end(), sent.end)
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
    return not bp.DEFENSE_ASIDE_RE.search(ctx.norm, m.end, sent.end)


_MORE_WORD_RE = re.compile(r"^\s*(?:more|extra|additional)\b", re.I)
