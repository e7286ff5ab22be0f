"""The owner of a budget change nobody in the text owns, read from the money of the level it reaches: "the government
hiked the defence budget by a whopping 27 per cent to Rs 77,000 crore" is India's (crore) when no country is named."""

from __future__ import annotations

import re

from dashboard.extraction.context import Context
from dashboard.extraction.currencies import AMBIGUOUS_CURRENCY_COUNTRY, CURRENCY_COUNTRY, CURRENCY_USERS
from dashboard.extraction.numbers import NumberMention, find_numbers

# "hiked the defence budget by a whopping 27 per cent to Rs 77,000 crore": a change nobody else owns is the country
# whose money the level it reaches is in (one country's currency, or the article's country among those using it)
_TO_AMOUNT_AFTER_RE = re.compile(r"\s*(?:%|per\s*cent|percent)?\s+to\s+(?P<amount>[^\s\d]{0,4}\s?[\d.,]+\s*(?:[a-z]+\s+){0,2}?[A-Za-z$]*)", re.I)


def to_level_currency_owner(ctx: Context, m: NumberMention) -> str:
    """The one country whose currency the level a change reaches is stated in ("... 27 per cent to Rs 77,000 crore"), or ""."""
    to = _TO_AMOUNT_AFTER_RE.match(ctx.norm, m.end, min(len(ctx.norm), m.end + 60))
    if to is None:
        return ""
    amounts = [n for n in find_numbers(to.group("amount"), normalized=True) if n.kind == "money" and n.currency]
    if not amounts:
        return ""
    currency = amounts[0].currency  # (rupees: the article's country when it is one of those that use them)
    return (CURRENCY_COUNTRY.get(currency) or (ctx.main_country if ctx.main_country in CURRENCY_USERS.get(currency, ()) else "")
            or AMBIGUOUS_CURRENCY_COUNTRY.get(currency, ""))  # (the same order as find_owner's, for the level itself)
