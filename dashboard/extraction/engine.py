"""The extraction pipeline: numbers -> candidates -> classification -> attribution -> year and stage."""

from __future__ import annotations

import bisect
import re

from dashboard.extraction import budget_parts, group_totals, summed_parts
from dashboard.extraction import countries as geo
from dashboard.extraction import shorthand as sh
from dashboard.extraction.actors import is_foe
from dashboard.extraction.assemble import make
from dashboard.extraction.attribution import HOME_SUBJECT_RE, find_owner, home_meant
from dashboard.extraction.budget_patterns import ALLIANCE_BUDGET_BEFORE_RE
from dashboard.extraction.budget_percents import direction_sign, percent, restated_sign
from dashboard.extraction.budgets import is_conversion, money
from dashboard.extraction.change_currency import to_level_currency_owner
from dashboard.extraction.clauses import states_nato_target
from dashboard.extraction.context import (
    LEADING_CLAUSE_RE,
    SCAN_LIMIT,
    Context,
    SentenceSubjects,
    is_dateline,
    reject,
)
from dashboard.extraction.deployment_lists import deployment_list_figures
from dashboard.extraction.deployment_tables import with_deployment_tables
from dashboard.extraction.focus import CHROME_RE, article_focus
from dashboard.extraction.followups import trends
from dashboard.extraction.garrison_frame import garrison_counts
from dashboard.extraction.home import home_country
from dashboard.extraction.home_currency import lend_home_currency
from dashboard.extraction.intro_lists import intro_list_figures
from dashboard.extraction.level_before import levels_before_up_from
from dashboard.extraction.military_civilian import total_with_civilians
from dashboard.extraction.number_context import carry_currency, row_percents
from dashboard.extraction.number_marks import not_a_head_count
from dashboard.extraction.numbers import NumberMention, find_numbers, normalize
from dashboard.extraction.personnel import personnel
from dashboard.extraction.personnel_moves import yearly_trainees
from dashboard.extraction.personnel_parts import part_of_a_deployment, part_of_count_after, total_a_part_is_out_of
from dashboard.extraction.personnel_scope import (
    contributor_host,
    mission_it_has,
    other_force_noun,
    pledged_or_reinforcing,
    potential_pool,
    strong_other_force,
    too_small_for_a_force,
)
from dashboard.extraction.personnel_sums import counts_places, cumulative_deployment, served_in_total
from dashboard.extraction.pipe_tables import pipe_table_figures
from dashboard.extraction.places import host_congo
from dashboard.extraction.plausibility import drop_implausible
from dashboard.extraction.prose_tables import table_figures
from dashboard.extraction.record import ArticleInfo, Figure
from dashboard.extraction.region_totals import nato_members_spending
from dashboard.extraction.relative_owner import compared, own_share_of_target
from dashboard.extraction.restated import (
    HEADLINE_WHY,
    body_overrules_headline,
    restated_budgets,
    restated_levels,
    restated_years,
    same_host_owner,
)
from dashboard.extraction.sentence_passes import sentence_passes
from dashboard.extraction.share_frames import owner_after
from dashboard.extraction.sibling_amounts import sibling_amounts
from dashboard.extraction.text import split_sentences
from dashboard.extraction.topic_figures import READ_AGAIN, topic_figures
from dashboard.extraction.trace import Decision, noted, record_trace
from dashboard.extraction.year_rows import year_list_figures


