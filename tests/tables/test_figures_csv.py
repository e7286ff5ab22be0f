"""The CLI's CSV written from rows without pandas (figures_csv) is the frames route's CSV to the byte: typed
columns, World Bank comparisons and cells, on real extracted rows and on generated awkward ones."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.generate import make_article
from dashboard import schema
from dashboard.ingest.articles import article_files, parse_article, read_article
from dashboard.tables.comparisons import with_reference
from dashboard.tables.export import to_csv_text
from dashboard.tables.figures_csv import figures_csv_text
from dashboard.tables.frames import compared, figures_frame
from dashboard.tables.reference import SHIPPED_DIR
from dashboard.tables.rows import article_rows

REPO = Path(__file__).resolve().parents[2]
REFERENCE_ROWS = """country_iso3,year,series,value
KOR,2019,armed_forces_personnel,610000
KOR,2020,armed_forces_personnel,600000
KOR,2024,milex_share_gdp_pct,2.5
JPN,2024,milex_usd_current,50000000000
JPN,2016,milex_usd_current_wdi2024,40000000000
"""


def frames_route(rows: list[dict], folder=None) -> tuple[str, str | None]:
    if folder is None:
        df, problem = compared(figures_frame(rows))
        return to_csv_text(df), problem
    return to_csv_text(with_reference(figures_frame(rows), folder=folder)), None


def test_extracted_rows_give_the_same_csv():
    """The shipped articles and generated ones (budgets in six currencies, shares, personnel, hedges)."""
    rows: list[dict] = []
    for path in article_files(REPO / "data" / "articles"):
        rows += article_rows(read_article(Path(path)))[0]
    for i in range(12):
        name, text = make_article(7, i)
        rows += article_rows(parse_article(text.encode("utf-8"), name, ".txt", name))[0]
    assert len(rows) > 100 and any(r["value_usd"] for r in rows)
    made = figures_csv_text(rows)
    assert made is not None and made == frames_route(rows)
    assert "milex" in made[0]  # some rows were compared, so the comparison columns were checked too


def test_no_rows_is_the_header():
    assert figures_csv_text([]) == frames_route([]) and figures_csv_text([])[0].count("\n") == 1


TEXT = st.one_of(st.none(), st.sampled_from(["", "=1+1", "-5", "+x", "@a", "\tt", "\rr", 'q"q', "a,b", "l\nm", "ok"]))
FLOAT = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True), st.integers(-2**53, 2**53),
                  st.sampled_from([1e20, -0.0, 1e-7, 66.3e12, 2.8, 450000.0]))
YEAR = st.one_of(st.none(), st.sampled_from([2016, 2018, 2019, 2020, 2022, 2024, 2030]))
METRIC = st.sampled_from(sorted(schema.METRICS))


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(METRIC, st.sampled_from(["KOR", "JPN", "FRA", "", "NATO"]), FLOAT, FLOAT, YEAR, TEXT,
                          st.sampled_from(["", "JPY", "USD", "TWD"]), st.sampled_from(["", "proposed", "planned"])),
                max_size=6))
def test_awkward_rows_give_the_same_csv(tmp_path_factory, rows):
    """Missing and non-finite numbers, integers in float columns, formula-like text, every metric, matches and
    misses in a tiny reference folder."""
    folder = tmp_path_factory.mktemp("ref")
    shutil.copy(SHIPPED_DIR / "series.csv", folder / "series.csv")
    (folder / "defense_reference.csv").write_text(REFERENCE_ROWS, encoding="utf-8")
    built = [{**schema.blank_figure(), "article_id": "a", "figure_id": f"a:{i}", "metric": metric, "country_iso3": iso3,
              "country": iso3, "value": value, "value_usd": usd, "year": year, "quote": text, "passage": text,
              "currency": currency, "stage": stage, "status": "extracted", "start": i, "end": i + 1}
             for i, (metric, iso3, value, usd, year, text, currency, stage) in enumerate(rows)]
    assert figures_csv_text(built, folder) == frames_route(built, folder)


def test_unreadable_reference_tables_leave_the_comparisons_empty_and_say_so(tmp_path, monkeypatch):
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path))
    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / "defense_reference.csv").write_text("not,a\nreference,table\n", encoding="utf-8")
    row = {**schema.blank_figure(), "article_id": "a", "figure_id": "a:1", "metric": "active_personnel",
           "country_iso3": "KOR", "value": 450000.0, "year": 2020, "quote": "q", "passage": "q", "status": "extracted"}
    made = figures_csv_text([row])
    assert made == frames_route([row]) and "World Bank comparisons: note: left empty" in made[1]


def test_values_only_pandas_types_surely_take_the_frames_route():
    row = {**schema.blank_figure(), "article_id": "a", "metric": "active_personnel", "value": True}
    assert figures_csv_text([row]) is None
    assert figures_csv_text([{**row, "value": 1.0, "quote": 5}]) is None
    assert figures_csv_text([{**row, "value": 1.0, "year": 2.0**60}]) is None


def test_the_cli_writes_the_csv_as_it_is_made_to_the_same_bytes(tmp_path):
    """The CLI streams the rows' CSV into its output file (paths.write_atomically with a writer): the bytes
    are those of the text route, non-ASCII and formula-guarded cells included."""
    from dashboard.cli_extract import table
    from dashboard.paths import write_atomically

    rows: list[dict] = []
    for i in range(6):
        name, text = make_article(7, i)
        rows += article_rows(parse_article(text.encode("utf-8"), name, ".txt", name))[0]
    rows[0] = {**rows[0], "quote": "=1+1 \u20ac", "passage": "caf\u00e9 \U0001f600"}
    _, write, count, _ = table(rows, "csv")
    assert callable(write) and count == len(rows)
    write_atomically(tmp_path / "f.csv", write)
    assert (tmp_path / "f.csv").read_bytes() == figures_csv_text(rows)[0].encode("utf-8")
