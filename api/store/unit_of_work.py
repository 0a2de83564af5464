"""The unit of work: one transaction per use case, rolled back unless committed."""

import asyncio
from types import TracebackType
from typing import Self

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker


class UnitOfWork:
    """One session in one transaction; leaving without `commit()` rolls everything back."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions
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
        try:
            await self.session.rollback()
        finally:
            await self.session.close()

    async def commit(self) -> None:
        await self.session.commit()
