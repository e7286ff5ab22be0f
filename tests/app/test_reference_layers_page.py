"""AppTest of the World Bank layers: Active forces, Budget trends (dollars and share of GDP) and the Overview map,
with the layer on (the default), off by the URL and off by the toggle; the attribution follows every drawn layer."""

from __future__ import annotations

import base64
import json
import re
import shutil
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.tables.reference import attribution, nearest

pytestmark = pytest.mark.slow  # drives the Streamlit app (AppTest)

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app" / "main.py")
PERSONNEL = "armed forces incl. paramilitary (World Bank/IISS)"
DOLLARS = "military expenditure, current US$ (World Bank/SIPRI)"
SHARES = "military expenditure, % of GDP (World Bank/SIPRI)"
JAPAN = """---
title: Japan's forces and budget
publisher: Test Wire
published: 2024-03-05
url: https://example.test/japan
---
Tokyo approved a record 7.9 trillion yen defense budget for fiscal 2024.

Japan's defense spending reached 1.6% of GDP in 2024, the ministry said.

The Self-Defense Forces have about 247,000 active personnel.
"""



@pytest.fixture
def library(tmp_path, seed_path, monkeypatch) -> Path:
    """The seed (South Korea's personnel, the U.S. troops there) and a Japan story with a budget, a share and a count."""
    (tmp_path / "articles").mkdir()
    shutil.copy(seed_path, tmp_path / "articles" / seed_path.name)
    (tmp_path / "articles" / "2024-03-05-test-wire-japan.md").write_text(JAPAN, encoding="utf-8")
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path))
    return tmp_path


