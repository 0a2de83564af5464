"""A plan's traceability matrix: one row per path from an input to a commitment, and a row for
each input that reached nothing, for a municipality to read in a spreadsheet or a warehouse.

Along a path the kinds climb (input → finding or theme → goal → action plan → action, with
shortcuts), so each kind appears at most once and each link is known by what it leads to: the
link into the goal, the link into the action. An input reached something when a path from it
ends at a goal, an action plan or an action: the inputs coverage counts as reached.

What an anonymous reader of a published plan sees follows `disclosure`: no external id, no
facilitator, no link author, no status reason (the municipality's own note).
"""

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from api.domain.trail import NodeKind
from api.domain.translatable import resolve
from api.domain.vocabulary import DEFAULT_LANGUAGE
from api.services import disclosure
from api.services.caller import Caller
from api.services.reading import plan_for
from api.store import exports as export_store
from api.store.exports import InputRow, LinkRow, NodeRow
from api.store.unit_of_work import UnitOfWork

# The places a path has, each named by the kinds that may stand there.
VIA = (NodeKind.FINDING, NodeKind.THEME)
PLACES: dict[str, tuple[NodeKind, ...]] = {
    "via": VIA,
    "goal": (NodeKind.GOAL,),
    "action_plan": (NodeKind.ACTION_PLAN,),
    "action": (NodeKind.ACTION,),
}
_DIGITS = re.compile(r"(\d+)")


@dataclass(frozen=True)
class InputCells:
    """What a row says of its input."""

    id: uuid.UUID
    code: str | None
    external_id: str | None
    text: str
    channel: str
    moment: str | None
    moment_held_on: date | None
    facilitator: str | None
    participant_type: str
    submitted_at: datetime
    status: str
    status_reason: str | None


@dataclass(frozen=True)
class Step:
    """A node a path reached, and the link that reached it."""

    kind: str
    code: str | None
    title: str | None
    decision: str
    rationale: str | None
    author: str


@dataclass(frozen=True)
class PathRow:
    input: InputCells
    steps: dict[str, Step]  # by place: via, goal, action_plan, action


@dataclass(frozen=True)
class UnreachedRow:
    input: InputCells
    linked_to: list[str]  # what it is linked to that led nowhere further (codes, else titles)


@dataclass(frozen=True)
class Matrix:
    plan_id: uuid.UUID
    plan_title: str
    language: str
    paths: list[PathRow]
    unreached: list[UnreachedRow]


async def traceability_matrix(
    uow: UnitOfWork, caller: Caller | None, *, plan_id: uuid.UUID, language: str | None = None
) -> Matrix:
    """The plan's matrix, titles in `language` (else the plan's own language, Dutch)."""
    plan = await plan_for(uow, caller, plan_id)
    language = language or DEFAULT_LANGUAGE.value
    rows = await export_store.matrix_rows(uow.session, tenant_id=plan.tenant_id, plan_id=plan.id)
    cells = {key: _input_cells(caller, row) for key, row in rows.inputs.items()}
    paths = [
        PathRow(cells[input_id], _steps(caller, rows.links, rows.nodes, links, language))
        for input_id, links in rows.paths
    ]
    paths.sort(key=_path_order)
    reached = {row.input.id for row in paths}
    targets: dict[uuid.UUID, list[NodeRow]] = {}
    for link in rows.links.values():
        targets.setdefault(link.source_id, []).append(rows.nodes[link.target_id])
    unreached = [
        UnreachedRow(cells[key], _named(targets.get(key, []), language))
        for key in sorted(cells, key=lambda key: _input_order(cells[key]))
        if key not in reached
    ]
    title = resolve(plan.title, language) or ""
    return Matrix(plan.id, title, language, paths, unreached)


def _input_cells(caller: Caller | None, row: InputRow) -> InputCells:
    return InputCells(
        id=row.id, code=row.code, external_id=disclosure.personal(caller, row.external_id),
        text=row.text, channel=row.channel, moment=row.moment, moment_held_on=row.moment_held_on,
        facilitator=disclosure.personal(caller, row.facilitator),
        participant_type=row.participant_type, submitted_at=row.submitted_at, status=row.status,
        status_reason=disclosure.personal(caller, row.status_reason),
    )  # fmt: skip


def _steps(
    caller: Caller | None,
    links: dict[uuid.UUID, LinkRow],
    nodes: dict[uuid.UUID, NodeRow],
    path: list[uuid.UUID],
    language: str,
) -> dict[str, Step]:
    steps = {}
    for link_id in path:
        link = links[link_id]
        node = nodes[link.target_id]
        place = next(name for name, kinds in PLACES.items() if node.kind in kinds)
        steps[place] = Step(
            kind=node.kind, code=node.code, title=resolve(node.title, language),
            decision=link.decision, rationale=link.rationale,
            author=disclosure.author(caller, link.author),
        )  # fmt: skip
    return steps


def _named(nodes: list[NodeRow], language: str) -> list[str]:
    return sorted((node.code or resolve(node.title, language) or "" for node in nodes), key=natural)


def natural(code: str) -> tuple[tuple[int, int | str], ...]:
    """A code's sort key in which numbers count as numbers: SD2 before SD10."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in _DIGITS.split(code))


def _input_order(cells: InputCells) -> tuple[object, ...]:
    return natural(cells.code or ""), cells.submitted_at, str(cells.id)


def _path_order(row: PathRow) -> tuple[object, ...]:
    """By input, then by the codes along the path; a place the path skips comes last."""
    codes = tuple(
        (0, natural(row.steps[place].code or "")) if place in row.steps else (1,)
        for place in PLACES
    )
    return (*_input_order(row.input), *codes)
