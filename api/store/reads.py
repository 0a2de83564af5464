"""Read models for the GraphQL surface: each answers for many parents in one statement."""

import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, text, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.arrays import among
from api.store.models import Input, Link, Node

PlanKey = tuple[uuid.UUID, uuid.UUID]


def of_kind(kind: str) -> type[Node]:
    """The record class of one kind of node. Selecting it reads that kind's columns only:
    `select(Node)` outer-joins the tables of inputs, themes and actions to every node read."""
    found: type[Node] = Node.__mapper__.polymorphic_map[kind].class_
    return found


async def nodes_of_plans(
    session: AsyncSession, plan_keys: Sequence[PlanKey], kind: str
) -> dict[PlanKey, list[Node]]:
    """The nodes of one kind of each plan, by code."""
    if not plan_keys:
        return {}
    query = (
        select(of_kind(kind))
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
    entity = of_kind(kind)
    query = (
        select(Link.source_id, entity)
        .join(entity, (Node.tenant_id == Link.tenant_id) & (Node.id == Link.target_id))
        .where(Link.tenant_id == tenant_id, among(Link.source_id, source_ids), Node.kind == kind)
        .order_by(Node.code, Node.created_at)
    )
    found: dict[uuid.UUID, list[Node]] = defaultdict(list)
    for source_id, node in (await session.execute(query)).all():
        found[source_id].append(node)
    return {source_id: found.get(source_id, []) for source_id in source_ids}


# Every input upstream of many starting nodes, walked in one statement.
_UPSTREAM = """
WITH RECURSIVE upstream(start, id, depth) AS (
    SELECT target_id, source_id, 1 FROM link
    WHERE tenant_id = :tenant AND target_id = ANY(:starts)
    UNION
    SELECT u.start, l.source_id, u.depth + 1
    FROM upstream u JOIN link l ON l.tenant_id = :tenant AND l.target_id = u.id
    WHERE u.depth < 10
),
origins AS (
    SELECT DISTINCT u.start, i.id, i.channel, i.participant_type, i.submitted_at
    FROM upstream u JOIN input i ON i.tenant_id = :tenant AND i.id = u.id
)
"""
ORIGIN_COUNTS = text(
    _UPSTREAM + "SELECT start, channel, participant_type, count(*) AS n FROM origins"
    " GROUP BY start, channel, participant_type"
)
FIRST_ORIGINS = text(
    _UPSTREAM + "SELECT start, id FROM (SELECT start, id, row_number() OVER"
    " (PARTITION BY start ORDER BY submitted_at, id) AS position FROM origins) ranked"
    " WHERE position <= :limit"
)


@dataclass(frozen=True)
class OriginCounts:
    """How many inputs a node rests on, in all and per channel and participant type."""

    total: int
    by_channel: dict[str, int]
    by_participant_type: dict[str, int]


async def origin_counts(
    session: AsyncSession, tenant_id: uuid.UUID, start_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, OriginCounts]:
    """For each node, the counts of the inputs upstream of it: one statement, counted in SQL."""
    rows = (
        await session.execute(ORIGIN_COUNTS, {"tenant": tenant_id, "starts": list(start_ids)})
    ).all()
    channels: dict[uuid.UUID, Counter[str]] = defaultdict(Counter)
    participants: dict[uuid.UUID, Counter[str]] = defaultdict(Counter)
    for start, channel, participant_type, count in rows:
        channels[start][channel] += count
        participants[start][participant_type] += count
    return {
        start: OriginCounts(
            total=sum(channels[start].values()),
            by_channel=dict(channels[start]),
            by_participant_type=dict(participants[start]),
        )
        for start in start_ids
    }


async def originating_inputs(
    session: AsyncSession, tenant_id: uuid.UUID, start_ids: Sequence[uuid.UUID], limit: int = 100
) -> dict[uuid.UUID, list[Input]]:
    """For each node, the first `limit` inputs it rests on, oldest first: two statements."""
    bind = {"tenant": tenant_id, "starts": list(start_ids), "limit": limit}
    pairs = (await session.execute(FIRST_ORIGINS, bind)).all()
    inputs: dict[uuid.UUID, Input] = {}
    if pairs:
        query = select(Input).where(
            Input.tenant_id == tenant_id, among(Input.id, {input_id for _, input_id in pairs})
        )
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
    query = select(of_kind(kind)).where(among(Node.id, ids), Node.kind == kind)
    if tenant_id is not None:
        query = query.where(Node.tenant_id == tenant_id)
    return (await session.scalars(query)).all()
