"""Fetching one web page for the library, without letting a URL reach the machine's own network.

A URL someone types into a deployed dashboard must not make the server fetch its own internal
pages (``http://127.0.0.1:8080/admin``, a cloud metadata service at ``169.254.169.254``, a
router on ``192.168.1.1``). So :func:`fetch_page`:

* accepts http and https only, with a well-formed host and no credentials;
* refuses ``localhost`` names outright, reads IPv4 hosts in every notation browsers and C
  resolvers accept (``2130706433``, ``0x7f000001``, ``0177.0.0.1``, ``127.1``) and IPv6
  literals itself, and resolves other names once;
* refuses the hop when any address is loopback, private, link-local, multicast, reserved,
  unspecified or otherwise not globally routable, looking inside IPv4-mapped, 6to4 and NAT64
  IPv6 addresses for the IPv4 address they carry;
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
import ipaddress
import re
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from dashboard.ingest.articles import ArticleError, display_name, max_bytes, url_problem

FETCH_SCHEMES = ("http", "https")
MAX_REDIRECTS = 5
REDIRECT_CODES = (301, 302, 303, 307, 308)
USER_AGENT = "defense-figures-dashboard/0.1 (+article import)"

Resolver = Callable[[str, int], list[str]]
AllowPrivate = Callable[[str], bool]

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")


class FetchError(ArticleError):
    """A page that could not be fetched; ``offline`` when the network (not the address) failed."""

    def __init__(self, message: str, *, offline: bool = False) -> None:
        super().__init__(message)
        self.offline = offline


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
# Addresses
# ---------------------------------------------------------------------------


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host`` (IPv4 and IPv6), in its order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def parse_ipv4(host: str) -> ipaddress.IPv4Address | None | bool:
    """The IPv4 address a host spells in any inet_aton / WHATWG URL notation; None when the host is
    a name; False when it ends in a number but is not a valid address (browsers refuse those).

    >>> [str(parse_ipv4(h)) for h in ("2130706433", "0x7f000001", "0177.0.0.1", "127.1", "0x7f.1", "127.0.0.1.")]
    ['127.0.0.1', '127.0.0.1', '127.0.0.1', '127.0.0.1', '127.0.0.1', '127.0.0.1']
    >>> parse_ipv4("example.test") is None, parse_ipv4("1.2.3.4.5"), parse_ipv4("09.1.1.1")
    (True, False, False)
    """
    parts = host.split(".")
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    if not parts or not re.fullmatch(r"[0-9]+|0[xX][0-9A-Fa-f]*", parts[-1]):
        return None
    if len(parts) > 4:
        return False
    numbers = []
    for part in parts:
        if re.fullmatch(r"0[xX][0-9A-Fa-f]*", part):
            numbers.append(int(part[2:] or "0", 16))
        elif re.fullmatch(r"0[0-7]+", part):
            numbers.append(int(part, 8))
        elif re.fullmatch(r"0|[1-9][0-9]*", part):
            numbers.append(int(part))
        else:
            return False
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(numbers)):
        return False
    value = last
    for i, n in enumerate(head):
        value += n << (8 * (3 - i))
    return ipaddress.IPv4Address(value)


def address_problem(address: str | ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why a fetch may not connect to ``address`` (loopback, private...), or None for a public address.

    >>> address_problem("127.0.0.1"), address_problem("::ffff:10.0.0.1"), address_problem("93.184.216.34")
    ('a loopback address', 'a private address', None)
    """
    try:
        ip = ipaddress.ip_address(str(address).split("%")[0])
    except ValueError:
        return "not a valid address"
    if isinstance(ip, ipaddress.IPv6Address):
        embedded: list[ipaddress.IPv4Address] = []
        if ip.ipv4_mapped is not None:
            embedded.append(ip.ipv4_mapped)
        if ip.sixtofour is not None:
            embedded.append(ip.sixtofour)
        if ip.teredo is not None:
            embedded.extend(ip.teredo)
        if ip in _NAT64 or ip in _NAT64_LOCAL:
            embedded.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        for inner in embedded:
            problem = address_problem(inner)
            if problem:
                return problem
    for test, kind in (("is_unspecified", "an unspecified address"), ("is_loopback", "a loopback address"),
                       ("is_link_local", "a link-local address"), ("is_multicast", "a multicast address"),
                       ("is_reserved", "a reserved address"), ("is_private", "a private address")):
        if getattr(ip, test):
            return kind
    if not ip.is_global:
        return "not a public address"
    return None


def _host_addresses(host: str, port: int, shown: str, resolver: Resolver, check: bool = True) -> list[str]:
    """The addresses one hop may connect to, each checked; raise FetchError for a refused host.

    ``check=False`` (tests' local servers only) skips the address checks, not the parsing.
    """
    name = host.lower().rstrip(".")
    if check and name == "localhost" or name.endswith(".localhost") or name == "localhost.localdomain":
        raise FetchError(f"could not fetch {shown}: {host!r} is this computer (a loopback address); "
                         "only public web addresses can be fetched")
    if name == "invalid" or name.endswith(".invalid"):  # RFC 6761: never resolves, so do not ask a resolver
        raise FetchError(f"could not fetch {shown}: the host name {host!r} could not be resolved")
    literal: ipaddress.IPv4Address | ipaddress.IPv6Address | None = None
    if ":" in host:
        try:
            literal = ipaddress.IPv6Address(host.split("%")[0])
        except ValueError:
            raise FetchError(f"could not fetch {shown}: {host!r} is not a valid IPv6 address") from None
    else:
        v4 = parse_ipv4(host)
        if v4 is False:
            raise FetchError(f"could not fetch {shown}: {host!r} is not a valid address")
        literal = v4 or None
    if literal is not None:
        addresses = [str(literal)]
    else:
        try:
            addresses = [str(a) for a in resolver(host, port)]
        except socket.gaierror:
            raise FetchError(f"could not fetch {shown}: no network, or the host name {host!r} could not be resolved",
                             offline=True) from None
        except (OSError, UnicodeError) as exc:
            raise FetchError(f"could not fetch {shown}: the host name {host!r} could not be resolved ({exc})",
                             offline=True) from None
        if not addresses:
            raise FetchError(f"could not fetch {shown}: the host name {host!r} could not be resolved", offline=True)
    for address in addresses if check else ():
        problem = address_problem(address)
        if problem:
            if literal is None:
                where = f"{host!r} resolves to {address}, which"
            else:
                where = f"{host!r}" + (f" ({address})" if address != host else "")
            raise FetchError(f"could not fetch {shown}: {where} is {problem}; only public web addresses can be "
                             "fetched")
    return addresses


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
        addresses = _host_addresses(host, port, shown, resolver, check=check)
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
