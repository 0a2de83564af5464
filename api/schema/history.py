"""The audit trail in GraphQL: events, an item's history, a plan's trail as it stood then."""

import datetime
import uuid

import strawberry
from strawberry import relay
from strawberry.scalars import JSON
from strawberry.types import Info

from api.domain.access import Scope, require_scope
from api.domain.errors import NotFound
from api.schema.context import SpoorContext
from api.schema.ids import global_id_of_kind, uuid_of
from api.schema.pages import connection_of_page
from api.schema.vocabulary import EventType, NodeKind, SubjectKind
from api.services import audit
from api.services.caller import Caller
from api.services.pagination import Page
from api.store import models


@strawberry.type(description="One recorded change.")
class Event:
    seq: int = strawberry.field(description="Its place in the tenant's log, without gaps.")
    type: EventType = strawberry.field(description="Such as LINK_CREATED.")
    occurred_at: datetime.datetime
    actor: str = strawberry.field(description="The key, and the person behind it when named.")
    reason: str | None = strawberry.field(description="Why, as the writer said.")
    subject_kind: SubjectKind
    subject_id: strawberry.ID = strawberry.field(description="The global id of the subject.")
    before: JSON | None = strawberry.field(description="The subject's recorded state before.")
    after: JSON | None = strawberry.field(description="The subject's recorded state after.")
    redacted: bool = strawberry.field(description="Whether personal text was removed from it.")


def event_of(record: models.Event) -> Event:
    """The GraphQL face of a stored event (history and the live feed show the same)."""
    return Event(
        seq=record.seq,
        type=EventType(record.type),
        occurred_at=record.occurred_at,
        actor=record.actor_id,
        reason=record.reason,
        subject_kind=SubjectKind(record.subject_kind),
        subject_id=global_id_of_kind(record.subject_kind, record.subject_id),
        before=JSON(record.payload["before"]),
        after=JSON(record.payload["after"]),
        redacted=record.redacted_at is not None,
    )


@strawberry.type(description="A page of events, newest first.")
class EventConnection(relay.Connection[Event]):  # type: ignore[type-var]
    total_count: int = strawberry.field(description="How many there are in all.")


def events_page(page: Page[models.Event]) -> EventConnection:
    return connection_of_page(EventConnection, page, event_of)


@strawberry.type(description="A node of a plan's trail as it stood at a moment.")
class PastNode:
    id: strawberry.ID
    kind: NodeKind
    state: JSON = strawberry.field(description="Its recorded state, as events carry it.")


@strawberry.type(description="A link of a plan's trail as it stood at a moment.")
class PastLink:
    id: strawberry.ID
    state: JSON = strawberry.field(description="Its recorded state, as events carry it.")


@strawberry.type(description="A plan's trail as it stood at a moment, rebuilt from the log.")
class TrailAsOf:
    as_of: datetime.datetime
    state: JSON = strawberry.field(description="The plan's own recorded state then.")
    nodes: list[PastNode] = strawberry.field(description="Every node, with its state.")
    links: list[PastLink] = strawberry.field(description="Every link, with its state.")


async def history_page(
    info: Info[SpoorContext, None], subject_id: uuid.UUID, first: int | None, after: str | None
) -> EventConnection:
    """Every change to a node or link, and to the links of a node, newest first."""
    caller = keyed(info)
    page = await info.context.read(
        lambda uow: audit.history(uow, caller, subject_id=subject_id, first=first, after=after)
    )
    return events_page(page)


async def trail_at(
    info: Info[SpoorContext, None], plan_id: uuid.UUID, at: datetime.datetime | None
) -> TrailAsOf:
    """A plan's trail as the event log says it stood at `at` (None: now, by the unit's clock)."""
    caller = keyed(info)
    trail = await info.context.read(
        lambda uow: audit.trail_as_of(uow, caller, plan_id=plan_id, at=at or uow.clock())
    )
    return TrailAsOf(
        as_of=trail.as_of,
        state=JSON(trail.plan),
        nodes=[
            PastNode(
                id=global_id_of_kind(kind, uuid.UUID(str(node_id))),
                kind=NodeKind(kind),
                state=JSON(state),
            )
            for (kind, node_id), state in trail.nodes.items()
        ],
        links=[
            PastLink(id=global_id_of_kind("link", uuid.UUID(link_id)), state=JSON(state))
            for link_id, state in trail.links.items()
        ],
    )


def keyed(info: Info[SpoorContext, None]) -> Caller:
    """The caller, who must hold a key that reads: the audit trail is not public."""
    caller = info.context.caller
    if caller is None:
        raise NotFound("the audit trail needs an API key", field="id")
    require_scope(caller.scopes, Scope.READ)
    return caller


@strawberry.type
class HistoryQueries:
    @strawberry.field(
        description="Every change to a node or link (and to the links of a node), newest first;"
        " it answers for deleted items too. Needs an API key."
    )
    async def history(
        self,
        info: Info[SpoorContext, None],
        id: strawberry.ID,
        first: int | None = 20,
        after: str | None = None,
    ) -> EventConnection:
        return await history_page(info, uuid_of(id), first, after)
