"""The live feed of one plan's events, and the REST feed of a tenant's: what follows the last
event a reader has seen."""

import uuid
from collections.abc import Sequence

from sqlalchemy import bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.models import Event, EventHead


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


# The REST feed reads a tenant's whole log. Why it never skips or repeats an event, even with
# writers committing meanwhile: an appender locks the tenant's head row, takes the numbers after
# the head's, and moves the head in the same transaction as its events (store/events.py). So
# every number up to the committed head belongs to a committed event, and every number still in
# flight lies above it. The feed reads the head first, then only the events up to it: a page
# holds every event of its range, and none can appear in that range later.
COMMITTED_HEAD = select(EventHead.last_seq).where(EventHead.tenant_id == bindparam("tenant"))


async def committed_head(session: AsyncSession, tenant_id: uuid.UUID) -> int:
    """The last sequence number of the tenant's log that is committed (0 for an empty log);
    every number in flight lies above it."""
    return (await session.scalar(COMMITTED_HEAD, {"tenant": tenant_id})) or 0


# Through a function of the owner's (migration 0013): a transaction without a tenant may not
# read event_head, and needs only this digest of it.
PUBLIC_HEADS = select(func.spoor_public_heads())


async def public_heads(session: AsyncSession) -> str:
    """A digest of the committed heads of every tenant with a published or adopted plan: what
    an anonymous reader can see changes exactly when it does."""
    return (await session.scalar(PUBLIC_HEADS)) or ""


async def tenant_events_between(
    session: AsyncSession,
    *,
    tenant_id: uuid.UUID,
    after_seq: int,
    up_to_seq: int,
    limit: int,
    plan_id: uuid.UUID | None = None,
    types: Sequence[str] | None = None,
) -> Sequence[Event]:
    """The tenant's events numbered above `after_seq` and at most `up_to_seq`, oldest first,
    of one plan and of some types if asked: one range scan of the (tenant, seq) key, or of the
    (tenant, plan, seq) index for a plan."""
    query = select(Event).where(
        Event.tenant_id == tenant_id, Event.seq > after_seq, Event.seq <= up_to_seq
    )
    if plan_id is not None:
        query = query.where(Event.plan_id == plan_id)
    if types:
        query = query.where(Event.type.in_(types))
    return (await session.scalars(query.order_by(Event.seq).limit(limit))).all()
