"""A read costs its data reads and little else: a keyed read adds three exchanges with
PostgreSQL (BEGIN, the one statement that identifies its caller and acts for the key's tenant,
ROLLBACK), an anonymous read only the BEGIN and ROLLBACK around its reads; neither pings the
pool nor writes a rate-limit count. Connections begin as the API's role, so nothing is sent to
take it, and a connection the server closed is replaced without a ping.

Committed: only the pooled connections `spoor serve` uses start as the API's role.
"""

import asyncio
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass

import asyncpg
import httpx
import pytest
from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import create_async_engine

from api.app import create_app
from api.domain.vocabulary import PlanStatus
from api.services import plans
from api.services.caller import Caller
from api.store import database as database_module
from api.store.database import Database, plain_url, sqlalchemy_url
from tests.builders import make_small_plan
from tests.statements import counted_exchanges, counted_statements
from tests.surfaces.graphql_calls import bearer, gid, issue_key

pytestmark = pytest.mark.committed

GOAL_PAGE = """
query Goal($id: ID!) { node(id: $id) { ... on Goal { code title
  actionPlans { edges { node { code title
    actions { edges { node { code title status progress } } } } } } } } }
"""
# What a request sends besides its data reads: the transaction, identification, rate limits,
# role and tenant, pool pings.
_OVERHEAD = ("set_config", "spoor_api_key", "rate_window", "SAVEPOINT")
_FRAMING = ("BEGIN", "COMMIT", "ROLLBACK", "PING")


@dataclass(frozen=True)
class Published:
    """A published plan, its goal, and a read key of its tenant."""

    plan: uuid.UUID
    goal: uuid.UUID
    key: str


@pytest.fixture
async def published(database: Database, caller: Caller) -> Published:
    async with database.unit_of_work() as uow:
        made = await make_small_plan(uow, caller)
        await plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=made.plan_id, status=PlanStatus.PUBLISHED)
        )
        await uow.commit()
    issued = await issue_key(database, caller, ["read"])
    return Published(made.plan_id, made.goal_id, issued.key)


@pytest.fixture
async def http(database: Database) -> AsyncIterator[httpx.AsyncClient]:
    """Spoor over the test's pool, as `spoor serve` runs it (without the sharing of rate-limit
    counts its lifespan runs beside the requests)."""
    transport = httpx.ASGITransport(app=create_app(database))
    async with httpx.AsyncClient(transport=transport, base_url="http://spoor.test") as client:
        yield client


def _overhead(exchanges: list[str]) -> list[str]:
    return [
        exchange
        for exchange in exchanges
        if exchange in _FRAMING or any(mark in exchange for mark in _OVERHEAD)
    ]


async def _read(http: httpx.AsyncClient, how: str, item: Published, key: str | None) -> None:
    headers = bearer(key)
    if how == "graphql":
        variables = {"id": gid("Goal", item.goal)}
        response = await http.post(
            "/graphql", json={"query": GOAL_PAGE, "variables": variables}, headers=headers
        )
        assert response.status_code == 200 and "errors" not in response.json(), response.text
        assert response.json()["data"]["node"]["code"], response.text
    else:
        response = await http.get(f"/api/v1/plans/{item.plan}/goals/{item.goal}", headers=headers)
        assert response.status_code == 200, response.text


@pytest.mark.parametrize("how", ["graphql", "rest"])
async def test_a_keyed_read_adds_three_exchanges_and_one_statement(
    http: httpx.AsyncClient, database: Database, published: Published, how: str
) -> None:
    await _read(http, how, published, published.key)  # the pool has its connection
    with counted_exchanges(database.engine) as exchanges:
        await _read(http, how, published, published.key)
    overhead = _overhead(exchanges)
    assert len(overhead) == 3, overhead
    assert overhead[0] == "BEGIN" and overhead[2] == "ROLLBACK", overhead
    # One statement finds the key and acts for its tenant.
    assert "spoor_api_key" in overhead[1] and "set_config('spoor.tenant_id'" in overhead[1]
    assert len(exchanges) > len(overhead)  # the data reads
    with counted_statements(database.engine) as statements:
        await _read(http, how, published, published.key)
    assert len(statements) == len(exchanges) - 2  # BEGIN and ROLLBACK are no statements


@pytest.mark.parametrize("how", ["graphql", "rest"])
async def test_an_anonymous_read_adds_no_statement(
    http: httpx.AsyncClient, database: Database, published: Published, how: str
) -> None:
    await _read(http, how, published, None)
    with counted_exchanges(database.engine) as exchanges:
        await _read(http, how, published, None)
    assert _overhead(exchanges) == ["BEGIN", "ROLLBACK"], exchanges
    assert len(exchanges) > 2


async def test_a_keyed_read_leaves_nothing_behind_on_its_connection(
    http: httpx.AsyncClient, database: Database, caller: Caller, published: Published
) -> None:
    async with database.unit_of_work() as uow:  # a draft plan, which only the tenant sees
        await make_small_plan(uow, caller, title="Ontwerp")
        await uow.commit()
    query = {"query": "{ plans { totalCount } }"}
    for _ in range(2):
        keyed = await http.post("/graphql", json=query, headers=bearer(published.key))
        anonymous = await http.post("/graphql", json=query)
        assert keyed.json()["data"]["plans"]["totalCount"] == 2
        assert anonymous.json()["data"]["plans"]["totalCount"] == 1


async def test_each_unit_begins_as_its_role_on_the_same_connection(database_url: str) -> None:
    database = Database.connect(database_url, pool_size=1)
    ask = text("SELECT current_user, session_user, current_setting('spoor.tenant_id', true)")
    seen = []
    try:
        for as_app in (True, False, True, True):
            async with database.unit_of_work(as_app=as_app) as uow:
                role, owner, tenant = (await uow.session.execute(ask)).one()
                seen.append(("app" if role == "spoor_app" else role == owner, tenant or None))
                await uow.act_for(uuid.uuid4())
    finally:
        await database.dispose()
    # The owner's role and each unit's tenant end with its transaction.
    assert seen == [("app", None), (True, None), ("app", None), ("app", None)]


async def test_a_connection_the_server_closed_is_replaced_without_a_ping(
    database_url: str, published: Published
) -> None:
    app = create_app(database_url, pool_size=1)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://spoor.test") as http:
        await _read(http, "graphql", published, published.key)
        admin = await asyncpg.connect(plain_url(database_url))
        try:
            ended = await admin.fetchval(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        finally:
            await admin.close()
        assert ended >= 1
        await asyncio.sleep(0.2)  # the closing reaches the driver
        with counted_exchanges(app.state.database.engine) as exchanges:
            await _read(http, "graphql", published, published.key)
            await _read(http, "rest", published, None)
        assert "PING" not in exchanges
    await app.state.database.dispose()


async def test_a_connection_that_did_not_begin_as_the_api_role_is_never_used(
    database_url: str,
) -> None:
    # As through a pooler that drops the startup packet's role: the owner's connection.
    engine = create_async_engine(sqlalchemy_url(database_url))
    event.listen(engine.sync_engine.pool, "connect", database_module._refuse_other_roles)
    try:
        with pytest.raises(RuntimeError, match="not spoor_app"):
            async with engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
    finally:
        await engine.dispose()
