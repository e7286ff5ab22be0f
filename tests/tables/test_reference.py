"""The World Bank reference series: the shipped tables, nearest-year lookups, bad files, refresh.

Refresh runs against a local http.server serving recorded extracts (tests/fixtures/reference/)
and against a closed port; nothing reaches the network. Every test that writes uses a temp data
folder (DEFENSE_DATA_DIR); the shipped data/reference is checked byte for byte to be unchanged.
"""

from __future__ import annotations

import hashlib
import http.server
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from dashboard import cli
from dashboard.tables import reference
from dashboard.tables.reference import Nearest, ReferenceDataError, nearest
from dashboard.tables.reference_refresh import RefreshError, refresh

pytestmark = pytest.mark.slow  # serves recorded downloads on a local server

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "data" / "reference"
FIXTURES = REPO / "tests" / "fixtures" / "reference"
TABLES = ("defense_reference.csv", "series.csv", "countries.csv")


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module", autouse=True)
def shipped_untouched() -> Iterator[None]:
    """No test in this file may change the snapshot that ships with the app."""
    before = digest(SHIPPED)
    yield
    assert digest(SHIPPED) == before


@pytest.fixture
def data(tmp_path: Path, monkeypatch) -> Path:
    """An empty temp data folder, made the app's data folder."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def copied(data: Path) -> Path:
    """<data>/reference holding a copy of the shipped tables."""
    folder = data / "reference"
    folder.mkdir()
    for name in TABLES:
        shutil.copy(SHIPPED / name, folder / name)
    return folder


# ---------------------------------------------------------------------------
# The shipped tables
# ---------------------------------------------------------------------------


def test_shipped_tables_load_as_one_tidy_frame():
    """Columns, dtypes and the row count of every series, as the snapshot's README states them."""
    df = reference.load_reference(SHIPPED)
    assert tuple(df.columns) == reference.COLUMNS
    assert str(df["year"].dtype) == "Int64" and str(df["value"].dtype) == "Float64"
    assert df.groupby("series").size().to_dict() == {
        "milex_share_gdp_pct": 7889, "milex_usd_current": 897, "milex_usd_current_wdi2024": 7677,
        "armed_forces_personnel": 5338}
    assert len(df) == 21801
    assert not df.duplicated(["country_iso3", "series", "year"]).any()
    personnel = df[df["series"] == "armed_forces_personnel"]
    assert (personnel["year"].min(), personnel["year"].max()) == (1985, 2020)
    assert not personnel["year"].between(1986, 1988).any()  # empty for everyone in the WDI file


def test_known_values_from_the_source_table():
    """Values read from defense_reference.csv (and quoted in its README) come out as numbers."""
    df = reference.load_reference(SHIPPED).set_index(["country_iso3", "series", "year"])["value"]
    assert df[("USA", "milex_share_gdp_pct", 2024)] == pytest.approx(3.41921653228044)
    assert df[("UKR", "milex_share_gdp_pct", 2023)] == pytest.approx(36.5281725077224)
    assert df[("KOR", "armed_forces_personnel", 2019)] == 613000
    assert df[("USA", "armed_forces_personnel", 2020)] == 1395000
    assert df[("USA", "milex_usd_current", 2024)] == 997309000000
    assert ("VEN", "milex_usd_current", 2020) not in df.index  # removed by the cleaning rules


def test_the_two_usd_releases_stay_apart():
    """2022 is in both current-US$ series with each release's own value; neither is spliced into the other."""
    df = reference.load_reference(SHIPPED)
    rus = df[(df["country_iso3"] == "RUS") & (df["year"] == 2022)].set_index("series")["value"]
    assert rus["milex_usd_current"] == pytest.approx(102366636459.68)
    assert rus["milex_usd_current_wdi2024"] == pytest.approx(86373102251.4131)
    new = df[df["series"] == "milex_usd_current"]["year"]
    old = df[df["series"] == "milex_usd_current_wdi2024"]["year"]
    assert (new.min(), new.max(), old.min(), old.max()) == (2019, 2024, 1960, 2022)


def test_rows_carry_unit_source_and_attribution():
    """Each row names its unit, source and the release and licence it comes from."""
    df = reference.load_reference(SHIPPED).drop_duplicates("series").set_index("series")
    assert df.loc["milex_share_gdp_pct", "unit"] == "% of GDP"
    assert df.loc["milex_usd_current", "unit"] == "current US$"
    assert df.loc["armed_forces_personnel", "unit"] == "persons"
    assert "IISS" in df.loc["armed_forces_personnel", "source"]
    assert df.loc["milex_usd_current_wdi2024", "attribution"].endswith("release of 2024-03-28; CC BY 4.0")
    assert df.loc["milex_share_gdp_pct", "attribution"].endswith("release of 2026-02-24; CC BY 4.0")


