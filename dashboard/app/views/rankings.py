"""Rankings: countries ranked by a World Bank reference series, in one year or by change over a span, with
the article claims the library holds beside each. Works with an empty library: the series ship with the app."""

import re

import streamlit as st

from dashboard.app import ui
from dashboard.charts.rankings import DEFAULT_TOP, pct_text, ranking_bars, value_text
from dashboard.charts.style import COUNTRY_TOKEN
from dashboard.tables import rankings, reference
from dashboard.tables.export import to_csv_bytes

SPAN_YEARS = 10  # a change over ten years shows a trend; one year is mostly noise in these series
MODES = {"year": "Value in one year", "change": "Change over a span"}
ORDERS = {"change": "Absolute change", "change_pct": "Percent change"}


def series_label(series: str) -> str:
    label = reference.SERIES_LABELS.get(series, series)
    return label[:1].upper() + label[1:]


def series_option(series: str) -> str:
    """The series as the select box shows it: short enough to read whole in its column ('Military expenditure,
    % of GDP (World Ba' was cut off). The source stays in the chart's title and its source line."""
    short = re.sub(r"\s*\((?:World Bank|WB)[^)]*\)$", "", series_label(series))
    return short.replace("Military expenditure", "Military spending", 1).replace(", current US$", ", US$").replace(
        ", 2024 release", " (2024 release)")


def year_choice(label: str, options: list[str], key: str, default: str | None = None) -> str | None:
    """``ui.url_choice`` over years (text, newest first), with two additions. A year left in the widget by
    another series that lacks it is forgotten (else the select box would hold a value it cannot show).
    Where the URL names no year, ``default`` is where the choice starts, not the first option."""
    if st.session_state.get(key) is not None and st.session_state[key] not in options:
        del st.session_state[key]
    if default is not None and key not in st.session_state and st.query_params.get(key) is None:
        st.session_state[key] = default
        st.session_state[f"_url_{key}"] = None  # url_choice's record of the URL: nothing new to apply
    return ui.url_choice(label, options, key=key)


st.title("Rankings")
st.caption("Countries ranked by the World Bank's reference series (SIPRI and IISS data), in one year or by "
           "change over a span. Red bars are countries the articles in the library say something about; "
           "click one to read those passages.")
library, f = ui.shared().library, ui.shared().filters
ui.show_problems(library)
try:
    ref, credit = reference.load_reference(), reference.attribution()
except reference.ReferenceDataError as exc:
    st.error(ui.md_escape(str(exc)))
    ui.stop_page()

present = set(ref["series"].unique())
series_options = [s for s in reference.SERIES if s in present] + sorted(present - set(reference.SERIES))
controls = st.columns([3.4, 2, 1.2, 1.2, 1.8])
with controls[0]:
    series = ui.url_choice("Series", series_options, key="series", format_func=series_option,
                           help="; ".join(series_label(x) for x in series_options)) or series_options[0]
with controls[1]:
    mode = ui.url_choice("Rank by", list(MODES), key="mode", format_func=MODES.get) or "year"
    if mode == "change":
        order = ui.url_choice("Order by", list(ORDERS), key="by", format_func=ORDERS.get) or "change"
years = [str(y) for y in reversed(rankings.years(ref, series))]
if not years:
    st.info(ui.md_escape(f"The reference tables hold no country values for {series}."))
    ui.stop_page()
start = end = None
if mode == "year":
    with controls[2]:
        year = year_choice("Year", years, key="year") or years[0]
else:
    with controls[3]:  # the end first: the start's default counts back from it
        end = year_choice("To", years, key="to") or years[0]
    with controls[2]:
        back = str(int(end) - SPAN_YEARS)
        start = year_choice("From", years, key="from", default=back if back in years else years[-1])
with controls[4]:
    top = st.slider("Countries in the chart", 5, 100, DEFAULT_TOP, step=5, key="top", bind="query-params")
covered = st.toggle("Only countries the articles cover", key="covered", bind="query-params",
                    help="Keep the countries with at least one claim in the library (under the sidebar filters). "
                         "The sidebar's country filter narrows the ranking too; ranks stay the world ranks.")

