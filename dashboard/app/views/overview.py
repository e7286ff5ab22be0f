"""Overview: how much is in the library, where the figures are, the latest figure per country.

The first chart is a light one, figures per country, drawn before anything else on the page; what
would load its own JavaScript before that chart shows waits (benchmarks/RESULTS.md, the browser
section): the latest figures are a markdown list with the full table in an expander that builds it
only when opened (``?table=true``), and the passage cards fold their citation boxes into a popover.
Below the bars, with the World Bank reference on (the default), the map shades every country by its
latest military spending as a share of GDP, so it is full from the first article on, and dots mark
the countries the articles give figures for; off, the map counts the figures. A click on a bar, a
dot or a country opens their passages.
"""

import streamlit as st

from dashboard import charts
from dashboard.app import reflayers, ui
from dashboard.app.latest import show_latest
from dashboard.extraction.countries import country_points

TABS = ["Figures per country", "World map"]
TAB_KEY = "chart"  # the tabs' URL parameter: ?chart=World+map opens the map
PASSAGES, PASSAGES_KEY = 10, "passages"  # cards shown; the expander's URL parameter (?passages=true opens it)


def owners_text(view) -> str:
    """'15 countries' and, apart, the alliances and regions that own figures too ('15 countries, plus NATO'): an audit
    read '16 countries' over a chart of 15 country bars and NATO."""
    owners = view["country_iso3"].dropna().astype(str).unique()
    countries = [o for o in owners if len(o) == 3 and o.isalpha() and o.isupper()]
    others = sorted(view.loc[view["country_iso3"].isin(set(owners) - set(countries)), "country"].dropna().astype(str).unique())
    return counted(len(countries), "country", "countries") + (f", plus {ui.md_escape(', '.join(others))}" if others else "")


def counted(n: int, word: str, plural: str | None = None) -> str:
    """'**1** article', '**1,200** figures': a count in bold with its noun agreeing."""
    number, noun = ui.count_text(n, word, plural).split(" ", 1)
    return f"**{number}** {noun}"


def show_map(view, f, layers: bool) -> list[str]:
    """The map (the World Bank's shading with the articles' countries as dots, or, with the reference off, the
    figures' counts) and the figure ids of what was clicked on it."""
    reference_rows = reflayers.map_rows(f) if layers else None
    if reference_rows is None:
        return ui.show_chart(ui.cached_figure("overview-map", lambda: charts.world_map(view), False),
                             key="overview-map")
    picked = ui.show_chart(ui.cached_figure(
        "overview-map", lambda: charts.reference_map(reference_rows, view, country_points()), True), key="overview-map")
    st.caption("Shading: the World Bank's figure, not the articles'. Dots: countries the articles give figures for "
               "(click one, or a country, to read its passages). Switch the reference off to colour the map by the "
               "articles' figures.")
    reflayers.attribution()
    return picked


# 1. data and filters
loaded = ui.page_data("Defense figures from the news",
                      "Every number here comes from a sentence in an article; click a country to read its passages.")
if not loaded:  # an empty library still gets the reference map: something to explore at once
    if reflayers.toggle():
        reference_rows = reflayers.map_rows(ui.shared().filters)
        if reference_rows is not None:
            ui.show_chart(charts.reference_map(reference_rows, ui.shared().library.figures, country_points()),
                          key="overview-reference")
            reflayers.attribution()
else:
    library, f, view = loaded
    picked: list[str] = []
    if not view.empty:
        # 2. the first chart, figures per country; the map one tab away, built only when its tab is open
        bars_tab, map_tab = st.tabs(TABS, key=TAB_KEY, bind="query-params")
        with bars_tab:
            if bars_tab.open:
                picked += ui.show_chart(ui.cached_figure("overview-bars", lambda: charts.figures_per_country(view)),
                                        key="overview-bars")
        with map_tab:
            layers = reflayers.toggle()  # drawn even while its tab is hidden, so the URL keeps ?reference=false
            if map_tab.open:
                picked += show_map(view, f, layers)
    # 3. the counts, as text (st.metric's bundles cost more browser time before the chart than the chart)
    of = f" (of {library.figures.shape[0]:,})" if f.active else ""
    # the articles behind the figures in view (a filter to one country said "4 articles", the library's: an audit)
    articles = (counted(view["article_id"].nunique(), "article") + f" (of {len(library.articles):,})" if f.active
                else counted(len(library.articles), "article"))
    st.markdown(f"{articles} \u00b7 {counted(len(view), 'figure')}{of} \u00b7 {owners_text(view)}" + ui.likely_wrong_text(view))
    if view.empty:
        ui.no_match_message(f)
        reflayers.toggle()  # kept on the page, so the URL keeps its reference setting through a filter with no match
    else:
        # 4. latest figure per country and metric (the full table on demand)
        show_latest(view)
        # 5. passages: those behind a click at once; otherwise in an expander that draws them when opened
        if picked:
            ui.render_passages(view, picked, limit=PASSAGES, cite_folded=True)
        else:
            # a label that never changes: it is part of the expander's identity, so a count in it would close it
            box = st.expander("Source passages: each figure in its sentence (or click a bar, a dot or a country)",
                              key=PASSAGES_KEY, bind="query-params")
            if box.open:
                with box:
                    ui.render_passages(view, limit=PASSAGES, heading="", cite_folded=True)
        ui.downloads(view, library.figures, f, key="overview")
    st.subheader("Recent articles")
    shown = library.articles[library.articles["article_id"].isin(view["article_id"])] if f.active else library.articles
    recent = shown.sort_values("published", ascending=False).head(8)  # (under a filter, the articles in view: an audit)
    lines = []
    for r in recent.itertuples():
        url = ui.safe_url(r.url)
        link = f" \u00b7 [source]({url})" if url else ""
        parts = [f"**{ui.md_escape(r.title or r.article_id)}**", *(ui.md_escape(v) for v in (r.publisher, r.published)
                                                                   if isinstance(v, str) and v.strip()),
                 ui.count_text(int(r.figures), "figure")]  # (no stray separators for a missing publisher or date)
        lines.append("- " + " \u00b7 ".join(parts) + link)
    st.markdown("\n".join(lines))  # one element, not one per article: each costs browser time at load
