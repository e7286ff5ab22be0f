"""Fetching pages never reaches the machine's own network: loopback, private, link-local... in every notation.

A threading HTTP server on 127.0.0.1 stands in for an internal service. Every refused address
must give a clear message and the server must receive NO request. A fake public name is made to
resolve to the local server with an injected resolver, and the ``allow_private`` hook (tests
only) lets exactly one chosen hop through, so redirects can be tested without the internet.
"""

from __future__ import annotations

import http.server
import os
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest

from dashboard.ingest import fetch
from dashboard.ingest.articles import ArticleError, read_article
from dashboard.tables import library
from dashboard.tables.library import add_files, fetch_url

pytestmark = pytest.mark.slow  # runs local servers and the CLI in subprocesses

REPO = Path(__file__).resolve().parents[2]
PAGE = (b"<html><head><title>Fetched page</title></head><body><article><h1>Fetched page</h1><p>The U.S. keeps "
        b"28,500 troops stationed in South Korea, the ministry said on Monday in Seoul.</p></article></body></html>")


class LocalServer:
    """A threading http.server on 127.0.0.1 that records every request it gets."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []  # (path, Host header)
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                server.requests.append((self.path, self.headers.get("Host", "")))
                route = self.path.split("?")[0]
                if route.startswith("/redirect-to/"):
                    self.send_response(302)
                    target = unquote(self.path.split("/redirect-to/", 1)[1])
                    self.send_header("Location", target.replace("PORT", str(server.port)))
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                elif route == "/to-file":
                    self.send_response(302)
                    self.send_header("Location", "file:///etc/passwd")
                    self.end_headers()
                elif route == "/loop":
                    self.send_response(302)
                    self.send_header("Location", "/loop")
                    self.end_headers()
                elif route == "/big":
                    self.send_response(200)
                    self.end_headers()  # no Content-Length: the size is found out by reading
                    for _ in range(64):
                        self.wfile.write(b"x" * 1024)
                elif route == "/big-declared":
                    self.send_response(200)
                    self.send_header("Content-Length", str(10_000_000))
                    self.end_headers()
                elif route == "/missing":
                    self.send_error(404, "Not Found")
                else:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.send_header("Content-Length", str(len(PAGE)))
                    self.end_headers()
                    self.wfile.write(PAGE)

            def log_message(self, *args) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    server = LocalServer()
    yield server
    server.close()


def to_local(host: str, port: int) -> list[str]:
    """A resolver under which every name is the local server (used with allow_private only)."""
    return ["127.0.0.1"]


# Every notation of this machine (and of other non-public addresses) a URL can spell.
LOOPBACK_HOSTS = [
    "127.0.0.1", "localhost", "LocalHost", "localhost.", "app.localhost", "[::1]", "0x7f000001", "0X7F000001",
    "2130706433", "127.1", "127.0.1", "0177.0.0.1", "017700000001", "0x7f.0.0.1", "0x7f.1", "127.0.0.1.",
    "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[0:0:0:0:0:ffff:127.0.0.1]", "[2002:7f00:1::]", "[64:ff9b::7f00:1]",
    "0.0.0.0", "0", "[::]", "127.255.255.254",
]
OTHER_HOSTS = {
    "10.0.0.1": "private", "172.16.5.4": "private", "192.168.1.1": "private", "[fc00::1]": "private",
    "169.254.169.254": "link-local", "[fe80::1]": "link-local", "224.0.0.1": "multicast", "[ff02::1]": "multicast",
    "240.0.0.1": "reserved", "100.64.0.1": "not a public address", "[::ffff:10.0.0.1]": "private",
    "0xa000001": "private", "[::ffff:169.254.169.254]": "link-local",
}


@pytest.mark.parametrize("host", LOOPBACK_HOSTS)
def test_every_notation_of_this_machine_is_refused_and_never_reached(local_server, host):
    """The server on 127.0.0.1 receives nothing, whatever way the URL spells its address."""
    url = local_server.url("/admin", host)
    with pytest.raises(fetch.FetchError) as err:
        fetch_url(url)
    message = str(err.value)
    assert message.startswith("could not fetch ") and "only public web addresses can be fetched" in message
    assert re.search(r"loopback|unspecified", message) and not err.value.offline
    assert local_server.requests == []


@pytest.mark.parametrize("host, kind", OTHER_HOSTS.items())
def test_private_link_local_multicast_and_reserved_addresses_are_refused(host, kind, monkeypatch):
    """Refused before any connection is attempted."""
    monkeypatch.setattr(fetch.socket, "create_connection", lambda *a, **k: pytest.fail("a connection was opened"))
    with pytest.raises(fetch.FetchError, match=re.escape(kind)):
        fetch_url(f"http://{host}/")


def test_a_name_resolving_to_a_private_address_is_refused(monkeypatch):
    """Resolved names are checked too, and one bad address among several is enough to refuse."""
    monkeypatch.setattr(fetch.socket, "create_connection", lambda *a, **k: pytest.fail("a connection was opened"))
    with pytest.raises(fetch.FetchError, match="'intranet.example' resolves to 10.0.0.7, which is a private address"):
        fetch_url("https://intranet.example/", resolver=lambda host, port: ["93.184.216.34", "10.0.0.7"])
    with pytest.raises(fetch.FetchError, match="resolves to ::1, which is a loopback address"):
        fetch_url("https://rebind.example/", resolver=lambda host, port: ["::1"])


def test_a_public_page_redirecting_to_this_machine_is_refused_after_the_redirect(local_server):
    """news.example 'resolves' to the local server for the first hop only (allow_private); each redirect
    target is checked again, so the internal page behind it is never requested."""
    for target in ("http://127.0.0.1:PORT/secret", "http://localhost:PORT/secret", "http://[::1]:PORT/secret",
                   "http://2130706433:PORT/secret", "/secret", "http://169.254.169.254/latest/meta-data/"):
        local_server.requests.clear()
        start = local_server.url(f"/redirect-to/{target}", "news.example")
        with pytest.raises(fetch.FetchError) as err:
            fetch_url(start, resolver=to_local, allow_private=lambda hop, start=start: hop == start)
        message = str(err.value)
        assert "(redirected to " in message and "only public web addresses can be fetched" in message, message
        assert [unquote(p) for p in local_server.paths] == [f"/redirect-to/{target}"]  # the first hop only


def test_connection_is_pinned_to_the_checked_address(local_server):
    """The name is resolved once per hop and the connection goes to that address (DNS rebinding between
    check and connect cannot swap it): here a name no DNS knows reaches the local server, Host intact."""
    calls: list[str] = []

    def once(host: str, port: int) -> list[str]:
        calls.append(host)
        return ["127.0.0.1"] if len(calls) == 1 else ["10.9.9.9"]

    url = local_server.url("/story.html", "news.example")
    page = fetch.fetch_page(url, resolver=once, allow_private=lambda hop: hop == url)
    assert page.data == PAGE and page.url == url and calls == ["news.example"]
    assert local_server.requests == [("/story.html", f"news.example:{local_server.port}")]


def test_redirects_are_followed_and_capped(local_server):
    """Allowed hops follow up to 5 redirects; the final address is the page's; a loop is stopped."""
    target = local_server.url("/story.html", "news.example")
    start = local_server.url(f"/redirect-to/{target}", "news.example")
    page = fetch.fetch_page(start, resolver=to_local, allow_private=lambda hop: "news.example" in hop)
    assert page.url == target and page.data == PAGE
    local_server.requests.clear()
    with pytest.raises(fetch.FetchError, match="more than 5 redirects"):
        fetch_url(local_server.url("/loop", "news.example"), resolver=to_local,
                  allow_private=lambda hop: "news.example" in hop)
    assert len(local_server.requests) == 6


