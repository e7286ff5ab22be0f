"""Sentences with offsets, and the year expressions in them. Pure functions of text."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from dashboard.extraction.lexicon import currency_prefixes
from dashboard.extraction.quick_init import quick_init

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "u.s", "u.k", "u.n", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "maj", "capt", "adm",
    "cmdr", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "e.g", "i.e", "inc", "corp", "co", "jr", "sr", "rep", "sen", "gov", "vs", "approx",
    "est", "fig", "pres", "dept", "govt", "u.s.a", "p.m", "a.m",
} | {p.prefix[:-1].lower() for p in currency_prefixes() if p.prefix.endswith(".")}  # "Rs.", "Ksh." before a figure
_WORD_FROM_END_RE = re.compile(r"[\w.]+")
# ... and a full stop glued to the next sentence, as scraped copy often has it ("next year.The government").
# Every branch begins with one of ".!?\n": the lookahead says so first, and the glued stop's lookbehind is read
# after its stop, so the engine skips the other characters of the text at once instead of trying four branches
# (and a two-letter lookbehind) at each (the same matches, three times faster).
_BOUNDARY_RE = re.compile(r"(?=[.!?\n])(?:[.!?]+[\"')\]]*\s+|[.!?](?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|\n[ \t]*\n\s*"
                          r"|\n(?=[ \t]*[\u2022*\-])"
                          # "... in Ivory Coast (ONUCI)\nThe army has ...": a bracket closing a line, a sentence's opening word next
                          r"|(?<=\))\n(?=[ \t]*(?:The(?!\s+Hague)|It|Its|This|According|In|After|Since|Under|He|She|They)\s))")

# A first line of 20-150 characters with no closing stop, then a line that begins with a capital: the article's
# title, not the first words of a sentence broken by the scraper ("... up 14%; P40 billion for AFP modernization\nThe
# defense sector has received ...") - unless the line ends on a word that needs more ("of", "the", a comma)
_HEADLINE_RE = re.compile(r"[ \t]*([^\n]{20,150}?[^\s.!?:;,\"'\u201c\u2018(\[-])[ \t]*\n(?=[ \t]*(?:The|A|An|In|On|At|According|It|This|Its|After|As|With|Under|Last|For|Since|Amid|When)\s)")
_JOINING_END_RE = re.compile(r"\b(?:the|a|an|of|in|on|at|to|for|and|or|with|by|from|its|their|his|her|as|than|that)$", re.I)


@quick_init
@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


# a line that is no heading: it goes on from the line before (opens in lower case) or a sentence opens inside it
_MID_SENTENCE_LINE_RE = re.compile(r"^[ \t]*[a-z]|[.!?][\"'\u201d\u2019]?[ \t]+[A-Z]", re.M)


def split_sentences(norm: str) -> list[Sentence]:
    """Split normalised text into sentences, keeping offsets.

    A single line break joins lines (scraped text breaks lines mid-sentence) unless the line
    before ends a sentence; a blank line always ends one. Abbreviations such as "U.S." and
    initials such as "Donald J. Trump" do not end a sentence.

    >>> t = "The U.S. has 28,500 troops. Donald J. Trump spoke.\\n\\nNew paragraph"
    >>> [t[s.start:s.end] for s in split_sentences(t)]
    ['The U.S. has 28,500 troops.', 'Donald J. Trump spoke.', 'New paragraph']
    """
    sentences: list[Sentence] = []
    start = 0
    paragraph = 0
    headline = _HEADLINE_RE.match(norm)
    if headline and not _JOINING_END_RE.search(headline.group(1)):
        _append(sentences, norm, 0, headline.end(1), paragraph)  # a title line above the first sentence: its own
        start = headline.end(1)
    for m in _BOUNDARY_RE.finditer(norm, start):
        gap = m.group(0)
        is_blank_line = gap.count("\n") > 1 and "\n\n" in gap.replace(" ", "").replace("\t", "")
        if is_blank_line and gap[0] not in ".!?" and _inside_brackets(norm, start, m.start(), m.end()):
            continue  # "(4000\n\nregulars and 1000 reserves)": a page's stray break inside a bracket ends nothing
        if (is_blank_line and gap[0] not in ".!?" and norm[m.start() - 1:m.start()].islower() and norm[m.end():m.end() + 1].islower()
                and _MID_SENTENCE_LINE_RE.search(norm, norm.rfind("\n", 0, m.start()) + 1, m.start())):
            continue  # "were carrying out their\n\n   missions in six countries": a page's break inside a sentence (not a heading)
        if gap[0] in ".!?":
            if not is_blank_line:
                if norm[m.end():m.end() + 1].islower():
                    continue  # "approx. three", "U.S. troops": the sentence goes on
                # the last 40 characters only: a copy of the whole sentence so far at each "U.S." of a long one
                # made splitting grow with the square of the sentence's length
                last = _last_word(norm[max(start, m.start() - 40):m.start()]).lower()
                if last in _ABBREVIATIONS or len(last) == 1 and "a" <= last <= "z":
                    continue
            end = m.start() + len(gap.rstrip())
        else:
            end = m.start()
        _append(sentences, norm, start, end, paragraph)
        if is_blank_line:
            paragraph += 1
        start = m.end()
    _append(sentences, norm, start, len(norm), paragraph)
    return _capped(norm, sentences) if any(s.end - s.start > MAX_SENTENCE for s in sentences) else sentences


MAX_SENTENCE = 4000  # characters; the longest of 14,866 real sentences in the labelled sets has 1,950
_CUT_RE = re.compile(r"[;|]\s|\n|,\s|\s")


def _capped(norm: str, sentences: list[Sentence]) -> list[Sentence]:
    """Sentences over MAX_SENTENCE characters cut into pieces, each at the last '; ', '| ', line break, ', ' or
    space before the limit. Rules look across a sentence (its countries, its earlier figures) for each number in
    it, so a "sentence" of megabytes (a scraped table, a text with no full stop) cost the square of its length:
    4.6 MB of clauses joined by semicolons ran for minutes. Real prose is never cut."""
    out: list[Sentence] = []
    for s in sentences:
        start = s.start
        while s.end - start > MAX_SENTENCE:
            window = norm[start + MAX_SENTENCE // 2:start + MAX_SENTENCE]
            last = {m.group(0)[0]: m.end() for m in _CUT_RE.finditer(window)}  # each kind's last cut, in one scan
            best = next((max(last[k] for k in kind if k in last) for kind in (";|", "\n", ",", " \t")
                         if any(k in last for k in kind)), len(window))
            _append(out, norm, start, start + MAX_SENTENCE // 2 + best, s.paragraph)
            start += MAX_SENTENCE // 2 + best
        _append(out, norm, start, s.end, s.paragraph)
    return out


def _inside_brackets(norm: str, start: int, at: int, after: int) -> bool:
    """Whether ``norm[at:after]`` (a break) stands inside a bracket opened in the sentence so far and closed on the
    next line's first 60 characters."""
    opened = norm.rfind("(", start, at)
    if opened < 0 or norm.find(")", opened, at) >= 0:
        return False
    close = norm.find(")", after, after + 60)
    return close >= 0 and "\n" not in norm[after:close] and "(" not in norm[after:close]