# Claims under the sidebar's filters, so the count matches what the other pages show for that country
figures = ui.filtered(library, f) if not library.figures.empty else library.figures
if mode == "year":
    table = rankings.with_claims(rankings.rank(ref, series, int(year)), figures)
    name, by, missing_in = f"ranking-{series}-{year}.csv", "value", f"in {year}"
elif int(start) >= int(end):
    st.warning(f"Pick a start year before {end}: the span runs from the first year to the second.")
    ui.stop_page()
else:
    table = rankings.with_claims(rankings.rank_change(ref, series, int(start), int(end), by=order), figures)
    name, by, missing_in = f"ranking-{series}-{start}-{end}.csv", order, f"in both {start} and {end}"

table = rankings.narrowed(table, f.countries, claimed_only=covered)
if f.countries or covered:
    why = " and ".join(w for w, on in (("the sidebar's countries", f.countries), ("countries with claims", covered)) if on)
    st.caption(ui.md_escape(f"Showing {ui.count_text(len(table), 'country', 'countries')} ({why}) of the "
                            f"{table.attrs['ranked']} ranked; each keeps its world rank."))
picked = ui.show_chart(ranking_bars(table, top, by=by), key="rankings-chart")
left_out = table.attrs.get("left_out", ())
if left_out:
    listed = sorted(rankings.country_name(c) for c in left_out)
    names = ", ".join(listed[:12]) + (", \u2026" if len(listed) > 12 else "")
    st.caption(ui.md_escape(f"{ui.count_text(len(left_out), 'country', 'countries')} with this series "
                            f"{'has' if len(left_out) == 1 else 'have'} no value {missing_in}, so "
                            f"{'it is' if len(left_out) == 1 else 'they are'} not ranked: {names}."))
st.caption(ui.md_escape(credit))

st.subheader("The whole ranking")
st.caption("Click a column heading to sort. Claims: figures in the library, under the sidebar filters, that name "
           "the country as owner or host (any metric).")
amount = "%.2f" if table["unit"].str.contains("%").any() else "localized"  # shares to 0.01; dollars, persons in full
if mode == "year":
    shown = table.assign(shown=[value_text(v, u) for v, u in zip(table["value"], table["unit"], strict=True)])
    columns = {"rank": st.column_config.NumberColumn("Rank", format="%d"), "country": "Country",
               "country_iso3": "Code", "value": st.column_config.NumberColumn("Value", format=amount),
               "shown": "As said", "year": st.column_config.NumberColumn("Year", format="%d"),
               "claims": st.column_config.NumberColumn("Claims", format="%d")}
else:
    shown = table.assign(shown=[f"{value_text(c, u, signed=True)} ({pct_text(p)})" for c, u, p in
                                zip(table["change"], table["unit"], table["change_pct"], strict=True)])
    columns = {"rank": st.column_config.NumberColumn("Rank", format="%d"), "country": "Country",
               "country_iso3": "Code", "start_value": st.column_config.NumberColumn(str(start), format=amount),
               "end_value": st.column_config.NumberColumn(str(end), format=amount),
               "change": st.column_config.NumberColumn("Change", format=amount),
               "change_pct": st.column_config.NumberColumn("Change %", format="%.1f"),
               "shown": "As said", "claims": st.column_config.NumberColumn("Claims", format="%d")}
st.dataframe(ui.visible_table(shown[list(columns)], ["country"]), hide_index=True, width="stretch", height=420,
             column_config=columns)
left, right = st.columns(2)
left.download_button(f"Download this ranking ({ui.count_text(len(table), 'country', 'countries')}, CSV)",
                     to_csv_bytes(table), file_name=name, mime="text/csv", key="rankings-csv",
                     disabled=table.empty, help="Every row carries its series, source and attribution.")
right.download_button(f"Download the whole reference table ({len(ref):,} rows, CSV)",
                      lambda: to_csv_bytes(ref), file_name="world-bank-reference.csv", mime="text/csv",
                      key="rankings-reference")
st.caption(ui.md_escape(credit))

countries = [t[len(COUNTRY_TOKEN):] for t in picked if t.startswith(COUNTRY_TOKEN)]
if countries and not figures.empty:
    # owner or host, as the claims column counts them
    rows = figures[figures["country_iso3"].isin(countries) | figures["host_iso3"].isin(countries)]
    ui.render_passages(rows, heading=ui.md_escape("What the articles say about " +
                                                  ", ".join(rankings.country_name(c) for c in countries)))
