"""Appending to the event log, reading it back, and the one controlled rewrite: redaction."""

import uuid
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Row, func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.domain.events import GENESIS_HASH, canonical, chain_hash, digest, event_spec
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
# directly, with statements PostgreSQL prepares once per connection: one to lock and read the
# tenant's head, one to insert the events and move the head.
LOCK_HEAD = "SELECT last_seq, last_hash FROM event_head WHERE tenant_id = $1 FOR UPDATE"
CREATE_HEAD = (
    "INSERT INTO event_head (tenant_id, last_seq, last_hash) VALUES ($1, 0, $2)"
    " ON CONFLICT (tenant_id) DO NOTHING"
)
APPEND = """
WITH appended AS (
    INSERT INTO event (
        tenant_id, seq, id, type, type_version, occurred_at, actor_id, actor_kind, request_id,
        reason, subject_kind, subject_id, plan_id, touches, payload, payload_hash, prev_hash, hash
    )
    SELECT $1, e.seq, e.id, e.type, e.type_version, $2, e.actor_id, e.actor_kind, e.request_id,
           e.reason, e.subject_kind, e.subject_id, e.plan_id,
           ARRAY(SELECT jsonb_array_elements_text(e.touches)::uuid), e.payload, e.payload_hash,
           e.prev_hash, e.hash
    FROM unnest(
        $3::bigint[], $4::uuid[], $5::text[], $6::int[], $7::text[], $8::text[], $9::text[],
        $10::text[], $11::text[], $12::uuid[], $13::uuid[], $14::jsonb[], $15::jsonb[],
        $16::text[], $17::text[], $18::text[]
    ) AS e(seq, id, type, type_version, actor_id, actor_kind, request_id, reason, subject_kind,
           subject_id, plan_id, touches, payload, payload_hash, prev_hash, hash)
)
UPDATE event_head SET last_seq = $19, last_hash = $20 WHERE tenant_id = $1
"""
APPEND_COLUMNS = (
    "seq", "id", "type", "type_version", "actor_id", "actor_kind", "request_id", "reason",
    "subject_kind", "subject_id", "plan_id", "touches", "payload", "payload_hash", "prev_hash",
    "hash",
)  # fmt: skip


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
    connection = await session.connection()
    driver = (await connection.get_raw_connection()).driver_connection
    for tenant_id in sorted(by_tenant):
        await _append_for_tenant(driver, tenant_id, by_tenant[tenant_id], clock)


async def _append_for_tenant(
    driver: Any, tenant_id: uuid.UUID, drafts: list[EventDraft], clock: Clock
) -> None:
    # Row-level security lets a transaction write only the tenant it acts for.
    await driver.execute("SELECT set_config('spoor.tenant_id', $1, true)", str(tenant_id))
    head = await driver.fetchrow(LOCK_HEAD, tenant_id)
    if head is None:  # the tenant's first event
        await driver.execute(CREATE_HEAD, tenant_id, GENESIS_HASH)
        head = await driver.fetchrow(LOCK_HEAD, tenant_id)
    seq, prev_hash = head["last_seq"], head["last_hash"]
    # Read once the head is locked, so that times never go back as sequence numbers go up.
    occurred_at = clock()
    rows = []
    for draft in drafts:
        seq += 1
        row: dict[str, Any] = {
            "tenant_id": tenant_id,
            "seq": seq,
            "id": uuid.uuid4(),
            "type": draft.type,
            "type_version": event_spec(draft.type).version,
            "occurred_at": occurred_at,
            "actor_id": draft.actor_id,
            "actor_kind": draft.actor_kind,
            "request_id": draft.request_id,
            "reason": draft.reason,
            "subject_kind": draft.subject_kind,
            "subject_id": draft.subject_id,
            "plan_id": draft.plan_id,
            "touches": draft.touches or [draft.subject_id],
            # Serialised once: hashed here, and sent to the database as the same text.
            "payload": canonical(draft.payload).decode(),
            "prev_hash": prev_hash,
        }
        row["payload_hash"] = digest(row["payload"].encode())
        row["hash"] = prev_hash = chain_hash(prev_hash, header_of(row))
        rows.append(row)
    columns = [[_for_driver(name, row[name]) for row in rows] for name in APPEND_COLUMNS]
    await driver.execute(APPEND, tenant_id, occurred_at, *columns, seq, prev_hash)


def _for_driver(name: str, value: Any) -> Any:
    """JSON goes to the driver as text (SQLAlchemy's codec on the connection expects it)."""
    if name == "touches":
        return canonical(value).decode()
    return value


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
