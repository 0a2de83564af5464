"""The unit of work: one transaction per use case, rolled back unless committed."""

import asyncio
import uuid
from types import TracebackType
from typing import Self

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from api.domain.errors import StaleVersion
from api.store.events import EventDraft, append_events


class UnitOfWork:
    """One session in one transaction; leaving without `commit()` rolls everything back.

    Use cases record an event for every change they make; `commit()` appends them to the event
    log in the same transaction as the changes, so no committed change can miss its event and
    a rolled-back change leaves none.
    """

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        log_events: bool = True,
        as_app: bool = False,
    ) -> None:
        self._sessions = sessions
        # API requests run as the role row-level security binds; maintenance runs as the owner.
        self._as_app = as_app
        # Only the write benchmark turns this off, to measure what the log costs.
        self._log_events = log_events
        self.pending: list[EventDraft] = []
        # An AsyncSession is not safe for concurrent use; GraphQL resolvers run concurrently,
        # so whoever shares a unit of work across tasks takes this lock around each use.
        self.lock = asyncio.Lock()

    async def __aenter__(self) -> Self:
        self.session = self._sessions()
        await self.session.begin()
        if self._as_app:
            await self.session.execute(text("SET LOCAL ROLE spoor_app"))
        return self

    async def act_for(self, tenant_id: uuid.UUID | None) -> None:
        """Let PostgreSQL show this transaction one tenant's rows (None: public rows only)."""
        await self.session.execute(
            text("SELECT set_config('spoor.tenant_id', :tenant, true)"),
            {"tenant": str(tenant_id) if tenant_id else ""},
        )

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
        if isinstance(exc, StaleDataError):
            # Two writers read the same version and both changed it: the later one loses.
            raise StaleVersion("the item changed while this change was made; retry") from exc

    def record(self, draft: EventDraft) -> None:
        """Queue an event; it is written at commit, or dropped with a rollback."""
        self.pending.append(draft)

    async def commit(self) -> None:
        if self.pending and self._log_events:
            await append_events(self.session, self.pending)
        self.pending = []
        await self.session.commit()
