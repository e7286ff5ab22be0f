"""Sources: every article, and one article's clean text with each figure highlighted where it stands."""

import streamlit as st

from dashboard import ui

st.title("Sources")
st.caption("Every article in the library. Pick one to read its clean text with each figure highlighted.")
library = st.session_state.get("_library") or ui.load_library()
ui.show_problems(library)
if library.articles.empty:
    ui.empty_library_message()
else:
    table = library.articles.sort_values("published", ascending=False)
    shown = ui.visible_table(table[["title", "publisher", "published", "url", "figures", "article_id"]],
                             ["title", "publisher", "published", "article_id"])
    st.dataframe(shown, hide_index=True,
                 width="stretch", column_config={
                     "title": "Title", "publisher": "Publisher", "published": "Published",
                     "url": st.column_config.LinkColumn("Link", display_text="open"), "figures": "Figures",
                     "article_id": "Article id"})
    ids = table["article_id"].tolist()
    titles = dict(zip(table["article_id"], table["title"], strict=True))
    chosen = st.selectbox("Read an article", ids, key="article", bind="query-params",
                          format_func=lambda i: ui.visible_controls(f"{titles.get(i) or i} ({i})"))
    if chosen:
        figures = library.figures[library.figures["article_id"] == chosen].sort_values("start")
        text = ui.article_text(library, chosen)
        st.subheader("Clean text")
        st.caption(f"{len(figures)} figure(s) highlighted. Page debris (menus, sign-up boxes) removed by the loader.")
        with st.container(border=True, height=420):
            for paragraph in ui.highlight_text(text, figures):
                st.markdown(paragraph)
        ui.render_passages(figures, heading="Figures in this article", limit=100)
        f = st.session_state.get("_filters")
        if f is not None:
            ui.downloads(figures, library.figures, f, key="sources")
