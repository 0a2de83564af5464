"""Health: whether the database answers."""

from api.services.caller import Caller
from api.store import health as health_store
from api.store.unit_of_work import UnitOfWork


async def check(uow: UnitOfWork, caller: Caller | None) -> None:
    """Raise when the database does not answer."""
    await health_store.ping(uow.session)
