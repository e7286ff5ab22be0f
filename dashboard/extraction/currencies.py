"""The currency tables of attribution: which country a currency names (vocab/currency_countries.csv), and the local
code of a currency word in another country's figure (vocab/local_currencies.csv)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

VOCAB = Path(__file__).resolve().parent / "vocab"


def _read_currency_tables() -> tuple[dict[str, str], dict[str, str], dict[tuple[str, str], str]]:
    """(currency -> its one country, currency -> the country it most often means, (currency, owner) -> local code)."""
    single: dict[str, str] = {}
    shared: dict[str, str] = {}
    with open(VOCAB / "currency_countries.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            (shared if row["shared"] == "1" else single)[row["currency"]] = row["country"]
    with open(VOCAB / "local_currencies.csv", encoding="utf-8", newline="") as fh:
        local = {(row["currency"], row["country"]): row["local"] for row in csv.DictReader(fh)}
    return single, shared, local


# A currency one country uses (the dollar and the euro are left out: wire copy quotes everyone in them);
# currencies several countries name alike ("rupees", "pesos") are a last resort; and the local code
# of a currency word in another country's figure (rupees in Pakistan are PKR).
CURRENCY_COUNTRY, AMBIGUOUS_CURRENCY_COUNTRY, LOCAL_CURRENCY = _read_currency_tables()


# The countries a shared currency word can mean: its usual country and the ones local_currencies.csv names
CURRENCY_USERS: dict[str, set[str]] = {cur: {country} for cur, country in AMBIGUOUS_CURRENCY_COUNTRY.items()}
for (_cur, _country) in LOCAL_CURRENCY:
    CURRENCY_USERS.setdefault(_cur, set()).add(_country)


def same_currency(figure, mention) -> bool:
    """Whether a mention's money is in the currency of a figure: its own code, or the one a shared sign takes in the
    figure's country ("Sh3.326 trillion" is read as Kenya's shillings; in a Tanzanian figure the same sign is TZS)."""
    return figure.currency == LOCAL_CURRENCY.get((mention.currency, figure.country_iso3), mention.currency)


# A bare "$" in a figure of a country with its own dollar is that dollar (an Australian paper's "$22.0 billion" is
# AUD; a browser audit saw it read as US dollars, and on the labelled sets 34 of 48 such figures were labelled in the
# local dollar), unless the text writes the local dollar with its own sign ("A$"), which leaves "$" to the US dollar,
# or the amount stands in brackets (a conversion: "(approximately $35 million)"). Taiwan and Brunei are left out:
# their labelled "$" figures were US dollars.
LOCAL_DOLLAR = {"AUS": "AUD", "CAN": "CAD", "NZL": "NZD", "SGP": "SGD", "HKG": "HKD", "JAM": "JMD", "NAM": "NAD",
                "LBR": "LRD", "FJI": "FJD", "GUY": "GYD", "TTO": "TTD", "BHS": "BSD", "BRB": "BBD", "BLZ": "BZD"}
_LOCAL_SIGN_RE = re.compile(r"(?<![A-Za-z])(?:A|AU|C|CA|CAN|NZ|S|SG|HK|J|JA|N|L|LD|F|FJ|G|GY|TT|B|BS|BDS|BBD|BZ)\$")


def bare_dollar(ctx, m, method: str) -> bool:
    """Whether money read as US dollars was written with a bare "$" that the text leaves to the local dollar."""
    quote = ctx.text[m.start:m.end]
    if not quote.startswith("$") or method.startswith("budget:conversion"):
        return False
    before = ctx.norm[max(0, m.start - 40):m.start]
    if before.rfind("(") > before.rfind(")"):
        return False  # (in brackets: a conversion or an aside)
    return not _LOCAL_SIGN_RE.search(ctx.norm)
