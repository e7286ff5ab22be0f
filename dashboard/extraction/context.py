"""Sentence context shared by the stages: the article's sentences, country mentions and subjects."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from dashboard.extraction import countries as geo
from dashboard.extraction.patterns import ascii_lower, gate_all
from dashboard.extraction.places import CLAUSE_VERB_AFTER_RE, is_place_object
from dashboard.extraction.record import ArticleInfo
from dashboard.extraction.text import Sentence, YearExpression
from dashboard.extraction.vocab import I
from dashboard.extraction.word_scan import word_spans

SCAN_LIMIT = 256  # mentions or figures a scan for the nearest one that qualifies reads (prose has a few dozen)


@dataclass
class Context:
    norm: str
    text: str
    info: ArticleInfo
    sentences: list[Sentence]
    mentions: list[geo.CountryMention]
    main_country: str
    subject_by_sentence: SentenceSubjects
    dateline: str = ""
    starts: list[int] = field(default_factory=list)
    years_by_sentence: dict[int, list[YearExpression]] = field(default_factory=dict)
    article_years: list[YearExpression] | None = None  # (an undated article's years, read once: years.article_year)
    why: str = ""  # the evidence that rejected the number classified last (for explain)
    home_country: str = ""  # where the publisher is from, when its name says so ("Taipei Times")
    place_cache: dict[int, bool] = field(default_factory=dict)
    breaks_cache: dict[int, list[int]] = field(default_factory=dict)
    sentence_cache: dict[tuple[int, str], bool] = field(default_factory=dict)  # sentences whose subject is "the nation", "the island state"...
    span_cache: dict[tuple, bool | int] = field(default_factory=dict)  # (finds: yes or no; first_end: where)
    scan_cache: dict[str, set[int]] = field(default_factory=dict)
    sentence_starts: list[int] = field(default_factory=list)
    dropped: dict[int, str] = field(default_factory=dict)  # why a pass dropped a figure read before (for explain)

    def __post_init__(self) -> None:
        self.starts = [c.start for c in self.mentions]

    def says(self, si: int, pattern: re.Pattern) -> bool:
        """Whether sentence ``si`` contains ``pattern`` (False before the first); worked out once per sentence."""
        if si < 0:
            return False
        key = (si, pattern.pattern)
        known = self.sentence_cache.get(key)
        if known is None:
            sent = self.sentences[si]
            known = self.sentence_cache[key] = bool(pattern.search(self.norm, sent.start, sent.end))
        return known

    @cached_property
    def low(self) -> str | None:
        """The text lower-cased, when that finds what a case-insensitive pattern finds (patterns.ascii_lower)."""
        return ascii_lower(self.norm)

    def sentences_with(self, pattern: re.Pattern, words: tuple[str, ...] = ()) -> set[int]:
        """The sentences that contain ``pattern``, from one scan of the whole text (for a question asked of
        every sentence, one scan beats a search per sentence); ``words``: the pattern is these literal words,
        case-insensitively, in this order (found by str.find, word_scan.word_spans: the same spans)."""
        known = self.scan_cache.get(pattern.pattern)
        if known is None:
            starts = self.sentence_starts or [s.start for s in self.sentences]
            self.sentence_starts = starts
            known = set()
            low = self.low if words else None
            spans = word_spans(low, words) if low is not None else [m.span() for m in pattern.finditer(self.norm)]
            for start, end in spans:
                k = bisect.bisect_right(starts, start) - 1
                if k >= 0 and end <= self.sentences[k].end:
                    known.add(k)
            self.scan_cache[pattern.pattern] = known
        return known

    def sentence_index(self, pos: int) -> int:
        """The index of the sentence holding position ``pos`` (whole-article passes: tables, lists)."""
        starts = self.sentence_starts or [s.start for s in self.sentences]
        self.sentence_starts = starts
        return max(0, bisect.bisect_right(starts, pos) - 1)

    def finds(self, pattern: re.Pattern, start: int, end: int, sliced: bool = False) -> bool:
        """``pattern.search(norm, start, end)`` (or, ``sliced``, ``pattern.search(norm[start:end])``), worked out
        once per span: the numbers of one clause share it, so a long clause full of numbers stays linear."""
        if not sliced:
            return self.first_end(pattern, start, end) >= 0
        key = (pattern.pattern, start, end, sliced)
        known = self.span_cache.get(key)
        if known is None:
            known = self.span_cache[key] = bool(pattern.search(self.norm[start:end]))
        return known

    def first_end(self, pattern: re.Pattern, start: int, end: int) -> int:
        """Where the first match of ``pattern`` in ``norm[start:end]`` ends, or -1; worked out once per span (``finds``
        asks it too, so a clause searched for a yes and for where is searched once)."""
        key = (pattern.pattern, start, end)
        known = self.span_cache.get(key)
        if known is None:
            found = pattern.search(self.norm, start, end)
            known = self.span_cache[key] = found.end() if found else -1
        return known

    def in_lede(self, pattern: re.Pattern) -> bool:
        """Whether the article's title or first 400 characters contain ``pattern`` (once per article)."""
        key = (-1, pattern.pattern)
        known = self.sentence_cache.get(key)
        if known is None:
            title = self.info.title if self.info is not None else ""
            known = self.sentence_cache[key] = bool(pattern.search(self.norm, 0, min(len(self.norm), 400))
                                                    or title and pattern.search(title))
        return known

    def is_place(self, c: geo.CountryMention) -> bool:
        """is_place_object for a mention of this article, worked out once per mention; a country listed
        right after a place is a place too ("in Iraq and Syria", "much of Central Asia, including
        Afghanistan and Pakistan")."""
        known = self.place_cache.get(c.start)
        if known is None:
            known = is_place_object(self.norm, c)
            if not known and c.kind != "demonym":
                k = bisect.bisect_left(self.starts, c.start) - 1
                prev = self.mentions[k] if k >= 0 else None
                if prev is not None and (_LIST_JOINER_RE.fullmatch(self.norm, prev.end, c.start) or _BARE_COMMA_RE.fullmatch(
                        self.norm, prev.end, c.start) and _LIST_GOES_ON_RE.match(self.norm, c.end)
                        or _ABBREVIATION_GAP_RE.fullmatch(self.norm, prev.end, c.start)) \
                        and not CLAUSE_VERB_AFTER_RE.match(self.norm, c.end):  # "the Congo (the DRC)"; not "in Lithuania, and the
                    known = self.is_place(prev)  # United States keeps 900 soldiers in Poland": a new clause's subject
            self.place_cache[c.start] = known
        return known

    def country_mentions(self, start: int, end: int) -> list[geo.CountryMention]:
        """Mentions inside [start, end), found by bisection (articles can be long)."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [c for c in self.mentions[lo:hi] if c.end <= end]

    def mentions_forward(self, start: int, end: int) -> Iterator[geo.CountryMention]:
        """The mentions of :meth:`country_mentions`, one at a time: a caller that wants the first one that
        qualifies stops early instead of listing every mention of a long sentence for each number. At most
        the first ``SCAN_LIMIT`` of them: a "sentence" naming hundreds of countries is a list, not prose, and
        reading all of it for each of its numbers would make the work grow with the square of its length."""
        lo = bisect.bisect_left(self.starts, start)
        for k in range(lo, min(bisect.bisect_left(self.starts, end), lo + SCAN_LIMIT)):
            c = self.mentions[k]
            if c.end <= end:
                yield c

    def mentions_backward(self, start: int, end: int) -> Iterator[geo.CountryMention]:
        """The mentions of :meth:`country_mentions` from the last one back, at most ``SCAN_LIMIT`` of them
        (see :meth:`mentions_forward`)."""
        hi = bisect.bisect_left(self.starts, end)
        for k in range(hi - 1, max(bisect.bisect_left(self.starts, start), hi - SCAN_LIMIT) - 1, -1):
            c = self.mentions[k]
            if c.end <= end:
                yield c


# A sentence that opens with a subordinate clause names its subject after the comma (but "As for Spain, it plans": a topic)
LEADING_CLAUSE_RE = re.compile(r"(?:since|after|although|though|while|as(?!\s+(?:for|to)\b)|when|in(?!\s+the\s+case\s+of\b)|under|despite|following|amid|with|against\s+(?:a|the)\s+(?:backdrop|background)\s+of|"
                               r"according\s+to|because\s+of|unlike|like|before|during|among)\b[^,;]{0,140},", I)


class SentenceSubjects:
    """The country each sentence is about, worked out when first asked for (most sentences never are).

    ``compute(i)`` returns (country or "", whether the sentence named it only as "the nation", "the
    island state"...). ``get`` reads like a dict's.
    """

    def __init__(self, compute: Callable[[int], tuple[str, bool]], count: int):
        self._compute, self._count = compute, count
        self._cache: dict[int, tuple[str, bool]] = {}

    def _entry(self, i: int) -> tuple[str, bool]:
        entry = self._cache.get(i)
        if entry is None:
            entry = self._cache[i] = self._compute(i) if 0 <= i < self._count else ("", False)
        return entry

    def get(self, i: int, default: str | None = None) -> str | None:
        return self._entry(i)[0] or default

    def __getitem__(self, i: int) -> str:
        return self._entry(i)[0]

    def is_anaphoric(self, i: int) -> bool:
        return self._entry(i)[1]


def sentence_subject(ctx: Context, index: int, paragraph: int | None = None) -> str:
    """The country a sentence is about: its first country mention, else the previous sentence's. A country named
    only inside a quotation that opens the sentence ("'Russia is the main threat,' the minister said.") is what
    the speaker talks about, not what the article goes on with: such a sentence is passed over. With ``paragraph``
    (the asking sentence's), an earlier sentence counts only in that paragraph: past a paragraph break the
    article's main country is the better guess than a country named further back (the caller passes it only
    when the main country is no host of the figure)."""
    for i in range(index, max(-1, index - 3), -1):
        subject = ctx.subject_by_sentence.get(i)
        if paragraph is not None and i < index and ctx.sentences[i].paragraph != paragraph and subject not in ("", None, "NATO"):
            break  # (the alliance whose target a paragraph discussed stays its subject)
        if subject and not _only_quoted(ctx, i, subject):
            return subject
    return ctx.main_country


def _only_quoted(ctx: Context, i: int, subject: str) -> bool:
    sent = ctx.sentences[i]
    lead = len(ctx.norm[sent.start:sent.end]) - len(ctx.norm[sent.start:sent.end].lstrip())
    opening = ctx.norm[sent.start + lead:sent.start + lead + 1]
    if opening not in ("\u201c", '"'):
        return False
    close = ctx.norm.find("\u201d" if opening == "\u201c" else '"', sent.start + lead + 1, sent.end)
    return close > 0 and not any(c.iso3 == subject for c in ctx.country_mentions(close, sent.end))


def is_dateline(norm: str, c: geo.CountryMention) -> bool:
    """"ISLAMABAD:", "SEOUL, May 23 (Yonhap) --", "WARSAW \u2014" at the start of the text."""
    return c.text.isupper() and bool(_IS_DATELINE_RE1.match(norm[c.end:c.end + 3]))


# (or a two-column table's row under its caption: "Estonian Defence Forces | |", then "Dollar figure | $155 million")
_ROW_LABEL_RE = re.compile(r"[A-Z][\w -]{2,40}(?::|[ \t]+\|[ \t]*\$?)\s*\d")
_HEADING_LINE_RE = re.compile(r"\s*(?:\d{1,2}[.)]?\s*)?\W{0,3}\s*(?:(?i:(?:defen[cs]e|armed)\s+forces|military)(?:[ \t]*\|)+\s*)?")
# only "and"/"or" join a list here: a bare comma also ends a leading clause ("Since the war in Ukraine, Romania has...")
_LIST_JOINER_RE = re.compile(r"\s*,?\s+(?:and|or)\s+(?:the\s+)?")
_BARE_COMMA_RE = re.compile(r"\s*,\s*(?:the\s+)?")  # "from Australia, New Zealand, the US and others": a list going on
_ABBREVIATION_GAP_RE = re.compile(r"\s*\(\s*(?:the\s+)?")
_LIST_GOES_ON_RE = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*|\s+(?:and|or)\s+)(?:the\s+)?(?:[A-Z]|others?\b)")  # ("(the DRC), Abyei")


def heading_country(ctx: Context, si: int, lookback: int = 8, rows_only: bool = True) -> str:
    """The country a listicle's heading line names, for a "Label: value" row under it ("Algeria" on a line of its
    own, then "Active personnel: 520,000"), or with ``rows_only=False`` for any sentence under it ("4 South Africa",
    then "the country has about 88,000 front-line personnel"): the nearest earlier sentence that is only a country
    name (or "3. Algeria"), within ``lookback`` sentences; "" when the sentence is no such row or no heading is found."""
    sent = ctx.sentences[si]
    first_end = ctx.norm.find("\n", sent.start, sent.end)  # ("Brazil\nPower Index: 0.6912\nDefense Budget: $31,576,000,000":
    if first_end > 0 and _ROW_LABEL_RE.match(ctx.norm, first_end + 1, sent.end) and (named := _heading_line(ctx, sent.start, first_end)):
        return named  # the heading opens the rows' own sentence)
    if rows_only and not _ROW_LABEL_RE.match(ctx.norm, sent.start, sent.end):
        return ""
    for k in range(si - 1, max(-1, si - 1 - lookback), -1):
        if named := _heading_line(ctx, ctx.sentences[k].start, ctx.sentences[k].end):
            return named
    return ""


def _heading_line(ctx: Context, start: int, end: int) -> str:
    """The one country ``norm[start:end]`` names when it is only that name (or "3. Algeria"), else ""."""
    named = [c for c in ctx.country_mentions(start, end) if c.kind != "alliance"]
    return named[0].iso3 if len(named) == 1 and _HEADING_LINE_RE.fullmatch(
        ctx.norm[start:named[0].start] + ctx.norm[named[0].end:end]) else ""


# a table's caption: its first line, text then empty cells ("Estonian Defence Forces | |")
_CAPTION_LINE_RE = re.compile(r"[ \t]*[^|\n]{3,80}?(?:[ \t]*\|)+[ \t]*(?=\n)")


def caption_country(ctx: Context, si: int) -> str:
    """The one country a pipe table's caption names when the table's sentence opens with its caption, else ""."""
    sent = ctx.sentences[si]
    caption = _CAPTION_LINE_RE.match(ctx.norm, sent.start, sent.end)
    named = {c.iso3 for c in ctx.country_mentions(sent.start, caption.end()) if c.kind != "alliance"} if caption else set()
    return named.pop() if len(named) == 1 else ""


# the reasons a number is rejected for a missing cue alone, which later passes read again (topic_figures, cjk_rankings,
# paired_items, troop_lists): each said here once
MONEY_WHY = "money with no defense-budget phrase attached"
PERCENT_WHY = "a percent with no change word and no 'of GDP'"
CHANGE_WHY = "a change with no defense budget in the sentence"
NOUN_WHY = "no personnel noun attached (number-noun, noun-of-number or '-strong')"


def reject(ctx: Context, why: str) -> None:
    """Record why a number is not a figure (``explain`` prints it) and return None."""
    ctx.why = why


# The patterns of the functions above, compiled once at import rather than looked up in re's cache per call.
_IS_DATELINE_RE1 = re.compile(r"\s*(?:,|:|\u2014|\u2013|-|\()")


# Every pattern above behind a lookahead of the characters its matches begin with: the same matches, faster.
gate_all(globals())
