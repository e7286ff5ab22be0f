"""Which addresses a fetch may connect to: host names and IP literals checked before any connection.

In: the host and port of one hop of a fetch (a name, an IPv4 address in any notation, an IPv6
literal) and a resolver for names.
Out: the list of addresses that hop may connect to, each public, or a :class:`FetchError` saying
which address was refused and why (loopback, private, link-local, multicast, reserved...). IPv4
addresses carried inside IPv6 ones (mapped, 6to4, Teredo, NAT64) are checked too.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable

from dashboard.ingest.errors import FetchError

Resolver = Callable[[str, int], list[str]]

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")


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


def host_addresses(host: str, port: int, shown: str, resolver: Resolver, check: bool = True) -> list[str]:
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
