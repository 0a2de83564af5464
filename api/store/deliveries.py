"""Asking for deliveries again: one event to an endpoint, or every failed delivery of an
endpoint since a moment.

Not a change to the trail, so no event (as counting requests in api/store/limits.py leaves
none): the event is in the log already, and these rows say how far its delivery has come. The
dispatcher's own bookkeeping is in api/store/dispatch.py.
"""

import uuid
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

REQUEUE = text("""
INSERT INTO webhook_delivery (tenant_id, endpoint_id, event_seq, event_id, status, attempts,
                              next_attempt_at, created_at)
VALUES (:tenant, :endpoint, :seq, :event_id, 'pending', 0, :now, :now)
ON CONFLICT (tenant_id, endpoint_id, event_seq)
DO UPDATE SET status = 'pending', attempts = 0, next_attempt_at = :now, delivered_at = NULL
""")

REQUEUE_FAILED = text("""
UPDATE webhook_delivery SET status = 'pending', attempts = 0, next_attempt_at = :now
WHERE tenant_id = :tenant AND endpoint_id = :endpoint AND status IN ('failed', 'dead')
  AND created_at >= :since
""")


async def requeue(
    session: AsyncSession,
    *,
    tenant_id: uuid.UUID,
    endpoint_id: uuid.UUID,
    event_seq: int,
    event_id: uuid.UUID,
    now: datetime,
) -> None:
    """Deliver an event to an endpoint (again), from the start of the retry schedule."""
    await session.execute(
        REQUEUE,
        {
            "tenant": tenant_id,
            "endpoint": endpoint_id,
            "seq": event_seq,
            "event_id": event_id,
            "now": now,
        },
    )


async def requeue_failed_since(
    session: AsyncSession,
    *,
    tenant_id: uuid.UUID,
    endpoint_id: uuid.UUID,
    since: datetime,
    now: datetime,
) -> int:
    """Deliver again every failed or dead delivery of an endpoint made since a moment."""
    found = await session.execute(
        REQUEUE_FAILED,
        {"tenant": tenant_id, "endpoint": endpoint_id, "since": since, "now": now},
    )
    return int(found.rowcount)  # type: ignore[attr-defined]
