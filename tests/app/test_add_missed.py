"""A figure the extractor missed, added on the Review page: it is recorded in the review log and shows on the
charts, tables and downloads with its sentence, like any figure; wrong input is refused with a message."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.tables.reviews import ReviewStore
from tests.app.conftest import write_article

REPO = Path(__file__).resolve().parents[2]
APP = str(REPO / "dashboard" / "app" / "main.py")
# The extractor finds no figure here: "men and women in uniform" is no personnel noun it reads after a number
TEXT = ("Lithuania's army is growing. The ministry said some 23,000 men and women in uniform now serve, "
        "against 17,000 a decade ago.")


@pytest.fixture
def library(tmp_path, monkeypatch) -> Path:
    (tmp_path / "articles").mkdir()
    write_article(tmp_path / "articles", "2024-03-05-test-wire-lithuania", TEXT)
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path))
    st.cache_resource.clear()
    yield tmp_path
    st.cache_resource.clear()


def review(opened: bool = True) -> AppTest:
    """The Review page, with the missed-figure form opened (its toggle)."""
    at = AppTest.from_file(APP, default_timeout=30)
    at.switch_page("views/review.py")
    at.run()
    return at.toggle(key="missed_open").set_value(True).run() if opened else at


def add(at: AppTest, quote: str, country: str | None = "LTU", value: float | None = 23000, year: int | None = 2024,
        metric: str = "active_personnel") -> AppTest:
    at.text_input(key="missed_quote").input(quote).run()
    form = [w for w in at.selectbox if w.label in ("Metric", "Whose figure")]
    next(w for w in form if w.label == "Metric").set_value(metric)
    if country:
        next(w for w in form if w.label == "Whose figure").set_value(country)
    next(w for w in at.number_input if w.label.startswith("Value")).set_value(value)
    if year is not None:
        next(w for w in at.number_input if w.label.startswith("Year")).set_value(year)
    next(b for b in at.button if b.label == "Add this figure").click()
    return at.run()


def test_an_added_figure_is_logged_and_shown_with_its_sentence_in_the_table_and_csv(library):
    at = review()
    assert not at.exception, at.exception
    at = add(at, "23,000")
    assert not at.exception, at.exception
    assert any("Added:" in s.value for s in at.success), [s.value for s in at.success]
    assert any(" \u00b7 1 added" in c.value for c in at.caption)  # the page's own count
    (decision,) = ReviewStore(library / "reviews.sqlite3").additions()
    assert decision.fields["start"] == TEXT.index("23,000") and decision.quote == "23,000"

    data = AppTest.from_file(APP, default_timeout=30)
    data.switch_page("views/data.py")
    data.run()
    assert not data.exception, data.exception
    button = next(b for b in data.get("download_button") if "CSV" in b.proto.label or "csv" in b.proto.label.lower())
    from tests.app.test_app import _download
    frame = pd.read_csv(io.BytesIO(_download(button).content))
    row = frame[frame["status"] == "added"].squeeze()
    assert (row["country_iso3"], row["metric"], row["value"], row["year"], row["quote"]) == (
        "LTU", "active_personnel", 23000, 2024, "23,000")
    assert row["passage"] == "The ministry said some 23,000 men and women in uniform now serve, against 17,000 a decade ago."
    assert row["confidence"] == 1 and row["method"] == "review:added" and "Test Wire" in row["citation"]


@pytest.mark.parametrize(("quote", "country", "says"), [
    ("23.000", "LTU", "Not found in this article's text"),  # not as the article writes it
    ("23,000", None, "choose whose figure it is"),
])
def test_a_bad_addition_is_refused_with_a_message_and_records_nothing(library, quote, country, says):
    at = review()
    if says.startswith("Not found"):
        at.text_input(key="missed_quote").input(quote).run()
        assert says in " ".join(w.value for w in at.warning)
    else:
        at = add(at, quote, country=country)
        assert says in " ".join(w.value for w in at.warning)
    assert ReviewStore(library / "reviews.sqlite3").additions() == []


def test_an_added_figure_can_be_rejected_like_any_other(library):
    at = add(review(), "17,000", value=17000, year=2014)
    store = ReviewStore(library / "reviews.sqlite3")
    (added,) = store.additions()
    store.record(added.figure_id, article_id=added.article_id, quote=added.quote, metric=added.metric,
                 decision="reject", expected_version=added.id)
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["rejected"] = "true"
    at.switch_page("views/review.py")
    at.run()
    assert not at.exception, at.exception
    caption = next(c.value for c in at.caption if " extracted" in c.value and " rejected" in c.value)
    assert "1 rejected" in caption and "added" not in caption  # (the count of added figures shows once there is one)
    hidden = review()  # rejected figures are hidden by default: this one too
    assert not any(w.label == "Figure to review" for w in hidden.selectbox)


def test_sources_links_to_the_form_open_on_its_article(library):
    write_article(library / "articles", "2023-01-01-test-wire-another", "Estonia spends 3.4% of GDP on defence.")
    closed = review(opened=False)
    assert not closed.toggle(key="missed_open").value and not any(w.key == "missed_article" for w in closed.selectbox)
    first = review().selectbox(key="missed_article")
    assert first.value != "2024-03-05-test-wire-lithuania"  # the form does not start on the linked article by itself
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["article"] = "2024-03-05-test-wire-lithuania"
    at.switch_page("views/sources.py")
    at.run()
    assert not at.exception, at.exception
    next(b for b in at.button if b.label.endswith("Add it on the Review page")).click()
    at.run()
    assert not at.exception, at.exception
    assert dict(at.query_params)["add"] == "2024-03-05-test-wire-lithuania"  # the Review page, by URL
    assert at.toggle(key="missed_open").value  # the click lands on the Review page with the form open ...
    assert at.selectbox(key="missed_article").value == "2024-03-05-test-wire-lithuania"  # ... on its article
    form = AppTest.from_file(APP, default_timeout=30)
    form.query_params["add"] = "2024-03-05-test-wire-lithuania"
    form.switch_page("views/review.py")
    form.run()
    assert form.toggle(key="missed_open").value  # the link opens the form ...
    assert form.selectbox(key="missed_article").value == "2024-03-05-test-wire-lithuania"  # ... on its article


def test_the_numbers_it_left_out_are_offered_with_their_reason_and_fill_the_form(library):
    """The two counts of TEXT are read and turned away: both are offered, each with the reason the trace gives,
    and picking one puts it in the quote box at its place, ready to add."""
    from dashboard.extraction import ArticleInfo, extract_figures

    assert extract_figures(TEXT, ArticleInfo("t")) == []  # first, the premise: the extractor finds nothing here
    at = review()
    pick = at.selectbox(key="missed_pick")
    trace: list = []
    extract_figures(TEXT, ArticleInfo("t"), trace=trace)
    whys = [d.why for d in trace if d.number.kind != "year"]
    assert [o.split(" \u00b7 ")[0] for o in pick.options] == ["23,000", "17,000"]  # (one reason: text order)
    assert all(o.split(" \u00b7 ")[1].startswith(why) for o, why in zip(pick.options, whys, strict=True))
    at = pick.set_value(1).run()
    assert at.text_input(key="missed_quote").value == "17,000"
    at = add(at, "17,000", value=17000, year=2014)
    (added,) = ReviewStore(library / "reviews.sqlite3").additions()
    assert added.fields["start"] == TEXT.index("17,000") and added.fields["year"] == 2014


def test_the_form_starts_from_what_the_number_reader_makes_of_the_quote(library):
    """A count starts as active personnel; money as a budget in its currency; the reviewer can change either."""
    at = review()
    at.text_input(key="missed_quote").input("23,000").run()
    metric = next(w for w in at.selectbox if w.label == "Metric")
    assert metric.value == "active_personnel"
    write_article(library / "articles", "2024-03-06-test-wire-money", "Vilnius set aside $1.2 billion for the army.")
    at = review()
    at.selectbox(key="missed_article").set_value("2024-03-06-test-wire-money").run()
    at.text_input(key="missed_quote").input("$1.2 billion").run()
    assert next(w for w in at.selectbox if w.label == "Metric").value == "defense_budget"
    assert next(w for w in at.text_input if w.label.startswith("Currency")).value == "USD"
    assert next(w for w in at.number_input if w.label.startswith("Value")).value == 1.2e9


def test_an_addition_whose_quote_is_gone_is_listed_not_dropped(library):
    add(review(), "23,000")
    (library / "articles" / "2024-03-05-test-wire-lithuania.md").write_text(
        "---\ntitle: x\npublisher: Test Wire\npublished: 2024-03-05\n---\n" + TEXT.replace("23,000", "24,000") + "\n",
        encoding="utf-8")
    at = review(opened=False)
    assert not at.exception, at.exception
    listed = " ".join(t.value for t in at.text)
    assert "1 review decision no longer matches a figure" in " ".join(e.label for e in at.expander)
    assert "added figure (quote: '23,000')" in listed


def test_an_addition_outside_the_sidebar_filters_says_they_hide_it(library):
    """A user-level audit: a 2017 figure added while the years ran 2024-2031 said 'Added' and then was nowhere."""
    write_article(library / "articles", "2024-03-07-test-wire-japan",
                  "Tokyo approved a record 7.9 trillion yen defense budget for fiscal 2024.")
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["metric"] = ["Defense budget"]
    at.switch_page("views/review.py")
    at.run()
    at = at.toggle(key="missed_open").set_value(True).run()
    at = add(at.selectbox(key="missed_article").set_value("2024-03-05-test-wire-lithuania").run(), "17,000",
             value=17000, year=2014)
    message = " ".join(s.value for s in at.success)
    assert "Added:" in message and "The sidebar's filters hide it" in message
    shown = add(review(), "23,000")  # no filter: nothing to say
    assert "filters hide" not in " ".join(s.value for s in shown.success)


def test_articles_with_the_same_title_read_apart_in_the_sources_box(library):
    """A user-level audit: two articles with one title showed as two identical options (the id's '-2' was cut off)."""
    for n in ("a", "b"):
        (library / "articles" / f"2024-03-0{'5' if n == 'a' else '6'}-same-{n}.md").write_text(
            f"---\ntitle: Army grows\npublisher: Test Wire\npublished: 2024-03-0{'5' if n == 'a' else '6'}\n---\n"
            f"Lithuania's army grows, story {n}.\n", encoding="utf-8")
    at = AppTest.from_file(APP, default_timeout=30)
    at.switch_page("views/sources.py")
    at.run()
    options = [o for o in at.selectbox(key="article").options if o.startswith("Army grows")]
    assert len(options) == 2 and options[0].split(" (")[0] != options[1].split(" (")[0], options


def test_the_review_table_names_metrics_in_words(library):
    """A user-level audit: the Review table showed metric keys ('active_personnel') beside cards that say
    'Active personnel'."""
    add(review(), "23,000")
    table = review(opened=False).dataframe[0].value
    assert table["metric"].tolist() == ["Active personnel"]


def test_sources_counts_added_figures_and_leaves_rejected_ones_out(library):
    """A browser audit: the Sources table said 'Figures 0' beside an article with a reviewer's addition, and the
    article's rejected figures were listed and downloaded although the sidebar hides rejected figures."""
    text = "Estonia spends 3.4% of GDP on defence."
    write_article(library / "articles", "2023-01-01-test-wire-estonia", text)
    add(review().selectbox(key="missed_article").set_value("2024-03-05-test-wire-lithuania").run(), "17,000",
        value=17000, year=2014)

    def sources(**params) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=30)
        for key, value in params.items():
            at.query_params[key] = value
        at.switch_page("views/sources.py")
        return at.run()

    def counts(at: AppTest) -> dict:
        assert not at.exception, at.exception
        return at.dataframe[0].value.set_index("article_id")["figures"].to_dict()

    at = sources(article="2023-01-01-test-wire-estonia")
    assert counts(at) == {"2024-03-05-test-wire-lithuania": 1, "2023-01-01-test-wire-estonia": 1}
    ReviewStore(library / "reviews.sqlite3").record(
        f"2023-01-01-test-wire-estonia:{text.index('3.4%')}", article_id="2023-01-01-test-wire-estonia", quote="3.4%",
        metric="defense_share_gdp_pct", decision="reject")
    hidden = sources(article="2023-01-01-test-wire-estonia")
    assert counts(hidden)["2023-01-01-test-wire-estonia"] == 0
    assert any("0 figure(s) highlighted" in c.value for c in hidden.caption)
    shown = sources(article="2023-01-01-test-wire-estonia", rejected="true")
    assert counts(shown)["2023-01-01-test-wire-estonia"] == 1


