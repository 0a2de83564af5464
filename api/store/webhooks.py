"""Reading webhook endpoints, their deliveries and their attempt log."""

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.models import Event, WebhookAttempt, WebhookDelivery, WebhookEndpoint


async def get_endpoint(
    session: AsyncSession, *, tenant_id: uuid.UUID, endpoint_id: uuid.UUID
) -> WebhookEndpoint | None:
    return await session.get(WebhookEndpoint, (tenant_id, endpoint_id))


async def endpoints_of(
    session: AsyncSession, tenant_id: uuid.UUID, *, plan_id: uuid.UUID | None = None
) -> Sequence[WebhookEndpoint]:
    """A tenant's endpoints (those of one plan, if given), oldest first."""
    query = select(WebhookEndpoint).where(WebhookEndpoint.tenant_id == tenant_id)
    if plan_id is not None:
        query = query.where(WebhookEndpoint.plan_id == plan_id)
    order = (WebhookEndpoint.created_at, WebhookEndpoint.id)
    return (await session.scalars(query.order_by(*order))).all()


async def attempts_of(
    session: AsyncSession,
    *,
    tenant_id: uuid.UUID,
    endpoint_id: uuid.UUID,
    before: datetime | None,
    limit: int,
) -> Sequence[WebhookAttempt]:
    """An endpoint's attempts, newest first, made before `before` if given."""
    query = select(WebhookAttempt).where(
        WebhookAttempt.tenant_id == tenant_id, WebhookAttempt.endpoint_id == endpoint_id
    )
    if before is not None:
        query = query.where(WebhookAttempt.attempted_at < before)
    order = (WebhookAttempt.attempted_at.desc(), WebhookAttempt.id.desc())
    return (await session.scalars(query.order_by(*order).limit(limit))).all()


async def deliveries_of(
    session: AsyncSession,
    *,
    tenant_id: uuid.UUID,
    endpoint_id: uuid.UUID,
    statuses: Sequence[str],
    after_seq: int,
    limit: int,
) -> Sequence[WebhookDelivery]:
    """An endpoint's deliveries after an event (of some statuses, if given), in log order."""
    query = select(WebhookDelivery).where(
        WebhookDelivery.tenant_id == tenant_id,
        WebhookDelivery.endpoint_id == endpoint_id,
        WebhookDelivery.event_seq > after_seq,
    )
    if statuses:
        query = query.where(WebhookDelivery.status.in_(statuses))
    return (await session.scalars(query.order_by(WebhookDelivery.event_seq).limit(limit))).all()


async def event_by_id(
    session: AsyncSession, *, tenant_id: uuid.UUID, event_id: uuid.UUID
) -> Event | None:
    query = select(Event).where(Event.tenant_id == tenant_id, Event.id == event_id)
    return (await session.scalars(query)).one_or_none()
