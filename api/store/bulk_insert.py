"""Inserting many rows of one table in one statement: each column sent as one array and the
rows made by `unnest`, as the event log appends (api/store/events.py).

An executemany sends and executes each row on its own; for the ten thousand rows of a bulk
sync that is most of its time in PostgreSQL. One INSERT ... SELECT FROM unnest is planned and
executed once, whatever the number of rows.
"""

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import TableClause
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession

_DIALECT = postgresql.dialect()  # type: ignore[no-untyped-call]


async def insert_unnested(
    session: AsyncSession, table: TableClause, rows: Sequence[dict[str, Any]]
) -> None:
    """Insert the rows (values by column name, the same names in every row) into the table."""
    if not rows:
        return
    columns = [column for column in table.columns if column.name in rows[0]]
    arrays, casts, selected = [], [], []
    for number, column in enumerate(columns, start=1):
        values = [row[column.name] for row in rows]
        if isinstance(column.type, JSONB):
            # Sent as text and cast, so the driver needs no codec for jsonb arrays.
            arrays.append([None if value is None else json.dumps(value) for value in values])
            casts.append(f"${number}::text[]")
            selected.append(f"c{number}::jsonb")
        else:
            arrays.append(values)
            casts.append(f"${number}::{column.type.compile(dialect=_DIALECT)}[]")
            selected.append(f"c{number}")
    names = ", ".join(f'"{column.name}"' for column in columns)
    aliases = ", ".join(f"c{number}" for number in range(1, len(columns) + 1))
    statement = (
        f'INSERT INTO "{table.name}" ({names}) SELECT {", ".join(selected)}'
        f" FROM unnest({', '.join(casts)}) AS u({aliases})"
    )
    connection = await session.connection()
    driver = (await connection.get_raw_connection()).driver_connection
    assert driver is not None
    await driver.execute(statement, *arrays)
