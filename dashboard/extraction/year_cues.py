"""Stage 5, year: cues that date a figure by the time the text speaks of, not by a year next to it. A force stated as
there now; a span of years ahead; the year an undated article has reached."""

from __future__ import annotations

import re

from dashboard.extraction.context import Context
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.text import YearExpression, find_years
from dashboard.extraction.vocab import I

# the words before a year compared with, not a figure's own: "than in 2023", "over 2024", "since 2015", "from 2020"
COMPARED_WORDS = r"than|compared\s+(?:to|with)|over|against|versus|vs\.?|since|from|below|above"
# "increased its military spending by $22 million from $506 million in 2016 up to $528 million in 2017": a change
# stated with the two levels it runs between, each dated, is the later year's
FROM_IN_TO_IN_RE = re.compile(r"[^.;\d]{0,30}?\bfrom\s+[^.;]{1,40}?\bin\s+(?:19|20)\d\d\s*,?\s+(?:up\s+|down\s+)?to\s+[^.;]{1,40}?\bin\s+(?P<y2>(?:19|20)\d\d)\b", re.I)
# "a Php 51.98 billion or 13.72 percent increase from the FY 2025 GAA level": the year after a change word and "from"
# is the base the change is measured against, not the year of the change or of the level it reaches
CHANGE_FROM_BASE_RE = re.compile(r"(?:\b(?:increase|rise|growth|hike|jump|decrease|cut|drop|reduction|decline|fall|up|down|higher|lower|more|less)\s+from"
                                 # "will increase by 130% compared to the US$9.3 billion in 2022": an amount compared with, dated
                                 r"|\bcompared\s+(?:to|with)(?=\s+(?:the\s+)?(?:[A-Z]{0,3}\$|[A-Z]{1,3}\s?)?\d)"
                                 r"|(?:\bpercent|\bper\s+cent|%)\s+over(?=\s+(?:the\s+)?(?:[A-Z]{0,3}\$|[A-Z]{1,3}\s?)?\d))"  # ("40 percent over the 140 billion rubles allocated in 2000")
                                 r"\s+(?:the\s+|its\s+)?(?P<amount>(?:[A-Z]{0,3}\$|[A-Z]{1,3}\s?)?\d[\d.,]*\s*(?:trillion|billion|million|bn|m)?"
                                 # "a 5.6 percent increase from the NT$327.7 billion budgeted for this year": the amount's year is the base
                                 r"(?:(?:\s+[a-z]+)?\s+(?:budgeted|allocated|spent|earmarked|approved|set\s+aside))?\s+(?:for|in)\s+)?$", re.I)


def present_stock(norm: str, sent_start: int, start: int, end: int) -> bool:
    """True when a head count is stated as there now: a present tense right before it ("keeps an estimated 35,000",
    "still has over 900") or after its noun ("troops are stationed in", "soldiers remain in")."""
    before = _PRESENT_BEFORE_RE.search(norm, max(sent_start, start - 60), start)
    if before and _PAST_TO_HAVE_RE.search(norm, max(sent_start, before.start() - 40), before.start() + 4):
        before = None  # "In 1978 Cuba was believed to have about 20,000 troops": "to have" after a past tense is past
    return bool(before or _PRESENT_AFTER_RE.match(norm, end))


_PAST_TO_HAVE_RE = re.compile(r"\b(?:was|were|had)\b[^.;,]{0,30}\bto\s+have$", I)


