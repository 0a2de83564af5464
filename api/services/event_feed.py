"""Following a plan's events live: replay from a sequence number, then each new event in order.

The feed polls the event log, each time in a fresh, short unit of work, rather than holding a
connection or a transaction open per subscriber. It works across processes because every API
process reads the same log, and it cannot skip an event: a tenant's appenders hold the tenant's
head row until they commit, so its events become visible in sequence order, and `seq > last
seen` finds every one committed since the previous poll.

Access is checked again at every poll, so a key that is revoked or expires ends the stream
within one interval.
"""

import asyncio
import uuid
from collections.abc import AsyncIterator, Mapping
from typing import Any

from api.domain.access import Scope, require_scope
from api.domain.errors import ValidationFailed
from api.domain.events import SubjectKind
from api.services import keys, reading
from api.services.runner import UnitsOfWork
from api.store import event_feed as feed_store
from api.store import events as event_store
from api.store.models import Event
from api.store.unit_of_work import UnitOfWork

POLL_INTERVAL_SECONDS = 0.5
# A reconnecting client may replay a long stretch; it is read in batches of this many, without
# waiting between full batches.
BATCH_SIZE = 200

# What an anonymous subscriber may see of a subject's state. Everything else can be personal:
# an input's text and title, its contact, its external reference, the reason for its status.
PUBLIC_INPUT_FIELDS = frozenset({
    "plan_id", "kind", "code", "channel", "moment_id", "participant_type", "language",
    "submitted_at", "status", "version",
})  # fmt: skip
PUBLIC_STATE_FIELDS: dict[str, frozenset[str]] = {
    SubjectKind.INPUT: PUBLIC_INPUT_FIELDS,
    # A contact's state only says which details exist; even that is nobody else's business.
    SubjectKind.CONTACT: frozenset(),
}


def public_payload(subject_kind: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """An event's before and after states without the fields that may identify a person."""
    keep = PUBLIC_STATE_FIELDS.get(subject_kind)
    if keep is None:
        return dict(payload)
    return {
        side: None if state is None else {name: state[name] for name in state if name in keep}
        for side, state in payload.items()
    }


def public_view(event: Event) -> Event:
    """The event as an anonymous subscriber sees it: no personal fields, no names, no reasons.

    The actor becomes its kind (an actor names the person behind a key) and the reason, free
    text, is left out. The copy belongs to no session and is never written.
    """
    copy = Event(**{column.key: getattr(event, column.key) for column in Event.__table__.columns})
    copy.actor_id = event.actor_kind
    copy.reason = None
    copy.payload = public_payload(event.subject_kind, event.payload)
    return copy


async def follow_plan(
    database: UnitsOfWork,
    *,
    key: str | None,
    plan_id: uuid.UUID,
    after_seq: int | None = None,
    request_id: str | None = None,
    poll_interval: float = POLL_INTERVAL_SECONDS,
) -> AsyncIterator[Event]:
    """The plan's events after `after_seq` (or, without it, from now on), as they are committed.

    `key` is the subscriber's API key, or None for an anonymous reader, who may follow only a
    published or adopted plan and sees each event through `public_view`.
    """
    if after_seq is not None and after_seq < 0:
        raise ValidationFailed("afterSeq is a sequence number, 0 or more", field="afterSeq")
    last_seen = after_seq
    while True:
        batch: list[Event] = []
        async with database.unit_of_work(as_app=True) as uow:
            tenant_id = await _open_plan_log(uow, key=key, plan_id=plan_id, request_id=request_id)
            if last_seen is None:
                head = await event_store.head(uow.session, tenant_id)
                last_seen = head.last_seq if head is not None else 0
            else:
                batch = list(
                    await feed_store.plan_events_after(
                        uow.session,
                        tenant_id=tenant_id,
                        plan_id=plan_id,
                        after_seq=last_seen,
                        limit=BATCH_SIZE,
                    )
                )
        # Yielded after the unit of work has ended: a slow client holds no connection.
        for event in batch:
            yield event if key is not None else public_view(event)
            last_seen = event.seq
        if len(batch) < BATCH_SIZE:
            await asyncio.sleep(poll_interval)


async def _open_plan_log(
    uow: UnitOfWork, *, key: str | None, plan_id: uuid.UUID, request_id: str | None
) -> uuid.UUID:
    """Check that the subscriber may read the plan; let the unit read its log; its tenant."""
    caller = None
    if key is not None:
        caller = await keys.authenticate(uow, key, request_id=request_id)
        require_scope(caller.scopes, Scope.READ)
    await uow.act_for(caller.tenant_id if caller else None)
    plan = await reading.plan_for(uow, caller, plan_id)
    if caller is None:
        # The log has no public rows. The plan is public, and only its events are read.
        await uow.act_for(plan.tenant_id)
    return plan.tenant_id
