"""Extraction: find every defense figure in an article's clean text, and nothing else.

A pure function of (text, article metadata): no Streamlit, no I/O. Rules work sentence by
sentence on normalised text (same length as the original, see numbers.normalize) so each
figure's ``quote`` is ``text[start:end]`` exactly as the article wrote it.

How a number becomes a figure:
1. numbers.find_numbers finds every numeral with its currency, scale, percent and hedge.
2. Each number is classified by the words attached to it: a personnel noun ("28,500 U.S.
   troops", "a military of about 1.2 million"), a defense-budget phrase ("a defense budget of",
   "66.3 trillion won ($47.1 billion) defense budget"), a change ("rise by 8.1 percent") or a
   share of GDP ("3.5% of GDP on defense"). A number attached to nothing is not a figure.
3. Negative evidence wins: changes of troop levels ("withdraw 11,900", "by 180,000 troops"),
   casualties, pay raises, national (not defense) budgets, economic growth, exchange rates.
4. Whose figure: a country word bound to it ("U.S. troops", "Russia's"), else a pronoun
   resolved to the sentence's subject, else the sentence's nearest country, else the
   previous sentences, else the currency's country, else the article's main country.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from dashboard import countries as geo
from dashboard.numbers import NumberMention, find_numbers, normalize
from dashboard.schema import PERSONNEL_METRICS
from dashboard.text import Sentence, YearExpression, find_years, split_sentences


@dataclass(frozen=True)
class ArticleInfo:
    """What extraction needs to know about an article besides its text."""

    article_id: str = "article"
    published: date | None = None


@dataclass
class Figure:
    """One figure stated in an article, with where it stands."""

    article_id: str
    country_iso3: str
    metric: str
    value: float | None
    unit: str
    quote: str
    passage: str
    start: int
    end: int
    method: str
    currency: str = ""
    year: int | None = None
    host_iso3: str = ""
    stage: str = ""
    qualifier: str = ""
    low: float | None = None
    high: float | None = None
    direction: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def figure_id(self) -> str:
        return f"{self.article_id}:{self.start}"


# ---------------------------------------------------------------------------
# Vocabulary (patterns, all applied to normalised text, case-insensitive)
# ---------------------------------------------------------------------------

_I = re.IGNORECASE
_HEDGE = (r"(?:(?:more than|over|at least|up to|as many as|less than|fewer than|under|nearly|almost|between|"
          r"a\s+combined|a\s+total\s+of|a\s+record|a\s+record-high|"
          r"about|around|roughly|approximately|some|an estimated|estimated|close to|just over|"
          r"just under|upwards of)\s+)?")
_PERSON_NOUN = (r"(?P<noun>troops?|soldiers?|service\s?members|service\s?men|service\s?women|servicemembers|"
                r"servicemen|servicewomen|personnel|reservists|reserves|marines|sailors|airmen|conscripts|"
                r"forces|military\s+personnel|men\s+and\s+women\s+in\s+uniform|active[- ]duty\s+(?:troops|soldiers|"
                r"personnel|members))\b")
_MODIFIER = (r"(?:[A-Z][\w.'\-]*\.?|active(?:[- ]duty)?|military|uniformed|reserve|regular|combat|ground|"
             r"armed|army|frontline|front-line|foreign|allied|more|additional|extra|new|full-time|trained|"
             r"mobili[sz]ed|registered|combat-ready|volunteer|part-time|serving|career|active-duty|"
             r"professional|conscript|contract|career|of\s+(?:its|their|the)|its|their|[a-z]+-(?:based|backed|led))")
_RIGHT_PERSON_RE = re.compile(r"(?P<mods>(?:[\s-]+" + _MODIFIER + r"){0,4})\s*-?\s*(?:strong\s+)?"
                              + _PERSON_NOUN, _I)
_STRONG_RE = re.compile(r"\s*-?\s*strong\b|\s+active(?=\s*[(;,.:]|\s*$)", _I)
_LEFT_NOUNS = (r"troops|soldiers|service\s?members|servicemen|servicemembers|personnel|reservists|reserves|"
               r"army|military|armed\s+forces|forces|force|strength|manpower|headcount|marines|sailors|conscripts")
_OTHER_GROUPS = r"reserve|contingent|garrison|mission"  # stop words for the gap: a nearer group owns the number
# the noun nearest the number counts: "a force of 280,000 troops from a trained reserve of about 870,000"
_LEFT_PERSON_RE = re.compile(
    r"\b(?P<noun>" + _LEFT_NOUNS + r")"
    r"(?P<gap>(?:\s+(?!(?:" + _LEFT_NOUNS + "|" + _OTHER_GROUPS + r")\b)[\w'.\-]+){0,4}?)\s+(?P<link>of|at|to|from|totall?ing|numbering|numbered|numbers|"
    r"stands\s+at|stood\s+at|standing\s+at|is|was|are|were|reached|consists\s+of|consisting\s+of|"
    r"comprising|counts|counted|estimated\s+at|put\s+at)\s+" + _HEDGE + r"$", _I)
# "the actual number was 226,789" after the sentence has named the personnel it counts
_ACTUAL_NUMBER_RE = re.compile(
    r"\b(?:personnel|soldiers|servicemen|troops)\b[^.;]{0,120}?\b(?:actual|total|overall)\s+(?P<noun>number|strength|headcount)"
    r"(?P<gap>)\s+(?P<link>was|is|stood\s+at|stands\s+at|of)\s+" + _HEDGE + r"$", _I)
_RESERVE_POOL_RE = re.compile(r"\b(?:trained\s+|strategic\s+|mobili[sz]able\s+)?(?P<noun>reserve)(?P<gap>)\s+(?:pool\s+)?"
                              r"(?P<link>of)\s+" + _HEDGE + r"$", _I)
_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:by|withdraw\w*|pull\w*\s+out|remov\w*|cut\w*|add\w*|send\w*|sent|recruit\w*|train\w*|"
    r"kill\w*|lost|lose|losing|wounded|injured|evacuat\w*|captur\w*|another|extra|additional|more|"
    r"dispatch\w*|reduc\w*|increas\w*|boost\w*|draft\w*|mobiliz\w*\s+an?\s+additional|deploy\w*\s+an?\s+additional|"
    r"redeploy\w*|reposition\w*|rotat\w*|discharg\w*|demobiliz\w*|casualties\s+of|losses\s+of|"
    r"shortfall\s+of|shortage\s+of|gap\s+of|deficit\s+of)\s+" + _HEDGE + r"$", _I)
_CASUALTY_AFTER_RE = re.compile(
    r"^[^.;]{0,30}?\b(?:killed|wounded|dead|died|injured|casualties|captured|missing|taken\s+prisoner|"
    r"prisoners|have\s+been\s+lost|were\s+lost|to\s+be\s+withdrawn|will\s+be\s+withdrawn|withdrawn|"
    r"would\s+be\s+withdrawn|will\s+leave|would\s+leave|to\s+leave|to\s+be\s+cut|trained|recruited|"
    r"took\s+part|participat\w*|joined\s+the\s+exercise)\b", _I)
_STOCK_BEFORE_RE = re.compile(
    r"(?:\b(?:has|have|had|maintains?|maintained|keeps?|kept|fields?|fielded|numbers?|boasts?|commands?|"
    r"there\s+(?:are|were|is)|total\s+of|its|their|strength\s+of|size\s+of|with|consists\s+of|consisting\s+of|"
    r"comprises|comprising|made\s+up\s+of|force\s+of|army\s+of|military\s+of|numbering|totall?ing)\s+|'s\s+)" + _HEDGE + r"$", _I)
_DEPLOY_VERB_RE = re.compile(r"\b(?:deploy\w*|station\w*|sen[dt]\w*|mass\w*|amass\w*|dispatch\w*|move\w*|"
                             r"position\w*|rotat\w*|based|garrison\w*)\b", _I)
_HOST_AFTER_RE = re.compile(
    r"^(?:\s+(?:who\s+are|that\s+are|which\s+are|are|were|is|currently|now|still|permanently|"
    r"serving\s+with\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}?(?:force|mission|contingent|coalition|operation)|"
    r"already|to\s+be|being|remain|remaining|long|largely|mostly|primarily))*"
    r"\s+(?:(?:stationed|deployed|based|garrisoned|posted|present|serving|positioned|operating|fighting|deployed)\s+)?"
    r"(?:in|on|to|at|inside|within|across)\s+(?:the\s+)?(?:soil\s+of\s+)?"
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central|occupied)(?:\s+part)?\s+of\s+(?:the\s+)?"
    r"|(?:northern|southern|eastern|western|central|occupied)\s+)?", _I)
_THERE_RE = re.compile(r"^\s+(?:(?:are|were|is|remain)\s+)?(?:(?:currently|now|still)\s+)?(?:there|in\s+the\s+country)\b", _I)

_DEFENSE_WORD = (r"(?:defen[cs]e|military|armed\s+forces|armed\s+services|pentagon|national\s+security|appropriations\s+for|"
                 r"army|navy|air\s+force|ndaa|war\s+budget|security\s+forces)")
_BUDGET_WORD = (r"(?:budget|spend|spends|spending|expenditure|outlays?|funding|allocation|allocat\w+|earmark\w*|"
                r"appropriat\w+|authoriz\w+|request\w*)")
_DEFENSE_CTX_RE = re.compile(r"\b" + _DEFENSE_WORD, _I)
_BUDGET_CTX_RE = re.compile(r"\b" + _BUDGET_WORD, _I)
_BUDGET_AFTER_RE = re.compile(
    r"^\s*(?:\([^)]{0,60}\)\s*)?(?:[\w'\-]+\s+){0,3}?(?:in\s+)?(?:annual\s+|total\s+|overall\s+|draft\s+|proposed\s+)?"
    + _DEFENSE_WORD + r"\s+(?:budget|spending|expenditure|outlays?|allocation|appropriation|funding)", _I)
_BUDGET_BEFORE_RE = re.compile(
    _DEFENSE_WORD + r"(?:\s+[\w'\-]+){0,3}?\s+(?:budget|spending|expenditure|outlays?|allocation|funding|appropriations?)"
    r"(?:[\s,]+[\w'.%\-]+){0,8}?[\s,]+(?:of|at|to|totall?ing|will\s+be|would\s+be|is|was|reach\w*|stands\s+at|"
    r"(?:for\s+\S+\s+)?(?:is|was)|"
    r"stood\s+at|amount\w*\s+to|hit|be|worth)\s+" + _HEDGE + r"$", _I)
_BUDGET_VERB_BEFORE_RE = re.compile(
    r"\b(?:budget|allocat\w+|earmark\w*|seek\w*|sought|request\w*|propos\w*|approv\w*|totall?ing|"
    r"authoriz\w+|appropriat\w+|sets?\s+aside|setting\s+aside|plan\w*\s+to\s+spend|spend\w*|budgeted|worth|"
    r"ask\w*\s+for|allots?|allotted|allotting|put\s+(?:an?\s+)?(?:extra|additional)?|receive[sd]?|receiving|"
    r"budget\s+(?:for\s+\S+\s+)?(?:is|was|of|at|totals?|stands\s+at))"
    r"(?:\s+(?:of|at|a\s+record|a\s+record-high|record|an?|the))*\s+" + _HEDGE + r"$", _I)
_BUDGET_PASSIVE_AFTER_RE = re.compile(
    r"^\s*(?:had\s+been|has\s+been|have\s+been|was|were|is|will\s+be|would\s+be)?\s*(?:earmarked|allocated|"
    r"set\s+aside|budgeted|approved|requested|proposed|appropriated)\s+(?:for|to)\s+(?:the\s+)?"
    r"(?:country's\s+|nation's\s+)?" + _DEFENSE_WORD, _I)
_MONEY_NEGATIVE_AFTER_RE = re.compile(
    r"^\s*(?:\([^)]{0,60}\)\s*)?(?:in\s+)?(?:military\s+|financial\s+|security\s+)?(?:support|aid|assistance)\b"
    r"|^\s*(?:\([^)]{0,60}\)\s*)?(?:[\w'\-]+\s+){0,2}?(?:national\s+budget|state\s+budget|government\s+budget|"
    r"total\s+budget|overall\s+budget|general\s+budget|budget\s+bill|economy|gdp|gross\s+domestic|aid|package|"
    r"contracts?|deals?|loans?|investment|sales?|stimulus|revenue|debt|deficit|grants?|assistance|salar\w+|"
    r"pay\b|pensions?|bonus\w*|exports?|imports?|trade|market|fine|settlement|per\s+(?:year|month|soldier|unit)|"
    r"a\s+(?:year|month|piece|unit))", _I)
_MONEY_PURPOSE_AFTER_RE = re.compile(
    r"^\s*(?:\([^)]{0,60}\)\s*)?(?:for|to\s+(?:buy|purchase|acquire|develop|build|procure|fund)|on)\s+"
    r"(?!(?:the\s+|its\s+|their\s+)?(?:defen[cs]e|military|armed|national\s+security|next|fiscal|financial|pentagon|"
    r"ministry\s+of\s+defen[cs]e|war\s+department|department\s+of\s+defen[cs]e|"
    r"this|the\s+coming|(?:19|20)\d\d|fy))", _I)
_MONEY_TOTAL_BEFORE_RE = re.compile(
    r"\b(?:economy|gdp|gross\s+domestic\s+product|(?:total|overall|federal|government|national|state|general)\s+"
    r"(?:government\s+|federal\s+|planned\s+|public\s+|state\s+)?(?:spending|budget|outlays?|expenditure))\s+(?:\w+\s+){0,2}?(?:of|at|to|worth|is|was|"
    r"will\s+be|totall?ing|reach\w*)\s+" + _HEDGE + r"$|\b(?:program|programme|plan|law|fund|package)\s+(?:\w+\s+){0,3}?"
    r"(?:to\s+spend|of|worth|totall?ing)\s+" + _HEDGE + r"$", _I)
_MULTI_YEAR_AFTER_RE = re.compile(
    r"^[^.;]{0,80}?\b(?:over|across|during|within)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+years"
    r"|^[^.;]{0,60}?\b(?:19|20)\d\d\s*(?:-|to|through)\s*(?:19|20)\d\d\b", _I)
_FOR_DEFENSE_AFTER_RE = re.compile(
    r"^\s*(?:\([^)]{0,60}\)\s*)?(?:,\s*or\s+[^,]{1,40},\s*)?(?:in\s+\w+\s+)?(?:for|to|on|into|toward|towards)\s+"
    r"(?:the\s+)?(?:country's\s+|nation's\s+|national\s+|its\s+)?(?:military|defen[cs]e|armed\s+forces|pentagon)\b", _I)
_RATE_RE = re.compile(r"^\s*(?:to|per|a|against)\s+(?:the\s+|one\s+|1\s+|each\s+)?(?:u\.?s\.?\s+)?(?:dollar|euro|yen|won)", _I)
_PART_OF_RE = re.compile(r"\b(?:part|share|portion|fraction)\s+of\s+(?:the\s+|a\s+|its\s+)?" + _HEDGE + r"$", _I)

_CHANGE_NOUN_AFTER_RE = re.compile(
    r"^\s*(?:year-on-year\s+|annual\s+|yearly\s+)?(?P<w>increase|rise|hike|jump|boost|growth|gain|climb|uptick|"
    r"surge|cut|decrease|reduction|drop|decline|fall|raise)\b", _I)
_CHANGE_VERB = (r"(?:rise|rises|rose|risen|rising|increas\w+|grow\w*|grew|jump\w*|climb\w*|boost\w*|rais\w*|"
                 r"fall\w*|fell|drop\w*|declin\w*|cut|cuts|cutting|reduc\w*|hike\w*|expand\w*|shrink\w*|shrank|"
                 r"surg\w*|slash\w*|soar\w*|lift\w*|trim\w*|slid|slide\w*|slump\w*|plung\w*|dip|dipped|dips|"
                 r"sank|sink\w*|tumbl\w*|contract\w*|edg\w*\s+(?:up|down)|swell\w*|swoll\w*|doubl\w*)")
_CHANGE_BEFORE_PCT_RE = re.compile(
    r"(?:\b(?P<w1>increase|rise|hike|jump|growth|gain|climb|cut|decrease|reduction|drop|decline|fall|boost)\s+of"
    r"|\b(?:up|down)|\b(?P<w2>" + _CHANGE_VERB + r")(?:(?:\s+[\w'\-]+){0,5}?\s+by)?)\s+" + _HEDGE + r"$", _I)
_COMPARATIVE_AFTER_RE = re.compile(
    r"^\s*,?\s*(?:or\s+[^,]{1,25},\s*)?(?P<w>more|less|higher|lower|above|below|up|down)\b(?:\s+than|\s+from|"
    r"\s+on|\s+over|\s+compared)", _I)
_PCT_NEGATIVE_RE = re.compile(
    r"\b(?:inflation|economic|economy|gdp\s+growth|growth\s+target|tax\w*|interest|approval|poll\w*|"
    r"unemployment|exchange|pay|salar\w+|wages?|pension|voters?|votes?|respondents|turnout|population|"
    r"troops|personnel|soldiers|recruit\w*|staffing)\b", _I)
_PCT_NEGATIVE_AFTER_RE = re.compile(r"^\s*(?:(?:pay|salary|wage)\s+(?:raise|rise|increase|hike)|of\s+(?:the\s+)?"
                                    r"(?:vote|votes|respondents|voters|population|troops|personnel))", _I)
_GDP_AFTER_RE = re.compile(r"^\s*of\s+(?:its\s+|their\s+|the\s+(?:country's\s+|nation's\s+)?|national\s+)?"
                           r"(?:gdp|gross\s+domestic\s+product|economic\s+output|national\s+income)", _I)
_DECREASE_RE = re.compile(r"cut|decreas|reduc|drop|declin|fall|fell|down|less|lower|below|shrink|shrank|slash|slid|"
                          r"slump|plung|dip|sank|sink|tumbl|contract", _I)

_TREND_HINT_RE = re.compile(r"budget|spending|expenditure", _I)
_TREND_RES = [
    re.compile(r"\b(?:(?:largest|biggest|record|sharpest|steepest|major|significant|substantial|sizable|"
               r"modest|first|steep|sharp|big)\s+)?(?:annual\s+)?(?:defen[cs]e|military)\s+(?:budget|spending|"
               r"expenditure)s?\s+(?P<dir>increases?|hikes?|boosts?|rises?|growth|cuts?|reductions?|decreases?|"
               r"declines?)\b(?:\s+in\s+(?:years|decades|a\s+decade|history))?", _I),
    re.compile(r"\b(?P<dir>increas\w*|boost\w*|rais\w*|hik\w*|cut\w*|slash\w*|reduc\w*|trim\w*|expand\w*|"
               r"ramp\w*\s+up|bolster\w*)\s+(?:its\s+|their\s+|the\s+(?:country's\s+|nation's\s+)?)?"
               r"(?:annual\s+)?(?:defen[cs]e|military)\s+(?:budget|spending|expenditure)s?\b", _I),
]


# ---------------------------------------------------------------------------
# Sentence context
# ---------------------------------------------------------------------------


@dataclass
class _Context:
    norm: str
    text: str
    info: ArticleInfo
    sentences: list[Sentence]
    mentions: list[geo.CountryMention]
    main_country: str
    subject_by_sentence: dict[int, str]
    dateline: str = ""
    starts: list[int] = field(default_factory=list)
    years_by_sentence: dict[int, list[YearExpression]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.starts = [c.start for c in self.mentions]

    def country_mentions(self, start: int, end: int) -> list[geo.CountryMention]:
        """Mentions inside [start, end), found by bisection (articles can be long)."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [c for c in self.mentions[lo:hi] if c.end <= end]


