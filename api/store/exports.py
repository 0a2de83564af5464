"""The traceability matrix of a plan, read in four statements whatever the plan's size: every
path from an input to what it reached, the inputs, the other nodes and the links."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.domain.trail import COMMITMENT_KINDS

# Every path from each of the plan's inputs that ends where the trail ends (a node with no link
# onwards) at a commitment: a goal, an action plan or an action. Links climb strictly from input
# to action, so no path repeats a node and none is longer than four links: the walk ends by
# itself. A path that ends at a finding or theme no goal took up reached nothing and is left out.
PATHS = text("""
WITH RECURSIVE walk(input_id, node_id, node_kind, links) AS (
    SELECT n.id, n.id, n.kind, ARRAY[]::uuid[] FROM node n
    WHERE n.tenant_id = :tenant AND n.plan_id = :plan AND n.kind = 'input'
    UNION ALL
    SELECT w.input_id, l.target_id, l.target_kind, w.links || l.id
    FROM walk w JOIN link l ON l.tenant_id = :tenant AND l.source_id = w.node_id
)
SELECT w.input_id, w.links FROM walk w
WHERE w.node_kind = ANY(:commitments)
  AND NOT EXISTS (SELECT 1 FROM link l WHERE l.tenant_id = :tenant AND l.source_id = w.node_id)
""")

INPUTS = text("""
SELECT i.id, n.code, n.external_id, i.text, i.channel, i.participant_type, i.language,
       i.submitted_at, i.status, i.status_reason,
       m.title AS moment, m.held_on AS moment_held_on, m.facilitator
FROM node n
JOIN input i ON i.tenant_id = n.tenant_id AND i.id = n.id
LEFT JOIN participation_moment m ON m.tenant_id = i.tenant_id AND m.id = i.moment_id
WHERE n.tenant_id = :tenant AND n.plan_id = :plan AND n.kind = 'input'
""")

NODES = text("""
SELECT id, kind, code, title FROM node
WHERE tenant_id = :tenant AND plan_id = :plan AND kind <> 'input'
""")

LINKS = text("""
SELECT id, source_id, target_id, target_kind, decision, rationale, author FROM link
WHERE tenant_id = :tenant AND plan_id = :plan
""")


@dataclass(frozen=True)
class InputRow:
    id: uuid.UUID
    code: str | None
    external_id: str | None
    text: str
    channel: str
    participant_type: str
    language: str
    submitted_at: datetime
    status: str
    status_reason: str | None
    moment: str | None
    moment_held_on: date | None
    facilitator: str | None


@dataclass(frozen=True)
class NodeRow:
    id: uuid.UUID
    kind: str
    code: str | None
    title: dict[str, str] | None


@dataclass(frozen=True)
class LinkRow:
    id: uuid.UUID
    source_id: uuid.UUID
    target_id: uuid.UUID
    target_kind: str
    decision: str
    rationale: str | None
    author: str


@dataclass(frozen=True)
class MatrixRows:
    """What the matrix is built from: each path as (input, its link ids in order)."""

    paths: Sequence[tuple[uuid.UUID, list[uuid.UUID]]]
    inputs: dict[uuid.UUID, InputRow]
    nodes: dict[uuid.UUID, NodeRow]
    links: dict[uuid.UUID, LinkRow]


async def matrix_rows(
    session: AsyncSession, *, tenant_id: uuid.UUID, plan_id: uuid.UUID
) -> MatrixRows:
    """The plan's paths, inputs, nodes and links: four statements."""
    bind: dict[str, Any] = {"tenant": tenant_id, "plan": plan_id}
    commitments = sorted(kind.value for kind in COMMITMENT_KINDS)
    paths = [
        (row.input_id, list(row.links))
        for row in (await session.execute(PATHS, {**bind, "commitments": commitments})).all()
    ]
    inputs = [InputRow(**row._mapping) for row in (await session.execute(INPUTS, bind)).all()]
    nodes = [NodeRow(**row._mapping) for row in (await session.execute(NODES, bind)).all()]
    links = [LinkRow(**row._mapping) for row in (await session.execute(LINKS, bind)).all()]
    return MatrixRows(
        paths=paths,
        inputs={row.id: row for row in inputs},
        nodes={row.id: row for row in nodes},
        links={row.id: row for row in links},
    )
