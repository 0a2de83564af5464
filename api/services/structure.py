"""The plan's structure: findings, themes, goals and action plans, and removing any node."""

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from api.domain.errors import Conflict, ValidationFailed, expect_version
from api.domain.trail import NodeKind, check_theme_parent
from api.domain.translatable import optional_translations, translations
from api.domain.values import check_code, check_external_id
from api.services.authorise import writes
from api.services.caller import Caller
from api.services.links import remove_link
from api.services.loading import load_node, load_plan
from api.store import trail as trail_store
from api.store.changes import Part
from api.store.models import ActionPlan, Finding, Goal, Input, Node, Theme
from api.store.unit_of_work import UnitOfWork

Text = str | Mapping[str, str]
N = TypeVar("N", bound=Node)


@dataclass(frozen=True, kw_only=True)
class NewNode:
    """What every command that creates a titled node gives.

    `external_id` is the client's own id for the node. A create whose external id a node of
    the kind in the plan already carries returns that node: a client may retry it safely.
    """

    plan_id: uuid.UUID
    title: Text
    description: Text | None = None
    code: str | None = None
    external_id: str | None = None
    reason: str | None = None


@dataclass(frozen=True, kw_only=True)
class NewCommitment(NewNode):
    """What creating a goal, an action plan or an action gives: a code, and maybe priority."""

    code: str
    priority: bool = False


def node_fields(caller: Caller, command: NewNode) -> dict[str, object]:
    """The checked fields every titled node shares."""
    return {
        "tenant_id": caller.tenant_id,
        "plan_id": command.plan_id,
        "code": check_code(command.code),
        "title": translations(command.title, field="title"),
        "description": optional_translations(command.description, field="description"),
        "external_id": check_external_id(command.external_id),
    }


async def add_node(
    uow: UnitOfWork, caller: Caller, node: N, *, reason: str | None, parts: Iterable[Part] = ()
) -> N:
    """Insert a new node of the caller's plan, its code unique within its kind, and record it.

    A create that carries the external id of a node it made before is a retry: that node is
    returned as it is. `parts` are the rows the node's state keeps in other tables.
    """
    await load_plan(uow, caller, node.plan_id)
    earlier = await created_before(uow, caller, node)
    if earlier is not None:
        return earlier
    await _check_code_free(uow, node, node.code)
    await uow.add(node, caller=caller, event=f"{node.kind}.created", reason=reason, parts=parts)
    return node


async def created_before(uow: UnitOfWork, caller: Caller, node: N) -> N | None:
    """The node of the new node's kind and plan that already carries its external id, if any.

    External ids are unique per tenant and kind: another plan's node with it is a Conflict.
    """
    found = await _carrying(uow, caller, node, node.external_id)
    if found is not None and found.plan_id != node.plan_id:
        raise Conflict(
            f"{NodeKind(node.kind).named} with external id {node.external_id!r} exists in"
            " another plan",
            field="externalId",
        )
    return found


async def check_external_id_free(
    uow: UnitOfWork, caller: Caller, node: Node, external_id: str | None
) -> str | None:
    """The checked external id for a node, refused when another node of its kind carries it."""
    checked = check_external_id(external_id)
    found = await _carrying(uow, caller, node, checked)
    if found is not None and found.id != node.id:
        raise Conflict(
            f"{NodeKind(node.kind).named} with external id {checked!r} exists", field="externalId"
        )
    return checked


async def _carrying(uow: UnitOfWork, caller: Caller, like: N, external_id: str | None) -> N | None:
    """The node of the same kind as `like` that carries the external id."""
    if external_id is None:
        return None
    found = await trail_store.node_by_external_id(
        uow.session, tenant_id=caller.tenant_id, kind=like.kind, external_id=external_id
    )
    return found if isinstance(found, type(like)) else None


async def _check_code_free(uow: UnitOfWork, node: Node, code: str | None) -> None:
    if code is not None and await trail_store.code_taken(
        uow.session, tenant_id=node.tenant_id, plan_id=node.plan_id, kind=node.kind, code=code,
        other_than=node.id,
    ):  # fmt: skip
        raise Conflict(
            f"{NodeKind(node.kind).named} with code {code} exists in this plan", field="code"
        )


@dataclass(frozen=True, kw_only=True)
class CreateFinding(NewNode):
    pass


@writes
async def create_finding(uow: UnitOfWork, caller: Caller, command: CreateFinding) -> Finding:
    """Record a challenge synthesised from inputs."""
    finding = Finding(kind=NodeKind.FINDING.value, **node_fields(caller, command))
    return await add_node(uow, caller, finding, reason=command.reason)


@dataclass(frozen=True, kw_only=True)
class CreateTheme(NewNode):
    parent_id: uuid.UUID | None = None