def extract_figures(text: str, info: ArticleInfo | None = None, trace: list[Decision] | None = None) -> list[Figure]:
    """Every defense figure stated in ``text``.

    >>> from datetime import date
    >>> figs = extract_figures("The U.S. has 28,500 troops stationed in South Korea.",
    ...                        ArticleInfo("a", date(2018, 6, 28)))
    >>> [(f.country_iso3, f.metric, f.value, f.host_iso3, f.year, f.quote) for f in figs]
    [('USA', 'troops_deployed', 28500.0, 'KOR', 2018, '28,500')]
    """
    info = info or ArticleInfo()
    norm = normalize(text)
    sentences = split_sentences(norm)
    numbers = row_percents(norm, carry_currency(norm, find_numbers(norm, normalized=True)))
    number_starts = [n.start for n in numbers]
    money_spans = [(n.start, n.end) for n in numbers if n.kind == "money"]
    money_starts = [a for a, _ in money_spans]

    def inside_money(pos: int) -> bool:  # "US$20.2 billion" is money, not a mention of the United States
        k = bisect.bisect_right(money_starts, pos) - 1
        return k >= 0 and money_spans[k][0] <= pos < money_spans[k][1]

    mentions = sh.member_asides(norm, sh.the_alliance(norm, sh.defined_forces(norm, sh.continents(norm, sh.defined_acronyms(norm, sh.congo_by_context(norm, sh.korean_shorthand(norm, sh.surnames(norm, [c for c in geo.gazetteer().find(norm) if not inside_money(c.start)]))))))))
    numbers = lend_home_currency(norm, sentences, numbers, main_country := article_focus(norm, sentences, mentions, numbers, info), info.published.year if info.published else None)  # (bare "12,800 million" in a Spanish paper on Spain: euros)
    def subject_of(i: int) -> tuple[str, bool]:
        sent = sentences[i]
        if _LINK_LINE_RE.match(norm, sent.start) or sent.end - sent.start < 120 and CHROME_RE.search(norm, sent.start, sent.end):
            return "", False  # "Read more | Army chief meets Saudi defence minister": another story's headline; a banner
        actors = [c for c in ctx.country_mentions(sent.start, sent.end) if not ctx.is_place(c) and not compared(ctx, sent.start, c) and not is_foe(norm, c)
                  and not (c.kind == "demonym" and _PREDICATE_BEFORE_RE.search(norm, max(sent.start, c.start - 30), c.start))  # ("is mainly American")
                  and not _REPORT_AFTER_RE.match(norm, c.end)  # ("The NATO report also showed that Romania ...": a source)
                  and norm.rfind("(", sent.start, c.start) <= norm.rfind(")", sent.start, c.start)  # ("(Mali, Niger and Chad)": an aside;
                  and norm.rfind("[", sent.start, c.start) <= norm.rfind("]", sent.start, c.start)]  # "[IISS, London, p. 445]": a citation)
        if actors:  # "Since Russia's attack on Ukraine, Romania has committed...": Romania
            lead = LEADING_CLAUSE_RE.match(norm, sent.start, sent.end)
            main_clause = [c for c in actors if lead and c.start >= lead.end()]
            if lead and not main_clause and _ACTOR_NOUN_AFTER_LEAD_RE.match(norm, lead.end(), sent.end):
                # "In response to the Chinese Communist Party's budget, Lai Ching-te said...": a person of the
                # article's own country speaks; the country of the leading clause is not the subject
                return "", False
            return (main_clause or actors)[0].iso3, False
        said = HOME_SUBJECT_RE.search(norm, sent.start, min(sent.end, sent.start + 120)) if ctx.home_country or main_country else None
        if said:
            # "the nation had 215,000 personnel" in a Taipei paper; "The island state's budget" in one about Singapore;
            # "the ministry" is the article's own, not the country the sentence before happened to name
            return home_meant(ctx, i, said.group(0)), True
        return "", False

    ctx = Context(norm, text, info, sentences, mentions, main_country, SentenceSubjects(subject_of, len(sentences)))
    home = home_country(info)
    # a publisher's country is "the nation" of its own stories, not of the wire copy it reprints about another
    # country ("Voice of Nigeria" on South Korea's army): it counts when the text names it, or names no country
    ctx.home_country = home if home and (not main_country or any(c.iso3 == home for c in mentions)) else ""
    ctx.dateline = next((c.iso3 for c in mentions[:1] if c.start < 40 and is_dateline(norm, c)), "")
    figures: list[Figure] = []
    cue_missing: list[tuple[int, NumberMention, str]] = []  # (rejected for a missing cue alone: a topic may license them)
    for s_index, sent in enumerate(sentences):
        lo, hi = bisect.bisect_left(number_starts, sent.start), bisect.bisect_left(number_starts, sent.end)
        in_sentence = [n for n in numbers[lo:hi] if n.end <= sent.end and n.kind != "year"]
        sentence_figures: list[Figure] = []
        prev: NumberMention | None = None
        # "... would receive LE2.1 billion. The amount was 22 percent higher": the amount just stated, and its owner
        prev_fig = figures[-1] if figures and s_index and _AMOUNT_BACK_RE.match(norm, sent.start) and figures[-1].metric == "defense_budget" \
            and figures[-1].start >= sentences[s_index - 1].start else None
        line_end = -1  # the end of the last amount read as a line of the budget ("the equipment item ... to 124.8 billion")
        for m in in_sentence:
            ctx.why = ""
            fig = classify(ctx, s_index, m, prev, prev_fig)
            if fig is None and m.kind == "money" and ctx.why.startswith(LINE_WHY):
                line_end = m.end
            elif (fig is not None and fig.metric == "defense_share_gdp_pct" and line_end >= 0
                  and _SHARE_OF_LINE_GAP_RE.fullmatch(norm, line_end, m.start)):
                fig = reject(ctx, "the share of GDP of the budget line just before it ('124.8 billion dirhams, 9.6% of GDP')")
            elif (fig is not None and fig.metric == "budget_change_amount" and line_end >= 0
                  and _CHANGE_OF_LINE_GAP_RE.fullmatch(norm, line_end, m.start)):
                fig = reject(ctx, "the change of the budget line just before it ('46.9 billion ..., which is 3.6 billion more')")
            if trace is not None and fig is None:
                trace.append(Decision(m, None, ctx.why or "not a figure"))
            if fig is None and ctx.why in READ_AGAIN:
                cue_missing.append((s_index, m, ctx.why))
            if fig:
                if fig.metric == "troops_deployed" and fig.host_iso3 and fig.method.endswith(("(previous)", "(article)")):
                    fig = same_host_owner(fig, figures)
                sentence_figures.append(fig)
                prev_fig = fig
            prev = m
        if in_sentence:  # (the four read the sentence's numbers: a sentence without any has nothing for them)
            # a ranking runs over several sentences ("Brazil leads with $26.1 billion. ... Colombia follows with $10 billion.
            # Chile, $5.7 billion. Mexico figures in fourth place with $5.5 billion"): the three sentences before can anchor it
            previous = [f for f in figures[-SCAN_LIMIT:] if s_index and f.start >= sentences[max(0, s_index - 3)].start]
            sentence_passes(ctx, s_index, in_sentence, sentence_figures, previous)
        if not any(f.metric in ("defense_budget", "budget_change_pct", "budget_change_amount", "defense_share_gdp_pct")
                   for f in sentence_figures):
            sentence_figures.extend(trends(ctx, s_index))
        figures.extend(sentence_figures)
    taken = {f.start for f in figures}
    figures.extend(f for f in table_figures(ctx, numbers, main_country) if f.start not in taken)
    taken |= {f.start for f in figures}
    figures = with_deployment_tables(ctx, numbers, figures + [f for f in pipe_table_figures(ctx, numbers) + intro_list_figures(
        ctx, numbers) if f.start not in taken])  # (a deployment table row's own host and owner win over a sentence rule's)
    figures.extend(deployment_list_figures(ctx, numbers, main_country, figures) + year_list_figures(ctx, numbers, figures))  # (a mission row's own host wins)
    figures.extend(sibling_amounts(ctx, cue_missing, figures))  # (the other years of a budget series read in a sentence)
    figures.extend(topic_figures(ctx, cue_missing, figures))  # (last: every other reading wins)
    figures.sort(key=lambda f: f.start)
    restated_budgets(ctx, numbers, figures)
    restated_levels(ctx, numbers, figures)
    levels_before_up_from(ctx, numbers, figures)
    noted(trace, body_overrules_headline(ctx, numbers, figures), HEADLINE_WHY)
    restated_years(ctx, figures)
    year = info.published.year if info.published else None
    noted(trace, drop_implausible(garrison_counts(ctx, figures, year), numbers, year))
    noted(trace, summed_parts.drop_summed_parts(ctx, numbers, figures), summed_parts.WHY)
    noted(trace, budget_parts.drop_budget_parts(numbers, figures), budget_parts.WHY)
    noted(trace, group_totals.drop_group_totals(ctx, numbers, figures), group_totals.WHY)
    if trace is not None:
        record_trace(trace, numbers, figures, ctx.dropped)
    return figures


