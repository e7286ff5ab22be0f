"""AppTest: every page runs, filters work from widgets and from the URL, downloads, empty states."""

from __future__ import annotations

import gc
import re
import shutil
from pathlib import Path

import pytest
import streamlit as st
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

REPO = Path(__file__).resolve().parent.parent
APP = str(REPO / "dashboard" / "app.py")
VIEWS = sorted(p.name for p in (REPO / "dashboard" / "views").glob("*.py"))
GOLDEN = Path(__file__).resolve().parent / "golden" / "seed_figures.csv"
DATA_PAGES = ["overview.py", "troops.py", "active.py", "budgets.py", "data.py"]


@pytest.fixture(autouse=True)
def fresh_cache():
    st.cache_data.clear()
    yield
    st.cache_data.clear()


@pytest.fixture
def library(articles_dir, monkeypatch) -> Path:
    """A data folder with the seed article and a second one (Japan); review db empty."""
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(articles_dir.parent))
    return articles_dir.parent


@pytest.fixture
def seed_only(tmp_path, seed_path, monkeypatch) -> Path:
    (tmp_path / "articles").mkdir()
    shutil.copy(seed_path, tmp_path / "articles" / seed_path.name)
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path))
    return tmp_path


def app(page: str = "overview.py", **params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    for key, value in params.items():
        at.query_params[key] = value
    if page != "overview.py":
        at.switch_page(f"views/{page}")
    return at.run()


def texts(at: AppTest) -> str:
    """All visible text, with markdown escapes removed (article text is shown backslash-escaped)."""
    return re.sub(r"\\(.)", r"\1", raw_texts(at))


def raw_texts(at: AppTest) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption] + [i.value for i in at.info]
                     + [w.value for w in at.warning])


@pytest.mark.parametrize("page", VIEWS)
def test_every_page_runs_without_exception(library, page):
    """Each page renders on a real library with no exception."""
    at = app(page)
    assert not at.exception, at.exception


def test_seed_figures_are_on_screen_beside_their_passages(seed_only):
    """Issue 3, point 1: the seed's three figures, each with its passage, on the relevant pages."""
    overview = texts(app("overview.py"))
    assert "28,500" in overview and "450,000" in overview
    troops = texts(app("troops.py"))
    assert "28,500" in troops and "Washington is reportedly considering" in troops
    active = texts(app("active.py"))
    assert "450,000" in active and "Seoul aims to eventually take" in active
    budgets = app("budgets.py")
    assert "largest defense budget increase in years" in texts(budgets)
    assert budgets.get("plotly_chart"), "the budget page draws the trend claim on its timeline"


def test_choosing_a_country_changes_the_table(library):
    at = app("data.py")
    before = at.dataframe[0].value
    at.multiselect(key="country").set_value(["Japan"]).run()
    after = at.dataframe[0].value
    assert len(before) == 5 and len(after) == 2 and set(after["country_iso3"]) == {"USA", "JPN"}


def test_query_params_set_the_filter(library):
    """A shared link reproduces the view: ?country=Japan filters every page."""
    at = app("data.py", country=["Japan"])
    assert at.multiselect(key="country").value == ["Japan"]
    assert set(at.dataframe[0].value["country_iso3"]) == {"USA", "JPN"}
    assert len(app("data.py", years=["2026", "2026"]).dataframe[0].value) == 1


def _download(button):
    """The media file behind a download button (AppTest keeps it in memory)."""
    file_id = button.proto.url.rsplit("/", 1)[-1].split(".")[0]
    for store in (o for o in gc.get_objects() if isinstance(o, MemoryMediaFileStorage)):
        if file_id in store._files_by_id:
            return store.get_file(file_id)
    raise AssertionError(f"no media file {file_id}")


def test_download_csv_matches_golden_file(seed_only):
    """The filtered-view download (no filter: the whole table) is byte-for-byte the golden CSV."""
    at = app("data.py")
    buttons = at.get("download_button")
    assert [_download(b).filename for b in buttons] == ["defense-figures_all.csv", "defense-figures_all.csv"]
    assert _download(buttons[0]).content.decode("utf-8") == GOLDEN.read_text(encoding="utf-8")


def test_download_name_says_what_is_inside(library):
    at = app("data.py", country=["Japan"])
    assert _download(at.get("download_button")[0]).filename == "defense-figures_JPN.csv"


@pytest.mark.parametrize("page", DATA_PAGES + ["sources.py"])
def test_empty_library_says_how_to_add_articles(tmp_path, monkeypatch, page):
    (tmp_path / "articles").mkdir()
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path))
    at = app(page)
    assert not at.exception
    assert "library is empty" in texts(at) and "Add articles" in texts(at)


@pytest.mark.parametrize("page", DATA_PAGES)
def test_filter_matching_nothing_shows_a_message(library, page):
    at = app(page, country=["Japan"], metric=["Budget trend (qualitative)"])
    assert not at.exception
    assert "No figures match these filters" in texts(at)


def test_sources_page_highlights_figures_in_the_clean_text(seed_only):
    at = app("sources.py")
    body = raw_texts(at)
    assert ":orange-background[**28\\,500**]" in body and "Welcome to EconoTimes" not in body
