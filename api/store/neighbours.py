"""Links around nodes, and nodes and links by id: each answered for many at once."""

import uuid
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.arrays import among
from api.store.models import Link, Node


async def links_around(
    session: AsyncSession, tenant_id: uuid.UUID, node_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, tuple[list[Link], list[Link]]]:
    """For each node, the links that end at it and the links that start from it, oldest first."""
    query = (
        select(Link)
        .where(
            Link.tenant_id == tenant_id,
            or_(among(Link.source_id, node_ids), among(Link.target_id, node_ids)),
        )
        .order_by(Link.created_at, Link.id)
    )
    incoming: dict[uuid.UUID, list[Link]] = defaultdict(list)
    outgoing: dict[uuid.UUID, list[Link]] = defaultdict(list)
    for link in (await session.scalars(query)).all():
        incoming[link.target_id].append(link)
        outgoing[link.source_id].append(link)
    return {node_id: (incoming[node_id], outgoing[node_id]) for node_id in node_ids}


async def nodes_by_id(
    session: AsyncSession, tenant_id: uuid.UUID, node_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Node]:
    """Nodes of any kind, each loaded as its own kind."""
    query = select(Node).where(Node.tenant_id == tenant_id, among(Node.id, node_ids))
    return {node.id: node for node in (await session.scalars(query)).all()}


async def links_by_id(
    session: AsyncSession, link_ids: Sequence[uuid.UUID], *, tenant_id: uuid.UUID | None
) -> Sequence[Link]:
    """Links by id, within one tenant when it is given (row-level security holds regardless)."""
    query = select(Link).where(among(Link.id, link_ids))
    if tenant_id is not None:
        query = query.where(Link.tenant_id == tenant_id)
    return (await session.scalars(query)).all()
