"""Rate limits per API key and per client address, each counted under a short name.

A request counts against the key it authenticates with, and otherwise against its client
address: anonymous readers and failed authentications alike, so inventing keys buys nothing.
A counter's name is built from what Spoor knows (a key's id, a normalised address), never
from what a client sent, so it stays short whatever the headers hold.

Requests are counted by each process in memory and shared through PostgreSQL in batches
(`RateLimiter`), so that admitting a request writes nothing; receipt lookups, a stricter limit
against guessing codes, are counted one by one in PostgreSQL (`admit`).
"""

import asyncio
import contextlib
import hashlib
import ipaddress
import logging
import random
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from api.domain.access import rate_window
from api.services.runner import UnitsOfWork
from api.store import limits as limit_store
from api.store.clock import Clock, system_clock
from api.store.unit_of_work import UnitOfWork

WINDOW_SECONDS = 60
# An IPv6 subscriber is usually given a whole /64 and may rotate through it at will.
IPV6_PREFIX = 64
# Now and then, a sharing lets windows older than this go.
KEPT_WINDOWS = timedelta(hours=1)

log = logging.getLogger("spoor.limits")


def key_bucket(key_id: uuid.UUID) -> str:
    """The counter of a key that authenticated."""
    return f"key:{key_id}"


def client_bucket(purpose: str, address: str) -> str:
    """The counter of a client address for one purpose (`client`, `receipt`): an IPv4
    address, an IPv6 /64, or for anything else (a unix socket) a digest of it."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return f"{purpose}:~{hashlib.sha256(address.encode(errors='replace')).hexdigest()[:32]}"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return f"{purpose}:{ip.ipv4_mapped}"
        return f"{purpose}:{ipaddress.IPv6Network((ip, IPV6_PREFIX), strict=False)}"
    return f"{purpose}:{ip}"


async def admit(
    uow: UnitOfWork, *, bucket: str, limit: int, window_seconds: int = WINDOW_SECONDS
) -> int | None:
    """Count the request in PostgreSQL at once; None when it may pass, else the seconds until
    it may retry."""
    start, left = rate_window(uow.clock().timestamp(), window_seconds)
    window_start = datetime.fromtimestamp(start, UTC)
    hits = await limit_store.count_hit(uow.session, bucket=bucket, window_start=window_start)
    if random.random() < 0.01:  # now and then, let old windows go
        await limit_store.forget_windows_before(uow.session, window_start - KEPT_WINDOWS)
    return None if hits <= limit else left


@dataclass(frozen=True)
class RateLimits:
    """Requests per window (a minute by default) for a key, and for an anonymous client; and
    how often a process shares its counts with the others: every `share_seconds`, and sooner
    once `share_hits` requests wait to be shared."""

    per_key: int = 600
    per_anonymous_client: int = 120
    window_seconds: int = 60
    share_seconds: float = 1.0
    share_hits: int = 100


@dataclass
class _Tally:
    """One counter's window as this process knows it."""

    start: int  # the window's start, in epoch seconds
    shared: int = 0  # its count in PostgreSQL when last shared: every process's shared hits
    pending: int = 0  # this process's hits since, not yet shared


