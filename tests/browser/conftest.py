"""Shared setup for tests that drive the real dashboard in a real browser.

Each test gets its own ``streamlit run`` server on a free port. The page is
opened in Debian's Chromium (``/usr/bin/chromium``) through Playwright, with
no network access and without ``playwright install``.

Fixtures:

* ``app_data_dir``: an empty data folder for the app. To seed it, a test
  module overrides this fixture.
* ``app_server``: starts the app on ``app_data_dir`` and yields its base URL,
  e.g. ``"http://127.0.0.1:41234"``.
* ``app_server_factory``: ``start(data_dir, ...) -> AppServer`` for tests that
  need several servers or a restart on the same folder
  (``server = server.restart()``). Every server it starts is stopped at
  teardown.
* ``browser_page``: a Playwright page with downloads allowed and a
  1400x1000 viewport. ``page.requests_seen`` lists the URL of every request,
  and ``page.console_errors`` lists console errors and uncaught exceptions.
  If the test fails, a screenshot is saved as ``FAILED-<test>.png``.
* ``screenshot`` and ``assert_all_local`` give tests the helpers of the same
  name, so they don't have to import this module.

When Chromium is missing, every test in this folder is skipped. With
``CI=true`` they fail instead, because CI has to run them.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

# tests/browser/conftest.py -> the repository root is two folders up.
REPO_ROOT = Path(__file__).resolve().parents[2]
BROWSER_TESTS_DIR = Path(__file__).resolve().parent
SCREENSHOT_DIR = REPO_ROOT / "artifacts" / "screenshots"
DEFAULT_SCRIPT = "dashboard/app/main.py"
DATA_DIR_ENV = "DEFENSE_DATA_DIR"

CHROMIUM_PATH = "/usr/bin/chromium"
CHROMIUM_MISSING = f"chromium not found at {CHROMIUM_PATH}; install with: apt-get install -y chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1400, "height": 1000}

HEALTH_TIMEOUT_S = 90.0
STOP_TIMEOUT_S = 10.0

# Hosts that count as "this machine" for assert_all_local.
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
# Schemes that never touch the network.
LOCAL_SCHEMES = frozenset({"data", "blob", "about"})


# --------------------------------------------------------------------------
# Skip (or, in CI, fail) when the browser is missing
# --------------------------------------------------------------------------


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def _browser_missing_reason() -> str | None:
    """Say why browser tests can't run here, or return None if they can."""
    if not (os.path.isfile(CHROMIUM_PATH) and os.access(CHROMIUM_PATH, os.X_OK)):
        return CHROMIUM_MISSING
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the Python package 'playwright' is not installed (pip install playwright)"
    return None


def _in_this_folder(item: pytest.Item) -> bool:
    return BROWSER_TESTS_DIR in Path(str(item.path)).resolve().parents


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives the dashboard in headless Chromium (tests/browser)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # pytest calls this hook with every collected test, wherever it lives, so
    # pick out the ones in this folder first.
    reason = _browser_missing_reason()
    for item in items:
        if not _in_this_folder(item):
            continue
        item.add_marker(pytest.mark.browser)
        if reason and not _in_ci():
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(autouse=True)
def _require_browser() -> None:
    """Fail each browser test in CI when Chromium is missing.

    Outside CI the same tests have already been marked as skipped.
    """
    reason = _browser_missing_reason()
    if reason:
        if _in_ci():
            pytest.fail(f"{reason} (CI=true: browser tests must run)", pytrace=False)
        pytest.skip(reason)


# --------------------------------------------------------------------------
# The Streamlit server
# --------------------------------------------------------------------------


def free_port() -> int:
    """Get a TCP port on 127.0.0.1 that nothing is listening on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class AppServer:
    """A running ``streamlit run`` process plus what is needed to restart it."""

    url: str
    port: int
    data_dir: Path
    script: Path
    cwd: Path
    log_path: Path
    process: subprocess.Popen
    extra_env: dict[str, str] = field(default_factory=dict)
    # The app_server_factory list this server was added to, if any, so that
    # restart() adds the new server to the same list.
    _registry: list[AppServer] | None = field(default=None, repr=False)

    def __str__(self) -> str:
        return self.url

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return "<no log>"

    def stop(self) -> None:
        """Stop the server's whole process group; safe to call more than once."""
        _stop_process_group(self.process)

    def restart(self, *, same_port: bool = True, timeout: float = HEALTH_TIMEOUT_S) -> AppServer:
        """Stop this server, then start a new one on the same data folder.

        It reuses the same port by default, so a page can reload the same URL.
        Returns the new server. When called through ``app_server_factory``, the
        new server is also stopped at teardown.
        """
        self.stop()
        return start_app_server(
            self.data_dir,
            script=self.script,
            cwd=self.cwd,
            port=self.port if same_port else None,
            log_path=self.log_path,  # opened for appending, so one log for both runs
            extra_env=self.extra_env,
            timeout=timeout,
            _registry=self._registry,
        )