def test_attribution_is_the_readme_text_word_for_word():
    """attribution() returns the CC BY text exactly as data/reference/README.md gives it (and README.md quotes)."""
    readme = (SHIPPED / "README.md").read_text(encoding="utf-8")
    quoted = re.search(r"\n> (Source: World Bank.*?)\n\n", readme, re.S).group(1)
    assert " ".join(line.removeprefix("> ").strip() for line in quoted.splitlines()) == reference.attribution(SHIPPED)
    assert "releases of 2026-02-24, 2026-04-08 and 2024-03-28" in reference.attribution(SHIPPED)
    top = (REPO / "README.md").read_text(encoding="utf-8")
    quoted = re.search(r"\n> (Source: World Bank.*?)\n\n", top, re.S).group(1)
    assert " ".join(line.removeprefix("> ").strip() for line in quoted.splitlines()) == reference.attribution(SHIPPED)


def test_attribution_names_the_readme_it_points_to():
    """Bug: the credit under every chart ended 'as described in this README', which points nowhere in the app."""
    text = reference.attribution(SHIPPED)
    assert "this README" not in text
    assert text.endswith("Values cleaned as described in data/reference/README.md.")
    assert (REPO / "data" / "reference" / "README.md").is_file()


def test_shipped_tables_are_read_when_the_data_folder_has_none(data):
    """A data folder without reference/ (a fresh DEFENSE_DATA_DIR) still gets the shipped snapshot."""
    assert reference.reference_dir() == SHIPPED
    assert len(reference.load_reference()) == 21801


def test_a_data_folders_own_tables_win(copied):
    """<data>/reference is read when it holds the tables (where a refresh writes)."""
    assert reference.reference_dir() == copied
    assert reference.load_countries()["country_iso3"].str.len().eq(3).all()


