"""What stands around a numeral and changes what it says: currency markers before it (``$``, ``Rs``,
guarded ``P``) and currency words or codes after it (``won``, ``TL``), scale abbreviations, hedges
(``about``, ``more than``), and the numerals that are never figures (model names, ordinals, times, ages).

In: the normalised text and a numeral's offsets; the tables come from vocab/ through ``lexicon``. Out: the
currency code, hedge qualifier or exclusion for ``numbers._scan``, with where each begins or ends.
"""

from __future__ import annotations

import re
from decimal import Decimal

from dashboard.extraction.lexicon import currency_codes_after, currency_prefixes, currency_words, hedges, number_words
from dashboard.extraction.record import NumberMention

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

# Abbreviations are only trusted next to a currency ("$5bn"); "10m" alone may be metres.
SCALE_ABBREVIATIONS: dict[str, float] = {w.word: float(w.value) for w in number_words() if w.kind == "abbreviation"}

# Prefix currency markers (vocab/currency_prefixes.csv), case-sensitive, longer first where one begins another.
CURRENCY_PREFIXES: list[tuple[str, str]] = [(p.prefix, p.code) for p in currency_prefixes()]
# A prefix that is also a common label counts as money only before a figure that reads as money:
# a scale word ("P430.87 billion", "R51.1 billion") or grouped digits ("P1,250"); a single letter
# must also be glued to the digits. Anything else stays what it was (a model name: no number at all).
_GUARDED_PREFIXES = {p.prefix for p in currency_prefixes() if p.guarded}
_PREFIX_RE = re.compile(
    r"(?:" + "|".join(re.escape(p) for p, _ in CURRENCY_PREFIXES) + r")(?:[ \t\r]*\n?[ \t\r]*)$"
)
_PREFIX_LOOKUP = {p: c for p, c in CURRENCY_PREFIXES}
# the last characters of the prefixes: a cheap necessary condition of _PREFIX_RE ("" never is one)
_PREFIX_LAST = frozenset(p[-1] for p, _ in CURRENCY_PREFIXES if not p[-1].isspace())
assert len(_PREFIX_LAST) == len({p[-1] for p, _ in CURRENCY_PREFIXES}), "a prefix ending in a space needs another gate"

# Currency words that follow the number ("66.3 trillion won"), vocab/currency_words.csv: case-insensitive,
# longer first where one begins another.
CURRENCY_WORDS: list[tuple[str, str]] = list(currency_words())
# The gap between a figure and the words after it: spaces, or one line break (scraped text breaks lines
# anywhere), never a blank line, which is a paragraph break. Possessive, so a long run of spaces is one pass.
SP1 = r"(?:[ \t\r]++(?:\n[ \t\r]*+)?|\n[ \t\r]*+)"
SP0 = SP1 + "?"
CURRENCY_WORD_RE = re.compile(  # (past one word of extra: "55 billion additional shekels")
    r"(?:-|" + SP0 + r")(?:(?:additional|extra|more|new|further)\s+(?=\w+\b))?(?P<word>" + "|".join(re.escape(w).replace(r"\ ", " ").replace(" ", r"\s+")
                                               for w, _ in CURRENCY_WORDS) + r")\b", re.IGNORECASE
)
_CURRENCY_WORD_LOOKUP = {w: c for w, c in CURRENCY_WORDS}
# ISO codes after the figure ("913.9 billion TL", "PLN 187bn" is a prefix): upper case only, so the
# English words "try", "sar" or "ron" never read as currencies.
# (vocab/currency_codes_after.csv: the code as written, and the currency it names: "TL" is TRY).
_SUFFIX_CODES: dict[str, str] = dict(currency_codes_after())
# (not a code that opens the next figure: "State budget 2026\nMVR 2.8bn", "in 2025 EUR 5 billion")
_SUFFIX_CODE_RE = re.compile(r"(?:-|" + SP0 + r")(?P<word>[A-Z]{2,3})\b(?![ \t]?\$?\d)")

# Hedges before a number, mapped to how they bound the value (vocab/hedges.csv; lexicon.hedge_phrases()).
HEDGES: list[tuple[str, str]] = list(hedges())
_HEDGE_RE = re.compile(
    r"(?:^|(?<=[\s(\"']))(" + "|".join(re.escape(h).replace(r"\ ", " ").replace(" ", r"\s+") for h, _ in HEDGES)
    + r")\s*$", re.IGNORECASE
)
_HEDGE_LOOKUP = {h: q for h, q in HEDGES}


