"""The passes that read a sentence's numbers together, after each was classified alone: lists, breakdowns,
respectively-lists, series, rankings and follow-ups. Each adds or removes figures of the sentence; they run in this
order (a later pass sees what an earlier one made). The passes that read only head counts are skipped in a sentence
without one: most sentences of budget prose have none, and each pass costs a call and a look at every number."""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import how_found, make, read_neighbours
from dashboard.extraction.bracket_budgets import bracketed_budgets
from dashboard.extraction.bracket_hosts import bracketed_hosts, contributors_from, rehost_bracketed
from dashboard.extraction.budget_anaphora import anaphoric_levels
from dashboard.extraction.budget_series import budget_series
from dashboard.extraction.budgets import is_conversion
from dashboard.extraction.context import Context
from dashboard.extraction.contributed_out_of import contributed_out_of, of_the_total_are, of_which_from
from dashboard.extraction.contributor_items import contributor_items
from dashboard.extraction.count_lists import breakdown_items, count_lists, out_of_total
from dashboard.extraction.demonym_counts import demonym_counts
from dashboard.extraction.each_host import split_each_host
from dashboard.extraction.followups import follow_ups
from dashboard.extraction.group_shares import group_subject_shares
from dashboard.extraction.level_followups import level_followups
from dashboard.extraction.military_civilian import military_beside_civilians
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.ranked_strengths import ranked_strengths
from dashboard.extraction.record import Figure
from dashboard.extraction.respectively import respectively, shares_in_order
from dashboard.extraction.restated_counts import restated_counts
from dashboard.extraction.servicemen import servicemen_within_totals
from dashboard.extraction.share_lists import share_lists
from dashboard.extraction.strength_lists import METHOD as STRENGTH_LIST
from dashboard.extraction.strength_lists import strength_lists
from dashboard.extraction.unit_items import unit_items
from dashboard.extraction.year_adjust import align_change_years
from dashboard.extraction.year_lists import year_lists


def sentence_passes(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure],
                    previous: list[Figure]) -> None:
    """Run every pass over sentence ``si``'s numbers and its figures so far (``previous``: the figures of up to
    three sentences before, which a ranking or a follow-up may continue)."""
    counts = any(n.kind == "count" for n in numbers)
    follow_ups(ctx, si, numbers, figures, previous)
    if counts:
        bracketed_hosts(ctx, si, numbers, figures, previous)
    rehost_bracketed(ctx, si, numbers, figures)
    if counts and "from" in ctx.norm[ctx.sentences[si].start:ctx.sentences[si].end]:
        contributors_from(ctx, si, numbers, figures, previous)
    if si and previous and any(n.kind == "money" for n in numbers):
        anaphoric_levels(ctx, si, numbers, figures, previous)
    budget_series(ctx, si, numbers, figures)
    if any(n.kind == "money" for n in numbers):  # (a list needs two; the head of a ranked list stands alone)
        bracketed_budgets(ctx, si, numbers, figures)
    if counts:
        demonym_counts(ctx, si, numbers, figures)
        count_lists(ctx, si, numbers, figures)
        contributor_items(ctx, si, numbers, figures)
        military_beside_civilians(ctx, si, numbers, figures)
        out_of_total(ctx, si, numbers, figures)
        words = ctx.norm[ctx.sentences[si].start:ctx.sentences[si].end]
        if " out of " in words:
            contributed_out_of(ctx, si, numbers, figures)
        if " from " in words:
            of_which_from(ctx, si, numbers, figures)
        if len(numbers) > 1:
            of_the_total_are(ctx, si, numbers, figures)
    breakdown_items(ctx, si, numbers, figures, previous)
    respectively(ctx, si, numbers, figures)
    if any(n.kind == "percent" for n in numbers):
        shares_in_order(ctx, si, numbers, figures)
        share_lists(ctx, si, numbers, figures)
        group_subject_shares(ctx, si, numbers, figures, previous)
    year_lists(ctx, si, numbers, figures)
    if counts:
        if previous:
            unit_items(ctx, si, numbers, figures, previous)
        level_followups(ctx, si, numbers, figures, previous)
        ranked_strengths(ctx, si, numbers, figures)
        sent = ctx.sentences[si]
        if ctx.norm.find(":", sent.start, sent.end) >= 0 or previous and previous[-1].method.startswith(STRENGTH_LIST):
            strength_lists(ctx, si, numbers, figures, previous)  # (a colon list, or one going on)
        servicemen_within_totals(ctx, si, numbers, figures)
        if len(numbers) > 1 and figures:
            restated_counts(ctx, si, numbers, figures)
        if figures and ctx.norm.find("each", sent.start, sent.end) >= 0:
            split_each_host(ctx, si, numbers, figures)  # ("350 French troops each stationed in Libreville and Dakar")
    if si and previous and previous[-1].metric == "defense_share_gdp_pct":
        amount_of_share_before(ctx, si, numbers, figures, previous[-1])
        dated_shares_after_share(ctx, si, numbers, figures, previous[-1])
    if len(numbers) > 1 and any(f.metric == "defense_share_gdp_pct" for f in figures):
        dated_shares_later_here(ctx, si, numbers, figures)
    if len(numbers) > 1 and figures:
        bracket_conversions(ctx, si, numbers, figures)
        amount_after_share(ctx, si, numbers, figures)
    if len(figures) > 1 and any(f.metric.startswith("budget_change") for f in figures):
        align_change_years(ctx, si, figures, previous)


