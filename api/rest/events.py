"""The event feed over REST: every change since a system's last visit, and a JSON Schema for
each type of event it can hold."""

import uuid
from datetime import datetime
from functools import cache
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from api.domain.event_schemas import event_schemas
from api.domain.events import CATALOGUE
from api.domain.measures import LARGEST_BIGINT
from api.rest.requests import Scoped, errors
from api.services import event_feed
from api.services.event_feed import DEFAULT_FEED_PAGE, MAX_FEED_PAGE, MAX_WAIT_SECONDS, FeedQuery
from api.store.models import Event

router = APIRouter(prefix="/api/v1", tags=["events"])


class EventPayload(BaseModel):
    before: dict[str, Any] | None = Field(description="The subject's state before; null if new.")
    after: dict[str, Any] | None = Field(description="The state after; null if it ended.")


class FeedEvent(BaseModel):
    """One recorded change; `GET /api/v1/event-types` gives the JSON Schema of each type."""

    seq: int = Field(description="Its number in the municipality's log: 1, 2, 3, … no gaps.")
    id: uuid.UUID
    type: str = Field(description="Such as input.created; see /api/v1/event-types.")
    type_version: int
    occurred_at: datetime
    actor_id: str = Field(description="Who made the change (a person, a key, Spoor itself).")
    actor_kind: str
    reason: str | None = Field(description="Why, when the change said so.")
    request_id: str | None
    subject_kind: str = Field(description="What changed: input, link, action, …")
    subject_id: uuid.UUID
    plan_id: uuid.UUID | None
    redacted: bool = Field(description="Whether personal text was removed from the payload.")
    payload: EventPayload

    @classmethod
    def of(cls, event: Event) -> "FeedEvent":
        return cls(
            seq=event.seq, id=event.id, type=event.type, type_version=event.type_version,
            occurred_at=event.occurred_at, actor_id=event.actor_id, actor_kind=event.actor_kind,
            reason=event.reason, request_id=event.request_id, subject_kind=event.subject_kind,
            subject_id=event.subject_id, plan_id=event.plan_id,
            redacted=event.redacted_at is not None, payload=EventPayload(**event.payload),
        )  # fmt: skip


class EventPage(BaseModel):
    events: list[FeedEvent] = Field(description="Oldest first.")
    next: str = Field(
        description="The `after` to send next: past every event this page looked at. A page"
        " with fewer events than `limit` has read the feed to its end, for now."
    )


@router.get(
    "/events",
    summary="The municipality's events after a sequence number, oldest first",
    description="A feed to follow every change: ask with `after=0` first, then with each"
    ' answer\'s `next` (also in the `Link: <…>; rel="next"` header). It never skips or'
    " repeats an event, even while others write: a page holds only events whose"
    " transactions have committed, and no later commit can fall in its range. With `wait`"
    " (seconds, up to 30) an empty answer waits for the first new event instead of returning"
    " at once. Needs a key with the read scope; a key bound to one plan reads that plan's"
    " events only.",
    responses=errors(401, 403, 404, 422),
)
async def list_events(
    request: Request,
    response: Response,
    scope: Scoped,
    after: Annotated[
        int,
        Query(ge=0, le=LARGEST_BIGINT, description="The last sequence number seen; 0 at first."),
    ] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_FEED_PAGE)] = DEFAULT_FEED_PAGE,
    types: Annotated[
        list[str] | None,
        Query(
            description="Only events of these types (repeat the parameter, or separate with"
            " commas), such as input.created,link.created."
        ),
    ] = None,
    plan: Annotated[uuid.UUID | None, Query(description="Only this plan's events.")] = None,
    wait: Annotated[
        float,
        Query(
            ge=0, le=MAX_WAIT_SECONDS, description="Seconds to wait for an event if none is new."
        ),
    ] = 0,
) -> EventPage:
    query = FeedQuery(after=after, limit=limit, types=_listed(types), plan_id=plan)
    caller = scope.caller
    if wait > 0:
        page = await scope.apart(
            lambda units: event_feed.wait_for_events(units, caller, query, wait=wait)
        )
    else:
        page = await scope.read(lambda uow: event_feed.feed_page(uow, caller, query))
    following: dict[str, str | int] = {"after": page.next_after, "limit": limit}
    if query.types:
        following["types"] = ",".join(query.types)
    if plan is not None:
        following["plan"] = str(plan)
    if wait > 0:
        following["wait"] = f"{wait:g}"
    # A relative reference (RFC 8288 allows it): right behind any proxy.
    response.headers["Link"] = f'<{request.url.path}?{urlencode(following)}>; rel="next"'
    return EventPage(events=[FeedEvent.of(e) for e in page.events], next=str(page.next_after))


def _listed(types: list[str] | None) -> tuple[str, ...]:
    names = [name.strip() for given in types or () for name in given.split(",")]
    return tuple(dict.fromkeys(name for name in names if name))


class EventType(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    type: str = Field(description="Such as input.created.")
    version: int = Field(description="The version of its payload's shape.")
    subject_kind: str
    description: str
    json_schema: dict[str, Any] = Field(
        alias="schema", description="A JSON Schema (2020-12) of one event of this type."
    )


class EventTypeList(BaseModel):
    event_types: list[EventType]


@router.get(
    "/event-types",
    summary="Every type of event, with the JSON Schema of its events",
    description="Generated from the event catalogue: each event's envelope, and its"
    " payload's `before` and `after` states with every field and its JSON type. Needs no key.",
    response_model_by_alias=True,
    responses=errors(),
)
async def list_event_types() -> EventTypeList:
    return _event_types()


@cache
def _event_types() -> EventTypeList:
    """Built once: the catalogue is code."""
    return EventTypeList(
        event_types=[
            EventType(
                type=name,
                version=CATALOGUE[name].version,
                subject_kind=CATALOGUE[name].subject.value,
                description=CATALOGUE[name].description,
                json_schema=schema,
            )
            for name, schema in event_schemas().items()
        ]
    )
