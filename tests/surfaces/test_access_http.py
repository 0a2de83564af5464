"""Keys over HTTP: anonymous readers see published plans only; bad keys get 401."""

from datetime import timedelta

import httpx

from api.services import keys, plans
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import make_small_plan
from tests.clock import MovableClock

TITLES = "{ plans { totalCount edges { node { title status } } } }"


async def _titles(client: httpx.AsyncClient, key: str | None = None) -> list[str]:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    response = await client.post("/graphql", json={"query": TITLES}, headers=headers)
    assert response.status_code == 200, response.text
    return sorted(edge["node"]["title"] for edge in response.json()["data"]["plans"]["edges"])


async def _two_tenants(database: Database, caller: Caller) -> tuple[str, str, str]:
    async with database.unit_of_work() as uow:
        published = await make_small_plan(uow, caller, title="Gepubliceerd")
        await plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=published.plan_id, status="published")
        )
        draft = await make_small_plan(uow, caller, title="Klad")
        admin = await keys.create_key(uow, caller, keys.CreateKey(name="admin", scopes=["admin"]))
        bound = await keys.create_key(
            uow, caller, keys.CreateKey(name="site", scopes=["read"], plan_id=draft.plan_id)
        )
        other = await keys.create_tenant_with_admin_key(uow, name="Andere gemeente")
        stranger = Caller(tenant_id=other.record.tenant_id, actor="x")
        await make_small_plan(uow, stranger, title="Klad van een ander")
        await uow.commit()
    return admin.key, bound.key, other.key


async def test_who_sees_which_plans(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    admin, bound, other = await _two_tenants(database, caller)
    assert await _titles(client) == ["Gepubliceerd"]
    assert await _titles(client, admin) == ["Gepubliceerd", "Klad"]
    assert await _titles(client, bound) == ["Klad"]
    assert await _titles(client, other) == ["Klad van een ander"]


async def test_bad_keys_get_401(
    client: httpx.AsyncClient, database: Database, caller: Caller, clock: MovableClock
) -> None:
    async with database.unit_of_work() as uow:
        revoked = await keys.create_key(uow, caller, keys.CreateKey(name="old", scopes=["read"]))
        await keys.revoke_key(uow, caller, keys.RevokeKey(key_id=revoked.record.id))
        expired = await keys.create_key(
            uow,
            caller,
            keys.CreateKey(
                name="short", scopes=["read"], expires_at=clock() + timedelta(milliseconds=200)
            ),
        )
        await uow.commit()
    clock.advance(timedelta(milliseconds=300))  # past the short key's expiry
    for header in (
        f"Bearer {revoked.key}",
        f"Bearer {expired.key}",
        "Bearer spk_unknown",
        "Basic dXNlcjpwdw==",
        "Bearer ",
    ):
        response = await client.post(
            "/graphql", json={"query": TITLES}, headers={"Authorization": header}
        )
        assert response.status_code == 401, (header, response.text)
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["status"] == 401
