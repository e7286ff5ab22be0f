"""Entry point: ``streamlit run dashboard/app/main.py``. Builds the navigation and the shared sidebar.

The library and the filters are computed once per rerun here (``ui.start_run``), before the page
runs; every page gets them from ``ui.shared()``, so all see the same filtered data. The sidebar's
filter widgets, bound to the URL, are drawn after the page (``ui.finish_run``): a first visit's
browser then asks for the page's chart bundle before the widgets' bundles. A page that has nothing
more to show ends with ``ui.stop_page()``, never ``st.stop()``, so the sidebar is still drawn.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # `streamlit run` puts only this folder on the path

from dashboard.app import ui  # noqa: E402

st.set_page_config(page_title="Defense figures", layout="wide", initial_sidebar_state="expanded")

VIEWS = Path(__file__).resolve().parent / "views"  # not "pages/": that name switches Streamlit to its older multipage mode
pages = {
    "Explore": [
        # The default page is served at "/" whatever its url_path (which only has to be unique), so a
        # link to /overview would be "Page not found": a hidden second entry serves the same page there.
        st.Page(VIEWS / "overview.py", title="Overview", default=True, url_path="home"),
        st.Page(VIEWS / "overview.py", title="Overview", url_path="overview", visibility="hidden"),
        st.Page(VIEWS / "troops.py", title="Troop strength", url_path="troops"),
        st.Page(VIEWS / "active.py", title="Active forces", url_path="active"),
        st.Page(VIEWS / "budgets.py", title="Budget trends", url_path="budgets"),
        st.Page(VIEWS / "metrics.py", title="Metrics", url_path="metrics"),
        st.Page(VIEWS / "rankings.py", title="Rankings", url_path="rankings"),
    ],
    "Sources": [
        st.Page(VIEWS / "sources.py", title="Sources", url_path="sources"),
        st.Page(VIEWS / "data.py", title="Data", url_path="data"),
    ],
}
for extra, title, slug in (("add.py", "Add articles", "add"), ("review.py", "Review", "review")):
    if (VIEWS / extra).exists():
        pages["Sources"].append(st.Page(VIEWS / extra, title=title, url_path=slug))

navigation = st.navigation(pages)
ui.start_run()  # the library and the filters (from the URL and the widgets' state); pages read them with ui.shared()
try:
    navigation.run()
except ui.PageDone:
    pass
finally:  # also after a page's error, so the filters stay reachable
    ui.finish_run()
