"""The parts of a plan beside its goals: findings, themes, moments and actors, for many plans."""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.models import Actor, ParticipationMoment

PlanKey = tuple[uuid.UUID, uuid.UUID]


async def moments_of_plans(
    session: AsyncSession, plan_keys: Sequence[PlanKey]
) -> dict[PlanKey, list[ParticipationMoment]]:
    """Each plan's participation moments, in the order they were held."""
    query = (
        select(ParticipationMoment)
        .where(
            tuple_(ParticipationMoment.tenant_id, ParticipationMoment.plan_id).in_(list(plan_keys))
        )
        .order_by(ParticipationMoment.held_on, ParticipationMoment.id)
    )
    return _grouped(plan_keys, (await session.scalars(query)).all())


async def actors_of_tenants(
    session: AsyncSession, tenant_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[Actor]]:
    """Each tenant's departments and partners, by name."""
    query = select(Actor).where(Actor.tenant_id.in_(list(tenant_ids))).order_by(Actor.name)
    found: dict[uuid.UUID, list[Actor]] = defaultdict(list)
    for actor in (await session.scalars(query)).all():
        found[actor.tenant_id].append(actor)
    return {tenant_id: found[tenant_id] for tenant_id in tenant_ids}


def _grouped(plan_keys: Sequence[PlanKey], rows: Sequence[Any]) -> dict[PlanKey, list[Any]]:
    found: dict[PlanKey, list[Any]] = defaultdict(list)
    for row in rows:
        found[(row.tenant_id, row.plan_id)].append(row)
    return {key: found[key] for key in plan_keys}
