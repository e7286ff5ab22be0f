"""Fetching one web page for the library, without letting a URL reach the machine's own network.

In: an address someone typed (untrusted), a timeout and a size limit.
Out: a :class:`Page` (the bytes, the address they came from after redirects, the content type),
or a :class:`FetchError` naming the address and saying why.

A URL someone types into a deployed dashboard must not make the server fetch its own internal
pages (``http://127.0.0.1:8080/admin``, a cloud metadata service at ``169.254.169.254``, a
router on ``192.168.1.1``). So :func:`fetch_page`:

* accepts http and https only, with a well-formed host and no credentials;
* checks every hop's host with :mod:`dashboard.ingest.addresses`: ``localhost`` names are refused
  outright, IPv4 hosts are read in every notation browsers and C resolvers accept
  (``2130706433``, ``0x7f000001``, ``0177.0.0.1``, ``127.1``) and IPv6 literals are read there
  too, other names are resolved once, and the hop is refused when any address is loopback,
  private, link-local, multicast, reserved, unspecified or otherwise not globally routable
  (looking inside IPv4-mapped, 6to4 and NAT64 IPv6 addresses for the IPv4 address they carry);
* connects to exactly the address it checked (the connection is pinned: the name is not
  resolved a second time, so DNS rebinding between check and connect cannot swap in
  ``127.0.0.1``), sending the host name in ``Host`` and, for https, SNI and the certificate
  check;
* follows at most :data:`MAX_REDIRECTS` redirects itself, checking each new address the same
  way;
* stops reading past the article size limit, and gives up when the whole fetch, every hop
  included, takes longer than its timeout.

Environment proxies (``HTTP_PROXY``...) are not used: a proxy resolves names itself, so the
address check could not be pinned. Name resolution itself (the system resolver) is not
bounded by the timeout.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from dashboard.ingest.addresses import Resolver, address_problem, host_addresses, parse_ipv4, system_resolver
from dashboard.ingest.decoding import max_bytes
from dashboard.ingest.errors import FetchError
from dashboard.ingest.names import display_name
from dashboard.ingest.urls import url_problem

FETCH_SCHEMES = ("http", "https")
MAX_REDIRECTS = 5
REDIRECT_CODES = (301, 302, 303, 307, 308)
USER_AGENT = "defense-figures-dashboard/0.1 (+article import)"

AllowPrivate = Callable[[str], bool]


@dataclass
class Page:
    data: bytes
    url: str  # the address the bytes came from, after redirects
    content_type: str = ""


def _too_big(shown: str, limit: int) -> FetchError:
    """The refusal of a page over the size limit, said once for the declared length and the bytes read."""
    return FetchError(f"could not fetch {shown}: the page is over the {limit:,}-byte limit for one article")


def _shown(url: str, limit: int = 200) -> str:
    return display_name(url, limit)


# ---------------------------------------------------------------------------
# Connections pinned to a checked address
# ---------------------------------------------------------------------------


def _pinned(conn: http.client.HTTPConnection, address: str) -> http.client.HTTPConnection:
    """Make ``conn`` connect to ``address`` whatever its host name says (Host, SNI and the
    certificate check still use the name)."""

    def connect(addr, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None):  # noqa: SLF001
        sock = socket.create_connection((address, addr[1]), timeout, source_address)
        conn.pinned_socket = sock  # kept: http.client lets go of conn.sock once a response will close
        return sock

    conn._create_connection = connect  # noqa: SLF001 - http.client's own seam for this
    return conn


def _connection(scheme: str, host: str, port: int, address: str, timeout: float) -> http.client.HTTPConnection:
    if scheme == "https":
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            host, port, timeout=timeout, context=ssl.create_default_context())
    else:
        conn = http.client.HTTPConnection(host, port, timeout=timeout)
    return _pinned(conn, address)


def _target(parts) -> str:
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="/%:@!$&'()*+,;=-._~?") if parts.query else ""
    return path + (f"?{query}" if query else "")


def _network_reason(reason: BaseException, host: str, timeout: float) -> tuple[str, bool]:
    """(message, offline) for a failure to connect or read."""
    if isinstance(reason, socket.gaierror):
        return f"no network, or the host name {host!r} could not be resolved", True
    if isinstance(reason, TimeoutError):
        return f"no answer within {timeout:g} s", True
    if isinstance(reason, ConnectionRefusedError):
        return "the connection was refused", True
    if isinstance(reason, ssl.SSLError):
        return f"secure connection failed ({reason.reason or reason})", False
    if isinstance(reason, http.client.HTTPException):
        return f"the server's answer is not valid HTTP ({type(reason).__name__})", False
    if isinstance(reason, OSError):
        return f"network error ({reason.strerror or reason})", True
    return str(reason), False


# ---------------------------------------------------------------------------
# Fetching
# ---------------------------------------------------------------------------


def check_fetch_url(url: str) -> str:
    """The address stripped, or FetchError when it is not one this module will fetch."""
    url = str(url).strip()
    shown = _shown(url)
    scheme = urlsplit(url).scheme.lower() if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", url) else ""
    if scheme not in FETCH_SCHEMES:
        raise FetchError(f"could not fetch {shown}: only http and https addresses can be fetched"
                         + (f" (not {_shown(scheme, 20)}:)" if scheme else ""))
    problem = url_problem(url)
    if problem:
        raise FetchError(f"could not fetch {shown}: not a valid web address (it {problem})")
    return url


def fetch_page(url: str, timeout: float = 10, *, limit: int | None = None, resolver: Resolver | None = None,
               allow_private: AllowPrivate | None = None) -> Page:
    """Download one page (see the module's notes); every failure is a FetchError naming the address.

    ``resolver(host, port)`` returns a name's addresses (default: the system resolver).
    ``allow_private(hop_url)`` is for tests only: True lets that one hop connect to a loopback or
    private address (a test's local server); it is asked for no other hop. Production code
    never passes it.
    """
    first = url = check_fetch_url(url)
    limit = limit or max_bytes()
    resolver = resolver or system_resolver
    deadline = time.monotonic() + timeout
    for hop in range(MAX_REDIRECTS + 1):
        shown = _shown(url) if url == first else f"{_shown(first, 100)} (redirected to {_shown(url, 100)})"
        parts = urlsplit(url)
        scheme, host = parts.scheme.lower(), parts.hostname or ""
        port = parts.port or (443 if scheme == "https" else 80)
        try:
            host = host.encode("idna").decode("ascii") if ":" not in host else host
        except UnicodeError:
            raise FetchError(f"could not fetch {shown}: {host!r} is not a valid host name") from None
        check = allow_private is None or not allow_private(url)
        addresses = host_addresses(host, port, shown, resolver, check=check)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"could not fetch {shown}: no answer within {timeout:g} s", offline=True)
        conn = _connection(scheme, host, port, addresses[0], remaining)
        try:
            conn.request("GET", _target(parts), headers={
                "User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
                "Accept-Encoding": "identity", "Connection": "close"})
            response = conn.getresponse()
            if response.status in REDIRECT_CODES:
                location = (response.getheader("Location") or "").strip()
                if not location:
                    raise FetchError(f"could not fetch {shown}: the server answered {response.status} (a redirect) "
                                     "without saying where to")
                following = urljoin(url, location)
                problem = url_problem(following)
                if problem:
                    raise FetchError(f"could not fetch {shown}: it redirects to {_shown(following, 100)}, which "
                                     f"{'is not an http(s) address' if 'http(s)' in problem else problem}")
                if hop == MAX_REDIRECTS:
                    raise FetchError(f"could not fetch {_shown(first)}: more than {MAX_REDIRECTS} redirects")
                url = following
                continue
            if response.status >= 400:
                raise FetchError(f"could not fetch {shown}: the server answered {response.status} {response.reason}")
            if not 200 <= response.status < 300:
                raise FetchError(f"could not fetch {shown}: the server answered {response.status} {response.reason}, "
                                 "not a page")
            length = response.getheader("Content-Length") or ""
            if length.strip().isdigit() and int(length) > limit:
                raise _too_big(shown, limit)
            data = _read(conn, response, limit, deadline, shown, timeout)
            return Page(data, url, response.getheader("Content-Type") or "")
        except FetchError:
            raise
        except (OSError, http.client.HTTPException, ValueError) as exc:
            message, offline = _network_reason(exc, host, timeout)
            raise FetchError(f"could not fetch {shown}: {message}", offline=offline) from None
        finally:
            conn.close()
    raise FetchError(f"could not fetch {_shown(first)}: more than {MAX_REDIRECTS} redirects")  # pragma: no cover


def _read(conn: http.client.HTTPConnection, response: http.client.HTTPResponse, limit: int, deadline: float,
          shown: str, timeout: float) -> bytes:
    """The body, at most ``limit`` bytes, each wait on the socket bounded by what is left of the deadline."""
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"could not fetch {shown}: the download took longer than {timeout:g} s", offline=True)
        sock = getattr(conn, "pinned_socket", None)
        if sock is not None:
            sock.settimeout(remaining)
        chunk = response.read1(min(65536, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise _too_big(shown, limit)
    return b"".join(chunks)


# Names that lived here before the address checks had their own module; the library and tests use them
__all__ = ["FETCH_SCHEMES", "MAX_REDIRECTS", "REDIRECT_CODES", "USER_AGENT", "AllowPrivate", "FetchError", "Page",
           "Resolver", "address_problem", "check_fetch_url", "fetch_page", "parse_ipv4", "system_resolver"]
