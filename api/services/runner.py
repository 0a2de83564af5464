"""Running a use case: one unit of work, the caller's tenant set, commit on success.

Every surface runs its use cases through these functions, so a write is committed (or rolled
back) the same way whether it came over GraphQL, REST or the command line, and a DomainError
leaves the use case unchanged for the surface to answer in its own format.
"""

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Protocol, TypeVar

from api.domain.errors import Forbidden
from api.services.caller import Caller
from api.store.unit_of_work import UnitOfWork

T = TypeVar("T")

__all__ = ["UnitOfWork", "UnitsOfWork", "reading", "run_read", "run_write"]

WriteUseCase = Callable[[UnitOfWork, Caller], Awaitable[T]]
ReadUseCase = Callable[[UnitOfWork, Caller | None], Awaitable[T]]


class UnitsOfWork(Protocol):
    """Where units of work come from: the database (api.store.database.Database)."""

    def unit_of_work(self, *, log_events: bool = True, as_app: bool = False) -> UnitOfWork: ...


async def run_write(units: UnitsOfWork, caller: Caller | None, use: WriteUseCase[T]) -> T:
    """Run a write for a caller in one transaction: committed whole, or not at all."""
    if caller is None:
        raise Forbidden("changing the trail needs an API key with the write scope")
    async with units.unit_of_work(as_app=True) as uow:
        await uow.act_for(caller.tenant_id)
        result = await use(uow, caller)
        await uow.commit()
    return result


async def run_read(units: UnitsOfWork, caller: Caller | None, use: ReadUseCase[T]) -> T:
    """Run a read for a caller (None: an anonymous reader) in one transaction of its own."""
    async with reading(units, caller) as uow:
        return await use(uow, caller)


@asynccontextmanager
async def reading(units: UnitsOfWork, caller: Caller | None) -> AsyncIterator[UnitOfWork]:
    """A unit of work that sees what the caller may see, for several reads; never committed."""
    async with units.unit_of_work(as_app=True) as uow:
        await uow.act_for(caller.tenant_id if caller else None)
        yield uow
