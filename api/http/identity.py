"""Who is calling over HTTP, and whether they may call now: a Bearer API key or nobody (an
anonymous reader), counted against the rate limit in the same unit of work."""

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
    """The caller's request id when it sent one (to correlate logs), or a fresh one."""
    given = request.headers.get(REQUEST_ID_HEADER, "").strip()
    return given[:100] if given else uuid.uuid4().hex


def client_address(request: HTTPConnection) -> str:
    return request.client.host if request.client else "unknown"


async def admit(
    request: HTTPConnection, units: UnitsOfWork, rates: RateLimits, *, request_id: str
) -> Caller | None:
    """Count the request and identify its caller, in one short unit of work.

    None for an anonymous reader; 429 (with Retry-After) over the limit; 401 for a bad key.
    The count is committed even when the request is refused.
    """
    header = request.headers.get("Authorization")
    bucket, keyed = limits.bucket_for(header, client_address(request))
    refusal: HTTPException | None = None
    caller: Caller | None = None
    async with units.unit_of_work(as_app=True) as uow:
        retry_after = await limits.admit(
            uow,
            bucket=bucket,
            limit=rates.per_key if keyed else rates.per_anonymous_client,
            window_seconds=rates.window_seconds,
        )
        if retry_after is not None:
            refusal = HTTPException(
                429, f"retry after {retry_after} seconds", {"Retry-After": str(retry_after)}
            )
        elif header is not None:
            try:
                caller = await _identify(uow, header, request, request_id)
            except Unauthenticated as error:
                refusal = HTTPException(
                    401, error.message, {"WWW-Authenticate": 'Bearer realm="spoor"'}
                )
        await uow.commit()
    if refusal is not None:
        raise refusal
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
