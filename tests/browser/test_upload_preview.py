"""In a real browser: a preview belongs to the file it was made from. Replacing the uploaded file (which the
uploader does at once, without Preview) takes the old preview and its Save button away, so nothing can store a
file the user removed (found by a user-level audit: Save stored the removed file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import open_page, seed_data_dir, wait_for_app


@pytest.fixture
def app_data_dir(tmp_path_factory) -> Path:
    return seed_data_dir(tmp_path_factory)


def upload(page, name: str, text: str) -> None:
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
        [{"name": name, "mimeType": "text/plain", "buffer": text.encode("utf-8")}])
    wait_for_app(page)


def test_replacing_the_uploaded_file_drops_the_old_preview(app_server_factory, app_data_dir, browser_page, screenshot):
    server = app_server_factory(app_data_dir)
    page = browser_page
    open_page(page, server.url, "add")
    page.get_by_role("tab", name="Upload files").click()
    upload(page, "first.txt", "About 1,200 Irish troops serve with UNIFIL in Lebanon, the Defence Forces said.")
    page.get_by_role("button", name="Preview figures").click()
    page.get_by_role("button", name="Save to the library").wait_for()
    wait_for_app(page)
    page.locator('[data-testid="stFileChipDeleteBtn"]').first.click()  # remove first.txt ...
    wait_for_app(page)
    upload(page, "second.txt", "Some 5,000 Nepali peacekeepers serve in South Sudan, the army said on Monday.")  # ...
    # and add another: the list now holds second.txt alone, in the place first.txt's preview was made for
    page.wait_for_function("() => !document.body.innerText.includes('Save to the library')", timeout=30_000)
    screenshot(page, "upload-replaced-preview-gone")
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "1,200" not in main and "first" not in main.split("Upload files", 1)[-1].split("second.txt")[-1]
    page.get_by_role("button", name="Preview figures").click()  # the new file previews and saves as itself
    page.get_by_role("button", name="Save to the library").click()
    page.locator('[data-testid="stAlertContentSuccess"]').filter(has_text="Saved as").wait_for()
    saved = [p.read_text(encoding="utf-8") for p in (app_data_dir / "articles").iterdir() if "econotimes" not in p.name]
    assert len(saved) == 1 and "5,000 Nepali" in saved[0]
