"""The SSRF guard: a webhook goes only to a public address, and to the very address checked.

A URL's host is resolved, and every address it resolves to is judged by the domain's rules
(api/domain/webhooks.py): one refused address refuses the URL, since DNS may hand out any of
them. The request is then made to the checked address itself, with the URL's host in the Host
header and as the TLS server name, so no second lookup can swap the address between check and
connection (DNS rebinding). The check runs when an endpoint is created or changed, and again
before every attempt: DNS can change after an endpoint was accepted.
"""

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, lru_cache
from urllib.parse import SplitResult

import httpx

from api.domain.errors import ValidationFailed
from api.domain.webhooks import (
    IPAddress,
    IPNetwork,
    address_refusal,
    is_allowed_network,
    literal_address,
    parse_endpoint_url,
)
from api.settings import Settings

Resolver = Callable[[str, int], Awaitable[Sequence[IPAddress]]]
RESOLVE_TIMEOUT_SECONDS = 5.0


async def system_resolver(host: str, port: int) -> list[IPAddress]:
    """The host's addresses, as the operating system resolves them."""
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(RESOLVE_TIMEOUT_SECONDS):
        found = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    # The scope of a link-local IPv6 address (`%eth0`) is no part of the address.
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in found]
    return list(dict.fromkeys(addresses))


@dataclass(frozen=True)
class Target:
    """A checked URL: where to connect, and what to tell the server it is."""

    url: str
    host: str
    address: IPAddress

    def request_url(self) -> httpx.URL:
        """The URL with the checked address in place of the host name."""
        return _pinned(self.url, self.address)[0]

    def host_header(self) -> str:
        """The Host header the receiver expects: the URL's own host and port."""
        return _pinned(self.url, self.address)[1]

    def request_extensions(self) -> dict[str, str]:
        """TLS is spoken to, and its certificate checked against, the URL's host name."""
        named = literal_address(self.host) is None
        return {"sni_hostname": self.host} if named and self.url.startswith("https:") else {}


@dataclass(frozen=True)
class Guard:
    """Checks URLs against the networks the operator allows (SPOOR_WEBHOOK_ALLOW_NETWORKS)."""

    allowed: tuple[IPNetwork, ...] = ()
    resolver: Resolver = field(default=system_resolver)

    @classmethod
    def from_settings(cls, settings: Settings) -> "Guard":
        return cls(tuple(ipaddress.ip_network(n) for n in settings.webhook_allow_networks))

    async def check(self, url: str) -> Target:
        """Where a webhook to this URL may be sent; a refusal is a ValidationFailed on `url`."""
        parts = _parsed(url)
        host = parts.hostname or ""
        port = parts.port or (443 if parts.scheme == "https" else 80)
        literal = literal_address(host)
        addresses = [literal] if literal is not None else await self._resolve(host, port)
        for address in addresses:
            why = _refusal(address, self.allowed)
            if why is not None:
                raise ValidationFailed(
                    f"url leads to {address}, {why} address: webhooks go to public addresses",
                    field="url",
                )
        if parts.scheme == "http" and not all(
            is_allowed_network(a, self.allowed) for a in addresses
        ):
            raise ValidationFailed("url must use https://", field="url")
        return Target(url=parts.geturl(), host=host, address=addresses[0])

    async def _resolve(self, host: str, port: int) -> Sequence[IPAddress]:
        try:
            addresses = await self.resolver(host, port)
        except (OSError, TimeoutError, UnicodeError):
            addresses = []
        if not addresses:
            raise ValidationFailed(f"url names a host that does not resolve: {host}", field="url")
        return addresses


# A dispatcher checks the same few URLs and addresses before every attempt: what does not
# depend on DNS is worked out once (resolving is never cached).
@lru_cache(maxsize=4_096)
def _parsed(url: str) -> SplitResult:
    return parse_endpoint_url(url)


@lru_cache(maxsize=4_096)
def _refusal(address: IPAddress, allowed: tuple[IPNetwork, ...]) -> str | None:
    return address_refusal(address, allowed)


@lru_cache(maxsize=4_096)
def _pinned(url: str, address: IPAddress) -> tuple[httpx.URL, str]:
    parsed = httpx.URL(url)
    return parsed.copy_with(host=str(address)), parsed.netloc.decode("ascii")


# The guard the use cases check URLs with: the one configured by the settings, unless code
# that runs them (a test, the benchmark) chose another for its own context.
_chosen: ContextVar[Guard | None] = ContextVar("webhook_guard", default=None)


@cache
def configured_guard() -> Guard:
    return Guard.from_settings(Settings())


def current_guard() -> Guard:
    """The guard in force here."""
    return _chosen.get() or configured_guard()


@contextmanager
def guarding_with(guard: Guard) -> Iterator[Guard]:
    """Check URLs with this guard inside the block (and in tasks it starts)."""
    token = _chosen.set(guard)
    try:
        yield guard
    finally:
        _chosen.reset(token)
