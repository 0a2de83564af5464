"""Keyset pagination: opaque cursors over (created_at, id) and page size limits."""

import base64
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

from api.domain.errors import ValidationFailed
from api.domain.measures import MOMENT, check_arguments

T = TypeVar("T")

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20

Position = tuple[datetime, uuid.UUID]


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list, with the cursor of each item and whether more follow."""

    items: list[T]
    cursors: list[str]
    has_next_page: bool
    total_count: int


def encode_cursor(created_at: datetime, item_id: uuid.UUID) -> str:
    raw = json.dumps([created_at.isoformat(), str(item_id)]).encode()
    return base64.urlsafe_b64encode(raw).decode()


def decode_cursor(cursor: str | None) -> Position | None:
    """The position a cursor names; one that is not Spoor's, or that names a moment outside
    the measures (which PostgreSQL might not even hold), is refused before any query."""
    if cursor is None:
        return None
    check_arguments(after=cursor)
    try:
        created_at, item_id = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        position = datetime.fromisoformat(created_at), uuid.UUID(item_id)
        MOMENT.check(position[0], "after")
    except (ValueError, TypeError, ValidationFailed) as error:
        raise ValidationFailed("after is not a cursor Spoor gave out", field="after") from error
    return position


def page_size(first: int | None) -> int:
    if first is None:
        return DEFAULT_PAGE_SIZE
    if not 0 <= first <= MAX_PAGE_SIZE:
        raise ValidationFailed(f"first must be from 0 to {MAX_PAGE_SIZE}", field="first")
    return first