# The last word of every hedge: a cheap test that no hedge can end where a number starts ("budget of", "has").
_HEDGE_TAILS = tuple({h.split()[-1].lower() for h, _ in HEDGES})
_HEDGE_TAIL_LEN = max(len(t) for t in _HEDGE_TAILS)


def hedge_before(norm: str, start: int) -> tuple[str, int | None]:
    window = norm[max(0, start - 25):start]
    tail = window.rstrip()[-_HEDGE_TAIL_LEN:]
    if tail.isascii() and not tail.lower().endswith(_HEDGE_TAILS):
        return "", None  # (ASCII only: re's case folding also matches "\u017f" to "s", "\u212a" to "k"...)
    m = _HEDGE_RE.search(window)
    if not m:
        return "", None
    at = start - len(window) + m.start(1)
    if m.group(1)[:2].lower() == "up" and (_FROM_LEVEL_BEFORE_RE.search(norm, max(0, at - 60), at)
                                           or _WENT_UP_BEFORE_RE.search(norm, max(0, at - 12), at)):
        return "", None  # "from 20,000 up to 40,000 troops", "the budget has gone up to Rs.442.2 billion": the "to" of a
        # change reached, not a bound (but "could go up to 5,000": a ceiling)
    return _HEDGE_LOOKUP[" ".join(m.group(1).lower().split())], at


_WENT_UP_BEFORE_RE = re.compile(r"\b(?:gone|went|rose|risen|shot|jumped|climbed|moved|ramped|stepped|bumped|edged|inched)\s+$", re.IGNORECASE)
_FROM_LEVEL_BEFORE_RE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?\d[\d.,]*(?:\s+(?:million|thousand|billion))?\s+"
                                   r"(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)


def prefix_currency(norm: str, start: int, money_shaped: bool = True) -> tuple[str, int]:
    """The currency marker glued or spaced before ``start``, and where it begins.

    ``money_shaped`` says whether the figure reads as money by itself (a scale word or grouped
    digits); the guarded prefixes ("P", "R", "PHP") count only then.
    """
    window = norm[max(0, start - 12):start]
    if window.rstrip(" \t\r\n")[-1:] not in _PREFIX_LAST:
        return "", start  # no prefix ends where the figure begins (spaces and one line break aside)
    m = _PREFIX_RE.search(window)
    if not m:
        return "", start
    token = m.group(0).rstrip()
    # "Rs" and three-letter codes must not be the tail of a longer word ("Mrs 5", "OURS 3")
    begin = start - len(window) + m.start()
    if token[0].isalpha() and begin > 0 and (norm[begin - 1].isalpha() and not glued_label(norm, begin) or norm[begin - 1] in "-_"):
        return "", start
    if token in _GUARDED_PREFIXES and (not money_shaped or (len(token) == 1 and token != m.group(0))):
        return "", start
    if begin >= 3 and token.endswith("$") and len(token) == 1:  # "CA $9 billion": the country's letters one space before the sign
        spaced = _SPACED_DOLLAR_RE.search(norm, max(0, begin - 8), begin)
        if spaced:
            return _PREFIX_LOOKUP[spaced.group(1) + "$"], spaced.start()
    return _PREFIX_LOOKUP[token], begin


# two capitals (or "U.S."), a space, then the dollar sign ("CA $9 billion", "US $6.6 billion"): one letter would be the
# article ("A $5 billion budget")
_SPACED_DOLLAR_RE = re.compile(r"(?<![\w.])(USD|CA|AU|NZ|US|HK|NT|U\.S\.)[ \t\u00a0\u2009\u202f]{1,3}$")  # (and "U.S. $20.75 billion")


def suffix_currency(norm: str, end: int, has_scale: bool, value: float) -> tuple[str, int]:
    m = CURRENCY_WORD_RE.match(norm, end)
    if m:
        word = " ".join(m.group("word").lower().split())
        if word == "won" and not (has_scale or value >= 1000):
            return "", end  # "won" is also the past tense of "win"
        return _CURRENCY_WORD_LOOKUP[word], m.end()
    m = _SUFFIX_CODE_RE.match(norm, end)
    if m and m.group("word") in _SUFFIX_CODES:
        return _SUFFIX_CODES[m.group("word")], m.end()
    m = _SUFFIX_SIGN_RE.match(norm, end) if has_scale or value >= 1000 else None
    if m:  # "279 million $ (2011)", "2,45 miliardy \u20ac": the sign after the amount, as continental copy writes it
        return _SUFFIX_SIGNS[m.group("sign")], m.end()
    return "", end


