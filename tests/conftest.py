"""A real PostgreSQL for the tests, migrated by Alembic, and a fresh database for each test.

The server is the one named by SPOOR_TEST_DATABASE_URL, or else one embedded server for the
whole run. The migrations build a template database once; each test gets its own copy of it,
so tests can commit, run concurrent transactions, and never see each other's rows.
"""

import asyncio
import os
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from api.app import create_app
from api.services.caller import Caller
from api.services.tenants import create_tenant
from api.store.database import Database, drop_database, ensure_database, with_database
from api.store.migrations import upgrade
from tests.builders import SmallPlan, make_small_plan

TEMPLATE = "spoor_test_template"


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    """The URL of a PostgreSQL server's maintenance database."""
    configured = os.environ.get("SPOOR_TEST_DATABASE_URL")
    if configured:
        yield configured
        return
    from api.store.embedded import start_embedded

    # A short path: the server's unix socket lives in it, and socket paths are limited in length.
    with tempfile.TemporaryDirectory(prefix="spoor-") as data_dir:
        server = start_embedded(Path(data_dir))
        try:
            yield server.url
        finally:
            server.stop()


@pytest.fixture(scope="session")
def template_url(server_url: str) -> str:
    """A database migrated to head, which every test database is copied from."""
    url = with_database(server_url, TEMPLATE)
    asyncio.run(drop_database(url))
    asyncio.run(ensure_database(url))
    upgrade(url)
    return url


@pytest.fixture
async def database_url(server_url: str, template_url: str) -> AsyncIterator[str]:
    url = with_database(server_url, f"spoor_test_{uuid.uuid4().hex[:12]}")
    await ensure_database(url, template=TEMPLATE)
    yield url
    await drop_database(url)


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[Database]:
    db = Database.connect(database_url, pool_size=5)
    yield db
    await db.dispose()


@pytest.fixture
async def caller(database: Database) -> Caller:
    """A caller acting for a fresh tenant."""
    async with database.unit_of_work() as uow:
        tenant = await create_tenant(uow, name="Testgemeente")
        await uow.commit()
    return Caller(tenant_id=tenant.id, actor="test facilitator")


@pytest.fixture
async def client(database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client talking to the real application over ASGI."""
    app = create_app(database_url)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://spoor.test") as http:
        yield http
    await app.state.database.dispose()


@pytest.fixture
async def small_plan(database: Database, caller: Caller) -> SmallPlan:
    async with database.unit_of_work() as uow:
        made = await make_small_plan(uow, caller)
        await uow.commit()
    return made
