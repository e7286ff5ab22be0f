"""A series printed one year a line, the kind of figure said once on its first line:

    - 2005: rasio anggaran pertahanan 0,79% dari total PDB      (the defence budget's ratio to GDP)
    - 2006: 0,73%
    - 2007: 0,78%

The first row reads as a figure on its own (a share of GDP, a budget); each row after it that holds one number of the
same kind (a percent after a percent, money in the same currency after money) and nothing else is the same series:
the same metric and owner, the row's own year. A run is three rows or more, one a line, each opening with its year;
a row with no number ("2023: data belum tersedia") ends nothing and adds nothing.
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure

METHOD = "table:year-list"
MIN_ROWS = 3
_ROW_RE = re.compile(r"^[ \t]*(?:[-\u2022*\u2013][ \t]*)?(?P<y>(?:19|20)\d\d)[ \t]*:[ \t]*(?P<rest>[^\n]*)$", re.M)
_METRICS = {"percent": ("defense_share_gdp_pct",), "money": ("defense_budget",)}
_ONLY_NUMBER_RE = re.compile(r"[\s.;,]*$")


def year_list_figures(ctx: Context, numbers: list[NumberMention], figures: list[Figure]) -> list[Figure]:
    """The figures of every year-a-line series whose rows after a read first row hold only their number."""
    norm = ctx.norm
    if "\n" not in norm:
        return []
    runs: list[list[re.Match]] = []
    for row in _ROW_RE.finditer(norm):
        if runs and norm.count("\n", runs[-1][-1].end(), row.start()) == 1:
            runs[-1].append(row)
        else:
            runs.append([row])
    starts = [n.start for n in numbers]
    by_start = {f.start: f for f in figures}
    out: list[Figure] = []
    for run in (r for r in runs if len(r) >= MIN_ROWS):
        anchor: Figure | None = None
        for row in run:
            lo, hi = bisect.bisect_left(starts, row.start("rest")), bisect.bisect_left(starts, row.end("rest"))
            inside = numbers[lo:hi]
            read = [by_start[n.start] for n in inside if n.start in by_start]
            if read:
                anchor = read[0] if read[0].metric in ("defense_share_gdp_pct", "defense_budget") else None
                continue
            if anchor is None or len(inside) != 1:
                continue
            n = inside[0]
            if anchor.metric not in _METRICS.get(n.kind, ()) or (n.kind == "money" and n.currency != anchor.currency and
                                                                  n.currency not in ("", None)) \
                    or norm[row.start("rest"):n.start].strip() or not _ONLY_NUMBER_RE.fullmatch(norm, n.end, row.end("rest")):
                continue
            fig = make(ctx, ctx.sentence_index(n.start), n, anchor.metric, anchor.country_iso3, "table", METHOD)
            fig.year = int(row.group("y"))
            first = next(r for r in run if r.start() <= anchor.start < r.end())  # (the row that says what the series is)
            fig.passage = " ".join((ctx.text[first.start():first.end()] + " \u2026 " + ctx.text[row.start():row.end()]).split())
            out.append(fig)
    return out
