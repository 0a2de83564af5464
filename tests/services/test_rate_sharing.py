"""Rate limits counted per process and shared in batches: each limiter here stands for one API
process, and they meet in PostgreSQL (api/services/limits.py says what that can miss)."""

import asyncio
from datetime import timedelta
from types import TracebackType

import pytest
from sqlalchemy import func, select

from api.services.limits import RateLimiter, RateLimits
from api.store.database import Database
from api.store.models import RateWindow
from api.store.unit_of_work import UnitOfWork
from tests.clock import MovableClock

BUCKET = "client:192.0.2.7"


def _limiter(clock: MovableClock, **sharing: float) -> RateLimiter:
    return RateLimiter(RateLimits(**sharing), clock=clock)  # type: ignore[arg-type]


async def _shared_hits(database: Database) -> int:
    async with database.unit_of_work() as uow:
        total = await uow.session.scalar(
            select(func.sum(RateWindow.hits)).where(RateWindow.bucket == BUCKET)
        )
    return int(total or 0)


async def _until_shared(database: Database, hits: int) -> None:
    """Wait (ten seconds at most) until the shared count has the hits."""
    for _ in range(200):
        if await _shared_hits(database) >= hits:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"{hits} hits were never shared")


def _admitted(limiter: RateLimiter, times: int, limit: int = 10) -> list[bool]:
    return [limiter.count(BUCKET, limit) is None for _ in range(times)]


async def test_a_limit_holds_across_processes_once_they_have_shared(
    database: Database, clock: MovableClock
) -> None:
    one, two = _limiter(clock), _limiter(clock)
    assert _admitted(one, 6) == [True] * 6
    await one.share(database)
    # The second process has not shared yet: it judges on what it knows (6 shared, 4 its own).
    assert _admitted(two, 4) == [True] * 4
    await two.share(database)
    assert _admitted(two, 1) == [False]
    # The first learns the other's hits at its next sharing; until then it admits on its own.
    assert _admitted(one, 1) == [True]
    await one.share(database)
    assert _admitted(one, 1) == [False]
    assert await _shared_hits(database) == 11  # the second's refused hit waits in it
    await asyncio.gather(one.share(database), two.share(database))
    assert await _shared_hits(database) == 13  # refused requests count too


async def test_a_refused_client_may_call_again_in_the_next_window(
    database: Database, clock: MovableClock
) -> None:
    limiter = _limiter(clock)
    assert _admitted(limiter, 3, limit=2) == [True, True, False]
    retry_after = limiter.count(BUCKET, 2)
    assert retry_after is not None and 1 <= retry_after <= 60
    clock.advance(timedelta(seconds=retry_after))
    assert _admitted(limiter, 1, limit=2) == [True]
    await limiter.share(database)
    assert await _shared_hits(database) == 5


async def test_counts_are_shared_beside_the_requests_and_when_stopping(
    database: Database, clock: MovableClock
) -> None:
    limiter = _limiter(clock, share_seconds=0.05)
    sharing = asyncio.create_task(limiter.keep_sharing(database))
    _admitted(limiter, 3)
    await _until_shared(database, 3)
    _admitted(limiter, 2)
    limiter.stop_sharing()
    await sharing
    assert await _shared_hits(database) == 5


async def test_many_waiting_hits_are_shared_before_their_second_is_up(
    database: Database, clock: MovableClock
) -> None:
    limiter = _limiter(clock, share_seconds=3600, share_hits=4)
    sharing = asyncio.create_task(limiter.keep_sharing(database))
    try:
        _admitted(limiter, 4)
        await _until_shared(database, 4)
    finally:
        limiter.stop_sharing()
        await sharing


class _Away:
    """A database that does not answer."""

    def unit_of_work(self, *, log_events: bool = True, as_app: bool = False) -> UnitOfWork:
        return _Refused()  # type: ignore[return-value]


class _Refused:
    async def __aenter__(self) -> UnitOfWork:
        raise ConnectionRefusedError("the database is away")

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType
    ) -> None:
        return None


async def test_hits_wait_while_the_database_is_away(
    database: Database, clock: MovableClock, caplog: pytest.LogCaptureFixture
) -> None:
    limiter = _limiter(clock, share_seconds=0.01)
    _admitted(limiter, 3)
    with pytest.raises(ConnectionRefusedError):
        await limiter.share(_Away())
    # The loop outlives the outage, and says so once.
    sharing = asyncio.create_task(limiter.keep_sharing(_Away()))
    await asyncio.sleep(0.1)
    limiter.stop_sharing()
    await sharing
    assert len([r for r in caplog.records if "not shared; retrying" in r.getMessage()]) == 1
    _admitted(limiter, 1)
    await limiter.share(database)
    assert await _shared_hits(database) == 4
