"""Who is calling over HTTP, and whether they may call now: a Bearer API key or nobody (an
anonymous reader), counted against the rate limit.

A key is looked up in the request's own read unit of work, by the statement that also lets that
unit act for the key's tenant; admitting a request writes nothing (api/services/limits.py counts
requests in the process and shares the counts in batches)."""

import re
import uuid
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Protocol, TypeVar

from fastapi import HTTPException
from starlette.requests import HTTPConnection

from api.domain.errors import Unauthenticated
from api.services import keys, limits
from api.services.caller import Caller
from api.services.limits import RateLimiter, RateLimits
from api.services.runner import UnitOfWork

__all__ = [
    "ACTOR_HEADER",
    "REQUEST_ID_HEADER",
    "RateLimiter",
    "RateLimits",
    "Reads",
    "admit",
    "bearer_key",
    "client_address",
    "count_request",
    "request_id",
]

T = TypeVar("T")

ACTOR_HEADER = "X-Spoor-Actor"
REQUEST_ID_HEADER = "X-Request-Id"


def request_id(request: HTTPConnection) -> str:
    """The caller's request id when it sent one (to correlate logs), or a fresh one; the same
    one every time it is asked for the same request (kept in the ASGI scope, which the edge,
    the request scope and a problem's `instance` all share)."""
    known: str | None = request.scope.get(_REQUEST_ID_KEY)
    if known is not None:
        return known
    # Only the characters request ids are made of: a header's control characters or markup
    # must not reach log lines or answers.
    given = _NOT_IN_REQUEST_ID.sub("", request.headers.get(REQUEST_ID_HEADER, ""))
    chosen = given[:100] if given else uuid.uuid4().hex
    request.scope[_REQUEST_ID_KEY] = chosen
    return chosen


_REQUEST_ID_KEY = "spoor.request_id"
_NOT_IN_REQUEST_ID = re.compile(r"[^A-Za-z0-9._:-]")


def client_address(request: HTTPConnection) -> str:
    """The address a request came from: the connection's peer, or, when that peer is one of
    SPOOR_TRUSTED_PROXIES, the client it forwarded for (uvicorn's ProxyHeadersMiddleware, which
    create_app installs, has already put it in the scope)."""
    return request.client.host if request.client else "unknown"


class Reads(Protocol):
    """Where a request reads: its one read unit of work (api/http/scope.py)."""

    async def read(self, use: Callable[[UnitOfWork], Awaitable[T]]) -> T: ...


async def admit(
    request: HTTPConnection, scope: Reads, rates: RateLimiter, *, request_id: str
) -> Caller | None:
    """Identify the caller and count the request.

    A key that authenticates counts against that key; anything else (no key, or one that does
    not authenticate) against the client address, so inventing keys escapes no limit. None for
    an anonymous reader; 429 (with Retry-After) over the limit, before 401 for a bad key. The
    request counts even when it is refused. A key is looked up in the scope's read unit, which
    stays open, acting for the key's tenant, for the request's reads.
    """
    header = request.headers.get("Authorization")
    caller: Caller | None = None
    failed: Unauthenticated | None = None
    if header is not None:
        try:
            caller = await scope.read(
                partial(
                    keys.authenticate,
                    key=bearer_key(header),
                    display_name=request.headers.get(ACTOR_HEADER),
                    request_id=request_id,
                )
            )
        except Unauthenticated as error:
            failed = error
    retry_after = count_request(request, rates, caller.key_id if caller else None)
    if retry_after is not None:
        raise HTTPException(
            429, f"retry after {retry_after} seconds", {"Retry-After": str(retry_after)}
        )
    if failed is not None:
        raise HTTPException(401, failed.message, {"WWW-Authenticate": 'Bearer realm="spoor"'})
    return caller


def count_request(
    request: HTTPConnection, rates: RateLimiter, key_id: uuid.UUID | None
) -> int | None:
    """Count the request against its key (an authenticated one), or else its client address;
    the seconds to wait when that is over its limit, else None."""
    if key_id is not None:
        return rates.count(limits.key_bucket(key_id), rates.limits.per_key)
    bucket = limits.client_bucket("client", client_address(request))
    return rates.count(bucket, rates.limits.per_anonymous_client)


def bearer_key(header: str) -> str:
    scheme, _, key = header.partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        raise Unauthenticated("send the API key as: Authorization: Bearer spk_…")
    return key
