"""What a change leaves behind: the event that names who made it and the states it saw.

The unit of work drafts an event for every write it is given (`UnitOfWork.add`, `change`,
`delete`); this module holds what it drafts them from.
"""

import uuid
from typing import Any, Protocol

from api.domain.events import SubjectKind, event_spec
from api.store.events import EventDraft
from api.store.models import Action, ActionActor, Base, Feedback, Link, Plan, PlanPhase, Tenant
from api.store.snapshots import State, subject_kind

# Records whose state carries rows of another table (plan phases, action actors): those rows
# are written with their owner, and recorded in the owner's event.
Owner = Plan | Action
Part = PlanPhase | ActionActor


class Acting(Protocol):
    """Who a change is recorded under (api.services.caller.Caller is one)."""

    @property
    def actor(self) -> str: ...

    @property
    def actor_kind(self) -> str: ...

    @property
    def request_id(self) -> str | None: ...


def part_key(owner: Owner) -> tuple[type[Part], str]:
    """The table of the rows an owner's state carries, and the column that names the owner."""
    if isinstance(owner, Plan):
        return PlanPhase, "plan_id"
    return ActionActor, "action_id"


def attach(owner: Owner, parts: list[Part]) -> None:
    """Make rows parts of their owner: its tenant, and its id in the column that names it."""
    model, column = part_key(owner)
    for part in parts:
        if not isinstance(part, model):
            raise TypeError(f"a {type(owner).__name__} has no {type(part).__name__} parts")
        part.tenant_id = owner.tenant_id
        setattr(part, column, owner.id)


def draft_event(
    caller: Acting,
    event_type: str,
    record: Base,
    *,
    before: State | None,
    after: State | None,
    reason: str | None,
) -> EventDraft:
    """The event of a change to a record, from its state before and after (None: none)."""
    kind = subject_kind(record)
    subject: Any = record  # every subject has an id, and all but a tenant a tenant_id
    touches = [subject.id]
    if isinstance(record, Link):
        touches += [record.source_id, record.target_id]
    if isinstance(record, Feedback):
        # So the history of the input or link answered shows its feedback too.
        touches += [record.input_id or record.link_id]
    is_tenant = isinstance(record, Tenant)
    plan_id = subject.id if isinstance(record, Plan) else getattr(record, "plan_id", None)
    return draft_about(
        caller, event_type, kind, tenant_id=subject.id if is_tenant else subject.tenant_id,
        subject_id=subject.id, plan_id=plan_id, touches=touches, before=before, after=after,
        reason=reason,
    )  # fmt: skip


def draft_about(
    caller: Acting,
    event_type: str,
    kind: SubjectKind,
    *,
    tenant_id: uuid.UUID,
    subject_id: uuid.UUID,
    plan_id: uuid.UUID | None,
    touches: list[uuid.UUID],
    before: State | None,
    after: State | None,
    reason: str | None,
) -> EventDraft:
    """The event of a change to a subject named by its kind and ids (no record needed)."""
    if event_spec(event_type).subject is not kind:
        raise ValueError(f"{event_type} is not an event about a {kind}")
    return EventDraft(
        tenant_id=tenant_id,
        type=event_type,
        subject_kind=kind.value,
        subject_id=subject_id,
        plan_id=plan_id,
        payload={"before": before, "after": after},
        actor_id=caller.actor,
        actor_kind=caller.actor_kind,
        request_id=caller.request_id,
        reason=(reason or "").strip() or None,
        touches=touches,
    )
