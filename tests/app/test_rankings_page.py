"""AppTest of the Rankings page: the chart, the attribution, choices from the URL, the ranking's CSV."""

from __future__ import annotations

import gc
import io
import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from dashboard.tables.reference import attribution

pytestmark = pytest.mark.slow  # drives the Streamlit app (AppTest)

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app" / "main.py")




def page(**params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    for key, value in params.items():
        at.query_params[key] = value
    at.switch_page("views/rankings.py")
    return at.run()


def texts(at: AppTest) -> str:
    """Visible text with markdown escapes and word joiners removed (md_escape adds both)."""
    raw = "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption] + [w.value for w in at.warning])
    return re.sub(r"\\(.)", r"\1", raw).replace("\u2060", "")


def download(button) -> bytes:
    file_id = button.proto.url.rsplit("/", 1)[-1].split(".")[0]
    for store in (o for o in gc.get_objects() if isinstance(o, MemoryMediaFileStorage)):
        if file_id in store._files_by_id:
            return store.get_file(file_id).content
    raise AssertionError(f"no media file {file_id}")


def test_the_page_draws_a_chart_and_shows_the_attribution(seed_only):
    at = page()
    assert not at.exception, at.exception
    assert len(at.get("plotly_chart")) == 1
    shown = texts(at)
    assert shown.count(attribution()) == 2  # under the chart and under the table
    assert at.selectbox(key="series").value == "milex_share_gdp_pct" and at.selectbox(key="year").value == "2024"
    table = at.dataframe[0].value
    assert table["rank"].iloc[0] == 1 and len(table) > 100
    assert table.set_index("country").loc["South Korea", "claims"] == 3  # its two figures and the U.S. troops it hosts


def test_series_options_read_whole_in_their_box(seed_only):
    """A UX check: the series box showed 'Military expenditure, % of GDP (World Ba', cut off. Its options are
    short now (the source is in the chart title and under it) and the box's help names every series in full."""
    box = page().selectbox(key="series")
    assert box.options == ["Military spending, % of GDP", "Military spending, US$", "Military spending, US$ (2024 release)",
                           "Armed forces incl. paramilitary"]
    assert all(len(o) <= 40 for o in box.options)
    assert "Military expenditure, % of GDP (World Bank/SIPRI)" in box.help


def test_url_choices_select_series_and_year(seed_only):
    at = page(series="armed_forces_personnel", year="2020")
    assert not at.exception, at.exception
    assert at.selectbox(key="series").value == "armed_forces_personnel" and at.selectbox(key="year").value == "2020"
    table = at.dataframe[0].value
    assert set(table["year"]) == {2020} and table.set_index("country_iso3").loc["KOR", "value"] == 569_000


def test_url_choices_select_a_span(seed_only):
    at = page(series="milex_usd_current", mode="change", to="2024", **{"from": "2019"}, by="change_pct")
    assert not at.exception, at.exception
    assert [at.selectbox(key=k).value for k in ("mode", "to", "from", "by")] == ["change", "2024", "2019", "change_pct"]
    table = at.dataframe[0].value
    assert list(table["change_pct"]) == sorted(table["change_pct"].dropna(), reverse=True)
    assert "not ranked" in texts(at)  # countries without both years are counted


def test_a_span_starts_ten_years_back_when_the_url_names_none(seed_only):
    at = page(mode="change")
    assert (at.selectbox(key="to").value, at.selectbox(key="from").value) == ("2024", "2014")


def test_the_csv_download_has_the_ranking(seed_only):
    at = page(series="armed_forces_personnel", year="2020")
    ranking, whole = at.get("download_button")
    csv = pd.read_csv(io.BytesIO(download(ranking)))
    assert list(csv.columns[:6]) == ["rank", "country_iso3", "country", "value", "unit", "year"]
    assert csv["rank"].iloc[0] == 1 and set(csv["year"]) == {2020} and "claims" in csv.columns
    assert csv.set_index("country_iso3").loc["KOR", "value"] == 569_000
    assert csv["attribution"].str.contains("CC BY 4.0").all()
    assert "Download the whole reference table" in whole.proto.label


def test_an_empty_library_still_ranks(tmp_path, monkeypatch):
    """The series ship with the app: a new user with no articles still has something to explore."""
    (tmp_path / "articles").mkdir()
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path))
    at = page()
    assert not at.exception, at.exception
    assert len(at.get("plotly_chart")) == 1 and set(at.dataframe[0].value["claims"]) == {0}


def test_the_sidebar_country_filter_and_the_covered_toggle_narrow_ranking_chart_and_csv(seed_only):
    """Rankings is filterable like the other tables: the sidebar's countries (and 'only countries the articles
    cover') pick the rows of the chart, the table and the CSV, and each keeps its world rank."""
    world = page(series="armed_forces_personnel", year="2020").dataframe[0].value.set_index("country_iso3")["rank"]
    at = page(series="armed_forces_personnel", year="2020", country=["South Korea"])
    assert not at.exception, at.exception
    table = at.dataframe[0].value
    assert table["country"].tolist() == ["South Korea"] and table["rank"].iloc[0] == world["KOR"]
    csv = pd.read_csv(io.BytesIO(download(at.get("download_button")[0])))
    assert csv["country_iso3"].tolist() == ["KOR"] and csv["rank"].iloc[0] == world["KOR"]
    assert f"ranked among {len(world)} countries" in at.get("plotly_chart")[0].proto.spec
    assert "each keeps its world rank" in texts(at)

    covered = page(series="armed_forces_personnel", year="2020", covered="true")
    assert not covered.exception, covered.exception
    assert set(covered.dataframe[0].value["country"]) == {"South Korea", "United States"}  # the seed's two
    covered.toggle(key="covered").set_value(False).run()
    assert len(covered.dataframe[0].value) == len(world)