def _last_word(window: str) -> str:
    r"""The run of word characters and dots that ends ``window`` (or ends it but for one final line break, as
    ``$`` reads it): what ``([\w.]+)$`` finds, read from the end instead of tried at every position."""
    if window.endswith("\n"):
        window = window[:-1]
    m = _WORD_FROM_END_RE.match(window[::-1])
    return m.group(0)[::-1] if m else ""


def _append(out: list[Sentence], norm: str, start: int, end: int, paragraph: int) -> None:
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, paragraph))


@quick_init
@dataclass(frozen=True)
class YearExpression:
    start: int
    end: int
    year: int | None  # absolute year, when the text states one
    relative: int | None  # -1, 0, +1 for last/this/next year
    fiscal: bool


# (the lookahead names the characters a year expression can begin with: f/b, 1/2, n/t/l/c/p; the engine skips
# every other character at once instead of trying three branches there; the same matches, 2.5 times faster)
_YEAR_RE = re.compile(  # (every alternative opens at a word's start: the \b first turns most positions away at once)
    r"\b(?=[fbn12tlcp0-9seaFBNTLCPSEA])(?:"
    r"(?P<fiscal>\b(?:FY|fiscal\s+year|fiscal|financial\s+year|budget\s+year)\s*'?(?P<fy>(?:19|20)?\d\d)\b"
    r"(?:\s*[-/]\s*(?:19|20)?\d\d\b)?)"
    r"|(?P<plain>\b(?P<y>(?:1[89]|20)\d\d)(?:\s*[-/]\s*(?:(?:19|20)\d\d|\d\d)\b)?)(?!s\b|\d|,\d|\.\d)"
    r"|(?P<short>(?<=\bin\s)(?P<sy>[0-4]\d)/(?P<sy2>[0-4]\d)\b)"  # ("our cash spend in 24/25": a fiscal year, 2024-25)
    r"|(?P<rel>\b(?P<which>next|this|last|the\s+coming|the\s+following|the\s+current|current|"
    r"previous|the\s+previous|the\s+preceding|the\s+prior|the\s+past|the\s+outgoing)\s+(?:(?P<rfiscal>fiscal\s+|financial\s+|budget\s+)?year\b|(?P<rfisc2>fiscal)\b(?!\s*(?:year|'?\d))))"  # ("in next fiscal")
    # "up from S$11.46 billion the year before", "a year earlier" (not "the year before last", "a year before the war")
    r"|(?P<before>\b(?:the|a)\s+year\s+(?:before|earlier)\b(?!\s+(?:last|that|the|this|its|his|her|their|\d)))"
    r"|(?P<ending>\bthe\s+(?:fiscal|financial)\s+year\s+(?:ending|that\s+ends|which\s+ends)\s+(?:on\s+)?(?:March|June|September)\s+30\b(?!,?\s*(?:19|20)\d\d))"
    # "20 years ago", "a decade ago": counted back from the publication year
    r"|(?P<ago>\b(?P<back>\d{1,2}|a(?=\s+year\s+ago)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"a\s+decade|two\s+decades|three\s+decades)\s+(?:years?\s+)?ago\b))",
    re.IGNORECASE,
)
_BEFORE_NAMED = ("previous", "the previous", "the preceding", "the prior")


