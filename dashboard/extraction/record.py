"""Stage records: what an article tells extraction (ArticleInfo), each number as the scanner reads it
(NumberMention, ``numbers``) and what comes out (Figure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dashboard.extraction.quick_init import quick_init


@dataclass(frozen=True)
class ArticleInfo:
    """What extraction needs to know about an article besides its text."""

    article_id: str = "article"
    published: date | None = None
    title: str = ""  # the headline names the article's subject ("Taiwan's 2026 budget ...")
    publisher: str = ""  # a national paper's "the nation" is its own country ("Taipei Times")
    url: str = ""  # its national domain says the same when the name does not ("invest.pk")


@quick_init
@dataclass(frozen=True)
class NumberMention:
    """One number as stated in text, with what is attached to it.

    ``start``/``end`` cover the smallest span that states the figure: currency, numeral,
    scale word and percent sign (hedge words excluded; they go to ``qualifier``).
    """

    start: int
    end: int
    value: float
    kind: str  # "count", "money", "percent", "year"
    currency: str = ""
    qualifier: str = ""  # "", "approx", "lower_bound", "upper_bound", "range"
    low: float | None = None
    high: float | None = None
    hedge_start: int | None = None  # where a hedge word begins, if any
    has_scale: bool = False


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
    confidence: float = 0.5  # how likely the figure is right, 0..1: see extraction.confidence

    @property
    def figure_id(self) -> str:
        return f"{self.article_id}:{self.start}"