@writes
async def create_theme(uow: UnitOfWork, caller: Caller, command: CreateTheme) -> Theme:
    """Add a theme to the plan's taxonomy, optionally under a parent theme."""
    if command.parent_id is not None:
        await _load_parent(uow, caller, command.parent_id, command.plan_id)
    fields = node_fields(caller, command)
    theme = Theme(kind=NodeKind.THEME.value, parent_id=command.parent_id, **fields)
    return await add_node(uow, caller, theme, reason=command.reason)


async def _load_parent(
    uow: UnitOfWork, caller: Caller, parent_id: uuid.UUID, plan_id: uuid.UUID
) -> Theme:
    parent = await load_node(uow, caller, parent_id, Theme, field="parentId")
    if parent.plan_id != plan_id:
        raise ValidationFailed("the parent theme belongs to another plan", field="parentId")
    return parent


@dataclass(frozen=True, kw_only=True)
class MoveTheme:
    theme_id: uuid.UUID
    parent_id: uuid.UUID | None
    expected_version: int | None = None
    reason: str | None = None


@writes
async def move_theme(uow: UnitOfWork, caller: Caller, command: MoveTheme) -> Theme:
    """Place a theme under another parent (or at the top); the tree stays a tree."""
    theme = await load_node(uow, caller, command.theme_id, Theme, field="themeId")
    expect_version(theme.version, command.expected_version)
    if command.parent_id is not None:
        await _load_parent(uow, caller, command.parent_id, theme.plan_id)
    parents = await trail_store.theme_parents(
        uow.session, tenant_id=caller.tenant_id, plan_id=theme.plan_id
    )
    check_theme_parent(theme.id, command.parent_id, parents)
    async with uow.change(theme, caller=caller, event="theme.moved", reason=command.reason):
        theme.parent_id = command.parent_id
    return theme


@dataclass(frozen=True, kw_only=True)
class CreateGoal(NewCommitment):
    pass


@writes
async def create_goal(uow: UnitOfWork, caller: Caller, command: CreateGoal) -> Goal:
    """Add a strategic goal, such as SD1, to a plan."""
    fields = node_fields(caller, command)
    goal = Goal(kind=NodeKind.GOAL.value, priority=command.priority, **fields)
    return await add_node(uow, caller, goal, reason=command.reason)


@dataclass(frozen=True, kw_only=True)
class CreateActionPlan(NewCommitment):
    pass


@writes
async def create_action_plan(
    uow: UnitOfWork, caller: Caller, command: CreateActionPlan
) -> ActionPlan:
    """Add an action plan; link it under its goal with `create_link`."""
    fields = node_fields(caller, command)
    action_plan = ActionPlan(kind=NodeKind.ACTION_PLAN.value, priority=command.priority, **fields)
    return await add_node(uow, caller, action_plan, reason=command.reason)


@dataclass(frozen=True, kw_only=True)
class UpdateNode:
    node_id: uuid.UUID
    code: str | None = None
    title: Text | None = None
    description: Text | None = None
    priority: bool | None = None
    expected_version: int | None = None
    reason: str | None = None


@writes
async def update_node(uow: UnitOfWork, caller: Caller, command: UpdateNode) -> Node:
    """Change what is given of a finding's, theme's, goal's, action plan's or action's texts."""
    node = await load_node(uow, caller, command.node_id, Node, field="nodeId")
    expect_version(node.version, command.expected_version)
    if isinstance(node, Input):
        raise ValidationFailed("an input has no title; use update_input", field="nodeId")
    if command.priority is not None and node.kind in (NodeKind.FINDING, NodeKind.THEME):
        raise ValidationFailed(f"{NodeKind(node.kind).named} cannot be priority", field="priority")
    event = f"{node.kind}.updated"
    async with uow.change(node, caller=caller, event=event, reason=command.reason):
        if command.code is not None:
            checked_code = check_code(command.code)
            await _check_code_free(uow, node, checked_code)
            node.code = checked_code
        if command.title is not None:
            node.title = translations(command.title, field="title")
        if command.description is not None:
            node.description = optional_translations(command.description, field="description")
        if command.priority is not None:
            node.priority = command.priority
    return node


@dataclass(frozen=True, kw_only=True)
class DeleteNode:
    node_id: uuid.UUID
    reason: str | None = None
    expected_version: int | None = None


@writes
async def delete_node(uow: UnitOfWork, caller: Caller, command: DeleteNode) -> Node:
    """Remove a node and the links that touch it, each removal recorded."""
    node = await load_node(uow, caller, command.node_id, Node, field="nodeId")
    expect_version(node.version, command.expected_version)
    if isinstance(node, Theme) and await trail_store.has_sub_themes(
        uow.session, tenant_id=caller.tenant_id, theme_id=node.id
    ):
        raise Conflict("this theme has sub-themes; move or delete them first", field="nodeId")
    for link in await trail_store.links_touching(
        uow.session, tenant_id=caller.tenant_id, node_id=node.id
    ):
        await remove_link(uow, caller, link, reason=command.reason)
    event = f"{node.kind}.deleted"
    await uow.delete(node, caller=caller, event=event, reason=command.reason)
    return node
