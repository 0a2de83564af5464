"""Queries about API keys."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.models import ApiKey


@dataclass(frozen=True, slots=True)
class PresentedKey:
    """What identifying a caller needs of a key: read as plain values, not as an ApiKey, whose
    ORM object would cost a request more than the statement itself."""

    id: uuid.UUID
    tenant_id: uuid.UUID
    name: str
    scopes: list[str]
    plan_id: uuid.UUID | None
    expires_at: datetime | None
    revoked_at: datetime | None


async def key_by_digest(
    session: AsyncSession, digest: str, *, now: datetime
) -> PresentedKey | None:
    """The key with this digest, whatever tenant it opens (found before any tenant is known);
    when it is neither revoked nor expired at `now`, the transaction acts for its tenant from
    here on (`spoor.tenant_id`, as UnitOfWork.act_for sets it): one statement for both."""
    row = (
        await session.execute(_KEY_ACTING_FOR_ITS_TENANT, {"digest": digest, "now": now})
    ).first()
    return None if row is None else PresentedKey(*row[:7])


# The same rule as keys.authenticate, which stays the judge: a key it refuses opens no tenant.
_KEY_ACTING_FOR_ITS_TENANT = text(
    "SELECT k.id, k.tenant_id, k.name, k.scopes, k.plan_id, k.expires_at, k.revoked_at,"
    " set_config('spoor.tenant_id',"
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
