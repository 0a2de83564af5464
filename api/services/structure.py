"""The plan's structure: findings, themes, goals and action plans, and removing any node."""

import uuid
from collections.abc import Awaitable, Callable, Mapping
from typing import TypeVar

from api.domain.errors import Conflict, ValidationFailed, expect_version
from api.domain.measures import check_code
from api.domain.trail import NodeKind, check_theme_parent
from api.domain.translatable import optional_translations, translations
from api.services.authorise import writes
from api.services.caller import Caller
from api.services.links import remove_link
from api.services.loading import load_node, load_plan
from api.services.recording import delete_recorded, record_change, state_before
from api.store import trail as trail_store
from api.store.models import ActionPlan, Finding, Goal, Input, Node, Theme
from api.store.unit_of_work import UnitOfWork

Text = str | Mapping[str, str]
N = TypeVar("N", bound=Node)


def node_fields(
    caller: Caller, plan_id: uuid.UUID, code: str | None, title: Text, description: Text | None
) -> dict[str, object]:
    """The checked fields every titled node shares."""
    return {
        "tenant_id": caller.tenant_id,
        "plan_id": plan_id,
        "code": check_code(code),
        "title": translations(title, field="title"),
        "description": optional_translations(description, field="description"),
    }


async def add_node(
    uow: UnitOfWork,
    caller: Caller,
    node: N,
    *,
    reason: str | None,
    complete: Callable[[N], Awaitable[None]] | None = None,
) -> N:
    """Insert a new node of the caller's plan, its code unique within its kind, and record it.

    `complete` adds what the node's state keeps in other tables before the state is recorded.
    """
    await load_plan(uow, caller, node.plan_id)
    await _check_code_free(uow, node, node.code)
    uow.session.add(node)
    await uow.session.flush()
    if complete is not None:
        await complete(node)
    await record_change(uow, caller, f"{node.kind}.created", node, None, reason=reason)
    return node


async def _check_code_free(uow: UnitOfWork, node: Node, code: str | None) -> None:
    if code is not None and await trail_store.code_taken(
        uow.session, tenant_id=node.tenant_id, plan_id=node.plan_id, kind=node.kind, code=code,
        other_than=node.id,
    ):  # fmt: skip
        raise Conflict(f"a {node.kind} with code {code} exists in this plan", field="code")


@writes
async def create_finding(
    uow: UnitOfWork,
    caller: Caller,
    *,
    plan_id: uuid.UUID,
    title: Text,
    description: Text | None = None,
    code: str | None = None,
    reason: str | None = None,
) -> Finding:
    """Record a challenge synthesised from inputs."""
    fields = node_fields(caller, plan_id, code, title, description)
    return await add_node(
        uow, caller, Finding(kind=NodeKind.FINDING.value, **fields), reason=reason
    )


@writes
async def create_theme(
    uow: UnitOfWork,
    caller: Caller,
    *,
    plan_id: uuid.UUID,
    title: Text,
    description: Text | None = None,
    parent_id: uuid.UUID | None = None,
    code: str | None = None,
    reason: str | None = None,
) -> Theme:
    """Add a theme to the plan's taxonomy, optionally under a parent theme."""
    if parent_id is not None:
        await _load_parent(uow, caller, parent_id, plan_id)
    fields = node_fields(caller, plan_id, code, title, description)
    theme = Theme(kind=NodeKind.THEME.value, parent_id=parent_id, **fields)
    return await add_node(uow, caller, theme, reason=reason)


async def _load_parent(
    uow: UnitOfWork, caller: Caller, parent_id: uuid.UUID, plan_id: uuid.UUID
) -> Theme:
    parent = await load_node(uow, caller, parent_id, Theme, field="parentId")
    if parent.plan_id != plan_id:
        raise ValidationFailed("the parent theme belongs to another plan", field="parentId")
    return parent


