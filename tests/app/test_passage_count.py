"""AppTest: a chart page shows the first ten passage cards under its charts and says how many more there are."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

pytestmark = pytest.mark.slow  # drives the Streamlit app (AppTest)

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app" / "main.py")


@pytest.fixture
def twelve_deployments(tmp_path, monkeypatch) -> Path:
    """Twelve articles, each stating one U.S. deployment in Japan (twelve troops figures)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for day in range(1, 13):
        (folder / f"2024-01-{day:02d}-wire-{day}.md").write_text(
            f"---\ntitle: Deployment note {day}\npublisher: Test Wire\npublished: 2024-01-{day:02d}\n---\n"
            f"About {40_000 + 1_000 * day:,} U.S. troops are stationed in Japan, officials said on Tuesday.\n",
            encoding="utf-8")
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path))
    return tmp_path


def test_ten_cards_and_a_count_of_the_rest(twelve_deployments):
    at = AppTest.from_file(APP, default_timeout=60)
    at.switch_page("views/troops.py")
    at.run()
    assert not at.exception, at.exception
    assert len(at.code) == 10  # one citation box per card
    assert any(c.value.startswith("2 more; narrow the filters") for c in at.caption)