def _sentence_subject(ctx: _Context, index: int) -> str:
    """The country a sentence is about: its first country mention, else the previous sentence's."""
    for i in range(index, max(-1, index - 3), -1):
        subject = ctx.subject_by_sentence.get(i)
        if subject:
            return subject
    return ctx.main_country


def _owner(ctx: _Context, si: int, m: NumberMention, host: str, bound: list[geo.CountryMention],
           currency: str = "", sibling: str = "") -> tuple[str, str]:
    """Whose figure: (iso3, how it was found).

    In order: a country word bound to the number ("U.S. troops"); a pronoun's antecedent; the
    nearest country named as an actor earlier in the sentence (an alliance only when no country
    is named: "Ankara maintains NATO's second-largest army of 355,000" is Turkey's); a currency
    that belongs to one country; another figure of the sentence; the previous sentences; a
    country named later in the sentence; the dateline; and last, the article's main country.
    """
    for c in bound:
        if c.iso3 != host:
            return c.iso3, "bound"
    sent = ctx.sentences[si]
    before = ctx.norm[max(sent.start, m.start - 300):m.start]
    if re.search(r"\b(?:its|their)\s+" + _HEDGE + r"$", before, _I) or re.search(
            r"\b(?:it|they)\s+\w+\s+" + _HEDGE + r"$", before, _I):
        subject = _subject_for_pronoun(ctx, si, m.start, host)
        if subject:
            return subject, "pronoun"
    in_sentence = [c for c in ctx.country_mentions(sent.start, m.start)
                   if c.iso3 != host and not _is_place_object(ctx.norm, c)]
    countries = [c for c in in_sentence if c.kind != "alliance"]
    if countries or in_sentence:
        return (countries or in_sentence)[-1].iso3, "sentence"
    by_currency = _CURRENCY_COUNTRY.get(currency) if currency else None
    if by_currency and by_currency != host:
        return by_currency, "currency"
    if sibling and sibling != host:
        return sibling, "same-sentence-figure"
    if si and ctx.sentences[si - 1].paragraph == sent.paragraph:
        subject = _sentence_subject(ctx, si - 1)
        if subject and subject != host:
            return subject, "previous"
    after = [c for c in ctx.country_mentions(m.end, sent.end) if c.iso3 != host
             and not _is_place_object(ctx.norm, c)]
    after = [c for c in after if c.kind != "alliance"] or after
    if after:
        return after[0].iso3, "sentence-after"
    subject = _sentence_subject(ctx, si - 1) if si else ""
    if subject and subject != host:
        return subject, "previous"
    if ctx.dateline and ctx.dateline != host:
        return ctx.dateline, "dateline"
    by_currency = _AMBIGUOUS_CURRENCY_COUNTRY.get(currency) if currency else None
    if by_currency and by_currency != host:
        return by_currency, "currency"
    if ctx.main_country and ctx.main_country != host:
        return ctx.main_country, "article"
    return "", "none"


