"""Counting requests per caller and window: one request at a time, or a process's batch."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import bindparam, delete, text
from sqlalchemy.dialects.postgresql import ARRAY, insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.types import DateTime, Integer, Text

from api.store.models import RateWindow

Hits = tuple[str, datetime, int]
"""A counter's name, the start of its window, and a number of requests."""


async def count_hit(session: AsyncSession, *, bucket: str, window_start: datetime) -> int:
    """Add one request to the caller's window and return the window's count."""
    statement = (
        insert(RateWindow)
        .values(bucket=bucket, window_start=window_start, hits=1)
        .on_conflict_do_update(
            index_elements=[RateWindow.bucket, RateWindow.window_start],
            set_={"hits": RateWindow.hits + 1},
        )
        .returning(RateWindow.hits)
    )
    return (await session.execute(statement)).scalar_one()


# Rows go in the order sent, which `add_hits` makes the same in every process: two processes
# adding to the same counters then lock their rows in the same order and never deadlock.
_ADD_HITS = text(
    "INSERT INTO rate_window AS w (bucket, window_start, hits)"
    " SELECT * FROM unnest(:buckets, :starts, :hits)"
    " ON CONFLICT (bucket, window_start) DO UPDATE SET hits = w.hits + excluded.hits"
    " RETURNING w.bucket, w.window_start, w.hits"
).bindparams(
    bindparam("buckets", type_=ARRAY(Text)),
    bindparam("starts", type_=ARRAY(DateTime(timezone=True))),
    bindparam("hits", type_=ARRAY(Integer)),
)


async def add_hits(session: AsyncSession, batch: Sequence[Hits]) -> dict[tuple[str, datetime], int]:
    """Add each window its requests, all in one statement; every window's count after."""
    rows = sorted(batch)
    found = await session.execute(
        _ADD_HITS,
        {
            "buckets": [bucket for bucket, _, _ in rows],
            "starts": [start for _, start, _ in rows],
            "hits": [hits for _, _, hits in rows],
        },
    )
    return {(bucket, start): hits for bucket, start, hits in found.all()}


async def forget_windows_before(session: AsyncSession, moment: datetime) -> None:
    await session.execute(delete(RateWindow).where(RateWindow.window_start < moment))
