"""Stage 5, year: a data date. "The data, as of November 30, 2023, reveals that Nepal currently has 6,247 security
personnel" dates the head count 2023, however present its tense, and so it dates the head counts of the sentences
after it that name no year of their own ("Presently, Bangladesh has 6,197 ..."), in an article published soon
after that date."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from dashboard.extraction.budget_patterns import SPANS_YEARS_RE2
from dashboard.extraction.context import Context
from dashboard.extraction.text import YearExpression

_DAY_OR_MONTH = r"(?:[A-Z][a-z]{2,8}\.?|\d{1,2}(?:st|nd|rd|th)?|end|start|beginning|middle|the|of)"
_AS_OF_RE = re.compile(r"\b[Aa]s\s+(?:of|at)\s+(?:" + _DAY_OR_MONTH + r",?\s+){0,4}$")


def data_dated(norm: str, year: YearExpression, lo: int) -> bool:
    """Whether ``year`` is the date a statement's data hold at ("as of November 30, 2023", "as at end of 2019")."""
    return year.year is not None and bool(_AS_OF_RE.search(norm, max(lo, year.start - 40), year.start))


def carried_as_of(ctx: Context, si: int, published: date, years_of: Callable[[Context, int], list[YearExpression]]) -> int | None:
    """The data date of the nearest sentence before ``si`` that names a year, when that year is a data date of the
    year before publication or the same year (a data date years old describes the past, not what the text says
    is there now)."""
    for j in range(si - 1, -1, -1):
        found = years_of(ctx, j)
        if found:
            last = found[-1]
            if data_dated(ctx.norm, last, ctx.sentences[j].start) and published.year - 1 <= last.year <= published.year:
                return last.year
            return None
    return None



def list_intro_year(ctx: Context, start: int, published: date | None) -> int | None:
    """The one year named by the line ending in a colon that a list's lines stand under, with no blank line between
    ("The following are the most prominent trends in military spending in 2024:", then "Russia: Military spending
    jumped 38% to $149 billion."): the year of a figure on those lines that names none, if not after publication."""
    line = ctx.norm.rfind("\n", 0, start)
    while line > 0 and start - line < 1500:
        prev = ctx.norm.rfind("\n", 0, line)
        text = ctx.norm[prev + 1:line].strip()
        if not text:
            return None  # (a blank line ends the list)
        if text.endswith(":"):
            years = {int(y) for y in SPANS_YEARS_RE2.findall(text)}
            year = years.pop() if len(years) == 1 else None
            return year if year is not None and (published is None or year <= published.year) else None
        line = prev
    return None
