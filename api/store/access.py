"""Queries about API keys."""

import uuid
from collections.abc import Sequence

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.models import ApiKey


async def key_by_digest(session: AsyncSession, digest: str) -> ApiKey | None:
    """The key with this digest, whatever tenant it opens (found before any tenant is known)."""
    query = select(ApiKey).from_statement(text("SELECT * FROM spoor_api_key(:digest)"))
    return (await session.scalars(query, {"digest": digest})).one_or_none()


async def keys_of(session: AsyncSession, tenant_id: uuid.UUID) -> Sequence[ApiKey]:
    query = select(ApiKey).where(ApiKey.tenant_id == tenant_id)
    return (await session.scalars(query.order_by(ApiKey.created_at, ApiKey.id))).all()


async def get_key(
    session: AsyncSession, *, tenant_id: uuid.UUID, key_id: uuid.UUID
) -> ApiKey | None:
    return await session.get(ApiKey, (tenant_id, key_id))
