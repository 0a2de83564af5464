"""Counting requests per caller and window, in one statement."""

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.models import RateWindow


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


async def forget_windows_before(session: AsyncSession, moment: datetime) -> None:
    await session.execute(delete(RateWindow).where(RateWindow.window_start < moment))
