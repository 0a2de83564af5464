"""Bulk sync of a plan's inputs by their external ids: each row is created, or updated when the
plan has an input with its external id, all in one unit of work; a row that changes nothing
leaves nothing, and any bad row refuses the whole sync, naming every bad row.

A sync checks each row with the same rules as a single create or correction
(api/services/inputs.py) and leaves the same events, one per row created or changed. It is
written in bulk, though: the plan's existing inputs and moments are read in one statement
each, and the new and changed inputs are written in one flush each, so that the number of
statements does not grow with the number of rows.
"""

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from api.domain.errors import DomainError, ValidationFailed
from api.domain.measures import MOMENT
from api.domain.receipts import new_receipt_code, receipt_digest
from api.domain.status import InputStatus
from api.domain.trail import NodeKind
from api.domain.values import check_external_id, check_text
from api.domain.vocabulary import Channel, Language, ParticipantType, parse
from api.services.authorise import writes
from api.services.caller import Caller
from api.services.loading import load_plan
from api.store import plans as plan_store
from api.store import trail as trail_store
from api.store.models import Input, Node
from api.store.unit_of_work import UnitOfWork

MAX_ROWS = 10_000


@dataclass(frozen=True, kw_only=True)
class InputRow:
    """One row to sync; `row` is its number as the sender counts rows (a spreadsheet's)."""

    row: int
    external_id: str
    text: str
    channel: str
    participant_type: str
    language: str = "nl"
    moment_id: uuid.UUID | None = None
    submitted_at: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class SyncInputs:
    plan_id: uuid.UUID
    rows: tuple[InputRow, ...]
    reason: str | None = None


@dataclass(frozen=True)
class RowError:
    row: int
    field: str | None
    message: str


class RowsRefused(ValidationFailed):
    """Some rows are not valid; nothing was changed. `rows` names each bad row."""

    def __init__(self, rows: list[RowError]) -> None:
        super().__init__(f"{len(rows)} row(s) are not valid; nothing was changed")
        self.rows = rows


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class SyncedRow:
    """What became of one row: the item's id, and for a new input the citizen's receipt code
    (readable this once, as with a single create)."""

    row: int
    external_id: str
    id: uuid.UUID
    outcome: Outcome
    receipt_code: str | None = None


@dataclass(frozen=True)
class Synced:
    rows: tuple[SyncedRow, ...]

    def count(self, outcome: Outcome) -> int:
        return sum(1 for row in self.rows if row.outcome is outcome)


def too_many(count: int) -> list[RowError]:
    return [RowError(0, None, f"at most {MAX_ROWS} rows per request")] if count > MAX_ROWS else []


def repeated_ids(rows: Iterable[Any]) -> list[RowError]:
    """Each row that repeats an external id of an earlier row."""
    found: list[RowError] = []
    seen: dict[str, int] = {}
    for row in rows:
        if row.external_id in seen:
            message = f"external id {row.external_id!r} is also on row {seen[row.external_id]}"
            found.append(RowError(row.row, "externalId", message))
        seen.setdefault(row.external_id, row.row)
    return found


def refused_rows(command: SyncInputs) -> list[RowError]:
    """Every value of every row that fails the domain's checks, before anything is opened."""
    if too_many(len(command.rows)):
        return too_many(len(command.rows))
    found = [error for row in command.rows for error in _row_failures(command, row)]
    return found + repeated_ids(command.rows)


def _row_failures(command: SyncInputs, row: InputRow) -> list[RowError]:
    checks = (
        lambda: check_text(row.text, field="text"),
        lambda: check_external_id(row.external_id),
        lambda: parse(Channel, row.channel, field="channel"),
        lambda: parse(ParticipantType, row.participant_type, field="participantType"),
        lambda: parse(Language, row.language, field="language"),
        lambda: _submitted_within(row.submitted_at),
    )
    return [RowError(row.row, error.field, error.message) for error in failures(checks)]


def failures(checks: Iterable[Callable[[], object]]) -> list[DomainError]:
    """The domain error of each check that fails: all of them, not only the first."""
    found = []
    for check in checks:
        try:
            check()
        except DomainError as error:
            found.append(error)
    return found


def _submitted_within(moment: datetime | None) -> None:
    if moment is not None:
        MOMENT.check(moment, "submittedAt")  # with its offset, in the years Spoor means


