"""Running a use case: one unit of work, the caller's tenant set, commit on success.

Every surface runs its use cases through these functions, so a write is committed (or rolled
back) the same way whether it came over GraphQL, REST or the command line, and a DomainError
leaves the use case unchanged for the surface to answer in its own format. A write's command is
checked against the domain's value limits (api/domain/measures.py) here, once for every surface,
before the use case runs: no text, number or date out of measure reaches a use case or the
database.
"""

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Protocol, TypeVar

from api.domain.errors import Forbidden
from api.domain.measures import check_command
from api.services.caller import Caller
from api.store.unit_of_work import UnitOfWork

T = TypeVar("T")
C = TypeVar("C")

__all__ = ["UnitOfWork", "UnitsOfWork", "reading", "run_read", "run_write"]

# A write use case takes its typed command (a frozen dataclass) after the unit and the caller.
WriteUseCase = Callable[[UnitOfWork, Caller, C], Awaitable[T]]
ReadUseCase = Callable[[UnitOfWork, Caller | None], Awaitable[T]]


class UnitsOfWork(Protocol):
    """Where units of work come from: the database (api.store.database.Database)."""

    def unit_of_work(self, *, log_events: bool = True, as_app: bool = False) -> UnitOfWork: ...


async def run_write(
    units: UnitsOfWork, caller: Caller | None, use_case: WriteUseCase[C, T], command: C
) -> T:
    """Run a write for a caller in one transaction: committed whole, or not at all; a command
    with a value out of measure is refused (ValidationFailed) before anything is opened."""
    if caller is None:
        raise Forbidden("changing the trail needs an API key with the write scope")
    check_command(command)
    async with units.unit_of_work(as_app=True) as uow:
        await uow.act_for(caller.tenant_id)
        result = await use_case(uow, caller, command)
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