def _stop_process_group(proc: subprocess.Popen) -> None:
    # The server was started with start_new_session=True, so its pid is also
    # the id of its process group. Only that group is signalled.
    if proc.poll() is not None:
        return
    for sig, wait_s in ((signal.SIGTERM, STOP_TIMEOUT_S), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait_s)
            return
        except subprocess.TimeoutExpired:
            continue


def _health_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
            return resp.status == 200 and resp.read().strip() == b"ok"
    except (urllib.error.URLError, ConnectionError, OSError):
        return False


def start_app_server(
    data_dir: str | os.PathLike[str],
    *,
    script: str | os.PathLike[str] = DEFAULT_SCRIPT,
    cwd: str | os.PathLike[str] = REPO_ROOT,
    port: int | None = None,
    log_path: str | os.PathLike[str] | None = None,
    extra_env: Mapping[str, str] | None = None,
    timeout: float = HEALTH_TIMEOUT_S,
    _registry: list[AppServer] | None = None,
) -> AppServer:
    """Start ``streamlit run <script>`` with ``DEFENSE_DATA_DIR=<data_dir>``.

    ``script`` can be absolute or relative to ``cwd``, which is the repository
    root by default. Streamlit reads ``.streamlit/config.toml`` from ``cwd``
    and serves ``static/`` from the folder the script is in. Returns after
    ``/_stcore/health`` answers ``ok``. If the server exits or is still not
    healthy after ``timeout`` seconds, it is stopped and the test fails, with
    the end of the server log in the message.
    """
    cwd = Path(cwd).resolve()
    script_path = Path(script)
    if not script_path.is_absolute():
        script_path = cwd / script_path
    if not script_path.is_file():
        pytest.fail(f"app script not found: {script_path}", pytrace=False)
    data_dir = Path(data_dir).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = Path(log_path) if log_path else data_dir.parent / f"streamlit-{port}.log"

    env = dict(os.environ)
    env.update(extra_env or {})
    env[DATA_DIR_ENV] = str(data_dir)
    env["PYTHONUNBUFFERED"] = "1"
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(script_path),
        "--server.port", str(port),
        "--server.address", "127.0.0.1",
        "--server.headless", "true",
        "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(
            cmd,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, stopped as a whole
        )
    server = AppServer(
        url=url,
        port=port,
        data_dir=data_dir,
        script=script_path,
        cwd=cwd,
        log_path=log_path,
        process=proc,
        extra_env=dict(extra_env or {}),
        _registry=_registry,
    )
    if _registry is not None:
        _registry.append(server)

    deadline = time.monotonic() + timeout
    while True:
        if _health_ok(url):
            return server
        if proc.poll() is not None or time.monotonic() > deadline:
            what = (
                f"exited with code {proc.returncode}"
                if proc.poll() is not None
                else f"not healthy after {timeout:.0f} s"
            )
            server.stop()
            pytest.fail(
                f"streamlit server for {script_path} {what}.\n"
                f"command: {' '.join(cmd)}\n--- log tail ---\n{server.log_tail()}",
                pytrace=False,
            )
        time.sleep(0.2)


@pytest.fixture
def app_script() -> str | os.PathLike[str]:
    """The script ``app_server`` runs. Override it to serve a different app."""
    return DEFAULT_SCRIPT


@pytest.fixture
def app_cwd() -> str | os.PathLike[str]:
    """The working directory for ``app_server`` (repository root by default)."""
    return REPO_ROOT


