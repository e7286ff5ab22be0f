"""AppTest: every page runs, filters work from widgets and from the URL, downloads, empty states."""

from __future__ import annotations

import gc
import json
import re
from pathlib import Path

import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from tests.app.conftest import write_article

pytestmark = pytest.mark.slow  # drives the Streamlit app (AppTest)

REPO = Path(__file__).resolve().parents[2]
APP = str(REPO / "dashboard" / "app" / "main.py")
VIEWS = sorted(p.name for p in (REPO / "dashboard" / "views").glob("*.py"))
GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "seed_figures.csv"
DATA_PAGES = ["overview.py", "troops.py", "active.py", "budgets.py", "data.py"]



@pytest.fixture
def library(articles_dir, monkeypatch) -> Path:
    """A data folder with the seed article and a second one (Japan); review db empty."""
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(articles_dir.parent))
    return articles_dir.parent



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
    from tests.app.conftest import KEPT_MEDIA_STORES

    file_id = button.proto.url.rsplit("/", 1)[-1].split(".")[0]
    for store in [*reversed(KEPT_MEDIA_STORES), *(o for o in gc.get_objects() if isinstance(o, MemoryMediaFileStorage))]:
        if file_id in store._files_by_id:
            return store.get_file(file_id)
    raise AssertionError(f"no media file {file_id}")


def test_download_csv_matches_golden_file(seed_only):
    """The filtered-view download (no filter: the whole table) is byte-for-byte the golden CSV."""
    at = app("data.py")
    buttons = at.get("download_button")[:2]  # the third, the reference table, is built on click
    assert [_download(b).filename for b in buttons] == ["defense-figures_all.csv", "defense-figures_whole-table.csv"]
    assert _download(buttons[0]).content.decode("utf-8") == GOLDEN.read_text(encoding="utf-8")


def test_download_name_says_what_is_inside(library):
    at = app("data.py", country=["Japan"])
    assert _download(at.get("download_button")[0]).filename == "defense-figures_JPN.csv"


@pytest.mark.parametrize(("page", "name"), [
    ("troops.py", "defense-figures_troops-abroad.csv"),
    ("budgets.py", "defense-figures_budgets.csv"),
    ("sources.py", "defense-figures_2025-11-03-econotimes-hegseth-south-korea.csv"),
])
def test_a_page_that_shows_part_of_the_table_names_its_download_for_it(library, page, name):
    """A UX check: Troop strength's 'Download these figures' (its 2 deployments) was named defense-figures_all.csv."""
    at = app(page)
    these, whole = (_download(b) for b in at.get("download_button")[:2])
    assert these.filename == name and whole.filename == "defense-figures_whole-table.csv"


def test_the_sources_download_is_not_named_for_filters_it_does_not_apply(library):
    """A user-level audit: /sources?confidence=0.8 offered '..._confidence-0.8-up.csv' holding figures at 0.77 and
    0.6 (an article's figures are all listed there, whatever the sidebar asks)."""
    at = app("sources.py", confidence="0.8", article="2025-11-03-econotimes-hegseth-south-korea")
    assert not at.exception, at.exception
    these = _download(at.get("download_button")[0])
    assert these.filename == "defense-figures_2025-11-03-econotimes-hegseth-south-korea.csv"
    assert these.content.decode("utf-8").count("\n") - 1 == 3  # the article's three figures, whatever their confidence


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


def _queue(at: AppTest) -> list[tuple[str, int, float]]:
    """(article id, offset, confidence) of the Review page's table, top to bottom."""
    table = at.dataframe[0].value
    return [(fid.rsplit(":", 1)[0], int(fid.rsplit(":", 1)[1]), float(c))
            for fid, c in zip(table["figure_id"], table["confidence"], strict=True)]


