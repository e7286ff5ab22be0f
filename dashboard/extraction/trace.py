"""The trace of every decision: for each numeral, the figure it became and the rule, or why not.

``python -m dashboard explain FILE`` prints it. A number that was dropped should be as
explainable as one that was kept (like ``git check-ignore -v`` naming the pattern that matched).
"""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure


@dataclass
class Decision:
    number: NumberMention
    figure: Figure | None  # what it became, or None
    why: str  # the rule that accepted it, or the evidence that rejected it


def record_trace(trace: list[Decision], numbers: list[NumberMention], figures: list[Figure],
                 dropped: dict[int, str] | None = None) -> None:
    """Complete ``trace`` (rejections recorded while classifying) with every figure and year.

    A number rejected on its own may still become a figure later ("from 36,000 to 24,000" leans
    on the figure before it): the figure wins. The trace ends up in text order, one entry per numeral.
    """
    by_start = {f.start: f for f in figures if f.value is not None}
    rejected = {d.number.start: d for d in trace}
    trace.clear()
    for n in numbers:
        fig = by_start.get(n.start)
        if fig is not None:
            trace.append(Decision(n, fig, fig.method))
        elif n.kind == "year":
            trace.append(Decision(n, None, "a year: it dates figures, it is not one"))
        else:
            earlier = rejected.get(n.start)
            why = (dropped or {}).get(n.start) or (earlier.why if earlier else "outside any sentence")
            trace.append(Decision(n, None, why))


def format_trace(text: str, trace: list[Decision]) -> str:
    """One line per numeral: where, what it says, and what it became and why."""
    lines = []
    for d in trace:
        n = d.number
        quote = " ".join(text[n.start:n.end].split())
        if d.figure is not None:
            f = d.figure
            host = f" in {f.host_iso3}" if f.host_iso3 else ""
            stage = f", {f.stage}" if f.stage else ""
            year = f", {f.year}" if f.year else ""
            value = f"{f.value:,.0f}" if float(f.value).is_integer() else f"{f.value:,}"
            lines.append(f"{n.start:>6}  {quote!r:<28} -> {f.country_iso3} {f.metric} {value}{host}{year}{stage}"
                         f" (confidence {f.confidence:.2f})  rule: {d.why}")
        else:
            lines.append(f"{n.start:>6}  {quote!r:<28} -> no figure: {d.why}")
    return "\n".join(lines)


def noted(trace: list[Decision] | None, dropped: list, why: str = "") -> None:
    """Record in the trace (when one is kept) why each number a late pass dropped gives no figure: the numbers with
    one reason for all, or (number, reason) pairs."""
    if trace is not None:
        trace.extend(Decision(n, None, why) if why else Decision(n[0], None, n[1]) for n in dropped)


def take_out(figures: list[Figure], doomed: list[Figure], numbers: list[NumberMention]) -> list[NumberMention]:
    """Remove ``doomed`` from ``figures`` (in place) and return their numbers, for ``noted``."""
    gone = {id(f) for f in doomed}
    figures[:] = [f for f in figures if id(f) not in gone]
    starts = {f.start for f in doomed}
    return [n for n in numbers if n.start in starts]
