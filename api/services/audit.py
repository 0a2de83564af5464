"""The audit trail read back: verification, replay, history and the trail as of a moment."""

import uuid
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from api.domain.errors import NotFound, ValidationFailed
from api.domain.events import CATALOGUE, ChainBreak, ChainVerifier, State, StoredEvent, fold_states
from api.domain.measures import LARGEST_BIGINT, check_arguments
from api.domain.trail import NodeKind
from api.services.caller import Caller
from api.services.loading import load_plan
from api.services.pagination import Page, page_size
from api.store import events as event_store
from api.store import plan_events as plan_event_store
from api.store import plans as plan_store
from api.store.models import Event, Plan
from api.store.plan_events import EventFilter
from api.store.snapshots import current_states
from api.store.unit_of_work import UnitOfWork

Key = tuple[str, str]


@dataclass(frozen=True)
class Verification:
    """The outcome of checking one tenant's log."""

    tenant_id: uuid.UUID
    checked: int
    redacted: int
    broken: ChainBreak | None

    @property
    def intact(self) -> bool:
        return self.broken is None


async def verify_log(uow: UnitOfWork, tenant_id: uuid.UUID) -> Verification:
    """Recompute a tenant's hash chain and every unredacted payload's hash."""
    verifier = ChainVerifier()
    async for event in event_store.stream_events(uow.session, tenant_id):
        broken = verifier.feed(_stored(event))
        if broken is not None:
            return Verification(tenant_id, verifier.checked, verifier.redacted, broken)
    head = await event_store.head(uow.session, tenant_id)
    if head is not None and (head.last_seq, head.last_hash) != (
        verifier.expected_seq - 1,
        verifier.expected_prev,
    ):
        broken = ChainBreak(verifier.expected_seq, "events at the end of the log are missing")
        return Verification(tenant_id, verifier.checked, verifier.redacted, broken)
    return Verification(tenant_id, verifier.checked, verifier.redacted, None)


async def verify_tenants(uow: UnitOfWork, *, tenant: str | None = None) -> list[Verification]:
    """Verify one tenant's log, named by its name or its id, or every tenant's."""
    if tenant is not None:
        found = await plan_store.tenant_by_name(uow.session, tenant)
        if found is None and _is_uuid(tenant):
            found = await plan_store.get_tenant(uow.session, uuid.UUID(tenant))
        if found is None:
            raise NotFound(f"no tenant named or numbered {tenant!r}", field="tenant")
        return [await verify_log(uow, found.id)]
    return [
        await verify_log(uow, tenant_id) for tenant_id in await event_store.tenant_ids(uow.session)
    ]


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _stored(event: Any) -> StoredEvent:
    row = {name: getattr(event, name) for name in event_store.HEADER_FIELDS}
    return StoredEvent(
        seq=event.seq,
        header=event_store.header_of(row),
        payload=event.payload,
        redacted=event.redacted_at is not None,
        prev_hash=event.prev_hash,
        hash=event.hash,
    )


async def replay(
    uow: UnitOfWork, tenant_id: uuid.UUID, *, until: datetime | None = None
) -> dict[Key, State]:
    """Every subject's state, folded from the tenant's events (up to a moment)."""
    return fold_states(
        [
            item
            async for item in _changes(
                event_store.stream_events(uow.session, tenant_id, until=until)
            )
        ]
    )


async def current_state(uow: UnitOfWork, tenant_id: uuid.UUID) -> dict[Key, State]:
    """Every subject's state as the tables hold it now: what replay must rebuild."""
    return await current_states(uow.session, tenant_id)


async def _changes(
    events: AsyncIterator[Any],
) -> AsyncIterator[tuple[str, str, State | None]]:
    async for event in events:
        yield event.subject_kind, str(event.subject_id), event.payload["after"]


NODE_KINDS = frozenset(kind.value for kind in NodeKind)


@dataclass(frozen=True)
class TrailAsOf:
    """A plan's trail as it stood at a moment: the plan, its nodes and its links."""

    as_of: datetime
    plan: State
    nodes: dict[Key, State]
    links: dict[str, State]


async def _readable_at(uow: UnitOfWork, caller: Caller, plan_id: uuid.UUID, at: datetime) -> None:
    """Refuse a moment out of measure (without a time zone, say), or a plan the caller may not
    read."""
    check_arguments(as_of=at)
    await load_plan(uow, caller, plan_id)