def _subject_for_pronoun(ctx: _Context, si: int, pos: int, host: str) -> str:
    sent = ctx.sentences[si]
    firsts = [c for c in ctx.country_mentions(sent.start, pos) if c.iso3 != host and not _is_place_object(ctx.norm, c)]
    if firsts:
        return firsts[0].iso3
    return _sentence_subject(ctx, si - 1) if si else ""


def _is_dateline(norm: str, c: geo.CountryMention) -> bool:
    """"ISLAMABAD:", "SEOUL, May 23 (Yonhap) --", "WARSAW \u2014" at the start of the text."""
    return c.text.isupper() and bool(re.match(r"\s*(?:,|:|\u2014|\u2013|-|\()", norm[c.end:c.end + 3]))


def _is_place_object(norm: str, c: geo.CountryMention) -> bool:
    """A country named as a place ("in Seoul", "to Germany") rather than as an actor."""
    if c.text.isupper() and len(c.text) > 4 and c.kind != "short":
        return True  # a dateline: "SEOUL, May 23 (Yonhap) --"
    before = norm[max(0, c.start - 12):c.start]
    return bool(re.search(r"\b(?:in|to|into|from|on|at|near|across|toward|towards|against|with|visit\w*)\s+(?:the\s+)?$", before, _I)) and c.kind != "demonym"


