"""Matching a column against many ids with one array parameter.

`column IN (...)` sends one parameter per id, and the PostgreSQL protocol allows 32,767; a large
plan passes that. `column = ANY($1)` sends the ids as one array, however many there are.
"""

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Text, any_, bindparam
from sqlalchemy.dialects.postgresql import ARRAY, UUID


def among(
    column: Any, ids: Iterable[uuid.UUID] | Iterable[str], *, texts: bool = False
) -> ColumnElement[bool]:
    """`column = ANY(:ids)`, with the ids bound as a single uuid[] (`texts`: text[]) parameter."""
    values = list(ids)
    item = Text() if texts else UUID(as_uuid=True)
    return column == any_(bindparam(None, values, type_=ARRAY(item)))  # type: ignore[no-any-return]