def test_review_lists_low_confidence_figures_first(scored_library):
    """Issue: low-confidence figures come first on the Review page, then article by article in reading order."""
    at = app("review.py")
    assert not at.exception, at.exception
    queue = _queue(at)
    assert [a for a, _, _ in queue] == ["b-second", "c-third", "a-first", "c-third"]
    assert [c for _, _, c in queue] == [0.45, 0.5, 0.9, 0.9]
    assert queue[1][1] > queue[3][1]  # c-third's low figure (the budget) stands after its troops in the text
    # the first figure offered for review is the least certain one, and its card says so
    assert at.selectbox(key="review_figure").value.startswith("b-second:")
    shown = texts(at)
    assert "Low confidence \u2014 check the passage" in shown and "confidence 0.45 (low)" in shown
    assert "2 figures to review have low confidence (< 0.6)" in shown


def test_review_says_how_the_figure_was_read_and_where_its_owner_came_from(library):
    """A quarter of the figures wrong at first contact had the wrong owner, which the highlighted quote does not
    show: the card names the rule and where the owner was taken from, with that evidence's fresh-text record."""
    from dashboard.tables.readings import OWNER_FROM, first_contact_rates

    at = app("review.py")
    assert not at.exception, at.exception
    line = next(c.value for c in at.caption if c.value.startswith("Read as "))
    line = re.sub(r"\\(.)", r"\1", line).replace("\u2060", "")  # as the page reads, markdown escapes undone
    how = next(k for k in first_contact_rates() if f"owner: {OWNER_FROM[k]}." in line)
    right, shown = first_contact_rates()[how]
    assert f"{right / shown:.0%} of {shown:,} figures with owners found this way were right" in line


def test_reviewed_figures_leave_the_front_of_the_queue_and_count_as_confident(scored_library):
    """Accepting the low-confidence figure sends it behind the ones still to review, at confidence 1."""
    from dashboard import schema
    from dashboard.paths import reviews_path
    from dashboard.tables.reviews import ReviewStore

    first = app("review.py")
    fid = first.dataframe[0].value["figure_id"].iloc[0]
    row = first.dataframe[0].value.iloc[0]
    metric = next(k for k, m in schema.METRICS.items() if m.label == row["metric"])  # the table shows the label
    ReviewStore(reviews_path(scored_library)).record(fid, article_id="b-second", quote=row["quote"],
                                                     metric=metric, decision="accept")
    queue = _queue(app("review.py"))
    assert (queue[0][0], queue[0][2]) == ("c-third", 0.5)
    assert queue[-1] == ("b-second", int(fid.rsplit(":", 1)[1]), 1.0)
    data = app("data.py").dataframe[0].value
    accepted = data[data["figure_id"] == fid].iloc[0]
    assert accepted["confidence"] == 1.0 and accepted["original_confidence"] == 0.45


def test_passage_cards_say_the_confidence_and_flag_low_ones(scored_library):
    """Every passage card beside a chart says its confidence; low ones carry the check-the-passage caption."""
    at = app("troops.py")
    assert not at.exception, at.exception
    shown = texts(at)
    assert "confidence 0.9" in shown and "confidence 0.45 (low)" in shown
    assert shown.count("Low confidence \u2014 check the passage") == 1  # b-second's troops only
    overview = app("overview.py", table="true")  # the table is built only with its expander open
    latest = overview.dataframe[0].value
    assert {"confidence", "stage_label", "check"} <= set(latest.columns)
    assert "low: check the passage" in set(latest["check"])


def test_an_article_whose_extraction_raises_costs_only_its_own_figures(library, monkeypatch):
    """Regression (batch isolation in the app): one article's extraction error is listed by name; the rest show."""
    from dashboard.tables import rows as tables

    real = tables.extract_figures

    def flaky(text, info):
        if "Tokyo approved" in text:
            raise ValueError("boom")
        return real(text, info)

    monkeypatch.setattr(tables, "extract_figures", flaky)
    at = app("data.py")
    assert not at.exception
    shown = "\n".join(t.value for t in at.text)
    assert "2024-03-05-wire-japan-budget.md: extraction failed (ValueError: boom)" in shown
    assert "28,500" in texts(app("troops.py"))  # the seed article's deployment is still on screen


