"""Reading a tenant's event log: how far it goes, what a call appended, what replay got wrong."""

import uuid
from collections.abc import Awaitable, Callable
from typing import Any, NamedTuple, TypeVar

import pytest
from sqlalchemy import text

from api.domain.errors import DomainError
from api.store.database import Database
from api.store.unit_of_work import UnitOfWork
from tests.builders import attempt

T = TypeVar("T")


class LogMark(NamedTuple):
    """How many events a tenant's log holds and its last sequence number."""

    events: int
    last_seq: int | None


async def log_mark(database: Database, tenant_id: uuid.UUID) -> LogMark:
    async with database.unit_of_work() as uow:
        row = (
            await uow.session.execute(
                text("SELECT count(*), max(seq) FROM event WHERE tenant_id = :t"),
                {"t": tenant_id},
            )
        ).one()
    return LogMark(row[0], row[1])


async def new_events(
    database: Database, tenant_id: uuid.UUID, after: int | None
) -> list[tuple[str, uuid.UUID]]:
    """The type and subject of every event after a sequence number, in log order."""
    async with database.unit_of_work() as uow:
        rows = await uow.session.execute(
            text(
                "SELECT type, subject_id FROM event WHERE tenant_id = :t AND seq > :s ORDER BY seq"
            ),
            {"t": tenant_id, "s": after or 0},
        )
        return [(row[0], row[1]) for row in rows]


def differences(replayed: dict[Any, Any], current: dict[Any, Any]) -> list[str]:
    """What replay got wrong, field by field, so a failure says where to look."""
    found = []
    for key in sorted(set(replayed) | set(current)):
        was, now = replayed.get(key), current.get(key)
        if was == now:
            continue
        if was is None or now is None:
            found.append(f"{key}: replayed {was!r}, tables {now!r}")
            continue
        fields = sorted(name for name in set(was) | set(now) if was.get(name) != now.get(name))
        found += [
            f"{key}.{name}: replayed {was.get(name)!r}, tables {now.get(name)!r}" for name in fields
        ]
    return found


class Log:
    """Runs one committed call at a time and reads back the events it appended."""

    def __init__(self, database: Database, tenant_id: uuid.UUID) -> None:
        self.database = database
        self.tenant_id = tenant_id

    async def expect(
        self,
        types: list[str],
        use: Callable[[UnitOfWork], Awaitable[T]],
        subjects: list[uuid.UUID] | None = None,
    ) -> T:
        before = await log_mark(self.database, self.tenant_id)
        async with self.database.unit_of_work() as uow:
            result = await use(uow)
            await uow.commit()
        after = await log_mark(self.database, self.tenant_id)
        appended = await new_events(self.database, self.tenant_id, before.last_seq)
        assert [event_type for event_type, _ in appended] == types
        assert after.events == before.events + len(types)
        assert after.last_seq == (before.last_seq or 0) + len(types)
        if subjects is not None:
            assert [subject for _, subject in appended] == subjects
        return result

    async def refused(
        self, refusal: type[DomainError], use: Callable[[UnitOfWork], Awaitable[object]]
    ) -> None:
        before = await log_mark(self.database, self.tenant_id)
        with pytest.raises(refusal):
            await attempt(self.database, use)
        assert await log_mark(self.database, self.tenant_id) == before
