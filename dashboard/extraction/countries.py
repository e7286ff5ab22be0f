"""Who a figure belongs to: country names, short forms, demonyms and metonyms, from data files.

The alias table is data (``data/country_aliases.csv``), not code: adding "Kiev" or "ROK" is a
one-line change a reviewer can read. This module only loads it and finds mentions in text.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from dashboard.extraction import recache
from dashboard.extraction.numbers import normalize
from dashboard.extraction.patterns import spaced, squeeze, trie_alternation
from dashboard.extraction.quick_init import quick_init

REFERENCE_DIR = Path(__file__).resolve().parents[2] / "data"
ALIASES_FILE = REFERENCE_DIR / "country_aliases.csv"
COUNTRIES_FILE = REFERENCE_DIR / "countries.csv"
NOT_COUNTRIES_FILE = REFERENCE_DIR / "not_countries.txt"


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    fy_start_month: int | None = None
    fy_label: str = ""  # "start" or "end": which calendar year names the fiscal year


@quick_init
@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    iso3: str
    kind: str  # name, short, demonym, capital, institution, alliance
    text: str


@dataclass(frozen=True)
class Gazetteer:
    countries: dict[str, Country]
    aliases: dict[str, tuple[str, str]]  # alias as written (case-sensitive ones) or lower-cased -> (iso3, kind)
    _pattern: re.Pattern | None
    _exact: dict[str, tuple[str, str] | None]  # hits of the case-sensitive branch; None marks a blocked phrase
    _folded: dict[str, tuple[str, str] | None]  # hits of the case-insensitive branch, lower-cased
    _first: re.Pattern | None = None  # where a mention can start, on lower-cased text (see find)
    _the_next: frozenset[str] | None = None  # the second words of the aliases that begin with "the" (see _matches)

    def name(self, iso3: str) -> str:
        country = self.countries.get(iso3)
        return country.name if country else iso3

    def resolve(self, alias: str) -> str | None:
        """ISO3 for an alias, or None when the table does not know it (never a guess).

        >>> gazetteer().resolve("ROK"), gazetteer().resolve("Seoul"), gazetteer().resolve("Atlantis")
        ('KOR', 'KOR', None)
        """
        alias = normalize(alias.strip())
        hit = self.aliases.get(alias) or self.aliases.get(alias.lower())
        return hit[0] if hit else None

    def find(self, text: str) -> list[CountryMention]:
        """Every country mention in ``text`` (already normalised), the longest alias winning.

        One pass of one regex: the case-sensitive aliases and the case-insensitive ones (with the
        phrases of not_countries.txt, which hide the country word inside them) are two tries.

        >>> [(m.text, m.iso3) for m in gazetteer().find("Seoul and the U.S. agreed; ROK troops")]
        [('Seoul', 'KOR'), ('U.S.', 'USA'), ('ROK', 'KOR')]
        """
        if self._pattern is None:
            return []
        found: list[CountryMention] = []
        for m in self._matches(text):
            if text.startswith("$", m.end()):
                continue  # "US$3 billion", "NZ$748 million": a currency's prefix, not the country
            written = m.group(0)
            key = squeeze(written)  # "North\nKorea" is looked up as "North Korea"
            hit = self._exact.get(key) if m.group("exact") is not None else self._folded.get(key.lower())
            if hit is not None and not (hit[1] == "institution" and found and found[-1].iso3 != hit[0]
                                        and _anothers_institution(text, found[-1], m.start(), written)):
                found.append(CountryMention(m.start(), m.end(), hit[0], hit[1], written))
        return found

    def _matches(self, text: str) -> list[re.Match]:
        """The matches of ``_pattern.finditer(text)``, found faster: the full pattern is tried only at the start
        of a word that some alias begins with, found by ``_first`` (a case-sensitive trie of the aliases' first
        words) on the lower-cased text, which re scans several times faster than the case-insensitive pattern.
        Every alias is ASCII and begins with a word character, and lower-casing changes no character's class,
        so every match starts at such a word; a word with a non-ASCII letter (which re may fold onto an ASCII
        one) is always tried. The same matches, in the same order."""
        low = text.lower()
        if self._first is None or len(low) != len(text):
            return list(self._pattern.finditer(text))
        starts = [w.start() for w in self._first.finditer(low)]
        if not low.isascii() and _NON_ASCII_LETTER_RE.search(low):  # (most such text has only signs: "\u20ac", dashes)
            starts = sorted({*starts, *(w.start() for w in _NON_ASCII_WORD_RE.finditer(low))})
        found = []
        last_end = 0
        match = self._pattern.match
        the_next = self._the_next
        for at in starts:
            if at >= last_end:
                if the_next is not None and low.startswith("the", at) and low[at + 3:at + 4].isspace():  # ("the" opens half the candidates:
                    tw = _THE_NEXT_WORD_RE.match(low, at)            # try the pattern only before a word that can follow; "Theo" is no "the")
                    if tw is None or tw.group(1) not in the_next:
                        continue
                m = match(text, at)
                if m:
                    last_end = m.end()
                    found.append(m)
        return found


# The start of each run of word characters that holds a non-ASCII one: its ASCII head read once (possessive), so a
# run of a million letters of another script costs one pass, not a walk back from each of its letters.
_NON_ASCII_WORD_RE = re.compile(r"(?<!\w)[0-9A-Za-z_]*+[^\W\x00-\x7f]")
# the letter such a word must hold, found without the lookbehind at each position (a test of one set per character)
_NON_ASCII_LETTER_RE = re.compile(r"[^\W\x00-\x7f]")


def load_gazetteer(aliases_file: Path = ALIASES_FILE, countries_file: Path = COUNTRIES_FILE,
                   not_countries_file: Path | None = NOT_COUNTRIES_FILE) -> Gazetteer:
    """Read the two CSV files; raise ValueError listing every bad row at once."""
    problems: list[str] = []
    countries: dict[str, Country] = {}
    with open(countries_file, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            month = row.get("fy_start_month") or ""
            countries[row["iso3"]] = Country(
                iso3=row["iso3"], name=row["name"],
                fy_start_month=int(month) if month.isdigit() else None,
                fy_label=row.get("fy_label") or "",
            )
    aliases: dict[str, tuple[str, str]] = {}
    sensitive: list[str] = []
    insensitive: list[str] = []
    with open(aliases_file, encoding="utf-8", newline="") as fh:
        for line_no, row in enumerate(csv.DictReader(fh), start=2):
            # aliases are matched against normalised text, so fold them the same way ("T\u00fcrkiye" -> "Turkiye")
            alias, iso3 = normalize(row["alias"].strip()), row["iso3"].strip()
            if iso3 not in countries:
                problems.append(f"{aliases_file.name}:{line_no}: {alias!r} maps to unknown code {iso3!r}")
                continue
            if row.get("case_sensitive", "0").strip() == "1":
                aliases[alias] = (iso3, row["kind"])
                sensitive.append(alias)
            else:
                aliases[alias.lower()] = (iso3, row["kind"])
                insensitive.append(alias)
    if problems:
        raise ValueError("country alias table has problems:\n" + "\n".join(problems))
    blocked: list[str] = []
    if not_countries_file is not None and Path(not_countries_file).is_file():
        lines = Path(not_countries_file).read_text(encoding="utf-8").splitlines()
        blocked = [normalize(ln.strip()) for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    folded: dict[str, tuple[str, str] | None] = {a.lower(): aliases[a.lower()] for a in insensitive}
    folded.update({b.lower(): None for b in blocked})
    exact: dict[str, tuple[str, str] | None] = {a: aliases[a] for a in sensitive}
    # The regex tries the case-sensitive trie first; a longer case-insensitive entry that starts with
    # a case-sensitive alias ("Guinea-Bissau" after "Guinea", "China Daily" after "China") must win,
    # so it joins the case-sensitive trie as written.
    shorts = set(sensitive)
    for longer in [*insensitive, *blocked]:
        if any(longer[:k] in shorts for k in range(len(longer))):  # a case-sensitive alias is a proper prefix
            exact[longer] = folded[longer.lower()]
    branches = []
    if exact:
        branches.append("(?P<exact>" + spaced(trie_alternation(list(exact))) + ")")
    if folded:
        branches.append("(?i:(?P<folded>" + spaced(trie_alternation(list(folded), fold=True)) + "))")
    # (after a full stop only where a sentence ran on without its space, "its ambitions.India – 1,475,000": a capital
    # after a word of three small letters, never inside "bbc.co.uk"; and after an ellipsis of two stops, "Report ..Morocco")
    pattern = re.compile(r"(?:(?<![\w.])|(?<=[a-z]{3}\.)(?=[A-Z][a-z])|(?<=\s\.\.)(?=[A-Z]))(?:" + "|".join(branches) + r")(?![\w])") if branches else None
    return Gazetteer(countries, aliases, pattern, exact, folded, _first_words([*exact, *folded]), _the_next_words([*exact, *folded]))


_WORD_RE = re.compile(r"\w+")


def _the_next_words(aliases: list[str]) -> frozenset[str] | None:
    """The lower-cased words that follow "the" at the start of an alias ("the Gambia", "the United States"); None
    when "the" alone is an alias or one is followed by no word (then every "the" is tried, as before)."""
    nexts = set()
    for alias in aliases:
        low = alias.lower()
        if low == "the" or low.startswith("the") and not low[3:4].isalnum() and not _THE_NEXT_WORD_RE.match(low):
            return None
        tw = _THE_NEXT_WORD_RE.match(low)
        if tw:
            nexts.add(tw.group(1))
    return frozenset(nexts)


_THE_NEXT_WORD_RE = re.compile(r"the\s+(\w+)")


def _first_words(aliases: list[str]) -> re.Pattern | None:
    """A case-sensitive pattern of the lower-cased first words of ``aliases`` (a whole word of lower-cased
    text), for Gazetteer._matches; None when an alias is not ASCII or
    does not begin with a word character (then every position is tried, as before)."""
    firsts = set()
    for alias in aliases:
        word = _WORD_RE.match(alias)
        if not alias.isascii() or word is None:
            return None
        firsts.add(word.group(0).lower())
    if not firsts:
        return None
    # "\b(?<!\.)" is "(?<![\w.])" before a word character, read in an order re scans faster (~1.8x)
    return re.compile(r"(?:\b(?<!\.)|(?<=[a-z]{3}\.)|(?<=\s\.\.))(?:" + trie_alternation(sorted(firsts)) + r")(?!\w)")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once per process (its regex program kept between runs, see recache)."""
    with recache.compiling():
        return load_gazetteer()


