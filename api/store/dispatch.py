"""The dispatcher's bookkeeping: fanning events out into deliveries, leasing endpoints, and
recording what each attempt did.

None of this is a change to the trail, so none of it leaves an event (as counting requests in
api/store/limits.py leaves none): the events are the log itself, and these rows say how far
their delivery has come. Changing an endpoint's configuration goes through the unit of work.

A dispatcher runs these for every delivery it makes, so they speak to the driver directly
(as appending to the log does, api/store/events.py): each step is one statement, atomic on its
own, that asyncpg prepares once per connection; none needs a transaction around it, and none
is held open while a receiver is talked to. They run as the owner, for every tenant at once.
"""

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# Each enabled endpoint behind its tenant's committed head takes the events after its cursor,
# up to the head (every event up to it is committed: see api/store/event_feed.py) and at most
# `span` of them, that its filters ask for; its cursor then moves past all it looked at. The
# endpoints are locked (SKIP LOCKED) so two dispatchers never fan one out at once, and a
# delivery that exists already is left alone. Patterns match as api/domain/webhooks.py says.
FAN_OUT = """
WITH due AS (
    SELECT e.tenant_id, e.id, e.last_seq, e.event_types, e.plan_id,
           least(h.last_seq, e.last_seq + $2) AS up_to
    FROM webhook_endpoint e JOIN event_head h ON h.tenant_id = e.tenant_id
    WHERE e.enabled AND e.last_seq < h.last_seq
    ORDER BY e.tenant_id, e.id
    LIMIT $3
    FOR UPDATE OF e SKIP LOCKED
), fanned AS (
    INSERT INTO webhook_delivery (tenant_id, endpoint_id, event_seq, event_id, status, attempts,
                                  next_attempt_at, created_at)
    SELECT ev.tenant_id, due.id, ev.seq, ev.id, 'pending', 0, $1, $1
    FROM due JOIN event ev
      ON ev.tenant_id = due.tenant_id AND ev.seq > due.last_seq AND ev.seq <= due.up_to
    WHERE (due.plan_id IS NULL OR ev.plan_id = due.plan_id)
      AND EXISTS (SELECT 1 FROM unnest(due.event_types) AS p(pattern)
                  WHERE p.pattern IN ('*', ev.type)
                     OR (right(p.pattern, 2) = '.*'
                         AND starts_with(ev.type, left(p.pattern, -1))))
    ORDER BY ev.tenant_id, due.id, ev.seq
    ON CONFLICT DO NOTHING
    RETURNING 1
), moved AS (
    UPDATE webhook_endpoint e SET last_seq = due.up_to
    FROM due WHERE e.tenant_id = due.tenant_id AND e.id = due.id
    RETURNING 1
)
SELECT (SELECT count(*) FROM fanned) AS deliveries
"""

