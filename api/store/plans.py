"""Queries about tenants, plans, moments and actors."""

import uuid
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.models import (
    ActionActor,
    Actor,
    Input,
    ParticipationMoment,
    Plan,
    Tenant,
)


async def get_tenant(session: AsyncSession, tenant_id: uuid.UUID) -> Tenant | None:
    return await session.get(Tenant, tenant_id)


async def tenant_by_name(session: AsyncSession, name: str) -> Tenant | None:
    return await session.scalar(select(Tenant).where(Tenant.name == name))


async def get_plan(
    session: AsyncSession, *, tenant_id: uuid.UUID, plan_id: uuid.UUID
) -> Plan | None:
    return await session.get(Plan, (tenant_id, plan_id))


async def page_of_plans(
    session: AsyncSession,
    *,
    tenant_id: uuid.UUID | None,
    plan_id: uuid.UUID | None,
    statuses: Collection[str] | None,
    after: tuple[datetime, uuid.UUID] | None,
    limit: int,
) -> Sequence[Plan]:
    """Plans in creation order, after a keyset position; `limit` rows at most."""
    query = _plans_where(select(Plan), tenant_id, plan_id, statuses)
    query = query.order_by(Plan.created_at, Plan.id).limit(limit)
    if after is not None:
        query = query.where(tuple_(Plan.created_at, Plan.id) > tuple_(*after))
    return (await session.scalars(query)).all()


async def count_plans(
    session: AsyncSession,
    *,
    tenant_id: uuid.UUID | None,
    plan_id: uuid.UUID | None,
    statuses: Collection[str] | None,
) -> int:
    query = _plans_where(select(func.count()).select_from(Plan), tenant_id, plan_id, statuses)
    return (await session.scalar(query)) or 0


def _plans_where(
    query: Select[Any],
    tenant_id: uuid.UUID | None,
    plan_id: uuid.UUID | None,
    statuses: Collection[str] | None,
) -> Select[Any]:
    if tenant_id is not None:
        query = query.where(Plan.tenant_id == tenant_id)
    if plan_id is not None:
        query = query.where(Plan.id == plan_id)
    if statuses is not None:
        query = query.where(Plan.status.in_(statuses))
    return query


async def get_moment(
    session: AsyncSession, *, tenant_id: uuid.UUID, moment_id: uuid.UUID
) -> ParticipationMoment | None:
    return await session.get(ParticipationMoment, (tenant_id, moment_id))


async def moments_in_plan(
    session: AsyncSession, *, tenant_id: uuid.UUID, plan_id: uuid.UUID, ids: Collection[uuid.UUID]
) -> set[uuid.UUID]:
    """Which of the ids are participation moments of the plan."""
    query = select(ParticipationMoment.id).where(
        ParticipationMoment.tenant_id == tenant_id,
        ParticipationMoment.plan_id == plan_id,
        ParticipationMoment.id.in_(list(ids)),
    )
    return set((await session.scalars(query)).all())


async def get_actors(
    session: AsyncSession, *, tenant_id: uuid.UUID, actor_ids: Collection[uuid.UUID]
) -> Sequence[Actor]:
    query = select(Actor).where(Actor.tenant_id == tenant_id, Actor.id.in_(list(actor_ids)))
    return (await session.scalars(query)).all()


async def actor_by_name(session: AsyncSession, *, tenant_id: uuid.UUID, name: str) -> Actor | None:
    query = select(Actor).where(Actor.tenant_id == tenant_id, Actor.name == name)
    return await session.scalar(query)


async def public_plan(session: AsyncSession, plan_id: uuid.UUID) -> Plan | None:
    """A plan by id alone, for anonymous readers (who name no tenant)."""
    return await session.scalar(select(Plan).where(Plan.id == plan_id))


async def public_plan_keys(
    session: AsyncSession, keys: Collection[tuple[uuid.UUID, uuid.UUID]], statuses: Collection[str]
) -> set[tuple[uuid.UUID, uuid.UUID]]:
    """Which of these (tenant, plan) keys name a plan in one of the statuses."""
    if not keys:
        return set()
    query = select(Plan.tenant_id, Plan.id).where(
        tuple_(Plan.tenant_id, Plan.id).in_(list(keys)), Plan.status.in_(list(statuses))
    )
    return {(t, p) for t, p in (await session.execute(query)).all()}


async def moment_has_inputs(
    session: AsyncSession, *, tenant_id: uuid.UUID, moment_id: uuid.UUID
) -> bool:
    query = select(Input.id).where(Input.tenant_id == tenant_id, Input.moment_id == moment_id)
    return (await session.scalar(query.limit(1))) is not None


async def actor_has_actions(
    session: AsyncSession, *, tenant_id: uuid.UUID, actor_id: uuid.UUID
) -> bool:
    query = select(ActionActor.action_id).where(
        ActionActor.tenant_id == tenant_id, ActionActor.actor_id == actor_id
    )
    return (await session.scalar(query.limit(1))) is not None
