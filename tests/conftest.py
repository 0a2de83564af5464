"""A real PostgreSQL for the tests, migrated by Alembic once; each test rolled back, or given a
fresh database of its own when it must really commit.

The server is the one named by SPOOR_TEST_DATABASE_URL, or else one embedded server for the
whole run (for each worker, when `make test` runs the suite in parallel with pytest-xdist). The
migrations build a template database once, and tests use copies of it:

Rolled back, the default. A test runs in one transaction on one connection to a copy that the
whole run shares (the connection too, pooled: the run has one event loop), rolled back when the
test ends, so no test sees another's rows and the copy stays empty. `database` opens each unit
of work in a savepoint of that transaction (a commit releases it, a rollback returns to it), one
unit at a time; `client` serves the application over ASGI through the same `database`, so
concurrent requests in one test take turns. Units cannot nest: a unit opened while the same
task holds another fails at once.

Committed: a test marked `@pytest.mark.committed` (or a module with `pytestmark = ...`) gets a
fresh copy of the template, `database_url` (only such tests may ask for it), and a pooled
`database` whose units commit for real. Mark a test so only when one connection cannot do: it
races transactions on several connections (row locks, stale versions, concurrent appends),
holds a unit open while another runs, or lets another process or server read what it wrote
(`spoor serve`, uvicorn, the `spoor` command).

Whichever way, `clock` is where every unit of work reads the time: the system's, moved on by
`clock.advance(timedelta(...))` where a test would otherwise sleep.
"""

import asyncio
import os
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from api.app import create_app
from api.services.caller import Caller
from api.services.tenants import create_tenant
from api.store.database import (
    Database,
    drop_database,
    ensure_database,
    sqlalchemy_url,
    with_database,
)
from api.store.migrations import upgrade
from tests.builders import SmallPlan, make_small_plan
from tests.clock import MovableClock

# Parallel workers may share one server (SPOOR_TEST_DATABASE_URL): databases of their own.
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
TEMPLATE = f"spoor_test_template_{WORKER}"
SHARED = f"spoor_test_shared_{WORKER}"


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


@pytest.fixture(scope="session")
def shared_url(server_url: str, template_url: str) -> Iterator[str]:
    """One copy of the template for every rolled-back test; each leaves it as it found it."""
    url = with_database(server_url, SHARED)
    asyncio.run(drop_database(url))
    asyncio.run(ensure_database(url, template=TEMPLATE))
    yield url
    asyncio.run(drop_database(url))


def committed(request: pytest.FixtureRequest) -> bool:
    return request.node.get_closest_marker("committed") is not None


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
async def database_url(
    request: pytest.FixtureRequest, server_url: str, template_url: str
) -> AsyncIterator[str]:
    """A fresh copy of the template, for a test marked committed."""
    if not committed(request):
        pytest.fail("database_url is for tests marked @pytest.mark.committed (see conftest.py)")
    url = with_database(server_url, f"spoor_test_{uuid.uuid4().hex[:12]}")
    await ensure_database(url, template=TEMPLATE)
    yield url
    await drop_database(url)


@pytest.fixture
def database(request: pytest.FixtureRequest) -> Database:
    """The test's database: rolled back, or a fresh one for a committed test."""
    chosen = "committed_database" if committed(request) else "rolled_back_database"
    found: Database = request.getfixturevalue(chosen)
    return found


@pytest.fixture(scope="session")
async def shared_engine(shared_url: str) -> AsyncIterator[AsyncEngine]:
    """One pooled connection to the shared copy, and the statements it has prepared, for every
    rolled-back test: the run has one event loop (see pyproject.toml)."""
    engine = create_async_engine(sqlalchemy_url(shared_url), pool_size=1, pool_pre_ping=True)
    yield engine
    await engine.dispose()


@pytest.fixture
async def rolled_back_database(
    shared_engine: AsyncEngine, clock: MovableClock
) -> AsyncIterator[Database]:
    async with shared_engine.connect() as connection:
        await connection.begin()
        yield Database.over(connection, clock=clock)
        await connection.rollback()


@pytest.fixture
async def committed_database(database_url: str, clock: MovableClock) -> AsyncIterator[Database]:
    db = Database.connect(database_url, pool_size=5, clock=clock)
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
async def client(database: Database) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client talking to the real application over ASGI, through the test's database."""
    transport = httpx.ASGITransport(app=create_app(database))
    async with httpx.AsyncClient(transport=transport, base_url="http://spoor.test") as http:
        yield http


@pytest.fixture
async def small_plan(database: Database, caller: Caller) -> SmallPlan:
    async with database.unit_of_work() as uow:
        made = await make_small_plan(uow, caller)
        await uow.commit()
    return made
