"""What rolled-back tests rest on: units of work that take turns on one connection, each in a
savepoint of the test's transaction, as walled in and as logged as units that really commit."""

import asyncio
import uuid

import httpx
import pytest
from sqlalchemy import text

from api.services import audit
from api.services.tenants import create_tenant
from api.store.database import Database
from api.store.events import append_events


async def _events_seen(database: Database, *, as_app: bool, tenant: uuid.UUID | None = None) -> int:
    async with database.unit_of_work(as_app=as_app) as uow:
        if tenant is not None:
            await uow.act_for(tenant)
        return (await uow.session.scalar(text("SELECT count(*) FROM event"))) or 0


async def test_each_unit_sets_its_own_role_and_tenant(database: Database) -> None:
    async with database.unit_of_work() as uow:
        first = await create_tenant(uow, name="Gemeente Boortmeerbeek")
        await create_tenant(uow, name="Gemeente Haacht")
        await uow.commit()
    everything = await _events_seen(database, as_app=False)
    # A committed unit acting as the app for one tenant: in one transaction, its role and
    # tenant outlive its savepoint unless the next unit sets its own.
    async with database.unit_of_work(as_app=True) as uow:
        await uow.act_for(first.id)
        await uow.commit()
    assert await _events_seen(database, as_app=False) == everything >= 2
    assert await _events_seen(database, as_app=True) == 0  # no tenant: no events
    assert await _events_seen(database, as_app=True, tenant=first.id) == 1


async def test_an_append_rolled_back_with_its_unit_leaves_no_trace_in_the_chain(
    database: Database,
) -> None:
    async with database.unit_of_work() as uow:
        await create_tenant(uow, name="Gemeente Kampenhout")
        await append_events(uow.session, uow.pending, clock=uow.clock)
        # Left without commit: the events, and the chain's head, go with the savepoint.
    async with database.unit_of_work() as uow:
        tenant = await create_tenant(uow, name="Gemeente Kampenhout")
        await uow.commit()
    async with database.unit_of_work() as uow:
        seqs = await uow.session.scalars(
            text("SELECT seq FROM event WHERE tenant_id = :t"), {"t": tenant.id}
        )
        assert list(seqs) == [1]
        report = await audit.verify_log(uow, tenant.id)
    assert report.intact and report.checked == 1


async def test_a_unit_inside_another_fails_at_once(database: Database) -> None:
    async with database.unit_of_work():
        with pytest.raises(RuntimeError, match="cannot nest"):
            async with database.unit_of_work():
                pass
    async with database.unit_of_work() as uow:  # and the connection serves on
        assert (await uow.session.scalar(text("SELECT 1"))) == 1


async def test_concurrent_requests_take_turns_on_the_connection(client: httpx.AsyncClient) -> None:
    query = {"query": "{ plans { totalCount } }"}
    answers = await asyncio.gather(*(client.post("/graphql", json=query) for _ in range(8)))
    assert [answer.status_code for answer in answers] == [200] * 8
    assert all(answer.json()["data"]["plans"]["totalCount"] == 0 for answer in answers)
