"""The app and the figure store: the library comes through the store in the data folder, and a large
re-extraction (a new extractor version) runs in the background behind a progress bar."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.app import rebuild
from dashboard.tables import sync
from dashboard.tables.store import FigureStore

pytestmark = pytest.mark.slow  # drives the Streamlit app (AppTest)
APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app" / "main.py")


@pytest.fixture(autouse=True)
def fresh_cache():
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def library(articles_dir, monkeypatch) -> Path:
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(articles_dir.parent))
    return articles_dir.parent


def test_the_app_fills_the_store_in_the_data_folder(library):
    """The first start writes <data>/store/figures.sqlite; both articles are in it."""
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception, at.exception
    entries = FigureStore(library / "store" / "figures.sqlite").entries()
    assert sorted(entries) == ["2024-03-05-wire-japan-budget.md", "2025-11-03-econotimes-hegseth-south-korea.txt"]
    assert not at.get("progress")


def test_a_new_extractor_version_re_extracts_in_the_background(library, monkeypatch):
    """With a new version, the page first shows the stored figures and a progress bar; when the background
    job is done, the next run shows the figures of the new version and no bar."""
    store_file = library / "store" / "figures.sqlite"
    sync.library_tables(library / "articles", store_file)  # stored by the current version
    monkeypatch.setattr(sync, "store_version", lambda: "rules-next+test")
    monkeypatch.setenv("DEFENSE_BACKGROUND_AT", "1")
    gate = threading.Event()
    real_sync = rebuild.sync

    def held_sync(*args, **kwargs):
        assert gate.wait(60)
        return real_sync(*args, **kwargs)

    monkeypatch.setattr(rebuild, "sync", held_sync)
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception, at.exception
    bar = at.get("progress")
    assert bar and "Extracting 0 of 2 articles" in bar[0].proto.text
    assert at.get("plotly_chart")  # the stored figures are on screen meanwhile
    job = rebuild.current(library / "articles", store_file)
    assert job is not None and job.running
    gate.set()
    assert job.finished.wait(60) and not job.error
    at.run()
    assert not at.exception, at.exception
    assert not at.get("progress")
    assert {e.version for e in FigureStore(store_file).entries().values()} == {"rules-next+test"}
