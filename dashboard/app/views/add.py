"""Add articles: paste text, upload files or fetch a URL; preview the figures; save atomically."""

from datetime import date

import streamlit as st

from dashboard.app import ui
from dashboard.ingest.articles import ArticleError
from dashboard.paths import data_dir
from dashboard.tables import library as lib
from dashboard.tables.frames import compared, figures_frame

st.title("Add articles")
st.caption("Articles are saved as files in the library folder (with a small header for title, publisher, date and "
           "link). Before anything is saved you see the figures the extractor finds, each with its sentence.")
root = data_dir()


def show_preview(prepared: lib.Prepared, key: str) -> None:
    """The figures found in a prepared article, and a Save button (unless it is already in the library)."""
    name = "This text" if prepared.display_name == PASTED else ui.md_escape(prepared.display_name)  # (no name the user never gave)
    if prepared.duplicate_of:
        st.warning(f"{name}: already in the library as {ui.md_escape(prepared.duplicate_of)}. Nothing to save.")
        return
    for w in prepared.warnings:
        st.caption(f"{name}: {ui.md_escape(w)}")
    figures = compared(figures_frame(prepared.figures))[0]  # beside the World Bank values, as they will be shown
    st.markdown(f"**{ui.md_escape(prepared.article.title or prepared.article_id)}**: "
                f"{len(figures)} figure(s) found; will be saved as {ui.md_escape(prepared.filename)}.")
    if figures.empty:
        st.caption("No defense figures found in this text. You can still save it.")
    else:
        ui.render_passages(figures, heading="Preview", limit=20)
    if key == "paste":  # a form sends its fields on Preview only: an edit since then is not what Save stores
        st.caption("Save stores the text and details as previewed here. Changed them since? Press Preview figures "
                   "again first.")
    if st.button("Save to the library", key=f"save-{key}", type="primary"):
        try:
            path = lib.save(prepared, data=root)
        except ArticleError as exc:
            st.error(ui.md_escape(str(exc)))
        else:
            st.session_state.pop(f"prepared-{key}", None)
            st.success(f"Saved as {ui.md_escape(path.name)} with {len(figures)} figure(s). They are on every page now."
                       if len(figures) else f"Saved as {ui.md_escape(path.name)}. No figures were found in it: it is on "
                       "the Sources page, where a figure the extractor missed can be added.")


def upload_signature(up) -> tuple[str, str, int]:
    """Which file a preview was made from: the uploader's id for it, its name and size (no read of its bytes: this
    runs for every uploaded file on every rerun)."""
    return up.file_id, up.name, up.size


PASTED = "pasted.txt"  # the name pasted text is read under; the user never gave it, so messages leave it out


def prepare_or_report(data: bytes, filename: str, key: str, **meta) -> None:
    try:
        with st.spinner("Reading the article and finding figures\u2026"):
            st.session_state[f"prepared-{key}"] = lib.prepare(data, filename, root=root, **meta)
    except ArticleError as exc:
        st.session_state.pop(f"prepared-{key}", None)
        message = str(exc)
        if filename == PASTED:  # "pasted.txt: url 'x' is not ..." -> "Link 'x' is not ...", the form's own word
            message = message.removeprefix(f"{PASTED}: ")
            message = "Link " + message[4:] if message.startswith("url ") else message[:1].upper() + message[1:]
        st.error(ui.md_escape(message))


paste, upload, fetch = st.tabs(["Paste text", "Upload files", "From a URL"])

with paste, st.form("paste"):
    text = st.text_area("Article text", height=220, placeholder="Paste the article body here")
    c1, c2 = st.columns(2)
    title = c1.text_input("Title", max_chars=300)
    publisher = c2.text_input("Publisher", max_chars=200)
    c3, c4 = st.columns(2)
    published = c3.date_input("Published", value=None, min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
    url = c4.text_input("Link (http or https)", max_chars=2000)
    if st.form_submit_button("Preview figures"):
        if not text.strip():
            st.session_state.pop("prepared-paste", None)  # an earlier preview (and its Save button) must not stay
            st.error("Paste some article text first.")
        else:
            prepare_or_report(text.encode("utf-8"), PASTED, "paste", title=title, publisher=publisher,
                              published=published.isoformat() if published else "", url=url, pasted=True)
if "prepared-paste" in st.session_state:
    with paste:
        show_preview(st.session_state["prepared-paste"], "paste")

with upload:
    cap = lib.max_upload_files()
    u1, u2 = st.columns(2)  # (only for files that state none: a page saved without its date gave figures no year)
    upload_publisher = u1.text_input("Publisher, for files that name none", max_chars=200, key="upload-publisher")
    upload_published = u2.date_input("Published, for files that give no date", value=None, key="upload-published",
                                     min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
    files = st.file_uploader("Article files (.txt, .md, .html)", type=["txt", "md", "html", "htm"],
                             accept_multiple_files=True, key="uploads",
                             help=f"Up to {cap} files at once, each up to {lib.articles.max_bytes() // (1024 * 1024)} MB.")
    if files and len(files) > cap:
        st.error(f"{len(files)} files is over the limit of {cap} per upload; nothing was read. Upload fewer at a time.")
    elif files and st.button("Preview figures", key="preview-uploads"):
        for i, up in enumerate(files):
            prepare_or_report(up.getvalue(), up.name, f"upload-{i}", default_publisher=upload_publisher,
                              default_published=upload_published.isoformat() if upload_published else "")
            st.session_state[f"source-upload-{i}"] = upload_signature(up)
    for i in range(max(len(files or []), st.session_state.get("previewed-uploads", 0))):
        # A preview belongs to the file it was made from: a file removed or replaced since (the list changes
        # at once, without Preview) must not leave its preview, and a Save button that would store it
        if i >= len(files or []) or st.session_state.get(f"source-upload-{i}") != upload_signature(files[i]):
            st.session_state.pop(f"prepared-upload-{i}", None)
        elif f"prepared-upload-{i}" in st.session_state:
            with st.container(border=True):
                show_preview(st.session_state[f"prepared-upload-{i}"], f"upload-{i}")
    st.session_state["previewed-uploads"] = len(files or [])

with fetch, st.form("fetch"):
    address = st.text_input("Page address", placeholder="https://...")
    if st.form_submit_button("Fetch and preview"):
        try:
            with st.spinner("Fetching\u2026"):
                page = lib.fetch_url(address)
        except ArticleError as exc:
            st.session_state.pop("prepared-fetch", None)  # the earlier page's preview would look like this one's
            hint = (" Without internet access, save the page as .html in your browser and upload it instead."
                    if getattr(exc, "offline", True) else "")  # a refused address needs no offline hint
            st.error(f"{ui.md_escape(str(exc))}.{hint}")
        else:
            prepare_or_report(page, "page.html", "fetch", url=address)
if "prepared-fetch" in st.session_state:
    with fetch:
        show_preview(st.session_state["prepared-fetch"], "fetch")
