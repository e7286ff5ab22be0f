"""Lists paired by "respectively": "Pakistan, India and Nigeria ranked 2nd, 3rd and 4th by sending 10635,
8704 and 5786 peacekeepers respectively"; "Poland and Estonia spend 4.1% and 3.4% of GDP respectively".

In: one sentence's numbers and the figures already read from them. Out: the same list of figures, where
the k numbers right before "respectively" take the k countries listed earlier in the sentence, in order.
A number already read as a figure keeps its metric and only changes owner; a number not read takes the
metric of the list's figures (every number of the list must be of one kind, and at least one read). Any
doubt (counts that differ, no country list, two kinds of number) leaves the sentence as it was.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from dashboard.extraction.assemble import make
from dashboard.extraction.attribution import find_owner
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure
from dashboard.extraction.word_scan import word_sentences
from dashboard.extraction.years import sentence_years

RESPECTIVELY_RE = re.compile(r"\brespectively\b", re.I)
# between two numbers of the list: "10635, 8704, 5786 and 4735"; "4.1% and 3.4%"
_NUMBER_JOINER_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:about\s+|some\s+|around\s+)?", re.I)
# after the last number, before "respectively": a short noun phrase at most ("peacekeepers", "of GDP")
_TAIL_RE = re.compile(r"[^.;,\d]{0,40}?\s*,?\s*respectively\b", re.I)
# between two countries of the list: "Pakistan, India, Nigeria, Egypt and Nepal"
_COUNTRY_JOINER_RE = re.compile(r"(?:['\u2019]s)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.I)  # ("Latvia's and Lithuania's")


def respectively(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Give each number of a "respectively" list the country in the same place of the country list."""
    if len(numbers) < 2:
        return
    sent = ctx.sentences[si]
    held = word_sentences(ctx, ("respectively",))  # (found once per article first: the word is rare)
    if held is not None and si not in held:
        return
    word = RESPECTIVELY_RE.search(ctx.norm, sent.start, sent.end)
    if word is None:
        return
    run = number_run(ctx.norm, numbers, word.start())
    if len(run) < 2 or len({n.kind for n in run}) > 1:
        return
    countries = country_run(ctx, sent.start, run[0].start)
    if len(countries) != len(run):
        _years_respectively(ctx, si, run, figures)
        if len(run) == 2 and run[0].kind == "money":
            _bodies_respectively(ctx, si, run, figures, word.end())
        return
    by_start = {f.start: f for f in figures}
    read = [by_start[n.start] for n in run if n.start in by_start]
    if not read and run[0].kind == "percent":  # "Lithuania will spend 5.38% of its GDP ..., while Estonia and Latvia have set
        read = [f for f in figures if f.metric == "defense_share_gdp_pct" and sent.start <= f.end <= run[0].start][-1:]  # ... at 5.4% and 4.9% respectively"
    metrics = {f.metric for f in read}
    if not read or len(metrics) != 1:
        return
    model = read[0]
    for n, iso3 in zip(run, countries, strict=True):
        fig = by_start.get(n.start)
        if fig is not None:
            if fig.country_iso3 != iso3 and fig.host_iso3 != iso3:
                figures[figures.index(fig)] = replace(fig, country_iso3=iso3, method=_tagged(fig.method))
            continue
        made = make(ctx, si, n, model.metric, iso3, "pair", model.method.split(" ")[0] + "+respectively",
                    host=model.host_iso3 if model.host_iso3 != iso3 else "")
        made.passage = model.passage
        bisect.insort(figures, made, key=lambda f: f.start)


