"""Figure assembly: a classified number, its owner, year and passage become a Figure record."""

from __future__ import annotations

import re

from dashboard.extraction.confidence import score
from dashboard.extraction.context import Context
from dashboard.extraction.currencies import LOCAL_CURRENCY
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure
from dashboard.extraction.years import personnel_stage, share_stage, stage, year_for
from dashboard.schema import PERSONNEL_METRICS

MAX_PASSAGE = 800


def passage(ctx: Context, si: int, with_previous: bool, quote_start: int) -> str:
    sent = ctx.sentences[si]
    start = sent.start
    if with_previous and si and ctx.sentences[si - 1].paragraph == sent.paragraph:
        start = ctx.sentences[si - 1].start
    end = sent.end
    if end - start > MAX_PASSAGE:  # a runaway "sentence" (no full stops): keep a window
        start = max(start, quote_start - MAX_PASSAGE // 2)
        end = min(end, start + MAX_PASSAGE)
    return one_line(ctx.text[start:end])


def one_line(text: str) -> str:
    """A passage on one line: its line breaks, with the spaces around them, become one space."""
    return _PASSAGE_RE1.sub(" ", text)


def make(ctx: Context, si: int, m: NumberMention, metric: str, owner: str, how: str, method: str,
          host: str = "", sign: int = 1) -> Figure:
    stock = metric in PERSONNEL_METRICS
    if m.value < 0:
        sign = 1  # "fell -4.2%": the text's own minus already says the direction
    unit = "persons" if stock else ("percent" if m.kind == "percent" else m.currency)
    year = year_for(ctx, si, m.start, m.end, owner, stock)
    sent = ctx.sentences[si]
    low = m.low * sign if m.low is not None else None
    high = m.high * sign if m.high is not None else None
    if sign < 0:
        low, high = high, low
    if m.kind == "money" and (m.currency, owner) in LOCAL_CURRENCY:
        m = NumberMention(**{**m.__dict__, "currency": LOCAL_CURRENCY[(m.currency, owner)]})
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
