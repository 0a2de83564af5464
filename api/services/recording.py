"""Recording changes: every write of every use case leaves its event through here."""

import uuid
from typing import Any

from api.domain.events import SubjectKind, event_spec
from api.services.caller import Caller
from api.store.events import EventDraft
from api.store.models import Base, Feedback, Link, Plan, Tenant
from api.store.snapshots import State, snapshot, subject_kind
from api.store.unit_of_work import UnitOfWork

SYSTEM = Caller(tenant_id=uuid.UUID(int=0), actor="spoor", actor_kind="system")


async def state_before(uow: UnitOfWork, record: Base) -> State:
    """The record's state before a change, to be recorded beside the state after."""
    return await snapshot(uow.session, record)


async def record_change(
    uow: UnitOfWork,
    caller: Caller,
    event_type: str,
    record: Base,
    before: State | None,
    *,
    deleted: bool = False,
    reason: str | None = None,
) -> None:
    """Queue the event of a change; call it after the change is flushed."""
    kind = subject_kind(record)
    if event_spec(event_type).subject is not kind:
        raise ValueError(f"{event_type} is not an event about a {kind}")
    after = None if deleted else await snapshot(uow.session, record)
    uow.record(_draft(caller, event_type, kind, record, {"before": before, "after": after}, reason))


async def delete_recorded(
    uow: UnitOfWork, caller: Caller, event_type: str, record: Base, *, reason: str | None
) -> None:
    """Delete a loaded record and queue the event that says so, with its last state."""
    before = await state_before(uow, record)
    await uow.session.delete(record)
    await uow.session.flush()
    await record_change(uow, caller, event_type, record, before, deleted=True, reason=reason)


def _draft(
    caller: Caller,
    event_type: str,
    kind: SubjectKind,
    record: Any,
    payload: dict[str, Any],
    reason: str | None,
) -> EventDraft:
    touches = [record.id]
    if isinstance(record, Link):
        touches += [record.source_id, record.target_id]
    if isinstance(record, Feedback):
        # So the history of the input or link answered shows its feedback too.
        touches += [record.input_id or record.link_id]
    is_tenant = isinstance(record, Tenant)
    plan_id = record.id if isinstance(record, Plan) else getattr(record, "plan_id", None)
    return EventDraft(
        tenant_id=record.id if is_tenant else record.tenant_id,
        type=event_type,
        subject_kind=kind.value,
        subject_id=record.id,
        plan_id=plan_id,
        payload=payload,
        actor_id=caller.actor,
        actor_kind=caller.actor_kind,
        request_id=caller.request_id,
        reason=(reason or "").strip() or None,
        touches=touches,
    )