async def trail_as_of(
    uow: UnitOfWork, caller: Caller, *, plan_id: uuid.UUID, at: datetime
) -> TrailAsOf:
    """The state of a plan's trail at `at` (the day the council adopted it, say)."""
    await _readable_at(uow, caller, plan_id, at)
    events = event_store.stream_events(uow.session, caller.tenant_id, until=at, plan_id=plan_id)
    states = fold_states([item async for item in _changes(events)])
    plan = states.pop(("plan", str(plan_id)), None)
    if plan is None:
        raise NotFound(f"the plan did not exist yet at {at.isoformat()}", field="asOf")
    links = {key[1]: state for key, state in states.items() if key[0] == "link"}
    # Nodes only: a plan's log also holds its moments, feedback and the keys bound to it.
    nodes = {key: state for key, state in states.items() if key[0] in NODE_KINDS}
    return TrailAsOf(as_of=at, plan=plan, nodes=nodes, links=links)


async def plan_as_of(uow: UnitOfWork, caller: Caller, *, plan_id: uuid.UUID, at: datetime) -> Plan:
    """The plan's own fields as they stood at `at`: a record to read, never to save.

    Only the plan's own events are folded; its trail is rebuilt when `trail` is asked for.
    """
    await _readable_at(uow, caller, plan_id, at)
    own = await event_store.events_about(
        uow.session, tenant_id=caller.tenant_id, subject_id=plan_id
    )
    past = [event for event in own if event.occurred_at <= at]
    state = past[-1].payload["after"] if past else None
    if state is None:
        raise NotFound(f"the plan did not exist yet at {at.isoformat()}", field="asOf")
    return Plan(
        tenant_id=caller.tenant_id,
        id=plan_id,
        title=state["title"],
        description=state.get("description"),
        period_start=date.fromisoformat(state["period_start"]),
        period_end=date.fromisoformat(state["period_end"]),
        status=state["status"],
        version=state["version"],
    )


async def history(
    uow: UnitOfWork,
    caller: Caller,
    *,
    subject_id: uuid.UUID,
    first: int | None = None,
    after: str | None = None,
) -> Page[Event]:
    """Every event about a node or link, or about a link to the node, newest first.

    A key bound to one plan sees only that plan's events, as it sees only that plan's items.
    """
    check_arguments(first=first, after=after)
    limit = page_size(first)
    before_seq = _decode_seq(after)
    rows = await event_store.events_touching(
        uow.session, tenant_id=caller.tenant_id, subject_id=subject_id, before_seq=before_seq,
        limit=limit + 1, plan_id=caller.plan_id,
    )  # fmt: skip
    if not rows and before_seq is None:
        raise NotFound(f"nothing with id {subject_id} has a history", field="id")
    total = await event_store.count_touching(
        uow.session, tenant_id=caller.tenant_id, subject_id=subject_id, plan_id=caller.plan_id
    )
    return _page_of_events(rows, limit, total)


async def plan_events(
    uow: UnitOfWork,
    caller: Caller,
    *,
    plan_id: uuid.UUID,
    given: EventFilter,
    first: int | None = None,
    after: str | None = None,
) -> Page[Event]:
    """A plan's events, newest first, narrowed as asked."""
    check_arguments(
        first=first, after=after, types=given.types, actor=given.actor, since=given.since,
        until=given.until,
    )  # fmt: skip
    await load_plan(uow, caller, plan_id)
    if given.since and given.until and given.until <= given.since:
        raise ValidationFailed("until must come after since", field="until")
    for name in given.types or ():
        if name not in CATALOGUE:
            raise ValidationFailed(f"{name!r} is not an event type", field="types")
    limit = page_size(first)
    rows = await plan_event_store.plan_events(
        uow.session, tenant_id=caller.tenant_id, plan_id=plan_id, given=given,
        before_seq=_decode_seq(after), limit=limit + 1,
    )  # fmt: skip
    total = await plan_event_store.count_plan_events(
        uow.session, tenant_id=caller.tenant_id, plan_id=plan_id, given=given
    )
    return _page_of_events(rows, limit, total)


def _page_of_events(rows: Sequence[Event], limit: int, total: int) -> Page[Event]:
    """A page of events newest first; `rows` holds one more than the page when more follow."""
    items = list(rows[:limit])
    return Page(
        items=items,
        cursors=[str(event.seq) for event in items],
        has_next_page=len(rows) > limit,
        total_count=total,
    )


def _decode_seq(cursor: str | None) -> int | None:
    """An event's sequence number; str.isdigit alone would pass "²" and numbers past bigint."""
    if cursor is None:
        return None
    if not (cursor.isascii() and cursor.isdigit()) or int(cursor) > LARGEST_BIGINT:
        raise ValidationFailed("after is not a cursor Spoor gave out", field="after")
    return int(cursor)
