"""Traces: every node reachable from one node, forward or backward, with every path to it."""

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.arrays import among
from api.store.models import Link, Node

# Links climb strictly from input to action, so no path is longer than four links and no
# path repeats a node: the walk ends by itself, and :depth only trims it.
_WALK = """
WITH RECURSIVE walk(node_id, path, depth) AS (
    SELECT l.{near}, ARRAY[l.id], 1 FROM link l
    WHERE l.tenant_id = :tenant AND l.{far} = :start
    UNION ALL
    SELECT l.{near}, w.path || l.id, w.depth + 1
    FROM walk w JOIN link l ON l.tenant_id = :tenant AND l.{far} = w.node_id
    WHERE w.depth < :depth
)
SELECT node_id, path FROM walk
"""
FORWARD = text(_WALK.format(near="target_id", far="source_id"))
BACKWARD = text(_WALK.format(near="source_id", far="target_id"))


async def trace(
    session: AsyncSession, *, tenant_id: uuid.UUID, start_id: uuid.UUID, forward: bool, depth: int
) -> tuple[list[tuple[uuid.UUID, list[uuid.UUID]]], dict[uuid.UUID, Node], dict[uuid.UUID, Link]]:
    """(node, path of link ids) pairs, and the nodes and links they name: three statements."""
    walk = FORWARD if forward else BACKWARD
    rows = (
        await session.execute(walk, {"tenant": tenant_id, "start": start_id, "depth": depth})
    ).all()
    pairs = [(row.node_id, list(row.path)) for row in rows]
    node_ids = {node_id for node_id, _ in pairs}
    link_ids = {link_id for _, path in pairs for link_id in path}
    nodes = await _by_id(session, Node, tenant_id, node_ids)
    links = await _by_id(session, Link, tenant_id, link_ids)
    return pairs, nodes, links  # type: ignore[return-value]


async def _by_id(
    session: AsyncSession, model: type[Node] | type[Link], tenant_id: uuid.UUID, ids: set[uuid.UUID]
) -> dict[uuid.UUID, Node | Link]:
    if not ids:
        return {}
    query = select(model).where(model.tenant_id == tenant_id, among(model.id, ids))
    rows: Sequence[Any] = (await session.scalars(query)).all()
    return {row.id: row for row in rows}
