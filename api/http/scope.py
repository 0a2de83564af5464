"""One request's way to the database: one unit of work at a time, never two at once.

Reads share one unit of work, opened at the first read (for a keyed request, by the statement
that identifies its caller) and kept for the request's reads; a write ends it first and runs in
a unit of its own, so a request never holds a connection while it waits for another one: a pool
of two connections serves any number of concurrent requests.
"""

import asyncio
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import AsyncExitStack
from typing import Any, TypeVar

from starlette.requests import HTTPConnection

from api.http.identity import RateLimiter, admit, request_id
from api.services.caller import Caller
from api.services.runner import UnitsOfWork, WriteUseCase, reading, run_write
from api.store.unit_of_work import UnitOfWork

T = TypeVar("T")
C = TypeVar("C")


class RequestScope:
    """What one request reads and writes through, serialised: sibling GraphQL fields resolve
    concurrently, and a session (like its connection) serves one statement at a time."""

    def __init__(self, units: UnitsOfWork, caller: Caller | None, *, request_id: str) -> None:
        self.units = units
        self.caller = caller
        self.request_id = request_id
        self._lock = asyncio.Lock()
        self._reads: AsyncExitStack | None = None
        self._reader: UnitOfWork | None = None
        self._running: set[asyncio.Future[Any]] = set()

    async def read(self, use: Callable[[UnitOfWork], Awaitable[T]]) -> T:
        """Run one read in the request's read unit of work, opening it if needed."""
        return await self._shielded(self._read(use))

    async def write(self, use_case: WriteUseCase[C, T], command: C) -> T:
        """Run one write use case on its command in a unit of work of its own, committed on
        success."""
        return await self._shielded(self._write(use_case, command))

    async def apart(self, use: Callable[[UnitsOfWork], Awaitable[T]]) -> T:
        """Run units of work of their own (acting for another tenant, counting a lookup that
        must commit), the request's reads ended first."""
        return await self._shielded(self._apart(use))

    async def _apart(self, use: Callable[[UnitsOfWork], Awaitable[T]]) -> T:
        async with self._lock:
            await self._end_reads()
            return await use(self.units)

    async def _read(self, use: Callable[[UnitOfWork], Awaitable[T]]) -> T:
        async with self._lock:
            if self._reader is None:
                self._reads = AsyncExitStack()
                self._reader = await self._reads.enter_async_context(
                    reading(self.units, self.caller)
                )
            return await use(self._reader)

    async def _write(self, use_case: WriteUseCase[C, T], command: C) -> T:
        async with self._lock:
            await self._end_reads()
            return await run_write(self.units, self.caller, use_case, command)

    async def _shielded(self, work: Awaitable[T]) -> T:
        # Shielded: when one GraphQL field fails, its siblings are cancelled; a statement
        # cancelled midway would leave the connection unusable, so each use runs to its end
        # and `close` waits for all of them.
        task = asyncio.ensure_future(work)
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        return await asyncio.shield(task)

    async def _end_reads(self) -> None:
        stack, self._reads, self._reader = self._reads, None, None
        if stack is not None:
            await stack.aclose()

    async def close(self) -> None:
        """Wait for every use still running, however its field ended, then let go."""
        while self._running:
            await asyncio.gather(*self._running, return_exceptions=True)
        async with self._lock:
            await self._end_reads()


async def open_request(
    request: HTTPConnection, units: UnitsOfWork, rates: RateLimiter
) -> AsyncGenerator[RequestScope, None]:
    """The scope of one HTTP request: admitted and identified, closed when the answer is sent."""
    rid = request_id(request)
    scope = RequestScope(units, None, request_id=rid)
    try:
        # Identified in the scope's own read unit, which its reads then go on using.
        scope.caller = await admit(request, scope, rates, request_id=rid)
        yield scope
    finally:
        await scope.close()
