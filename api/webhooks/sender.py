"""One HTTP attempt of a delivery: checked by the guard, sent to the checked address, timed,
and its answer kept (a bounded part of it)."""

import asyncio
import time
from collections import OrderedDict
from dataclasses import dataclass

import httpx

from api.domain.errors import ValidationFailed
from api.domain.webhooks import (
    CONNECT_TIMEOUT_SECONDS,
    RESPONSE_BODY_KEPT,
    TOTAL_TIMEOUT_SECONDS,
)
from api.webhooks.guard import Guard, Target

# Connection pools kept open (one per endpoint and URL, for keep-alive); the least used are
# closed.
MAX_POOLS = 1_000


@dataclass(frozen=True)
class Outcome:
    """What one attempt came to: `error` is None for a delivery the receiver accepted (2xx),
    else the class of failure (timeout, connect_error, redirect, status, refused_address, …)."""

    status: int | None
    body: str | None
    error: str | None
    duration_ms: int
    retry_after: str | None = None

    @property
    def delivered(self) -> bool:
        return self.error is None


class Sender:
    """Sends deliveries over HTTP/1.1 with httpx, one connection pool per endpoint and URL.

    A pool per endpoint, not one shared pool: a request goes to the checked address with the
    host name only in the Host header and TLS server name, so connections are pooled by
    address, and a connection opened for one endpoint's host must never carry another's.

    Requests go straight to httpx's transport rather than through a client: a delivery needs
    none of what a client adds (redirects are never followed, there are no cookies, no auth,
    no proxies from the environment, which would connect to addresses the guard never saw),
    and skipping it saves about a third of the CPU each request costs.
    """

    def __init__(
        self,
        guard: Guard,
        *,
        connect_timeout: float = CONNECT_TIMEOUT_SECONDS,
        total_timeout: float = TOTAL_TIMEOUT_SECONDS,
    ) -> None:
        self.guard = guard
        self.total_timeout = total_timeout
        self._timeout = httpx.Timeout(total_timeout, connect=connect_timeout).as_dict()
        self._pools: OrderedDict[tuple[object, str], httpx.AsyncHTTPTransport] = OrderedDict()
        # Loading the trusted certificates takes milliseconds: once, for every pool.
        self._tls = httpx.create_ssl_context()

    async def send(
        self, endpoint: object, url: str, body: bytes, headers: dict[str, str]
    ) -> Outcome:
        """POST the body to the URL's checked address; every failure is an Outcome, not an
        exception. The guard checks the URL again first: DNS may have changed since."""
        started = time.perf_counter()
        try:
            target = await self.guard.check(url)
        except ValidationFailed:
            return Outcome(None, None, "refused_address", _since(started))
        pool = await self._pool(endpoint, target)
        try:
            async with asyncio.timeout(self.total_timeout):
                return await self._post(pool, target, body, headers, started)
        except httpx.ConnectTimeout:
            return Outcome(None, None, "connect_timeout", _since(started))
        except httpx.ConnectError:
            return Outcome(None, None, "connect_error", _since(started))
        except (httpx.TimeoutException, TimeoutError):
            return Outcome(None, None, "timeout", _since(started))
        except httpx.RemoteProtocolError:
            return Outcome(None, None, "protocol_error", _since(started))
        except httpx.HTTPError as error:
            return Outcome(None, None, type(error).__name__, _since(started))

    async def _post(
        self,
        pool: httpx.AsyncHTTPTransport,
        target: Target,
        body: bytes,
        headers: dict[str, str],
        started: float,
    ) -> Outcome:
        request = httpx.Request(
            "POST",
            target.request_url(),
            content=body,
            headers={**headers, "host": target.host_header()},
            extensions={"timeout": self._timeout, **target.request_extensions()},
        )
        response = await pool.handle_async_request(request)
        try:
            kept = bytearray()
            async for chunk in response.aiter_raw():
                kept += chunk
                if len(kept) >= RESPONSE_BODY_KEPT:
                    break
        finally:
            await response.aclose()
        status = response.status_code
        error = None
        if 300 <= status < 400:
            error = "redirect"  # never followed: a redirect could lead past the guard
        elif not 200 <= status < 300:
            error = "status"
        return Outcome(
            status,
            _text(bytes(kept[:RESPONSE_BODY_KEPT])),
            error,
            _since(started),
            retry_after=response.headers.get("retry-after"),
        )

    async def _pool(self, endpoint: object, target: Target) -> httpx.AsyncHTTPTransport:
        key = (endpoint, target.url)
        pool = self._pools.get(key)
        if pool is not None:
            self._pools.move_to_end(key)
            return pool
        pool = self._pools[key] = httpx.AsyncHTTPTransport(
            verify=self._tls, limits=httpx.Limits(max_connections=4, max_keepalive_connections=1)
        )
        while len(self._pools) > MAX_POOLS:
            _, oldest = self._pools.popitem(last=False)
            await oldest.aclose()
        return pool

    async def close(self) -> None:
        for pool in self._pools.values():
            await pool.aclose()
        self._pools.clear()


def _since(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)


def _text(body: bytes) -> str:
    """A receiver's answer as text PostgreSQL can hold (no NUL), whatever its encoding."""
    return body.decode("utf-8", errors="replace").replace("\x00", "\ufffd")