_REPORT_AFTER_RE = re.compile(r"(?:'s)?\s+(?:report|reports|figures|data|estimates|statistics)\b", re.I)
_PREDICATE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were)\s+(?:[\w-]+\s+(?:and|or)\s+)?(?:(?:mainly|mostly|largely|chiefly|partly|all|entirely)\s+)?$", re.I)  # a trait, not an actor
_LINK_LINE_RE = re.compile(r"\s*(?:read\s+more|also\s+read|read\s+also|related(?:\s+stories)?|see\s+also|more\s+on\s+this)\b\s*[|:]",
                           re.IGNORECASE)
LINE_WHY = "a line of the budget"
_CHANGE_OF_LINE_GAP_RE = re.compile(r"[^.;]{0,50}?,\s*(?:which|this|that)\s+is\s+(?:about\s+|some\s+|around\s+|nearly\s+)?")
_SHARE_OF_LINE_GAP_RE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,\s*(?:about\s+|some\s+|around\s+)?")  # (not ", or 1.5 percent")


def classify(ctx: Context, si: int, m: NumberMention, prev: NumberMention | None,
              prev_fig: Figure | None) -> Figure | None:
    sent = ctx.sentences[si]
    if m.kind == "money" and is_conversion(ctx.norm, prev, m):
        if prev_fig is None or prev_fig.metric not in ("defense_budget", "budget_change_amount") or prev_fig.start != prev.start:
            return reject(ctx, "a conversion in brackets of an amount that is not a defense budget")
        fig = make(ctx, si, m, prev_fig.metric, prev_fig.country_iso3, "conversion", "budget:conversion-in-brackets",
                   sign=-1 if prev_fig.value < 0 else 1)  # (a cut converted is a cut)
        fig.year, fig.stage = prev_fig.year, prev_fig.stage
        return fig
    if m.kind == "count" and (why := not_a_head_count(ctx.norm, m)):
        return reject(ctx, why)
    if m.kind == "count":
        found = personnel(ctx, si, m)
        if not found:
            return None
        metric, owner, host, method, how = found
        contribution = contributor_host(ctx, si, m.hedge_start or m.start) if metric == "active_personnel" else None
        if contribution is not None:  # "Australia is the largest contributor to the Afghan operation with 1,550 soldiers"
            host, owner = contribution[0], contribution[1] or owner
            metric, method = "troops_deployed", method + "+contributor"
            if host == owner:
                return reject(ctx, "a contribution whose contributor could not be told from its host")
        host = host_congo(ctx.norm, host)
        if metric in ("troops_deployed", "active_personnel") and cumulative_deployment(ctx, si, m.start, m.end):
            return reject(ctx, "troops sent over many years, summed ('since 2006 has sent 10,000'): not a deployment now")
        if metric != "reserve_personnel" and served_in_total(ctx, si, m.hedge_start or m.start, m.end):
            return reject(ctx, "everyone who served in a mission or unit over its rotations, summed ('a total of 3,700 served in')")
        if method.startswith("personnel:noun-of-number") and counts_places(ctx, m.end):
            return reject(ctx, "counts bases, posts or places named after it ('at 60 military bases'), not people")
        if part_of_count_after(ctx, m.end):
            return reject(ctx, "a part of the count named right after it ('1,000 troops of the 5,000 contingent')")
        if metric == "active_personnel" and total_with_civilians(ctx, si, m.end):
            return reject(ctx, "a total broken down into military and civilian staff (or police, or paramilitaries): not the active strength")
        if metric in ("active_personnel", "troops_deployed") and other_force_noun(ctx, m.end, m.hedge_start if m.hedge_start is not None else m.start):
            return reject(ctx, "paramilitaries, gendarmes, police or border guards: a force beside the military")
        if total_a_part_is_out_of(ctx, si, m.hedge_start or m.start):
            return reject(ctx, "the total another count was taken out of ('2,900 troops out of a total 5,000'): a whole of several owners")
        if mission_it_has(ctx, si, m.hedge_start or m.start):
            return reject(ctx, "'It has N' after a sentence about a UN or AU mission: the mission's whole force")
        if metric == "troops_deployed" and part_of_a_deployment(ctx, si, m.hedge_start or m.start, m.end):
            return reject(ctx, "one unit of a deployment listed as what it consists of ('consists of a 300-strong air force contingent')")
        if metric == "troops_deployed" and pledged_or_reinforcing(ctx, si, m.hedge_start or m.start, m.end):
            return reject(ctx, "troops pledged, or sent to reinforce a deployment ('reinforces the mission with 150'): not its level")
        if potential_pool(ctx, m.end):
            return reject(ctx, "potential, possible or eligible soldiers: a pool who could be called, not a strength")
        if metric == "troops_deployed" and yearly_trainees(ctx, si, m.end):
            return reject(ctx, "people who train in the host each year or are trained there, or served there over years: not a force stationed there")
        if metric == "active_personnel" and method.startswith("personnel:strong") and strong_other_force(ctx, m.end):
            return reject(ctx, "a '-strong' paramilitary, guard, police or standby force, not the military")
        if metric == "active_personnel" and too_small_for_a_force(ctx, si, m.start, m.value, owner):
            return reject(ctx, "under 1,000 with no whole force named: a unit, rank group or contingent, not the active force")
        return make(ctx, si, m, metric, owner, how, method, host=host)
    if m.kind == "money":
        found = money(ctx, si, m)
        if not found:
            return None
        metric, method = found
        if metric == "defense_budget" and abs(m.value) < 1e6:
            return reject(ctx, "too small for a defense budget in any currency: a scale word is probably missing")
        bound = []
        if method == "budget:ranked-behind":  # the country named right before "on $4.3 billion" owns it
            bound = [c for c in ctx.country_mentions(max(sent.start, m.start - 70), m.start) if c.kind != "alliance"][-1:]
        owner, how = find_owner(ctx, si, m, "", bound, currency=m.currency)
        if metric == "defense_budget" and ALLIANCE_BUDGET_BEFORE_RE.search(ctx.norm, max(sent.start, m.start - 120), m.start):
            owner, how = "NATO", "bound"
        if not owner:
            return reject(ctx, "no owner could be found")
        sign = 1 if metric != "budget_change_amount" else restated_sign(ctx, m, sent) if method == "budget:change-amounts-to" \
            else direction_sign(ctx, m, sent)  # ("a decrease of 9%, which is equivalent to 150 million": minus)
        return make(ctx, si, m, metric, owner, how, method, sign=sign)
    if m.kind == "percent":
        found = percent(ctx, si, m)
        if not found:
            return None
        metric, method = found
        bound = owner_after(ctx, m, metric)  # ("of Norway's GDP"; "43 percent in Paraguay")
        owner, how = find_owner(ctx, si, m, "", bound, sibling=prev_fig.country_iso3 if prev_fig else "")
        if method == "share:alliance-average" or (
                metric == "defense_share_gdp_pct" and how != "bound" and states_nato_target(ctx, si, m)
                and not own_share_of_target(ctx, si, m, owner)):
            owner, how = "NATO", "nato-target"
        elif metric in ("budget_change_pct", "defense_share_gdp_pct") and how != "bound" and nato_members_spending(ctx, si, m):
            owner, how = "NATO", "bound"
        owner, how = (owner, how) if owner or metric != "budget_change_pct" else (to_level_currency_owner(ctx, m), "currency")
        if not owner:
            return reject(ctx, "no owner could be found")
        sign = direction_sign(ctx, m, sent) if metric == "budget_change_pct" else 1
        return make(ctx, si, m, metric, owner, how, method, sign=sign)
    return reject(ctx, f"a bare {m.kind}: no unit that a defense figure has")




_AMOUNT_BACK_RE = re.compile(r"\W*(?:the|this|that)\s+(?:amount|figure|sum|allocation)\s+(?:was|is|represents|marks)\b", re.I)
# a main clause that opens on a named person ("..., Lai Ching-te mentioned", "..., President Lai said")
_ACTOR_NOUN_AFTER_LEAD_RE = re.compile(r"\s*(?:(?:president|premier|prime\s+minister|minister|chancellor|general|admiral)\s+)?(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z-]+){1,2})\s+(?:said|says|mentioned|noted|stated|told|added|argued|announced|warned|stressed)\b", re.I)
