"""Connecting: URLs, the async engine, and creating databases."""

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
from sqlalchemy import event
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.util import greenlet_spawn

from api.store.clock import Clock, system_clock
from api.store.unit_of_work import APP_ROLE, Turns, UnitOfWork


def sqlalchemy_url(url: str) -> str:
    """The URL with the asyncpg driver named, whatever form the operator wrote."""
    scheme, rest = url.split("://", 1)
    if scheme in {"postgres", "postgresql", "postgresql+asyncpg"}:
        return f"postgresql+asyncpg://{rest}"
    raise ValueError(f"Spoor needs a PostgreSQL URL, not {scheme}://")


def plain_url(url: str) -> str:
    """The URL as asyncpg itself expects it (no driver in the scheme)."""
    return "postgresql://" + url.split("://", 1)[1]


def with_database(url: str, name: str) -> str:
    """The same server, another database."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def database_name(url: str) -> str:
    return urlsplit(url).path.lstrip("/") or "postgres"


async def ensure_database(url: str, *, template: str | None = None) -> bool:
    """Create the database the URL names if it does not exist; True when it was created."""
    name = database_name(url)
    admin = await asyncpg.connect(plain_url(with_database(url, "postgres")))
    try:
        exists = await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name)
        if exists:
            return False
        clause = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        await admin.execute(f'CREATE DATABASE "{name}"{clause}')
        return True
    finally:
        await admin.close()


async def drop_database(url: str) -> None:
    """Drop the database the URL names, closing its other connections."""
    admin = await asyncpg.connect(plain_url(with_database(url, "postgres")))
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{database_name(url)}" WITH (FORCE)')
    finally:
        await admin.close()


class Database:
    """The engine of one database and the units of work opened on it.

    Each unit of work takes a connection from the engine's pool and commits on it. Built
    `over` one connection instead, the units join its open transaction, each in a savepoint
    of its own, one unit at a time: what a test does, and rolls back at its end.
    """

    def __init__(
        self,
        engine: AsyncEngine,
        *,
        clock: Clock = system_clock,
        connection: AsyncConnection | None = None,
    ) -> None:
        self.engine = engine
        self.clock = clock
        self._owns_engine = connection is None
        # The engine's connections begin as APP_ROLE (connect); a test's connection does not.
        self._starts_as_app = connection is None
        self._turns: Turns | None = None
        if connection is None:
            self.sessions = async_sessionmaker(engine, expire_on_commit=False)
        else:
            self.sessions = async_sessionmaker(
                connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
            )
            self._turns = Turns()

    @classmethod
    def connect(cls, url: str, *, pool_size: int = 10, clock: Clock = system_clock) -> "Database":
        """A pool of connections that each begin as APP_ROLE, set once when they connect (in
        the startup packet, no statement): a unit of work for a request then needs none to
        begin, and maintenance units switch to the owner for their transaction."""
        engine = create_async_engine(
            sqlalchemy_url(url),
            pool_size=pool_size,
            connect_args={"server_settings": {"role": APP_ROLE}},
        )
        event.listen(engine.sync_engine.pool, "connect", _refuse_other_roles)
        event.listen(engine.sync_engine.pool, "checkout", _lend_open_connections_only)
        return cls(engine, clock=clock)

    @classmethod
    def over(cls, connection: AsyncConnection, *, clock: Clock = system_clock) -> "Database":
        """Units of work inside the connection's open transaction; the caller ends both."""
        return cls(connection.engine, clock=clock, connection=connection)

    def unit_of_work(self, *, log_events: bool = True, as_app: bool = False) -> UnitOfWork:
        return UnitOfWork(
            self.sessions,
            log_events=log_events,
            as_app=as_app,
            clock=self.clock,
            turns=self._turns,
            starts_as_app=self._starts_as_app,
        )

    async def fetch_row(self, query: str, *args: Any) -> Sequence[Any] | None:
        """The first row of one statement sent on its own, outside any unit of work and any
        transaction: the least a request can cost (no BEGIN, no ROLLBACK, no ORM), for a read
        that needs nothing else. `query` numbers its parameters ($1, $2, …).

        On a pooled connection, through asyncpg itself (which keeps its prepared statements per
        connection). Built `over` a test's connection, inside that connection's transaction,
        in its turn with the units of work that share it, and seen by SQLAlchemy's events as
        the tests count statements.
        """
        if self._turns is None:
            # The pool's connection itself, without a Connection around it: a third of the cost.
            pooled = await self.engine.raw_connection()
            try:
                driver: asyncpg.Connection = pooled.driver_connection
                found: asyncpg.Record | None = await driver.fetchrow(query, *args)
                return found
            finally:
                await greenlet_spawn(pooled.close)
        await self._turns.take()
        try:
            async with self.sessions() as session:
                connection = await session.connection()
                return (await connection.exec_driver_sql(query, args)).first()
        finally:
            self._turns.give_back()

    async def dispose(self) -> None:
        """Close the engine's connections; built `over` a connection, the caller owns them."""
        if self._owns_engine:
            await self.engine.dispose()


def _refuse_other_roles(dbapi: Any, _record: Any) -> None:
    """Check once per connection that it began as APP_ROLE.

    A pooler between Spoor and PostgreSQL that drops the startup packet's `role` (PgBouncer
    refuses it unless told to ignore it) would leave the connection as the owner, whom
    row-level security does not bind: such a connection is refused, never used.
    """
    cursor = dbapi.cursor()
    try:
        cursor.execute("SELECT current_user")
        (role,) = cursor.fetchone()
    finally:
        cursor.close()
        dbapi.rollback()
    if role != APP_ROLE:
        raise RuntimeError(f"a new connection runs as {role}, not {APP_ROLE}: see README")


def _lend_open_connections_only(_dbapi: Any, _record: Any, proxy: Any) -> None:
    """Replace a pooled connection that the server has closed, before lending it.

    No pre-ping: it costs every checkout a round trip (three statements, as asyncpg wraps the
    ping in a transaction). A connection the server closed (a restart, an idle timeout) is
    known to be closed by asyncpg already, without asking; the pool replaces it when this
    raises. One that dies unnoticed fails its first statement: SQLAlchemy then invalidates it
    and every connection older than it, and the request is answered 503 (api/http/outage.py).
    """
    if proxy.driver_connection.is_closed():
        raise DisconnectionError("the server closed this connection")
