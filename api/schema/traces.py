"""Traces in GraphQL: forward from an input to what it reached, backward from an action."""

import uuid
from enum import Enum

import strawberry
from strawberry.types import Info

from api.domain.translatable import resolve
from api.schema.context import SpoorContext
from api.schema.ids import TRAIL_NODE_TYPES, global_id, global_id_of_kind, uuid_of
from api.schema.vocabulary import Decision, LinkKind, NodeKind
from api.services import disclosure, traces
from api.services.caller import Caller
from api.store import models


@strawberry.enum(description="Which way to walk the trail.")
class Direction(Enum):
    FORWARD = "forward"
    BACKWARD = "backward"


@strawberry.type(description="One link of a path, with why it was made and what was decided.")
class Step:
    link_id: strawberry.ID
    kind: LinkKind
    source_id: strawberry.ID
    target_id: strawberry.ID
    rationale: str | None
    decision: Decision
    author: str = strawberry.field(
        description="Who made the link; without a key, 'the municipality' (no person's name)."
    )


@strawberry.type(description="A node a trace reached, and every path that leads there.")
class TracedNode:
    id: strawberry.ID
    kind: NodeKind
    code: str | None
    title: str | None = strawberry.field(description="Its title, or for an input its text.")
    depth: int = strawberry.field(description="The length of its shortest path.")
    paths: list[list[Step]]


def _step(link: models.Link, caller: Caller | None) -> Step:
    return Step(
        link_id=global_id("Link", link.id),
        kind=LinkKind(link.kind),
        source_id=global_id_of_kind(link.source_kind, link.source_id),
        target_id=global_id_of_kind(link.target_kind, link.target_id),
        rationale=link.rationale,
        decision=Decision(link.decision),
        author=disclosure.author(caller, link.author),
    )


def _label(node: models.Node, locale: str | None) -> str | None:
    if isinstance(node, models.Input):
        return node.text
    return resolve(node.title, locale)


async def traced(
    info: Info[SpoorContext, None], node_id: uuid.UUID, direction: Direction, depth: int
) -> list[TracedNode]:
    """What a node reached (FORWARD) or rests on (BACKWARD), with every path: one query."""
    found = await info.context.read(
        lambda uow: traces.trace(
            uow,
            info.context.caller,
            node_id=node_id,
            forward=direction is Direction.FORWARD,
            depth=depth,
        )
    )
    return [
        TracedNode(
            id=global_id_of_kind(r.node.kind, r.node.id),
            kind=NodeKind(r.node.kind),
            code=r.node.code,
            title=_label(r.node, info.context.locale),
            depth=r.depth,
            paths=[[_step(link, info.context.caller) for link in path] for path in r.paths],
        )
        for r in found
    ]


@strawberry.type
class TraceQueries:
    @strawberry.field(
        description="Everything reachable from a node: FORWARD from an input to the findings,"
        " themes, goals, action plans and actions it reached; BACKWARD from an action or goal"
        " to the inputs it rests on. One recursive query, however long the paths."
    )
    async def trace(
        self,
        info: Info[SpoorContext, None],
        id: strawberry.ID,
        direction: Direction,
        depth: int = 4,
    ) -> list[TracedNode]:
        return await traced(info, uuid_of(id, *TRAIL_NODE_TYPES), direction, depth)