def test_a_link_by_article_id_opens_that_article(library):
    """Issue item 13: /sources?article=<id> opens exactly that article (the URL held the label before)."""
    at = app("sources.py", article="2024-03-05-wire-japan-budget")
    assert not at.exception, at.exception
    assert at.selectbox(key="article").value == "2024-03-05-wire-japan-budget"
    shown = texts(at)
    assert "Tokyo approved a record" in shown and "Washington is reportedly considering" not in shown.split(
        "Figures in this article")[0]
    at.selectbox(key="article").set_value("2025-11-03-econotimes-hegseth-south-korea").run()
    assert at.query_params["article"] in ("2025-11-03-econotimes-hegseth-south-korea",
                                          ["2025-11-03-econotimes-hegseth-south-korea"])  # the id, not the label
    unknown = app("sources.py", article="no-such-article")
    assert not unknown.exception and "no\\-such\\-article" in raw_texts(unknown)


# --- Review: concurrent reviewers, the form, the tables ----------------------------------------


def _record(data: Path, figure_id: str, decision: str, **fields) -> None:
    """Another reviewer's decision, written straight to the log (as a second session would)."""
    from dashboard.paths import reviews_path
    from dashboard.tables.reviews import ReviewStore

    at = app("data.py")  # the figure's anchor (article, metric, quote) as the extractor found it
    row = at.dataframe[0].value.set_index("figure_id").loc[figure_id]
    ReviewStore(reviews_path(data)).record(figure_id, article_id=figure_id.rsplit(":", 1)[0], quote=row["quote"],
                                           metric=row["metric"], decision=decision, fields=fields or None)


def _log(data: Path) -> list[tuple[str, str]]:
    from dashboard.paths import reviews_path
    from dashboard.tables.reviews import ReviewStore

    log = ReviewStore(reviews_path(data)).log()
    return list(zip(log["figure_id"], log["decision"], strict=True))


def test_bulk_reject_over_another_reviewers_accept_is_refused(seed_only):
    """Regression: B picks a figure, A accepts it, B bulk-rejects: B's reject went through silently (the page
    read the version at the click, not the one B saw). It is refused, and nothing of B's is written."""
    b = app("review.py")
    second = next(fid for fid in b.dataframe[0].value["figure_id"] if fid != b.selectbox(key="review_figure").value)
    b.multiselect(key="review_bulk").set_value([second]).run()
    _record(seed_only, second, "accept")
    next(x for x in b.button if x.label == "Reject selected").click().run()
    assert not b.exception, b.exception
    assert "changed since you loaded it" in "\n".join(e.value for e in b.error)
    assert "Their decision: **accept**" in texts(b)
    assert _log(seed_only) == [(second, "accept")]


def _save(at: AppTest) -> AppTest:
    return next(b for b in at.button if b.label == "Save decision").click().run()


