"""Fixtures the AppTest files share: a cleared data cache around every test, and a data folder with the seed article."""

from __future__ import annotations

import collections
import dataclasses
import shutil
from pathlib import Path

import pytest
import streamlit as st
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

# AppTest gives each run a media store held only by a mock runtime, which is dropped when the run ends: a test
# that reads a download after the run found the file only while the store was not yet garbage (a test that ran
# the extractor before it made the collector run sooner, and the download was gone). The last stores are kept.
KEPT_MEDIA_STORES: collections.deque = collections.deque(maxlen=64)
_store_init = MemoryMediaFileStorage.__init__


def _kept_store_init(self, *args, **kwargs) -> None:
    _store_init(self, *args, **kwargs)
    KEPT_MEDIA_STORES.append(self)


MemoryMediaFileStorage.__init__ = _kept_store_init


@pytest.fixture(autouse=True)
def fresh_cache():
    """Every test starts and ends with an empty st.cache_data (a file may override this, e.g. to clear resources too)."""
    st.cache_data.clear()
    yield
    st.cache_data.clear()


@pytest.fixture
def seed_only(tmp_path, seed_path, monkeypatch) -> Path:
    """A data folder holding only the seed article (USA -> KOR troops, KOR personnel and budget)."""
    (tmp_path / "articles").mkdir()
    shutil.copy(seed_path, tmp_path / "articles" / seed_path.name)
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path))
    return tmp_path


def write_article(folder: Path, article_id: str, body: str) -> None:
    (folder / f"{article_id}.md").write_text(
        f"---\ntitle: {article_id}\npublisher: Test Wire\npublished: 2024-03-05\nurl: https://example.test/{article_id}\n"
        f"---\n{body}\n", encoding="utf-8")


# Confidence per article, by the figure's order in it: set here so the test does not hang on the
# extractor's weights (which move with measurements); the figures themselves are really extracted.
SCORES = {"a-first": [0.9], "b-second": [0.45], "c-third": [0.9, 0.5]}


@pytest.fixture
def scored_library(tmp_path, monkeypatch) -> Path:
    """Three articles whose figures have known confidences: b-second's and c-third's second one are low."""
    from dashboard.tables import rows as tables

    folder = tmp_path / "articles"
    folder.mkdir()
    write_article(folder, "a-first", "About 54,000 U.S. troops are stationed in Japan, officials said.")
    write_article(folder, "b-second", "About 28,500 U.S. troops are stationed in South Korea, officials said.")
    write_article(folder, "c-third", "About 54,000 U.S. troops are stationed in Japan, officials said on Tuesday.\n\n"
                                      "Tokyo approved a record 7.9 trillion yen defense budget for fiscal 2024.")
    real = tables.extract_article

    def scored(article):
        figures = sorted(real(article), key=lambda f: f.start)
        scores = SCORES[article.article_id]
        return [dataclasses.replace(f, confidence=scores[min(i, len(scores) - 1)]) for i, f in enumerate(figures)]

    monkeypatch.setattr(tables, "extract_article", scored)
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path))
    return tmp_path