def test_the_build_script_reproduces_the_shipped_tables():
    """build_reference.py --check: the tables are exactly what the raw files give."""
    out = subprocess.run([sys.executable, str(SHIPPED / "build_reference.py"), "--check"], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "outputs match raw inputs" in out.stdout


# ---------------------------------------------------------------------------
# nearest
# ---------------------------------------------------------------------------


def test_nearest_exact_year():
    assert nearest("KOR", "armed_forces_personnel", 2019, folder=SHIPPED) == Nearest(613000.0, 2019)


def test_nearest_within_the_gap_says_the_year_used():
    """KOR personnel stops at 2020: 2021 and 2022 fall back to it, the year used is returned."""
    assert nearest("KOR", "armed_forces_personnel", 2021, folder=SHIPPED) == Nearest(569000.0, 2020)
    value, year = nearest("KOR", "armed_forces_personnel", 2022, folder=SHIPPED)
    assert (value, year) == (569000.0, 2020)


def test_nearest_beyond_the_gap_is_none():
    assert nearest("KOR", "armed_forces_personnel", 2023, folder=SHIPPED) is None
    assert nearest("KOR", "armed_forces_personnel", 2021, max_gap=0, folder=SHIPPED) is None
    assert nearest("KOR", "armed_forces_personnel", 2024, max_gap=4, folder=SHIPPED) == Nearest(569000.0, 2020)


def test_nearest_tie_takes_the_earlier_year():
    """AFG personnel has 1985 and 1989 (1986-88 are empty): 1987 is two years from both."""
    assert nearest("AFG", "armed_forces_personnel", 1987, folder=SHIPPED) == Nearest(47000.0, 1985)
    assert nearest("AFG", "armed_forces_personnel", 1988, folder=SHIPPED) == Nearest(55000.0, 1989)


def test_nearest_keeps_series_apart():
    """A year missing from one US$ release is not filled from the other."""
    assert nearest("USA", "milex_usd_current", 2010, folder=SHIPPED) is None
    assert nearest("USA", "milex_usd_current_wdi2024", 2010, folder=SHIPPED) == Nearest(738005000000.0, 2010)
    assert nearest("USA", "milex_usd_current_wdi2024", 2024, folder=SHIPPED) == Nearest(876943200000.0, 2022)


def test_nearest_without_a_country_or_year_is_none():
    assert nearest("CRI", "milex_share_gdp_pct", 2020, folder=SHIPPED) is None  # no armed forces, no values
    assert nearest("XXX", "milex_share_gdp_pct", 2020, folder=SHIPPED) is None
    assert nearest("USA", "milex_share_gdp_pct", None, folder=SHIPPED) is None
    assert nearest("USA", "milex_share_gdp_pct", pd.NA, folder=SHIPPED) is None


def test_nearest_takes_numpy_and_pandas_years():
    """Years straight out of an Int64 column work like ints."""
    years = pd.array([2024], dtype="Int64")
    assert nearest("USA", "milex_share_gdp_pct", years[0], folder=SHIPPED).year == 2024
    assert nearest("USA", "milex_share_gdp_pct", np.int64(2024), folder=SHIPPED).year == 2024


def test_nearest_refuses_an_unknown_series():
    with pytest.raises(ValueError, match="unknown reference series 'troops'"):
        nearest("USA", "troops", 2020, folder=SHIPPED)


# ---------------------------------------------------------------------------
# Missing and malformed files
# ---------------------------------------------------------------------------


def _replace_line(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("damage, expected", [
    (lambda f: (f / "defense_reference.csv").unlink(), r"defense_reference\.csv: missing \(the reference tables ship"),
    (lambda f: (f / "series.csv").unlink(), r"series\.csv: missing"),
    (lambda f: _replace_line(f / "defense_reference.csv", "country_iso3,year,series,value", "iso,year,series,value"),
     r"defense_reference\.csv: missing column\(s\) country_iso3"),
    (lambda f: _replace_line(f / "defense_reference.csv", "AFG,1989,armed_forces_personnel,55000",
                             "AFG,1989,armed_forces_personnel,n/a"),
     r"defense_reference\.csv: line 3: value 'n/a' is not a number"),
    (lambda f: _replace_line(f / "defense_reference.csv", "AFG,1989,", "AFG,19x9,"),
     r"line 3: year '19x9' is not a year"),
    (lambda f: _replace_line(f / "defense_reference.csv", "AFG,1989,armed_forces_personnel",
                             "AFG,1989,troops_abroad"),
     r"line 3: series 'troops_abroad' is not a series described in series\.csv"),
    (lambda f: _replace_line(f / "defense_reference.csv", "AFG,1989,", "AFG,1985,"),
     r"line 3: country_iso3 'AFG' is not given once per series and year"),
    (lambda f: (f / "defense_reference.csv").write_bytes(b"\xff\xfe\x00\x01binary\x00"),
     r"defense_reference\.csv: not a readable CSV table"),
])
def test_a_bad_table_is_one_clear_error(copied, damage, expected):
    """A missing or malformed file raises ReferenceDataError: one line naming the file and the problem."""
    damage(copied)
    with pytest.raises(ReferenceDataError, match=expected) as err:
        reference.load_reference(copied)
    assert "\n" not in str(err.value)


# ---------------------------------------------------------------------------
# refresh
# ---------------------------------------------------------------------------


def fixture_zip(indicator: str) -> bytes:
    """One recorded folder packed as the World Bank serves it: a zip of the API_ and Metadata_ CSVs."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted((FIXTURES / indicator).glob("*.csv")):
            z.write(path, path.name)
    return buf.getvalue()


class WorldBankStandIn:
    """A local http.server answering /v2/en/indicator/<code>?downloadformat=csv from ``routes``."""

    def __init__(self, routes: dict[str, bytes], delay: float = 0) -> None:
        self.routes, self.requests = routes, []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                server.requests.append(self.path)
                time.sleep(delay)
                body = server.routes.get(self.path)
                if body is None:
                    self.send_error(404, "Not Found")
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/zip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


INDICATORS = ("MS.MIL.XPND.GD.ZS", "MS.MIL.XPND.CD", "MS.MIL.TOTL.P1")


def path_of(indicator: str) -> str:
    return f"/v2/en/indicator/{indicator}?downloadformat=csv"


@pytest.fixture
def world_bank() -> Iterator[WorldBankStandIn]:
    server = WorldBankStandIn({path_of(i): fixture_zip(i) for i in INDICATORS})
    yield server
    server.close()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_refresh_rebuilds_the_tables_from_the_downloads(copied, world_bank, capsys):
    """reference refresh --url-base: three downloads, rebuilt by the build script, written to <data>/reference."""
    assert cli.main(["reference", "refresh", "--url-base", world_bank.url]) == 0
    out = capsys.readouterr().out
    assert f"reference tables rebuilt in {copied}" in out and "; milex_usd_current 157 rows (release 2024-03-28);" in out
    assert sorted(world_bank.requests) == sorted(path_of(i) for i in INDICATORS)

    assert reference.reference_dir() == copied
    df = reference.load_reference()
    assert set(df["country_iso3"]) == {"KOR", "UKR", "USA"}  # WLD, an aggregate, dropped
    assert nearest("USA", "milex_share_gdp_pct", 2024) == Nearest(3.41921653228044, 2024)
    assert nearest("KOR", "armed_forces_personnel", 2020) == Nearest(569000.0, 2020)
    # the new XPND.CD download becomes milex_usd_current, all years; the 2024 release stays its own series
    assert nearest("USA", "milex_usd_current", 2010) == Nearest(738005000000.0, 2010)
    assert nearest("USA", "milex_usd_current_wdi2024", 2022) == Nearest(876943200000.0, 2022)
    series = pd.read_csv(copied / "series.csv", dtype=str).set_index("series")
    assert series.loc["milex_usd_current", "last_updated"] == "2024-03-28"
    assert series.loc["milex_share_gdp_pct", "retrieved_from"].startswith(world_bank.url + path_of("MS.MIL.XPND.GD.ZS"))
    assert "releases of 2026-02-24, 2024-03-28 and 2026-04-08" in reference.attribution()


def test_refresh_offline_keeps_the_tables_and_says_so(copied):
    """A closed port: one line saying it is offline and the snapshot is kept, exit code 1, files unchanged."""
    before = digest(copied)
    out = subprocess.run([sys.executable, "-m", "dashboard", "reference", "refresh",
                          "--url-base", f"http://127.0.0.1:{closed_port()}"],
                         cwd=REPO, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "DEFENSE_DATA_DIR": str(copied.parent)})
    assert out.returncode == 1
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert lines[0].startswith("error: offline: could not fetch http://127.0.0.1:")
    assert "the connection was refused" in lines[0] and f"the reference tables in {copied} are kept" in lines[0]
    assert digest(copied) == before


def test_refresh_when_names_do_not_resolve_is_offline(data):
    """DNS failure: offline, and nothing is written into the data folder."""
    def no_dns(host: str, port: int) -> list[str]:
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    with pytest.raises(RefreshError, match=r"^offline: .*could not be resolved; the reference tables in .* are kept$") \
            as err:
        refresh(resolver=no_dns)
    assert err.value.offline
    assert not (data / "reference").exists()


def test_refresh_timeout_is_offline(copied):
    """A server that does not answer in time counts as offline; the tables stay."""
    before = digest(copied)
    slow = WorldBankStandIn({path_of(i): fixture_zip(i) for i in INDICATORS}, delay=1.0)
    try:
        with pytest.raises(RefreshError, match="no answer within|longer than") as err:
            refresh(slow.url, timeout=0.3)
    finally:
        slow.close()
    assert err.value.offline
    assert digest(copied) == before


def test_refresh_never_fetches_an_internal_address_by_default(data, world_bank):
    """Without --url-base, api.worldbank.org resolving to this machine is refused before any request."""
    with pytest.raises(RefreshError, match="is a loopback address; only public web addresses") as err:
        refresh(resolver=lambda host, port: ["127.0.0.1"])
    assert not err.value.offline
    assert world_bank.requests == []
    assert not (data / "reference").exists()


def test_refresh_refuses_the_wrong_file_and_changes_nothing(copied, world_bank):
    """A server handing out the %-of-GDP zip for the US$ address: refused, the tables stay as they were."""
    before = digest(copied)
    world_bank.routes[path_of("MS.MIL.XPND.CD")] = fixture_zip("MS.MIL.XPND.GD.ZS")
    with pytest.raises(RefreshError, match=r"holds MS\.MIL\.XPND\.GD\.ZS, not MS\.MIL\.XPND\.CD; the reference tables"):
        refresh(world_bank.url)
    world_bank.routes[path_of("MS.MIL.XPND.CD")] = b"<html>maintenance</html>"
    with pytest.raises(RefreshError, match="not a World Bank CSV zip"):
        refresh(world_bank.url)
    del world_bank.routes[path_of("MS.MIL.TOTL.P1")]
    world_bank.routes[path_of("MS.MIL.XPND.CD")] = fixture_zip("MS.MIL.XPND.CD")
    with pytest.raises(RefreshError, match="answered 404"):
        refresh(world_bank.url)
    assert digest(copied) == before


def test_refresh_that_cannot_rebuild_changes_nothing(copied, world_bank):
    """Downloads that parse but break the build (a row with a missing field) leave the tables as they were."""
    before = digest(copied)
    text = (FIXTURES / "MS.MIL.TOTL.P1" / "API_MS.MIL.TOTL.P1_DS2_en_csv_v2_fixture.csv").read_text(encoding="utf-8")
    broken = text.replace('"Ukraine","UKR","Armed forces personnel, total","MS.MIL.TOTL.P1","",',
                          '"Ukraine","UKR","Armed forces personnel, total","MS.MIL.TOTL.P1",', 1)
    assert broken != text
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("API_MS.MIL.TOTL.P1_DS2_en_csv_v2_fixture.csv", broken)
    world_bank.routes[path_of("MS.MIL.TOTL.P1")] = buf.getvalue()
    with pytest.raises(RefreshError, match=r"could not be rebuilt into tables \(ValueError: row UKR has"):
        refresh(world_bank.url)
    assert digest(copied) == before