def test_review_preselects_no_decision_and_refuses_an_edit_saved_as_accept(seed_only):
    """Regression: 'Accept' was preselected, so editing a value and pressing Save recorded 'accept' and dropped
    the edit without a word. No decision is preselected; Accept with an edited field warns and saves nothing;
    Correct saves the edit."""
    at = app("review.py")
    # the figure with a value to edit (the least confident comes first, and that may be a qualitative trend)
    numeric = next(o for o in at.selectbox(key="review_figure").options if o.endswith(":848")
                   or "28,500" in o)
    at.selectbox(key="review_figure").set_value(numeric).run()
    fid = at.selectbox(key="review_figure").value
    assert fid.endswith(":848"), fid

    def decision():
        return next(r for r in at.radio if r.label == "Decision")

    assert decision().value is None
    _save(at)
    assert "choose Accept, Reject or Correct first" in "\n".join(w.value for w in at.warning)
    assert _log(seed_only) == []

    value = next(n for n in at.number_input if n.label == "Value")
    value.set_value(value.value + 1000)
    decision().set_value("accept")
    _save(at)
    assert not at.exception, at.exception
    warned = "\n".join(w.value for w in at.warning)
    assert "Nothing saved: you changed Value" in warned and "Correct" in warned
    assert _log(seed_only) == []  # neither an accept nor the edit

    decision().set_value("correct")
    _save(at)
    assert not at.exception, at.exception
    assert _log(seed_only) == [(fid, "correct")]
    saved = "\n".join(s.value for s in at.success).replace("\\", "")  # the figure in words (an audit read its id)
    assert "Saved: correct for United States \u00b7 Troops deployed abroad \u00b7 \u201c28,500\u201d" in saved, saved
    assert fid not in saved
    assert decision().value is None  # the next decision starts from nothing again
    data = app("data.py").dataframe[0].value
    fixed = data[data["figure_id"] == fid].iloc[0]
    assert fixed["status"] == "corrected"
    assert "Quote (as the extractor found it" in texts(at)  # the quote stays, marked as the extractor's original


def test_a_refused_address_gets_no_offline_hint(library):
    """Issue 9 item 3: 'loopback address refused' is not a network problem, so no 'save the page as .html' hint."""
    at = app("add.py")
    box = next(t for t in at.text_input if t.label == "Page address")
    box.input("http://127.0.0.1:9/x")
    next(b for b in at.button if b.label == "Fetch and preview").click()
    at.run()
    errors = " ".join(e.value for e in at.error)
    assert errors and "save the page as .html" not in errors


def test_an_empty_preview_takes_the_earlier_preview_and_its_save_button_away(library):
    """A UX check: after a preview, clearing the text and pressing Preview again said 'Paste some article text
    first.' under the old preview, whose Save button still worked."""
    at = app("add.py")
    at.text_area[0].input("About 1,200 Irish troops are serving with UNIFIL in Lebanon, the Defence Forces said.")
    next(b for b in at.button if b.label == "Preview figures").click()
    at.run()
    assert any(b.label == "Save to the library" for b in at.button)
    at.text_area[0].input("   ")
    next(b for b in at.button if b.label == "Preview figures").click()
    at.run()
    assert "Paste some article text first." in " ".join(e.value for e in at.error)
    assert not any(b.label == "Save to the library" for b in at.button)


@pytest.mark.parametrize(("text", "title", "kept"), [
    ("Irish troops stay in Lebanon\n\nAbout 1,200 Irish troops are serving with UNIFIL in Lebanon, the Defence "
     "Forces said.", "Irish troops stay in Lebanon", "About 1,200 Irish troops are serving"),  # a headline pasted along
    ("About 1,200 Irish troops are serving with UNIFIL in Lebanon, the Defence Forces said on Monday.",
     "About 1,200 Irish troops are serving with UNIFIL in Lebanon\u2026", "About 1,200 Irish troops are serving"),
])
def test_an_untitled_paste_is_saved_under_what_it_says_not_as_pasted(library, text, title, kept):
    """A UX check: pasted text with no title was listed and saved as 'pasted'. Its headline (or first words)
    names it now, and a one-paragraph paste keeps its text (a title equal to the paragraph would drop it)."""
    before = set((library / "articles").iterdir())
    at = app("add.py")
    at.text_area[0].input(text)
    next(b for b in at.button if b.label == "Preview figures").click()
    at.run()
    assert not at.error
    next(b for b in at.button if b.label == "Save to the library").click()
    at.run()
    (new,) = set((library / "articles").iterdir()) - before
    stored = new.read_text(encoding="utf-8")
    assert f"title: {title}" in stored and kept in stored and "pasted" not in new.name
    assert any(title in m.value.replace("\\", "") for m in at.markdown), [m.value for m in at.markdown]


def _no_none(at: AppTest) -> None:
    """No element shows a bare 'None' (a function's return value written by Streamlit's magic)."""
    for element in at.main:
        assert str(getattr(element, "value", "")).strip("`") != "None", element


