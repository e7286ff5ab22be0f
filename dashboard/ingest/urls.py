"""Source addresses: whether a string may stand as an article's link (and as a page to fetch).

In: a URL from front matter, a page's canonical link, a typed address or a redirect.
Out: None when it is a well-formed absolute http(s) address, else a phrase saying why not
(``"has a user name or password in it"``) for the caller's message.
"""

from __future__ import annotations

import re

_URL_BAD_CHARS_RE = re.compile(r"[\s\x00-\x1f\x7f\\]|[\u0080-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_HOST_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                      r"[A-Za-z0-9])?)*\.?")
MAX_URL_CHARS = 2000


def url_problem(url: str, *, public: bool = False) -> str | None:
    """Why ``url`` cannot be an article's source address, or None when it can.

    A source is an absolute http or https address with a well-formed host (a name, an IPv4
    address or a bracketed IPv6 address), a valid port, no user name or password (which would
    make ``https://trusted.example@evil.example/`` read as the trusted site), no spaces,
    backslashes, control or invisible characters, and at most 2,000 characters.

    >>> url_problem("https://example.test/a?b=1#c") is None
    True
    >>> url_problem("https://user:pw@example.test/")
    'has a user name or password in it'

    ``public``: also refuse hosts inside a network (loopback, private, link-local..., and localhost), for a link
    stored as a source, which a reader clicks; the fetcher checks the addresses a name resolves to itself.

    >>> P = dict(public=True)
    >>> url_problem("http://127.0.0.1/admin", **P), url_problem("http://[::1]/", **P), url_problem("http://localhost/", **P)
    ('points at a loopback address, not a public page', 'points at a loopback address, not a public page', \
'points at this machine, not a public page')
    """
    from urllib.parse import urlsplit

    url = str(url)
    if len(url) > MAX_URL_CHARS:
        return f"is longer than {MAX_URL_CHARS:,} characters"
    if _URL_BAD_CHARS_RE.search(url):
        return "has spaces, backslashes, control or invisible characters in it"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "is not a well-formed address"
    if parts.scheme.lower() not in ("http", "https"):
        return "is not an http(s) address"
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return "has a user name or password in it"
    host = parts.hostname or ""
    if not host:
        return "has no host name"
    if port == 0:
        return "is not a well-formed address (port 0)"
    from dashboard.ingest.addresses import address_problem, parse_ipv4

    if parts.netloc.startswith("["):
        import ipaddress

        try:
            ipaddress.IPv6Address(host.split("%")[0])
        except ValueError:
            return "is not a well-formed address (bad IPv6 address)"
        return _internal(address_problem(host)) if public else None
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return "is not a well-formed address (bad host name)"
    if not _HOST_RE.fullmatch(ascii_host) or len(ascii_host) > 253:
        return "is not a well-formed address (bad host name)"
    if not public:
        return None
    if ascii_host.lower().rstrip(".") == "localhost" or ascii_host.lower().rstrip(".").endswith(".localhost"):
        return _internal("this machine")
    ip = parse_ipv4(ascii_host)  # (every IPv4 spelling a browser accepts: 2130706433, 0x7f.1)
    return _internal(address_problem(ip)) if ip else None


def _internal(problem: str | None) -> str | None:
    """A source link may not point inside a network: a reader's click would reach their own machine or network
    (the fetcher refuses such addresses too, see ``addresses``)."""
    return f"points at {problem}, not a public page" if problem else None