# An endpoint whose first outstanding delivery is due, and that no dispatcher holds, is leased
# to this one, which alone sends that endpoint's deliveries until it lets go or the lease ends;
# one holder per endpoint is what keeps an endpoint's deliveries in order. A lease also ends
# when its holder's session is gone from the server (a dispatcher killed mid-delivery), so
# another takes over at once rather than when the lease runs out. The leased endpoints come
# back with their outstanding deliveries and events, oldest first (an endpoint with none left,
# after a race, comes back alone, so that its lease is let go).
LEASE = """
WITH candidates AS (
    SELECT e.tenant_id, e.id
    FROM webhook_endpoint e
    CROSS JOIN LATERAL (
        SELECT d.next_attempt_at FROM webhook_delivery d
        WHERE d.tenant_id = e.tenant_id AND d.endpoint_id = e.id
          AND d.status IN ('pending', 'failed')
        ORDER BY d.event_seq LIMIT 1
    ) head
    WHERE e.enabled AND head.next_attempt_at <= $1
      AND (e.leased_until IS NULL OR e.leased_until <= $1
           OR (e.lease_pid IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = e.lease_pid)))
    ORDER BY head.next_attempt_at
    LIMIT $5
    FOR UPDATE OF e SKIP LOCKED
), leased AS (
    UPDATE webhook_endpoint e SET leased_until = $2, lease_token = $3, lease_pid = $4
    FROM candidates c WHERE e.tenant_id = c.tenant_id AND e.id = c.id
    RETURNING e.tenant_id, e.id, e.url, e.secret, e.retiring_secrets::text AS retiring_secrets
)
SELECT l.tenant_id, l.id AS endpoint_id, l.url, l.secret, l.retiring_secrets,
       d.event_seq, d.attempts, d.next_attempt_at,
       ev.id, ev.type, ev.type_version, ev.occurred_at, ev.actor_id, ev.actor_kind, ev.reason,
       ev.request_id, ev.subject_kind, ev.subject_id, ev.plan_id, ev.redacted_at,
       ev.payload::text AS payload
FROM leased l
LEFT JOIN LATERAL (
    SELECT * FROM webhook_delivery d
    WHERE d.tenant_id = l.tenant_id AND d.endpoint_id = l.id
      AND d.status IN ('pending', 'failed')
    ORDER BY d.event_seq LIMIT $6
) d ON true
LEFT JOIN event ev ON ev.tenant_id = d.tenant_id AND ev.seq = d.event_seq
ORDER BY l.tenant_id, l.id, d.event_seq
"""

# What sending did, in one statement: where each delivery stands now, the attempts that moved
# them (one array per column: one round trip for a batch), and the lease let go if it is still
# this dispatcher's (PostgreSQL runs every data-modifying part of a WITH, read or not).
# `failing_since` follows the last attempt: cleared by a success, set at the first of a run of
# failures.
RECORD = """
WITH moved AS (
    UPDATE webhook_delivery d
    SET status = c.status, attempts = c.attempts, next_attempt_at = c.next_attempt_at,
        delivered_at = c.delivered_at
    FROM unnest($6::bigint[], $7::text[], $8::integer[], $9::timestamptz[], $10::timestamptz[])
         AS c(event_seq, status, attempts, next_attempt_at, delivered_at)
    WHERE d.tenant_id = $1 AND d.endpoint_id = $2 AND d.event_seq = c.event_seq
    RETURNING 1
), logged AS (
    INSERT INTO webhook_attempt (tenant_id, id, endpoint_id, event_seq, event_id, number,
                                 attempted_at, request_headers, response_status, response_body,
                                 duration_ms, error)
    SELECT $1, gen_random_uuid(), $2, a.event_seq, a.event_id, a.number, a.attempted_at,
           a.request_headers::jsonb, a.response_status, a.response_body, a.duration_ms, a.error
    FROM unnest($6::bigint[], $11::uuid[], $8::integer[], $12::timestamptz[], $13::text[],
                $14::integer[], $15::text[], $16::integer[], $17::text[])
         AS a(event_seq, event_id, number, attempted_at, request_headers, response_status,
              response_body, duration_ms, error)
    -- An endpoint deleted while its deliveries were being sent keeps no log.
    WHERE EXISTS (SELECT 1 FROM webhook_endpoint WHERE tenant_id = $1 AND id = $2)
    RETURNING 1
)
UPDATE webhook_endpoint
SET leased_until = NULL, lease_token = NULL, lease_pid = NULL,
    failing_since = CASE WHEN $4::text = 'delivered' THEN NULL
                         WHEN $4::text = 'failed' THEN coalesce(failing_since, $5)
                         ELSE failing_since END
WHERE tenant_id = $1 AND id = $2 AND lease_token = $3
RETURNING failing_since
"""

