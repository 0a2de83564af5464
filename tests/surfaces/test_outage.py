"""While PostgreSQL is down every surface answers 503 problem+json with Retry-After, anonymous or
keyed; when it is back, the next requests succeed without restarting Spoor."""

import asyncio
import logging
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pgserver._commands import pg_ctl  # type: ignore[attr-defined]
from pgserver.postgres_server import PostgresServer
from sqlalchemy.exc import DBAPIError

from api.app import create_app
from api.services import plans
from api.services.keys import create_tenant_with_admin_key
from api.store.database import Database
from api.store.embedded import EmbeddedServer, start_embedded
from api.store.migrations import upgrade
from tests.surfaces.graphql_calls import bearer

QUERY = "{ plans { totalCount } }"


@pytest.fixture
def own_server() -> Iterator[EmbeddedServer]:
    """A migrated embedded server of this test's own, to stop and start again."""
    with tempfile.TemporaryDirectory(prefix="spoor-") as data_dir:
        server = start_embedded(Path(data_dir))
        try:
            upgrade(server.url)
            yield server
        finally:
            _start(server)  # stopped cleanly, whatever the test left
            server.stop()


def _stop(server: EmbeddedServer) -> None:
    handle = server.handle
    pg_ctl(["-w", "-m", "fast", "stop"], pgdata=handle.pgdata, user=handle.system_user)


def _start(server: EmbeddedServer) -> None:
    with PostgresServer._lock:
        server.handle.ensure_postgres_running()


@pytest.fixture
async def spoor(own_server: EmbeddedServer) -> AsyncIterator[tuple[httpx.AsyncClient, str]]:
    """Spoor over its own pool on that server, and an admin key of a tenant there."""
    database = Database.connect(own_server.url, pool_size=2)
    async with database.unit_of_work() as uow:
        issued = await create_tenant_with_admin_key(uow, name="Gemeente Storing")
        await uow.commit()
    await database.dispose()
    app = create_app(own_server.url, pool_size=2)
    # As a client would see it: an exception escaping the app is a 500, not a test error.
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://spoor.test") as http:
        yield http, issued.key
    await app.state.database.dispose()


async def _every_surface(http: httpx.AsyncClient, key: str) -> list[httpx.Response]:
    answers = []
    for who in (None, key):
        answers += [
            await http.post("/graphql", json={"query": QUERY}, headers=bearer(who)),
            await http.get(
                "/graphql", params={"query": QUERY}, headers={"accept": "application/json"}
            ),
            await http.get("/healthz", headers=bearer(who)),
        ]
    return answers


async def test_an_outage_is_a_503_and_spoor_recovers_by_itself(
    own_server: EmbeddedServer,
    spoor: tuple[httpx.AsyncClient, str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    http, key = spoor
    assert all(answer.status_code == 200 for answer in await _every_surface(http, key))

    await asyncio.to_thread(_stop, own_server)
    with caplog.at_level(logging.INFO):
        down = await _every_surface(http, key)
    for answer in down:
        assert answer.status_code == 503, answer.text
        assert answer.headers["content-type"] == "application/problem+json"
        assert int(answer.headers["Retry-After"]) > 0
        assert answer.json()["status"] == 503
    # An outage is no bug: a warning, no traceback.
    assert [record for record in caplog.records if record.levelno >= logging.ERROR] == []
    assert all(record.exc_info is None for record in caplog.records)

    await asyncio.to_thread(_start, own_server)
    up = await _every_surface(http, key)
    assert [answer.status_code for answer in up] == [200] * 6
    assert up[3].json() == {"data": {"plans": {"totalCount": 0}}}


# When the database goes away between admission and a resolver, the answer is a 503 too.


async def test_an_outage_met_by_a_resolver_is_a_503(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def gone(*_: Any, **__: Any) -> None:
        raise DBAPIError("SELECT", {}, ConnectionResetError(), connection_invalidated=True)

    monkeypatch.setattr(plans, "list_plans", gone)
    response = await client.post("/graphql", json={"query": QUERY})
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert "Retry-After" in response.headers


async def test_another_database_error_is_no_outage(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*_: Any, **__: Any) -> None:
        raise DBAPIError("SELECT", {}, ValueError("a bug"), connection_invalidated=False)

    monkeypatch.setattr(plans, "list_plans", broken)
    response = await client.post("/graphql", json={"query": QUERY})
    assert response.status_code == 200
    assert response.json()["errors"][0]["extensions"]["code"] == "internal_error"
