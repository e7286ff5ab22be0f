"""Stage 3, the lines of a CJK ranking of military spenders: each names its country as the sentence's topic and then
its amount, with the change and the rank around it, but no spending word of its own.

    前年8位だった日本は、0・1%減の476億ドルで9位だった。  (Japan, eighth the year before, fell 0.1% to $47.6 billion, ninth)
    前年に続き2位の中国は2610億ドルで5・1%増。             (China, second again, $261 billion, up 5.1%)

Through the gloss these read "Japan は、 0.1 % decrease to 47.6 billion dollars で9位だった". Such an amount is that
country's defence spending when all of this holds:

- the English rules rejected it for the missing budget phrase alone, and its sentence is written in CJK script;
- defence spending is the topic: named in its sentence, one of the three before it, or the article's opening;
- the country is the sentence's topic, marked by は, が, 은, 는, 이 or 가 (or a comma), and between it and the amount
  stand only a change in percent, a rank and a few words (no other number, no other country, no other money);

and a change in percent in that stretch, or right after the amount ("で 5.1 % increase"), is the same country's change.
"""

from __future__ import annotations

import dataclasses
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.cjk_readings import CJK_RE, DEFENSE_MONEY_RE, OTHER_MONEY_RE
from dashboard.extraction.context import CHANGE_WHY, MONEY_WHY, Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.record import Figure

REACH = 3
_MARK_RE = re.compile(r"\s*(?:は|が|은|는|이|가)\s*[、，,]?\s*|\s*[、，,]\s*")  # the topic marker right after the country
_RANK_RE = re.compile(r"(?:第\s*)?\d{1,3}\s*(?:位|위)")  # ("9位", "3위"): a rank, not an amount
_CHANGE_RE = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*%\s*(?P<dir>increase|decrease)(?:\s+to)?")
_AFTER_RE = re.compile(r"\s*(?:で|로|으로|,|、)\s*(?P<n>\d+(?:\.\d+)?)\s*%\s*(?P<dir>increase|decrease)\b")
_TO_AMOUNT_RE = re.compile(r"[^\S\n]*%?[^\S\n]*(?:increase|decrease)\s+to\s+")
_GAP = 40  # characters the stretch between the country and its amount may hold, once changes and ranks are taken out


def cjk_ranked(ctx: Context, rejected: list[tuple[int, NumberMention, str]], taken: set[int]) -> list[Figure]:
    """The amounts and changes of the ranking lines among the rejected numbers (module docstring). A change whose
    amount another rule has read ("2・3%増の9160億ドル", the amount taken as changed to a level) is read too."""
    figures: list[Figure] = []
    norm = ctx.norm
    changes = sorted((m.start, si, m) for si, m, why in rejected if why == CHANGE_WHY and m.kind == "percent" and m.start not in taken)
    amounts = [(si, m.start, m.end, m) for si, m, why in rejected if why == MONEY_WHY and m.kind == "money" and m.start not in taken]
    for _, si, c in changes:  # (a change right before an amount already read: "N % increase to" and the amount)
        to = _TO_AMOUNT_RE.match(norm, c.end, ctx.sentences[si].end)
        if to is not None and to.end() in taken:
            amounts.append((si, to.end(), to.end(), None))
    for si, start, end, m in amounts:
        owner, left = _subject(ctx, si, start)
        if not owner:
            continue
        year = _topic_year(ctx, si)
        if m is not None:
            figures.append(_dated(make(ctx, si, m, "defense_budget", owner, "bound", "budget:cjk-ranking"), year))
        after = _AFTER_RE.match(norm, end, ctx.sentences[si].end) if m is not None else None
        for _, c_si, c in changes:
            if c_si == si and (left <= c.start < start or after is not None and after.start("n") <= c.start < after.end()):
                up = "increase" in norm[c.end:c.end + 14]
                figures.append(_dated(make(ctx, si, c, "budget_change_pct", owner, "bound", "budget:cjk-ranking-change",
                                           sign=1 if up else -1), year))
    return figures


_TOPIC_YEAR_RE = re.compile(r"(?P<y>(?:19|20)\d\d)\s*(?:年|년)(?:度)?\s*(?:の|의|的)?\s*(?:world\s+)?(?:[^\s.]{0,6}\s*)?(?-i:[Dd])efen[cs]e\s+spending")


def _topic_year(ctx: Context, si: int) -> int | None:
    """The year the ranking's topic sentence gives its spending ("2019年の世界の軍事費": 2019), or None."""
    for k in range(si, max(-1, si - REACH - 1), -1):
        hit = _TOPIC_YEAR_RE.search(ctx.norm, ctx.sentences[k].start, ctx.sentences[k].end)
        if hit:
            return int(hit.group("y"))
    hit = _TOPIC_YEAR_RE.search(ctx.norm, 0, min(len(ctx.norm), 400))
    return int(hit.group("y")) if hit else None


def _dated(fig: Figure, year: int | None) -> Figure:
    return dataclasses.replace(fig, year=year) if year else fig


def _subject(ctx: Context, si: int, start: int) -> tuple[str, int]:
    """(the country a ranking line is about, where the stretch after it starts), or ("", 0)."""
    norm, sent = ctx.norm, ctx.sentences[si]
    if not CJK_RE.search(norm, sent.start, sent.end):
        return "", 0
    if not (any(ctx.says(k, DEFENSE_MONEY_RE) for k in range(max(0, si - REACH), si + 1)) or ctx.in_lede(DEFENSE_MONEY_RE)):
        return "", 0
    before = [c for c in ctx.country_mentions(max(sent.start, start - 120), start) if c.kind != "alliance"]
    if not before:
        return "", 0
    c = before[-1]
    mark = _MARK_RE.match(norm, c.end, start)
    if mark is None:
        return "", 0
    gap = _RANK_RE.sub(" ", _CHANGE_RE.sub(" ", norm[mark.end():start]))
    if len(gap.strip()) > _GAP or re.search(r"\d", gap) or OTHER_MONEY_RE.search(gap):
        return "", 0
    return c.iso3, mark.end()


gate_all(globals())