@pytest.mark.parametrize("path", ["/big", "/big-declared"])
def test_response_size_is_capped(local_server, path):
    """Over the article size limit: refused, whether or not the server declares its length."""
    url = local_server.url(path)
    with pytest.raises(fetch.FetchError, match="over the 4,096-byte limit"):
        fetch_url(url, limit=4096, allow_private=lambda hop: hop == url)


def test_a_silent_server_times_out(monkeypatch):
    """A server that accepts but never answers: a clear 'no answer' message, not a hang."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/"
        with pytest.raises(fetch.FetchError, match="no answer within 0.3 s") as err:
            fetch_url(url, timeout=0.3, allow_private=lambda hop: hop == url)
        assert err.value.offline
    finally:
        listener.close()


def test_http_errors_and_offline_are_messages(local_server):
    url = local_server.url("/missing")
    with pytest.raises(fetch.FetchError, match="the server answered 404"):
        fetch_url(url, allow_private=lambda hop: hop == url)

    def offline(host: str, port: int) -> list[str]:
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    with pytest.raises(fetch.FetchError, match="no network, or the host name 'news.example' could not be resolved"):
        fetch_url("https://news.example/a", resolver=offline)


def test_add_files_stores_the_fetched_address_as_the_source(tmp_path, local_server, monkeypatch):
    """The page's own address after redirects is its source; a refused URL adds nothing."""
    target = local_server.url("/story.html", "news.example")
    start = local_server.url(f"/redirect-to/{target}", "news.example")
    real = fetch.fetch_page
    monkeypatch.setattr(fetch, "fetch_page", lambda url, **kw: real(url, resolver=to_local,
                                                                    allow_private=lambda hop: "news.example" in hop, **kw))
    [ok, refused] = add_files([start, local_server.url("/admin")], data=tmp_path / "data")
    assert ok.ok and read_article(ok.path).url == target
    assert not refused.ok and "loopback" in refused.error and not refused.offline


