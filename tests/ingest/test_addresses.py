"""The address checks of one fetch hop on their own: no server, no network, a resolver stub."""

from __future__ import annotations

import socket

import pytest

from dashboard.ingest.addresses import address_problem, host_addresses
from dashboard.ingest.errors import ArticleError, FetchError


def no_resolver(host: str, port: int) -> list[str]:
    pytest.fail(f"the resolver was asked about {host!r}")


def test_a_public_literal_is_used_as_is_without_resolving():
    """An IPv4 host in any notation, or an IPv6 literal, never goes to the resolver."""
    assert host_addresses("93.184.216.34", 80, "u", no_resolver) == ["93.184.216.34"]
    assert host_addresses("0x5db8d822", 80, "u", no_resolver) == ["93.184.216.34"]
    assert host_addresses("2606:2800:220:1:248:1893:25c8:1946", 443, "u", no_resolver) == [
        "2606:2800:220:1:248:1893:25c8:1946"]


def test_a_name_is_resolved_once_and_every_address_kept():
    asked = []

    def resolver(host: str, port: int) -> list[str]:
        asked.append((host, port))
        return ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"]

    assert host_addresses("news.example", 443, "u", resolver) == ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"]
    assert asked == [("news.example", 443)]


@pytest.mark.parametrize("host, message", [
    ("localhost", "is this computer"),
    ("news.invalid", "could not be resolved"),
    ("1.2.3.4.5", "is not a valid address"),
    ("09.1.1.1", "is not a valid address"),
    ("10.0.0.1", "is a private address"),
])
def test_refused_hosts_never_reach_the_resolver(host, message):
    with pytest.raises(FetchError, match=message) as err:
        host_addresses(host, 80, "the page", no_resolver)
    assert str(err.value).startswith("could not fetch the page: ") and not err.value.offline
    assert isinstance(err.value, ArticleError)  # every caller that catches ArticleError sees fetch refusals


def test_check_false_skips_only_the_address_check():
    """Tests' local servers: a loopback literal is let through, a malformed one still is not."""
    assert host_addresses("127.0.0.1", 80, "u", no_resolver, check=False) == ["127.0.0.1"]
    with pytest.raises(FetchError, match="not a valid address"):
        host_addresses("1.2.3.4.5", 80, "u", no_resolver, check=False)


def test_resolver_failures_are_offline():
    def down(host: str, port: int) -> list[str]:
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    with pytest.raises(FetchError, match="no network, or the host name 'news.example' could not be resolved") as err:
        host_addresses("news.example", 80, "u", down)
    assert err.value.offline
    with pytest.raises(FetchError, match="could not be resolved") as err:
        host_addresses("news.example", 80, "u", lambda host, port: [])
    assert err.value.offline


@pytest.mark.parametrize("address, problem", [
    ("::ffff:127.0.0.1", "a loopback address"), ("2002:0a00:0001::", "a private address"),
    ("64:ff9b::a9fe:a9fe", "a link-local address"), ("100.64.0.1", "not a public address"),
    ("fe80::1%eth0", "a link-local address"), ("not an address", "not a valid address"),
    ("2606:2800:220:1:248:1893:25c8:1946", None),
])
def test_address_problem_looks_inside_ipv6(address, problem):
    assert address_problem(address) == problem
