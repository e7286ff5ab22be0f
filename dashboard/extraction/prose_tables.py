"""Tables written as prose: a header line naming the series and its unit, then one "year value" row per line.

    Year Defence Spending (USD, billions)
    2014 ~5.9
    2015 ~6.2

Scraped pages flatten tables into such lines; each row is a figure of the series the header names,
for the row's year. Only headers that name a defense series (spending, budget, expenditure, or a
share of GDP) and, for money, a currency count; at least three rows must follow.

A parliamentary written answer is the same table with its parts apart: the question names the series
("what was the total amount spent on defence ... in (a) 1980"), a line holding only the currency ("£")
heads rows of financial years ("1980-81 23,784"), and a note after them gives the unit ("All figures
are in £ million"). Such a table counts only with all three; a row's year is its financial year's first,
and years after the article's date are plans.
"""

from __future__ import annotations

import re

from dashboard.extraction.confidence import score
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import I
from dashboard.extraction.word_scan import line_matches

HEADER_RE = re.compile(
    r"^(?:[^\n]{0,40}?\b(?:defen[cs]e|military)\s+(?:spending|budget|expenditures?|outlays?)\b(?P<rest>[^\n]{0,60})|"
    r"[^\n]{0,200}?\b(?P<spent>spent|expenditure)\s+on\s+defen[cs]e\b[^\n]{0,300})$", I | re.M)
ROW_RE = re.compile(r"^[ \t]*(?P<year>(?:19|20)\d\d)(?:[-\u2013/](?:\d\d){1,2})?[ \t]*[|:,\t ][ \t]*(?P<approx>~|about|c\.|approx\.?)?[ \t]*"
                    r"(?P<value>\d[\d,]*(?:\.\d+)?)[ \t]*[|]?[ \t]*$", I | re.M)
_CURRENCY = {"usd": "USD", "us$": "USD", "$": "USD", "dollars": "USD", "eur": "EUR", "\u20ac": "EUR", "euros": "EUR",
             "gbp": "GBP", "\u00a3": "GBP", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "pln": "PLN", "jpy": "JPY",
             "krw": "KRW", "inr": "INR", "cny": "CNY", "rub": "RUB"}
_SCALE = {"billions": 1e9, "billion": 1e9, "bn": 1e9, "millions": 1e6, "million": 1e6, "mn": 1e6, "m": 1e6,
          "trillions": 1e12, "trillion": 1e12}
METHOD = "budget:table-as-prose"


def table_figures(ctx: Context, numbers: list[NumberMention], owner: str) -> list[Figure]:
    """Figures of every prose table in the article (see the module docstring)."""
    out: list[Figure] = []
    by_start = {n.start: n for n in numbers}
    for header in line_matches(HEADER_RE, ctx.norm, ctx.low, ("defen", "military"), 40):
        rest = (header.group("rest") or "").lower()
        share = bool(_TABLE_FIGURES_RE1.search(rest)) and "gdp" in rest
        currency = next((code for word, code in _CURRENCY.items()
                         if re.search(r"(?<![\w$])" + re.escape(word) + r"(?![\w])", rest)), "")
        scale = next((factor for word, factor in _SCALE.items() if re.search(r"\b" + word + r"\b", rest)), 1.0)
        answer = None
        if not (share or currency) and header.group("spent"):
            answer = _answer_unit(ctx.norm, header.end())
            currency, scale, table_start = answer or ("", 1.0, 0)
        if not owner or not (share or currency):
            continue
        rows = []
        for row in ROW_RE.finditer(ctx.norm, answer[2] if answer else header.end() + 1, min(len(ctx.norm), header.end() + 2000)):
            between = ctx.norm[(rows[-1].end() if rows else answer[2] if answer else header.end()):row.start()]
            if between.strip():
                break  # the table ends at the first line that is not a row
            rows.append(row)
        if answer and rows and answer[1] == 0.0:
            unit = _UNIT_NOTE_RE.search(ctx.norm, rows[-1].end(), rows[-1].end() + 600)
            scale = _SCALE[unit.group("scale").lower()] if unit else 0.0
            if not scale:
                continue
        if len(rows) < 3:
            continue
        for row in rows:
            start, end = row.start("value"), row.end("value")
            number = by_start.get(start)
            if number is None:
                continue
            value = float(row.group("value").replace(",", "")) * (1.0 if share else scale)
            out.append(Figure(
                article_id=ctx.info.article_id, country_iso3=owner,
                metric="defense_share_gdp_pct" if share else "defense_budget", value=value,
                unit="percent" if share else currency, quote=ctx.text[start:end],
                passage=" ".join((ctx.text[header.start():header.end()] + " \u2026 " + ctx.text[row.start():row.end()]).split()),
                start=start, end=end, method=f"{METHOD} (article)", currency="" if share else currency,
                year=int(row.group("year")), stage=_stage(ctx, int(row.group("year"))), qualifier="approx" if row.group("approx") else "",
                confidence=score(METHOD, "article"),
            ))
    return out


_CURRENCY_LINE_RE = re.compile(r"^[ \t]*(?P<cur>\u00a3|\$|US\$|\u20ac|GBP|USD|EUR)[ \t]*(?P<scale>m|million|bn|billion)?[ \t]*$", I | re.M)
_UNIT_NOTE_RE = re.compile(r"\bfigures\s+are\s+in\s+(?:\u00a3|\$|US\$|\u20ac|GBP|USD|EUR)\s*(?P<scale>million|billion|m|bn)\b", I)


def _answer_unit(norm: str, after: int) -> tuple[str, float, int] | None:
    """The currency line that heads a written answer's table within a few lines after its question: (currency,
    scale or 0.0 when a note must give it, where the rows begin)."""
    line = _CURRENCY_LINE_RE.search(norm, after, min(len(norm), after + 400))
    if line is None:
        return None
    currency = _CURRENCY[line.group("cur").lower()]
    scale = _SCALE[line.group("scale").lower()] if line.group("scale") else 0.0
    return currency, scale, line.end() + 1


def _stage(ctx: Context, year: int) -> str:
    """A table row's stage: planned for a year after the article's own."""
    published = ctx.info.published
    return "planned" if published is not None and year > published.year else ""


# The patterns of the functions above, compiled once at import rather than looked up in re's cache per call.
_TABLE_FIGURES_RE1 = re.compile(r"%|percent|share")
