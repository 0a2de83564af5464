"""Actions: what the municipality does, who carries it, and how far it has come."""

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from api.domain.errors import expect_version
from api.domain.status import ActionStatus, next_action_status
from api.domain.trail import NodeKind
from api.domain.values import check_budget, check_period, check_progress, check_weight
from api.domain.vocabulary import ActorRole, parse
from api.services.authorise import writes
from api.services.caller import Caller
from api.services.loading import load_node, load_plan
from api.services.participation import require_actors
from api.services.structure import (
    NewCommitment,
    UpdateNode,
    add_node,
    check_external_id_free,
    node_fields,
    update_node,
)
from api.store import trail as trail_store
from api.store.models import Action, ActionActor
from api.store.unit_of_work import UnitOfWork


@dataclass(frozen=True, kw_only=True)
class CreateAction(NewCommitment):
    weight: Decimal | int | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    budget: Decimal | int | None = None
    owners: tuple[uuid.UUID, ...] = ()
    partners: tuple[uuid.UUID, ...] = ()


@writes
async def create_action(uow: UnitOfWork, caller: Caller, command: CreateAction) -> Action:
    """Add a proposed action, with the departments that own it and the partners that help."""
    # A plan out of the caller's reach is not found, whatever else is wrong with the request.
    await load_plan(uow, caller, command.plan_id)
    check_period(command.starts_on, command.ends_on)
    await require_actors(uow, caller, command.owners, field="ownerIds")
    await require_actors(uow, caller, command.partners, field="partnerIds")
    action = Action(
        kind=NodeKind.ACTION.value,
        priority=command.priority,
        status=ActionStatus.PROPOSED.value,
        progress=0,
        weight=check_weight(command.weight),
        starts_on=command.starts_on,
        ends_on=command.ends_on,
        budget=check_budget(command.budget),
        **node_fields(caller, command),
    )
    parts = _actor_rows(command.owners, command.partners)
    return await add_node(uow, caller, action, reason=command.reason, parts=parts)


@dataclass(frozen=True, kw_only=True)
class UpdateAction:
    action_id: uuid.UUID
    weight: Decimal | int | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    budget: Decimal | int | None = None
    owners: tuple[uuid.UUID, ...] | None = None
    partners: tuple[uuid.UUID, ...] | None = None
    external_id: str | None = None
    expected_version: int | None = None
    reason: str | None = None


@writes
async def update_action(uow: UnitOfWork, caller: Caller, command: UpdateAction) -> Action:
    """Change what is given of an action's weight, dates, budget, actors and external id."""
    action = await load_node(uow, caller, command.action_id, Action, field="actionId")
    expect_version(action.version, command.expected_version)
    start, end = command.starts_on or action.starts_on, command.ends_on or action.ends_on
    check_period(start, end)
    owners, partners = command.owners, command.partners
    await require_actors(uow, caller, owners or (), field="ownerIds")
    await require_actors(uow, caller, partners or (), field="partnerIds")
    external_id = await check_external_id_free(uow, caller, action, command.external_id)
    async with uow.change(action, caller=caller, event="action.updated", reason=command.reason):
        if command.weight is not None:
            action.weight = check_weight(command.weight)
        if command.budget is not None:
            action.budget = check_budget(command.budget)
        action.starts_on, action.ends_on = start, end
        action.external_id = external_id or action.external_id
        if owners is not None or partners is not None:
            current = await _current_actors(uow, action)
            rows = _actor_rows(
                owners if owners is not None else current[ActorRole.OWNER],
                partners if partners is not None else current[ActorRole.PARTNER],
            )
            await uow.replace_parts(action, rows)
    return action


@dataclass(frozen=True, kw_only=True)
class SetActionStatus:
    action_id: uuid.UUID
    status: ActionStatus
    expected_version: int | None = None
    reason: str | None = None


@writes
async def set_action_status(uow: UnitOfWork, caller: Caller, command: SetActionStatus) -> Action:
    """Move an action along its status machine; a done action is at 100%."""
    action = await load_node(uow, caller, command.action_id, Action, field="actionId")
    expect_version(action.version, command.expected_version)
    wanted = parse(ActionStatus, command.status, field="status")
    new_status = next_action_status(ActionStatus(action.status), wanted)
    event = "action.status_changed"
    async with uow.change(action, caller=caller, event=event, reason=command.reason):
        action.status = new_status.value
        if new_status is ActionStatus.DONE:
            action.progress = 100
    return action


@dataclass(frozen=True, kw_only=True)
class SetProgress:
    action_id: uuid.UUID
    progress: int
    expected_version: int | None = None
    reason: str | None = None


@writes
async def set_progress(uow: UnitOfWork, caller: Caller, command: SetProgress) -> Action:
    """Report an action's progress as a whole percentage."""
    action = await load_node(uow, caller, command.action_id, Action, field="actionId")
    expect_version(action.version, command.expected_version)
    checked = check_progress(command.progress)
    event = "action.progress_changed"
    async with uow.change(action, caller=caller, event=event, reason=command.reason):
        action.progress = checked
    return action


def _actor_rows(owners: Sequence[uuid.UUID], partners: Sequence[uuid.UUID]) -> list[ActionActor]:
    """The action's part-rows: each actor once per role (the unit of work names the action)."""
    return [
        ActionActor(actor_id=actor_id, role=role.value)
        for role, actor_ids in ((ActorRole.OWNER, owners), (ActorRole.PARTNER, partners))
        for actor_id in dict.fromkeys(actor_ids)
    ]


async def _current_actors(uow: UnitOfWork, action: Action) -> dict[ActorRole, list[uuid.UUID]]:
    rows = await trail_store.action_actors(
        uow.session, tenant_id=action.tenant_id, action_id=action.id
    )
    return {role: [row.actor_id for row in rows if row.role == role.value] for role in ActorRole}


@dataclass(frozen=True, kw_only=True)
class ReviseAction:
    """Everything of an action that may change at once: its code, texts and priority (what
    `update_node` changes) and its own fields (what `update_action` changes)."""

    action_id: uuid.UUID
    code: str | None = None
    title: str | Mapping[str, str] | None = None
    description: str | Mapping[str, str] | None = None
    priority: bool | None = None
    weight: Decimal | int | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    budget: Decimal | int | None = None
    owners: tuple[uuid.UUID, ...] | None = None
    partners: tuple[uuid.UUID, ...] | None = None
    external_id: str | None = None
    expected_version: int | None = None
    reason: str | None = None


@writes
async def revise_action(uow: UnitOfWork, caller: Caller, command: ReviseAction) -> Action:
    """Change what is given of an action, texts and own fields alike, in one transaction: one
    event for each of the two kinds of change that is asked (REST's PATCH of an action)."""
    given = {name: getattr(command, name) for name in _REVISABLE}
    texts = {name: value for name, value in given.items() if name in _TEXTS and value is not None}
    expected = command.expected_version
    own = {name: value for name, value in given.items() if name not in _TEXTS}
    if texts:
        changed = await update_node(
            uow, caller, UpdateNode(node_id=command.action_id, expected_version=expected,
                                    reason=command.reason, **texts),
        )  # fmt: skip
        if isinstance(changed, Action) and all(value is None for value in own.values()):
            return changed
        expected = None  # checked; the version has moved on with this change
    return await update_action(
        uow, caller, UpdateAction(action_id=command.action_id, expected_version=expected,
                                  reason=command.reason, **own),
    )  # fmt: skip


_TEXTS = ("code", "title", "description", "priority")
_REVISABLE = (*_TEXTS, "weight", "starts_on", "ends_on", "budget", "owners", "partners",
              "external_id")  # fmt: skip
