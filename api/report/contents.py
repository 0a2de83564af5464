"""What the trail report shows, read through the same use cases the APIs answer from: coverage
(api/services/coverage.py), the traceability matrix's paths (api/services/exports.py), the
progress roll-up (api/services/progress.py) and the plan's log (api/services/plan_log.py). The
report adds no numbers of its own, so it cannot disagree with the API."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from api.domain.rollup import propagate_priority
from api.domain.trail import NodeKind
from api.domain.translatable import resolve
from api.services import browsing, coverage, disclosure, exports, progress, reading
from api.services.caller import Caller
from api.services.coverage import Coverage
from api.services.exports import Matrix, natural
from api.services.plan_log import PlanLog, plan_log
from api.store.models import Action, Node
from api.store.unit_of_work import UnitOfWork

Key = tuple[uuid.UUID, uuid.UUID]


@dataclass(frozen=True)
class Element:
    """A goal or an action plan, with its rolled-up progress (None: no action counts)."""

    code: str | None
    title: str
    progress: int | None
    priority: bool


@dataclass(frozen=True)
class ActionLine:
    code: str | None
    title: str
    status: str
    progress: int
    priority: bool
    actors: list[str]  # owners first, then partners: organisations, public by design


@dataclass(frozen=True)
class GoalPart:
    goal: Element
    action_plans: list[tuple[Element, list[ActionLine]]]
    direct_actions: list[ActionLine]  # linked to the goal itself, through no action plan


@dataclass(frozen=True)
class Contents:
    plan_id: uuid.UUID
    title: str
    description: str | None
    status: str
    period: tuple[date, date]
    language: str
    sees_names: bool
    coverage: Coverage
    matrix: Matrix
    reasons: dict[uuid.UUID, str | None]  # each not-retained input's reason, as the caller may see
    goals: list[GoalPart]
    log: PlanLog
    made_at: datetime


async def gather(
    uow: UnitOfWork, caller: Caller | None, *, plan_id: uuid.UUID, language: str
) -> Contents:
    """Everything the report of one plan shows, as this caller may see it."""
    plan = await reading.plan_for(uow, caller, plan_id)
    covered = await coverage.plan_coverage(uow, caller, plan_id=plan.id)
    matrix = await exports.traceability_matrix(uow, caller, plan_id=plan.id, language=language)
    goals = await _structure(uow, (plan.tenant_id, plan.id), language)
    log = await plan_log(uow, caller, plan_id=plan.id)
    return Contents(
        plan_id=plan.id,
        title=resolve(plan.title, language) or "",
        description=resolve(plan.description, language),
        status=plan.status,
        period=(plan.period_start, plan.period_end),
        language=language,
        sees_names=disclosure.sees_names(caller),
        coverage=covered,
        matrix=matrix,
        reasons={
            item.input_id: disclosure.personal(caller, item.reason)
            for item in covered.unreached
            if item.decided
        },
        goals=goals,
        log=log,
        made_at=uow.clock(),
    )


async def _structure(uow: UnitOfWork, plan_key: Key, language: str) -> list[GoalPart]:
    """The plan's goals, their action plans and actions, with progress: a statement per level."""
    goals = (await reading.goals_of(uow, [plan_key]))[plan_key]
    goal_keys = [_key(goal) for goal in goals]
    plans_of = await reading.targets_of(uow, goal_keys, NodeKind.ACTION_PLAN)
    plan_keys = [_key(node) for nodes in plans_of.values() for node in nodes]
    actions_of = await reading.targets_of(uow, plan_keys, NodeKind.ACTION)
    direct_of = await reading.targets_of(uow, goal_keys, NodeKind.ACTION)
    actions = {
        _key(a): a for found in (actions_of, direct_of) for nodes in found.values() for a in nodes
    }
    rolled = await progress.progress_of(uow, [*goal_keys, *plan_keys])
    actors = await browsing.actors_of_actions(uow, list(actions))
    priority = _priority(goals, plans_of, {**actions_of, **direct_of})

    def element(node: Node) -> Element:
        title = resolve(node.title, language) or ""
        return Element(node.code, title, rolled[_key(node)], _key(node) in priority)

    def lines(nodes: Sequence[Node]) -> list[ActionLine]:
        found = []
        for node in sorted(nodes, key=lambda n: natural(n.code or "")):
            assert isinstance(node, Action)
            roles = sorted(actors[_key(node)], key=lambda pair: pair[0] != "owner")
            found.append(
                ActionLine(
                    node.code,
                    resolve(node.title, language) or "",
                    node.status,
                    node.progress,
                    _key(node) in priority,
                    [actor.name for _, actor in roles],
                )
            )
        return found

    return [
        GoalPart(
            element(goal),
            [(element(p), lines(actions_of[_key(p)])) for p in plans_of[_key(goal)]],
            lines(direct_of[_key(goal)]),
        )
        for goal in sorted(goals, key=lambda g: natural(g.code or ""))
    ]


def _priority(
    goals: Sequence[Node], plans_of: dict[Key, list[Node]], actions_of: dict[Key, list[Node]]
) -> set[object]:
    """Every goal, action plan and action that is priority: flagged, or above one that is
    (the domain's propagation, as reported to the council)."""
    parents: dict[object, list[object]] = {}
    for parent_key, children in (*plans_of.items(), *actions_of.items()):
        for child in children:
            parents.setdefault(_key(child), []).append(parent_key)
    nodes = [
        *goals,
        *(n for ns in plans_of.values() for n in ns),
        *(n for ns in actions_of.values() for n in ns),
    ]
    return propagate_priority([_key(node) for node in nodes if node.priority], parents)


def _key(node: Node) -> Key:
    return (node.tenant_id, node.id)