@pytest.mark.parametrize(("page", "params", "says"), [
    ("troops.py", {"country": ["Japan"], "metric": ["Defense budget"]},
     "No troop deployments for Japan · Defense budget. Japan · Defense budget has 1 defense budget figure on "
     "Budget trends."),
    ("active.py", {"country": ["Japan"]},
     "No active or reserve personnel figures for Japan. Japan has 1 troops deployed abroad figure on Troop strength; "
     "1 defense budget figure on Budget trends."),
    ("budgets.py", {"metric": ["Active personnel"]},
     "No budget figures for Active personnel. Active personnel has 1 active personnel figure on Active forces."),
])
def test_chart_page_without_its_figures_says_where_the_filter_has_some(library, page, params, says):
    """Regression: an empty chart page printed a literal None under 'No figures match these filters' and did not
    say that the filter has figures on other pages."""
    at = app(page, **params)
    assert not at.exception, at.exception
    assert says in texts(at)
    _no_none(at)


@pytest.mark.parametrize("page", DATA_PAGES + ["review.py"])
def test_filter_matching_nothing_says_so_without_a_stray_none(library, page):
    at = app(page, country=["Japan"], metric=["Budget trend (qualitative)"])
    assert not at.exception, at.exception
    shown = texts(at)
    assert "No figures match these filters (Japan · Budget trend (qualitative))" in shown
    assert "The library has 2 troops deployed abroad figures on Troop strength" in shown  # where the data is
    _no_none(at)


@pytest.mark.parametrize("page", ["data.py", "review.py"])
def test_figure_tables_lead_with_what_a_reader_looks_for_and_end_with_ids(library, page):
    """Regression: the Data and Review tables led with article_id and figure_id, and money showed as 6.63e13.
    They lead with country, metric, value (thousands separators and unit, never an exponent), year, quote."""
    table = app(page).dataframe[0].value
    assert list(table.columns[:5]) == ["country", "metric", "value", "year", "quote"]
    assert table.columns[-1] == "figure_id" and "figure_id" not in table.columns[:-1]
    if "article_id" in table.columns:
        assert list(table.columns[-2:]) == ["article_id", "figure_id"]
    values = set(table["value"])
    assert {"28,500 persons", "7,900,000,000,000 JPY", "claimed increase"} <= values, values
    assert not any("e+" in v or "e1" in v for v in values)


def _sidebar(at: AppTest) -> str:
    return "\n".join(c.value for c in at.sidebar.caption)


@pytest.mark.parametrize(("threshold", "expected"), [(0.65, "1 figure to review has low confidence"),
                                                   (0.85, "2 figures to review have low confidence")])
def test_counts_agree_with_their_number(seed_only, monkeypatch, threshold, expected):
    """Regression: '1 articles', 'Download these 1 figures', '1 figure(s)'. The threshold is set here so that one,
    then two, of the seed's figures (confidence 0.87, 0.8, 0.6 today) are low whatever a recalibration moves:
    the test once relied on the seed holding a figure under 0.6 and failed when a recalibration put it at 0.6."""
    from dashboard.charts import style

    confidences = sorted(float(c) for c in _seed_confidences())
    monkeypatch.setattr(style, "LOW_CONFIDENCE", threshold)
    n_low = sum(c < threshold for c in confidences)
    assert n_low == int(expected.split()[0]), f"the seed's confidences moved ({confidences}): pick thresholds again"
    at = app("data.py", years=["2026", "2026"])
    assert "1 article \u00b7 3 figures" in _sidebar(at)
    labels = [b.label for b in at.get("download_button")]
    assert labels[:2] == ["Download these figures (1 figure, CSV)", "Download the whole table (3 figures)"]
    review = app("review.py")
    shown = texts(review) + _sidebar(review)
    assert expected in shown
    assert not re.search(r"\b1 (articles|figures|decisions)\b|\(s\)", shown + "\n".join(labels))