# Currencies of one country (the dollar is left out: wire copy quotes everyone's budget in dollars).
_CURRENCY_COUNTRY = {"KRW": "KOR", "JPY": "JPN", "CNY": "CHN", "RUB": "RUS", "ILS": "ISR", "UAH": "UKR",
                     "PLN": "POL", "TRY": "TUR", "SAR": "SAU", "TWD": "TWN", "GBP": "GBR", "AUD": "AUS",
                     "CAD": "CAN", "BRL": "BRA", "IDR": "IDN", "NGN": "NGA", "SEK": "SWE", "NOK": "NOR",
                     "DKK": "DNK", "THB": "THA", "BDT": "BGD", "ZAR": "ZAF", "EGP": "EGY", "PHP": "PHL",
                     "VND": "VNM", "MYR": "MYS", "CHF": "CHE", "PKR": "PAK", "KES": "KEN"}
# Names several countries use: a last resort ("rupees" are also Pakistan's, "pesos" Chile's...).
_AMBIGUOUS_CURRENCY_COUNTRY = {"INR": "IND", "MXN": "MEX", "MAD": "MAR"}
# The same currency word for another country: rupees in Pakistan are PKR, pesos in Chile CLP.
_LOCAL_CURRENCY = {("INR", "PAK"): "PKR", ("INR", "LKA"): "LKR", ("INR", "NPL"): "NPR", ("MXN", "CHL"): "CLP",
                   ("MXN", "COL"): "COP", ("MXN", "ARG"): "ARS", ("MXN", "PHL"): "PHP", ("MAD", "ARE"): "AED",
                   ("NOK", "DNK"): "DKK"}


# ---------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------