async def existing_by_external_id(
    uow: UnitOfWork, caller: Caller, plan_id: uuid.UUID, kind: NodeKind, rows: Sequence[Any]
) -> tuple[dict[str, Node], list[RowError]]:
    """The plan's nodes of a kind that carry the rows' external ids (one statement), and a
    row error for each id carried by a node of another plan (external ids are unique per
    municipality and kind)."""
    found = await trail_store.nodes_by_external_ids(
        uow.session, tenant_id=caller.tenant_id, kind=kind.value,
        external_ids=[row.external_id for row in rows],
    )  # fmt: skip
    nodes = {node.external_id: node for node in found if node.external_id is not None}
    elsewhere = [
        RowError(row.row, "externalId",
                 f"{kind.named} with external id {row.external_id!r} exists in another plan")
        for row in rows
        if row.external_id in nodes and nodes[row.external_id].plan_id != plan_id
    ]  # fmt: skip
    return nodes, elsewhere


@writes
async def sync_inputs(uow: UnitOfWork, caller: Caller, command: SyncInputs) -> Synced:
    """Create or update each row's input; refused whole (RowsRefused) when any row is bad."""
    bad = refused_rows(command)
    if bad:
        raise RowsRefused(bad)
    # As stored: texts and ids without surrounding space, which a spreadsheet often adds.
    rows = [replace(row, text=row.text.strip(), external_id=row.external_id.strip())
            for row in command.rows]  # fmt: skip
    command = replace(command, rows=tuple(rows))
    await load_plan(uow, caller, command.plan_id)
    existing, bad = await existing_by_external_id(
        uow, caller, command.plan_id, NodeKind.INPUT, command.rows
    )
    bad += await _unknown_moments(uow, caller, command)
    if bad:
        raise RowsRefused(bad)
    new: list[tuple[InputRow, dict[str, Any]]] = []
    changed: list[tuple[InputRow, Input, dict[str, Any]]] = []
    same: list[tuple[InputRow, Node]] = []
    for row in command.rows:
        found = existing.get(row.external_id)
        if found is None:
            new.append((row, _new_input(uow, caller, command.plan_id, row)))
        elif isinstance(found, Input) and (wanted := _differences(found, row)):
            changed.append((row, found, wanted))
        else:
            same.append((row, found))
    created = [item for _, item in new]
    await uow.insert_nodes(
        Input, created, caller=caller, event="input.created", reason=command.reason
    )
    updated = [item for _, item, _ in changed]
    async with uow.change_all(updated, caller=caller, event="input.updated", reason=command.reason):
        for _, item, wanted in changed:
            for name, value in wanted.items():
                setattr(item, name, value)
    outcomes = {row.row: SyncedRow(row.row, row.external_id, item["id"], Outcome.CREATED,
                                   item["receipt_code"]) for row, item in new}  # fmt: skip
    outcomes |= {
        row.row: SyncedRow(row.row, row.external_id, item.id, Outcome.UPDATED)
        for row, item, _ in changed
    }
    outcomes |= {
        row.row: SyncedRow(row.row, row.external_id, item.id, Outcome.UNCHANGED)
        for row, item in same
    }
    return Synced(tuple(outcomes[row.row] for row in command.rows))


async def _unknown_moments(uow: UnitOfWork, caller: Caller, command: SyncInputs) -> list[RowError]:
    asked = {row.moment_id for row in command.rows if row.moment_id is not None}
    if not asked:
        return []
    known = await plan_store.moments_in_plan(
        uow.session, tenant_id=caller.tenant_id, plan_id=command.plan_id, ids=asked
    )
    return [
        RowError(row.row, "momentId",
                 f"no participation moment with id {row.moment_id} in this plan")
        for row in command.rows
        if row.moment_id is not None and row.moment_id not in known
    ]  # fmt: skip


def _new_input(
    uow: UnitOfWork, caller: Caller, plan_id: uuid.UUID, row: InputRow
) -> dict[str, Any]:
    """A new input's values, as a single create makes them (api/services/inputs.py)."""
    code = new_receipt_code()
    return {
        "tenant_id": caller.tenant_id, "id": uuid.uuid4(), "plan_id": plan_id,
        "kind": NodeKind.INPUT.value, "code": None, "title": None, "description": None,
        "priority": False, "external_id": row.external_id, "version": 1, "text": row.text,
        "channel": row.channel, "participant_type": row.participant_type,
        "moment_id": row.moment_id, "language": row.language,
        "submitted_at": row.submitted_at or uow.clock(), "status": InputStatus.RECEIVED.value,
        "status_reason": None, "contact_id": None, "receipt_digest": receipt_digest(code),
        "receipt_code": code,
    }  # fmt: skip


def _differences(item: Input, row: InputRow) -> dict[str, Any]:
    """The fields a row changes: what a correction of an input may change (its text, channel,
    participant type, language and moment; not when it was submitted)."""
    wanted: dict[str, Any] = {
        "text": row.text,
        "channel": row.channel,
        "participant_type": row.participant_type,
        "language": row.language,
    }
    if row.moment_id is not None:
        wanted["moment_id"] = row.moment_id
    return {name: value for name, value in wanted.items() if getattr(item, name) != value}
