"""Sources: every article, and one article's clean text with each figure highlighted where it stands."""

import streamlit as st

from dashboard.app import ui
from dashboard.app.missed import ADD_PARAM
from dashboard.app.perframe import per_frame
from dashboard.tables.filters import Filters


@per_frame
def figure_counts(figures):
    """{shows rejected figures: figures per article}: what the Figures column counts, for either sidebar setting."""
    return {True: figures["article_id"].value_counts(),
            False: figures.loc[figures["status"] != "rejected", "article_id"].value_counts()}


st.title("Sources")
st.caption("Every article in the library. Pick one to read its clean text with each figure highlighted.")
library, f = ui.shared().library, ui.shared().filters
ui.show_problems(library)
if library.articles.empty:
    ui.empty_library_message()
else:
    # rejected figures stay out unless the sidebar asks for them, as on every page; added ones count (an audit saw
    # 'Figures 0' beside an article with a reviewer's addition, and rejected figures listed and downloaded here)
    counts = figure_counts(library.figures)[f.include_rejected]  # (once per library: ~10 ms a rerun at 10,000 articles)
    table = library.articles.sort_values("published", ascending=False)
    table = table.assign(figures=table["article_id"].map(counts).fillna(0).astype(int))
    shown = ui.visible_table(table[["title", "publisher", "published", "url", "figures", "article_id"]],
                             ["title", "publisher", "published", "article_id"])
    st.dataframe(shown, hide_index=True,
                 width="stretch", column_config={
                     "title": "Title", "publisher": "Publisher", "published": "Published",
                     "url": st.column_config.LinkColumn("Link", display_text="open"), "figures": "Figures",
                     "article_id": "Article id"})
    ids = table["article_id"].tolist()
    titles = dict(zip(table["article_id"], table["title"], strict=True))
    dates = dict(zip(table["article_id"], table["published"], strict=True))
    # a title shared by several articles gets its date and a number right after it: the id that tells them apart
    # ends in "-2" and was cut off in the box (an audit saw two identical options)
    title = table["title"].fillna("")
    nth = title.groupby(title).cumcount() + 1
    twin = {i: f" [{dates.get(i) or 'undated'} #{n}]"
            for i, dup, n in zip(ids, title.duplicated(keep=False), nth, strict=True) if dup}
    chosen = ui.url_choice("Read an article", ids, key="article",
                           format_func=lambda i: ui.visible_controls(f"{titles.get(i) or i}{twin.get(i, '')} ({i})"))
    if chosen:
        figures = library.figures[library.figures["article_id"] == chosen].sort_values("start")
        figures = figures if f.include_rejected else figures[figures["status"] != "rejected"]
        text = ui.article_text(library, chosen)
        st.subheader("Clean text")
        st.caption(f"{len(figures)} figure(s) highlighted. Page debris (menus, sign-up boxes) removed by the loader.")
        spans = list(zip(figures["start"].astype(int), figures["end"].astype(int), strict=True))
        pages = ui.text_pages(text, spans)
        page = 0
        if len(pages) > 1:
            counts = [sum(a <= s < b for s, _ in spans) for a, b in pages]
            page = st.selectbox(
                "Page", range(len(pages)), key=f"page-{chosen}",
                format_func=lambda i: f"{i + 1} of {len(pages)}" + (f" \u00b7 {counts[i]} figure(s)" if counts[i] else ""),
                help=f"Long articles are shown {ui.PAGE_CHARS:,} characters at a time.")
        with st.container(border=True, height=420):
            st.markdown(ui.highlight_page(text, figures, *pages[page]))
        # A button, not a link: an <a href> would carry the article's id, words of its title, into the page's markup
        if st.button("A figure in this text is not highlighted? Add it on the Review page", icon=":material/add_circle:",
                     type="tertiary", key="add-missed"):
            st.switch_page("views/review.py", query_params={ADD_PARAM: chosen})
        ui.render_passages(figures, heading="Figures in this article", limit=100)
        # the article's figures, whatever the sidebar asks: its filters must not name the file (an audit found
        # '..._confidence-0.8-up.csv' holding figures at 0.77)
        ui.downloads(figures, library.figures, Filters(), key="sources", part=str(chosen))
