"""API keys over REST, for a municipality's admins: issued (the secret shown once), listed,
revoked at once."""

import uuid
from datetime import datetime

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from api.domain.access import Scope
from api.rest.conventions import DEFAULT_LIMIT, After, Body, Limit, Page, Reason, cut, keyed, page
from api.rest.requests import Scoped, errors
from api.rest.writes import IdempotencyKey, perform, shown
from api.services import keys
from api.services.caller import Caller
from api.services.idempotency import Answer
from api.services.pagination import encode_cursor
from api.services.runner import UnitOfWork
from api.store import models

router = APIRouter(prefix="/api/v1", tags=["keys"])


class CreateApiKey(Body):
    """A key to issue, optionally bound to one plan and ending at a moment."""

    name: str
    scopes: list[Scope]
    plan_id: uuid.UUID | None = Field(default=None, description="The one plan it may reach.")
    expires_at: datetime | None = None
    reason: str | None = Field(default=None, description="Why, as the event log will say.")


class ApiKey(BaseModel):
    """An API key of the municipality (never the key itself)."""

    id: uuid.UUID
    name: str
    scopes: list[Scope]
    plan_id: uuid.UUID | None = Field(description="The one plan it may reach.")
    expires_at: datetime | None
    revoked_at: datetime | None
    created_at: datetime


class IssuedApiKey(BaseModel):
    """A new key: `secret`, sent as `Authorization: Bearer …`, is in this answer only."""

    key: ApiKey
    secret: str | None = Field(
        description="The key itself; null in a replay of this answer (Idempotency-Key): it is"
        " shown once."
    )


class ApiKeyPage(Page[ApiKey]):
    pass


def key_of(row: models.ApiKey) -> ApiKey:
    return ApiKey(
        id=row.id, name=row.name, scopes=[Scope(scope) for scope in row.scopes],
        plan_id=row.plan_id, expires_at=row.expires_at, revoked_at=row.revoked_at,
        created_at=row.created_at,
    )  # fmt: skip


async def _issued(uow: UnitOfWork, caller: Caller, issued: keys.IssuedKey) -> Answer:
    body = IssuedApiKey(key=key_of(issued.record), secret=issued.key)
    return shown(body, status=201, once=("secret",))


async def _revoked(uow: UnitOfWork, caller: Caller, row: models.ApiKey) -> Answer:
    return shown(key_of(row))


@router.get(
    "/api-keys",
    summary="The municipality's API keys (or its one plan's), oldest first; admins only",
    response_model=ApiKeyPage,
    responses=errors(401, 403, 422),
)
async def list_api_keys(
    request: Request, scope: Scoped, limit: Limit = DEFAULT_LIMIT, after: After = None
) -> Response:
    caller = keyed(scope, "listing API keys")
    rows = list(await scope.read(lambda uow: keys.list_keys(uow, caller)))
    chosen, following = cut(
        rows, lambda row: encode_cursor(row.created_at, row.id), limit=limit, after=after
    )
    return page(
        request, ApiKeyPage, [key_of(row) for row in chosen], next_cursor=following,
        total=len(rows),
    )  # fmt: skip


@router.post(
    "/api-keys",
    summary="Issue an API key; admins only",
    status_code=201,
    response_model=IssuedApiKey,
    responses=errors(401, 403, 404, 422),
)
async def create_api_key(
    request: Request, body: CreateApiKey, scope: Scoped, idempotency_key: IdempotencyKey = None
) -> Response:
    command = keys.CreateKey(
        name=body.name, scopes=tuple(body.scopes), plan_id=body.plan_id,
        expires_at=body.expires_at, reason=body.reason,
    )  # fmt: skip
    return await perform(
        request, scope, keys.create_key, command, _issued, idempotency_key=idempotency_key
    )


@router.delete(
    "/api-keys/{key_id}",
    summary="Revoke an API key at once; admins only",
    description="The key's record stays, with the moment it was revoked; revoking it again"
    " changes nothing more.",
    response_model=ApiKey,
    responses=errors(401, 403, 404, 422),
)
async def revoke_api_key(
    request: Request, key_id: uuid.UUID, scope: Scoped, reason: Reason = None
) -> Response:
    command = keys.RevokeKey(key_id=key_id, reason=reason)
    return await perform(request, scope, keys.revoke_key, command, _revoked)
