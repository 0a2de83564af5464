"""Rate limits per API key and per anonymous client."""

import random
from datetime import UTC, datetime, timedelta

from api.domain.access import key_digest, rate_window
from api.store import limits as limit_store
from api.store.unit_of_work import UnitOfWork

WINDOW_SECONDS = 60


def bucket_for(authorization: str | None, client: str) -> tuple[str, bool]:
    """Whom a request counts against: its key (even a wrong one), or else its client address."""
    if authorization:
        return "key:" + key_digest(authorization.strip())[:32], True
    return f"client:{client}", False


async def admit(
    uow: UnitOfWork, *, bucket: str, limit: int, window_seconds: int = WINDOW_SECONDS
) -> int | None:
    """Count the request; None when it may pass, else the seconds until it may retry."""
    start, left = rate_window(uow.clock().timestamp(), window_seconds)
    window_start = datetime.fromtimestamp(start, UTC)
    hits = await limit_store.count_hit(uow.session, bucket=bucket, window_start=window_start)
    if random.random() < 0.01:  # now and then, let old windows go
        await limit_store.forget_windows_before(uow.session, window_start - timedelta(hours=1))
    return None if hits <= limit else left
