"""The converter that fills a currency's missing days on first use gives every rate the package's own converter
gives, for every currency and every day of the history (and the same dollar values through usd_value)."""

from __future__ import annotations

from datetime import date

from currency_converter import CurrencyConverter

from dashboard.tables import frames


def test_every_rate_is_the_packages():
    eager = CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)
    lazy = frames._converter()
    assert lazy.currencies == eager.currencies and lazy.bounds == eager.bounds
    for currency in sorted(eager.currencies - {"EUR"}):
        first, last = eager.bounds[currency]
        days = [first, last, date(first.year + 1, 1, 1), date(2020, 3, 1), date(2024, 12, 25)]
        for day in days:
            if first <= day <= last:
                assert lazy._get_rate(currency, day) == eager._get_rate(currency, day), (currency, day)
        assert dict(lazy._rates[currency]) == dict(eager._rates[currency]), currency


def test_usd_values_as_before():
    eager = CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)
    for currency, on in (("EUR", date(2024, 6, 1)), ("JPY", date(2023, 12, 22)), ("KRW", date(2019, 1, 6)),
                         ("INR", None), ("GBP", date(1990, 1, 1))):
        usd, rate = frames.usd_value(1234.5e9, currency, on)
        day = date.fromisoformat(rate.split()[1])
        assert usd == eager.convert(1234.5e9, currency, "USD", date=day)
