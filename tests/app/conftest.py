"""Fixtures the AppTest files share: a cleared data cache around every test, and a data folder with the seed article."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import streamlit as st


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