def test_cli_refuses_loopback_urls_and_the_server_gets_nothing(tmp_path, local_server):
    """`python -m dashboard add URL`: one clear error line per notation, exit 1, no request, nothing saved."""
    hosts = ["127.0.0.1", "localhost", "[::1]", "0x7f000001", "2130706433", "127.1"]
    environ = {k: v for k, v in os.environ.items() if not k.startswith("DEFENSE_")}
    environ.update(DEFENSE_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(REPO))
    out = subprocess.run([sys.executable, "-m", "dashboard", "add", *(local_server.url("/", h) for h in hosts)],
                         env=environ, capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and out.stdout == "" and "Traceback" not in out.stderr
    for host in hosts:
        assert re.search(rf"^error: could not fetch http://{re.escape(host)}:\d+/: .*only public web addresses",
                         out.stderr, re.MULTILINE), (host, out.stderr)
    assert "hint:" not in out.stderr and local_server.requests == []
    assert not (tmp_path / "data" / "articles").exists() or not os.listdir(tmp_path / "data" / "articles")


def test_cli_offline_keeps_the_save_as_html_hint(tmp_path):
    """No network (here: an unresolvable name): the error and the 'save the page as .html' hint."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("DEFENSE_")}
    environ.update(DEFENSE_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(REPO))
    code = ("import socket, sys\n"
            "def offline(*a, **k): raise socket.gaierror(-3, 'Temporary failure in name resolution')\n"
            "socket.getaddrinfo = offline\n"
            "from dashboard.cli import main\n"
            "sys.exit(main(['add', 'https://news.example/story.html']))\n")
    out = subprocess.run([sys.executable, "-c", code], env=environ, capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "error: could not fetch https://news.example/story.html: no network" in out.stderr
    assert "hint: without internet access, save the page as .html in your browser and add that file" in out.stderr


def test_library_fetch_url_is_the_checked_fetcher():
    """The Add page calls library.fetch_url: it is the same checked fetcher, refusing loopback."""
    with pytest.raises(ArticleError, match="loopback"):
        library.fetch_url("http://127.1:9/")
