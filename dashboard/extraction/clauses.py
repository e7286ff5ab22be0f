"""The clause around a number (between the commas, dashes and 'while'/'but' of its sentence) and the one test the
share rules make on it: whether a clause states NATO's target rather than a country's spending."""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.vocab import HEDGE, NATO_CTX_RE, NATO_TARGET_RE, I

# (the lookahead names the characters a break can begin with, so the engine skips the others at once instead of
# trying six branches at each; the same matches, twice as fast)
CLAUSE_BREAK_RE = re.compile(r"(?=[,;:()\u2014\u2013\siwb])(?:[,;:()\u2014\u2013]|\s--?\s|\bi\.e\.|\bwhile\b|\bwhereas\b|\bbut\b)", I)


def clause_around(ctx: Context, si: int, m: NumberMention, clauses_before: int = 1) -> tuple[int, int]:
    """Offsets of the clause holding ``m`` (with ``clauses_before`` clauses before it), inside its sentence."""
    sent = ctx.sentences[si]
    breaks = ctx.breaks_cache.get(si)
    if breaks is None:
        breaks = ctx.breaks_cache[si] = [b.start() for b in CLAUSE_BREAK_RE.finditer(ctx.norm, sent.start, sent.end)]
    n_before = bisect.bisect_left(breaks, m.start)  # the breaks are in order: bisection, not a scan per number
    n_upto_end = bisect.bisect_left(breaks, m.end)
    start = breaks[n_before - 1 - clauses_before] if n_before > clauses_before else sent.start
    return start, breaks[n_upto_end] if n_upto_end < len(breaks) else sent.end


def states_nato_target(ctx: Context, si: int, m: NumberMention) -> bool:
    """True when the clause presents a share of GDP as the level NATO asks of its members: "the five percent
    demanded of NATO members", "the alliance's target of two percent" (the alliance's benchmark, not the
    spending of a country the sentence names); after "i.e." the clause it restates counts too."""
    start, end = clause_around(ctx, si, m)
    if _PRESENT_LEVEL_BEFORE_RE.search(ctx.norm, max(start, m.start - 40), m.start):
        return False  # "far from the 2% recommended by NATO ... but an improvement on today's meagre 0.9%": a country's level
    if not ctx.norm[start:m.start].strip(" ,;:.ie"):  # "decided between the Allies, i.e. 5% of the GDP"
        start = clause_around(ctx, si, m, 3)[0]
    if _THE_TARGET_OF_RE.search(ctx.norm, max(start, m.start - 70), m.start) and any(
            ctx.says(i, NATO_CTX_RE) for i in range(max(0, si - 1), si + 1)):
        return True  # "Only six countries ... have reached the target of 2% of GDP", NATO named in it or just before
    return ctx.finds(NATO_TARGET_RE, start, end)


_PRESENT_LEVEL_BEFORE_RE = re.compile(r"\b(?:today['\u2019]s|(?:its|their|the)\s+(?:current|present)|this\s+year['\u2019]s)\s+(?:[\w-]+\s+){0,2}?" + HEDGE + r"$", I)
_THE_TARGET_OF_RE = re.compile(r"\b(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:target|goal|benchmark|threshold|standard)\s+(?:of|(?:is|was|will\s+be)\s+(?:(?:projected|expected|"
                               r"set|likely|due)\s+to\s+be\s+)?(?:between\s+)?)\s*" + HEDGE + r"$", I)  # ("The new target is projected to be between 3 and")


gate_all(globals())