def fiscal_year(iso3: str, on: date, offset: int = 0) -> int:
    """The fiscal-year label in force in ``iso3`` on a date, plus ``offset`` years.

    Uses the country's fiscal-year start and labelling convention from countries.csv;
    a country without that data counts calendar years.

    >>> fiscal_year("JPN", date(2023, 12, 22), 1), fiscal_year("IND", date(2020, 2, 1), 1)
    (2024, 2020)
    >>> fiscal_year("USA", date(2025, 11, 3))
    2026
    """
    country = gazetteer().countries.get(iso3)
    start = country.fy_start_month if country else None
    if not start or start == 1:
        return on.year + offset
    started_this_calendar_year = on.month >= start
    if country.fy_label == "end":
        label = on.year + 1 if started_this_calendar_year else on.year
    else:
        label = on.year if started_this_calendar_year else on.year - 1
    return label + offset


POINTS_FILE = REFERENCE_DIR / "country_points.csv"


@lru_cache(maxsize=1)
def country_points() -> dict[str, tuple[float, float]]:
    """One (lat, lon) per country for map lines: its largest land mass's centroid, or its capital."""
    with open(POINTS_FILE, encoding="utf-8", newline="") as fh:
        return {row["iso3"]: (float(row["lat"]), float(row["lon"])) for row in csv.DictReader(fh)}


def _anothers_institution(text: str, before: CountryMention, start: int, written: str) -> bool:
    """True when an institution's alias starting at ``start`` belongs to the country named just ``before`` it:
    right after it ("Sudan People's Liberation Army": Sudan's), or a "Royal ..." service listed on the same line
    after another kingdom's "Royal Moroccan ..." ("-Royal Moroccan Air Force -Royal Navy": Morocco's)."""
    gap = text[before.end:start]
    return not gap.strip() or (written.startswith("Royal ") and text.endswith("Royal ", 0, before.start)
                               and len(gap) < 80 and "\n" not in gap)
