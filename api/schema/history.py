"""The audit trail in GraphQL: an item's history, and a plan's trail as it stood at a moment."""

import datetime
import uuid

import strawberry
from strawberry import relay
from strawberry.scalars import JSON
from strawberry.types import Info

from api.domain.access import Scope, require_scope
from api.domain.errors import NotFound
from api.schema.context import SpoorContext
from api.schema.ids import uuid_of
from api.services import audit
from api.services.caller import Caller
from api.services.pagination import Page
from api.store import models


@strawberry.type(description="One recorded change.")
class Event:
    seq: int = strawberry.field(description="Its place in the tenant's log, without gaps.")
    type: str = strawberry.field(description="Such as link.created or action.progress_changed.")
    occurred_at: datetime.datetime
    actor: str = strawberry.field(description="The key, and the person behind it when named.")
    reason: str | None
    subject_kind: str
    subject_id: strawberry.ID
    before: JSON | None = strawberry.field(description="The subject's state before the change.")
    after: JSON | None = strawberry.field(description="The subject's state after the change.")
    redacted: bool = strawberry.field(description="Whether personal text was removed from it.")


def event_of(record: models.Event) -> Event:
    """The GraphQL face of a stored event (history and the live feed show the same)."""
    return Event(
        seq=record.seq,
        type=record.type,
        occurred_at=record.occurred_at,
        actor=record.actor_id,
        reason=record.reason,
        subject_kind=record.subject_kind,
        subject_id=strawberry.ID(str(record.subject_id)),
        before=JSON(record.payload["before"]),
        after=JSON(record.payload["after"]),
        redacted=record.redacted_at is not None,
    )


@strawberry.type(description="A page of an item's history, newest first.")
class History:
    total_count: int
    has_next_page: bool
    end_cursor: str | None
    events: list[Event]


@strawberry.type(description="A plan's trail as it stood at a moment, rebuilt from the log.")
class TrailAsOf:
    as_of: datetime.datetime
    plan: JSON
    nodes: list[JSON] = strawberry.field(description="Every node's state, with kind and id.")
    links: list[JSON] = strawberry.field(description="Every link's state, with its id.")


def page_of_events(page: Page[models.Event]) -> History:
    return History(
        total_count=page.total_count,
        has_next_page=page.has_next_page,
        end_cursor=page.cursors[-1] if page.cursors else None,
        events=[event_of(event) for event in page.items],
    )


async def history_page(
    info: Info[SpoorContext, None], subject_id: uuid.UUID, first: int | None, after: str | None
) -> History:
    """Every change to a node or link, and to the links of a node, newest first."""
    caller = keyed(info)
    page = await info.context.read(
        lambda uow: audit.history(uow, caller, subject_id=subject_id, first=first, after=after)
    )
    return page_of_events(page)


async def trail_at(
    info: Info[SpoorContext, None], plan_id: uuid.UUID, at: datetime.datetime
) -> TrailAsOf:
    """A plan's trail as the event log says it stood at `at`."""
    caller = keyed(info)
    trail = await info.context.read(
        lambda uow: audit.trail_as_of(uow, caller, plan_id=plan_id, at=at)
    )
    return TrailAsOf(
        as_of=trail.as_of,
        plan=JSON(trail.plan),
        nodes=[
            JSON({"kind": kind, "id": node_id, **state})
            for (kind, node_id), state in trail.nodes.items()
        ],
        links=[JSON({"id": link_id, **state}) for link_id, state in trail.links.items()],
    )


def keyed(info: Info[SpoorContext, None]) -> Caller:
    caller = info.context.caller
    if caller is None:
        raise NotFound("the audit trail needs an API key", field="id")
    require_scope(caller.scopes, Scope.READ)
    return caller


@strawberry.type
class HistoryQueries:
    @strawberry.field(description="Every change to a node or link, and to the links of a node.")
    async def history(
        self,
        info: Info[SpoorContext, None],
        id: relay.GlobalID,
        first: int | None = 20,
        after: str | None = None,
    ) -> History:
        return await history_page(info, uuid_of(id), first, after)

    @strawberry.field(description="A plan's trail as it stood at a moment (e.g. its adoption).")
    async def trail_as_of(
        self, info: Info[SpoorContext, None], plan_id: relay.GlobalID, at: datetime.datetime
    ) -> TrailAsOf:
        return await trail_at(info, uuid_of(plan_id), at)