def _personnel(ctx: _Context, si: int, m: NumberMention) -> tuple[str, str, str, str] | None:
    """(metric, owner, host, method) for a personnel figure, or None."""
    norm = ctx.norm
    sent = ctx.sentences[si]
    left_edge = m.hedge_start if m.hedge_start is not None else m.start
    window_start = max(sent.start, left_edge - 200)  # bounded context keeps long lines linear
    before = norm[window_start:left_edge]
    right = norm[m.end:min(sent.end, m.end + 300)]
    noun_end = None
    bound: list[geo.CountryMention] = []
    method = ""
    mods = ""
    rm = _RIGHT_PERSON_RE.match(right)
    strong = _STRONG_RE.match(right)
    if rm and not re.search(r"\b(?:more|additional|extra|new)\b", rm.group("mods"), _I):
        mods = rm.group("mods")
        noun = rm.group("noun").lower()
        noun_end = m.end + rm.end()
        bound = ctx.country_mentions(m.end, m.end + rm.start("noun"))
        method = "personnel:number-noun"
    elif rm or strong and not rm:
        if strong:
            noun, noun_end, method = "military", m.end + strong.end(), "personnel:strong"
        else:
            return None
    else:
        lm = (_LEFT_PERSON_RE.search(before) or _ACTUAL_NUMBER_RE.search(before)
              or _RESERVE_POOL_RE.search(before))
        if not lm:
            return None
        if re.search(r"\bage[sd]?\b", before[-40:], _I):
            return None  # "the age limit for reserve duty to 65"
        noun = lm.group("noun").lower()
        if noun in ("force", "forces", "strength") and not re.search(
                r"\b(?:armed|military|army|troop|active|ground|land|personnel)\b", before[max(0, lm.start() - 30):lm.end()], _I):
            return None
        noun_end = m.end
        method = "personnel:noun-of-number"
        # "Russian military by", "U.S. troops there from": the country right before the noun
        noun_abs = window_start + lm.start()
        near = [c for c in ctx.country_mentions(window_start, noun_abs) if noun_abs - c.end <= 20]
        bound = near[-1:]
        mods = before[max(0, lm.start() - 30):lm.start()]
        if lm.re is _LEFT_PERSON_RE and re.search(r"\b(?:authori[sz]ed|planned|target|goal|quota|positions|posts|ceiling|cap)\b",
                     before[max(0, lm.start() - 40):], _I):
            return None
        if re.search(r"\b(?:by)\s*$", before[:lm.start()], _I):
            return None
    if _CHANGE_BEFORE_RE.search(before[-70:]) or _CASUALTY_AFTER_RE.search(norm[noun_end:sent.end]):
        return None
    if re.match(r"^\s*(?:killed|dead|wounded|casualties|losses|countries|nations|states|allies|members)\b", right, _I):
        return None
    if re.match(r"^[^.;]{0,40}?\bfrom\s+(?:\d+|some|more\s+than|about|over|\w+)\s+(?:\w+\s+)?(?:countries|nations)\b",
                norm[noun_end:noun_end + 80], _I):
        return None  # "10,000 troops from 50 countries": a multinational total
    listed = re.match(r"^[^.;]{0,20}?\bfrom\s+", norm[noun_end:noun_end + 40], _I)
    if listed and len(ctx.country_mentions(noun_end + listed.end(), noun_end + listed.end() + 80)) >= 2:
        return None  # "5,000 troops from South Africa, Malawi and Tanzania": a multinational total
    # host: "stationed in South Korea", "on Ukrainian territory", "there"
    host = ""
    after_noun = norm[noun_end:min(sent.end, noun_end + 200)]
    hm = _HOST_AFTER_RE.match(after_noun)
    if hm:
        place = [c for c in ctx.country_mentions(noun_end + hm.end(), noun_end + hm.end() + 40)
                 if c.start == noun_end + hm.end()]
        if place:
            host = place[0].iso3
    existential = r"\bthere\b(?!\s+(?:are|were|is|was|have|had|remain))"  # "there were 563,000" is not a place
    where = re.search(r"\bwhere\b[^.;]{0,60}$", before, _I)  # "the island's north, where Ankara keeps 35,000 troops"
    if not host and where:
        places = [c for c in ctx.country_mentions(window_start, window_start + where.start())
                  if _is_place_object(norm, c)]
        if places:
            host = places[-1].iso3
    if not host and re.match(r"^\s+(?:out\s+of|from)\s+the\s+country\b", after_noun, _I):
        places = [c for c in ctx.country_mentions(window_start, m.start) if _is_place_object(norm, c)]
        if places:
            host = places[-1].iso3
    if not host and (_THERE_RE.match(after_noun) or re.search(existential, before[-40:], _I)):
        places = [c for c in ctx.country_mentions(window_start, m.start) if _is_place_object(norm, c)]
        if places:
            host = places[-1].iso3
        elif si:
            host = _sentence_subject(ctx, si - 1)
    if not host and bound and re.search(r"\bhost(?:s|ed|ing)?\s+" + _HEDGE + r"$", before, _I):
        subject = _subject_for_pronoun(ctx, si, m.start, bound[0].iso3)
        host = subject if subject != bound[0].iso3 else ""
    owner, how = _owner(ctx, si, m, host, bound)
    if not owner:
        return None
    is_reserve = noun in ("reservists", "reserves", "reserve") or re.search(r"\breserve\b", mods, _I)
    if is_reserve:
        return "reserve_personnel", owner, "", method
    if host and host != owner:
        return "troops_deployed", owner, host, method + "+host"
    if (_DEPLOY_VERB_RE.search(before[-40:]) or _DEPLOY_VERB_RE.search(after_noun[:25])
            or re.match(r"^\s+(?:\w+\s+)?(?:abroad|overseas|on\s+(?:un\s+|peacekeeping\s+)?missions?|serving\s+(?:in|with|on)"
                        r"\s+(?:\w+\s+)?(?:missions?|operations?|peacekeeping))\b", after_noun, _I)):
        return None  # deployed, but we cannot say where: not a strength figure either
    stock = (re.search(r"\bactive\b", mods + " " + noun, _I) or method in ("personnel:noun-of-number", "personnel:strong")
             or _STOCK_BEFORE_RE.search(before[-60:]) or how == "pronoun")
    if not stock:
        return None
    return "active_personnel", owner, "", method


def _is_conversion(norm: str, prev: NumberMention | None, m: NumberMention) -> bool:
    """A dollar figure in brackets right after another currency's figure: "66.3 trillion won ($47.1 billion)"."""
    if prev is None or prev.kind != "money" or m.kind != "money":
        return False
    gap = norm[prev.end:m.start]
    return bool(re.fullmatch(r"\s*[(\[]\s*(?:about|around|roughly|approximately|approx\.|some|or|nearly)?\s*", gap))


def _money(ctx: _Context, si: int, m: NumberMention) -> tuple[str, str] | None:
    """(metric, method) for a money figure, or None."""
    norm = ctx.norm
    sent = ctx.sentences[si]
    left_edge = m.hedge_start if m.hedge_start is not None else m.start
    before = norm[max(sent.start, left_edge - 160):left_edge]
    right = norm[m.end:min(sent.end, m.end + 300)]
    if _RATE_RE.match(right) or re.search(r"exchange\s+rate", before[-40:], _I):
        return None
    if _MONEY_NEGATIVE_AFTER_RE.match(right) or _PART_OF_RE.search(before[-60:]) or _MONEY_TOTAL_BEFORE_RE.search(before[-130:]):
        return None
    if _MULTI_YEAR_AFTER_RE.match(right):
        return None  # a programme over several years is not one year's budget
    sentence = norm[max(sent.start, m.start - 400):min(sent.end, m.end + 400)]
    prev_sentence = _previous_sentence(ctx, si)
    defense_here = bool(_DEFENSE_CTX_RE.search(sentence))
    defense_near = defense_here or bool(_DEFENSE_CTX_RE.search(prev_sentence))
    budget_here = bool(_BUDGET_CTX_RE.search(sentence))
    comparative = _COMPARATIVE_AFTER_RE.match(right)
    change_before = (_CHANGE_BEFORE_PCT_RE.search(before[-90:])
                     or re.search(r"\b(?:extra|additional|another|add(?:s|ed|ing)?)\s+$", before, _I)
                     and (_FOR_DEFENSE_AFTER_RE.match(right) or re.match(
                         r"^\s*(?:in\s+)?(?:new|extra|additional|fresh)\s+(?:funding|spending|money|appropriations)", right, _I)))
    change_after = re.match(r"^\s*(?:\([^)]{0,60}\)\s*)?(?:increase|rise|hike|boost|cut|reduction|decrease)\b", right, _I)
    if (comparative or change_before or change_after) and budget_here and defense_near:
        return "budget_change_amount", "budget:change-amount"
    if _MONEY_PURPOSE_AFTER_RE.match(right) and not _BUDGET_AFTER_RE.match(right):
        return None
    if _BUDGET_AFTER_RE.match(right):
        return "defense_budget", "budget:number-then-defense-budget"
    if _BUDGET_BEFORE_RE.search(before):
        return "defense_budget", "budget:defense-budget-of-number"
    if _BUDGET_PASSIVE_AFTER_RE.match(right):
        return "defense_budget", "budget:earmarked-for-defense"
    if budget_here and _FOR_DEFENSE_AFTER_RE.match(right):
        return "defense_budget", "budget:number-for-defense"
    if budget_here and defense_near and re.match(
            r"^\s*(?:\([^)]{0,60}\)\s*)?(?:that|which)?\s*(?:the\s+)?(?:government|ministry|cabinet|administration|"
            r"parliament|congress|lawmakers)\s+(?:had\s+|has\s+)?(?:proposed|requested|sought|approved|planned)", right, _I):
        return "defense_budget", "budget:number-the-government-proposed"
    if budget_here and defense_near and (_BUDGET_VERB_BEFORE_RE.search(before[-90:])
                                         or re.search(r"\b(?:record|record-high|previous|total)\s+(?:of\s+)?" + _HEDGE + r"$", before, _I)):
        return "defense_budget", "budget:budget-verb-in-defense-sentence"
    return None


