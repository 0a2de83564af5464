"""Following a plan's events live: replay from a sequence number, then each new event in order;
and the REST feed of a tenant's events in pages, with a long poll (`feed_page`,
`wait_for_events`).

The feed polls the event log, each time in a fresh, short unit of work, rather than holding a
connection or a transaction open per subscriber. It works across processes because every API
process reads the same log, and it cannot skip an event: a tenant's appenders hold the tenant's
head row until they commit, so its events become visible in sequence order, and `seq > last
seen` finds every one committed since the previous poll.

Access is checked again at every poll, so a key that is revoked or expires ends the stream
within one interval.
"""

import asyncio
import dataclasses
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass

from api.domain.access import Scope, require_scope
from api.domain.errors import Unauthenticated, ValidationFailed
from api.domain.events import CATALOGUE
from api.domain.measures import LARGEST_BIGINT
from api.services import disclosure, keys, reading
from api.services.caller import Caller
from api.services.loading import load_plan
from api.services.runner import UnitsOfWork
from api.services.runner import reading as reading_unit
from api.store import event_feed as feed_store
from api.store import events as event_store
from api.store.models import Event
from api.store.unit_of_work import UnitOfWork

POLL_INTERVAL_SECONDS = 0.5
# A reconnecting client may replay a long stretch; it is read in batches of this many, without
# waiting between full batches.
BATCH_SIZE = 200


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
    published or adopted plan and sees each event as `disclosure.public_event` shows it.
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
            yield event if key is not None else disclosure.public_event(event)
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


# The REST feed: a tenant's events in pages, oldest first, for systems that poll.
MAX_FEED_PAGE = 1_000
DEFAULT_FEED_PAGE = 100
MAX_WAIT_SECONDS = 30.0
# A long poll looks at the log this often; a look that finds nothing new is one index probe.
LONG_POLL_INTERVAL_SECONDS = 0.25


@dataclass(frozen=True)
class FeedQuery:
    """What a reader asks of the feed: the events after `after` (a sequence number; 0 for the
    beginning), at most `limit`, of some types and of one plan if given."""

    after: int = 0
    limit: int = DEFAULT_FEED_PAGE
    types: tuple[str, ...] = ()
    plan_id: uuid.UUID | None = None


@dataclass(frozen=True)
class FeedPage:
    """A page of the feed, and the `after` to ask for next: past every event this page
    looked at, matching or not, so no event is read twice and none is passed over."""

    events: list[Event]
    next_after: int


def check_feed_query(query: FeedQuery, *, wait: float = 0) -> None:
    """Refuse a query out of measure, naming its parameter."""
    if not 0 <= query.after <= LARGEST_BIGINT:
        raise ValidationFailed("after is a sequence number, 0 or more", field="after")
    if not 1 <= query.limit <= MAX_FEED_PAGE:
        raise ValidationFailed(f"limit must be from 1 to {MAX_FEED_PAGE}", field="limit")
    if not 0 <= wait <= MAX_WAIT_SECONDS:
        raise ValidationFailed(f"wait must be from 0 to {MAX_WAIT_SECONDS:g} seconds", field="wait")
    unknown = sorted(set(query.types) - set(CATALOGUE))
    if unknown:
        raise ValidationFailed(f"not event types: {', '.join(unknown)}", field="types")


async def feed_page(uow: UnitOfWork, caller: Caller | None, query: FeedQuery) -> FeedPage:
    """The caller's tenant's events after `query.after`, oldest first; a key bound to one plan
    reads that plan's events only. Needs a key with the read scope."""
    if caller is None:
        raise Unauthenticated("the event feed needs an API key with the read scope")
    require_scope(caller.scopes, Scope.READ)
    check_feed_query(query)
    plan_id = query.plan_id or caller.plan_id
    if plan_id is not None:
        await load_plan(uow, caller, plan_id)  # one the caller may read, or NotFound
    # The head first: every event up to it is committed, every one in flight lies above it.
    head = await feed_store.committed_head(uow.session, caller.tenant_id)
    if query.after > head:
        # Waiting would pass over the numbers in between once they are written: refuse a
        # position the log never gave out (a cursor of another tenant's, or a restored database).
        raise ValidationFailed(
            f"after={query.after} lies beyond the last event ({head}); read on from there",
            field="after",
        )
    if head == query.after:
        return FeedPage([], query.after)
    events = list(
        await feed_store.tenant_events_between(
            uow.session,
            tenant_id=caller.tenant_id,
            after_seq=query.after,
            up_to_seq=head,
            limit=query.limit,
            plan_id=plan_id,
            types=query.types,
        )
    )
    # A full page may stop short of the head; a short one has seen everything up to it.
    full = len(events) == query.limit
    return FeedPage(events, events[-1].seq if full else head)


async def wait_for_events(
    database: UnitsOfWork,
    caller: Caller | None,
    query: FeedQuery,
    *,
    wait: float,
    interval: float = LONG_POLL_INTERVAL_SECONDS,
) -> FeedPage:
    """Like `feed_page`, but when nothing is there yet, look again until an event arrives or
    `wait` seconds have passed. Each look is a short unit of work of its own, so a waiting
    reader holds no connection and no transaction between looks."""
    check_feed_query(query, wait=wait)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    while True:
        async with reading_unit(database, caller) as uow:
            page = await feed_page(uow, caller, query)
        left = deadline - loop.time()
        if page.events or left <= 0:
            return page
        # What was looked at need not be looked at again.
        query = dataclasses.replace(query, after=page.next_after)
        await asyncio.sleep(min(interval, left))
