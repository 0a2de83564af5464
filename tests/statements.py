"""Counting the SQL statements a piece of work sends, to show that its cost does not grow."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.ext.asyncio import AsyncEngine


@contextmanager
def counted_statements(
    engine: AsyncEngine, *, ignoring: str | tuple[str, ...] = ()
) -> Iterator[list[str]]:
    """The statements sent while the block runs; those that mention `ignoring` (a text, or
    any of several) left out."""
    seen: list[str] = []
    ignored = (ignoring,) if isinstance(ignoring, str) else ignoring

    def count(_connection: object, _cursor: object, statement: str, *_rest: object) -> None:
        if not any(text in statement for text in ignored):
            seen.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", count)


@contextmanager
def counted_exchanges(engine: AsyncEngine) -> Iterator[list[str]]:
    """Everything the block asks PostgreSQL: its statements, the BEGIN, COMMIT and ROLLBACK
    around them (which a driver sends itself, out of sight of `counted_statements`), and every
    pool ping (`PING`: a round trip, in a transaction of its own when none is open)."""
    seen: list[str] = []
    sync = engine.sync_engine

    def statement(_connection: object, _cursor: object, sql: str, *_rest: object) -> None:
        seen.append(sql)

    def marker(word: str) -> Callable[[object], None]:
        return lambda _connection: seen.append(word)

    listeners: dict[str, Callable[..., None]] = {
        "before_cursor_execute": statement,
        "begin": marker("BEGIN"),
        "commit": marker("COMMIT"),
        "rollback": marker("ROLLBACK"),
    }
    dialect = sync.dialect
    pinging = dialect.do_ping

    def ping(connection: DBAPIConnection) -> bool:
        seen.append("PING")
        return pinging(connection)

    for name, listener in listeners.items():
        event.listen(sync, name, listener)
    dialect.do_ping = ping  # type: ignore[method-assign, assignment]
    try:
        yield seen
    finally:
        del dialect.do_ping
        for name, listener in listeners.items():
            event.remove(sync, name, listener)