def _percent(ctx: _Context, si: int, m: NumberMention) -> tuple[str, str] | None:
    """(metric, method) for a percentage figure, or None."""
    norm = ctx.norm
    sent = ctx.sentences[si]
    left_edge = m.hedge_start if m.hedge_start is not None else m.start
    before = norm[max(sent.start, left_edge - 120):left_edge]
    right = norm[m.end:min(sent.end, m.end + 300)]
    sentence = norm[max(sent.start, m.start - 400):min(sent.end, m.end + 400)]
    prev_sentence = _previous_sentence(ctx, si)
    defense_here = bool(_DEFENSE_CTX_RE.search(sentence))
    if re.search(r"\b(?:above|below|beyond|exceeding)\s+$", before, _I):
        return None  # "spending above 1% of GDP" is a threshold, not a figure
    if _GDP_AFTER_RE.match(right) or _GDP_AFTER_RE.match(_skip_pair(norm, m, sent)):
        near = before[-80:] + norm[m.end:m.end + 60]
        if (re.search(r"\b(?:defen[cs]e|military)\b", near, _I)
                or re.search(r"^\s*of\s+\w+(?:\s+\w+)?\s+on\s+(?:defen[cs]e|the\s+military)", right, _I)
                or re.search(r"\b(?:spending|expenditure|budget|outlays?)\b[^.;]{0,30}$", before, _I) and defense_here):
            return "defense_share_gdp_pct", "share:pct-of-gdp"
        return None
    if defense_here and re.search(r"\b(?:share|percentage|proportion)\s+of\s+(?:its\s+|the\s+)?(?:gdp|gross\s+domestic\s+"
                                  r"product|economic\s+output)\b[^.;]{0,40}?\b(?:to|at|of|was|is|reached|hit|stood\s+at)\s+"
                                  + _HEDGE + r"$", before, _I):
        return "defense_share_gdp_pct", "share:share-of-gdp-was"
    if _PCT_NEGATIVE_AFTER_RE.match(right) or _PCT_NEGATIVE_RE.search(before[-45:]):
        return None
    change = (_CHANGE_NOUN_AFTER_RE.match(right) or _CHANGE_BEFORE_PCT_RE.search(before[-90:])
              or _COMPARATIVE_AFTER_RE.match(right))
    if not change:
        return None
    budget_here = bool(_BUDGET_CTX_RE.search(sentence))
    defense_near = defense_here or bool(_DEFENSE_CTX_RE.search(prev_sentence))
    if not (budget_here and defense_near):
        return None
    return "budget_change_pct", "budget:pct-change"


def _previous_sentence(ctx: _Context, si: int) -> str:
    if not si:
        return ""
    prev = ctx.sentences[si - 1]
    return ctx.norm[max(prev.start, prev.end - 400):prev.end]


def _skip_pair(norm: str, m: NumberMention, sent: Sentence) -> str:
    """For "from 2% to 5% of GDP": the text after the second number of a from-to pair."""
    pair = re.match(r"^\s*to\s+" + _HEDGE + r"\d[\d.,]*\s*(?:%|percent|per\s+cent)", norm[m.end:min(sent.end, m.end + 60)], _I)
    return norm[m.end + pair.end():min(sent.end, m.end + 200)] if pair else ""


def _direction_sign(ctx: _Context, m: NumberMention, sent: Sentence) -> int:
    norm = ctx.norm
    left_edge = m.hedge_start if m.hedge_start is not None else m.start
    before = norm[max(sent.start, left_edge - 25):left_edge]
    after = norm[m.end:m.end + 25]
    before = ctx.norm[max(sent.start, left_edge - 80):left_edge]
    verb = _CHANGE_BEFORE_PCT_RE.search(before[-90:])
    first_after = re.match(r"^\s*(?:,\s*or\s+[^,]{1,25},\s*)?(?:\([^)]*\)\s*)?(\w+)", after)
    words = " ".join(w for w in ((verb.group(0).split()[0] if verb else ""), first_after.group(1) if first_after else "") if w)
    return -1 if _DECREASE_RE.search(words) else 1


# ---------------------------------------------------------------------------
# Years
# ---------------------------------------------------------------------------


def _resolve(expr: YearExpression, owner: str, published: date | None) -> int | None:
    if expr.year is not None:
        return expr.year
    if published is None:
        return None
    if expr.fiscal:
        return geo.fiscal_year(owner, published, expr.relative or 0)
    return published.year + (expr.relative or 0)


def _year_for(ctx: _Context, si: int, start: int, end: int, owner: str, stock: bool) -> int | None:
    """The year a figure refers to (see the issue's rules; documented in data/README.md)."""
    sent = ctx.sentences[si]
    if si not in ctx.years_by_sentence:
        ctx.years_by_sentence[si] = find_years(ctx.norm, sent.start, sent.end)
    exprs = [y for y in ctx.years_by_sentence[si] if not (y.start < end and start < y.end)]
    published = ctx.info.published
    following = [y for y in exprs if y.start >= end]
    preceding = [y for y in exprs if y.end <= start]
    if following:
        gap = ctx.norm[end:following[0].start]
        if len(gap) <= 22 and not re.search(r"\b(?:than|from|compared|since|versus|vs)\b|[;,(]", gap, _I):
            return _resolve(following[0], owner, published)
    if preceding:
        gap = ctx.norm[preceding[-1].end:start]
        if not re.search(r"\b(?:since|from|than)\s*$", ctx.norm[max(0, preceding[-1].start - 8):preceding[-1].start], _I) or not following:
            if len(gap) < 200:
                return _resolve(preceding[-1], owner, published)
    if following:
        return _resolve(following[0], owner, published)
    if not stock and si:
        prev = ctx.sentences[si - 1]
        if prev.paragraph == sent.paragraph:
            carried = find_years(ctx.norm, prev.start, prev.end)
            if carried:
                return _resolve(carried[-1], owner, published)
    return published.year if published else None