def _bodies_respectively(ctx: Context, si: int, run: list[NumberMention], figures: list[Figure], word_end: int) -> None:
    """"passed the Prime Minister's Office and Ministry of Defence's annual budget allocation of $541.922 million and
    $513.95 million respectively": two bodies, two amounts in order; the one of the body that is not defence's is no
    defence budget, and the defence body's is its budget even when the other body's name made it look like another
    sector's money ("The Home Ministry and the Defence Ministry have been allocated RM18.5 billion and RM17.7 billion
    respectively")."""
    sent_start = ctx.sentences[si].start
    pair = _TWO_BODIES_RE.search(ctx.norm, max(sent_start, run[0].start - 200), run[0].start) or _TWO_BODIES_AFTER_RE.match(
        ctx.norm, word_end, min(ctx.sentences[si].end, word_end + 160))  # ("..., respectively for the Police and the Prisons")
    if pair is None:
        return
    if not any(_DEFENCE_BODY_RE.search(body) for body in pair.group("a", "b")):
        figures[:] = [f for f in figures if not (f.start in (run[0].start, run[1].start) and f.metric == "defense_budget")]
        for n in run:
            ctx.dropped[n.start] = "the amounts of two other bodies of a 'respectively' pair, not defence's"
        return
    bodies = (pair.group("a"), pair.group("b"))
    not_defence = [n for n, body in zip(run, bodies, strict=True) if not _DEFENCE_BODY_RE.search(body)]
    if len(not_defence) != 1:
        return
    figures[:] = [f for f in figures if not (f.start == not_defence[0].start and f.metric == "defense_budget")]
    ctx.dropped[not_defence[0].start] = "the amount of the other body of a 'respectively' pair, not defence's"
    defence = next(n for n in run if n is not not_defence[0])
    if _ALLOCATED_RE.search(ctx.norm, pair.end("b"), run[0].start) and not any(f.start == defence.start for f in figures):
        owner, how = find_owner(ctx, si, defence, "", [])
        if owner:
            made = make(ctx, si, defence, "defense_budget", owner, how, "budget:bodies-respectively")
            bisect.insort(figures, made, key=lambda f: f.start)
            ctx.dropped.pop(defence.start, None)


_TWO_BODIES_RE = re.compile(r"(?-i:(?P<a>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'\u2019-]*){0,4}))(?:\s+\([A-Z][A-Za-z]{1,11}\))?\s+and\s+"
                            r"(?-i:(?P<b>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,4}))(?:\s+\([A-Z][A-Za-z]{1,11}\))?(?:'s|\u2019s)?\s+[^.;\d]{0,80}$")
_TWO_BODIES_AFTER_RE = re.compile(r"\s*,?\s*(?:for|to)\s+(?-i:(?P<a>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,4}))"
                                  r"\s*,?\s+and\s+(?-i:(?P<b>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,4}))")
_DEFENCE_BODY_RE = re.compile(r"\b(?:Defen[cs]e|MinDef|MoD|Armed\s+Forces|Military)\b", re.I)
_ALLOCATED_RE = re.compile(r"\b(?:allocat\w+|allotted|budgets?|earmarked|received|receive|get|got|given)\b", re.I)


# "Chile and Colombia, which invest 2.27% and 2.06% of their GDP": the countries' words up to the shares
_SUBJECT_GAP_RE = re.compile(r"[^.;:\d%]{0,60}")