def _year_before(found: list[YearExpression], start: int, end: int, fiscal: bool) -> YearExpression:
    """"the previous year", "the year before": the year before the last year the range named before it ("spend
    S$12.08 billion in the 2011 fiscal year, up from S$11.46 billion the year before": 2010); with no year named
    before it, the year before publication."""
    named = next((y for y in reversed(found) if y.year is not None), None)
    if named is not None:
        return YearExpression(start, end, named.year - 1, None, fiscal or named.fiscal)
    return YearExpression(start, end, None, -1, fiscal)


_RELATIVE = {"next": 1, "the preceding": -1, "the prior": -1, "the coming": 1, "the following": 1, "this": 0, "the current": 0,
             "current": 0, "last": -1, "previous": -1, "the previous": -1, "the past": -1, "the outgoing": 0}


def find_years(norm: str, start: int = 0, end: int | None = None) -> list[YearExpression]:
    """Year expressions in ``norm[start:end]``: 2018, FY2020, fiscal 2024, 2024-25, next year, 20 years ago, over
    the next ten years (a horizon: ``relative`` counts the years ahead).

    >>> [(y.year, y.relative, y.fiscal) for y in find_years("for fiscal 2024, up from FY'23 and next fiscal year")]
    [(2024, None, True), (2023, None, True), (None, 1, True)]
    """
    found: list[YearExpression] = []
    for m in _YEAR_RE.finditer(norm, start, len(norm) if end is None else end):
        if m.group("fiscal"):
            digits = m.group("fy")
            year = int(digits) if len(digits) == 4 else (2000 if int(digits) < 60 else 1900) + int(digits)  # (FY95: 1995)
            found.append(YearExpression(m.start(), m.end(), year, None, True))
        elif m.group("short"):
            if int(m.group("sy2")) == int(m.group("sy")) + 1:
                found.append(YearExpression(m.start(), m.end(), 2000 + int(m.group("sy")), None, True))
        elif m.group("plain"):
            if (norm[max(0, m.start() - 6):m.start()].rstrip().endswith((" to", " at"))
                    and TROOP_LEVEL_BEFORE_RE.search(norm, max(0, m.start() - 40), m.start())
                    or norm[m.end():m.end() + 4].lstrip()[:1] in ("G", "U", "h", "l") and _CLOCK_AFTER_RE.match(norm, m.end())):
                continue  # "Revises Troop Numbers to 2000 in Syria": a head count; "at 11 p.m. (2000 GMT)": a time
            if (norm.endswith(_MODELS_WITH_YEARS, max(0, m.start() - 12), m.start()) or _PEOPLE_AFTER_RE.match(norm, m.end())
                    or _RESOLUTION_BEFORE_RE.search(norm, max(0, m.start() - 16), m.start())
                    or _PRICE_BASE_AFTER_RE.match(norm, m.end()) or _PRICE_BASE_BEFORE_RE.search(norm, max(0, m.start() - 24), m.start())):
                continue  # "four Mirage 2000 jets": an aircraft; "a minus of 1899 military personnel": a count, not a year;
                # "UN Security Council resolution 2098": a resolution's number; "at 2021 prices", "in constant 2023
                # dollars", "prices of 2021": the base of a price index, not the year a figure is for
            found.append(YearExpression(m.start(), m.end(), int(m.group("y")), None, False))
        elif m.group("ago"):
            back = _FIND_YEARS_RE1.sub(" ", m.group("back").lower())
            years = int(back) if back.isdigit() else _YEARS_BACK.get(back)
            if years and not _SINCE_BEFORE_RE.search(norm, max(0, m.start() - 90), m.start()) and (back.startswith(("a ", "two d", "three d")) or norm[m.start("back") + len(m.group("back")):m.end()].lstrip().startswith("year")):
                found.append(YearExpression(m.start(), m.end(), None, -years, False))
        elif m.group("ending"):  # "compared with Rs495 billion provided in the fiscal year ending on June 30": the running one
            found.append(YearExpression(m.start(), m.end(), None, 0, True))
        elif m.group("before"):
            found.append(_year_before(found, m.start(), m.end(), False))
        else:
            which = _FIND_YEARS_RE1.sub(" ", m.group("which").lower())
            if which == "the past" and not (m.group("rfiscal") or m.group("rfisc2")):
                continue  # "over the past year" is a duration
            if which == "last" and norm.startswith("the ", max(0, m.start() - 4)) and _OF_TERM_AFTER_RE.match(norm, m.end()):
                continue  # "the budget for the last fiscal year of PML-N government": the term's final year, not last year
            fiscal = bool(m.group("rfiscal") or m.group("rfisc2"))
            found.append(_year_before(found, m.start(), m.end(), fiscal) if which in _BEFORE_NAMED else
                         YearExpression(m.start(), m.end(), None, _RELATIVE[which], fiscal))
    stop = len(norm) if end is None else end
    if norm.find("next ", start, stop) >= 0 or norm.find("coming ", start, stop) >= 0 or norm.find("-year horizon", start, stop) >= 0:
        for m in _AHEAD_RE.finditer(norm, start, stop):  # (a plain scan first: most sentences name no span ahead)
            fwd = (m.group("fwd") or m.group("fwd2")).lower()
            years = int(fwd) if fwd.isdigit() else 10 if fwd == "decade" else _YEARS_BACK.get(fwd)
            if years:
                bisect.insort(found, YearExpression(m.start(), m.end(), None, years, False), key=lambda y: y.start)
    return found


