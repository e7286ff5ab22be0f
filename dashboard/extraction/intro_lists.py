"""Stage 3, lists whose metric is named once, by the line that introduces them: "Here are the Nato countries'
defence expenditures for 2024, as a percentage of their GDP:", then "Poland: 4.12", "Estonia: 3.43", ... one row per
line.

The introducing line ends in a colon and names the metric itself: a share of GDP (GDP and a percentage or share),
active personnel, or defence spending. The rows under it are "Country: value" lines (also bulleted, numbered or
between pipes, as ``pipe_tables`` reads them); at least three, each naming one country and holding one number of the
metric's kind. A share may be written without its percent sign ("Poland: 4.12"): under a line that says the values
are percentages of GDP, a bare number up to 20 is a percent. The rows' year is the intro's (``year_as_of``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.pipe_tables import LIST_METHOD, series_list_figures
from dashboard.extraction.record import Figure
from dashboard.extraction.table_rows import series_rows
from dashboard.extraction.vocab import DEFENSE_WORD, GDP_WORD_RE, I

_INTRO_RE = re.compile(r"^[^\n:]{12,300}:[ \t]*$", re.M)
_SHARE_WORDS_RE = re.compile(r"\b(?:percent(?:age)?|per\s+cent|share|proportion)\b|%", I)
_SPENDING_RE = re.compile(r"\b" + DEFENSE_WORD + r"\s+(?:spending|expenditures?|budgets?|outlays?)\b", I)
_ACTIVE_RE = re.compile(r"\bactive(?:[\s-]+duty)?\s+(?:military\s+)?(?:personnel|troops|soldiers|forces|members|service\s*members)\b", I)
_OTHER_RE = re.compile(r"\b(?:reserv\w+|paramilitar\w+|police|deploy\w*|stationed|abroad|tanks|aircraft|ships|exports?|imports?)\b", I)
_BARE_SHARE_RE = re.compile(r"\d{1,2}[.,]\d{1,2}")


def intro_list_figures(ctx: Context, numbers: list[NumberMention]) -> list[Figure]:
    """``pipe_tables.series_list_figures``, then the rows of the lists an intro line names the metric of (rows another
    list shape read already keep that reading)."""
    out = series_list_figures(ctx, numbers)
    if ":\n" not in ctx.norm and ": \n" not in ctx.norm:
        return out
    taken = {f.start for f in out}
    starts = [n.start for n in numbers]
    for intro in _INTRO_RE.finditer(ctx.norm):
        line = intro.group(0)
        if _OTHER_RE.search(line):
            continue
        if GDP_WORD_RE.search(line) and _SHARE_WORDS_RE.search(line):
            metric, kind = "defense_share_gdp_pct", "percent"
        elif _ACTIVE_RE.search(line):
            metric, kind = "active_personnel", "count"
        elif _SPENDING_RE.search(line) and not GDP_WORD_RE.search(line):
            metric, kind = "defense_budget", "money"
        else:
            continue
        rows = series_rows(ctx, numbers, starts, intro.end(), kind)
        if metric == "defense_share_gdp_pct" and not rows:
            rows = [(iso3, _as_percent(n)) for iso3, n in series_rows(ctx, numbers, starts, intro.end(), "count")
                    if _BARE_SHARE_RE.fullmatch(ctx.norm, n.start, n.end)]
        if len(rows) < 3 or metric == "defense_share_gdp_pct" and not all(0 < n.value <= 20 for _, n in rows) \
                or metric == "defense_budget" and not all(abs(n.value) >= 1e6 for _, n in rows):
            continue
        for iso3, n in rows:
            if n.start not in taken:
                taken.add(n.start)
                out.append(make(ctx, ctx.sentence_index(n.start), n, metric, iso3, "table", LIST_METHOD + "+intro"))
    out.sort(key=lambda f: f.start)
    return out


def _as_percent(n: NumberMention) -> NumberMention:
    """A bare number under a line that says its values are percentages: the percent it is."""
    return replace(n, kind="percent", currency="")


gate_all(globals())
