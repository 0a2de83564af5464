"""The event log: append-only in PostgreSQL, one linear chain per tenant, tamper-evident."""

import asyncio
import sys
import uuid
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from api.services import audit, inputs, plans
from api.services.caller import Caller
from api.services.tenants import create_tenant
from api.store.database import Database


async def _plan(database: Database, caller: Caller) -> uuid.UUID:
    async with database.unit_of_work() as uow:
        plan = await plans.create_plan(
            uow,
            caller,
            plans.CreatePlan(
                title="Plan", period_start=date(2022, 1, 1), period_end=date(2027, 1, 1)
            ),
        )
        await uow.commit()
    return plan.id


async def _add_input(database: Database, caller: Caller, plan_id: uuid.UUID, text_: str) -> None:
    async with database.unit_of_work() as uow:
        await inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=plan_id, text=text_, channel="survey", participant_type="citizen"
            ),
        )
        await uow.commit()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE event SET reason = 'rewritten'",
        "UPDATE event SET payload = '{}'::jsonb",
        "DELETE FROM event",
        "TRUNCATE event",
    ],
)
async def test_the_database_refuses_to_change_the_log(
    database: Database, caller: Caller, statement: str
) -> None:
    await _plan(database, caller)
    async with database.unit_of_work() as uow:
        with pytest.raises(DBAPIError, match="append-only"):
            await uow.session.execute(text(statement))


async def test_a_rolled_back_change_leaves_no_event(database: Database, caller: Caller) -> None:
    plan_id = await _plan(database, caller)
    async with database.unit_of_work() as uow:
        await inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=plan_id, text="Weg", channel="survey", participant_type="citizen"
            ),
        )
        # leaving without commit rolls back the input and its event alike
    async with database.unit_of_work() as uow:
        count = await uow.session.scalar(
            text("SELECT count(*) FROM event WHERE type = 'input.created'")
        )
    assert count == 0


@pytest.mark.committed  # writers on connections of their own
async def test_concurrent_writers_make_one_linear_chain(database: Database, caller: Caller) -> None:
    plan_id = await _plan(database, caller)
    writers, each = 6, 8

    async def write(number: int) -> None:
        for index in range(each):
            await _add_input(database, caller, plan_id, f"writer {number}, input {index}")

    await asyncio.gather(*(write(n) for n in range(writers)))
    async with database.unit_of_work() as uow:
        seqs = (
            await uow.session.scalars(
                text("SELECT seq FROM event WHERE tenant_id = :t ORDER BY seq").bindparams(
                    t=caller.tenant_id
                )
            )
        ).all()
        report = await audit.verify_log(uow, caller.tenant_id)
    assert list(seqs) == list(range(1, len(seqs) + 1))
    assert len(seqs) == 2 + writers * each  # tenant.created, plan.created, the inputs
    assert report.intact and report.checked == len(seqs)


async def test_tenants_have_chains_of_their_own(database: Database, caller: Caller) -> None:
    async with database.unit_of_work() as uow:
        other = await create_tenant(uow, name="Andere gemeente")
        await uow.commit()
    stranger = Caller(tenant_id=other.id, actor="someone")
    await _plan(database, caller)
    await _plan(database, stranger)
    async with database.unit_of_work() as uow:
        reports = await audit.verify_tenants(uow)
    assert {r.tenant_id for r in reports} == {caller.tenant_id, other.id}
    assert all(r.intact and r.checked == 2 for r in reports)


async def _tamper(database: Database, statement: str) -> None:
    async with database.unit_of_work() as uow:
        await uow.session.execute(text("ALTER TABLE event DISABLE TRIGGER event_append_only"))
        await uow.session.execute(text(statement))
        await uow.session.execute(text("ALTER TABLE event ENABLE TRIGGER event_append_only"))
        await uow.commit()


@pytest.mark.parametrize(
    ("tampering", "seq", "problem"),
    [
        ("UPDATE event SET reason = 'backdated' WHERE seq = 3", 3, "does not match its hash"),
        (
            "UPDATE event SET payload = jsonb_set(payload, '{after,text}', '\"iets anders\"')"
            " WHERE seq = 4",
            4,
            "payload does not match",
        ),
        ("DELETE FROM event WHERE seq = 3", 4, "expected sequence number 3"),
        ("DELETE FROM event WHERE seq = 5", 5, "missing"),
    ],
)
@pytest.mark.committed  # the `spoor` command reads on a connection of its own
async def test_verification_finds_a_tampered_row(
    database: Database,
    database_url: str,
    caller: Caller,
    tampering: str,
    seq: int,
    problem: str,
) -> None:
    plan_id = await _plan(database, caller)
    for number in range(3):
        await _add_input(database, caller, plan_id, f"input {number}")
    async with database.unit_of_work() as uow:
        assert (await audit.verify_log(uow, caller.tenant_id)).intact
    await _tamper(database, tampering)
    async with database.unit_of_work() as uow:
        report = await audit.verify_log(uow, caller.tenant_id)
    assert report.broken is not None
    assert report.broken.seq == seq and problem in report.broken.problem

    code, output = await _spoor(database_url, "audit", "verify", "--tenant", "Testgemeente")
    assert code == 1, output
    assert f"sequence number {seq}" in output


@pytest.mark.committed  # the `spoor` command reads on a connection of its own
async def test_audit_verify_passes_on_an_intact_log(
    database: Database, database_url: str, caller: Caller
) -> None:
    await _plan(database, caller)
    code, output = await _spoor(database_url, "audit", "verify")
    assert code == 0, output
    assert "intact, 2 events" in output


async def _spoor(database_url: str, *arguments: str) -> tuple[int, str]:
    """Run the `spoor` command as an operator would, against the test's database."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "api",
        *arguments,
        env={"SPOOR_DATABASE_URL": database_url, "PATH": ""},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await process.communicate()
    return process.returncode or 0, output.decode()
