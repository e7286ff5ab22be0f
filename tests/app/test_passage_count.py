"""AppTest: a chart page shows its first three passage cards under the chart, the next seven in an expander that
builds them only when opened (``?passages=true``), and says how many more there are."""

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


def run_troops(**params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.switch_page("views/troops.py")
    return at.run()


def test_three_cards_then_seven_behind_a_click_and_a_count_of_the_rest(twelve_deployments):
    at = run_troops()
    assert not at.exception, at.exception
    assert len(at.code) == 3  # one citation box per card (in its "Cite" popover)
    assert [e.label for e in at.expander] == ["More source passages"]  # closed: nothing built inside it
    assert not any("more; narrow the filters" in c.value for c in at.caption)
    opened = run_troops(passages="true")
    assert not opened.exception, opened.exception
    assert len(opened.code) == 10 and len(opened.expander[0].code) == 7
    assert any(c.value.startswith("2 more; narrow the filters") for c in opened.caption)



def test_a_cards_summary_names_the_host_country_as_the_latest_figures_do(twelve_deployments):
    at = run_troops()
    assert not at.exception, at.exception
    summaries = [m.value for m in at.markdown if "Troops deployed abroad" in m.value]
    assert summaries and all("United States \u2192 Japan" in s for s in summaries), summaries
    assert not any("\u2192 JPN" in s for s in summaries)
