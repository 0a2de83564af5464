"""Actions: what the municipality does, who carries it, and how far it has come."""

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal

from api.domain.errors import Conflict, expect_version
from api.domain.measures import check_budget, check_period, check_progress, check_weight
from api.domain.status import ActionStatus, next_action_status
from api.domain.trail import NodeKind
from api.domain.vocabulary import ActorRole, parse
from api.services.authorise import writes
from api.services.caller import Caller
from api.services.loading import load_node
from api.services.participation import require_actors
from api.services.recording import record_change, state_before
from api.services.structure import Text, add_node, node_fields
from api.store import trail as trail_store
from api.store.models import Action, ActionActor
from api.store.unit_of_work import UnitOfWork


@writes
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
    reason: str | None = None,
) -> Action:
    """Add a proposed action, with the departments that own it and the partners that help."""
    check_period(starts_on, ends_on)
    await require_actors(uow, caller, [*owners, *partners], field="owners")
    await _check_external_id_free(uow, caller, external_id, None)
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
        **node_fields(caller, plan_id, code, title, description),
    )

    async def add_actors(new: Action) -> None:
        await _set_actors(uow, new, owners, partners)

    return await add_node(uow, caller, action, reason=reason, complete=add_actors)


@writes
async def update_action(
    uow: UnitOfWork,
    caller: Caller,
    *,
    action_id: uuid.UUID,
    weight: Decimal | int | None = None,
    starts_on: date | None = None,
    ends_on: date | None = None,
    budget: Decimal | int | None = None,
    owners: Sequence[uuid.UUID] | None = None,
    partners: Sequence[uuid.UUID] | None = None,
    external_id: str | None = None,
    expected_version: int | None = None,
    reason: str | None = None,
) -> Action:
    """Change what is given of an action's weight, dates, budget, actors and external id."""
    action = await load_node(uow, caller, action_id, Action, field="actionId")
    expect_version(action.version, expected_version)
    start = starts_on or action.starts_on
    check_period(start, ends_on or action.ends_on)
    await require_actors(uow, caller, [*(owners or ()), *(partners or ())], field="owners")
    await _check_external_id_free(uow, caller, external_id, action.id)
    before = await state_before(uow, action)
    action.weight = check_weight(weight) if weight is not None else action.weight
    action.budget = check_budget(budget) if budget is not None else action.budget
    action.starts_on, action.ends_on = start, ends_on or action.ends_on
    action.external_id = external_id or action.external_id
    if owners is not None or partners is not None:
        current = await _current_actors(uow, action)
        await trail_store.clear_action_actors(
            uow.session, tenant_id=action.tenant_id, action_id=action.id
        )
        await _set_actors(
            uow,
            action,
            owners if owners is not None else current[ActorRole.OWNER],
            partners if partners is not None else current[ActorRole.PARTNER],
        )
        # The actors live in their own table; touching the row moves the action's version.
        action.updated_at = datetime.now(UTC)
    await uow.session.flush()
    await record_change(uow, caller, "action.updated", action, before, reason=reason)
    return action


@writes
async def set_action_status(
    uow: UnitOfWork,
    caller: Caller,
    *,
    action_id: uuid.UUID,
    status: str,
    expected_version: int | None = None,
    reason: str | None = None,
) -> Action:
    """Move an action along its status machine; a done action is at 100%."""
    action = await load_node(uow, caller, action_id, Action, field="actionId")
    expect_version(action.version, expected_version)
    wanted = parse(ActionStatus, status, field="status")
    new_status = next_action_status(ActionStatus(action.status), wanted)
    before = await state_before(uow, action)
    action.status = new_status.value
    if new_status is ActionStatus.DONE:
        action.progress = 100
    await uow.session.flush()
    await record_change(uow, caller, "action.status_changed", action, before, reason=reason)
    return action


@writes
async def set_progress(
    uow: UnitOfWork,
    caller: Caller,
    *,
    action_id: uuid.UUID,
    progress: int,
    expected_version: int | None = None,
    reason: str | None = None,
) -> Action:
    """Report an action's progress as a whole percentage."""
    action = await load_node(uow, caller, action_id, Action, field="actionId")
    expect_version(action.version, expected_version)
    checked = check_progress(progress)
    before = await state_before(uow, action)
    action.progress = checked
    await uow.session.flush()
    await record_change(uow, caller, "action.progress_changed", action, before, reason=reason)
    return action


async def _set_actors(
    uow: UnitOfWork, action: Action, owners: Sequence[uuid.UUID], partners: Sequence[uuid.UUID]
) -> None:
    for role, actor_ids in ((ActorRole.OWNER, owners), (ActorRole.PARTNER, partners)):
        for actor_id in dict.fromkeys(actor_ids):
            uow.session.add(
                ActionActor(
                    tenant_id=action.tenant_id,
                    action_id=action.id,
                    actor_id=actor_id,
                    role=role.value,
                )
            )
    await uow.session.flush()


async def _current_actors(uow: UnitOfWork, action: Action) -> dict[ActorRole, list[uuid.UUID]]:
    rows = await trail_store.action_actors(
        uow.session, tenant_id=action.tenant_id, action_id=action.id
    )
    return {role: [row.actor_id for row in rows if row.role == role.value] for role in ActorRole}


async def _check_external_id_free(
    uow: UnitOfWork, caller: Caller, external_id: str | None, action_id: uuid.UUID | None
) -> None:
    if external_id is not None and await trail_store.external_id_taken(
        uow.session, Action, tenant_id=caller.tenant_id, external_id=external_id,
        other_than=action_id,
    ):  # fmt: skip
        raise Conflict(f"an action with external id {external_id!r} exists", field="externalId")