def _seed_confidences() -> list[float]:
    from dashboard.cli_extract import read_one
    from dashboard.extraction import ArticleInfo, extract_figures
    from dashboard.paths import articles_dir

    path = next(articles_dir().iterdir())
    article = read_one(str(path))
    return [f.confidence for f in extract_figures(article.text, ArticleInfo(article.article_id, article.published))]


def test_tables_name_hosts_like_owners_and_regions_by_their_table_name(tmp_path, monkeypatch):
    """Regression: hosts showed as codes (KOR, EUROPE) beside owners shown as names."""
    folder = tmp_path / "articles"
    folder.mkdir()
    write_article(folder, "a-korea", "About 28,500 U.S. troops are stationed in South Korea, officials said.")
    write_article(folder, "b-europe", "About 80,000 U.S. troops are stationed in Europe, officials said.")
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path))
    for page in ("data.py", "review.py"):
        table = app(page).dataframe[0].value
        assert set(table["host"]) == {"South Korea", "Europe (region)"}, table["host"]
        assert set(table["country"]) == {"United States"}
    assert "host_iso3" not in app("review.py").dataframe[0].value.columns


def test_sidebar_counts_follow_a_review_save_in_the_same_run(seed_only):
    """Regression: the sidebar count was drawn before the Review page saved, so it showed the old state."""
    at = app("review.py")
    assert "3 to review" in _sidebar(at)
    next(r for r in at.radio if r.label == "Decision").set_value("reject")
    _save(at)
    assert not at.exception, at.exception
    assert "2 to review \u00b7 1 rejected" in _sidebar(at)
    assert len(at.sidebar.caption) == len(app("review.py").sidebar.caption)  # redrawn in place, not added
    # the page's own count agrees while the rejected figure is hidden (it said "0 rejected")
    assert "2 extracted \u00b7 0 accepted \u00b7 0 corrected \u00b7 1 rejected (rejected ones hidden" in texts(app("review.py"))


def test_a_page_with_nothing_of_its_kind_says_so_without_a_stray_object(tmp_path, monkeypatch):
    """Issue 9 item 10: with no filter and nothing of the page's kind, the page says so and prints no 'DeltaGenerator'."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "2024-03-05-jp.md").write_text(
        "---\ntitle: Japan budget\npublisher: Test Wire\npublished: 2024-03-05\n---\n"
        "Tokyo approved a record 7.9 trillion yen defense budget for fiscal 2024.\n", encoding="utf-8")
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path))
    at = app("troops.py")
    assert not at.exception
    assert any("No troop deployments in the library yet" in i.value for i in at.info)
    assert "DeltaGenerator" not in raw_texts(at) + " ".join(str(e.value) for e in at.get("help"))


def test_the_metrics_page_draws_any_declared_metric(library):
    """The generic page lists the metrics present and draws the chosen one from its declaration."""
    at = app("metrics.py")
    assert not at.exception
    assert at.selectbox[0].label == "Metric"
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["data"], "a chart is drawn for the first metric present"
    at = app("metrics.py", measure="defense_budget")
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert "Defense budget" in spec["layout"]["title"]["text"]


def test_recent_articles_leave_out_a_missing_publisher_or_date(tmp_path, monkeypatch):
    """A UX check: a pasted article with no publisher or date was listed as 'pasted ·  ·  · 0 figure(s)'."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "pasted.txt").write_text("About 1,200 Irish troops serve with UNIFIL in Lebanon.\n",
                                                      encoding="utf-8")
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path))
    at = app("overview.py")
    assert not at.exception, at.exception
    recent = next(m.value for m in at.markdown if m.value.startswith("- **pasted"))  # the recent-articles list
    assert "\u00b7  \u00b7" not in recent and "\u00b7 \u00b7" not in recent
    assert recent == "- **pasted** \u00b7 1 figure"


