"""Inputs: recording what participants said and deciding what happens to it."""

import uuid
from datetime import UTC, datetime

from api.domain.errors import Conflict, ValidationFailed, expect_version
from api.domain.measures import check_text
from api.domain.receipts import new_receipt_code, receipt_digest
from api.domain.status import InputStatus, next_input_status
from api.domain.vocabulary import Channel, Language, ParticipantType, parse
from api.services.authorise import writes
from api.services.caller import Caller
from api.services.loading import load_node, load_plan
from api.services.privacy import ContactDetails, add_contact
from api.services.recording import record_change, state_before
from api.store import plans as plan_store
from api.store import trail as trail_store
from api.store.models import Input
from api.store.unit_of_work import UnitOfWork


@writes
async def create_input(
    uow: UnitOfWork,
    caller: Caller,
    *,
    plan_id: uuid.UUID,
    text: str,
    channel: str,
    participant_type: str,
    moment_id: uuid.UUID | None = None,
    language: str = Language.NL.value,
    submitted_at: datetime | None = None,
    external_id: str | None = None,
    contact: ContactDetails | None = None,
    receipt_code: str | None = None,
    reason: str | None = None,
) -> Input:
    """Record one contribution to a plan, as received; contact details are kept apart.

    The returned input carries `receipt_code`, the citizen's receipt, readable this once: only
    its digest is stored. An import that carries the codes citizens already hold (and the demo)
    passes `receipt_code`.
    """
    await load_plan(uow, caller, plan_id)
    await _check_moment(uow, caller, plan_id, moment_id)
    if submitted_at is not None and submitted_at.tzinfo is None:
        raise ValidationFailed("submittedAt needs a time zone", field="submittedAt")
    await _check_external_id_free(uow, caller, external_id, None)
    item = Input(
        tenant_id=caller.tenant_id,
        plan_id=plan_id,
        text=check_text(text, field="text"),
        channel=parse(Channel, channel, field="channel").value,
        participant_type=parse(ParticipantType, participant_type, field="participantType").value,
        moment_id=moment_id,
        language=parse(Language, language, field="language").value,
        submitted_at=submitted_at or datetime.now(UTC),
        external_id=external_id,
        status=InputStatus.RECEIVED.value,
    )
    item.receipt_code = receipt_code or new_receipt_code()
    item.receipt_digest = receipt_digest(item.receipt_code)
    if contact is not None:
        item.contact_id = (await add_contact(uow, caller, contact)).id
    uow.session.add(item)
    await uow.session.flush()
    await record_change(uow, caller, "input.created", item, None, reason=reason)
    return item


@writes
async def update_input(
    uow: UnitOfWork,
    caller: Caller,
    *,
    input_id: uuid.UUID,
    text: str | None = None,
    channel: str | None = None,
    participant_type: str | None = None,
    moment_id: uuid.UUID | None = None,
    language: str | None = None,
    external_id: str | None = None,
    expected_version: int | None = None,
    reason: str | None = None,
) -> Input:
    """Correct what is given of an input's text, channel, participant type, moment or language."""
    item = await load_node(uow, caller, input_id, Input, field="inputId")
    expect_version(item.version, expected_version)
    await _check_moment(uow, caller, item.plan_id, moment_id)
    await _check_external_id_free(uow, caller, external_id, item.id)
    before = await state_before(uow, item)
    if text is not None:
        item.text = check_text(text, field="text")
    if channel is not None:
        item.channel = parse(Channel, channel, field="channel").value
    if participant_type is not None:
        item.participant_type = parse(
            ParticipantType, participant_type, field="participantType"
        ).value
    if language is not None:
        item.language = parse(Language, language, field="language").value
    item.moment_id = moment_id or item.moment_id
    item.external_id = external_id or item.external_id
    await uow.session.flush()
    await record_change(uow, caller, "input.updated", item, before, reason=reason)
    return item


@writes
async def set_input_status(
    uow: UnitOfWork,
    caller: Caller,
    *,
    input_id: uuid.UUID,
    status: str,
    expected_version: int | None = None,
    reason: str | None = None,
) -> Input:
    """Move an input along its status machine; not_retained needs a reason."""
    item = await load_node(uow, caller, input_id, Input, field="inputId")
    expect_version(item.version, expected_version)
    wanted = parse(InputStatus, status, field="status")
    new_status, new_reason = next_input_status(InputStatus(item.status), wanted, reason)
    before = await state_before(uow, item)
    item.status, item.status_reason = new_status.value, new_reason
    await uow.session.flush()
    await record_change(uow, caller, "input.status_changed", item, before, reason=reason)
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


async def _check_external_id_free(
    uow: UnitOfWork, caller: Caller, external_id: str | None, input_id: uuid.UUID | None
) -> None:
    if external_id is not None and await trail_store.external_id_taken(
        uow.session, Input, tenant_id=caller.tenant_id, external_id=external_id,
        other_than=input_id,
    ):  # fmt: skip
        raise Conflict(f"an input with external id {external_id!r} exists", field="externalId")