FRAMING_YEAR_RE = re.compile(r"\W*(?:in|as\s+of|by|at\s+the\s+end\s+of)\s+(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d\d\b", I)  # ("In 2018, South Korea has")
SOURCE_BEFORE_RE = re.compile(r"\b(?:according\s+to\b[^.;]{0,50}|(?:said|says|stated|reported|announced|told|noted|destac\w+|dijo|afirm\w+|inform\w+)\b[^.;]{0,30})$", I)
# (the year of the source: "..., according to Seoul's 2022 defense white paper", "..., the ministry said in April last year")
_PRESENT_BEFORE_RE = re.compile(r"\b(?:keeps?|maintains?|(?:still|already|currently|now|presently)\s+(?:has|have)|(?:has|have)\s+(?:presently|currently)|(?:has|have)(?:\s+an?\s+(?:army|military|force)\s+of)?|"
                                r"(?<!was\s)(?<!were\s)(?:comprises|numbers|counts|consists\s+of|is\s+made\s+up\s+of))\s+(?:(?:about|around|some|roughly|nearly|"
                                r"approximately|over|more\s+than|up\s+to|an\s+estimated|almost)\s+)?$", I)
_PRESENT_AFTER_RE = re.compile(r"(?:\s+(?!(?:in|and|who|that|which|were|was|had|have|has)\b)[\w.'-]+){0,5}?\s+(?:are|remain)\s+(?:currently\s+|still\s+|already\s+|now\s+)?"
                               r"(?:stationed|deployed|based|in)\b", I)


def source_dated(norm: str, sent_start: int, year_start: int) -> bool:
    """Whether the year at ``year_start`` dates a source's statement ("..., the ministry said in 2023"). A deadline
    is no source's date, however close a "said" stands: "has 181,000 active soldiers, the ministry said, and aims for
    203,000 by 2031"."""
    return bool(SOURCE_BEFORE_RE.search(norm, max(sent_start, year_start - 60), year_start)
                and not _BY_DEADLINE_RE.search(norm, max(sent_start, year_start - 6), year_start))


_BY_DEADLINE_RE = re.compile(r"\bby\s+$", I)


def article_year(ctx: Context, start: int, end: int, before_only: bool = False) -> int | None:
    """For an article without a date, the year a figure that names none belongs to: the latest year the text names
    before ``start`` (else the first one after ``end``), leaving out a year compared with ("up from 2020") and a
    target's ("by 2030"); None when the text names no year."""
    if ctx.article_years is None:
        ctx.article_years = [y for y in find_years(ctx.norm) if y.year is not None and y.year >= 1900  # (a history's "in 1863": no
                             and not _NOT_NOW_BEFORE_RE.search(ctx.norm, max(0, y.start - 26), y.start)]  # figure's year)
    before = [y.year for y in ctx.article_years if y.end <= start]
    after = [] if before_only else [y.year for y in ctx.article_years if y.start >= end]
    return max(before) if before else after[0] if after else None


_NOT_NOW_BEFORE_RE = re.compile(r"\b(?:" + COMPARED_WORDS + r"|by|until|till|through|(?:scheduled|slated|planned|due|set)\s+for)\s+(?:at\s+least\s+)?(?:in\s+|the\s+|before\s+|the\s+end\s+of\s+)?$", I)  # ("a review is scheduled for 2029")


def horizon(y: YearExpression) -> bool:
    """True for a span of years ahead ("over the next five years"): the year a target is reached, never the year of
    a figure it does not directly follow."""
    return y.year is None and (y.relative or 0) >= 2


WHOSE_FORCE_NUMBERS_RE = re.compile(r"\bwhose\s+(?:armed\s+forces|army|military)\s+(?:now\s+)?(?:numbers?|totals?|counts?)\s+"
                                    r"(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$", I)
PLANNED_PERSONNEL_RE = re.compile(
    r"\b(?:aim\w*|target\w*|goal|plan(?:s|ned|ning|ners?)?|forecast\w*|envisag\w*|intend\w*|number\s+of\s+[^.;]{0,60}?\s+to\s+be|would\s+(?:grow|rise|increase|reach|expand|fall)|"
    r"will\s+(?:grow|rise|increase|reach|expand|have|number|total|reduce|cut|shrink|fall)|(?<!\bwhich\s)(?<!\bwho\s)(?<!\bthat\s)will\s+(?:be\s+)?(?:station|deploy|send|sent|base|post|dispatch)\w*|to\s+(?:reach|grow|expand|increase|rise|boost|raise|lift|bring)|"
    r"(?:is|are|was|were)\s+to\s+(?:grow|reach|expand|be|have)|expected\s+to|projected|set\s+to|by\s+(?:the\s+end\s+of\s+)?20\d\d)\b", I)  # ("policy is to have")
