"""Who is calling over HTTP: a Bearer API key, or nobody (an anonymous reader)."""

import uuid

from fastapi import HTTPException, Request

from api.domain.errors import Unauthenticated
from api.services import keys
from api.services.caller import Caller
from api.store.unit_of_work import UnitOfWork

ACTOR_HEADER = "X-Spoor-Actor"
REQUEST_ID_HEADER = "X-Request-Id"


def request_id(request: Request) -> str:
    """The caller's request id when it sent one (to correlate logs), or a fresh one."""
    given = request.headers.get(REQUEST_ID_HEADER, "").strip()
    return given[:100] if given else uuid.uuid4().hex


async def identify(request: Request, uow: UnitOfWork, *, request_id: str) -> Caller | None:
    """The caller behind the request's key; None without a key; 401 for a bad key."""
    header = request.headers.get("Authorization")
    if header is None:
        return None
    scheme, _, key = header.partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        raise _unauthorised("send the API key as: Authorization: Bearer spk_…")
    try:
        return await keys.authenticate(
            uow,
            key,
            display_name=request.headers.get(ACTOR_HEADER),
            request_id=request_id,
        )
    except Unauthenticated as error:
        raise _unauthorised(error.message) from None


def _unauthorised(detail: str) -> HTTPException:
    return HTTPException(
        status_code=401, detail=detail, headers={"WWW-Authenticate": 'Bearer realm="spoor"'}
    )
