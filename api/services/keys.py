"""API keys: issuing, listing, revoking, and turning a presented key into a caller."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from api.domain.access import (
    Scope,
    check_scopes,
    key_digest,
    new_key,
    require_scope,
)
from api.domain.errors import NotFound, Unauthenticated, ValidationFailed
from api.domain.measures import one_line
from api.domain.values import check_text
from api.services.caller import Caller
from api.services.loading import load_plan
from api.services.tenants import create_tenant
from api.store import access as access_store
from api.store.models import ApiKey
from api.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class IssuedKey:
    """A new key: the record, and the key itself, which is shown this once and never again."""

    record: ApiKey
    key: str


@dataclass(frozen=True, kw_only=True)
class CreateKey:
    name: str
    scopes: tuple[Scope, ...]
    plan_id: uuid.UUID | None = None
    expires_at: datetime | None = None
    reason: str | None = None
    preset: str | None = None


async def create_key(uow: UnitOfWork, caller: Caller, command: CreateKey) -> IssuedKey:
    """Issue a key for the caller's tenant; only an admin may.

    `preset` is for the demo tenant alone, whose key is printed at every start; every other
    key is random.
    """
    require_scope(caller.scopes, Scope.ADMIN)
    checked = check_scopes(command.scopes)
    # A key bound to one plan issues keys for that plan alone, never for the whole tenant.
    plan_id = command.plan_id or caller.plan_id
    if plan_id is not None:
        await load_plan(uow, caller, plan_id)
    expires_at = command.expires_at
    if expires_at is not None and (expires_at.tzinfo is None or expires_at <= uow.clock()):
        raise ValidationFailed(
            "expiresAt must be a future moment with a time zone", field="expiresAt"
        )
    key = command.preset or new_key()
    record = ApiKey(
        tenant_id=caller.tenant_id,
        name=check_text(command.name, field="name"),
        digest=key_digest(key),
        scopes=sorted(checked),
        plan_id=plan_id,
        expires_at=expires_at,
    )
    await uow.add(record, caller=caller, event="api_key.created", reason=command.reason)
    return IssuedKey(record, key)


async def list_keys(uow: UnitOfWork, caller: Caller) -> Sequence[ApiKey]:
    """The tenant's keys, revoked and expired ones included; never the keys themselves."""
    require_scope(caller.scopes, Scope.ADMIN)
    found = await access_store.keys_of(uow.session, caller.tenant_id)
    return [key for key in found if caller.plan_id in (None, key.plan_id)]


@dataclass(frozen=True, kw_only=True)
class RevokeKey:
    key_id: uuid.UUID
    reason: str | None = None


async def revoke_key(uow: UnitOfWork, caller: Caller, command: RevokeKey) -> ApiKey:
    """Revoke a key at once; revoking twice changes nothing more."""
    require_scope(caller.scopes, Scope.ADMIN)
    record = await access_store.get_key(
        uow.session, tenant_id=caller.tenant_id, key_id=command.key_id
    )
    if record is None or caller.plan_id not in (None, record.plan_id):
        raise NotFound(f"no API key with id {command.key_id}", field="keyId")
    if record.revoked_at is None:
        event = "api_key.revoked"
        async with uow.change(record, caller=caller, event=event, reason=command.reason):
            record.revoked_at = uow.clock()
    return record


async def authenticate(
    uow: UnitOfWork, key: str, *, display_name: str | None = None, request_id: str | None = None
) -> Caller:
    """The caller a presented key stands for; unknown, revoked and expired keys are refused.

    The unit acts for the key's tenant from here on: the lookup sets it in passing.
    """
    now = uow.clock()
    record = await access_store.key_by_digest(uow.session, key_digest(key.strip()), now=now)
    if (
        record is None
        or record.revoked_at is not None
        or (record.expires_at is not None and record.expires_at <= now)
    ):
        raise Unauthenticated("this API key is unknown, revoked or expired")
    uow.acted_for(record.tenant_id)
    # The name comes from a header: made plain text, it can be an event's actor and an author.
    name = one_line(display_name or "", 200)
    return Caller(
        tenant_id=record.tenant_id,
        actor=f"{name} (key {record.name})" if name else f"key {record.name}",
        actor_kind="api_key",
        request_id=request_id,
        key_id=record.id,
        scopes=frozenset(record.scopes),
        plan_id=record.plan_id,
    )


async def create_tenant_with_admin_key(uow: UnitOfWork, *, name: str) -> IssuedKey:
    """Register a tenant and issue its first admin key."""
    tenant = await create_tenant(uow, name=name)
    founder = Caller(tenant_id=tenant.id, actor="spoor tenant create", actor_kind="system")
    return await create_key(uow, founder, CreateKey(name="admin", scopes=(Scope.ADMIN,)))
