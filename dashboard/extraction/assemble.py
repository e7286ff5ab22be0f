"""Figure assembly: a classified number, its owner, year and passage become a Figure record."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from dashboard.extraction.confidence import score
from dashboard.extraction.context import Context
from dashboard.extraction.currencies import LOCAL_CURRENCY, LOCAL_DOLLAR, bare_dollar
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure
from dashboard.extraction.share_stage import share_stage
from dashboard.extraction.year_adjust import budget_year, change_year, level_year, share_year, sipri_year
from dashboard.extraction.years import personnel_stage, stage, year_for
from dashboard.schema import PERSONNEL_METRICS

MAX_PASSAGE = 800


def passage(ctx: Context, si: int, with_previous: bool, quote_start: int) -> str:
    sent = ctx.sentences[si]
    start = sent.start
    if with_previous and si and ctx.sentences[si - 1].paragraph == sent.paragraph:
        start = ctx.sentences[si - 1].start
    return passage_text(ctx.text, start, sent.end, quote_start)


def passage_text(text: str, start: int, end: int, quote_start: int) -> str:
    """``text[start:end]`` on one line, cut to a window around the quote when it runs on (a "sentence" with no full
    stops)."""
    if end - start > MAX_PASSAGE:
        start = max(start, quote_start - MAX_PASSAGE // 2)
        end = min(end, start + MAX_PASSAGE)
    return one_line(text[start:end])


def one_line(text: str) -> str:
    """A passage on one line: its line breaks, with the spaces around them, become one space."""
    return _PASSAGE_RE1.sub(" ", text)


def make(ctx: Context, si: int, m: NumberMention, metric: str, owner: str, how: str, method: str,
          host: str = "", sign: int = 1) -> Figure:
    stock = metric in PERSONNEL_METRICS
    if m.value < 0:
        sign = 1  # "fell -4.2%": the text's own minus already says the direction
    unit = "persons" if stock else ("percent" if m.kind == "percent" else m.currency)
    year = year_for(ctx, si, m.start, m.end, owner, stock, change=metric.startswith("budget_change"))
    if metric in ("defense_budget", "budget_change_pct", "budget_change_amount"):
        year = sipri_year(ctx, si, budget_year(ctx, si, m.start, m.end, year, owner=owner))
        year = change_year(ctx, si, m.end, year, m.start) if metric != "defense_budget" else level_year(ctx, si, m.end, year)
    elif metric == "defense_share_gdp_pct" and owner != "NATO":
        year = sipri_year(ctx, si, share_year(ctx, si, m.start, year))
    sent = ctx.sentences[si]
    low = m.low * sign if m.low is not None else None
    high = m.high * sign if m.high is not None else None
    if sign < 0:
        low, high = high, low
    if m.kind == "money" and (m.currency, owner) in LOCAL_CURRENCY:
        m = NumberMention(**{**m.__dict__, "currency": LOCAL_CURRENCY[(m.currency, owner)]})
        unit = m.currency if not stock else unit
    elif m.kind == "money" and m.currency == "USD" and owner in LOCAL_DOLLAR and bare_dollar(ctx, m, method):
        m = NumberMention(**{**m.__dict__, "currency": LOCAL_DOLLAR[owner]})
        unit = m.currency if not stock else unit
    return Figure(
        article_id=ctx.info.article_id, country_iso3=owner, metric=metric, value=m.value * sign, unit=unit,
        quote=ctx.text[m.start:m.end], passage=passage(ctx, si, how in ("previous", "pronoun"), m.start),
        start=m.start, end=m.end, method=f"{method} ({how})", currency=m.currency if m.kind == "money" else "",
        year=year, host_iso3=host, stage=(stage(ctx, sent, m.start) if metric == "defense_budget"
               else personnel_stage(ctx, sent, m.start, m.end) if stock
               else share_stage(ctx, sent, m.start, m.end) if metric == "defense_share_gdp_pct" else ""),
        qualifier=m.qualifier, low=low, high=high, confidence=score(method, how),
    )


# The patterns of the functions above, compiled once at import rather than looked up in re's cache per call.
_PASSAGE_RE1 = re.compile(r"\s*\n\s*")


# What a number right after a figure is, read beside that figure: (metric, how, method, sign, its stage too), or None
NeighbourReading = Callable[[Figure, NumberMention, NumberMention], "tuple[str, str, str, int, bool] | None"]


def read_neighbours(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure], read: NeighbourReading) -> None:
    """Add a figure for each number of sentence ``si`` that comes right after one of its figures and that nothing
    claimed yet, as ``read`` says (the owner, host and year are the figure's; the stage too when ``read`` says so)."""
    by_start = {f.start: f for f in figures}
    for a, b in zip(numbers, numbers[1:], strict=False):
        fig = by_start.get(a.start)
        found = read(fig, a, b) if fig is not None and b.start not in by_start else None
        if found is None:
            continue
        metric, how, method, sign, same_stage = found
        made = make(ctx, si, b, metric, fig.country_iso3, how, method, host=fig.host_iso3, sign=sign)
        made.year = fig.year
        if same_stage:
            made.stage = fig.stage
        bisect.insort(figures, made, key=lambda f: f.start)
        by_start[made.start] = made


def how_found(fig: Figure) -> str:
    """How a figure's owner was found, as its method records it ("budget:... (sentence)": "sentence")."""
    return fig.method.rsplit("(", 1)[-1].rstrip(")")
