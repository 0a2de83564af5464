"""How a REST operation changes the trail: its command runs through the shared runner (via the
request scope), its answer is presented in the same unit of work, and a POST with an
Idempotency-Key keeps that answer, so the same request sent again gets it again.

The same key with another request (another path, body, If-Match or API key) is refused with
422; an answer is replayed for 24 hours, with `Idempotent-Replayed: true`. Fields shown once
(a receipt code, a new key's secret) are null in a replay.
"""

import hashlib
import json
from typing import Annotated, TypeVar

from fastapi import Header, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

from api.domain.errors import Conflict, ValidationFailed
from api.http.malformed import MalformedRequest, decode_json
from api.http.scope import RequestScope
from api.rest.conventions import etag
from api.services import idempotency
from api.services.caller import Caller
from api.services.idempotency import Answer, Claim, KeptAnswer, Present
from api.services.runner import WriteUseCase

T = TypeVar("T")
C = TypeVar("C")

REPLAYED_HEADER = "Idempotent-Replayed"

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=200,
        pattern=r"^[\x21-\x7e]+$",
        description="Your own unique id for this request (a uuid, say): sent again with the"
        " same request within 24 hours, it gets the first answer again instead of changing"
        " anything twice; sent with another request, 422.",
    ),
]


def shown(
    body: BaseModel,
    *,
    status: int = 200,
    version: int | None = None,
    location: str | None = None,
    once: tuple[str, ...] = (),
) -> Answer:
    """A write's answer: the item, its ETag and, for a new item, where it lives."""
    headers = {}
    if version is not None:
        headers["ETag"] = etag(version)
    if location is not None:
        headers["Location"] = location
    return Answer(status, body.model_dump(mode="json"), headers, once)


def nothing(status: int = 204) -> Answer:
    """The answer to a removal: no body."""
    return Answer(status, None)


async def perform(
    request: Request,
    scope: RequestScope,
    use_case: WriteUseCase[C, T],
    command: C,
    present: Present[T],
    *,
    idempotency_key: str | None = None,
) -> Response:
    """Run a write's command for the request's caller and answer it as `present` shows it."""
    caller = scope.caller
    claim = None
    if idempotency_key is not None and caller is not None:
        claim = Claim(idempotency_key, await _fingerprint(request, caller))
        earlier = await _earlier(scope, caller, claim.key)
        if earlier is not None:
            return _replay(earlier, claim)
    try:
        done = await scope.write(idempotency.answering(use_case, present, claim), command)
    except idempotency.AnsweredBefore:
        # A first use of the key that raced this one committed first: this one's change is
        # undone, and its answer is the first one's.
        assert caller is not None and claim is not None
        earlier = await _earlier(scope, caller, claim.key)
        if earlier is None:
            raise Conflict("a request with this Idempotency-Key just ran; retry") from None
        return _replay(earlier, claim)
    return _response(done.status, done.body, done.headers)


async def _earlier(scope: RequestScope, caller: Caller, key: str) -> KeptAnswer | None:
    return await scope.read(lambda uow: idempotency.earlier_answer(uow, caller, key))


def _replay(earlier: KeptAnswer, claim: Claim) -> Response:
    if earlier.fingerprint != claim.fingerprint:
        raise ValidationFailed(
            "this Idempotency-Key came with another request in the last 24 hours; use a new"
            " key for a new request",
            field="Idempotency-Key",
        )
    return _response(earlier.status, earlier.body, {**earlier.headers, REPLAYED_HEADER: "true"})


def _response(status: int, body: object, headers: dict[str, str]) -> Response:
    if body is None:
        return Response(status_code=status, headers=headers)
    return JSONResponse(body, status, headers)


async def _fingerprint(request: Request, caller: Caller) -> str:
    """A digest of what makes a request the same request: who sends it, what it asks of which
    resource, the version it expects, and its body (JSON compared as a value, so spacing and
    the order of keys do not matter)."""
    raw = await request.body()
    try:
        body = json.dumps(decode_json(raw), sort_keys=True, separators=(",", ":"))
    except MalformedRequest:
        body = raw.hex()
    parts = [
        str(caller.key_id),
        request.method,
        request.url.path,
        str(request.url.query),
        request.headers.get("if-match", ""),
        body,
    ]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()
