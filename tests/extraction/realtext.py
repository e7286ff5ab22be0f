"""The helper the real-text block tests share: every figure of a text as (owner, metric, value, host)."""

from __future__ import annotations

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures


def figs(text: str, published: date = date(2025, 6, 1), **info) -> set[tuple]:
    found = extract_figures(text, ArticleInfo("t", published, **info))
    return {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in found}
