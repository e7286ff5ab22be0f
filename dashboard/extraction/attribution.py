"""Stage 4, attribution: whose figure it is (owner), from the words bound to it outward to the article."""

from __future__ import annotations

import re

from dashboard.extraction import countries as geo
from dashboard.extraction.context import Context, is_place_object, sentence_subject
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.vocab import HEDGE, I


def find_owner(ctx: Context, si: int, m: NumberMention, host: str, bound: list[geo.CountryMention],
           currency: str = "", sibling: str = "") -> tuple[str, str]:
    """Whose figure: (iso3, how it was found).

    In order: a country word bound to the number ("U.S. troops"); a pronoun's antecedent; the
    nearest country named as an actor earlier in the sentence (an alliance only when no country
    is named: "Ankara maintains NATO's second-largest army of 355,000" is Turkey's); a currency
    that belongs to one country; another figure of the sentence; the previous sentences; a
    country named later in the sentence; the dateline; and last, the article's main country.
    """
    for c in bound:
        if c.iso3 != host:
            return c.iso3, "bound"
    sent = ctx.sentences[si]
    before = ctx.norm[max(sent.start, m.start - 300):m.start]
    if re.search(r"\b(?:its|their)\s+" + HEDGE + r"$", before, I) or re.search(
            r"\b(?:it|they)\s+\w+\s+" + HEDGE + r"$", before, I):
        subject = subject_for_pronoun(ctx, si, m.start, host)
        if subject:
            return subject, "pronoun"
    in_sentence = [c for c in ctx.country_mentions(sent.start, m.start)
                   if c.iso3 != host and not is_place_object(ctx.norm, c)]
    countries = [c for c in in_sentence if c.kind != "alliance"]
    if countries or in_sentence:
        return (countries or in_sentence)[-1].iso3, "sentence"
    by_currency = CURRENCY_COUNTRY.get(currency) if currency else None
    if by_currency and by_currency != host:
        return by_currency, "currency"
    if sibling and sibling != host:
        return sibling, "same-sentence-figure"
    if si and ctx.sentences[si - 1].paragraph == sent.paragraph:
        subject = sentence_subject(ctx, si - 1)
        if subject and subject != host:
            return subject, "previous"
    after = [c for c in ctx.country_mentions(m.end, sent.end) if c.iso3 != host
             and not is_place_object(ctx.norm, c)]
    after = [c for c in after if c.kind != "alliance"] or after
    if after:
        return after[0].iso3, "sentence-after"
    subject = sentence_subject(ctx, si - 1) if si else ""
    if subject and subject != host:
        return subject, "previous"
    if ctx.dateline and ctx.dateline != host:
        return ctx.dateline, "dateline"
    by_currency = AMBIGUOUS_CURRENCY_COUNTRY.get(currency) if currency else None
    if by_currency and by_currency != host:
        return by_currency, "currency"
    if ctx.main_country and ctx.main_country != host:
        return ctx.main_country, "article"
    return "", "none"


def subject_for_pronoun(ctx: Context, si: int, pos: int, host: str) -> str:
    sent = ctx.sentences[si]
    firsts = [c for c in ctx.country_mentions(sent.start, pos) if c.iso3 != host and not is_place_object(ctx.norm, c)]
    if firsts:
        return firsts[0].iso3
    return sentence_subject(ctx, si - 1) if si else ""




CURRENCY_COUNTRY = {"KRW": "KOR", "JPY": "JPN", "CNY": "CHN", "RUB": "RUS", "ILS": "ISR", "UAH": "UKR",
                     "PLN": "POL", "TRY": "TUR", "SAR": "SAU", "TWD": "TWN", "GBP": "GBR", "AUD": "AUS",
                     "CAD": "CAN", "BRL": "BRA", "IDR": "IDN", "NGN": "NGA", "SEK": "SWE", "NOK": "NOR",
                     "DKK": "DNK", "THB": "THA", "BDT": "BGD", "ZAR": "ZAF", "EGP": "EGY", "PHP": "PHL",
                     "VND": "VNM", "MYR": "MYS", "CHF": "CHE", "PKR": "PAK", "KES": "KEN"}
# Names several countries use: a last resort ("rupees" are also Pakistan's, "pesos" Chile's...).
AMBIGUOUS_CURRENCY_COUNTRY = {"INR": "IND", "MXN": "MEX", "MAD": "MAR"}
# The same currency word for another country: rupees in Pakistan are PKR, pesos in Chile CLP.
LOCAL_CURRENCY = {("INR", "PAK"): "PKR", ("INR", "LKA"): "LKR", ("INR", "NPL"): "NPR", ("MXN", "CHL"): "CLP",
                   ("MXN", "COL"): "COP", ("MXN", "ARG"): "ARS", ("MXN", "PHL"): "PHP", ("MAD", "ARE"): "AED",
                   ("NOK", "DNK"): "DKK"}
