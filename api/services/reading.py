"""Reading a plan's structure for the surfaces, many parents at a time (for dataloaders)."""

import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Literal, TypeVar

from api.domain.errors import NotFound
from api.domain.measures import check_arguments
from api.domain.trail import NodeKind
from api.services.caller import Caller
from api.services.loading import load_plan
from api.services.pagination import decode_cursor, page_size
from api.services.plans import PUBLIC_STATUSES
from api.store import plans as plan_store
from api.store import reads
from api.store.answer_shapes import Connection
from api.store.compiled import compiled_connections
from api.store.input_pages import InputFilter, input_counts, input_pages
from api.store.models import Input, Node, Plan
from api.store.unit_of_work import UnitOfWork

T = TypeVar("T")
Key = tuple[uuid.UUID, uuid.UUID]  # (tenant, id)


async def plan_for(uow: UnitOfWork, caller: Caller | None, plan_id: uuid.UUID) -> Plan:
    """A plan the caller may read: its tenant's (or its one plan), or else a published one."""
    if caller is not None:
        return await load_plan(uow, caller, plan_id)
    plan = await plan_store.public_plan(uow.session, plan_id)
    if plan is None or plan.status not in PUBLIC_STATUSES:
        raise NotFound(f"no plan with id {plan_id}", field="id")
    return plan


async def goals_of(uow: UnitOfWork, plan_keys: Sequence[Key]) -> dict[Key, list[Node]]:
    """The goals of each plan, by code."""
    return await reads.nodes_of_plans(uow.session, plan_keys, NodeKind.GOAL)


async def targets_of(uow: UnitOfWork, keys: Sequence[Key], kind: NodeKind) -> dict[Key, list[Node]]:
    """For each node, the nodes of `kind` it links to (a goal's action plans, say)."""
    return await per_tenant(keys, lambda t, ids: reads.targets_of(uow.session, t, ids, kind))


async def origin_counts_of(uow: UnitOfWork, keys: Sequence[Key]) -> dict[Key, reads.OriginCounts]:
    """For each node, how many inputs it rests on (through any path), per channel and type."""
    return await per_tenant(keys, lambda t, ids: reads.origin_counts(uow.session, t, ids))


async def first_origins_of(
    uow: UnitOfWork, keys: Sequence[tuple[Key, int]]
) -> dict[tuple[Key, int], list[Input]]:
    """For each (node, n), the n oldest inputs the node rests on."""
    by_limit: dict[int, list[Key]] = defaultdict(list)
    for key, limit in keys:
        by_limit[limit].append(key)
    found: dict[tuple[Key, int], list[Input]] = {}
    for limit, node_keys in by_limit.items():
        pages = await per_tenant(node_keys, partial(_first_origins, uow, limit=limit))
        found.update({(key, limit): rows for key, rows in pages.items()})
    return found


async def _first_origins(
    uow: UnitOfWork, tenant_id: uuid.UUID, ids: list[uuid.UUID], *, limit: int
) -> dict[uuid.UUID, list[Input]]:
    return await reads.originating_inputs(uow.session, tenant_id, ids, limit)


async def per_tenant(
    keys: Sequence[Key],
    fetch: Callable[[uuid.UUID, list[uuid.UUID]], Awaitable[dict[uuid.UUID, T]]],
) -> dict[Key, T]:
    """Answer keys of (tenant, id) with one `fetch` per tenant (nearly always just one)."""
    by_tenant: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for tenant_id, node_id in keys:
        by_tenant[tenant_id].append(node_id)
    found: dict[Key, T] = {}
    for tenant_id, node_ids in by_tenant.items():
        for node_id, value in (await fetch(tenant_id, node_ids)).items():
            found[(tenant_id, node_id)] = value
    return found


@dataclass(frozen=True)
class InputQuery:
    """One request for a page of inputs: the same for every plan it is asked of."""

    filter: InputFilter
    first: int
    after: str | None

    def __post_init__(self) -> None:
        # Refused as it is asked, before any query: a search is bounded text (a long one made
        # PostgreSQL's full-text parser spend seconds, or fail), and so is a cursor.
        check_arguments(first=self.first, after=self.after, search=self.filter.search)


async def input_pages_of(
    uow: UnitOfWork, keys: Sequence[tuple[Key, InputQuery]]
) -> dict[tuple[Key, InputQuery], tuple[list[Input], bool, int]]:
    """For each (plan, query): the page, whether more follow, and the filtered total."""
    by_query: dict[InputQuery, list[Key]] = defaultdict(list)
    for plan_key, query in keys:
        by_query[query].append(plan_key)
    found: dict[tuple[Key, InputQuery], tuple[list[Input], bool, int]] = {}
    for query, plan_keys in by_query.items():
        limit = page_size(query.first)
        pages = await input_pages(
            uow.session, plan_keys, query.filter, after=decode_cursor(query.after), limit=limit + 1
        )
        counts = await input_counts(uow.session, plan_keys, query.filter)
        for plan_key in plan_keys:
            page = pages[plan_key]
            found[(plan_key, query)] = (page[:limit], len(page) > limit, counts[plan_key])
    return found


async def nodes_by_ids(
    uow: UnitOfWork, caller: Caller | None, ids: Sequence[uuid.UUID], kind: NodeKind
) -> dict[uuid.UUID, Node]:
    """Nodes of one kind the caller may read, by id: its tenant's (or plan's), or published."""
    found = await reads.nodes_by_ids(
        uow.session, ids, kind, tenant_id=caller.tenant_id if caller else None
    )
    if caller is not None:
        return {n.id: n for n in found if caller.plan_id in (None, n.plan_id)}
    public = await plan_store.public_plan_keys(
        uow.session, {(n.tenant_id, n.plan_id) for n in found}, PUBLIC_STATUSES
    )
    return {n.id: n for n in found if (n.tenant_id, n.plan_id) in public}


# A parent (a plan, or a node whose links lead to the list), what lies under it, the shape asked.
CompiledKey = tuple[Key, Literal["plan", "node"], Connection]


async def compiled_pages_of(uow: UnitOfWork, keys: Sequence[CompiledKey]) -> dict[CompiledKey, Any]:
    """For each parent, a list and all it holds as asked, built whole in PostgreSQL: one
    statement per shape (and tenant), however many parents ask it."""
    by_shape: dict[tuple[uuid.UUID, Literal["plan", "node"], Connection], list[uuid.UUID]] = (
        defaultdict(list)
    )
    for (tenant_id, parent_id), under, shape in keys:
        by_shape[(tenant_id, under, shape)].append(parent_id)
    found: dict[CompiledKey, Any] = {}
    for (tenant_id, under, shape), parents in by_shape.items():
        answers = await compiled_connections(uow.session, tenant_id, parents, shape, under=under)
        for parent_id in parents:
            found[((tenant_id, parent_id), under, shape)] = answers.get(parent_id)
    return found
