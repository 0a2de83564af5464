"""Inputs: recording what participants said and deciding what happens to it."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from api.domain.errors import ValidationFailed, expect_version
from api.domain.receipts import new_receipt_code, receipt_digest
from api.domain.status import InputStatus, next_input_status
from api.domain.values import check_external_id, check_text
from api.domain.vocabulary import Channel, Language, ParticipantType, parse
from api.services.authorise import writes
from api.services.caller import Caller
from api.services.loading import load_node, load_plan
from api.services.privacy import ContactDetails, add_contact
from api.services.structure import check_external_id_free, created_before
from api.store import plans as plan_store
from api.store.models import Input
from api.store.unit_of_work import UnitOfWork


@dataclass(frozen=True, kw_only=True)
class CreateInput:
    plan_id: uuid.UUID
    text: str
    channel: Channel
    participant_type: ParticipantType
    moment_id: uuid.UUID | None = None
    language: Language = Language.NL
    submitted_at: datetime | None = None
    external_id: str | None = None
    contact: ContactDetails | None = None
    receipt_code: str | None = None
    reason: str | None = None


@writes
async def create_input(uow: UnitOfWork, caller: Caller, command: CreateInput) -> Input:
    """Record one contribution to a plan, as received; contact details are kept apart.

    The returned input carries `receipt_code`, the citizen's receipt, readable this once: only
    its digest is stored. An import that carries the codes citizens already hold (and the demo)
    passes `receipt_code`. A create with the external id of an input of the plan is a retry: it
    returns that input as it is (without a receipt code: that was handed out the first time).
    """
    await load_plan(uow, caller, command.plan_id)
    await _check_moment(uow, caller, command.plan_id, command.moment_id)
    submitted_at = command.submitted_at
    if submitted_at is not None and submitted_at.tzinfo is None:
        raise ValidationFailed("submittedAt needs a time zone", field="submittedAt")
    item = Input(
        tenant_id=caller.tenant_id,
        plan_id=command.plan_id,
        text=check_text(command.text, field="text"),
        channel=parse(Channel, command.channel, field="channel").value,
        participant_type=parse(
            ParticipantType, command.participant_type, field="participantType"
        ).value,
        moment_id=command.moment_id,
        language=parse(Language, command.language, field="language").value,
        submitted_at=submitted_at or uow.clock(),
        external_id=check_external_id(command.external_id),
        status=InputStatus.RECEIVED.value,
    )
    earlier = await created_before(uow, caller, item)
    if earlier is not None:
        return earlier
    item.receipt_code = command.receipt_code or new_receipt_code()
    item.receipt_digest = receipt_digest(item.receipt_code)
    if command.contact is not None:
        item.contact_id = (await add_contact(uow, caller, command.contact)).id
    await uow.add(item, caller=caller, event="input.created", reason=command.reason)
    return item


@dataclass(frozen=True, kw_only=True)
class UpdateInput:
    input_id: uuid.UUID
    text: str | None = None
    channel: Channel | None = None
    participant_type: ParticipantType | None = None
    moment_id: uuid.UUID | None = None
    language: Language | None = None
    external_id: str | None = None
    expected_version: int | None = None
    reason: str | None = None


@writes
async def update_input(uow: UnitOfWork, caller: Caller, command: UpdateInput) -> Input:
    """Correct what is given of an input's text, channel, participant type, moment or language."""
    item = await load_node(uow, caller, command.input_id, Input, field="inputId")
    expect_version(item.version, command.expected_version)
    await _check_moment(uow, caller, item.plan_id, command.moment_id)
    external_id = await check_external_id_free(uow, caller, item, command.external_id)
    async with uow.change(item, caller=caller, event="input.updated", reason=command.reason):
        if command.text is not None:
            item.text = check_text(command.text, field="text")
        if command.channel is not None:
            item.channel = parse(Channel, command.channel, field="channel").value
        if command.participant_type is not None:
            item.participant_type = parse(
                ParticipantType, command.participant_type, field="participantType"
            ).value
        if command.language is not None:
            item.language = parse(Language, command.language, field="language").value
        item.moment_id = command.moment_id or item.moment_id
        item.external_id = external_id or item.external_id
    return item


@dataclass(frozen=True, kw_only=True)
class SetInputStatus:
    input_id: uuid.UUID
    status: InputStatus
    expected_version: int | None = None
    reason: str | None = None


@writes
async def set_input_status(uow: UnitOfWork, caller: Caller, command: SetInputStatus) -> Input:
    """Move an input along its status machine; not_retained needs a reason."""
    item = await load_node(uow, caller, command.input_id, Input, field="inputId")
    expect_version(item.version, command.expected_version)
    wanted = parse(InputStatus, command.status, field="status")
    current = InputStatus(item.status)
    new_status, new_reason = next_input_status(current, wanted, command.reason)
    event = "input.status_changed"
    async with uow.change(item, caller=caller, event=event, reason=command.reason):
        item.status, item.status_reason = new_status.value, new_reason
    return item


async def _check_moment(
    uow: UnitOfWork, caller: Caller, plan_id: uuid.UUID, moment_id: uuid.UUID | None
) -> None:
    if moment_id is None:
        return
    moment = await plan_store.get_moment(
        uow.session, tenant_id=caller.tenant_id, moment_id=moment_id
    )
    if moment is None or moment.plan_id != plan_id:
        raise ValidationFailed(
            f"no participation moment with id {moment_id} in this plan", field="momentId"
        )
