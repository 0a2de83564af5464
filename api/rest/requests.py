"""What every REST operation shares: the request's scope (admitted, identified, rate limited;
one unit of work at a time, as api/http/scope.py opens it for GraphQL too) and the documented
shape of its errors (problem+json, RFC 9457)."""

from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import Annotated, Any

from fastapi import Depends, Request
from pydantic import BaseModel, Field

from api.http.problems import PROBLEM
from api.http.scope import RequestScope, open_request

__all__ = ["Problem", "RequestScope", "Scoped", "errors", "request_scope"]


async def request_scope(request: Request) -> AsyncIterator[RequestScope]:
    """The request's scope, closed once the operation has answered, or has failed: an
    exception thrown in at the `yield` leaves an `async for` without closing the generator it
    reads, which would then close the scope whenever it is collected, midway through whatever
    the connection does next; `aclosing` closes it here and now."""
    scopes = open_request(request, request.app.state.database, request.app.state.rates)
    async with aclosing(scopes):
        async for scope in scopes:
            yield scope


Scoped = Annotated[RequestScope, Depends(request_scope)]


class FieldError(BaseModel):
    row: int | None = Field(
        default=None, description="In a bulk request, the row at fault (a CSV's header is 1)."
    )
    field: str = Field(description="The parameter or body field at fault.")
    message: str


class Problem(BaseModel):
    """An error, as RFC 9457 problem details."""

    type: str = Field(description="The problem's kind, `urn:spoor:problem:{code}`.")
    title: str
    status: int
    detail: str
    instance: str | None = Field(
        default=None,
        description="This request, by its request id (urn:spoor:request:…): quote it when"
        " reporting a problem.",
    )
    code: str = Field(
        description="What went wrong, for a program: `validation_failed`,"
        " `not_found`, `stale_version`, `unauthenticated`, `rate_limited`, …"
    )
    errors: list[FieldError] | None = Field(default=None, description="Each field at fault.")
    current_version: int | None = Field(
        default=None, description="For 412: the item's version now, to read again and retry from."
    )


_MEANINGS = {
    400: "The request is malformed.",
    401: "No API key, or one that is unknown, revoked or expired.",
    403: "The key lacks the scope this needs.",
    404: "Nothing with this id that the caller may read.",
    406: "None of the media types the Accept header asks for is offered.",
    409: "The item's state does not allow it, or a value that must be unique is taken.",
    412: "The item changed since the version If-Match names; read it again and retry.",
    413: "The body is too large.",
    422: "A parameter is not valid; `errors` names each.",
    429: "Too many requests; see Retry-After.",
    503: "The database does not answer; see Retry-After.",
}
# What any operation may answer, whatever it does.
ALWAYS = (400, 413, 429, 503)


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The documented error answers of an operation: its own and those any operation gives."""
    return {
        status: {
            "description": _MEANINGS[status],
            "model": Problem,
            "content": {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in sorted({*statuses, *ALWAYS})
    }
