"""Parts of a head count given before: "as many as 1,671 personnel have been deployed in Saudi Arabia ... 912
personnel are deployed under the Saudi Ministry of Defence while 759 are under the Ministry of Interior". When the
counts of a sentence add up to a deployment or strength the article gave earlier for the same owner, each of them is
a part of it (a breakdown), not a level of its own; the total stays, the parts go."""

from __future__ import annotations

import bisect

from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure

WHY = "a part of a head count given earlier: the sentence's counts add up to it (a breakdown, not a level)"
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
        sent = ctx.sentences[max(0, bisect.bisect_right(starts, fig.start) - 1)]
        lo, hi = bisect.bisect_left(number_starts, sent.start), bisect.bisect_left(number_starts, sent.end)
        counts = [n.value for n in numbers[lo:hi] if n.kind == "count" and n.value >= 20]
        if len(counts) < 2 or fig.value not in counts:
            continue
        total = sum(counts)
        if any(t.start < sent.start and t.country_iso3 == fig.country_iso3 and t.metric == fig.metric
               and t.value > fig.value and abs(t.value - total) <= 0.005 * t.value for t in heads):
            figures.remove(fig)
            if fig.start in by_start:
                dropped.append(by_start[fig.start])
    return dropped