def test_the_form_starts_from_the_country_and_year_its_sentence_names(library):
    """A browser audit typed the owner and year in by hand though the sentence named both ('The Japanese defense
    budget ... for the fiscal year 2017'). One country and one year named: they are filled in, to be checked;
    a sentence naming none (TEXT's) leaves the boxes empty."""
    write_article(library / "articles", "2023-01-01-test-wire-estonia", "Estonia put 3.4% of its output into the forces in 2024.")
    at = review().selectbox(key="missed_article").set_value("2023-01-01-test-wire-estonia").run()
    at.text_input(key="missed_quote").input("3.4%").run()
    assert not at.exception, at.exception
    owner = next(w for w in at.selectbox if w.label == "Whose figure")
    year = next(w for w in at.number_input if w.label.startswith("Year"))
    assert (owner.value, year.value) == ("EST", 2024)
    assert any("filled in: check them" in c.value for c in at.caption)
    plain = review().selectbox(key="missed_article").set_value("2024-03-05-test-wire-lithuania").run()
    plain.text_input(key="missed_quote").input("23,000").run()
    assert next(w for w in plain.selectbox if w.label == "Whose figure").value is None


def test_a_quote_with_no_number_suggests_no_metric_and_one_must_be_chosen(library):
    """A browser audit: a typed phrase defaulted the metric to 'Troops deployed abroad', the first of the list."""
    at = review()
    at.text_input(key="missed_quote").input("army is growing").run()
    metric = next(w for w in at.selectbox if w.label == "Metric")
    assert metric.value is None
    next(w for w in at.selectbox if w.label == "Whose figure").set_value("LTU")
    next(w for w in at.number_input if w.label.startswith("Value")).set_value(1.0)
    next(b for b in at.button if b.label == "Add this figure").click()
    at.run()
    assert any("choose what the figure measures" in w.value for w in at.warning)
    assert ReviewStore(library / "reviews.sqlite3").additions() == []