@writes
async def move_theme(
    uow: UnitOfWork,
    caller: Caller,
    *,
    theme_id: uuid.UUID,
    parent_id: uuid.UUID | None,
    expected_version: int | None = None,
    reason: str | None = None,
) -> Theme:
    """Place a theme under another parent (or at the top); the tree stays a tree."""
    theme = await load_node(uow, caller, theme_id, Theme, field="themeId")
    expect_version(theme.version, expected_version)
    if parent_id is not None:
        await _load_parent(uow, caller, parent_id, theme.plan_id)
    parents = await trail_store.theme_parents(
        uow.session, tenant_id=caller.tenant_id, plan_id=theme.plan_id
    )
    check_theme_parent(theme.id, parent_id, parents)
    before = await state_before(uow, theme)
    theme.parent_id = parent_id
    await uow.session.flush()
    await record_change(uow, caller, "theme.moved", theme, before, reason=reason)
    return theme


@writes
async def create_goal(
    uow: UnitOfWork,
    caller: Caller,
    *,
    plan_id: uuid.UUID,
    code: str,
    title: Text,
    description: Text | None = None,
    priority: bool = False,
    reason: str | None = None,
) -> Goal:
    """Add a strategic goal, such as SD1, to a plan."""
    fields = node_fields(caller, plan_id, code, title, description)
    goal = Goal(kind=NodeKind.GOAL.value, priority=priority, **fields)
    return await add_node(uow, caller, goal, reason=reason)


@writes
async def create_action_plan(
    uow: UnitOfWork,
    caller: Caller,
    *,
    plan_id: uuid.UUID,
    code: str,
    title: Text,
    description: Text | None = None,
    priority: bool = False,
    reason: str | None = None,
) -> ActionPlan:
    """Add an action plan; link it under its goal with `create_link`."""
    fields = node_fields(caller, plan_id, code, title, description)
    action_plan = ActionPlan(kind=NodeKind.ACTION_PLAN.value, priority=priority, **fields)
    return await add_node(uow, caller, action_plan, reason=reason)


@writes
async def update_node(
    uow: UnitOfWork,
    caller: Caller,
    *,
    node_id: uuid.UUID,
    code: str | None = None,
    title: Text | None = None,
    description: Text | None = None,
    priority: bool | None = None,
    expected_version: int | None = None,
    reason: str | None = None,
) -> Node:
    """Change what is given of a finding's, theme's, goal's, action plan's or action's texts."""
    node = await load_node(uow, caller, node_id, Node, field="id")
    expect_version(node.version, expected_version)
    if isinstance(node, Input):
        raise ValidationFailed("an input has no title; use update_input", field="id")
    if priority is not None and node.kind in (NodeKind.FINDING, NodeKind.THEME):
        raise ValidationFailed(f"a {node.kind} cannot be priority", field="priority")
    before = await state_before(uow, node)
    if code is not None:
        checked_code = check_code(code)
        await _check_code_free(uow, node, checked_code)
        node.code = checked_code
    if title is not None:
        node.title = translations(title, field="title")
    if description is not None:
        node.description = optional_translations(description, field="description")
    if priority is not None:
        node.priority = priority
    await uow.session.flush()
    await record_change(uow, caller, f"{node.kind}.updated", node, before, reason=reason)
    return node


@writes
async def delete_node(
    uow: UnitOfWork,
    caller: Caller,
    *,
    node_id: uuid.UUID,
    reason: str | None = None,
    expected_version: int | None = None,
) -> Node:
    """Remove a node and the links that touch it, each removal recorded."""
    node = await load_node(uow, caller, node_id, Node, field="id")
    expect_version(node.version, expected_version)
    if isinstance(node, Theme) and await trail_store.has_sub_themes(
        uow.session, tenant_id=caller.tenant_id, theme_id=node.id
    ):
        raise Conflict("this theme has sub-themes; move or delete them first", field="id")
    for link in await trail_store.links_touching(
        uow.session, tenant_id=caller.tenant_id, node_id=node.id
    ):
        await remove_link(uow, caller, link, reason=reason)
    await delete_recorded(uow, caller, f"{node.kind}.deleted", node, reason=reason)
    return node
