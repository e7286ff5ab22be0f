"""The helpers the real-text block tests share: every figure of a text as (owner, metric, value, host), its
deployments and its figures without hosts."""

from __future__ import annotations

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures


def figs(text: str, published: date = date(2025, 6, 1), **info) -> set[tuple]:
    found = extract_figures(text, ArticleInfo("t", published, **info))
    return {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in found}


def deployed(text: str, day: date = date(2024, 5, 1), publisher: str = "") -> set[tuple]:
    """The deployments of a text as (owner, value, host)."""
    return {(owner, value, host) for owner, metric, value, host in figs(text, day, publisher=publisher) if metric == "troops_deployed"}


def got(text: str, day: date = date(2018, 10, 1), publisher: str = "") -> set[tuple]:
    """Every figure of a text as (owner, metric, value)."""
    return {(owner, metric, value) for owner, metric, value, _ in figs(text, day, publisher=publisher)}


def rows(text: str, day: date) -> set[tuple]:
    """Every figure of a text as (owner, metric, value, host, year)."""
    return {(f.country_iso3, f.metric, f.value, f.host_iso3, f.year) for f in extract_figures(text, ArticleInfo("t", day))}
