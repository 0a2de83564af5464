"""Appending to the event log, reading it back, and the one controlled rewrite: redaction."""

import uuid
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Row, func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.domain.events import canonical, digest, event_spec
from api.store.clock import Clock
from api.store.models import Event, EventHead


@dataclass
class EventDraft:
    """A change recorded during a unit of work; it becomes an event row at commit."""

    tenant_id: uuid.UUID
    type: str
    subject_kind: str
    subject_id: uuid.UUID
    plan_id: uuid.UUID | None
    payload: dict[str, Any]
    actor_id: str
    actor_kind: str
    request_id: str | None = None
    reason: str | None = None
    touches: list[uuid.UUID] = field(default_factory=list)


HEADER_FIELDS = (
    "tenant_id", "seq", "id", "type", "type_version", "occurred_at", "actor_id", "actor_kind",
    "request_id", "reason", "subject_kind", "subject_id", "plan_id", "touches", "payload_hash",
)  # fmt: skip


def header_of(row: dict[str, Any]) -> dict[str, Any]:
    """The hashed part of an event: everything but the payload itself, as plain JSON values."""
    header = {}
    for name in HEADER_FIELDS:
        value = row[name]
        if isinstance(value, uuid.UUID):
            value = str(value)
        elif isinstance(value, datetime):
            value = value.astimezone(UTC).isoformat()
        elif isinstance(value, list):
            value = [str(item) for item in value]
        header[name] = value
    return header


# Appending is the one hot path the log adds to every write, so it speaks to the driver
# directly, with one statement PostgreSQL prepares once per connection. `event_append`
# (migration 0014) locks the tenant's head, numbers and hashes the events, inserts them and
# moves the head, all in that one call: the head stays locked from there until the commit, so
# the less happens after the call, the less concurrent writers of the tenant wait.
APPEND = """
SELECT event_append(
    $1, $2, $3::uuid[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[],
    $10::text[], $11::uuid[], $12::uuid[], $13::text[], $14::jsonb[], $15::text[]
)
"""


async def append_events(
    session: AsyncSession, drafts: Sequence[EventDraft], *, clock: Clock
) -> None:
    """Append drafts to their tenants' logs, in order, extending each tenant's hash chain.

    The tenant's head row is locked until the transaction ends, so concurrent writers of one
    tenant append one after the other and the chain stays linear; tenants never wait on each
    other. Tenants are locked in a fixed order so that two writers cannot deadlock.
    """
    by_tenant: dict[uuid.UUID, list[EventDraft]] = {}
    for draft in drafts:
        by_tenant.setdefault(draft.tenant_id, []).append(draft)
    # The rest of the transaction's writes go first, so that none of them waits under the lock.
    await session.flush()
    columns = {tenant_id: _columns(tenant_drafts) for tenant_id, tenant_drafts in by_tenant.items()}
    connection = await session.connection()
    driver: Any = (await connection.get_raw_connection()).driver_connection
    for tenant_id in sorted(by_tenant):
        # The database keeps the time from going back as the numbers go up (this clock is read
        # before the lock is taken).
        await driver.execute(APPEND, tenant_id, clock(), *columns[tenant_id])


def _columns(drafts: list[EventDraft]) -> list[list[Any]]:
    """The drafts as one array per column, in `event_append`'s order."""
    # Serialised once: hashed here, and sent to the database as the same text.
    payloads = [canonical(draft.payload).decode() for draft in drafts]
    return [
        [uuid.uuid4() for _ in drafts],
        [draft.type for draft in drafts],
        [event_spec(draft.type).version for draft in drafts],
        [draft.actor_id for draft in drafts],
        [draft.actor_kind for draft in drafts],
        [draft.request_id for draft in drafts],
        [draft.reason for draft in drafts],
        [draft.subject_kind for draft in drafts],
        [draft.subject_id for draft in drafts],
        [draft.plan_id for draft in drafts],
        # Each event's touches as an array literal: arrays of arrays must all be one length.
        ["{" + ",".join(map(str, draft.touches or [draft.subject_id])) + "}" for draft in drafts],
        payloads,
        [digest(payload.encode()) for payload in payloads],
    ]


async def stream_events(
    session: AsyncSession,
    tenant_id: uuid.UUID,
    *,
    until: datetime | None = None,
    plan_id: uuid.UUID | None = None,
    batch: int = 2_000,
) -> AsyncIterator[Row[Any]]:
    """A tenant's events in sequence order, read in batches so any log size fits in memory.

    Plain rows, not records: a long log must not fill the session's identity map.
    """
    last = 0
    while True:
        query = (
            select(*Event.__table__.columns)
            .where(Event.tenant_id == tenant_id, Event.seq > last)
            .order_by(Event.seq)
            .limit(batch)
        )
        if until is not None:
            query = query.where(Event.occurred_at <= until)
        if plan_id is not None:
            query = query.where(Event.plan_id == plan_id)
        rows = (await session.execute(query)).all()
        for row in rows:
            yield row
        if len(rows) < batch:
            return
        last = rows[-1].seq


async def events_touching(
    session: AsyncSession,
    *,
    tenant_id: uuid.UUID,
    subject_id: uuid.UUID,
    before_seq: int | None,
    limit: int,
    plan_id: uuid.UUID | None = None,
) -> Sequence[Event]:
    """Events about a subject, or about a link to it, newest first (of one plan, if given)."""
    query = (
        select(Event)
        .where(Event.tenant_id == tenant_id, Event.touches.contains([subject_id]))
        .order_by(Event.seq.desc())
        .limit(limit)
    )
    if plan_id is not None:
        query = query.where(Event.plan_id == plan_id)
    if before_seq is not None:
        query = query.where(Event.seq < before_seq)
    return (await session.scalars(query)).all()


async def events_about(
    session: AsyncSession, *, tenant_id: uuid.UUID, subject_id: uuid.UUID
) -> Sequence[Event]:
    """Every event whose subject is this item, oldest first."""
    query = select(Event).where(Event.tenant_id == tenant_id, Event.subject_id == subject_id)
    return (await session.scalars(query.order_by(Event.seq))).all()


async def rewrite_payloads(
    session: AsyncSession,
    *,
    tenant_id: uuid.UUID,
    payloads: dict[int, dict[str, Any]],
    redacted_at: datetime,
) -> None:
    """Replace past events' payloads (by sequence number) with redacted ones, at `redacted_at`.

    The log's one allowed change: the trigger lets it through only while `spoor.redacting` is
    on, which it is for these updates alone.
    """
    if not payloads:
        return
    await session.execute(text("SET LOCAL spoor.redacting = 'on'"))
    for seq, payload in payloads.items():
        await session.execute(
            update(Event)
            .where(Event.tenant_id == tenant_id, Event.seq == seq)
            .values(payload=payload, redacted_at=redacted_at)
        )
    await session.execute(text("SET LOCAL spoor.redacting = 'off'"))


async def tenant_ids(session: AsyncSession) -> Sequence[uuid.UUID]:
    return (await session.scalars(select(EventHead.tenant_id).order_by(EventHead.tenant_id))).all()


async def head(session: AsyncSession, tenant_id: uuid.UUID) -> EventHead | None:
    return await session.get(EventHead, tenant_id)


async def count_touching(
    session: AsyncSession,
    *,
    tenant_id: uuid.UUID,
    subject_id: uuid.UUID,
    plan_id: uuid.UUID | None = None,
) -> int:
    query = select(func.count()).where(
        Event.tenant_id == tenant_id, Event.touches.contains([subject_id])
    )
    if plan_id is not None:
        query = query.where(Event.plan_id == plan_id)
    return (await session.scalar(query)) or 0
