"""Personal data: participants' contact details, their erasure, and redacting an input's text.

Contact details live only in the contact table and never enter an event payload. An input's
text does enter its events, so redaction rewrites those past payloads too; the hash chain
covers each payload's hash, not the payload, and still verifies afterwards.
"""

import uuid
from dataclasses import dataclass
from typing import Any

from api.domain.errors import NotFound, ValidationFailed
from api.domain.events import REDACTED
from api.domain.values import check_text
from api.services.authorise import writes
from api.services.caller import Caller
from api.services.loading import load_node
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
    await uow.add(contact, caller=caller, event="contact.created")
    return contact


@dataclass(frozen=True, kw_only=True)
class EraseParticipant:
    email: str
    reason: str


@writes
async def erase_participant(uow: UnitOfWork, caller: Caller, command: EraseParticipant) -> int:
    """Erase every contact detail kept under this e-mail address; returns how many contacts."""
    reason = check_text(command.reason, field="reason")
    contacts = await privacy_store.contacts_by_email(
        uow.session, tenant_id=caller.tenant_id, email=command.email.strip().lower()
    )
    if not contacts:
        raise NotFound("no contact details are kept under this e-mail address", field="email")
    for contact in contacts:
        async with uow.change(contact, caller=caller, event="contact.erased", reason=reason):
            contact.name = contact.email = contact.phone = None
            contact.erased_at = uow.clock()
    return len(contacts)


@dataclass(frozen=True, kw_only=True)
class RedactInput:
    input_id: uuid.UUID
    reason: str


@writes
async def redact_input(uow: UnitOfWork, caller: Caller, command: RedactInput) -> Input:
    """Replace an input's text, now and in every past event, by a redaction mark."""
    reason = check_text(command.reason, field="reason")
    item = await load_node(uow, caller, command.input_id, Input, field="inputId")
    async with uow.change(item, caller=caller, event="input.redacted", reason=reason):
        item.text = REDACTED
    # Every state of the input the log holds, or holds at commit, loses the text: the past
    # events, those of this unit of work, and the state before of the redaction itself.
    await uow.redact(tenant_id=caller.tenant_id, subject_id=item.id, rewrite=_redacted)
    return item


def _redacted(payload: dict[str, Any]) -> dict[str, Any]:
    return {
        side: ({**state, "text": REDACTED} if state and "text" in state else state)
        for side, state in payload.items()
    }
