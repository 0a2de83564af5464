"""What the tests of moments, actors, tags and versions share: a change made and committed, a
change refused that leaves every row as it was, the events of one item, and a workshop moment
to act on."""

import uuid
from collections.abc import Awaitable, Callable
from datetime import date
from typing import TypeVar

import pytest
from sqlalchemy import text

from api.domain.errors import DomainError
from api.services import participation
from api.services.caller import Caller
from api.store.database import Database
from api.store.models import ParticipationMoment
from api.store.unit_of_work import UnitOfWork
from tests.builders import SmallPlan, attempt, snapshot

T = TypeVar("T")
Use = Callable[[UnitOfWork], Awaitable[object]]


async def refused(database: Database, error: type[DomainError], use: Use) -> DomainError:
    before = await snapshot(database)
    with pytest.raises(error) as raised:
        await attempt(database, use)
    assert await snapshot(database) == before
    return raised.value


async def committed_use(database: Database, use: Callable[[UnitOfWork], Awaitable[T]]) -> T:
    async with database.unit_of_work() as uow:
        found = await use(uow)
        await uow.commit()
    return found


async def events_of(database: Database, subject: uuid.UUID) -> list[tuple[str, str | None]]:
    async with database.unit_of_work() as uow:
        rows = await uow.session.execute(
            text("SELECT type, reason FROM event WHERE subject_id = :id ORDER BY seq"),
            {"id": subject},
        )
        return [(row.type, row.reason) for row in rows]


async def workshop(database: Database, caller: Caller, plan: SmallPlan) -> ParticipationMoment:
    return await committed_use(
        database,
        lambda uow: participation.create_moment(
            uow,
            caller,
            participation.CreateMoment(
                plan_id=plan.plan_id, title="Workshop", held_on=date(2023, 3, 1), method="workshop"
            ),
        ),
    )
