"""Queries about API keys."""

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.models import ApiKey


async def key_by_digest(session: AsyncSession, digest: str, *, now: datetime) -> ApiKey | None:
    """The key with this digest, whatever tenant it opens (found before any tenant is known);
    when it is neither revoked nor expired at `now`, the transaction acts for its tenant from
    here on (`spoor.tenant_id`, as UnitOfWork.act_for sets it): one statement for both."""
    query = select(ApiKey).from_statement(_KEY_ACTING_FOR_ITS_TENANT)
    return (await session.scalars(query, {"digest": digest, "now": now})).one_or_none()


# The same rule as keys.authenticate, which stays the judge: a key it refuses opens no tenant.
_KEY_ACTING_FOR_ITS_TENANT = text(
    "SELECT k.*, set_config('spoor.tenant_id',"
    " CASE WHEN k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > :now)"
    " THEN k.tenant_id::text ELSE '' END, true) AS acting_for"
    " FROM spoor_api_key(:digest) AS k"
)


async def keys_of(session: AsyncSession, tenant_id: uuid.UUID) -> Sequence[ApiKey]:
    query = select(ApiKey).where(ApiKey.tenant_id == tenant_id)
    return (await session.scalars(query.order_by(ApiKey.created_at, ApiKey.id))).all()


async def get_key(
    session: AsyncSession, *, tenant_id: uuid.UUID, key_id: uuid.UUID
) -> ApiKey | None:
    return await session.get(ApiKey, (tenant_id, key_id))
