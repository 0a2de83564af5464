"""Bulk sync of a plan's actions by their external ids, as a project or financial system keeps
them: status, progress, budget and dates. Rows update actions the plan already has (an action
needs its place in the plan, which only the plan's editors give it); all or nothing, like the
inputs' sync (api/services/bulk.py), and with the same events as the single use cases
(api/services/actions.py): `action.updated` for budget and dates, `action.status_changed`,
`action.progress_changed`, one per action and kind of change, none for a row that changes
nothing. The statements do not grow with the number of rows.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from api.domain.errors import DomainError, ValidationFailed
from api.domain.measures import check_command
from api.domain.status import ActionStatus, next_action_status
from api.domain.trail import NodeKind
from api.domain.values import check_budget, check_external_id, check_period, check_progress
from api.domain.vocabulary import parse
from api.services.authorise import writes
from api.services.bulk import (
    Outcome,
    RowError,
    RowsRefused,
    Synced,
    SyncedRow,
    existing_by_external_id,
    failures,
    repeated_ids,
    too_many,
)
from api.services.caller import Caller
from api.services.loading import load_plan
from api.store.models import Action
from api.store.unit_of_work import UnitOfWork


@dataclass(frozen=True, kw_only=True)
class ActionRow:
    """One action's values as the sending system has them; None leaves a value as it is."""

    row: int
    external_id: str
    status: str | None = None
    progress: int | None = None
    budget: Decimal | None = None
    starts_on: date | None = None
    ends_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class SyncActions:
    plan_id: uuid.UUID
    rows: tuple[ActionRow, ...]
    reason: str | None = None


@dataclass
class _Changes:
    """What one row changes of its action, by the event each kind of change records."""

    row: ActionRow
    action: Action
    fields: dict[str, Any] = field(default_factory=dict)
    status: ActionStatus | None = None
    progress: int | None = None

    @property
    def any(self) -> bool:
        return bool(self.fields) or self.status is not None or self.progress is not None


def refused_rows(command: SyncActions) -> list[RowError]:
    """Every row whose values are out of measure, before anything is opened."""
    if too_many(len(command.rows)):
        return too_many(len(command.rows))
    found = [error for row in command.rows for error in _row_failures(row)]
    return found + repeated_ids(command.rows)


def _row_failures(row: ActionRow) -> list[RowError]:
    checks = (
        lambda: check_command(row),
        lambda: check_external_id(row.external_id),
        lambda: row.status is None or parse(ActionStatus, row.status, field="status"),
        lambda: row.progress is None or check_progress(row.progress),
        lambda: check_budget(row.budget),
        lambda: check_period(row.starts_on, row.ends_on),
    )
    errors = {(e.field, e.message): e for e in failures(checks)}  # each error once
    return [RowError(row.row, field, message) for field, message in errors]


@writes
async def sync_actions(uow: UnitOfWork, caller: Caller, command: SyncActions) -> Synced:
    """Update each row's action; refused whole (RowsRefused) when any row is bad."""
    bad = refused_rows(command)
    if bad:
        raise RowsRefused(bad)
    await load_plan(uow, caller, command.plan_id)
    existing, bad = await existing_by_external_id(
        uow, caller, command.plan_id, NodeKind.ACTION, command.rows
    )
    planned: list[_Changes] = []
    for row in command.rows:
        action = existing.get(row.external_id)
        if not isinstance(action, Action):
            message = f"no action with external id {row.external_id!r} in this plan"
            bad.append(RowError(row.row, "externalId", message))
            continue
        try:
            planned.append(_changes(action, row))
        except DomainError as error:
            bad.append(RowError(row.row, error.field, error.message))
    if bad:
        raise RowsRefused(bad)
    await _apply(uow, caller, command.reason, planned)
    return Synced(
        tuple(
            SyncedRow(change.row.row, change.row.external_id, change.action.id,
                      Outcome.UPDATED if change.any else Outcome.UNCHANGED)
            for change in planned
        )
    )  # fmt: skip


def _changes(action: Action, row: ActionRow) -> _Changes:
    """What the row changes of the action, under the same rules as the single use cases."""
    changes = _Changes(row, action)
    wanted = {"budget": check_budget(row.budget), "starts_on": row.starts_on,
              "ends_on": row.ends_on}  # fmt: skip
    changes.fields = {
        name: value
        for name, value in wanted.items()
        if value is not None and getattr(action, name) != value
    }
    check_period(
        changes.fields.get("starts_on", action.starts_on),
        changes.fields.get("ends_on", action.ends_on),
    )
    progress = action.progress
    if row.status is not None and row.status != action.status:
        changes.status = next_action_status(
            ActionStatus(action.status), parse(ActionStatus, row.status, field="status")
        )
        if changes.status is ActionStatus.DONE:
            progress = 100
    if row.progress is not None and row.progress != progress:
        if changes.status is ActionStatus.DONE:
            raise ValidationFailed("a done action is at 100% progress", field="progress")
        changes.progress = row.progress
    return changes


async def _apply(
    uow: UnitOfWork, caller: Caller, reason: str | None, planned: list[_Changes]
) -> None:
    """Write the changes in one flush per kind of change, each action its event."""
    fields = [change for change in planned if change.fields]
    async with uow.change_all([change.action for change in fields], caller=caller,
                              event="action.updated", reason=reason):  # fmt: skip
        for change in fields:
            for name, value in change.fields.items():
                setattr(change.action, name, value)
    statuses = [change for change in planned if change.status is not None]
    async with uow.change_all([change.action for change in statuses], caller=caller,
                              event="action.status_changed", reason=reason):  # fmt: skip
        for change in statuses:
            assert change.status is not None
            change.action.status = change.status.value
            if change.status is ActionStatus.DONE:
                change.action.progress = 100
    progress = [change for change in planned if change.progress is not None]
    async with uow.change_all([change.action for change in progress], caller=caller,
                              event="action.progress_changed", reason=reason):  # fmt: skip
        for change in progress:
            assert change.progress is not None
            change.action.progress = change.progress
