"""Keeping and finding the answers to POSTs sent with an Idempotency-Key."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.models import IdempotentAnswer


async def answer_for(
    session: AsyncSession, *, tenant_id: uuid.UUID, key: str, since: datetime
) -> IdempotentAnswer | None:
    """The answer kept under the key, unless it was kept before `since`."""
    query = select(IdempotentAnswer).where(
        IdempotentAnswer.tenant_id == tenant_id,
        IdempotentAnswer.key == key,
        IdempotentAnswer.created_at >= since,
    )
    return await session.scalar(query)


async def keep_answer(
    session: AsyncSession,
    *,
    tenant_id: uuid.UUID,
    key: str,
    fingerprint: str,
    status: int,
    body: dict[str, Any] | None,
    headers: dict[str, str],
    now: datetime,
    since: datetime,
) -> bool:
    """Keep an answer under the key, taking over one kept before `since`; False when a newer
    answer holds the key (it may have been committed while this transaction waited for it)."""
    fields = {
        "fingerprint": fingerprint,
        "status": status,
        "body": body,
        "headers": headers,
        "created_at": now,
    }
    statement = (
        insert(IdempotentAnswer)
        .values(tenant_id=tenant_id, key=key, **fields)
        .on_conflict_do_update(
            index_elements=[IdempotentAnswer.tenant_id, IdempotentAnswer.key],
            set_=fields,
            where=IdempotentAnswer.created_at < since,
        )
        .returning(IdempotentAnswer.key)
    )
    return (await session.execute(statement)).first() is not None


async def forget_answers_before(
    session: AsyncSession, *, tenant_id: uuid.UUID, moment: datetime
) -> None:
    await session.execute(
        delete(IdempotentAnswer).where(
            IdempotentAnswer.tenant_id == tenant_id, IdempotentAnswer.created_at < moment
        )
    )
