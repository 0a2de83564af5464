"""The version of what a caller can read: besides the question, what every answer is a function
of, because every change passes through the event log."""

import uuid
from dataclasses import dataclass

from api.domain.access import key_digest
from api.services.caller import Caller
from api.store import event_feed, heads
from api.store.database import Database
from api.store.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class Access:
    """What of a caller an answer depends on: its tenant, its key's scopes and plan binding."""

    tenant_id: uuid.UUID
    scopes: frozenset[str]
    plan_id: uuid.UUID | None

    @classmethod
    def of(cls, caller: Caller | None) -> "Access | None":
        """None for an anonymous reader."""
        if caller is None:
            return None
        return cls(caller.tenant_id, frozenset(caller.scopes), caller.plan_id)


@dataclass(frozen=True, slots=True)
class Standing:
    """A reader as a kept answer sees it: its access (None: anonymous), the key that gave it
    (counted by the rate limits), and the version of what it can read."""

    access: Access | None
    key_id: uuid.UUID | None
    version: str


async def readable_version(uow: UnitOfWork, caller: Caller | None) -> str:
    """The caller's tenant's last committed event seq; for an anonymous reader, a digest of the
    last seqs of every tenant that publishes a plan (the tenants it can read).

    One statement. Read before the answer's own reads in the same transaction: a write that
    commits meanwhile can then only make the answer newer than its version, never older.
    """
    if caller is None:
        return _public(await event_feed.public_heads(uow.session))
    return _of_tenant(
        caller.tenant_id, await event_feed.committed_head(uow.session, caller.tenant_id)
    )


async def standing_of(database: Database, key: str | None) -> Standing | None:
    """Who presents `key` (None: an anonymous reader) and the version of what they can read, in
    one statement outside any transaction; None when the key opens no tenant.

    Read before any answer is: an answer computed afterwards, in a transaction of its own, is
    at least as new as this version, as readable_version's rule asks.
    """
    if key is None:
        return Standing(None, None, _public(await heads.public_heads(database)))
    found = await heads.key_and_head(database, key_digest(key.strip()), now=database.clock())
    if found is None:
        return None
    access = Access(found.tenant_id, found.scopes, found.plan_id)
    return Standing(access, found.key_id, _of_tenant(found.tenant_id, found.head))


def _public(digest: str) -> str:
    return "public:" + digest


def _of_tenant(tenant_id: uuid.UUID, head: int) -> str:
    return f"{tenant_id}:{head}"