def shares_in_order(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Pair a list of shares said once of GDP with the list of countries right before it, without "respectively":
    "Poland and Lithuania spend 4.1% and 3.2% of GDP". Only when the counts match and nothing else stands between.
    (Each list is read once, from its last number; the countries are sought in the 300 characters before it.)"""
    starts = [n.start for n in numbers]
    by_start = {f.start: f for f in figures}
    replaced: dict[int, Figure] = {}
    added: list[Figure] = []
    for fig in [f for f in figures if f.metric == "defense_share_gdp_pct"]:
        k = bisect.bisect_left(starts, fig.start)
        if k == len(numbers) or starts[k] != fig.start:
            continue
        if k + 1 < len(numbers) and _joined(ctx.norm, numbers[k], numbers[k + 1]):
            continue  # (not the list's last number)
        run = [numbers[k]]
        while k > 0 and run[0].kind == "percent" and _joined(ctx.norm, numbers[k - 1], run[0]):
            k -= 1
            run.insert(0, numbers[k])
        if len(run) < 2 or any(n.kind != "percent" for n in run):
            continue
        left = run[0].hedge_start if run[0].hedge_start is not None else run[0].start
        lo = max(ctx.sentences[si].start, left - 300)
        countries = country_run(ctx, lo, left)
        mentions = [c for c in ctx.country_mentions(lo, left) if c.kind != "alliance"]
        if len(countries) != len(run) or not mentions or not _SUBJECT_GAP_RE.fullmatch(ctx.norm, mentions[-1].end, left):
            continue
        if any(n.start in by_start and by_start[n.start].metric != fig.metric for n in run):
            continue
        for n, iso3 in zip(run, countries, strict=True):
            known = by_start.get(n.start)
            if known is not None:
                replaced[id(known)] = replace(known, country_iso3=iso3, method=_tagged(known.method, "+in-order"))
            else:
                made = make(ctx, si, n, fig.metric, iso3, "pair", fig.method.split(" ")[0] + "+in-order")
                made.passage = fig.passage
                added.append(made)
    if replaced:
        figures[:] = [replaced.get(id(f), f) for f in figures]
    for made in added:
        bisect.insort(figures, made, key=lambda f: f.start)


def _joined(norm: str, a: NumberMention, b: NumberMention) -> bool:
    """True when ``b`` follows ``a`` in a list ("4.1% and 3.2%")."""
    return _NUMBER_JOINER_RE.fullmatch(norm, a.end, b.hedge_start if b.hedge_start is not None else b.start) is not None


def _tagged(method: str, tag: str = "+respectively") -> str:
    rule = method.split(" ")[0]
    return rule if rule.endswith(tag) else rule + tag + " (pair)"


def number_run(norm: str, numbers: list[NumberMention], word_at: int) -> list[NumberMention]:
    """The numbers joined by commas and "and" that end right before ``word_at`` (a short noun may come between)."""
    before = [n for n in numbers if n.end <= word_at]
    if not before or not _TAIL_RE.fullmatch(norm, before[-1].end, word_at + len("respectively")):
        return []
    run = [before[-1]]
    for n in reversed(before[:-1]):
        gap_end = run[0].hedge_start if run[0].hedge_start is not None else run[0].start
        if not _NUMBER_JOINER_RE.fullmatch(norm, n.end, gap_end):
            break
        run.insert(0, n)
    return run


def country_run(ctx: Context, start: int, end: int) -> list[str]:
    """The longest list of countries joined by commas and "and" in ``norm[start:end]``, nearest the numbers last."""
    mentions = [c for c in ctx.country_mentions(start, end) if c.kind != "alliance" and not (c.kind == "capital" and ctx.is_place(c))]
    best: list = []  # (never a capital named as the place: "after a meeting in Vilnius, Latvia's and Lithuania's ministers")
    current: list = []
    for c in mentions:
        if current and _COUNTRY_JOINER_RE.fullmatch(ctx.norm, current[-1].end, c.start):
            current.append(c)
        else:
            current = [c]
        if len(current) >= len(best):
            best = list(current)
    isos = [c.iso3 for c in best]
    return isos if len(set(isos)) == len(isos) else []


_YEAR_JOINER_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.I)


def _years_respectively(ctx: Context, si: int, run: list[NumberMention], figures: list[Figure]) -> None:
    """"The defense budgets for FY 1987 and FY 1986 totaled US$5.6 billion and US$4.98 billion, respectively": the k
    years listed before the numbers date the k figures read from them, in order."""
    years = [y for y in sentence_years(ctx, si) if y.end <= run[0].start and y.year is not None]
    listed = years[-len(run):]
    if len(listed) != len(run) or any(not _YEAR_JOINER_RE.fullmatch(ctx.norm, a.end, b.start) for a, b in zip(listed, listed[1:], strict=False)):
        return
    by_start = {f.start: f for f in figures}
    for n, y in zip(run, listed, strict=True):
        if n.start in by_start:
            by_start[n.start].year = y.year
