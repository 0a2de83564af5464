"""The live feed of one plan's events: what follows the last event a subscriber has seen."""

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.models import Event


async def plan_events_after(
    session: AsyncSession,
    *,
    tenant_id: uuid.UUID,
    plan_id: uuid.UUID,
    after_seq: int,
    limit: int,
) -> Sequence[Event]:
    """The plan's events with a sequence number above `after_seq`, oldest first.

    Served by the (tenant, plan, seq) index, so a poll that finds nothing new costs one index
    probe however long the log is.
    """
    query = (
        select(Event)
        .where(Event.tenant_id == tenant_id, Event.plan_id == plan_id, Event.seq > after_seq)
        .order_by(Event.seq)
        .limit(limit)
    )
    return (await session.scalars(query)).all()