# Old attempts and finished deliveries go in slices, each a short statement.
FORGET = """
WITH attempts AS (
    DELETE FROM webhook_attempt WHERE ctid = ANY(ARRAY(
        SELECT ctid FROM webhook_attempt WHERE attempted_at < $1 LIMIT $2))
    RETURNING 1
), deliveries AS (
    DELETE FROM webhook_delivery WHERE ctid = ANY(ARRAY(
        SELECT ctid FROM webhook_delivery
        WHERE created_at < $1 AND status IN ('delivered', 'dead') LIMIT $2))
    RETURNING 1
)
SELECT (SELECT count(*) FROM attempts) + (SELECT count(*) FROM deliveries) AS forgotten
"""


@dataclass
class Lease:
    """An endpoint this dispatcher holds, what it needs to send and sign, and its outstanding
    deliveries (rows with the event's columns), oldest first."""

    tenant_id: uuid.UUID
    id: uuid.UUID
    url: str
    secret: str
    retiring_secrets: list[dict[str, str]]
    token: uuid.UUID
    until: datetime
    deliveries: list[Any] = field(default_factory=list)


@dataclass(frozen=True)
class Attempted:
    """One attempt of a delivery, and where the delivery stands after it."""

    event_seq: int
    event_id: uuid.UUID
    number: int  # the delivery's attempts so far, this one included
    status: str
    next_attempt_at: datetime
    delivered_at: datetime | None
    attempted_at: datetime
    request_headers: dict[str, str]
    response_status: int | None
    response_body: str | None
    duration_ms: int
    error: str | None


async def fan_out(driver: Any, *, now: datetime, span: int, endpoints: int) -> int:
    """Turn new events into deliveries; how many were made."""
    return int(await driver.fetchval(FAN_OUT, now, span, endpoints))


async def lease(
    driver: Any,
    *,
    now: datetime,
    until: datetime,
    pid: int | None,
    endpoints: int,
    per_endpoint: int,
) -> list[Lease]:
    """Lease up to `endpoints` endpoints with a delivery due and no living holder, with up to
    `per_endpoint` of their outstanding deliveries each; `pid` is the server process of the
    dispatcher's own session, if it keeps one."""
    token = uuid.uuid4()
    rows = await driver.fetch(LEASE, now, until, token, pid, endpoints, per_endpoint)
    leases: dict[tuple[uuid.UUID, uuid.UUID], Lease] = {}
    for row in rows:
        key = (row["tenant_id"], row["endpoint_id"])
        held = leases.get(key)
        if held is None:
            retiring = json.loads(row["retiring_secrets"])
            held = leases[key] = Lease(
                row["tenant_id"], row["endpoint_id"], row["url"], row["secret"], retiring,
                token, until,
            )  # fmt: skip
        if row["event_seq"] is not None:
            held.deliveries.append(row)
    return list(leases.values())


async def record(
    driver: Any, held: Lease, attempts: Sequence[Attempted], *, failed_at: datetime
) -> tuple[bool, datetime | None]:
    """Record a lease's attempts and let the endpoint go: (whether the lease was still held,
    since when the endpoint has been failing)."""
    last = attempts[-1] if attempts else None
    outcome = None if last is None else ("delivered" if last.error is None else "failed")
    row = await driver.fetchrow(
        RECORD,
        held.tenant_id,
        held.id,
        held.token,
        outcome,
        failed_at,
        [a.event_seq for a in attempts],
        [a.status for a in attempts],
        [a.number for a in attempts],
        [a.next_attempt_at for a in attempts],
        [a.delivered_at for a in attempts],
        [a.event_id for a in attempts],
        [a.attempted_at for a in attempts],
        [json.dumps(a.request_headers) for a in attempts],
        [a.response_status for a in attempts],
        [a.response_body for a in attempts],
        [a.duration_ms for a in attempts],
        [a.error for a in attempts],
    )
    return (row is not None, row["failing_since"] if row is not None else None)


async def forget_before(driver: Any, before: datetime, *, slice_size: int) -> int:
    """Delete up to a slice of attempts, and of finished deliveries, made before a moment."""
    return int(await driver.fetchval(FORGET, before, slice_size))
