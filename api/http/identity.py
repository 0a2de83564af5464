"""Who is calling over HTTP, and whether they may call now: a Bearer API key or nobody (an
anonymous reader), counted against the rate limit in the same unit of work."""

import re
import uuid
from dataclasses import dataclass

from fastapi import HTTPException
from starlette.requests import HTTPConnection

from api.domain.errors import Unauthenticated
from api.services import keys, limits
from api.services.caller import Caller
from api.services.runner import UnitOfWork, UnitsOfWork

ACTOR_HEADER = "X-Spoor-Actor"
REQUEST_ID_HEADER = "X-Request-Id"


@dataclass(frozen=True)
class RateLimits:
    """Requests per window (a minute by default) for a key, and for an anonymous client."""

    per_key: int = 600
    per_anonymous_client: int = 120
    window_seconds: int = 60


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


async def admit(
    request: HTTPConnection, units: UnitsOfWork, rates: RateLimits, *, request_id: str
) -> Caller | None:
    """Identify the caller and count the request, in one short unit of work.

    A key that authenticates counts against that key; anything else (no key, or one that does
    not authenticate) against the client address, so inventing keys escapes no limit. None for
    an anonymous reader; 429 (with Retry-After) over the limit, before 401 for a bad key. The
    count is committed even when the request is refused.
    """
    header = request.headers.get("Authorization")
    caller: Caller | None = None
    failed: Unauthenticated | None = None
    async with units.unit_of_work(as_app=True) as uow:
        if header is not None:
            try:
                caller = await _identify(uow, header, request, request_id)
            except Unauthenticated as error:
                failed = error
        if caller is not None and caller.key_id is not None:
            bucket, limit = limits.key_bucket(caller.key_id), rates.per_key
        else:
            bucket = limits.client_bucket("client", client_address(request))
            limit = rates.per_anonymous_client
        retry_after = await limits.admit(
            uow, bucket=bucket, limit=limit, window_seconds=rates.window_seconds
        )
        await uow.commit()
    if retry_after is not None:
        raise HTTPException(
            429, f"retry after {retry_after} seconds", {"Retry-After": str(retry_after)}
        )
    if failed is not None:
        raise HTTPException(401, failed.message, {"WWW-Authenticate": 'Bearer realm="spoor"'})
    return caller


async def _identify(uow: UnitOfWork, header: str, request: HTTPConnection, rid: str) -> Caller:
    scheme, _, key = header.partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        raise Unauthenticated("send the API key as: Authorization: Bearer spk_…")
    return await keys.authenticate(
        uow,
        key,
        display_name=request.headers.get(ACTOR_HEADER),
        request_id=rid,
    )
