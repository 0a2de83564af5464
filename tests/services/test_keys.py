"""API keys: issued once in plain text, stored as a digest, scoped, revocable, expiring."""

import asyncio
import sys
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from api.domain.errors import Forbidden, NotFound, Unauthenticated, ValidationFailed
from api.services import audit, keys
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import SmallPlan
from tests.clock import MovableClock


async def test_a_tenant_starts_with_one_admin_key(database: Database) -> None:
    async with database.unit_of_work() as uow:
        issued = await keys.create_tenant_with_admin_key(uow, name="Gemeente Kortenberg")
        await uow.commit()
    assert issued.key.startswith("spk_") and len(issued.key) > 40
    async with database.unit_of_work() as uow:
        admin = await keys.authenticate(uow, issued.key, display_name="Els (ICT)")
        stored = await uow.session.scalar(
            text("SELECT count(*) FROM api_key k, event e WHERE k::text || e::text LIKE :key"),
            {"key": f"%{issued.key[4:]}%"},
        )
        report = await audit.verify_log(uow, admin.tenant_id)
    assert admin.tenant_id == issued.record.tenant_id
    assert admin.scopes == {"admin"} and admin.actor == "Els (ICT) (key admin)"
    assert stored == 0  # the key itself is nowhere, only its digest
    assert report.intact and report.checked == 2  # tenant.created, api_key.created


async def test_scopes_plan_restriction_and_listing(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        reader = await keys.create_key(
            uow, caller, keys.CreateKey(name="website", scopes=["read"], plan_id=small_plan.plan_id)
        )
        await uow.commit()
    async with database.unit_of_work() as uow:
        website = await keys.authenticate(uow, reader.key)
        listed = await keys.list_keys(uow, caller)
        with pytest.raises(Forbidden):
            await keys.create_key(uow, website, keys.CreateKey(name="sneaky", scopes=["admin"]))
        with pytest.raises(Forbidden):
            await keys.list_keys(uow, website)
    assert website.scopes == {"read"} and website.plan_id == small_plan.plan_id
    assert [key.name for key in listed] == ["website"]


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"scopes": []}, "scopes"),
        ({"scopes": ["root"]}, "scopes"),
        ({"scopes": ["read"], "expires_at": datetime(2020, 1, 1, tzinfo=UTC)}, "expiresAt"),
        ({"scopes": ["read"], "name": "  "}, "name"),
    ],
)
async def test_bad_key_requests_are_refused(
    database: Database, caller: Caller, arguments: dict[str, object], field: str
) -> None:
    async with database.unit_of_work() as uow:
        with pytest.raises(ValidationFailed) as error:
            await keys.create_key(uow, caller, keys.CreateKey(**{"name": "k", **arguments}))  # type: ignore[arg-type]
    assert error.value.field == field


async def test_revoked_and_expired_keys_are_refused(
    database: Database, caller: Caller, clock: MovableClock
) -> None:
    async with database.unit_of_work() as uow:
        revoked = await keys.create_key(uow, caller, keys.CreateKey(name="old", scopes=["write"]))
        expiring = await keys.create_key(
            uow,
            caller,
            keys.CreateKey(
                name="short", scopes=["read"], expires_at=clock() + timedelta(milliseconds=300)
            ),
        )
        await keys.revoke_key(
            uow, caller, keys.RevokeKey(key_id=revoked.record.id, reason="laptop lost")
        )
        await uow.commit()
    clock.advance(timedelta(milliseconds=400))
    async with database.unit_of_work() as uow:
        for key in (revoked.key, expiring.key, "spk_made_up", ""):
            with pytest.raises(Unauthenticated):
                await keys.authenticate(uow, key)
        with pytest.raises(NotFound):
            await keys.revoke_key(uow, caller, keys.RevokeKey(key_id=caller.tenant_id))


@pytest.mark.committed  # the `spoor` command writes on a connection of its own
async def test_spoor_tenant_create_prints_the_key_once(
    database: Database, database_url: str
) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "api", "tenant", "create", "Gemeente Bertem",
        env={"SPOOR_DATABASE_URL": database_url, "PATH": ""},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    output = (await process.communicate())[0].decode()
    assert process.returncode == 0, output
    key = output.split("store it safely): ")[1].strip()
    async with database.unit_of_work() as uow:
        caller = await keys.authenticate(uow, key)
        assert [k.name for k in await keys.list_keys(uow, caller)] == ["admin"]
