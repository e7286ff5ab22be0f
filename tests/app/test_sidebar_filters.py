"""AppTest: the sidebar filters, read before the page and drawn after it; the years as two select boxes (first and
last year) bound to the URL's two ``years`` values."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

pytestmark = pytest.mark.slow  # drives the Streamlit app (AppTest)

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app" / "main.py")


@pytest.fixture
def library(articles_dir, monkeypatch) -> Path:
    """The seed article (figures of 2025 and 2026) and the Japan one (2024)."""
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(articles_dir.parent))
    return articles_dir.parent


def data_page(**params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    for key, value in params.items():
        at.query_params[key] = value
    at.switch_page("views/data.py")
    return at.run()


def years_shown(at: AppTest) -> set[int]:
    return {int(y) for y in at.dataframe[0].value["year"].dropna()}


def boxes(at: AppTest) -> tuple[int, int]:
    return at.selectbox(key="years_from").value, at.selectbox(key="years_to").value


def test_the_boxes_offer_every_year_and_start_on_all_of_them(library):
    at = data_page()
    assert not at.exception, at.exception
    first, last = at.selectbox(key="years_from"), at.selectbox(key="years_to")
    assert first.options == last.options == ["2024", "2025", "2026"]
    assert boxes(at) == (2024, 2026) and years_shown(at) == {2024, 2025, 2026}
    assert not at.slider  # no range slider: its bundle (moment, numbro) would load before every first chart


def test_a_link_with_years_sets_both_boxes_and_the_filter(library):
    at = data_page(years=["2025", "2026"])
    assert boxes(at) == (2025, 2026) and years_shown(at) == {2025, 2026}
    reversed_link = data_page(years=["2026", "2024"])  # out of order, or outside the library's years: the same span
    assert boxes(reversed_link) == (2024, 2026)
    assert boxes(data_page(years=["1990", "2024"])) == (2024, 2024)


def test_choosing_a_year_filters_and_writes_both_ends_to_the_url(library):
    at = data_page()
    at.selectbox(key="years_from").set_value(2025).run()
    assert not at.exception, at.exception
    assert years_shown(at) == {2025, 2026}
    assert at.query_params["years"] == ["2025", "2026"]
    at.selectbox(key="years_from").set_value(2024).run()  # back to every year: the parameter goes
    assert "years" not in at.query_params and years_shown(at) == {2024, 2025, 2026}


def test_a_first_year_after_the_last_reads_as_the_same_span_in_order(library):
    at = data_page()
    at.selectbox(key="years_to").set_value(2024).run()
    at.selectbox(key="years_from").set_value(2025).run()  # 2025 .. 2024
    assert boxes(at) == (2024, 2025)
    assert at.query_params["years"] == ["2024", "2025"] and years_shown(at) == {2024, 2025}


def test_a_page_that_ends_early_still_draws_the_filters(tmp_path, monkeypatch):
    """The sidebar is drawn after the page: a page with nothing to show (the Review page of an empty library)
    ends with ui.stop_page(), and its filters and counts are still there."""
    (tmp_path / "articles").mkdir()
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path))
    at = AppTest.from_file(APP, default_timeout=30)
    at.switch_page("views/review.py")
    at.run()
    assert not at.exception, at.exception
    assert [m.key for m in at.sidebar.multiselect] == ["country", "metric"]
    assert any(c.value.startswith("0 articles") for c in at.sidebar.caption)


def test_no_page_calls_st_stop():
    """st.stop() would end the run before main.py draws the sidebar's filters: pages end with ui.stop_page()."""
    views = Path(APP).parent / "views"
    calling = [p.name for p in views.glob("*.py") if "st.stop(" in p.read_text(encoding="utf-8")]
    assert not calling, calling


def test_boxes_at_the_librarys_ends_follow_them_when_an_article_widens_the_years(library):
    """A browser audit: with the boxes on every year (2024-2026), an article with a 2013 figure was saved and every
    page then hid it behind a 2024-2026 range nobody chose (and wrote it into the next page's URL). An end at the
    library's first or last year follows it; an end the user moved keeps its year."""
    from tests.app.conftest import write_article

    at = data_page()
    assert boxes(at) == (2024, 2026)
    write_article(library / "articles", "2024-03-05-test-wire-older",
                  "Germany kept 2,300 troops in Lithuania in 2013, the defence ministry said.")
    at.run()
    assert not at.exception, at.exception
    assert boxes(at) == (2013, 2026) and 2013 in years_shown(at) and "years" not in at.query_params
    at.selectbox(key="years_from").set_value(2025).run()  # a narrowed range: its moved end stays where it was put
    write_article(library / "articles", "2024-03-05-test-wire-newer",
                  "Germany will keep 5,000 troops in Lithuania in 2027, the defence ministry said.")
    at.run()
    assert boxes(at)[0] == 2025 and boxes(at)[1] == max(int(y) for y in at.selectbox(key="years_to").options)
    assert at.query_params["years"] == ["2025", str(boxes(at)[1])]


def test_a_link_may_name_a_metric_by_its_key_and_a_country_by_its_code(library):
    """A browser audit: ?metric=defense_budget (the key the CSV carries) was ignored without a word; only the label
    'Defense budget' was read. Keys and codes are read too; the URL the app writes keeps the words."""
    at = data_page(metric="defense_budget", country="JPN")
    assert not at.exception, at.exception
    shown = at.dataframe[0].value
    assert set(shown["metric"]) == {"defense_budget"} and set(shown["country_iso3"]) == {"JPN"}
    assert at.multiselect(key="metric").value == ["defense_budget"] and at.multiselect(key="country").value == ["Japan"]
