"""Stage 3, the second number of a list item that pairs a country's defence spending with its share of GDP:

    ①米国 6110億ドル、3・3%            ("United States: $611 billion, 3.3%", under "... and share of GDP:")
    ・日本:530億ドル(GDP比0.95%)        (the share in brackets after the amount)
    Grande-Bretagne avec 2,15 % (61,4 Md$)   (the amount in brackets after the share)

One number of the item is already a figure (the amount as the country's budget, or the share as its share of GDP);
the other was rejected for its missing cue alone. It is the same country's when:

- it stands right after the figure, separated only by a comma, a middle dot, a slash or an opening bracket (with
  "GDP比", "同" (ditto) or "as a share of GDP" inside it), or by "with";
- a share is between 0 and 30 and no change word follows it ("3.3 % increase" is a change), nor "of"/"in"/"for"
  (a share of something else);
- GDP, for a share, or spending on defence, for an amount, is named in the 800 characters before the item.
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.context import MONEY_WHY, PERCENT_WHY, Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import GDP_WORD, I

_SHARE_GAP_RE = re.compile(r"[ \t]*(?:[,、，·・/]|\()[ \t]*(?:(?:GDP\s*比|同|as\s+a\s+share\s+of\s+GDP|GDP)[ \t]*[:：]?[ \t]*)?(?:about\s+)?", I)
_AMOUNT_GAP_RE = re.compile(r"[ \t]*(?:\(|,|\bwith\b)[ \t]*(?:about\s+)?", I)
_NOT_A_SHARE_AFTER_RE = re.compile(r"\s*%?\s*(?:increase|decrease|rise|growth|up|down|higher|lower|more|less|of|in|for|from|to)\b|\s*%?\s*[増減增减]", I)
_GDP_RE = re.compile(r"\b" + GDP_WORD + r"|国内総生産|국내총생산|国内生产总值", I)  # (the CJK words the gloss leaves)
_SPENDING_RE = re.compile(r"\b(?:defen[cs]e|military)\s+(?:spending|budgets?|expenditures?)\b", I)
_BEFORE = 800


def paired_items(ctx: Context, rejected: list[tuple[int, NumberMention, str]], earlier: list[Figure],
                 taken: set[int]) -> list[Figure]:
    """The shares and amounts that complete a list item whose other number is a figure (module docstring)."""
    out: list[Figure] = []
    norm = ctx.norm
    by_end = sorted(((f.end, f) for f in earlier if f.metric in ("defense_budget", "defense_share_gdp_pct") and f.value > 0),
                    key=lambda pair: pair[0])
    ends = [e for e, _ in by_end]
    for si, m, why in rejected:
        if m.start in taken or (why, m.kind) not in ((PERCENT_WHY, "percent"), (MONEY_WHY, "money")):
            continue
        left = m.hedge_start if m.hedge_start is not None else m.start
        at = bisect.bisect_right(ends, left) - 1
        if at < 0:
            continue
        fig = by_end[at][1]
        if m.kind == "percent":
            if fig.metric != "defense_budget" or not _SHARE_GAP_RE.fullmatch(norm, fig.end, left) or not 0 < m.value <= 30 \
                    or _NOT_A_SHARE_AFTER_RE.match(norm, m.end) or not _GDP_RE.search(norm, max(0, fig.start - _BEFORE), left):
                continue
            out.append(make(ctx, si, m, "defense_share_gdp_pct", fig.country_iso3, "bound", "share:paired-item"))
        else:
            if fig.metric != "defense_share_gdp_pct" or not _AMOUNT_GAP_RE.fullmatch(norm, fig.end, left) \
                    or not _SPENDING_RE.search(norm, max(0, fig.start - _BEFORE), left):
                continue
            out.append(make(ctx, si, m, "defense_budget", fig.country_iso3, "bound", "budget:paired-item"))
        out[-1].year = out[-1].year if fig.year is None else fig.year
    return out


gate_all(globals())
