"""Tracing the trail: from an input to everything it reached, or from an action back."""

import uuid
from dataclasses import dataclass

from api.domain.errors import NotFound
from api.domain.measures import TRACE_DEPTH, check_arguments
from api.services.caller import Caller
from api.services.loading import load_node
from api.services.reading import plan_for
from api.store import traces as trace_store
from api.store import trail as trail_store
from api.store.models import Link, Node
from api.store.unit_of_work import UnitOfWork

MAX_DEPTH = TRACE_DEPTH.high


@dataclass(frozen=True)
class Reached:
    """A node the trace reached, and every path of links that leads there."""

    node: Node
    paths: list[list[Link]]

    @property
    def depth(self) -> int:
        return min(len(path) for path in self.paths)


async def trace(
    uow: UnitOfWork, caller: Caller | None, *, node_id: uuid.UUID, forward: bool, depth: int = 4
) -> list[Reached]:
    """Every node reachable from `node_id` in one direction, nearest first, with its paths."""
    check_arguments(depth=depth)
    start = await _start(uow, caller, node_id)
    pairs, nodes, links = await trace_store.trace(
        uow.session, tenant_id=start.tenant_id, start_id=start.id, forward=forward, depth=depth
    )
    paths: dict[uuid.UUID, list[list[Link]]] = {}
    for reached_id, path in pairs:
        paths.setdefault(reached_id, []).append([links[link_id] for link_id in path])
    found = [Reached(nodes[node], node_paths) for node, node_paths in paths.items()]
    return sorted(found, key=lambda r: (r.depth, r.node.kind, r.node.code or "", str(r.node.id)))


async def _start(uow: UnitOfWork, caller: Caller | None, node_id: uuid.UUID) -> Node:
    """The starting node, which the caller must be allowed to read."""
    if caller is not None:
        return await load_node(uow, caller, node_id, Node)
    node = await trail_store.public_node(uow.session, node_id)
    if node is None:
        raise NotFound(f"no node with id {node_id}", field="id")
    await plan_for(uow, None, node.plan_id)  # anonymous readers: published plans only
    return node
