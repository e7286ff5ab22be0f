"""The currency tables of attribution: which country a currency names (vocab/currency_countries.csv), and the local
code of a currency word in another country's figure (vocab/local_currencies.csv)."""

from __future__ import annotations

import csv
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
