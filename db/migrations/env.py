"""Alembic environment: runs migrations over asyncpg against the URL Spoor was given."""

import asyncio

from alembic import context
from sqlalchemy import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from api.settings import Settings
from api.store.database import sqlalchemy_url
from api.store.models import Base

target_metadata = Base.metadata


def _url() -> str:
    url = context.config.attributes.get("url") or Settings().database_url
    if not url:
        raise RuntimeError("no database URL: set SPOOR_DATABASE_URL or run `spoor migrate`")
    return sqlalchemy_url(url)


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()


async def _run_async() -> None:
    engine = create_async_engine(_url())
    async with engine.connect() as connection:
        await connection.run_sync(_run)
    await engine.dispose()


if context.is_offline_mode():
    raise RuntimeError("Spoor migrates online only")
asyncio.run(_run_async())
