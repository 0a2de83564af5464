"""The second wall: PostgreSQL itself keeps tenants apart, even for a query that forgot to."""

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from api.services import inputs, plans
from api.services.caller import Caller
from api.services.privacy import ContactDetails
from api.services.tenants import create_tenant
from api.store.database import Database
from tests.builders import SmallPlan, make_small_plan


async def _second_tenant(database: Database) -> tuple[Caller, SmallPlan]:
    async with database.unit_of_work() as uow:
        tenant = await create_tenant(uow, name="Andere gemeente")
        other = Caller(tenant_id=tenant.id, actor="someone")
        made = await make_small_plan(uow, other, title="Plan van een ander")
        await uow.commit()
    return other, made


async def _count(database: Database, tenant_id: uuid.UUID | None, table: str) -> int:
    async with database.unit_of_work(as_app=True) as uow:
        await uow.act_for(tenant_id)
        # Deliberately unscoped: no tenant in the query at all.
        return (await uow.session.scalar(text(f"SELECT count(*) FROM {table}"))) or 0


@pytest.mark.parametrize("table", ["node", "link", "input", "plan", "event", "tenant"])
async def test_an_unscoped_query_sees_one_tenant_only(
    database: Database, caller: Caller, small_plan: SmallPlan, table: str
) -> None:
    other, _ = await _second_tenant(database)
    async with database.unit_of_work() as uow:  # the owner sees everything
        total = await uow.session.scalar(text(f"SELECT count(*) FROM {table}"))
    mine = await _count(database, caller.tenant_id, table)
    theirs = await _count(database, other.tenant_id, table)
    assert 0 < mine < total and 0 < theirs < total
    assert mine + theirs == total


async def test_another_tenants_rows_cannot_be_changed_or_added(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    other, theirs = await _second_tenant(database)
    async with database.unit_of_work(as_app=True) as uow:
        await uow.act_for(caller.tenant_id)
        changed = await uow.session.execute(
            text("UPDATE node SET code = 'GEKAAPT' WHERE id = :id"), {"id": theirs.goal_id}
        )
        assert changed.rowcount == 0  # type: ignore[attr-defined]
        deleted = await uow.session.execute(
            text("DELETE FROM link WHERE plan_id = :plan"), {"plan": theirs.plan_id}
        )
        assert deleted.rowcount == 0  # type: ignore[attr-defined]
        with pytest.raises(DBAPIError, match="row-level security"):
            await uow.session.execute(
                text(
                    "INSERT INTO actor (tenant_id, id, name, kind, version)"
                    " VALUES (:tenant, :id, 'Indringer', 'partner', 1)"
                ),
                {"tenant": other.tenant_id, "id": uuid.uuid4()},
            )


async def test_without_a_tenant_only_published_plans_show(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        published = await make_small_plan(uow, caller, title="Gepubliceerd")
        await plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=published.plan_id, status="published")
        )
        await inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=published.plan_id,
                text="Graag meer groen",
                channel="email",
                participant_type="citizen",
                contact=ContactDetails(name="Jan Peeters", email="jan@example.org"),
            ),
        )
        await uow.commit()
    assert await _count(database, None, "plan") == 1
    assert await _count(database, None, "node") == 7  # the published small plan's six, and one
    for private in ("contact", "event", "api_key", "actor", "event_head"):
        assert await _count(database, None, private) == 0, private


async def test_every_tenant_policy_reads_the_tenant_once_per_statement(database: Database) -> None:
    """`(SELECT spoor_tenant())` is evaluated once for a statement; a bare `spoor_tenant()` once
    for every row it looks at (migration 0016)."""
    async with database.unit_of_work() as uow:
        rows = await uow.session.execute(
            text(
                "SELECT tablename, qual, with_check FROM pg_policies"
                " WHERE schemaname = 'public' AND policyname = 'tenant_isolation'"
            )
        )
        policies = rows.all()
    assert len(policies) > 15
    for table, using, check in policies:
        for condition in (using, check):
            assert "SELECT spoor_tenant()" in condition, (table, condition)
