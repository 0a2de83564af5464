"""Personal data: participants' contact details, their erasure, and redacting an input's text.

Contact details live only in the contact table and never enter an event payload. An input's
text does enter its events, so redaction rewrites those past payloads too; the hash chain
covers each payload's hash, not the payload, and still verifies afterwards.
"""

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from api.domain.errors import NotFound, ValidationFailed
from api.domain.events import REDACTED
from api.domain.measures import check_text
from api.services.authorise import writes
from api.services.caller import Caller
from api.services.loading import load_node
from api.services.recording import record_change, state_before
from api.store import events as event_store
from api.store import privacy as privacy_store
from api.store.models import Contact, Input
from api.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class ContactDetails:
    """How a participant may be reached; each part optional."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None


async def add_contact(uow: UnitOfWork, caller: Caller, details: ContactDetails) -> Contact:
    """Keep a participant's contact details, apart from everything else."""
    email = details.email.strip().lower() if details.email else None
    if email is not None and ("@" not in email or len(email) > 320):
        raise ValidationFailed("this is not an e-mail address", field="contact.email")
    contact = Contact(
        tenant_id=caller.tenant_id,
        name=(details.name or "").strip() or None,
        email=email,
        phone=(details.phone or "").strip() or None,
    )
    uow.session.add(contact)
    await uow.session.flush()
    await record_change(uow, caller, "contact.created", contact, None)
    return contact


@writes
async def erase_participant(uow: UnitOfWork, caller: Caller, *, email: str, reason: str) -> int:
    """Erase every contact detail kept under this e-mail address; returns how many contacts."""
    reason = check_text(reason, field="reason", max_length=1_000)
    contacts = await privacy_store.contacts_by_email(
        uow.session, tenant_id=caller.tenant_id, email=email.strip().lower()
    )
    if not contacts:
        raise NotFound("no contact details are kept under this e-mail address", field="email")
    for contact in contacts:
        before = await state_before(uow, contact)
        contact.name = contact.email = contact.phone = None
        contact.erased_at = datetime.now(UTC)
        await uow.session.flush()
        await record_change(uow, caller, "contact.erased", contact, before, reason=reason)
    return len(contacts)


@writes
async def redact_input(
    uow: UnitOfWork, caller: Caller, *, input_id: uuid.UUID, reason: str
) -> Input:
    """Replace an input's text, now and in every past event, by a redaction mark."""
    reason = check_text(reason, field="reason", max_length=1_000)
    item = await load_node(uow, caller, input_id, Input, field="inputId")
    past = await event_store.events_about(
        uow.session, tenant_id=caller.tenant_id, subject_id=item.id
    )
    await event_store.rewrite_payloads(
        uow.session,
        tenant_id=caller.tenant_id,
        payloads={event.seq: _redacted(event.payload) for event in past},
    )
    # The recorded state before the redaction must not carry the text either.
    # Events of this unit of work that are not yet written carry the text too.
    for draft in uow.pending:
        if draft.subject_id == item.id:
            draft.payload = _redacted(draft.payload)
    item.text = REDACTED
    before = await state_before(uow, item)
    await uow.session.flush()
    await record_change(uow, caller, "input.redacted", item, before, reason=reason)
    return item


def _redacted(payload: dict[str, Any]) -> dict[str, Any]:
    return {
        side: ({**state, "text": REDACTED} if state and "text" in state else state)
        for side, state in payload.items()
    }
