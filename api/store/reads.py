"""Read models for the GraphQL surface: each answers for many parents in one statement."""

import uuid
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select, text, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.arrays import among
from api.store.models import Input, Link, Node

PlanKey = tuple[uuid.UUID, uuid.UUID]


async def nodes_of_plans(
    session: AsyncSession, plan_keys: Sequence[PlanKey], kind: str
) -> dict[PlanKey, list[Node]]:
    """The nodes of one kind of each plan, by code."""
    if not plan_keys:
        return {}
    query = (
        select(Node)
        .where(tuple_(Node.tenant_id, Node.plan_id).in_(list(plan_keys)), Node.kind == kind)
        .order_by(Node.code, Node.created_at)
    )
    found: dict[PlanKey, list[Node]] = defaultdict(list)
    for node in (await session.scalars(query)).all():
        found[(node.tenant_id, node.plan_id)].append(node)
    return {key: found.get(key, []) for key in plan_keys}


async def targets_of(
    session: AsyncSession, tenant_id: uuid.UUID, source_ids: Sequence[uuid.UUID], kind: str
) -> dict[uuid.UUID, list[Node]]:
    """For each source node, the nodes of one kind it links to, by code."""
    query = (
        select(Link.source_id, Node)
        .join(Node, (Node.tenant_id == Link.tenant_id) & (Node.id == Link.target_id))
        .where(Link.tenant_id == tenant_id, among(Link.source_id, source_ids), Node.kind == kind)
        .order_by(Node.code, Node.created_at)
    )
    found: dict[uuid.UUID, list[Node]] = defaultdict(list)
    for source_id, node in (await session.execute(query)).all():
        found[source_id].append(node)
    return {source_id: found.get(source_id, []) for source_id in source_ids}


# Every input upstream of many starting nodes, walked in one statement.
ORIGINS = text("""
WITH RECURSIVE upstream(start, id, depth) AS (
    SELECT target_id, source_id, 1 FROM link
    WHERE tenant_id = :tenant AND target_id = ANY(:starts)
    UNION
    SELECT u.start, l.source_id, u.depth + 1
    FROM upstream u JOIN link l ON l.tenant_id = :tenant AND l.target_id = u.id
    WHERE u.depth < 10
)
SELECT DISTINCT u.start, u.id FROM upstream u
JOIN node n ON n.tenant_id = :tenant AND n.id = u.id AND n.kind = 'input'
""")


async def originating_inputs(
    session: AsyncSession, tenant_id: uuid.UUID, start_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[Input]]:
    """For each node, the inputs it rests on, directly or through any path, oldest first."""
    pairs = (await session.execute(ORIGINS, {"tenant": tenant_id, "starts": list(start_ids)})).all()
    input_ids = {input_id for _, input_id in pairs}
    inputs: dict[uuid.UUID, Input] = {}
    if input_ids:
        query = select(Input).where(Input.tenant_id == tenant_id, among(Input.id, input_ids))
        inputs = {item.id: item for item in (await session.scalars(query)).all()}
    found: dict[uuid.UUID, list[Input]] = defaultdict(list)
    for start, input_id in pairs:
        found[start].append(inputs[input_id])
    return {
        start: sorted(found.get(start, []), key=lambda item: (item.submitted_at, str(item.id)))
        for start in start_ids
    }


async def nodes_by_ids(
    session: AsyncSession, ids: Sequence[uuid.UUID], kind: str, *, tenant_id: uuid.UUID | None
) -> Sequence[Node]:
    """Nodes of one kind by id, within one tenant when it is given."""
    query = select(Node).where(among(Node.id, ids), Node.kind == kind)
    if tenant_id is not None:
        query = query.where(Node.tenant_id == tenant_id)
    return (await session.scalars(query)).all()