class RateLimiter:
    """Requests counted per counter and fixed window by this process, and shared with every
    other process through PostgreSQL in batches: admitting a request sends no statement.

    `count` adds a request here and judges it against the window's count as last shared plus
    this process's hits since. `share` adds the hits waiting here to the shared counts, every
    counter in one statement, and learns each counter's total from every process; it runs
    beside the requests (`keep_sharing`, for as long as the application runs), every
    `share_seconds` while hits wait and sooner when `share_hits` do. So, across processes:

    - a counter can pass its limit by what other processes counted and have not shared yet:
      with N processes, by up to N - 1 times what one counts between two sharings (a second's
      requests, at most `share_hits`). A counter's first requests in a process, until its next
      sharing, are judged on that process's count alone.
    - hits not yet shared are lost when a process is killed (stopping shares them): at most a
      sharing's worth, an undercount.
    - a sharing that PostgreSQL committed but whose answer never came back is sent again, an
      overcount; one that failed is retried with the next.
    - within one process the count is exact, and a refused request counts as well, so a client
      that keeps hammering stays refused.
    Without `keep_sharing` (an ASGI server that runs no lifespan) each process counts alone.
    """

    def __init__(self, limits: RateLimits, *, clock: Clock = system_clock) -> None:
        self.limits = limits
        self._clock = clock
        self._tallies: dict[tuple[str, int], _Tally] = {}
        self._waiting = 0  # hits counted here and not shared yet
        self._sharing = False
        self._stopping = False
        self._wake = asyncio.Event()

    def count(self, bucket: str, limit: int) -> int | None:
        """Count one request; None when it may pass, else the seconds until it may retry."""
        start, left = rate_window(self._clock().timestamp(), self.limits.window_seconds)
        tally = self._tallies.get((bucket, start))
        if tally is None:
            tally = self._tallies[bucket, start] = _Tally(start)
        tally.pending += 1
        self._waiting += 1
        if self._waiting >= self.limits.share_hits:
            self._wake.set()
        return None if tally.shared + tally.pending <= limit else left

    async def share(self, units: UnitsOfWork) -> None:
        """Add the hits waiting here to the shared counts and learn every counter's total.

        One sharing at a time: a caller that finds one under way goes on without waiting.
        """
        if self._sharing or not self._waiting:
            return
        self._sharing = True
        try:
            batch = {key: tally.pending for key, tally in self._tallies.items() if tally.pending}
            totals = await self._add(units, batch)
            for key, hits in batch.items():
                tally = self._tallies[key]
                tally.pending -= hits
                tally.shared = totals[key[0], datetime.fromtimestamp(key[1], UTC)]
            self._waiting -= sum(batch.values())
        finally:
            self._sharing = False

    async def keep_sharing(self, units: UnitsOfWork) -> None:
        """Share every `share_seconds` while hits wait (sooner when `share_hits` do) until
        `stop_sharing`, then once more, so that stopping loses no count.

        Never cancelled midway, which could leave a statement half sent; a sharing that failed
        (the database away) is logged once and retried, its hits waiting meanwhile.
        """
        failing, self._stopping = False, False
        while not self._stopping:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.limits.share_seconds):
                    await self._wake.wait()
            self._wake.clear()
            try:
                await self.share(units)
            except Exception as error:  # the loop outlives an outage
                if not failing:
                    log.warning("request counts not shared; retrying: %s", error)
                failing = True
            else:
                failing = False
            self._forget_ended_windows()
        try:
            await self.share(units)
        except Exception as error:
            log.warning("request counts not shared at the end: %s", error)

    def stop_sharing(self) -> None:
        """Let `keep_sharing` share one last time and end."""
        self._stopping = True
        self._wake.set()

    async def _add(
        self, units: UnitsOfWork, batch: dict[tuple[str, int], int]
    ) -> dict[tuple[str, datetime], int]:
        rows = [
            (bucket, datetime.fromtimestamp(start, UTC), hits)
            for (bucket, start), hits in batch.items()
        ]
        async with units.unit_of_work(as_app=True) as uow:
            totals = await limit_store.add_hits(uow.session, rows)
            if random.random() < 0.01:  # now and then, let old windows go
                await limit_store.forget_windows_before(uow.session, uow.clock() - KEPT_WINDOWS)
            await uow.commit()
        return totals

    def _forget_ended_windows(self) -> None:
        """Let windows that have ended go once shared: the process keeps what its current
        clients need, however many came before."""
        current, _ = rate_window(self._clock().timestamp(), self.limits.window_seconds)
        for key in [key for key, tally in self._tallies.items() if tally.start < current]:
            if not self._tallies[key].pending:
                del self._tallies[key]