@pytest.fixture
def app_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty data folder for the app. Override it to seed data."""
    return tmp_path_factory.mktemp("defense-data")


@pytest.fixture
def app_server_factory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Return ``start(data_dir, **kwargs) -> AppServer``. Every server it
    starts, restarts included, is stopped at teardown, even when the test fails."""
    started: list[AppServer] = []
    log_dir = tmp_path_factory.mktemp("streamlit-logs")

    def start(data_dir: str | os.PathLike[str], **kwargs: Any) -> AppServer:
        kwargs.setdefault("log_path", log_dir / f"server-{len(started)}.log")
        return start_app_server(data_dir, _registry=started, **kwargs)

    try:
        yield start
    finally:
        for server in reversed(started):
            server.stop()


@pytest.fixture
def app_server(app_server_factory: Any, app_data_dir: Path, app_script: Any, app_cwd: Any) -> Iterator[str]:
    """Run the dashboard on ``app_data_dir`` and yield its base URL."""
    server = app_server_factory(app_data_dir, script=app_script, cwd=app_cwd)
    yield server.url


# --------------------------------------------------------------------------
# The browser
# --------------------------------------------------------------------------


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    # Keep each phase's report on the test, so browser_page can tell at
    # teardown whether the test failed.
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"_report_{report.when}", report)


