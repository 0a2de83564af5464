"""A plan's events, newest first, narrowed by type, actor and period."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.models import Event


@dataclass(frozen=True)
class EventFilter:
    """What a plan's events may be narrowed by; None means any."""

    types: tuple[str, ...] | None = None
    actor: str | None = None
    since: datetime | None = None
    until: datetime | None = None


def _conditions(
    tenant_id: uuid.UUID, plan_id: uuid.UUID, given: EventFilter
) -> list[ColumnElement[bool]]:
    where = [Event.tenant_id == tenant_id, Event.plan_id == plan_id]
    if given.types:
        where.append(Event.type.in_(given.types))
    if given.actor is not None:
        where.append(Event.actor_id == given.actor)
    if given.since is not None:
        where.append(Event.occurred_at >= given.since)
    if given.until is not None:
        where.append(Event.occurred_at < given.until)
    return where


async def plan_events(
    session: AsyncSession,
    *,
    tenant_id: uuid.UUID,
    plan_id: uuid.UUID,
    given: EventFilter,
    before_seq: int | None,
    limit: int,
) -> Sequence[Event]:
    query = select(Event).where(*_conditions(tenant_id, plan_id, given))
    if before_seq is not None:
        query = query.where(Event.seq < before_seq)
    return (await session.scalars(query.order_by(Event.seq.desc()).limit(limit))).all()


async def count_plan_events(
    session: AsyncSession, *, tenant_id: uuid.UUID, plan_id: uuid.UUID, given: EventFilter
) -> int:
    query = select(func.count()).where(*_conditions(tenant_id, plan_id, given))
    return (await session.scalar(query)) or 0


async def plan_log_counts(
    session: AsyncSession, *, tenant_id: uuid.UUID, plan_id: uuid.UUID, after_seq: int
) -> tuple[int, int, datetime | None]:
    """How many events the plan has, how many came after `after_seq`, and when the last did."""
    query = select(
        func.count(),
        func.count().filter(Event.seq > after_seq),
        func.max(Event.occurred_at),
    ).where(Event.tenant_id == tenant_id, Event.plan_id == plan_id)
    total, since, last = (await session.execute(query)).one()
    return total, since, last
