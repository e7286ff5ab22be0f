"""Stage records: what an article tells extraction (ArticleInfo) and what comes out (Figure)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


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
