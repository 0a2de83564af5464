"""The dispatcher's three steps, each one statement on a connection of its own: fan new events
out into deliveries, lease endpoints whose next delivery is due, and record what sending did.

Ordering: an endpoint is held by one dispatcher at a time (its lease), which sends the
endpoint's outstanding deliveries in log order and stops at the first that fails; the next is
sent only once that one is delivered or dead. Never twice between dispatchers: a lease is
taken with FOR UPDATE SKIP LOCKED, so two dispatchers never hold one endpoint. A dispatcher
that dies mid-delivery leaves its lease, which ends at once (its session is gone); what it had
sent but not yet recorded is sent again: at least once, never lost.
"""

import logging
import random
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from api.domain.errors import NotFound
from api.domain.webhooks import (
    DISABLE_AFTER_FAILING,
    DeliveryStatus,
    requested_pause,
    retry_at,
)
from api.services.caller import Caller
from api.services.webhooks import SwitchEndpoint, disable_endpoint
from api.store import dispatch
from api.store.database import Database
from api.store.dispatch import Attempted, Lease
from api.webhooks.payload import Signer, event_body, signing_secrets
from api.webhooks.sender import Outcome, Sender

log = logging.getLogger("spoor.webhooks")

# Receivers that ask to be left alone for a while say so with these.
PAUSING_STATUSES = frozenset({429, 503})
GONE = 410

# Where the bookkeeping statements run: a driver (asyncpg) connection, for one statement.
Connections = Callable[[], AbstractAsyncContextManager[Any]]


def through_units(database: Database) -> Connections:
    """Each statement in a unit of work of its own: on a test's database, inside its
    transaction. A worker uses connections of its own instead (api/webhooks/worker.py)."""

    @asynccontextmanager
    async def connection() -> AsyncIterator[Any]:
        async with database.unit_of_work() as uow:
            raw = await (await uow.session.connection()).get_raw_connection()
            yield raw.driver_connection
            await uow.commit()

    return connection


@dataclass(frozen=True)
class Tuning:
    """How much a dispatcher takes on at once."""

    # Events of one endpoint fanned out per pass (the rest follow at the next).
    fan_out_span: int = 5_000
    fan_out_endpoints: int = 500
    # Deliveries of one endpoint sent under one lease.
    batch: int = 100
    lease: timedelta = timedelta(seconds=60)


DEFAULT_TUNING = Tuning()


@dataclass(frozen=True)
class Sent:
    """One attempt: the delivery, when it was made, and how it went."""

    delivery: Any
    at: datetime
    headers: dict[str, str]
    outcome: Outcome