# between an amount and its year: "for the fiscal year starting April 2017", "for the financial year beginning 1 July"
FISCAL_START_GAP_RE = re.compile(r"\s*(?:for|in)\s+(?:the\s+)?(?:fiscal|financial|budget)\s+year\s+(?:starting|beginning|that\s+(?:starts|begins))"
                                 r"\s+(?:in\s+|on\s+)?(?:\d{1,2}\s+)?(?:(?-i:[A-Z])[a-z]+\.?\s+)?(?:\d{1,2},?\s+)?", I)
# the level a change goes to, and a change under way ("it was reducing its troops ... from some 36,000 to 24,000")
TO_OF_FROM_RE = re.compile(r"\bfrom\s+(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?\d[\d,.]*\s+(?:[\w-]+\s+)?to\s+"
                           r"(?:some\s+|about\s+|around\s+|roughly\s+|just\s+|only\s+)?$", I)
CHANGING_NOW_RE = re.compile(r"\b(?:is|are|was|were)\s+(?:now\s+|currently\s+|gradually\s+)?(?:reducing|cutting|shrinking|downsizing|"
                             r"trimming|slashing|drawing\s+down|increasing|expanding|growing|boosting|raising|lifting)\b", I)


# "the P278.1 billion given to the defense sector in 2024": the year of the money a participle describes
GIVEN_IN_RE = re.compile(r"\s+(?:(?:that|which)\s+(?:was|were|had\s+been)\s+|(?:have|has)\s+been\s+)?(?:given|allocated|earmarked|appropriated|set\s+aside|spent|budgeted)"
                         r"(?:\s+(?:to|for|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?|\s+in\s+the\s+(?:[\w-]+\s+)?budget\s+|\s+)(?:in|for|from\s+the)\s+(?:fiscal\s+(?:year\s+)?|FY\s*)?"
                         # "3 percent of the projected gross domestic product in 2027": the share's own year
                         r"|\s*(?:(?:%|percent|per\s+cent)\s+)?of\s+(?:the\s+|its\s+)?(?:projected\s+|forecast\s+|estimated\s+)?(?:GDP|gross\s+domestic\s+product)\s+(?:in|for)\s+", re.I)


def dateline(norm: str, y: YearExpression, start: int) -> bool:
    """"September 29, 2018 - 17:27 AMT" or "Published Wednesday, July 10, 2013" on a line of its own before the
    figure's line: when the article was published, not the year of the figure."""
    line_start = norm.rfind("\n", 0, y.start) + 1
    line_end = norm.find("\n", y.end, start)
    return line_end >= 0 and bool(_DATELINE_RE.fullmatch(norm, line_start, line_end))


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE_RE = re.compile(r"\s*(?:(?:Published|Updated|Posted|Last\s+updated|Date)\s*:?\s*)?(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?"
                          r"(?:" + _MONTH + r"\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+" + _MONTH + r",?\s+(?:19|20)\d\d)"
                          r"(?:\s*[-|,\u2013]?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?\s*")


_LAST_MONTH_RE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+last\s+(?P<when>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|autumn|fall|winter)\b", I)
# "By late December, more than 4,000 troops were already deployed" in a January story: a month that opens the sentence
# (a state by then; "In mid-December, the US Army deployed 500" in January is left to the story's year: the level goes on)
_OPENING_MONTH_RE = re.compile(r"\W*(?:by|at|until|as\s+(?:of|at))\s+(?:the\s+)?(?:(?:early|mid|late|the\s+end\s+of|end\s+of|the\s+start\s+of|"
                               r"start\s+of|the\s+beginning\s+of|beginning\s+of)[\s-]+)?(?P<when>(?:january|february|march|april|june|july|august|"
                               r"september|october|november|december))\b(?!\s*\d)", I)
