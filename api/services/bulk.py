"""Bulk sync of a plan's inputs by their external ids: each row is created, or updated when the
plan has an input with its external id, all in one unit of work; a row that changes nothing
leaves nothing, and any bad row refuses the whole sync, naming every bad row.

Each row goes through the same use cases as a single create or correction (api/services/
inputs.py), so every row leaves its event like any other write.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from api.domain.errors import DomainError, ValidationFailed
from api.domain.measures import check_command, check_external_id, check_text
from api.domain.vocabulary import Channel, Language, ParticipantType, parse
from api.services import inputs
from api.services.authorise import writes
from api.services.caller import Caller
from api.store.unit_of_work import UnitOfWork

MAX_ROWS = 10_000
V = TypeVar("V")


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


@dataclass(frozen=True)
class Synced:
    created: int
    updated: int
    unchanged: int


def refused_rows(command: SyncInputs) -> list[RowError]:
    """Every row that fails the domain's value checks, before anything is opened."""
    if len(command.rows) > MAX_ROWS:
        return [RowError(0, None, f"at most {MAX_ROWS} rows per request")]
    found = []
    seen: dict[str, int] = {}
    for row in command.rows:
        try:
            check_command(_create(command, row))
            check_text(row.text, field="text")
            check_external_id(row.external_id)
            parse(Channel, row.channel, field="channel")
            parse(ParticipantType, row.participant_type, field="participantType")
            parse(Language, row.language, field="language")
            if row.submitted_at is not None and row.submitted_at.tzinfo is None:
                raise ValidationFailed("submittedAt needs a time zone", field="submittedAt")
        except DomainError as error:
            found.append(RowError(row.row, error.field, error.message))
            continue
        if row.external_id in seen:
            found.append(
                RowError(
                    row.row,
                    "externalId",
                    f"external id {row.external_id!r} is also on row {seen[row.external_id]}",
                )
            )
        seen.setdefault(row.external_id, row.row)
    return found


@writes
async def sync_inputs(uow: UnitOfWork, caller: Caller, command: SyncInputs) -> Synced:
    """Create or update each row's input; refused whole (RowsRefused) when any row is bad."""
    bad = refused_rows(command)
    if bad:
        raise RowsRefused(bad)
    created = updated = unchanged = 0
    for row in command.rows:
        try:
            item = await inputs.create_input(uow, caller, _create(command, row))
            if item.receipt_code is not None:  # handed out only to a new input
                created += 1
                continue
            change = inputs.UpdateInput(
                input_id=item.id,
                text=_changed(item.text, row.text),
                channel=_changed(item.channel, parse(Channel, row.channel, field="channel")),
                participant_type=_changed(
                    item.participant_type,
                    parse(ParticipantType, row.participant_type, field="participantType"),
                ),
                language=_changed(item.language, parse(Language, row.language, field="language")),
                moment_id=_changed(item.moment_id, row.moment_id),
                reason=command.reason,
            )
            if change == inputs.UpdateInput(input_id=item.id, reason=command.reason):
                unchanged += 1
                continue
            await inputs.update_input(uow, caller, change)
            updated += 1
        except DomainError as error:
            bad.append(RowError(row.row, error.field, error.message))
    if bad:
        raise RowsRefused(bad)
    return Synced(created, updated, unchanged)


def _changed(current: object, wanted: V) -> V | None:
    """The wanted value when it differs from the current one (vocabulary by its value)."""
    if wanted is None:
        return None
    return None if str(getattr(wanted, "value", wanted)) == str(current) else wanted


def _create(command: SyncInputs, row: InputRow) -> inputs.CreateInput:
    return inputs.CreateInput(
        plan_id=command.plan_id, text=row.text, channel=row.channel,  # type: ignore[arg-type]
        participant_type=row.participant_type,  # type: ignore[arg-type]
        language=row.language,  # type: ignore[arg-type]
        moment_id=row.moment_id, submitted_at=row.submitted_at, external_id=row.external_id,
        reason=command.reason,
    )  # fmt: skip
