"""The source line a chart carries into its PNG export (issue 12, point 5): which articles, the World Bank
credit only where a series is drawn, escaped, and never a second line on a chart that has its own."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.app.chartsource import add_source_line, draws_reference, plotted_tokens, source_line
from dashboard.charts import COUNTRY_TOKEN, SELECTED_IDS_SEP

ARTICLES = pd.DataFrame({
    "article_id": ["a-old", "b-new", "c-other", "d", "e"],
    "title": ["Old", "New", "Other", "D", "E"],
    "publisher": ["Wire <b>One</b>", "Daily", "Gazette", "", "Post"],
    "published": ["2024-01-02", "2025-03-04", "2023-05-06", "2022-01-01", "2021-01-01"],
}).astype("string")
FIGURES = pd.DataFrame({"article_id": ["a-old", "c-other"], "country_iso3": ["JPN", "KOR"]}).astype("string")


def claims(*ids: str) -> go.Figure:
    return go.Figure(go.Scatter(x=[1] * len(ids), y=[1] * len(ids), customdata=[[i, "hover"] for i in ids]))


def test_figure_ids_and_country_tokens_are_read_from_customdata():
    fig = claims(f"a-old:10{SELECTED_IDS_SEP}b-new:5", "a-old:99")
    fig.add_trace(go.Scatter(x=[1], y=[1], customdata=[[COUNTRY_TOKEN + "JPN"]]))
    assert plotted_tokens(fig) == (["a-old:10", "b-new:5", "a-old:99"], ["JPN"])


def test_line_names_the_articles_newest_first_and_counts_the_rest():
    fig = claims("a-old:1", "b-new:1", "c-other:1", "d:1", "e:1")
    assert source_line(fig, ARTICLES, lambda: FIGURES) == ("Sources: Daily 2025-03-04; Wire <b>One</b> 2024-01-02; "
                                                           "Gazette 2023-05-06 and 2 more articles")
    assert source_line(claims("b-new:1"), ARTICLES, lambda: FIGURES) == "Source: Daily 2025-03-04"


def test_country_tokens_fall_back_to_the_page_figures_of_those_countries():
    fig = go.Figure(go.Choropleth(locations=["KOR"], z=[1], customdata=[[COUNTRY_TOKEN + "KOR"]]))
    assert source_line(fig, ARTICLES, lambda: FIGURES) == "Source: Gazette 2023-05-06"


def test_world_bank_credit_only_where_a_reference_trace_is_drawn():
    assert not draws_reference(claims("a-old:1"))
    fig = claims("a-old:1")
    fig.add_trace(go.Scatter(x=[1], y=[2], name="armed forces incl. paramilitary (World Bank/IISS)"))
    assert source_line(fig, ARTICLES, lambda: FIGURES).endswith(" \u00b7 World Bank WDI (SIPRI, IISS), CC BY 4.0")
    only = go.Figure(go.Scatter(x=[1], y=[2], legendgroup="reference"))
    assert source_line(only, ARTICLES, lambda: FIGURES) == "Source: World Bank WDI (SIPRI, IISS), CC BY 4.0"


def test_the_line_is_an_escaped_annotation_and_a_chart_with_its_own_keeps_only_that():
    fig = add_source_line(claims("a-old:1"), source_line(claims("a-old:1"), ARTICLES, lambda: FIGURES))
    texts = [a.text for a in fig.layout.annotations]
    assert texts == ["Source: Wire &lt;b&gt;One&lt;/b&gt; 2024-01-02"]
    assert fig.layout.margin.b > 40
    own = go.Figure().add_annotation(text="Source: World Bank WDI MS.MIL.XPND.GD.ZS")
    assert len(add_source_line(own, "Source: Daily").layout.annotations) == 1
    assert add_source_line(go.Figure(), "").layout.annotations == ()


def test_the_line_clears_the_titled_axis_of_a_lower_subplot():
    """Bug: the budget timeline hides its top x axis and titles the lower one ('fiscal year'); the line only looked
    at the first axis, sat 6 px under the plot and was drawn over the lower axis' title in the PNG."""
    from plotly.subplots import make_subplots

    fig = make_subplots(rows=2, cols=1, shared_xaxes=True)
    fig.add_trace(go.Scatter(x=[2024], y=[1], customdata=[["a-old:1"]]), row=1, col=1)
    fig.add_trace(go.Scatter(x=[2024], y=["claims"]), row=2, col=1)
    fig.update_xaxes(visible=False, row=1, col=1)
    fig.update_xaxes(title_text="fiscal year", row=2, col=1)
    add_source_line(fig, "Source: Daily")
    (note,) = fig.layout.annotations
    assert note.yshift == -55  # below the tick labels and the title
    assert fig.layout.margin.b >= 55 + 22


def test_a_hostile_publisher_and_title_stay_text_in_the_png_line():
    """A publisher or title carrying a tag, a spreadsheet formula or markdown is written into the PNG as text:
    escaped for Plotly (which would otherwise read <b>, <a href> and <script> as markup)."""
    articles = pd.DataFrame({"article_id": ["h"], "title": ['<script>alert(1)</script> **bold** [x](http://e.test)'],
                             "publisher": ['=HYPERLINK("http://evil.test","click") <a href="http://e.test">me</a>'],
                             "published": ["2024-06-01"]}).astype("string")
    fig = add_source_line(claims("h:1"), source_line(claims("h:1"), articles, lambda: FIGURES))
    (text,) = [a.text for a in fig.layout.annotations]
    assert text.startswith('Source: =HYPERLINK("http://evil.test","click") &lt;a href=')
    assert "<" not in text and ">" not in text
    untitled = articles.assign(publisher="")
    line = source_line(claims("h:1"), untitled, lambda: FIGURES)  # no publisher: the title names the article
    assert line.startswith("Source: <script>alert(1)</script> **bold**")  # plain here; escaped when drawn
    (drawn,) = [a.text for a in add_source_line(claims("h:1"), line).layout.annotations]
    assert "&lt;script&gt;" in drawn and "<script>" not in drawn


def test_a_legend_under_the_plot_moves_below_the_line_instead_of_across_it():
    """A user-level audit: on the over-time charts the 'Sources:' line was drawn across the legend under the plot.
    The legend goes to the figure's bottom edge, under the line, and the bottom margin makes room for both."""
    fig = go.Figure([go.Scatter(x=[2023, 2024], y=[1, 2], name=f"line {i}") for i in range(5)])
    fig.update_xaxes(title_text="year")
    fig.update_layout(showlegend=True, margin={"b": 40},
                      legend={"orientation": "h", "yanchor": "top", "y": -0.2, "xanchor": "left", "x": 0})
    add_source_line(fig, "Sources: Test Wire 2024-05-01")
    assert (fig.layout.legend.yref, fig.layout.legend.y, fig.layout.legend.yanchor) == ("container", 0, "bottom")
    line = fig.layout.annotations[0]
    assert line.yshift == -55 and fig.layout.margin.b >= 40 + 22 + 55 + 2 * 26  # five entries: two rows of four
    plain = go.Figure([go.Bar(x=[1], y=[2], name="x")])  # a legend above the plot stays where it was
    plain.update_layout(legend={"orientation": "h", "y": 1.0})
    add_source_line(plain, "Sources: Test Wire")
    assert plain.layout.legend.yref is None and plain.layout.legend.y == 1.0
