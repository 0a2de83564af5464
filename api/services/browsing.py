"""Browsing a plan beside its goals: links around nodes, findings, themes, moments and actors.

Every function answers many parents at once, for the request's dataloaders.
"""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement

from api.domain.errors import ValidationFailed
from api.domain.measures import check_arguments
from api.domain.trail import NodeKind
from api.domain.vocabulary import Phase, parse
from api.services.caller import Caller
from api.services.pagination import decode_cursor, page_size
from api.services.plans import PUBLIC_STATUSES
from api.services.reading import Key, per_tenant
from api.store import neighbours, plan_parts
from api.store import plans as plan_store
from api.store.models import Action, Actor, Link, Node, ParticipationMoment, Theme
from api.store.plan_pages import counts_per_plan, pages_per_plan
from api.store.unit_of_work import UnitOfWork

Around = tuple[list[Link], list[Link]]  # incoming, outgoing


async def links_around_of(uow: UnitOfWork, keys: Sequence[Key]) -> dict[Key, Around]:
    """For each node, the links that end at it and those that start from it."""
    return await per_tenant(keys, lambda t, ids: neighbours.links_around(uow.session, t, ids))


async def nodes_of(uow: UnitOfWork, keys: Sequence[Key]) -> dict[Key, Node | None]:
    """Nodes of any kind by (tenant, id); None for one that is gone."""
    found = await per_tenant(keys, lambda t, ids: neighbours.nodes_by_id(uow.session, t, ids))
    return {key: found.get(key) for key in keys}


async def links_by_ids(
    uow: UnitOfWork, caller: Caller | None, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Link]:
    """Links the caller may read, by id: its tenant's (or plan's), or of published plans."""
    found = await neighbours.links_by_id(
        uow.session, ids, tenant_id=caller.tenant_id if caller else None
    )
    if caller is not None:
        return {link.id: link for link in found if caller.plan_id in (None, link.plan_id)}
    public = await plan_store.public_plan_keys(
        uow.session, {(link.tenant_id, link.plan_id) for link in found}, PUBLIC_STATUSES
    )
    return {link.id: link for link in found if (link.tenant_id, link.plan_id) in public}


async def readable_moments(
    uow: UnitOfWork, caller: Caller | None, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, ParticipationMoment]:
    """Moments by id: for a key, its tenant's (or plan's); for anonymous readers, those of
    published plans (whose facilitator `disclosure` keeps from them)."""
    found = await plan_parts.moments_by_id(uow.session, caller.tenant_id if caller else None, ids)
    if caller is not None:
        return {i: m for i, m in found.items() if caller.plan_id in (None, m.plan_id)}
    public = await plan_store.public_plan_keys(
        uow.session, {(m.tenant_id, m.plan_id) for m in found.values()}, PUBLIC_STATUSES
    )
    return {i: m for i, m in found.items() if (m.tenant_id, m.plan_id) in public}


async def readable_actors(
    uow: UnitOfWork, caller: Caller | None, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Actor]:
    """Actors by id: for a key, its tenant's (actors belong to no plan); for anonymous readers,
    the departments and partners that carry an action of a published plan."""
    if caller is None:
        return await plan_parts.actors_carrying_actions_of(uow.session, ids, PUBLIC_STATUSES)
    return await plan_parts.actors_by_id(uow.session, caller.tenant_id, ids)


@dataclass(frozen=True)
class PartQuery:
    """One request for a page of a plan's findings, themes or moments."""

    part: str  # finding, theme, goal, action_plan, action or moment
    first: int | None
    after: str | None
    # Themes only: the theme whose sub-themes are asked; None for the top of the tree.
    parent_id: uuid.UUID | None = None
    all_levels: bool = False
    # Moments only.
    phase: str | None = None

    def __post_init__(self) -> None:
        check_arguments(first=self.first, after=self.after)  # refused as asked, before a query


Parts = tuple[list[Any], bool, int]  # the page, whether more follow, the total
_NODE_PARTS = {NodeKind.FINDING.value, NodeKind.GOAL.value, NodeKind.ACTION_PLAN.value}


async def part_pages_of(
    uow: UnitOfWork, keys: Sequence[tuple[Key, PartQuery]]
) -> dict[tuple[Key, PartQuery], Parts]:
    """For each (plan, query): a keyset page of the plan's findings, themes or moments."""
    by_query: dict[PartQuery, list[Key]] = defaultdict(list)
    for plan_key, query in keys:
        by_query[query].append(plan_key)
    found: dict[tuple[Key, PartQuery], Parts] = {}
    for query, plan_keys in by_query.items():
        model, where = _part(query)
        limit = page_size(query.first)
        pages = await pages_per_plan(
            uow.session, model, plan_keys, where, order=(model.created_at, model.id),
            after=decode_cursor(query.after), limit=limit + 1,
        )  # fmt: skip
        counts = await counts_per_plan(uow.session, model, plan_keys, where)
        for plan_key in plan_keys:
            page = pages[plan_key]
            found[(plan_key, query)] = (page[:limit], len(page) > limit, counts[plan_key])
    return found


def _part(query: PartQuery) -> tuple[Any, list[ColumnElement[bool]]]:
    if query.part == "moment":
        where = []
        if query.phase is not None:
            where.append(
                ParticipationMoment.phase == parse(Phase, query.phase, field="phase").value
            )
        return ParticipationMoment, where
    if query.part == "theme":
        if query.all_levels:
            return Theme, []
        return Theme, [
            Theme.parent_id.is_(None)
            if query.parent_id is None
            else Theme.parent_id == query.parent_id
        ]
    if query.part in _NODE_PARTS:  # in the order they were made, for REST's plan-wide lists
        return Node, [Node.kind == query.part]
    if query.part == "action":
        return Action, []
    raise ValidationFailed(f"{query.part} is not a part of a plan", field="part")


async def sub_themes_of(uow: UnitOfWork, keys: Sequence[Key]) -> dict[Key, list[Theme]]:
    """For each theme, the themes directly under it, by code."""
    return await per_tenant(keys, lambda t, ids: plan_parts.sub_themes(uow.session, t, ids))


async def moments_by_key(
    uow: UnitOfWork, keys: Sequence[Key]
) -> dict[Key, ParticipationMoment | None]:
    """Moments by (tenant, id), for the inputs that name one."""
    found = await per_tenant(keys, lambda t, ids: plan_parts.moments_by_id(uow.session, t, ids))
    return {key: found.get(key) for key in keys}


async def actors_of(
    uow: UnitOfWork, tenant_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[Actor]]:
    """Each tenant's departments and partners, by name."""
    return await plan_parts.actors_of_tenants(uow.session, tenant_ids)


async def actors_of_actions(
    uow: UnitOfWork, keys: Sequence[Key]
) -> dict[Key, list[tuple[str, Actor]]]:
    """For each action, its owners and partners with their role, by name."""
    return await per_tenant(keys, lambda t, ids: plan_parts.actors_of_actions(uow.session, t, ids))
