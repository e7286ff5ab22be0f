"""A head count restated in brackets right after a head count the sentence gave: "about 1.28 million (1,280,000) active
soldiers", "about 120,000 active military (116,410 to January 1, 2024, according to ...)". The bracketed number is the
same force counted more exactly: a figure of the same metric, owner and host, read only when the two agree within a
factor of two (a bracket holding another count, "(30,000 reservists)", has its own noun and is read on its own)."""

from __future__ import annotations

import re

from dashboard.extraction.assemble import how_found, read_neighbours
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure
from dashboard.schema import PERSONNEL_METRICS

METHOD = "personnel:restated-in-brackets"
# the bracket opens right after the count or after its noun ("120,000 active military (116,410 ...")
_OPEN_RE = re.compile(r"(?:\s+[A-Za-z-]+){0,3}?\s*\(\s*(?:about\s+|some\s+|around\s+|approximately\s+|nearly\s+)?", re.I)
# what may follow the bracketed number: the bracket's end, or the date or source of the count
_AFTER_RE = re.compile(r"\s*(?:\)|(?:to|as\s+of|at|on|in)\s+(?:[A-Z][a-z]+\s+)?\d|,\s*(?:according|as\s+of|at\s+the\s+end))", re.I)


def restated_counts(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Add the bracketed restatement of each head count of sentence ``si`` (see the module's doc)."""

    def read(fig: Figure, a: NumberMention, b: NumberMention) -> tuple[str, str, str, int, bool] | None:
        if fig.metric not in PERSONNEL_METRICS or b.kind != "count" or not fig.value or not 0.5 <= b.value / fig.value <= 2:
            return None
        opened = _OPEN_RE.match(ctx.norm, a.end)
        if opened is None or opened.end() != b.start or not _AFTER_RE.match(ctx.norm, b.end):
            return None
        return fig.metric, how_found(fig), METHOD, 1, True
    read_neighbours(ctx, si, numbers, figures, read)