@pytest.fixture
def browser_page(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A Playwright ``Page`` in a fresh persistent Chromium profile.

    Extra attributes: ``page.requests_seen`` (list of URLs, for every request
    any page in the context makes) and ``page.console_errors`` (console errors
    and uncaught page exceptions).
    """
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    profile_dir = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile_dir),
            executable_path=CHROMIUM_PATH,
            headless=True,
            args=CHROMIUM_ARGS,
            accept_downloads=True,
            viewport=VIEWPORT,
        )
        try:
            requests_seen: list[str] = []
            console_errors: list[str] = []
            # Listening on the context also catches requests from popups and
            # any other pages the test opens.
            context.on("request", lambda req: requests_seen.append(req.url))
            page = context.pages[0] if context.pages else context.new_page()
            page.on(
                "console",
                lambda msg: console_errors.append(msg.text) if msg.type == "error" else None,
            )
            page.on("pageerror", lambda exc: console_errors.append(f"pageerror: {exc}"))
            page.requests_seen = requests_seen
            page.console_errors = console_errors
            page.set_default_timeout(60_000)
            yield page
            failed = getattr(request.node, "_report_call", None)
            if failed is not None and failed.failed and not page.is_closed():
                # A failed screenshot must not hide the test's own failure.
                try:
                    saved = screenshot(page, f"FAILED-{request.node.name}")
                    note = f"saved {saved}"
                except (PlaywrightError, OSError) as exc:
                    note = f"could not save: {exc}"
                request.node.add_report_section("teardown", "screenshot", note)
        finally:
            context.close()


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def screenshot(page: Any, name: str, *, full_page: bool = True) -> Path:
    """Save a PNG of the page to ``<repo>/artifacts/screenshots/<name>.png``."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "screenshot"
    if not safe.lower().endswith(".png"):
        safe += ".png"
    path = SCREENSHOT_DIR / safe
    page.screenshot(path=str(path), full_page=full_page)
    return path


def non_local_urls(urls: Iterable[str]) -> list[str]:
    """Return the URLs that would leave this machine."""
    bad = []
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme in LOCAL_SCHEMES:
            continue
        if parts.hostname in LOCAL_HOSTS:
            continue
        bad.append(url)
    return bad


def assert_all_local(urls: Iterable[str]) -> None:
    """Fail, listing each URL whose host isn't 127.0.0.1, localhost or ::1.

    data:, blob: and about: URLs count as local.
    """
    bad = non_local_urls(urls)
    if bad:
        listing = "\n  ".join(dict.fromkeys(bad))  # drop repeats, keep order
        pytest.fail(f"{len(bad)} request(s) left the machine:\n  {listing}", pytrace=False)


def pick_country(page: Any, name: str) -> None:
    """Choose one country in the sidebar's Countries box (typed, Enter), and wait for the URL and the rerun."""
    page.locator('[data-testid="stSidebar"]').locator('[data-testid="stMultiSelect"]').first.click()
    page.keyboard.type(name)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_url(f"**country={name}**", timeout=60_000)
    wait_for_app(page)


def wait_for_app(page: Any, timeout: float = 60_000) -> None:
    """Wait until Streamlit is connected and the script has finished its run.

    Useful after ``page.goto(url)`` and after any widget change that reruns
    the script.
    """
    page.wait_for_selector(
        '[data-testid="stApp"][data-test-connection-state="CONNECTED"][data-test-script-state="notRunning"]',
        state="attached",
        timeout=timeout,
    )


# JavaScript that describes every Plotly geo map on the page. Each geo
# subplot is an SVG <g class="geo"> inside .js-plotly-plot.
#   - "g.layer.countries path" is the borders of all countries as ONE path.
#     It exists only when the topojson loaded and geo.showcountries is on.
#     Its "d" is about 100 kB long for world_110m.
#   - "path.choroplethlocation" is one path per choropleth location that was
#     matched to a country shape.
#   - "g.layer.land path" and "g.layer.coastlines path" appear when those
#     layers are switched on (showland / showcoastlines).
# When the topojson fails to load, the geo group stays hidden and none of
# these paths are there.
_GEO_STATS_JS = """() => [...document.querySelectorAll('.js-plotly-plot g.geo')].map(g => {
  const d = sel => { const p = g.querySelector(sel); return p ? (p.getAttribute('d') || '').length : 0; };
  return {
    visible: getComputedStyle(g).visibility !== 'hidden',
    country_border_paths: g.querySelectorAll('g.layer.countries path').length,
    country_border_d_length: d('g.layer.countries path'),
    choropleth_locations: g.querySelectorAll('path.choroplethlocation').length,
    land_paths: g.querySelectorAll('g.layer.land path').length,
    coastline_paths: g.querySelectorAll('g.layer.coastlines path').length,
    scattergeo_lines: g.querySelectorAll('g.trace.scattergeo path.js-line').length,
  };
})"""


def geo_map_stats(page: Any) -> list[dict[str, Any]]:
    """Describe each geo map on the page, so a test can check it drew."""
    return page.evaluate(_GEO_STATS_JS)


def wait_for_geo_map(page: Any, timeout: float = 60_000) -> list[dict[str, Any]]:
    """Wait until some geo map has drawn its country borders, then return
    ``geo_map_stats(page)``."""
    page.wait_for_function(
        "() => document.querySelectorAll('.js-plotly-plot g.geo g.layer.countries path').length > 0",
        timeout=timeout,
    )
    return geo_map_stats(page)


# The helpers as fixtures, so test modules can use them without importing
# this file.


@pytest.fixture(name="screenshot")
def _screenshot_fixture() -> Any:
    return screenshot


@pytest.fixture(name="assert_all_local")
def _assert_all_local_fixture() -> Any:
    return assert_all_local


# Pages of the dashboard that draw a Plotly chart as soon as they have data.
CHART_PAGES = ("", "troops", "active", "budgets")
SEED_ARTICLE = REPO_ROOT / "data" / "articles" / "2025-11-03-econotimes-hegseth-south-korea.txt"


def open_page(page: Any, base: str, path: str = "") -> None:
    """Open one page of the app and wait for its run to finish (and for its first chart, if it has one)."""
    page.goto(f"{base}/{path}")
    wait_for_app(page)
    if path in CHART_PAGES:
        page.wait_for_selector(".js-plotly-plot", state="visible", timeout=60_000)


JAPAN_ID = "2024-03-05-test-wire-japan"
JAPAN_ARTICLE = """---
title: Japan hosts the largest U.S. presence abroad
publisher: Test Wire
published: 2024-03-05
url: https://example.test/japan
---
About 54,000 U.S. troops are stationed in Japan, officials said on Tuesday.

Tokyo approved a record 7.9 trillion yen defense budget for fiscal 2024.
"""


def seed_and_japan_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the seed article and a second one about Japan (two bars, two countries)."""
    data = seed_data_dir(tmp_path_factory)
    (data / "articles" / f"{JAPAN_ID}.md").write_text(JAPAN_ARTICLE, encoding="utf-8")
    return data


def seed_data_dir(tmp_path_factory: pytest.TempPathFactory, name: str = "data") -> Path:
    """A fresh data folder holding a copy of the bundled seed article."""
    import shutil

    data = tmp_path_factory.mktemp(name)
    (data / "articles").mkdir()
    shutil.copy(SEED_ARTICLE, data / "articles" / SEED_ARTICLE.name)
    return data