def _stage(ctx: _Context, sent: Sentence, m_start: int) -> str:
    window = ctx.norm[max(sent.start, m_start - 120):min(sent.end, m_start + 80)]
    if re.search(r"\b(?:request\w*|seek\w*|sought|asked\s+for)\b", window, _I):
        return "requested"
    if re.search(r"\b(?:propos\w+|draft|plan(?:s|ned)?\b|planning|envisag\w+|unveil\w*)", window, _I):
        return "proposed"
    if re.search(r"\b(?:approv\w+|enact\w*|pass\w*|adopt\w*|authoriz\w+|allocat\w+|earmark\w*)\b", window, _I):
        return "approved"
    return ""


# ---------------------------------------------------------------------------
# Public entry point
# ---------------------------------------------------------------------------


def extract_figures(text: str, info: ArticleInfo | None = None) -> list[Figure]:
    """Every defense figure stated in ``text``.

    >>> figs = extract_figures("The U.S. has 28,500 troops stationed in South Korea.",
    ...                        ArticleInfo("a", date(2018, 6, 28)))
    >>> [(f.country_iso3, f.metric, f.value, f.host_iso3, f.year, f.quote) for f in figs]
    [('USA', 'troops_deployed', 28500.0, 'KOR', 2018, '28,500')]
    """
    info = info or ArticleInfo()
    norm = normalize(text)
    sentences = split_sentences(norm)
    numbers = find_numbers(norm, normalized=True)
    number_starts = [n.start for n in numbers]
    money_spans = [(n.start, n.end) for n in numbers if n.kind == "money"]
    money_starts = [a for a, _ in money_spans]

    def inside_money(pos: int) -> bool:
        """"US$20.2 billion" is money, not a mention of the United States."""
        k = bisect.bisect_right(money_starts, pos) - 1
        return k >= 0 and money_spans[k][0] <= pos < money_spans[k][1]

    mentions = [c for c in geo.gazetteer().find(norm) if not inside_money(c.start)]
    counts = Counter(c.iso3 for c in mentions)
    main_country = counts.most_common(1)[0][0] if counts else ""
    ctx = _Context(norm, text, info, sentences, mentions, main_country, {})
    ctx.dateline = next((c.iso3 for c in mentions[:1] if c.start < 40 and _is_dateline(norm, c)), "")
    for i, sent in enumerate(sentences):
        actors = [c for c in ctx.country_mentions(sent.start, sent.end) if not _is_place_object(norm, c)]
        if actors:
            ctx.subject_by_sentence[i] = actors[0].iso3
    figures: list[Figure] = []
    for s_index, sent in enumerate(sentences):
        lo, hi = bisect.bisect_left(number_starts, sent.start), bisect.bisect_left(number_starts, sent.end)
        in_sentence = [n for n in numbers[lo:hi] if n.end <= sent.end and n.kind != "year"]
        sentence_figures: list[Figure] = []
        prev: NumberMention | None = None
        prev_fig: Figure | None = None
        for m in in_sentence:
            fig = _classify(ctx, s_index, m, prev, prev_fig)
            if fig:
                sentence_figures.append(fig)
                prev_fig = fig
            prev = m
        _follow_ups(ctx, s_index, in_sentence, sentence_figures)
        if not any(f.metric in ("defense_budget", "budget_change_pct", "budget_change_amount", "defense_share_gdp_pct")
                   for f in sentence_figures):
            sentence_figures.extend(_trends(ctx, s_index))
        figures.extend(sentence_figures)
    figures.sort(key=lambda f: f.start)
    return figures


_MAX_PASSAGE = 800