def page(view: str, **params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    for key, value in params.items():
        at.query_params[key] = value
    at.switch_page(f"views/{view}.py")
    return at.run()


def specs(at: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def plain(values) -> list:
    """A trace's array as a list: Plotly sends numeric arrays typed, as {"dtype": "f8", "bdata": <base64>}."""
    if isinstance(values, dict) and "bdata" in values:
        return np.frombuffer(base64.b64decode(values["bdata"]), dtype=values["dtype"]).tolist()
    return list(values)


def layer_names(spec: dict) -> list[str]:
    return [t.get("name", "") for t in spec["data"] if t.get("legendgroup") == "reference" and t.get("showlegend")]


def plain_text(markdown: str) -> str:
    """Text with markdown escapes and word joiners removed (md_escape adds both)."""
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u2060", "")


def _leaves(node, out: list) -> list:
    for child in getattr(node, "children", {}).values():
        if getattr(child, "children", None):
            _leaves(child, out)
        else:
            out.append(child)
    return out


def under_charts(at: AppTest) -> list[str]:
    """Per chart, in page order, the captions right under it (up to the next element of another kind)."""
    out: list[str] = []
    for element in _leaves(at.main, []):
        kind = getattr(element, "type", "")
        if kind == "plotly_chart":
            out.append("")
        elif kind == "caption" and out and out[-1] is not None:
            out[-1] += plain_text(element.value) + "\n"
        elif out and out[-1] is not None:
            out.append(None)  # anything else ends the run of captions under the last chart
    return [c for c in out if c is not None]


def credited(at: AppTest) -> list[bool]:
    """Per chart: is the World Bank's attribution right under it."""
    return [attribution() in captions for captions in under_charts(at)]


def test_active_forces_draws_the_personnel_reference_behind_the_claims_and_credits_it(library):
    at = page("active")
    assert not at.exception, at.exception
    assert at.toggle(key="reference").value is True
    claims_chart = specs(at)[0]
    assert layer_names(claims_chart) == [f"{PERSONNEL}, 2020"]
    tick = claims_chart["data"][0]
    assert dict(zip(tick["y"], plain(tick["x"]), strict=True)) == {
        "Japan": nearest("JPN", "armed_forces_personnel", 2020).value,
        "South Korea": nearest("KOR", "armed_forces_personnel", 2020).value}
    assert credited(at)[0] is True


def test_the_url_and_the_toggle_hide_the_layers_and_leave_the_claims_as_they_were(library):
    on = page("active")
    off = page("active", reference="false")
    assert not off.exception, off.exception
    assert off.toggle(key="reference").value is False
    assert layer_names(specs(off)[0]) == [] and not any(credited(off))
    claims = [[plain(t["x"]) for t in s["data"] if t.get("legendgroup") != "reference"]
              for s in (specs(on)[0], specs(off)[0])]
    assert claims[0] == claims[1]  # the reference never enters the claims' traces
    assert [b.label for b in on.get("download_button")] == [b.label for b in off.get("download_button")]
    on.toggle(key="reference").set_value(False).run()
    assert layer_names(specs(on)[0]) == [] and not any(credited(on))


def test_budgets_in_dollars_draw_the_spending_line_and_the_share_chart_its_shares(library):
    # the page's charts are tabs, built one at a time (issue 11 point 5): the timeline first, the shares on ?chart=
    at = page("budgets", currency="US dollars")
    assert not at.exception, at.exception
    [timeline] = specs(at)
    assert layer_names(timeline) == [DOLLARS]
    bands = [t for t in timeline["data"] if t.get("legendgroup") == "reference" and not t.get("showlegend", True)]
    assert {t["name"].split(":")[0] for t in bands} == {"Japan", "South Korea"}  # the page's countries
    assert credited(at) == [True]  # under the chart that draws reference data
    on_shares = page("budgets", currency="US dollars", chart="Share of GDP")
    [shares] = specs(on_shares)
    assert layer_names(shares) == [SHARES]
    assert [plain(t["y"]) for t in shares["data"] if t.get("name") == "Japan: article claims"] == [[1.6]]
    assert credited(on_shares) == [True]


def test_budgets_in_local_currency_keep_dollars_away_and_follow_the_country_filter(library):
    at = page("budgets", country="Japan")
    assert not at.exception, at.exception
    [timeline] = specs(at)
    assert layer_names(timeline) == []  # yen never meet the dollar line
    assert credited(at) == [False]
    [shares] = specs(page("budgets", country="Japan", chart="Share of GDP"))
    bands = [t for t in shares["data"] if t.get("legendgroup") == "reference" and not t.get("showlegend", True)]
    assert [t["name"].split(":")[0] for t in bands] == ["Japan"]
    assert credited(page("budgets", country="Japan", chart="Share of GDP")) == [True]


def test_the_overview_map_shows_the_latest_shares_and_the_claims_one_click_away(library):
    at = page("overview", chart="World map")  # the map's tab (the first is the figures per country)
    assert not at.exception, at.exception
    assert len(specs(at)) == 1  # the bars' tab is not built while the map's is open
    shade, dots = specs(at)[0]["data"][:2]
    assert shade["type"] == "choropleth" and len(shade["locations"]) > 100  # full from the first screen
    assert {row[0] for row in dots["customdata"]} == {"@country=JPN", "@country=KOR", "@country=USA"}
    assert credited(at)[0] is True
    off = page("overview", chart="World map", reference="false")
    counts = specs(off)[0]["data"][0]
    assert counts["type"] == "choropleth" and sorted(counts["locations"]) == ["JPN", "KOR", "USA"]
    assert credited(off)[0] is False
    start = page("overview")  # at start the map is not built: the first chart is the bars
    assert {t["type"] for t in specs(start)[0]["data"]} == {"bar"} and start.toggle(key="reference").value is True


def test_an_empty_library_opens_on_the_reference_map(tmp_path, monkeypatch):
    (tmp_path / "articles").mkdir()
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path))
    at = page("overview")
    assert not at.exception, at.exception
    assert any("library is empty" in i.value for i in at.info)
    assert specs(at)[0]["data"][0]["type"] == "choropleth" and credited(at) == [True]
