"""What a kept GraphQL answer is a function of, each read in one statement on its own: who a
key stands for together with its tenant's committed head, or the heads an anonymous reader's
answers depend on (api/services/versions.py)."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from api.store.database import Database

# Functions of the owner's (migrations 0013 and 0015): the statement runs before any tenant.
_KEY_AND_HEAD = "SELECT key_id, tenant_id, scopes, plan_id, head FROM spoor_key_and_head($1, $2)"
_PUBLIC_HEADS = "SELECT spoor_public_heads()"


@dataclass(frozen=True, slots=True)
class KeyAndHead:
    """A key that opens its tenant, and the last seq that tenant's log has committed."""

    key_id: uuid.UUID
    tenant_id: uuid.UUID
    scopes: frozenset[str]
    plan_id: uuid.UUID | None
    head: int


async def key_and_head(database: Database, digest: str, *, now: datetime) -> KeyAndHead | None:
    """The key with this digest and its tenant's head; None unless the key is neither revoked
    nor expired at `now`."""
    row = await database.fetch_row(_KEY_AND_HEAD, digest, now)
    if row is None:
        return None
    return KeyAndHead(row[0], row[1], frozenset(row[2]), row[3], row[4])


async def public_heads(database: Database) -> str:
    """The digest of the heads of every tenant that publishes (see event_feed.public_heads)."""
    row = await database.fetch_row(_PUBLIC_HEADS)
    return (row[0] if row else None) or ""