def _passage(ctx: _Context, si: int, with_previous: bool, quote_start: int) -> str:
    sent = ctx.sentences[si]
    start = sent.start
    if with_previous and si and ctx.sentences[si - 1].paragraph == sent.paragraph:
        start = ctx.sentences[si - 1].start
    end = sent.end
    if end - start > _MAX_PASSAGE:  # a runaway "sentence" (no full stops): keep a window
        start = max(start, quote_start - _MAX_PASSAGE // 2)
        end = min(end, start + _MAX_PASSAGE)
    return re.sub(r"\s*\n\s*", " ", ctx.text[start:end])


def _make(ctx: _Context, si: int, m: NumberMention, metric: str, owner: str, how: str, method: str,
          host: str = "", sign: int = 1) -> Figure:
    stock = metric in PERSONNEL_METRICS
    unit = "persons" if stock else ("percent" if m.kind == "percent" else m.currency)
    year = _year_for(ctx, si, m.start, m.end, owner, stock)
    sent = ctx.sentences[si]
    low = m.low * sign if m.low is not None else None
    high = m.high * sign if m.high is not None else None
    if sign < 0:
        low, high = high, low
    if m.kind == "money" and (m.currency, owner) in _LOCAL_CURRENCY:
        m = NumberMention(**{**m.__dict__, "currency": _LOCAL_CURRENCY[(m.currency, owner)]})
        unit = m.currency if not stock else unit
    return Figure(
        article_id=ctx.info.article_id, country_iso3=owner, metric=metric, value=m.value * sign, unit=unit,
        quote=ctx.text[m.start:m.end], passage=_passage(ctx, si, how in ("previous", "pronoun"), m.start),
        start=m.start, end=m.end, method=f"{method} ({how})", currency=m.currency if m.kind == "money" else "",
        year=year, host_iso3=host, stage=_stage(ctx, sent, m.start) if metric == "defense_budget" else "",
        qualifier=m.qualifier, low=low, high=high,
    )


def _classify(ctx: _Context, si: int, m: NumberMention, prev: NumberMention | None,
              prev_fig: Figure | None) -> Figure | None:
    sent = ctx.sentences[si]
    if m.kind == "money" and _is_conversion(ctx.norm, prev, m):
        if prev_fig is None or prev_fig.metric != "defense_budget" or prev_fig.start != prev.start:
            return None
        fig = _make(ctx, si, m, prev_fig.metric, prev_fig.country_iso3, "conversion", "budget:conversion-in-brackets")
        fig.year, fig.stage = prev_fig.year, prev_fig.stage
        return fig
    if m.kind == "count":
        found = _personnel(ctx, si, m)
        if not found:
            return None
        metric, owner, host, method = found
        _, how = _owner(ctx, si, m, host, [])
        return _make(ctx, si, m, metric, owner, how, method, host=host)
    if m.kind == "money":
        found = _money(ctx, si, m)
        if not found:
            return None
        metric, method = found
        owner, how = _owner(ctx, si, m, "", [], currency=m.currency)
        if not owner:
            return None
        sign = _direction_sign(ctx, m, sent) if metric == "budget_change_amount" else 1
        return _make(ctx, si, m, metric, owner, how, method, sign=sign)
    if m.kind == "percent":
        found = _percent(ctx, si, m)
        if not found:
            return None
        metric, method = found
        owner, how = _owner(ctx, si, m, "", [], sibling=prev_fig.country_iso3 if prev_fig else "")
        if not owner:
            return None
        sign = _direction_sign(ctx, m, sent) if metric == "budget_change_pct" else 1
        return _make(ctx, si, m, metric, owner, how, method, sign=sign)
    return None


_PREVIOUS_LEVEL_RE = re.compile(
    r"^(?:\s*\([^)]{0,60}\))?(?:(?:\s+[\w'.%\-]+){0,4}?\s+from|[^;]{0,90}?\b(?:up|down)"
    r"(?:\s+(?:by\s+)?[\d.,]+\s*(?:%|per\s*cent|percent))?\s+from)\s+"
    r"(?:the\s+|a\s+|its\s+)?(?:previous\s+|prior\s+|last\s+year's\s+)?" + _HEDGE + r"$", _I)
_OR_PCT_RE = re.compile(r"^\s*,?\s*or\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$", _I)
_AND_SHARE_RE = re.compile(r"^[^.;]{0,40}?(?:\b(?:and|or|then)\s+(?:to\s+|at\s+)?|\(\s*)" + _HEDGE + r"$", _I)
_RESERVE_AFTER_RE = re.compile(r"^\s+(?:in|into)\s+(?:the\s+)?(?:reserves?|national\s+guard|reserve\s+forces)\b", _I)


def _follow_ups(ctx: _Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Numbers whose meaning comes from a figure just before them in the sentence.

    "from some 36,000 to 24,000" and "to 82.69 billion euros from 62.43 billion euros": both levels
    are the same metric; "a reduction of 560 billion roubles, or 4.2%": the percent is the same
    change; "2.5% of GDP by 2027 and to 3%": the same share; "35,000 service members in Germany,
    along with about 12,000 in Italy": another deployment of the same country.
    """
    norm = ctx.norm
    by_start = {f.start: f for f in figures}
    for b in numbers:
        if b.start in by_start:
            continue
        earlier = [f for f in figures if f.end <= b.start and f.metric != "budget_trend"
                   and "conversion" not in f.method]
        if not earlier:
            continue
        fa = earlier[-1]
        same = [f for f in earlier if (f.unit == "percent") == (b.kind == "percent")
                and bool(f.currency) == (b.kind == "money")]
        if same and same[-1] is not fa and b.kind != "percent":
            fa = same[-1]  # "13.5 trillion roubles, or about 6.3% of GDP, ... up from 10.8 trillion roubles"
        b_left = b.hedge_start if b.hedge_start is not None else b.start
        gap = norm[fa.end:b_left]
        same_kind = (b.kind == "percent") == (fa.unit == "percent") and (b.kind == "money") == bool(fa.currency)
        made: Figure | None = None
        if same_kind and fa.metric != "budget_change_pct" and (
                re.fullmatch(r"\s*to\s+" + _HEDGE, gap, _I)
                and re.search(r"\bfrom\s+" + _HEDGE + r"$", norm[max(0, fa.start - 25):fa.start], _I)
                or _PREVIOUS_LEVEL_RE.match(gap)):
            # "raised by Rp 20 trillion from Rp 139 trillion": the level it changed from is a budget, not a change
            metric = "defense_budget" if fa.metric == "budget_change_amount" else fa.metric
            made = _make(ctx, si, b, metric, fa.country_iso3, "pair", fa.method.split(" ")[0] + "+previous-level",
                         host=fa.host_iso3)
        elif b.kind == "percent" and fa.metric == "budget_change_amount" and _OR_PCT_RE.match(gap):
            sign = -1 if fa.value is not None and fa.value < 0 else 1
            made = _make(ctx, si, b, "budget_change_pct", fa.country_iso3, "pair", "budget:or-pct-of-change", sign=sign)
        elif (b.kind == "percent" and fa.metric == "defense_share_gdp_pct" and _AND_SHARE_RE.match(gap)
              and not re.match(r"^\s*(?:on|for|to)\s+(?!(?:the\s+)?(?:defen[cs]e|military|armed))", norm[b.end:b.end + 40], _I)):
            made = _make(ctx, si, b, fa.metric, fa.country_iso3, "pair", "share:and-pct")
        elif b.kind == "count":
            right = norm[b.end:min(len(norm), b.end + 60)]
            personnel_before = [f for f in earlier if f.metric in PERSONNEL_METRICS]
            place = re.match(r"^\s+(?:in|on|to)\s+(?:the\s+)?", right)
            host = ""
            if place:
                at = b.end + place.end()
                host = next((c.iso3 for c in ctx.country_mentions(at, at + 40) if c.start == at), "")
            if personnel_before and host and host != personnel_before[-1].country_iso3:
                made = _make(ctx, si, b, "troops_deployed", personnel_before[-1].country_iso3, "pair",
                             "personnel:elliptical-deployment", host=host)
            elif personnel_before and _RESERVE_AFTER_RE.match(right):
                made = _make(ctx, si, b, "reserve_personnel", personnel_before[-1].country_iso3, "pair",
                             "personnel:elliptical-reserve")
        if made:
            made.passage = fa.passage
            figures.append(made)
            figures.sort(key=lambda f: f.start)
            by_start[b.start] = made


def _trends(ctx: _Context, si: int) -> list[Figure]:
    """Qualitative budget claims with no number: "its largest defense budget increase in years"."""
    sent = ctx.sentences[si]
    out: list[Figure] = []
    if not _TREND_HINT_RE.search(ctx.norm, sent.start, sent.end):
        return out  # cheap test first: most sentences say nothing about budgets or spending
    for pattern in _TREND_RES:
        for tm in pattern.finditer(ctx.norm, sent.start, sent.end):
            if any(f.start < tm.end() and tm.start() < f.end for f in out):
                continue
            direction = "decrease" if _DECREASE_RE.search(tm.group("dir")) else "increase"
            fake = NumberMention(tm.start(), tm.end(), 0.0, "trend")
            owner, how = _owner(ctx, si, fake, "", [])
            if not owner:
                continue
            out.append(Figure(
                article_id=ctx.info.article_id, country_iso3=owner, metric="budget_trend", value=None, unit="",
                quote=ctx.text[tm.start():tm.end()], passage=_passage(ctx, si, how in ("previous", "pronoun"), tm.start()),
                start=tm.start(), end=tm.end(), method=f"trend:qualitative ({how})", direction=direction,
                year=_year_for(ctx, si, tm.start(), tm.end(), owner, False),
            ))
    return out