class Dispatcher:
    """Fans out, leases and delivers over one database; any number may run at once."""

    def __init__(
        self,
        database: Database,
        sender: Sender,
        *,
        connections: Connections | None = None,
        tuning: Tuning = DEFAULT_TUNING,
        chance: random.Random | None = None,
    ) -> None:
        self.database = database
        self.sender = sender
        self.connections = connections or through_units(database)
        self.tuning = tuning
        self.chance = chance or random.Random()
        self.signer = Signer()
        # The server process of the session this dispatcher keeps (see Worker); None: none.
        self.session_pid: int | None = None
        self.attempts_made = 0

    def now(self) -> datetime:
        return self.database.clock()

    async def fan_out(self) -> int:
        """Turn the events committed since each endpoint's cursor into deliveries."""
        async with self.connections() as driver:
            return await dispatch.fan_out(
                driver,
                now=self.now(),
                span=self.tuning.fan_out_span,
                endpoints=self.tuning.fan_out_endpoints,
            )

    async def lease(self, limit: int) -> list[Lease]:
        """Lease up to `limit` endpoints with a delivery due, with their deliveries."""
        now = self.now()
        async with self.connections() as driver:
            return await dispatch.lease(
                driver,
                now=now,
                until=now + self.tuning.lease,
                pid=self.session_pid,
                endpoints=limit,
                per_endpoint=self.tuning.batch,
            )

    async def deliver(self, held: Lease) -> int:
        """Send a leased endpoint's deliveries in order, stopping at the first failure (or
        when the lease would run out mid-attempt); record them and let the endpoint go."""
        sent: list[Sent] = []
        for delivery in held.deliveries:
            now = self.now()
            if delivery["next_attempt_at"] > now:
                break  # waiting for its retry: nothing after it may go first
            if now + timedelta(seconds=self.sender.total_timeout + 5) > held.until:
                break
            attempt = await self._attempt(held, delivery, now)
            sent.append(attempt)
            if not attempt.outcome.delivered:
                break
        await self._record(held, sent)
        self.attempts_made += len(sent)
        return len(sent)

    async def _attempt(self, held: Lease, delivery: Any, now: datetime) -> Sent:
        body = event_body(delivery)
        secrets = signing_secrets(held.secret, held.retiring_secrets, now)
        message_id = str(delivery["id"])
        headers = self.signer.headers(message_id=message_id, body=body, at=now, secrets=secrets)
        outcome = await self.sender.send(held.id, held.url, body, headers)
        if not outcome.delivered:
            log.info(
                "webhook %s to endpoint %s failed: %s %s",
                message_id, held.id, outcome.error, outcome.status or "",
            )  # fmt: skip
        return Sent(delivery, now, headers, outcome)

    async def _record(self, held: Lease, sent: list[Sent]) -> None:
        last = sent[-1] if sent else None
        attempts = [self._attempted(attempt) for attempt in sent]
        async with self.connections() as driver:
            _, failing_since = await dispatch.record(
                driver, held, attempts, failed_at=last.at if last is not None else self.now()
            )
        why = _why_disable(last, failing_since)
        if why is not None:
            # A change to the endpoint, and so an event: through the unit of work.
            system = Caller(tenant_id=held.tenant_id, actor="spoor webhooks", actor_kind="system")
            try:
                async with self.database.unit_of_work() as uow:
                    command = SwitchEndpoint(endpoint_id=held.id, reason=why)
                    await disable_endpoint(uow, system, command)
                    await uow.commit()
            except NotFound:
                return  # deleted meanwhile
            log.warning("webhook endpoint %s disabled: %s", held.id, why)

    def _attempted(self, attempt: Sent) -> Attempted:
        """The attempt as the log keeps it, and where it leaves its delivery."""
        delivery, outcome, at = attempt.delivery, attempt.outcome, attempt.at
        number = delivery["attempts"] + 1
        status, following = DeliveryStatus.DELIVERED, delivery["next_attempt_at"]
        if not outcome.delivered:
            retry = retry_at(number, at, chance=self.chance)
            pause = None
            if retry is not None and outcome.status in PAUSING_STATUSES:
                pause = requested_pause(outcome.retry_after, at)
            status = DeliveryStatus.DEAD if retry is None else DeliveryStatus.FAILED
            following = at + pause if pause is not None else (retry or following)
        return Attempted(
            event_seq=delivery["event_seq"],
            event_id=delivery["id"],
            number=number,
            status=status.value,
            next_attempt_at=following,
            delivered_at=at if outcome.delivered else None,
            attempted_at=at,
            request_headers=attempt.headers,
            response_status=outcome.status,
            response_body=outcome.body,
            duration_ms=outcome.duration_ms,
            error=outcome.error,
        )


def _why_disable(last: Sent | None, failing_since: datetime | None) -> str | None:
    """Why an endpoint is to be disabled after its last attempt, if it is."""
    if last is None or last.outcome.delivered:
        return None
    if last.outcome.status == GONE:
        return "the receiver answered 410 Gone"
    if failing_since is not None and last.at - failing_since >= DISABLE_AFTER_FAILING:
        return "every delivery failed for 5 days"
    return None