_FUTURE_RE = re.compile(r"\b(?:will|would|shall|(?:is|are)\s+(?:to|due|set|expected|scheduled)|plans?|planned)\b", I)
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)} | {
    "aut": 9, "fal": 9, "win": 12}


def month_year(norm: str, sent_start: int, start: int, end: int, published, following_start: int | None, preceding: bool) -> int | None:
    """The year a month with no year of its own gives a figure: "300,000 reservists last September" in July 2023 is
    September 2022 ("last autumn" in March: the autumn before); a sentence opening "By late December," with no year
    in it, in a story of January, is the December before. None when no such month is said."""
    last = _LAST_MONTH_RE.match(norm, end)
    if last and not (following_start is not None and following_start < last.start("when")):
        month = _MONTHS.get(last.group("when")[:3].lower(), 0)
        return published.year - 1 if month >= published.month else published.year
    as_of = None if preceding or following_start is not None and following_start - end < 60 else _AS_OF_MONTH_RE.search(norm, sent_start, start)
    if as_of:  # "As of April 30, the CAF reported a total of 65,154 regular force members" (and a goal "by 2032" after it)
        return published.year - 1 if _MONTHS.get(as_of.group("when")[:3].lower(), 0) > published.month else published.year
    opening = None if preceding or following_start is not None else _OPENING_MONTH_RE.match(norm, sent_start, start)
    stop = norm.find(".", end)  # (the sentence's rest, at most 80 characters: "In March, the army will have" is the coming March)
    if opening and _MONTHS.get(opening.group("when")[:3].lower(), 0) > published.month \
            and not _FUTURE_RE.search(norm, sent_start, min(len(norm), end + 80, stop if stop >= 0 else len(norm))):
        return published.year - 1
    return None


_AS_OF_MONTH_RE = re.compile(r"\b[Aa]s\s+(?:of|at)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?P<when>(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?"
                             r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?!\s*,?\s*\d)")  # (no year of its own after the month or day)
YEAR_RANGE_RE = re.compile(r"(?P<first>(?:19|20)\d\d)\s*[-/\u2013]\s*(?P<last>(?:19|20)\d\d|\d\d)")
_FROM_TO_GAP_RE = re.compile(r"(?:[^.;]|\.(?=\d))*?\bfrom\s+(?:[^.;]|\.(?=\d))*?\bto\s+(?:(?:about|around|nearly|almost|some|just|only)\s+)?", re.I)


def range_end_for_to_level(norm: str, y: YearExpression, start: int) -> int | None:
    """The last year of a range ("1985-2006") when the figure at ``start`` is the "to" level of a change stated
    after it ("from 6.0% to 2.8%"); else None."""
    found = YEAR_RANGE_RE.fullmatch(norm, y.start, y.end)
    if not found or start - y.end > 80 or not _FROM_TO_GAP_RE.fullmatch(norm, y.end, start):
        return None
    last = found.group("last")
    return int(last) if len(last) == 4 else int(found.group("first")[:2] + last)


# "for fiscal 2012-13 (from July 2012 to June 2013)": the bracket spells out the fiscal year; its months' years date nothing
_FISCAL_GLOSS_RE = re.compile(r"\s*\(\s*(?:from\s+)?(?:\d{1,2}\s+)?[A-Za-z]+\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d\s*(?:to|-|\u2013|through|until|till)\s*"
                             r"(?:\d{1,2}\s+)?[A-Za-z]+\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d\s*\)")


def without_fiscal_gloss(norm: str, years: list[YearExpression]) -> list[YearExpression]:
    """``years`` without those inside a bracket that spells out the fiscal year just named before it."""
    glosses = [found.span() for y in years if (y.fiscal or YEAR_RANGE_RE.fullmatch(norm, y.start, y.end))
               and (found := _FISCAL_GLOSS_RE.match(norm, y.end))]
    return [y for y in years if not any(a <= y.start and y.end <= b for a, b in glosses)] if glosses else years


# Every pattern above behind a lookahead of the characters its matches begin with: the same matches, faster.
gate_all(globals())
