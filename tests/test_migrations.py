"""The schema comes from the Alembic migrations, which go down and up again cleanly."""

import asyncio

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from api.store.database import ensure_database, with_database
from api.store.migrations import downgrade, upgrade
from api.store.models import Base


def test_upgrade_downgrade_upgrade(server_url: str) -> None:
    url = with_database(server_url, "spoor_test_roundtrip")
    asyncio.run(ensure_database(url))
    upgrade(url)
    downgrade(url, "base")
    upgrade(url)
    assert not _drift(url)


def test_migrations_match_the_models(template_url: str) -> None:
    assert not _drift(template_url)


def _drift(url: str) -> list[object]:
    """What autogenerate would still change: the migrated schema and the models must agree."""
    from sqlalchemy.ext.asyncio import create_async_engine

    from api.store.database import sqlalchemy_url

    async def compare() -> list[object]:
        engine = create_async_engine(sqlalchemy_url(url))
        async with engine.connect() as connection:
            diff = await connection.run_sync(
                lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata)
            )
        await engine.dispose()
        return list(diff)

    return asyncio.run(compare())
