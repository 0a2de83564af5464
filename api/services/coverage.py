"""Coverage of a plan: how much of what was said reached a goal or an action, and what did not."""

import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from api.domain.status import InputStatus
from api.domain.trail import NodeKind
from api.services.caller import Caller
from api.services.reading import plan_for
from api.store import coverage as coverage_store
from api.store.coverage import InputFacts, StructureNode
from api.store.unit_of_work import UnitOfWork

__all__ = ["Coverage", "Share", "StructureNode", "Unreached", "plan_coverage"]


@dataclass(frozen=True)
class Share:
    """Of the inputs with one value (a channel, say), how many reached a goal or an action,
    and of those that did not, how many were decided not retained (the rest are still open)."""

    value: str
    total: int
    reached: int
    not_retained: int = 0

    @property
    def open(self) -> int:
        return self.total - self.reached - self.not_retained


@dataclass(frozen=True)
class Unreached:
    """An input that reached nothing, and whether that was decided."""

    input_id: uuid.UUID
    decided: bool
    reason: str | None


@dataclass(frozen=True)
class Coverage:
    total_inputs: int
    reached_inputs: int
    by_channel: list[Share]
    by_participant_type: list[Share]
    by_theme: list[Share]
    by_moment: list[Share]
    unreached: list[Unreached]
    commitments_without_input: list[StructureNode]
    themes_and_findings_without_goal: list[StructureNode]


async def plan_coverage(uow: UnitOfWork, caller: Caller | None, *, plan_id: uuid.UUID) -> Coverage:
    """Per plan: inputs reached and not (decided or open), by dimension; orphans both ways."""
    plan = await plan_for(uow, caller, plan_id)
    rows = await coverage_store.coverage_rows(
        uow.session, tenant_id=plan.tenant_id, plan_id=plan.id
    )
    reached = {item.id for item in rows.inputs if item.id in rows.reaching_commitment}
    # Decided not to be taken up: coverage's "decided", counted per value like "reached".
    dropped = {
        item.id
        for item in rows.inputs
        if item.id not in reached and item.status == InputStatus.NOT_RETAINED
    }
    return Coverage(
        total_inputs=len(rows.inputs),
        reached_inputs=len(reached),
        by_channel=_shares(rows.inputs, reached, dropped, lambda i: [i.channel]),
        by_participant_type=_shares(rows.inputs, reached, dropped, lambda i: [i.participant_type]),
        by_theme=_shares(rows.inputs, reached, dropped, lambda i: i.themes or ["(no theme)"]),
        by_moment=_shares(rows.inputs, reached, dropped, lambda i: [i.moment or "(no moment)"]),
        unreached=[
            Unreached(
                item.id,
                decided=item.id in dropped,
                reason=item.status_reason if item.id in dropped else None,
            )
            for item in rows.inputs
            if item.id not in reached
        ],
        commitments_without_input=_nodes(
            rows.structure, {NodeKind.GOAL, NodeKind.ACTION}, rows.resting_on_input
        ),
        themes_and_findings_without_goal=_nodes(
            rows.structure, {NodeKind.THEME, NodeKind.FINDING}, rows.reaching_commitment
        ),
    )


def _shares(
    inputs: Iterable[InputFacts],
    reached: set[uuid.UUID],
    dropped: set[uuid.UUID],
    values: Callable[[InputFacts], list[str]],
) -> list[Share]:
    totals: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    decided: Counter[str] = Counter()
    for item in inputs:
        for value in values(item):
            totals[value] += 1
            hits[value] += item.id in reached
            decided[value] += item.id in dropped
    return [Share(value, totals[value], hits[value], decided[value]) for value in sorted(totals)]


def _nodes(
    structure: Iterable[StructureNode], kinds: set[NodeKind], having: set[uuid.UUID]
) -> list[StructureNode]:
    """The nodes of these kinds that are not in `having`."""
    return sorted(
        (node for node in structure if node.kind in kinds and node.id not in having),
        key=lambda node: (node.kind, node.code or "", node.title or ""),
    )
