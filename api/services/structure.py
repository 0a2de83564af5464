"""The plan's structure: findings, themes, goals, action plans and actions."""

import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from api.domain.errors import Conflict, ValidationFailed
from api.domain.measures import (
    check_budget,
    check_code,
    check_period,
    check_progress,
    check_weight,
)
from api.domain.status import ActionStatus, next_action_status
from api.domain.trail import NodeKind, check_theme_parent
from api.domain.translatable import optional_translations, translations
from api.domain.vocabulary import ActorRole, parse
from api.services.caller import Caller
from api.services.loading import load_node, load_plan
from api.services.participation import require_actors
from api.store import trail as trail_store
from api.store.models import Action, ActionActor, ActionPlan, Finding, Goal, Node, Theme
from api.store.unit_of_work import UnitOfWork

Text = str | Mapping[str, str]


async def _add_node(uow: UnitOfWork, caller: Caller, node: Node) -> None:
    await load_plan(uow, caller, node.plan_id)
    if node.code is not None and await trail_store.code_taken(
        uow.session,
        tenant_id=caller.tenant_id,
        plan_id=node.plan_id,
        kind=node.kind,
        code=node.code,
    ):
        raise Conflict(f"a {node.kind} with code {node.code} exists in this plan", field="code")
    uow.session.add(node)
    await uow.session.flush()


def _common(
    caller: Caller, plan_id: uuid.UUID, code: str | None, title: Text, description: Text | None
) -> dict[str, object]:
    return {
        "tenant_id": caller.tenant_id,
        "plan_id": plan_id,
        "code": check_code(code),
        "title": translations(title, field="title"),
        "description": optional_translations(description, field="description"),
    }


async def create_finding(
    uow: UnitOfWork,
    caller: Caller,
    *,
    plan_id: uuid.UUID,
    title: Text,
    description: Text | None = None,
    code: str | None = None,
) -> Finding:
    """Record a challenge synthesised from inputs."""
    finding = Finding(
        kind=NodeKind.FINDING.value, **_common(caller, plan_id, code, title, description)
    )
    await _add_node(uow, caller, finding)
    return finding


async def create_theme(
    uow: UnitOfWork,
    caller: Caller,
    *,
    plan_id: uuid.UUID,
    title: Text,
    description: Text | None = None,
    parent_id: uuid.UUID | None = None,
    code: str | None = None,
) -> Theme:
    """Add a theme to the plan's taxonomy, optionally under a parent theme."""
    if parent_id is not None:
        parent = await load_node(uow, caller, parent_id, Theme, field="parentId")
        if parent.plan_id != plan_id:
            raise ValidationFailed("the parent theme belongs to another plan", field="parentId")
    theme = Theme(
        kind=NodeKind.THEME.value,
        parent_id=parent_id,
        **_common(caller, plan_id, code, title, description),
    )
    await _add_node(uow, caller, theme)
    return theme


async def move_theme(
    uow: UnitOfWork, caller: Caller, *, theme_id: uuid.UUID, parent_id: uuid.UUID | None
) -> Theme:
    """Place a theme under another parent (or at the top); the tree stays a tree."""
    theme = await load_node(uow, caller, theme_id, Theme, field="themeId")
    if parent_id is not None:
        parent = await load_node(uow, caller, parent_id, Theme, field="parentId")
        if parent.plan_id != theme.plan_id:
            raise ValidationFailed("the parent theme belongs to another plan", field="parentId")
    parents = await trail_store.theme_parents(
        uow.session, tenant_id=caller.tenant_id, plan_id=theme.plan_id
    )
    check_theme_parent(theme.id, parent_id, parents)
    theme.parent_id = parent_id
    await uow.session.flush()
    return theme


async def create_goal(
    uow: UnitOfWork,
    caller: Caller,
    *,
    plan_id: uuid.UUID,
    code: str,
    title: Text,
    description: Text | None = None,
    priority: bool = False,
) -> Goal:
    """Add a strategic goal, such as SD1, to a plan."""
    goal = Goal(
        kind=NodeKind.GOAL.value,
        priority=priority,
        **_common(caller, plan_id, code, title, description),
    )
    await _add_node(uow, caller, goal)
    return goal


async def create_action_plan(
    uow: UnitOfWork,
    caller: Caller,
    *,
    plan_id: uuid.UUID,
    code: str,
    title: Text,
    description: Text | None = None,
    priority: bool = False,
) -> ActionPlan:
    """Add an action plan; link it under its goal with `create_link`."""
    action_plan = ActionPlan(
        kind=NodeKind.ACTION_PLAN.value,
        priority=priority,
        **_common(caller, plan_id, code, title, description),
    )
    await _add_node(uow, caller, action_plan)
    return action_plan


async def create_action(
    uow: UnitOfWork,
    caller: Caller,
    *,
    plan_id: uuid.UUID,
    code: str,
    title: Text,
    description: Text | None = None,
    priority: bool = False,
    weight: Decimal | int | None = None,
    starts_on: date | None = None,
    ends_on: date | None = None,
    budget: Decimal | int | None = None,
    owners: Sequence[uuid.UUID] = (),
    partners: Sequence[uuid.UUID] = (),
    external_id: str | None = None,
) -> Action:
    """Add a proposed action, with the departments that own it and the partners that help."""
    check_period(starts_on, ends_on)
    await require_actors(uow, caller, [*owners, *partners], field="owners")
    if external_id is not None and await trail_store.external_id_taken(
        uow.session, Action, tenant_id=caller.tenant_id, external_id=external_id
    ):
        raise Conflict(f"an action with external id {external_id!r} exists", field="externalId")
    action = Action(
        kind=NodeKind.ACTION.value,
        priority=priority,
        status=ActionStatus.PROPOSED.value,
        progress=0,
        weight=check_weight(weight),
        starts_on=starts_on,
        ends_on=ends_on,
        budget=check_budget(budget),
        external_id=external_id,
        **_common(caller, plan_id, code, title, description),
    )
    await _add_node(uow, caller, action)
    for role, actor_ids in ((ActorRole.OWNER, owners), (ActorRole.PARTNER, partners)):
        for actor_id in dict.fromkeys(actor_ids):
            uow.session.add(
                ActionActor(
                    tenant_id=caller.tenant_id,
                    action_id=action.id,
                    actor_id=actor_id,
                    role=role.value,
                )
            )
    await uow.session.flush()
    return action


async def set_action_status(
    uow: UnitOfWork, caller: Caller, *, action_id: uuid.UUID, status: str
) -> Action:
    """Move an action along its status machine; a done action is at 100%."""
    action = await load_node(uow, caller, action_id, Action, field="actionId")
    wanted = parse(ActionStatus, status, field="status")
    action.status = next_action_status(ActionStatus(action.status), wanted).value
    if wanted is ActionStatus.DONE:
        action.progress = 100
    await uow.session.flush()
    return action


async def set_progress(
    uow: UnitOfWork, caller: Caller, *, action_id: uuid.UUID, progress: int
) -> Action:
    """Report an action's progress as a whole percentage."""
    action = await load_node(uow, caller, action_id, Action, field="actionId")
    action.progress = check_progress(progress)
    await uow.session.flush()
    return action
