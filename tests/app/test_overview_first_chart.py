"""AppTest of the Overview's order (issue 11 point 5: the first chart before anything that loads its own bundle):
the chart is the page's first element after its title, the seed's three figures are on screen at start, and the
table, the map, the passage cards and their citation boxes wait for their expander, tab or popover."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

pytestmark = pytest.mark.slow  # drives the Streamlit app (AppTest)

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app" / "main.py")




def overview(**params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def leaves(node, out: list | None = None) -> list:
    """The page's elements in the order the script drew them (blocks opened)."""
    out = [] if out is None else out
    for child in getattr(node, "children", {}).values():
        if getattr(child, "children", None):
            leaves(child, out)
        else:
            out.append(child)
    return out


def shown(at: AppTest) -> str:
    return re.sub(r"\\(.)", r"\1", "\n".join(m.value for m in at.markdown)).replace("\u2060", "")


def test_the_first_chart_comes_right_after_the_title(seed_only):
    at = overview()
    assert not at.exception, at.exception
    kinds = [getattr(e, "type", "") for e in leaves(at.main)]
    assert kinds[:3] == ["title", "caption", "plotly_chart"], kinds[:6]
    assert at.title[0].value == "Defense figures from the news"
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert {t["type"] for t in spec["data"]} == {"bar"} and spec["layout"]["title"]["text"] == "Figures per country"


def test_the_seed_figures_are_on_screen_at_start(seed_only):
    """The shipped EconoTimes article's three figures, each with its source, in the list under the chart."""
    at = overview()
    text = shown(at)
    for figure in ("**United States** · Troops deployed abroad · **28,500** (2025) · in South Korea",
                   "**South Korea** · Active personnel · **450,000** (2025)",
                   "**South Korea** · Budget trend (qualitative) · **claimed increase** (2026)"):
        assert figure in text, figure
    assert text.count("EconoTimes, 2025-11-03") == 3
    assert "**1** article · **3** figures · **2** countries" in text


def test_what_loads_its_own_bundle_waits_until_asked_for(seed_only):
    """No grid (st.dataframe), no code box, no map at start; each is there once its expander, tab or URL asks."""
    at = overview()
    assert not at.dataframe and not at.code and len(at.get("plotly_chart")) == 1
    assert "Washington is reportedly considering" not in shown(at)  # the cards' passages: in their expander
    opened = overview(passages="true", table="true")
    assert len(opened.dataframe[0].value) == 3 and len(opened.code) == 3  # three cards, each citation to copy
    assert "Washington is reportedly considering" in shown(opened)
    mapped = overview(chart="World map")
    assert json.loads(mapped.get("plotly_chart")[0].proto.spec)["data"][0]["type"] == "choropleth"


def test_an_alliance_is_counted_apart_from_the_countries_and_recent_articles_follow_the_filter(tmp_path, monkeypatch):
    """A browser audit: '16 countries' over a chart of 15 country bars and NATO; the recent articles ignored the filter."""
    from tests.app.conftest import write_article

    folder = tmp_path / "articles"
    folder.mkdir()
    write_article(folder, "a-nato", "NATO allies agreed that members should spend 2% of GDP on defence. Poland spends "
                                    "4.1% of its GDP on defence, the alliance said.")
    write_article(folder, "b-japan", "About 54,000 U.S. troops are stationed in Japan, officials said.")
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path))
    text = shown(overview())
    assert "**2** countries, plus NATO" in text, text[:400]
    filtered = shown(overview(country="Japan"))
    recent = filtered[filtered.index("Recent articles") if "Recent articles" in filtered else 0:]
    assert "b-japan" in filtered and "a-nato" not in recent
