"""Parts of a head count given before: "as many as 1,671 personnel have been deployed in Saudi Arabia ... 912
personnel are deployed under the Saudi Ministry of Defence while 759 are under the Ministry of Interior". When the
counts of a sentence add up to a deployment or strength the article gave earlier for the same owner, each of them is
a part of it (a breakdown), not a level of its own; the total stays, the parts go."""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.context import Context
from dashboard.extraction.deployment_tables import METHOD as TABLE_METHOD
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure

WHY = ("a breakdown: a later sentence's counts add up to a head count given earlier (its parts are no levels of their "
       "own; when one part is the active strength, the total of active, reserve and paramilitary forces is neither)")
_METRICS = ("troops_deployed", "active_personnel")


def drop_summed_parts(ctx: Context, numbers: list[NumberMention], figures: list[Figure]) -> list[NumberMention]:
    """Remove from ``figures`` every head count whose sentence's counts sum to an earlier figure of the same owner and
    metric (within 0.5%, at least two counts); return the numbers dropped, for the trace."""
    heads = [f for f in figures if f.metric in _METRICS]
    if len(heads) < 2:
        return []
    starts = [s.start for s in ctx.sentences]
    number_starts = [n.start for n in numbers]  # (in text order: a sentence's numbers are one slice)
    by_start = {n.start: n for n in numbers}
    dropped: list[NumberMention] = []
    for fig in heads:
        if fig.method.startswith(TABLE_METHOD):
            continue  # a host's row of a table: a part of the whole by host, a figure of its own where it stands
        sent = ctx.sentences[max(0, bisect.bisect_right(starts, fig.start) - 1)]
        lo, hi = bisect.bisect_left(number_starts, sent.start), bisect.bisect_left(number_starts, sent.end)
        counts = [n.value for n in numbers[lo:hi] if n.kind == "count" and n.value >= 20]
        if len(counts) < 2 or fig.value not in counts:
            continue
        total = sum(counts)
        whole = next((t for t in heads if t.start < sent.start and t.country_iso3 == fig.country_iso3 and t.metric == fig.metric
                      and t.value > fig.value and abs(t.value - total) <= 0.005 * t.value and t in figures), None)
        if whole is None:  # "The 410-member force consists of the 180-member ..., the 200-member ... and the 30-member
            whole = _whole_before_in_sentence(ctx, heads, fig, numbers[lo:hi], sent.start)  # ... detachment": its parts
        if whole is None:
            continue
        if fig.metric == "active_personnel" and _ACTIVE_PART_RE.match(ctx.norm, fig.end):
            figures.remove(whole)  # "337,000 in total ... 109,000 active soldiers, 8,000 reserve and 220,000
            if whole.start in by_start:  # paramilitaries": the active part is the active strength, the total is neither
                dropped.append(by_start[whole.start])
            continue
        if fig in figures:
            figures.remove(fig)
            if fig.start in by_start:
                dropped.append(by_start[fig.start])
    return dropped


def _whole_before_in_sentence(ctx: Context, heads: list[Figure], fig: Figure, numbers: list[NumberMention],
                              sent_start: int) -> Figure | None:
    """The head count earlier in ``fig``'s sentence that the counts after a "consists of" / "comprises" cue add up to.
    (Only the sentence's own: a text with no full stop had every earlier head count searched up to each figure, and
    a CLI audit's 460 KB of words and numbers ran for minutes.)"""
    for whole in heads:
        if not (sent_start <= whole.start and whole.end <= fig.start and whole.country_iso3 == fig.country_iso3 and whole.metric == fig.metric
                and whole.value > fig.value and ctx.norm.rfind(".", whole.end, fig.start) < 0):
            continue
        cue = _CONSISTS_OF_RE.search(ctx.norm, whole.end, fig.start) or _APPOSITION_RE.match(ctx.norm, whole.end, fig.start)
        parts = [n.value for n in numbers if cue and n.start >= cue.end() and n.kind == "count" and n.value >= 20]
        if cue and len(parts) >= 2 and abs(sum(parts) - whole.value) <= 0.005 * whole.value:
            return whole
    return None


_CONSISTS_OF_RE = re.compile(r"\b(?:consists?\s+of|consisting\s+of|comprises|comprising|is\s+made\s+up\s+of|includes|including)\b", re.I)
# "Two hundred soldiers, 28 officers and 172 men, of the Ghana Armed Forces": the parts in apposition right after the noun
_APPOSITION_RE = re.compile(r"\s+[a-z-]+\s*(?:,|\(|:|\s[\u2013\u2014-])\s*")
_ACTIVE_PART_RE = re.compile(r"\s+(?:[\w-]+\s+)?(?:active(?:[- ]duty)?|regular)\b|\s+(?:soldiers|troops|personnel)\s+(?:on\s+)?active\b", re.I)