def test_a_paste_error_leaves_out_the_internal_file_name(library):
    """A UX check: a bad link's error began with 'pasted.txt:', a name the user never gave."""
    at = app("add.py")
    at.text_area[0].input("About 1,200 Irish troops serve with UNIFIL in Lebanon.")
    next(t for t in at.text_input if t.label == "Link (http or https)").input("javascript:alert(4)")
    next(b for b in at.button if b.label == "Preview figures").click()
    at.run()
    error = re.sub(r"\\(.)", r"\1", " ".join(e.value for e in at.error))
    assert error.startswith("Link 'javascript") and "is not an http(s) address" in error and "pasted" not in error


def test_review_corrects_a_budgets_currency(library):
    """A browser audit: a '$' budget of an Australian article was read as US dollars and the form had no currency
    to correct. The Review form takes an ISO code; the CSV's dollar value follows it."""
    at = app("review.py")
    budget = next(o for o in at.selectbox(key="review_figure").options if "7.9 trillion yen" in o or "yen" in o)
    at.selectbox(key="review_figure").set_value(budget).run()
    fid = at.selectbox(key="review_figure").value
    box = next(t for t in at.text_input if t.label.startswith("Currency"))
    assert box.value == "JPY"
    next(r for r in at.radio if r.label == "Decision").set_value("correct")
    box.set_value("usd")
    _save(at)
    assert not at.exception, at.exception
    from dashboard.paths import reviews_path
    from dashboard.tables.reviews import ReviewStore

    assert ReviewStore(reviews_path(library)).latest()[fid].fields == {"currency": "USD"}
    row = app("data.py").dataframe[0].value.set_index("figure_id").loc[fid]
    assert row["status"] == "corrected" and row["currency"] == "USD"


def test_the_overview_counts_the_articles_behind_the_figures_in_view(library):
    """A browser audit: with Countries = Estonia the Overview still said '4 articles', the whole library's."""
    whole = " ".join(m.value for m in app().markdown)
    assert "**2** articles · " in whole
    japan = " ".join(m.value for m in app(country=["Japan"]).markdown)
    assert "**1** article (of 2) · " in japan


def test_pasting_a_saved_text_again_names_no_file_the_user_never_gave_and_an_empty_save_says_so(library):
    """A browser audit: 'pasted.txt: already in the library as ...', and 'Saved ... with 0 figure(s). They are on every
    page now.' for a text with no figures."""
    at = app("add.py")
    at.text_area[0].input("The parade in the capital drew large crowds on Sunday, the ministry said.")
    next(b for b in at.button if b.label == "Preview figures").click()
    at.run()
    next(b for b in at.button if b.label == "Save to the library").click()
    at.run()
    saved = " ".join(s.value for s in at.success)
    assert "No figures were found" in saved and "on every page now" not in saved
    at = app("add.py")
    at.text_area[0].input("The parade in the capital drew large crowds on Sunday, the ministry said.")
    next(b for b in at.button if b.label == "Preview figures").click()
    at.run()
    warned = " ".join(w.value for w in at.warning)
    assert warned.startswith("This text: already in the library as") and "pasted" not in warned.split(" as ")[0]


def test_the_data_dictionary_shows_each_meaning_in_full(library):
    """A browser audit: the dictionary's 'meaning' column was cut off at the grid's right edge (a canvas grid does not
    wrap); static tables wrap."""
    from dashboard import schema

    at = app("data.py")
    tables = [t.value for t in at.table]
    assert len(tables) == 2 and len(at.dataframe) == 1  # the figures stay in the grid; the dictionaries are tables
    longest = max(schema.FIGURE_COLUMNS, key=lambda c: len(c.description))
    assert tables[0].loc[longest.name, "meaning"] == longest.description


def test_the_upload_tab_offers_a_date_and_publisher_for_files_that_state_none(library):
    """A browser audit: the upload tab had no date field, so an undated saved page's figures had no year."""
    at = app("add.py")
    assert at.date_input(key="upload-published").value is None
    assert at.text_input(key="upload-publisher").label == "Publisher, for files that name none"
