"""AppTest for issue 12, points 3, 5 and 6: passage cards beside the World Bank value, ready citations, the
attribution wherever reference values appear, the reference table on the Data page, charts' source lines.

Which of the shipped EconoTimes article's three figures has a reference value: none. Its deployment
(28,500 U.S. troops in Korea) and its trend claim have no series; its 450,000 active troops (2025) would
compare with the armed forces personnel series, which ends in 2020 for South Korea, beyond the two-year
window. So its card says why, and the comparison itself is checked on the fixture's Japan budget.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.tables.reference import attribution, nearest

pytestmark = pytest.mark.slow  # drives the Streamlit app (AppTest)

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app" / "main.py")
SEED_CITATION = (
    'EconoTimes, "U.S. Defense Secretary Pete Hegseth Visits South Korea for High-Level Security Talks Amid '
    'Rising Regional Tensions", 2025-11-03, https://econotimes.com/US-Defense-Secretary-Pete-Hegseth-Visits-'
    'South-Korea-for-High-Level-Security-Talks-Amid-Rising-Regional-Tensions-1724869, quote: "Seoul aims to '
    'eventually take wartime operational control of the combined forces, which include its 450,000 active troops."')


@pytest.fixture(autouse=True)
def fresh_cache():
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def library(articles_dir, monkeypatch):
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(articles_dir.parent))
    return articles_dir.parent



def app(page: str, **params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    for key, value in params.items():
        at.query_params[key] = value
    at.switch_page(f"views/{page}")
    return at.run()


def captions(at: AppTest) -> str:
    return re.sub(r"\\(.)", r"\1", "\n".join(c.value for c in at.caption)).replace("\u2060", "")


def test_seed_card_says_why_there_is_no_comparison_and_gives_its_citation(seed_only):
    at = app("active.py")
    assert not at.exception, at.exception
    shown = captions(at)
    assert "no World Bank armed forces personnel within 2 years of 2025 (nearest: 2020)" in shown
    assert "World Bank 20" not in shown  # no comparison line, so no value from the series
    assert SEED_CITATION in [c.value for c in at.code]


def test_every_seed_card_carries_a_copyable_citation(seed_only):
    at = app("sources.py", article="2025-11-03-econotimes-hegseth-south-korea")
    codes = [c.value for c in at.code]
    assert len(codes) == 3 and all(c.startswith('EconoTimes, "U.S. Defense Secretary') for c in codes)
    assert all(c.language in (None, "", "plaintext") for c in at.code)


def test_budget_card_compares_with_the_world_bank_and_credits_it(library):
    """Japan's approved 7.9 trillion yen (2024): dollars vs dollars through its ECB value, with the attribution."""
    at = app("budgets.py", country=["Japan"])
    assert not at.exception, at.exception
    shown = captions(at)
    ref = nearest("JPN", "milex_usd_current", 2024)
    assert ref is not None and ref.year == 2024
    line = next(line for line in shown.splitlines() if line.startswith("World Bank 2024:"))
    assert line.startswith(f"World Bank 2024: US${ref.value / 1e9:.1f} billion military expenditure; this article: "
                           "JPY 7.9 trillion \u2248 US$")
    assert re.search(r"\((\+|\u2212)\d+%\)$", line), line
    assert attribution() in shown
    assert any(c.value.startswith('Test Wire, "Japan budget test", 2024-03-05') for c in at.code)
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)  # the hover says the same as the card
    assert any(row[-1] == "<br>" + line for trace in spec["data"] for row in trace.get("customdata") or [])


def test_a_correction_is_compared_again(library):
    """A reviewer's corrected value gets its own comparison, flagged with its likely reason (local vs dollar)."""
    from dashboard.paths import reviews_path
    from dashboard.tables.reviews import ReviewStore

    data = app("data.py").dataframe[0].value.set_index("figure_id")
    fid = next(i for i, r in data.iterrows() if r["metric"] == "defense_budget")
    ReviewStore(reviews_path(library)).record(fid, article_id=fid.rsplit(":", 1)[0], quote=data.loc[fid, "quote"],
                                              metric="defense_budget", decision="correct",
                                              fields={"value": 1.58e13})
    shown = captions(app("budgets.py", country=["Japan"]))
    assert "JPY 15.8 trillion" in shown
    assert "differs by more than 20%: likely approved vs spent, local vs dollar" in shown


def test_data_page_offers_the_reference_table_and_its_attribution(library):
    at = app("data.py")
    buttons = {b.label: b for b in at.get("download_button")}
    assert any(label.startswith("Download the reference table (") for label in buttons)
    assert attribution() in captions(at)
    table = at.dataframe[0].value
    assert {"reference_series", "reference_value", "reference_diff_pct", "citation"} <= set(table.columns)


def test_charts_carry_their_source_line_and_png_name(library):
    """The PNG export keeps the source line: it is an annotation in the figure, escaped like any label."""
    at = app("budgets.py", country=["Japan"])
    chart = at.get("plotly_chart")[0]
    spec = json.loads(chart.proto.spec)
    notes = [a["text"] for a in spec["layout"].get("annotations", [])]
    assert "Source: Test Wire 2024-03-05" in notes
    assert json.loads(chart.proto.config)["toImageButtonOptions"]["filename"] == "defense-figures-budget-timeline"


def test_a_hostile_citation_is_shown_literally(tmp_path, monkeypatch):
    """Title and publisher are untrusted: the citation box shows tags, shortcodes and a bidi override as text."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "2024-01-02-x.md").write_text(
        "---\ntitle: <img src=x onerror=alert(1)> :red[boom]\npublisher: Evil\u202eWire\npublished: 2024-01-02\n"
        "url: https://example.test/x\n---\nTokyo approved a record 7.9 trillion yen defense budget for fiscal "
        "2024.\n", encoding="utf-8")
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path))
    at = app("budgets.py")
    assert not at.exception, at.exception
    (code,) = [c.value for c in at.code]
    assert code.startswith('Evil\\u202eWire, "<img src=x onerror=alert(1)> :red[boom]", 2024-01-02')
    assert "\u202e" not in code
