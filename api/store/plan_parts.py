"""Moments, sub-themes and actors, each answered for many parents in one statement."""

import uuid
from collections import defaultdict
from collections.abc import Collection, Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.arrays import among
from api.store.models import ActionActor, Actor, Node, ParticipationMoment, Plan, Theme


async def moments_by_id(
    session: AsyncSession, tenant_id: uuid.UUID | None, moment_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, ParticipationMoment]:
    """Moments by id, within one tenant when it is given (row-level security holds regardless)."""
    query = select(ParticipationMoment).where(among(ParticipationMoment.id, moment_ids))
    if tenant_id is not None:
        query = query.where(ParticipationMoment.tenant_id == tenant_id)
    return {moment.id: moment for moment in (await session.scalars(query)).all()}


async def sub_themes(
    session: AsyncSession, tenant_id: uuid.UUID, theme_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[Theme]]:
    """For each theme, the themes directly under it, by code."""
    query = (
        select(Theme)
        .where(Theme.tenant_id == tenant_id, among(Theme.parent_id, theme_ids))
        .order_by(Theme.code, Theme.created_at)
    )
    found: dict[uuid.UUID, list[Theme]] = defaultdict(list)
    for theme in (await session.scalars(query)).all():
        assert theme.parent_id is not None
        found[theme.parent_id].append(theme)
    return {theme_id: found[theme_id] for theme_id in theme_ids}


async def actors_of_tenants(
    session: AsyncSession, tenant_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[Actor]]:
    """Each tenant's departments and partners, by name."""
    query = select(Actor).where(Actor.tenant_id.in_(list(tenant_ids))).order_by(Actor.name)
    found: dict[uuid.UUID, list[Actor]] = defaultdict(list)
    for actor in (await session.scalars(query)).all():
        found[actor.tenant_id].append(actor)
    return {tenant_id: found[tenant_id] for tenant_id in tenant_ids}


async def actors_by_id(
    session: AsyncSession, tenant_id: uuid.UUID, actor_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Actor]:
    query = select(Actor).where(Actor.tenant_id == tenant_id, among(Actor.id, actor_ids))
    return {actor.id: actor for actor in (await session.scalars(query)).all()}


async def actors_carrying_actions_of(
    session: AsyncSession, actor_ids: Sequence[uuid.UUID], plan_statuses: Collection[str]
) -> dict[uuid.UUID, Actor]:
    """Actors by id, of any tenant, that own or help carry an action of a plan in one of the
    statuses."""
    carries = (
        select(ActionActor.actor_id)
        .join(Node, (Node.tenant_id == ActionActor.tenant_id) & (Node.id == ActionActor.action_id))
        .join(Plan, (Plan.tenant_id == Node.tenant_id) & (Plan.id == Node.plan_id))
        .where(
            ActionActor.tenant_id == Actor.tenant_id,
            ActionActor.actor_id == Actor.id,
            Plan.status.in_(list(plan_statuses)),
        )
    )
    query = select(Actor).where(among(Actor.id, actor_ids), carries.exists())
    return {actor.id: actor for actor in (await session.scalars(query)).all()}


async def actors_of_actions(
    session: AsyncSession, tenant_id: uuid.UUID, action_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[str, Actor]]]:
    """For each action, its actors with their role (owner or partner), by name."""
    query = (
        select(ActionActor.action_id, ActionActor.role, Actor)
        .join(
            Actor,
            (Actor.tenant_id == ActionActor.tenant_id) & (Actor.id == ActionActor.actor_id),
        )
        .where(ActionActor.tenant_id == tenant_id, among(ActionActor.action_id, action_ids))
        .order_by(Actor.name)
    )
    found: dict[uuid.UUID, list[tuple[str, Actor]]] = {action_id: [] for action_id in action_ids}
    for action_id, role, actor in (await session.execute(query)).all():
        found[action_id].append((role, actor))
    return found
