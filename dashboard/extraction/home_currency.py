"""Amounts that name no currency, in an article about one country that names none other: "En 2023 Defensa arrancó con
algo más de 12.800 millones y terminó gastando más de 15.200 millones" in a Spanish paper on Spain's budget are euros.

A bare amount in millions or more ("12,800 million", "2 miliardi") is money in the currency of the article's own
country when its sentence speaks of money (budget, spending, allocation, funds) and no people follow it, and when the
amounts the article does give a currency are in that same currency (at least two for each in another: the world's
spending in dollars beside a Spanish budget in euros). The country's currency is the one only it uses
(``vocab/currency_countries.csv``) or the euro from the year it joined (``vocab/euro_area.csv``), by the article's date.
"""

from __future__ import annotations

import bisect
import csv
import re
from dataclasses import replace
from functools import cache

from dashboard.extraction.currencies import CURRENCY_COUNTRY, VOCAB
from dashboard.extraction.record import NumberMention
from dashboard.extraction.text import Sentence
from dashboard.extraction.vocab import I

_MONEY_WORDS_RE = re.compile(r"\b(?:budget\w*|spend\w*|spent|expenditures?|allocat\w*|funds?|funding|appropriat\w*|outlays?|costs?)\b", I)
_NOT_MONEY_AFTER_RE = re.compile(r"\s*(?:of\s+)?(?:[\w-]+\s+)?(?:people|persons|inhabitants|citizens|residents|users|voters|viewers|"
                                 r"soldiers|troops|men|women|personnel|members|barrels|tons|tonnes|doses|years|hours|kilometres|kilometers)\b", I)


@cache
def _home_currencies() -> dict[str, tuple[str, int]]:
    """country -> (currency, first year): a currency only that country uses, else the euro from the year it joined."""
    homes = {country: (currency, 0) for currency, country in CURRENCY_COUNTRY.items()}
    with open(VOCAB / "euro_area.csv", encoding="utf-8", newline="") as fh:
        homes.update({row["country"]: ("EUR", int(row["joined"])) for row in csv.DictReader(fh)})
    return homes


def lend_home_currency(norm: str, sentences: list[Sentence], numbers: list[NumberMention], country: str,
                       year: int | None) -> list[NumberMention]:
    """``numbers`` with each bare amount of the module docstring made money in ``country``'s currency."""
    currency, joined = _home_currencies().get(country, ("", 0))
    other = sum(n.kind == "money" and n.currency != currency for n in numbers)
    if not currency or year is not None and year < joined or other and sum(n.kind == "money" and n.currency == currency for n in numbers) < 2 * other:
        return numbers  # (most of the amounts it gives a currency are in that currency: "2,7 billones de dólares" of the world's
        # spending beside two amounts in euros leaves Spain's bare "40.457 millones" in euros)
    ends = [s.end for s in sentences]
    out = list(numbers)
    for k, n in enumerate(numbers):
        if n.kind != "count" or not n.has_scale or n.value < 1e7 or _NOT_MONEY_AFTER_RE.match(norm, n.end):
            continue
        i = min(bisect.bisect_right(ends, n.start), len(sentences) - 1)
        if _MONEY_WORDS_RE.search(norm, sentences[i].start, sentences[i].end):
            out[k] = replace(n, kind="money", currency=currency)
    return out
