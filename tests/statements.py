"""Counting the SQL statements a piece of work sends, to show that its cost does not grow."""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine


@contextmanager
def counted_statements(engine: AsyncEngine, *, ignoring: str | None = None) -> Iterator[list[str]]:
    """The statements sent while the block runs; those that mention `ignoring` left out."""
    seen: list[str] = []

    def count(_connection: object, _cursor: object, statement: str, *_rest: object) -> None:
        if ignoring is None or ignoring not in statement:
            seen.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", count)
