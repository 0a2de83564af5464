"""API keys in GraphQL: issued, listed and revoked by a municipality's admins."""

import datetime
from typing import Annotated

import strawberry
from strawberry import relay
from strawberry.types import Info

from api.domain.access import Scope
from api.domain.errors import Forbidden
from api.schema.context import SpoorContext
from api.schema.errors import Failure, perform, reason_field
from api.schema.ids import global_id, optional_uuid_of, uuid_of
from api.schema.pages import connection_of_list
from api.schema.vocabulary import KeyScope
from api.services import keys
from api.services.pagination import encode_cursor
from api.store import models


@strawberry.type(description="An API key of the caller's municipality (never the key itself).")
class ApiKey:
    id: strawberry.ID
    name: str
    scopes: list[KeyScope]
    plan_id: strawberry.ID | None = strawberry.field(description="The one plan it may reach.")
    expires_at: datetime.datetime | None
    revoked_at: datetime.datetime | None

    @classmethod
    def from_row(cls, row: models.ApiKey) -> "ApiKey":
        return cls(
            id=global_id("ApiKey", row.id),
            name=row.name,
            scopes=[Scope(scope) for scope in row.scopes],
            plan_id=global_id("Plan", row.plan_id) if row.plan_id else None,
            expires_at=row.expires_at,
            revoked_at=row.revoked_at,
        )


@strawberry.type(description="A new key: `secret` is shown in this answer only, never again.")
class IssuedApiKey:
    key: ApiKey
    secret: str

    @classmethod
    def of(cls, issued: keys.IssuedKey) -> "IssuedApiKey":
        return cls(key=ApiKey.from_row(issued.record), secret=issued.key)


IssuedApiKeyResult = Annotated[IssuedApiKey | Failure, strawberry.union("IssuedApiKeyResult")]
ApiKeyResult = Annotated[ApiKey | Failure, strawberry.union("ApiKeyResult")]


@strawberry.input(description="A key to issue, optionally bound to one plan and ending then.")
class CreateApiKeyInput:
    name: str
    scopes: list[KeyScope]
    plan_id: strawberry.ID | None = None
    expires_at: datetime.datetime | None = None
    reason: str | None = reason_field()

    def command(self) -> keys.CreateKey:
        return keys.CreateKey(
            name=self.name, scopes=tuple(self.scopes),
            plan_id=optional_uuid_of(self.plan_id, "Plan", field="planId"),
            expires_at=self.expires_at, reason=self.reason,
        )  # fmt: skip


@strawberry.input(description="A key to revoke at once.")
class RevokeApiKeyInput:
    key_id: strawberry.ID
    reason: str | None = reason_field()

    def command(self) -> keys.RevokeKey:
        return keys.RevokeKey(
            key_id=uuid_of(self.key_id, "ApiKey", field="keyId"), reason=self.reason
        )


@strawberry.type
class KeyMutations:
    @strawberry.mutation(
        description="Issue an API key (admins only); optionally bound to one plan and ending at"
        " a moment."
    )
    async def create_api_key(
        self, info: Info[SpoorContext, None], input: CreateApiKeyInput
    ) -> IssuedApiKeyResult:
        return await perform(info, keys.create_key, input.command, IssuedApiKey.of)

    @strawberry.mutation(description="Revoke an API key at once (admins only).")
    async def revoke_api_key(
        self, info: Info[SpoorContext, None], input: RevokeApiKeyInput
    ) -> ApiKeyResult:
        return await perform(info, keys.revoke_key, input.command, ApiKey.from_row)


@strawberry.type(description="A page of API keys.")
class ApiKeyConnection(relay.Connection[ApiKey]):  # type: ignore[type-var]
    total_count: int = strawberry.field(description="How many there are in all.")


@strawberry.type
class KeyQueries:
    @strawberry.field(
        description="The API keys of the caller's municipality (or of its one plan), oldest"
        " first; admins only."
    )
    async def api_keys(
        self, info: Info[SpoorContext, None], first: int = 20, after: str | None = None
    ) -> ApiKeyConnection:
        caller = info.context.caller
        if caller is None:
            raise Forbidden("listing API keys needs an admin key")
        rows = await info.context.read(lambda uow: keys.list_keys(uow, caller))
        return connection_of_list(
            ApiKeyConnection,
            list(rows),
            ApiKey.from_row,
            lambda row: encode_cursor(row.created_at, row.id),
            first=first,
            after=after,
        )
