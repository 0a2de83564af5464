"""The audit trail in GraphQL: an item's history, and a plan's trail as it stood at a moment."""

import datetime

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


def _keyed(info: Info[SpoorContext, None]) -> Caller:
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
        caller = _keyed(info)
        page = await info.context.serialised(
            lambda uow: audit.history(uow, caller, subject_id=uuid_of(id), first=first, after=after)
        )
        return History(
            total_count=page.total_count,
            has_next_page=page.has_next_page,
            end_cursor=page.cursors[-1] if page.cursors else None,
            events=[
                Event(
                    seq=event.seq,
                    type=event.type,
                    occurred_at=event.occurred_at,
                    actor=event.actor_id,
                    reason=event.reason,
                    subject_kind=event.subject_kind,
                    subject_id=strawberry.ID(str(event.subject_id)),
                    before=JSON(event.payload["before"]),
                    after=JSON(event.payload["after"]),
                    redacted=event.redacted_at is not None,
                )
                for event in page.items
            ],
        )

    @strawberry.field(description="A plan's trail as it stood at a moment (e.g. its adoption).")
    async def trail_as_of(
        self, info: Info[SpoorContext, None], plan_id: relay.GlobalID, at: datetime.datetime
    ) -> TrailAsOf:
        caller = _keyed(info)
        trail = await info.context.serialised(
            lambda uow: audit.trail_as_of(uow, caller, plan_id=uuid_of(plan_id), at=at)
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
