"""The unit of work: one transaction per use case, rolled back unless committed."""

import asyncio
from types import TracebackType
from typing import Self

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.store.events import EventDraft, append_events


class UnitOfWork:
    """One session in one transaction; leaving without `commit()` rolls everything back.

    Use cases record an event for every change they make; `commit()` appends them to the event
    log in the same transaction as the changes, so no committed change can miss its event and
    a rolled-back change leaves none.
    """

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], *, log_events: bool = True
    ) -> None:
        self._sessions = sessions
        # Only the write benchmark turns this off, to measure what the log costs.
        self._log_events = log_events
        self.pending: list[EventDraft] = []
        # An AsyncSession is not safe for concurrent use; GraphQL resolvers run concurrently,
        # so whoever shares a unit of work across tasks takes this lock around each use.
        self.lock = asyncio.Lock()

    async def __aenter__(self) -> Self:
        self.session = self._sessions()
        await self.session.begin()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.pending = []
        # Closing returns the connection with its transaction rolled back, and detaches the
        # records with their loaded values, so an answer can still be read after the unit ends.
        await self.session.close()

    def record(self, draft: EventDraft) -> None:
        """Queue an event; it is written at commit, or dropped with a rollback."""
        self.pending.append(draft)

    async def commit(self) -> None:
        if self.pending and self._log_events:
            await append_events(self.session, self.pending)
        self.pending = []
        await self.session.commit()