# "over the next 10 years", "in the coming decade", "within a five-year horizon": a span ahead, counted forward from the
# publication year (not "over a decade": a duration)
_AHEAD_RE = re.compile(r"\b(?:(?:over|in|within|during)\s+the\s+(?:next|coming)\s+(?P<fwd>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fifteen|"
                       r"twenty|decade)(?:\s+years\b|(?<=decade)\b)|within\s+a\s+(?P<fwd2>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|"
                       r"fifteen|twenty)-year\s+horizon\b)", re.IGNORECASE)


# "since its civil war ended a decade ago", "since the allies agreed on it 10 years ago": the date of another event
_SINCE_BEFORE_RE = re.compile(r"\bsince\b[^,.;]{0,80}$", re.IGNORECASE)
_YEARS_BACK = {"a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
               "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a decade": 10,
               "two decades": 20, "three decades": 30}
_RESOLUTION_BEFORE_RE = re.compile(r"\bresolutions?\s+(?:No\.?\s*|number\s+)?$", re.IGNORECASE)
_MODELS_WITH_YEARS = ("Mirage ", "Mirage-")  # aircraft named with a number that reads as a year
_PEOPLE_AFTER_RE = re.compile(r"\s+(?:(?!(?:the|its|their|his|her|our|these|those|of|and|in|all)\b)[a-z]+\s+)?(?:soldiers|troops|military\s+personnel|personnel|servicemen|peacekeepers|reservists|recruits|conscripts)\b", re.IGNORECASE)
_OF_TERM_AFTER_RE = re.compile(r"\s+(?:of|in)\s+(?:the|its|his|her|this|that|a)?\s*(?:[\w-]+\s+){0,2}?(?:government|administration|term|mandate|tenure|presidency|plan|programme|program)\b", re.IGNORECASE)
_PRICE_BASE_AFTER_RE = re.compile(r"\s*\)?\s*(?:constant\s+)?(?:prices|price\s+levels?|(?:us\s+)?dollars\s+and\s+exchange)\b", re.IGNORECASE)
_PRICE_BASE_BEFORE_RE = re.compile(r"(?:\bconstant\s+(?:\(\s*)?|\bprices\s+(?:of|in|from)\s+)$", re.IGNORECASE)
_CLOCK_AFTER_RE = re.compile(r"\s*(?:GMT|UTC|hrs\b|hours\b|local\s+time)")
# "troop numbers to 2000", "troop levels at 1900": a four-digit head count that looks like a year
TROOP_LEVEL_BEFORE_RE = re.compile(r"\btroop\s+(?:numbers?|levels?|counts?|strength)\s+(?:\w+\s+)?(?:to|at)\s+$", re.IGNORECASE)
# The patterns of the functions above, compiled once at import rather than looked up in re's cache per call.
_FIND_YEARS_RE1 = re.compile(r"\s+")