def bracket_conversions(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """The amount in brackets after a budget a pass read ("Angola $3 billion (Sh300 billion)"): its conversion, as
    the classifier reads one after a budget it read itself."""
    if len(numbers) < 2 or not any(f.currency for f in figures):
        return

    def read(fig: Figure, a: NumberMention, b: NumberMention) -> tuple[str, str, str, int, bool] | None:
        if fig.metric not in ("defense_budget", "budget_change_amount") or not is_conversion(ctx.norm, a, b):
            return None
        return fig.metric, "conversion", "budget:conversion-in-brackets", -1 if fig.value < 0 else 1, True
    read_neighbours(ctx, si, numbers, figures, read)


# "4.7% of GDP (2019 est.) (approximately $3.6 billion)": a factbook's share row with the amount it comes to in brackets
_SHARE_THEN_AMOUNT_RE = re.compile(r"\s*(?:of\s+(?:the\s+)?GDP\s*)?(?:\(\s*(?:19|20)\d\d(?:\s+est\.?)?\s*\)\s*)?\(\s*"
                                   r"(?:approximately\s+|approx\.\s*|about\s+|around\s+|roughly\s+|some\s+)?", re.IGNORECASE)

# "The military budget is 1.0% of national GDP (including pensions) or €3.317 billion (2023, without pensions)"
_SHARE_OR_AMOUNT_RE = re.compile(r"\s*of\s+(?:the\s+|its\s+|national\s+)?(?:GDP|gross\s+domestic\s+product)\s*(?:\([^()\d]{0,40}\)\s*)?,?\s*or\s+"
                                 r"(?:approximately\s+|about\s+|around\s+|roughly\s+|some\s+)?", re.IGNORECASE)
_SERVICE_RE = re.compile(r"\b(?:army|navy|air\s+force)\b", re.IGNORECASE)  # (one service's share and money: left to the money rules)
_MORE_AFTER_RE = re.compile(r"\s+(?:more|less|extra|additional|higher|lower)\b", re.IGNORECASE)  # ("or $5 billion more": a change)


def amount_after_share(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """The amount in brackets after a share of GDP the sentence gave (see _SHARE_THEN_AMOUNT_RE): the defence budget of
    the same country and year, when nothing else claimed the amount."""

    def read(fig: Figure, a: NumberMention, b: NumberMention) -> tuple[str, str, str, int, bool] | None:
        if (fig.metric != "defense_share_gdp_pct" or b.kind != "money"
                or not (_SHARE_THEN_AMOUNT_RE.fullmatch(ctx.norm, a.end, b.hedge_start if b.hedge_start is not None else b.start)
                        or _SHARE_OR_AMOUNT_RE.fullmatch(ctx.norm, a.end, b.hedge_start if b.hedge_start is not None else b.start)
                        and not _MORE_AFTER_RE.match(ctx.norm, b.end) and not _SERVICE_RE.search(ctx.norm, ctx.sentences[si].start, a.start))):
            return None
        return "defense_budget", how_found(fig), "budget:amount-after-share", 1, False
    read_neighbours(ctx, si, numbers, figures, read)


# "Portugal spends about 1.58% of GDP on defence. In 2024, this amounted to approximately 4.48 billion euros": the money
# the share of the sentence before comes to, the sentence opening on it
_SHARE_CAME_TO_RE = re.compile(r"\s*(?:(?:in|for)\s+(?:19|20)\d\d\s*,\s*)?(?:this|that|it)\s+(?:amounted|amounts|came|comes|"
                               r"translated|translates|corresponded|corresponds)\s+to\s+", re.IGNORECASE)


def amount_of_share_before(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure], share: Figure) -> None:
    """The amount a sentence opens with as what the defence share of GDP of the sentence before 'amounted to': that
    country's defence budget, when nothing else claimed the amount."""
    if share.start < ctx.sentences[si - 1].start:
        return
    m = next((n for n in numbers if n.kind == "money"), None)
    if m is None or any(f.start == m.start for f in figures):
        return
    if _SHARE_CAME_TO_RE.fullmatch(ctx.norm, ctx.sentences[si].start, m.hedge_start if m.hedge_start is not None else m.start):
        made = make(ctx, si, m, "defense_budget", share.country_iso3, "pair", "budget:amount-of-share-before")
        bisect.insort(figures, made, key=lambda f: f.start)


# "Greece spends more than 2% of GDP on defence. It used to be well above this mark: 4.3% in 2002 and 2.8% in 2008; in
# 2014, it stood at 2.2%": bare dated percents in the sentence after a share, pointing back to it, are that share's history
_DATED_AFTER_RE = re.compile(r"\s+(?:in|during|by)\s+(?:the\s+)?(?:19|20)\d\d\b(?!\s*(?:%|per\s*cent|percent))", re.IGNORECASE)
_DATED_BEFORE_RE = re.compile(r"\b(?:in|by)\s+(?:19|20)\d\d(?:\s*/\s*(?:19|20)?\d\d)?\s*,?\s*(?:it|the\s+(?:share|figure|ratio|level))\s+(?:stood|was|reached|fell|rose|dropped|climbed)"
                              r"(?:\s+(?:at|to))?\s+$", re.IGNORECASE)
_POINTS_BACK_RE = re.compile(r"\b(?:it|this|that|these|those|the\s+(?:share|figure|ratio|level|mark|percentage))\b", re.IGNORECASE)
_OTHER_BASE_RE = re.compile(r"\b(?:inflation|unemployment|growth|grew|interest|rates?|tax\w*|deficit|debt|yield|polls?|votes?|turnout|"
                            r"respondents|population|budget|revenue|exports?|imports?|increas\w*|ris(?:e|es|ing)|rose|fell|fall|cut|"
                            r"decreas\w*|declin\w*|jump\w*|drop\w*|went|goes|pensions?|salar\w*|of\s+(?:that|it|this))\b", re.IGNORECASE)


def dated_shares_later_here(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """"In 1989 the Defence Budget was 4,6% of the GDP, in 1997/1998 it was 1,6%": a bare percent dated and pointed back
    to ("in 1997/1998 it was") after a share of GDP read earlier in the same sentence is the same country's share then."""
    sent = ctx.sentences[si]
    share = next((f for f in figures if f.metric == "defense_share_gdp_pct" and f.start >= sent.start and f.country_iso3 not in ("", "NATO")), None)
    if share is None or _OTHER_BASE_RE.search(ctx.norm, share.end, sent.end):
        return
    _add_dated_shares(ctx, si, numbers, figures, share.country_iso3, share.end, dated_after=False)


def dated_shares_after_share(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure], share: Figure) -> None:
    """Bare percents each dated by a year ("4.3% in 2002", "in 2014, it stood at 2.2%") in a sentence that points back
    (see _POINTS_BACK_RE) to the share of GDP read in the sentence before: that country's share in those years, when
    the sentence names no other base or change and nothing else claimed them."""
    sent, before = ctx.sentences[si], ctx.sentences[si - 1]
    if share.start < before.start or not _POINTS_BACK_RE.search(ctx.norm, sent.start, sent.end) or _OTHER_BASE_RE.search(
            ctx.norm, sent.start, sent.end):
        return
    owner = share.country_iso3
    if owner == "NATO":  # (the alliance's guideline: "Greece is among the few members that stick to the rule ... at least 2%")
        owner = next((c.iso3 for c in ctx.country_mentions(before.start, before.end) if c.kind != "alliance" and not ctx.is_place(c)), "")
    if not owner:
        return
    _add_dated_shares(ctx, si, numbers, figures, owner, sent.start, dated_after=True)


def _add_dated_shares(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure], owner: str, start: int,
                      dated_after: bool) -> None:
    """Add as ``owner``'s shares of GDP the bare percents (up to 15) from ``start`` on that nothing else claimed and that a
    year dates: "in 2014, it stood at 2.2%" before them, or (``dated_after``) "4.3% in 2002" after them."""
    taken = {f.start for f in figures}
    for m in numbers:
        left = m.hedge_start if m.hedge_start is not None else m.start
        if m.kind != "percent" or m.start < start or m.start in taken or not 0 < m.value <= 15 or not (
                dated_after and _DATED_AFTER_RE.match(ctx.norm, m.end) or _DATED_BEFORE_RE.search(ctx.norm, max(start, left - 50), left)):
            continue
        bisect.insort(figures, make(ctx, si, m, "defense_share_gdp_pct", owner, "pair", "share:dated-after-share"), key=lambda f: f.start)

