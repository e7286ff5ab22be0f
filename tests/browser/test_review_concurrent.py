"""In a real browser, two reviewers on one figure: the second save is refused, not silently applied.

B loads the Review page, A accepts the figure B is looking at, then B rejects it. The page must
pass the version B saw to the store, so B's reject is refused with "changed since you loaded it"
and B sees A's decision; the log holds A's decision only. Then A changes their mind (reject) and
B, still looking at A's accept, saves again: refused again (the page used to re-read the version
at the click, so this second save went through over a decision B never saw).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dashboard.tables.reviews import ReviewStore
from tests.browser.conftest import CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT, open_page, seed_data_dir, wait_for_app


@pytest.fixture
def app_data_dir(tmp_path_factory) -> Path:
    """A data folder holding only the seed article (three figures)."""
    return seed_data_dir(tmp_path_factory)


@pytest.fixture
def two_pages(tmp_path_factory) -> Iterator[tuple[Any, Any]]:
    """Two pages in two separate browser profiles: two users, two Streamlit sessions."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        contexts = [pw.chromium.launch_persistent_context(str(tmp_path_factory.mktemp(f"profile-{who}")),
                                                          executable_path=CHROMIUM_PATH, headless=True,
                                                          args=CHROMIUM_ARGS, viewport=VIEWPORT)
                    for who in ("a", "b")]
        try:
            pages = [c.pages[0] if c.pages else c.new_page() for c in contexts]
            for p in pages:
                p.set_default_timeout(30_000)
            yield pages[0], pages[1]
        finally:
            for c in contexts:
                c.close()


def main_text(page) -> str:
    return page.locator('[data-testid="stMain"]').inner_text()


def chosen_figure(page) -> str:
    """The label of the figure picked in 'Figure to review' (it ends with the figure id)."""
    return page.get_by_role("combobox", name="Figure to review").input_value()


def save(page, decision: str) -> None:
    form = page.locator('[data-testid="stForm"]')
    form.get_by_text(decision, exact=True).click()
    form.get_by_role("button", name="Save decision").click()


def test_second_reviewer_on_a_stale_version_is_refused_and_sees_the_first_decision(
        app_server_factory, app_data_dir, two_pages, screenshot):
    server = app_server_factory(app_data_dir)
    a, b = two_pages
    open_page(b, server.url, "review")  # B loads first
    open_page(a, server.url, "review")
    figure_b = chosen_figure(b)
    assert chosen_figure(a) == figure_b and figure_b.endswith(")")  # both look at the first figure of the queue

    save(a, "Accept")
    a.locator('[data-testid="stAlertContentSuccess"]').filter(has_text="Saved: accept").wait_for()
    store = ReviewStore(app_data_dir / "reviews.sqlite3")
    (accepted,) = store.latest().values()

    save(b, "Reject")
    b.get_by_text("changed since you loaded it").wait_for()
    wait_for_app(b)
    shown = main_text(b)
    screenshot(b, "review-stale-second-reviewer")
    assert "Saved: reject" not in shown
    assert "accept" in shown.split("changed since you loaded it", 1)[1]  # A's decision is shown to B
    log = store.log()
    assert list(log["decision"]) == ["accept"], log  # B's reject was not written
    assert store.latest() == {accepted.figure_id: accepted}

    # round 2: A rejects after all; B, who saw A's accept, presses Save again
    save(a, "Reject")
    a.locator('[data-testid="stAlertContentSuccess"]').filter(has_text="Saved: reject").wait_for()
    b.locator('[data-testid="stForm"]').get_by_role("button", name="Save decision").click()
    b.locator("[data-testid=stMarkdownContainer]").filter(has_text="Their decision: reject").wait_for()
    wait_for_app(b)
    assert "changed since you loaded it" in main_text(b)
    assert list(store.log()["decision"]) == ["reject", "accept"]  # A's two decisions, none of B's

    # round 3: the rejected figure left B's list (rejected ones are hidden), so B's form now shows
    # another figure; a decision saved on it lands on that one, the one B sees
    now_b = chosen_figure(b)
    assert now_b != figure_b
    save(b, "Accept")
    b.locator('[data-testid="stAlertContentSuccess"]').filter(has_text="Saved: accept").wait_for()
    newest = store.log().iloc[0]
    assert newest["decision"] == "accept" and newest["figure_id"] != accepted.figure_id
    assert newest["figure_id"] in now_b
