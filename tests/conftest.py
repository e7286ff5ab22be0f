"""Shared fixtures: tiny, deliberately messy articles written for these tests."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# Tests assert behaviour, never time: hypothesis's default 200 ms deadline per example fails on a loaded
# 2-core machine (a 0.05 ms example took 332 ms once), so no property test here has a deadline.
settings.register_profile("no-deadline", deadline=None)
settings.load_profile("no-deadline")

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "articles" / "2025-11-03-econotimes-hegseth-south-korea.txt"


@pytest.fixture(autouse=True)
def _pytest_stays_main():
    """Regression: AppTest runs a page as ``sys.modules["__main__"]`` and leaves it there. A Dask LocalCluster
    started by a later test spawns workers that re-import ``__main__`` by its path, so each worker ran the whole
    app (loading, extracting and storing the data folder its environment named, the repository's by default).
    Pytest's own main module is put back after every test."""
    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def articles_dir(tmp_path: Path) -> Path:
    """A temp articles folder holding the seed article and a second, messier one."""
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    (folder / "2024-03-05-wire-japan-budget.md").write_text(
        "---\ntitle: Japan budget test\npublisher: Test Wire\npublished: 2024-03-05\nurl: https://example.test/jp\n---\n"
        "Menu\n\nTokyo approved a record 7.9\u00a0trillion yen defense budget for fiscal 2024.\n"
        "About 54,000 U.S. troops are stationed in Japan.\n\nSign up for our newsletter.\n",
        encoding="utf-8",
    )
    return folder
