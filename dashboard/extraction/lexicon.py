"""The number scanner's word lists, read from data files: each list is defined once, under ``vocab/``.

==========================  ==================================================================
``currency_prefixes.csv``   markers before a figure ("US$", "Rs", "\u20b9") and their ISO code;
                            ``guarded`` = 1 for markers that are also common labels ("P8", "R5")
``currency_words.csv``      words after a figure ("66.3 trillion won") and their ISO code
``currency_codes_after.csv``  upper-case codes after a figure ("913.9 billion TL") and their ISO code
``number_words.csv``        English number words and scale words with their values
``hedges.csv``              hedges before a figure ("more than", "about") and the qualifier they give
``person_nouns_after.csv``  personnel nouns after a figure ("28,500 troops")
``person_nouns_before.csv`` personnel nouns before a figure ("a force of 450,000")
==========================  ==================================================================

A file's order is the order of the regex alternation compiled from it; where one entry begins
another, the longer comes first ("Rs." before "Rs", "pounds sterling" before "pounds"). Every loader
checks its rows and raises one ValueError that names every bad line, so a typo in a data file stops
the import instead of silently dropping a currency.

>>> ("NT$", "TWD") in [(p.prefix, p.code) for p in currency_prefixes()]
True
>>> hedge_phrases()[:3]
['slightly more than', 'not much more than', 'not much over']
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

VOCAB = Path(__file__).resolve().parent / "vocab"
CURRENCY_PREFIXES_FILE = VOCAB / "currency_prefixes.csv"
CURRENCY_WORDS_FILE = VOCAB / "currency_words.csv"
CURRENCY_CODES_AFTER_FILE = VOCAB / "currency_codes_after.csv"
NUMBER_WORDS_FILE = VOCAB / "number_words.csv"
HEDGES_FILE = VOCAB / "hedges.csv"

QUALIFIERS = ("approx", "lower_bound", "upper_bound")
NUMBER_WORD_KINDS = ("unit", "ten", "scale", "abbreviation")
_ISO_RE = re.compile(r"[A-Z]{3}")


class CurrencyPrefix(NamedTuple):
    prefix: str  # as written, case-sensitive
    code: str  # ISO 4217
    guarded: bool  # money only before a figure that reads as money (see number_marks.prefix_currency)


class NumberWord(NamedTuple):
    word: str
    value: int
    kind: str  # one of NUMBER_WORD_KINDS


def _read(path: Path, columns: tuple[str, ...], check: Callable[[dict[str, str]], str],
          key: str, folded: bool = False, ordered: bool = False) -> list[dict[str, str]]:
    """The rows of ``path`` (fields stripped), or ValueError naming every bad line.

    ``check`` returns what is wrong with one row ("" when nothing). ``key`` must be unique (compared
    case-insensitively when ``folded``); ``ordered`` asks that no key come after a shorter key it begins.
    """
    rows: list[dict[str, str]] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path.name}:1: header lacks {', '.join(missing)}")
        for row in reader:
            line = reader.line_num
            if None in row or any(row[c] is None for c in columns):
                problems.append(f"{path.name}:{line}: wrong number of fields {row!r}")
                continue
            clean = {c: row[c].strip() for c in columns}
            error = "" if clean[key] else f"empty {key}"
            error = error or check(clean)
            k = clean[key].lower() if folded else clean[key]
            if not error and k in seen:
                error = f"duplicate of line {seen[k]}"
            if error:
                problems.append(f"{path.name}:{line}: {error}: {row!r}")
                continue
            if ordered:
                for earlier, at in seen.items():
                    if k.startswith(earlier):
                        problems.append(f"{path.name}:{line}: {clean[key]!r} must come before {earlier!r} "
                                        f"(line {at}): the longer entry first")
            seen[k] = line
            rows.append(clean)
    if problems:
        raise ValueError(f"{path.name} has {len(problems)} bad row(s):\n" + "\n".join(problems))
    return rows


def _iso(code: str) -> str:
    return "" if _ISO_RE.fullmatch(code) else f"{code!r} is not a 3-letter upper-case currency code"


def _phrase(text: str) -> str:
    """A case-insensitive entry must be written as the scanner looks it up: lower case, single spaces."""
    return "" if text == " ".join(text.lower().split()) else f"{text!r} must be lower case with single spaces"


@lru_cache(maxsize=8)
def currency_prefixes(path: Path = CURRENCY_PREFIXES_FILE) -> tuple[CurrencyPrefix, ...]:
    """Currency markers written before a figure, case-sensitive, in matching order."""
    def check(r: dict[str, str]) -> str:
        if any(ch.isspace() for ch in r["prefix"]):
            return "a prefix has no spaces"
        return _iso(r["code"]) or ("" if r["guarded"] in ("0", "1") else "guarded must be 0 or 1")
    rows = _read(path, ("prefix", "code", "guarded"), check, key="prefix", ordered=True)
    return tuple(CurrencyPrefix(r["prefix"], r["code"], r["guarded"] == "1") for r in rows)


@lru_cache(maxsize=8)
def currency_words(path: Path = CURRENCY_WORDS_FILE) -> tuple[tuple[str, str], ...]:
    """(word, ISO code) for currency words after a figure, matched case-insensitively, in matching order."""
    rows = _read(path, ("word", "code"), lambda r: _phrase(r["word"]) or _iso(r["code"]),
                 key="word", folded=True, ordered=True)
    return tuple((r["word"], r["code"]) for r in rows)


@lru_cache(maxsize=8)
def currency_codes_after(path: Path = CURRENCY_CODES_AFTER_FILE) -> tuple[tuple[str, str], ...]:
    """(code as written, ISO code) for upper-case codes after a figure: "TL" is TRY, "RMB" is CNY."""
    def check(r: dict[str, str]) -> str:
        if not re.fullmatch(r"[A-Z]{2,3}", r["code"]):
            return f"{r['code']!r} is not 2 or 3 upper-case letters (the scanner reads no other)"
        return _iso(r["currency"])
    rows = _read(path, ("code", "currency"), check, key="code")
    return tuple((r["code"], r["currency"]) for r in rows)


@lru_cache(maxsize=8)
def number_words(path: Path = NUMBER_WORDS_FILE) -> tuple[NumberWord, ...]:
    """English number words: units (0-19), tens (20-90), scale words, and scale abbreviations ("bn")."""
    def check(r: dict[str, str]) -> str:
        if not re.fullmatch(r"[a-z]+", r["word"]):
            return f"{r['word']!r} must be lower-case letters"
        if r["kind"] not in NUMBER_WORD_KINDS:
            return f"kind must be one of {', '.join(NUMBER_WORD_KINDS)}"
        try:
            value = float(r["value"])
        except ValueError:
            return f"value {r['value']!r} is not a number"
        if not (value.is_integer() and 0 <= value <= 1e15):
            return f"value {r['value']!r} is not a whole number from 0 to 1e15"
        ok = {"unit": value < 20, "ten": 20 <= value <= 90 and value % 10 == 0}.get(r["kind"], value >= 100)
        return "" if ok else f"value {r['value']!r} does not fit kind {r['kind']!r}"
    rows = _read(path, ("word", "value", "kind"), check, key="word")
    return tuple(NumberWord(r["word"], int(float(r["value"])), r["kind"]) for r in rows)


@lru_cache(maxsize=8)
def hedges(path: Path = HEDGES_FILE) -> tuple[tuple[str, str], ...]:
    """(phrase, qualifier) for hedges before a figure, matched case-insensitively, in matching order."""
    def check(r: dict[str, str]) -> str:
        if r["qualifier"] not in QUALIFIERS:
            return f"qualifier must be one of {', '.join(QUALIFIERS)}"
        return _phrase(r["phrase"])
    rows = _read(path, ("phrase", "qualifier"), check, key="phrase", folded=True, ordered=True)
    return tuple((r["phrase"], r["qualifier"]) for r in rows)


def hedge_phrases() -> list[str]:
    """The hedge phrases the number scanner recognises, from ``vocab/hedges.csv``, in file order.

    Lower case, words separated by one space; regex-escape each and let its spaces match ``\\s+``.

    >>> "more than" in hedge_phrases() and "~" in hedge_phrases()
    True
    """
    return [phrase for phrase, _ in hedges()]


FILLERS_FILE = VOCAB / "fillers.csv"


@lru_cache(maxsize=8)
def fillers(path: Path = FILLERS_FILE) -> tuple[str, ...]:
    """Words that may stand between a cue and its figure without hedging it ("a record", "just", "another")."""
    rows = _read(path, ("phrase",), lambda r: _phrase(r["phrase"]), key="phrase", folded=True)
    return tuple(r["phrase"] for r in rows)


PERSON_NOUNS_AFTER_FILE = VOCAB / "person_nouns_after.csv"
PERSON_NOUNS_BEFORE_FILE = VOCAB / "person_nouns_before.csv"


@lru_cache(maxsize=8)
def person_nouns(path: Path) -> tuple[str, ...]:
    """Personnel nouns, lower case with single spaces, in file order (the order of the regex alternation built
    from them): ``person_nouns_after.csv`` holds the nouns after a figure ("28,500 troops"),
    ``person_nouns_before.csv`` those before one ("a force of 450,000")."""
    rows = _read(path, ("phrase",), lambda r: _phrase(r["phrase"]), key="phrase", folded=True)
    return tuple(r["phrase"] for r in rows)


def phrase_pattern(phrases: tuple[str, ...]) -> str:
    """An alternation of phrases, each escaped, its spaces matching any run of whitespace."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


NATIONAL_DOMAINS_FILE = VOCAB / "cctlds.csv"
_TLD_RE = re.compile(r"(?:(?:com|gov|org|net|edu|mil|ac)\.)?[a-z]{2}")  # ("com.co": a generic domain used nationally)


@lru_cache(maxsize=8)
def national_domains(path: Path = NATIONAL_DOMAINS_FILE) -> dict[str, str]:
    """Two-letter web domain -> the country whose papers use it ("pk" -> PAK); generic ones are left out of the file."""
    def check(r: dict[str, str]) -> str:
        if not _TLD_RE.fullmatch(r["tld"]):
            return f"{r['tld']!r} is not a two-letter lower-case domain (or one under com., gov., org. ...)"
        return "" if _ISO_RE.fullmatch(r["country"]) else f"{r['country']!r} is not an ISO3 country code"
    return {r["tld"]: r["country"] for r in _read(path, ("tld", "country"), check, key="tld")}
