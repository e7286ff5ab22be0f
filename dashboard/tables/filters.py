"""Filtering the figures table: pure functions shared by every page and the downloads."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Filters:
    """What the sidebar asks for. Empty tuples mean "all"."""

    countries: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()
    years: tuple[int, int] | None = None
    publishers: tuple[str, ...] = ()
    include_rejected: bool = False
    min_confidence: float | None = None  # keep figures whose confidence is at least this (None: every figure)

    @property
    def active(self) -> bool:
        return bool(self.countries or self.metrics or self.years or self.publishers or self.min_confidence is not None)


def apply_filters(df: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """Rows matching the filters (a new frame; the input is not mutated).

    A country matches a figure it owns or hosts, so filtering on South Korea keeps the U.S.
    troops stationed there. Rows without a year are kept only when no year range is set.
    Rejected figures are dropped unless asked for. A minimum confidence keeps the figures scored at least
    that high; a figure with no score is dropped then, since nothing says it clears the bar (a reviewed figure
    scores 1).
    """
    mask = pd.Series(True, index=df.index)
    if f.countries:
        wanted = list(f.countries)
        mask &= df["country_iso3"].isin(wanted) | df["host_iso3"].isin(wanted)
    if f.metrics:
        mask &= df["metric"].isin(list(f.metrics))
    if f.years:
        low, high = f.years
        years = df["year"]
        mask &= years.notna() & (years >= low) & (years <= high)
    if f.publishers:
        mask &= df["publisher"].isin(list(f.publishers))
    if f.min_confidence is not None:
        mask &= pd.to_numeric(df["confidence"], errors="coerce") >= f.min_confidence
    if not f.include_rejected and "status" in df.columns:
        mask &= df["status"] != "rejected"
    keep = mask.fillna(False).astype(bool)
    # A new frame either way (pandas copies on write): all rows kept is a shallow copy, not a copy of every
    # column of 100,000 rows; a subset is a new frame already, so no .copy() of its columns again.
    return df.copy(deep=False) if keep.all() else df.loc[keep]


def download_name(f: Filters, *, whole: bool = False, prefix: str = "defense-figures") -> str:
    """A file name that says what is inside.

    >>> download_name(Filters(countries=("USA", "KOR"), years=(2024, 2026)))
    'defense-figures_KOR-USA_2024-2026.csv'
    >>> download_name(Filters(), whole=True)  # (rejected figures too: not the same file as the unfiltered view's)
    'defense-figures_whole-table.csv'
    >>> download_name(Filters(min_confidence=0.8))
    'defense-figures_confidence-0.8-up.csv'
    >>> download_name(Filters(), prefix="defense-figures_2024-03-05-jp")
    'defense-figures_2024-03-05-jp.csv'
    """
    if whole:
        return "defense-figures_whole-table.csv"
    parts = [prefix]
    if f.countries:
        parts.append("-".join(sorted(f.countries)) if len(f.countries) <= 6 else f"{len(f.countries)}-countries")
    if f.metrics:
        parts.append("-".join(sorted(f.metrics)) if len(f.metrics) <= 3 else f"{len(f.metrics)}-metrics")
    if f.years:
        parts.append(f"{f.years[0]}-{f.years[1]}" if f.years[0] != f.years[1] else str(f.years[0]))
    if f.publishers:
        parts.append("selected-publishers")
    if f.min_confidence is not None:
        parts.append(f"confidence-{f.min_confidence:g}-up")
    if parts == ["defense-figures"]:
        parts.append("all")  # (a named part with no filter, one article's figures, needs no "all")
    name = "_".join(parts)
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", name)[:150] + ".csv"