# (not a sign that opens the next figure: "5 billion, $3 billion of it")
_SUFFIX_SIGN_RE = re.compile(r"[ \t\u00a0\u202f]?(?P<sign>[$\u20ac\u00a3])(?![ \t]?\d)")
_SUFFIX_SIGNS = {"$": "USD", "\u20ac": "EUR", "\u00a3": "GBP"}


def currency_after(norm: str, end: int) -> bool:
    """True when a currency word or code follows ("260 MLN GEL", "1.2 bn euros"): a scale abbreviation is money then."""
    return suffix_currency(norm, end, True, 0.0)[0] != ""


# "amounted to $1 billion or1.8% of GDP": a small word whose space the page lost, not a model name
_GLUED_WORD_RE = re.compile(r"(?<![A-Za-z])(?:or|and|to|of|at|by|from|about|nearly|some|over|around|almost)$", re.I)  # ("Some1,267 troops")
_ORDINAL_AFTER_RE = re.compile(r"(?:st|nd|rd|th)\b")
_MODEL_BEFORE_RE = re.compile(r"[A-Za-z]-$")
_TIME_AFTER_RE = re.compile(r":\d")
_DURATION_AFTER_RE = re.compile(r"-?\s*(?:year|month|week|day|hour|minute)s?(?:-old)?\b")
_FISCAL_TAIL_BEFORE_RE = re.compile(r"(?:1[89]|20)\d\d-$")
_SLASH_AFTER_RE = re.compile(r"/\d")
# "the military should be contacted at 960 – 8776", "call 0800 123": a telephone number, digits and dashes after the cue
_PHONE_BEFORE_RE = re.compile(r"\b(?:call|contact(?:ed)?(?:\s+(?:the|us|them|him|her)(?:\s+[\w-]+){0,2})?\s+(?:at|on)|phone|telephone|tel\.?|hotline(?:\s+on)?|fax|dial)\s*[:.]?\s*"
                              r"(?:numbers?\s*)?[\d\s()+\u2013-]*$", re.I)
_ORDINAL_FIRST = frozenset("snrt")  # the characters the patterns above can begin with (\s aside: str.isspace)
_DURATION_FIRST = frozenset("ymwdh")


# An infobox row copied without its separator: "Active personnel50,000 [1]", "BudgetKSH1,097,000,000",
# "Percent of GDP1.5%": the label opens its line and ends in one of these words, glued to the value
_GLUED_LABEL_RE = re.compile(r"(?:^|\n)[ \t]*(?:[-\u2022*][ \t]*)?(?:[A-Za-z][A-Za-z ]{0,30}?[ \t])?"
                             r"(?:personnel|budget|gdp|strength|expenditures?|spending)$", re.I)


def glued_label(norm: str, start: int) -> bool:
    """True when a row label ending in a figure's noun is glued to the figure (see _GLUED_LABEL_RE)."""
    return norm[start - 1:start].isalpha() and _GLUED_LABEL_RE.search(norm, max(0, start - 48), start) is not None


_PHONE_TAILS = frozenset({"at", "on", "call", "phone", "telephone", "tel", "hotline", "fax", "dial", "number", "numbers"})


def _phone_shaped(norm: str, start: int, before: str, after: str) -> bool:
    """A cheap gate for _PHONE_BEFORE_RE: a telephone number's digits open with a 0, stand beside a dash or follow other
    digits, and the word before them is a cue's last word ("at", "call", "hotline") or digits. ``before`` is the two
    characters before the number, ``after`` the text after it."""
    if not (after[:1] in "-\u2013 " and after.lstrip(" ")[:1] in ("-", "\u2013") or norm.startswith("0", start)
            or before[-1:] in "-\u2013" or before.endswith(("- ", "\u2013 ")) or before[:1].isdigit()):
        return False
    words = norm[max(0, start - 14):start].rstrip(" -\u2013(:.+").split()
    return bool(words) and (words[-1][-1].isdigit() or words[-1].lower() in _PHONE_TAILS)


