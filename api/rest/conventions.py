"""What every REST resource shares beyond the request scope (api/rest/requests.py): ETags from
versions and If-Match for changes, pages with a `next` cursor and a Link header (RFC 8288),
texts in several languages, and answers as JSON.

Ids are the plain uuids that GraphQL's global ids wrap. Bodies and parameters are snake_case,
like the states in the event feed's payloads, so a resource and its events read alike.
"""

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Annotated, Any, Generic, Self, TypeVar

from fastapi import Depends, Header, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from api.domain.access import Scope, require_scope
from api.domain.errors import Forbidden, StaleVersion, Unauthenticated, ValidationFailed
from api.http.scope import RequestScope
from api.services.caller import Caller
from api.services.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

T = TypeVar("T")
R = TypeVar("R")

_ETAG = re.compile(r'^(?:W/)?"(\d{1,18})"$')


class Body(BaseModel):
    """A command's body: a field this API does not know is refused, not silently ignored."""

    model_config = ConfigDict(extra="forbid")


def keyed(scope: RequestScope, what: str) -> Caller:
    """The caller, who must hold a key that reads: the audit trail and keys are not public."""
    if scope.caller is None:
        raise Unauthenticated(f"{what} needs an API key")
    require_scope(scope.caller.scopes, Scope.READ)
    return scope.caller


def writer(scope: RequestScope) -> Caller:
    """The caller of a change, which needs a key (the runner says so too, but a change's checks
    that read come first)."""
    if scope.caller is None:
        raise Forbidden("changing the trail needs an API key with the write scope")
    return scope.caller


def etag(version: int) -> str:
    """The ETag of an item at a version: the version, quoted."""
    return f'"{version}"'


def if_match(
    if_match: Annotated[
        str | None,
        Header(
            alias="If-Match",
            description='The ETag read before (such as "3"): the change is refused with 412'
            " if the item changed since. Leave it out (or send *) to change it whatever its"
            " version.",
        ),
    ] = None,
) -> int | None:
    """The version a change expects, as its command's `expected_version`."""
    if if_match is None or if_match.strip() == "*":
        return None
    found = _ETAG.match(if_match.strip())
    if found is None:
        # No version this API gave out matches it: the precondition fails (RFC 9110, 13.1.1).
        raise StaleVersion(
            f"If-Match {if_match[:40]!r} is not an ETag of this API; send the ETag you read"
        )
    return int(found.group(1))


IfMatch = Annotated[int | None, Depends(if_match)]


def answer(
    body: BaseModel | None, *, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    """A JSON answer, snake_case as the models name their fields."""
    if body is None:
        return Response(status_code=status, headers=dict(headers or {}))
    return JSONResponse(body.model_dump(mode="json"), status, dict(headers or {}))


def item(request: Request, body: BaseModel, version: int | None) -> Response:
    """One item, with its version as ETag; 304 when the caller already holds that version."""
    if version is None:
        return answer(body)
    tag = etag(version)
    held = request.headers.get("if-none-match", "")
    if tag in (part.strip().removeprefix("W/") for part in held.split(",")):
        return Response(status_code=304, headers={"ETag": tag})
    return answer(body, headers={"ETag": tag})


class Page(BaseModel, Generic[T]):
    """One page of a list; follow `next` (or the Link header) for the one after."""

    items: list[T]
    next: str | None = Field(
        description="The cursor of the next page, to send as `after`; null on the last page."
    )
    total_count: int = Field(description="How many there are in all, on every page.")


Limit = Annotated[
    int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"At most this many (1 to {MAX_PAGE_SIZE}).")
]
After = Annotated[
    str | None,
    Query(max_length=200, description="The `next` cursor of the page before; none for the first."),
]


def page(
    request: Request,
    kind: type[Page[Any]],
    items: Sequence[BaseModel],
    *,
    next_cursor: str | None,
    total: int,
) -> Response:
    """A page as JSON, with a Link header to the next page when there is one."""
    body = kind(items=list(items), next=next_cursor, total_count=total)
    return answer(body, headers=_link_to(request, next_cursor))


class LogPage(BaseModel, Generic[T]):
    """One page of a log too long to count (a webhook's attempts, say); a page with fewer
    items than `limit` is the last, for now."""

    items: list[T]
    next: str | None = Field(
        description="The cursor of the next page, to send as `after`; null on the last page."
    )


def log_page(request: Request, body: LogPage[Any]) -> Response:
    """A page of a log as JSON, with a Link header to the next page when there may be one."""
    return answer(body, headers=_link_to(request, body.next))


def _link_to(request: Request, next_cursor: str | None) -> dict[str, str]:
    if next_cursor is None:
        return {}
    following = request.url.include_query_params(after=next_cursor)
    return {"Link": f'<{following}>; rel="next"'}


def cut(
    rows: Sequence[R], cursor_of: Callable[[R], str], *, limit: int, after: str | None
) -> tuple[list[R], str | None]:
    """A page cut from a short list loaded whole (a tenant's actors, a node's links), and the
    cursor of the page after it."""
    cursors = [cursor_of(row) for row in rows]
    if after is not None and after not in cursors:
        raise ValidationFailed("this cursor is not one of this list's", field="after")
    start = cursors.index(after) + 1 if after is not None else 0
    end = start + limit
    return list(rows[start:end]), cursors[end - 1] if end < len(rows) else None


DEFAULT_LIMIT = DEFAULT_PAGE_SIZE

# A removal's reason travels as a parameter: a DELETE has no body.
Reason = Annotated[str | None, Query(description="Why, as the event log will say.")]
ExternalId = Annotated[str, Path(description="The id the item has in your own system.")]


class TranslatedText(BaseModel):
    """A text in Dutch, and in any of French, English and German."""

    nl: str
    fr: str | None = None
    en: str | None = None
    de: str | None = None

    @classmethod
    def of(cls, value: Mapping[str, str] | None) -> Self | None:
        return None if value is None else cls.model_validate(value)


# A text to write: a plain string (Dutch), or the text in each language it is given in.
Text = str | TranslatedText


def text_value(given: Text | None) -> str | dict[str, str] | None:
    """A text as the commands take it: a string, or a mapping of the languages given."""
    if given is None or isinstance(given, str):
        return given
    return given.model_dump(exclude_none=True)
