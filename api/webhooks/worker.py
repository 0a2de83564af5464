"""The webhook worker: a dispatcher run until stopped, woken by LISTEN/NOTIFY.

`spoor worker` runs one on its own; `spoor serve` runs one in its process unless
SPOOR_WORKER=off. Any number may run against one database (see dispatcher.py).

Its bookkeeping statements run on a small pool of asyncpg connections of its own (given a URL;
without one, in units of work of its database, as tests do). It also keeps one session of its
own open: it LISTENs there for `spoor_event` (a trigger on the event log notifies when events
are committed), and that session's server process identifies the worker's leases, which end
when the session does. A notification only hastens the next pass; passes also come every
`poll_interval` seconds, so a lost notification or a dropped session delays deliveries by at
most that much.
"""

import asyncio
import logging
import random
from datetime import datetime, timedelta

import asyncpg

from api.domain.webhooks import ATTEMPTS_KEPT
from api.store import dispatch
from api.store.database import Database, plain_url
from api.store.dispatch import Lease
from api.webhooks.dispatcher import DEFAULT_TUNING, Connections, Dispatcher, Tuning
from api.webhooks.guard import Guard
from api.webhooks.sender import Sender

log = logging.getLogger("spoor.webhooks")

CHANNEL = "spoor_event"
POLL_INTERVAL_SECONDS = 1.0
# Endpoints one worker sends to at once (each one delivery at a time, in order).
IN_FLIGHT = 32
CLEAN_UP_EVERY = timedelta(hours=1)
CLEAN_UP_SLICE = 5_000


class Worker:
    """Fans out, leases and delivers in a loop; `stop()` ends it after its attempts in flight."""

    def __init__(
        self,
        database: Database,
        *,
        url: str | None,
        guard: Guard,
        sender: Sender | None = None,
        tuning: Tuning = DEFAULT_TUNING,
        in_flight: int = IN_FLIGHT,
        poll_interval: float = POLL_INTERVAL_SECONDS,
        chance: random.Random | None = None,
        pool_size: int = 4,
        owns_database: bool = False,
    ) -> None:
        self.dispatcher = Dispatcher(
            database, sender or Sender(guard), tuning=tuning, chance=chance
        )
        self.database = database
        self.url = url
        self.in_flight = in_flight
        self.poll_interval = poll_interval
        self._owns_database = owns_database
        self._wake = asyncio.Event()
        self._stopping = False
        self._tasks: set[asyncio.Task[None]] = set()
        self._session: asyncpg.Connection | None = None
        self._pool: asyncpg.Pool | None = None
        self.pool_size = pool_size
        self._cleaned_at: datetime | None = None

    @classmethod
    def connect(cls, url: str, *, guard: Guard) -> "Worker":
        """A worker with connections of its own, apart from the API's."""
        # Its units of work only disable endpoints that keep failing: one connection will do.
        database = Database.connect(url, pool_size=1)
        return cls(database, url=url, guard=guard, owns_database=True)

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()

    async def run(self) -> None:
        """Pass after pass until stopped: each pass fans out, then leases what is due. A
        database that cannot be reached only delays the passes until it can."""
        try:
            while not self._stopping:
                self._wake.clear()
                await self._keep_connections()
                if await self._pass():
                    continue
                try:
                    async with asyncio.timeout(self.poll_interval):
                        await self._wake.wait()
                except TimeoutError:
                    pass
        finally:
            await self._finish()

    async def _pass(self) -> bool:
        """One pass; whether it found work (then the next follows at once)."""
        try:
            fanned = await self.dispatcher.fan_out()
            free = self.in_flight - len(self._tasks)
            leased = await self.dispatcher.lease(free) if free > 0 else []
            for held in leased:
                self._start(held)
            await self._clean_up_when_due()
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as error:
            log.warning("webhook worker pass failed, trying again shortly: %s", error)
            return False
        except Exception:
            log.exception("webhook worker pass failed")
            return False
        return bool(fanned or leased)

    def _start(self, held: Lease) -> None:
        task = asyncio.create_task(self._deliver(held))
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        self._wake.set()  # a slot is free, and the endpoint may have more to send

    async def _deliver(self, held: Lease) -> None:
        try:
            await self.dispatcher.deliver(held)
        except Exception:
            # The lease stays until it runs out; the deliveries are sent again then.
            log.exception("delivering to webhook endpoint %s failed", held.id)

    async def _keep_connections(self) -> None:
        """Open the worker's connections if they are not: its pool for the bookkeeping, and
        its own session (LISTEN, and the identity of its leases)."""
        if self.url is None:
            return
        try:
            if self._pool is None:
                self._pool = await asyncpg.create_pool(
                    plain_url(self.url),
                    min_size=1,
                    max_size=self.pool_size,
                    # Each statement is one of api/store/dispatch.py's, complete in itself: a
                    # connection comes back with nothing to reset.
                    reset=_nothing_to_reset,
                )
                self.dispatcher.connections = self._pool.acquire
            if self._session is None or self._session.is_closed():
                self.dispatcher.session_pid = None
                session = await asyncpg.connect(plain_url(self.url))
                await session.add_listener(CHANNEL, self._notified)
                session.add_termination_listener(lambda _: self._wake.set())
                self._session = session
                self.dispatcher.session_pid = session.get_server_pid()
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as error:
            log.warning("webhook worker cannot reach the database yet: %s", error)

    def _notified(self, *_: object) -> None:
        self._wake.set()

    async def _clean_up_when_due(self) -> None:
        """Forget attempts (and finished deliveries) older than 90 days, once an hour."""
        now = self.dispatcher.now()
        if self._cleaned_at is not None and now - self._cleaned_at < CLEAN_UP_EVERY:
            return
        self._cleaned_at = now
        await clean_up(self.dispatcher.connections, before=now - ATTEMPTS_KEPT)

    async def _finish(self) -> None:
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=self.dispatcher.sender.total_timeout + 5)
        for task in set(self._tasks):
            task.cancel()
        if self._session is not None:
            await self._session.close()
        await self.dispatcher.sender.close()
        if self._pool is not None:
            await self._pool.close()
        if self._owns_database:
            await self.database.dispose()


async def clean_up(connections: Connections, *, before: datetime) -> int:
    """Delete attempts and finished deliveries made before a moment, a slice per statement."""
    forgotten = 0
    while True:
        async with connections() as driver:
            gone = await dispatch.forget_before(driver, before, slice_size=CLEAN_UP_SLICE)
        forgotten += gone
        if gone < CLEAN_UP_SLICE:
            return forgotten


async def deliver_until_idle(dispatcher: Dispatcher, *, rounds: int = 1_000) -> int:
    """Pass after pass, every leased endpoint sent to at once, until a pass finds nothing due:
    the attempts made. A worker's loop without its waiting, for tests that move the clock."""
    made = 0
    for _ in range(rounds):
        await dispatcher.fan_out()
        leased = await dispatcher.lease(IN_FLIGHT)
        if not leased:
            return made
        made += sum(await asyncio.gather(*(dispatcher.deliver(held) for held in leased)))
    return made


async def _nothing_to_reset(connection: asyncpg.Connection) -> None:
    pass