def is_excluded(norm: str, start: int, end: int) -> bool:
    """Numbers that are never figures: model names, ordinals, citations, times, ages."""
    # (each pattern is tried only when the character it must begin with is there: the same answers, fewer calls)
    before = norm[max(0, start - 2):start]
    after = norm[end:end + 12].lower()
    first = after[:1]
    if before[-1:].isalpha() and before[-1] < "\u3040" and not glued_label(norm, start) and not _GLUED_WORD_RE.search(norm, max(0, start - 7), start) \
            and not _arabic_prefix(norm, start, before) or (
            before.endswith("-") and _MODEL_BEFORE_RE.search(before) or before.endswith(("#", "\u2116"))):
        return True  # F-35, T-72, Su57, #3 (a Chinese, Japanese or Korean character before digits is a word apart: "GDPの6.2%";
        # so is an Arabic one-letter prefix: "و7.1%")
    if first in _ORDINAL_FIRST and _ORDINAL_AFTER_RE.match(after):
        return True  # 101st, 5th
    if before.endswith("[") and first == "]":
        return True  # citation marker [1]
    if before.endswith(":") and not before[:1].isalpha() or first == ":" and _TIME_AFTER_RE.match(after):
        return True  # 10:30 (but "Personal de Reserva:45,000" is a label and its value)
    if (first == "-" or first.isspace() or first in _DURATION_FIRST) and _DURATION_AFTER_RE.match(after):
        return True  # five-year plan, 18-year-old, 3-day drill
    if end - start <= 2 and _FISCAL_TAIL_BEFORE_RE.search(norm[max(0, start - 5):start]):
        return True  # the "25" of a fiscal label "2024-25"
    if _phone_shaped(norm, start, before, after) and _PHONE_BEFORE_RE.search(norm, max(0, start - 40), start):
        return True  # a telephone number
    if first == "/" and _SLASH_AFTER_RE.match(after):
        return True  # dates and fiscal labels written 2024/25 or 3/1
    if first == " " and _MEASURE_AFTER_RE.match(norm[end:end + 36].lower()):
        return True  # 11.000 tonnes, 300 km, 21 armoured personnel carriers: never a head count or money
    return False


_ARABIC_PREFIXES = frozenset("\u0648\u0628\u0644\u0641")  # و ب ل ف written onto the next word: "و7.1%" is "and 7.1%"
_AR_NUMBER_BEFORE_RE = re.compile(r"(?:\u0645\u0644\u064a\w*|\u0628\u0644\u064a\u0648\w*|\u062a\u0631\u064a\u0644\u064a\u0648\w*|\u0623\u0644\u0641|\u0622\u0644\u0627\u0641|\u0627\u0644\u0641|\u0645\u0627\u0626\u0629|\u0645\u0626\u0629|\d)\s*$")


def _arabic_prefix(norm: str, start: int, before: str) -> bool:
    """True when the letter before the digits is an Arabic one-letter word written onto them ("و7.1%": and 7.1%), not
    inside a compound number ("مليون و455 ألف", a million and 455 thousand, is one number)."""
    return (before[-1] in _ARABIC_PREFIXES and not before[:1].isalpha()
            and not _AR_NUMBER_BEFORE_RE.search(norm, max(0, start - 24), start - 1))


_MEASURE_AFTER_RE = re.compile(r" (?:tonnes?|tons|kilometres|kilometers|km|miles|hectares|litres|liters|megawatts|kilograms|kg|metres|meters|"
                               r"(?:armou?red\s+)?personnel\s+carriers?)\b")  # ("The 21 Armoured Personnel Carriers": vehicles)


def not_a_head_count(norm: str, m: NumberMention) -> str:
    """Why a count is no head count at all, read from the words around it, or ''."""
    if m.value <= 31 and _MONTH_BEFORE_RE.search(norm, max(0, m.start - 12), m.start):
        return "a day of the month ('the March 31 killing'), not a count"
    if _POPULATION_RE.match(norm, m.end) and _LAND_OF_RE.search(norm, max(0, m.start - 40), m.start):
        return "a population ('the small Baltic country of 1.3 million people'), not a force"
    return ""


_MONTH_BEFORE_RE = re.compile(r"\b(?-i:January|February|March|April|June|July|August|September|October|November|December|"
                              r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$")
_LAND_OF_RE = re.compile(r"\b(?:country|nation|state|island|republic|kingdom|city|land)\s+of\s+(?:some\s+|about\s+|around\s+|nearly\s+|"
                         r"just\s+|only\s+|over\s+|more\s+than\s+)?$", re.I)
_POPULATION_RE = re.compile(r"\s+(?:people|inhabitants|citizens|residents|souls)\b", re.I)


def scaled(value: float, scale: float) -> float:
    """value * scale without binary noise: 64.6 bn is 64600000000, not 64599999999.99999."""
    return float(Decimal(repr(value)) * Decimal(int(scale)))
