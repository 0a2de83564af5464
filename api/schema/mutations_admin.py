"""Mutations around the trail: a plan's own fields, its moments and actors, and API keys."""

import datetime
from typing import Annotated

import strawberry
from strawberry import relay
from strawberry.types import Info

from api.schema.context import SpoorContext
from api.schema.ids import uuid_of
from api.schema.mutations import Failure, _perform
from api.schema.mutations_structure import PlanResult, Text, _text
from api.schema.parts import Actor, Moment
from api.schema.types import Plan
from api.services import keys, participation, plans
from api.services.caller import Caller
from api.store import models
from api.store.unit_of_work import UnitOfWork

MomentResult = Annotated[Moment | Failure, strawberry.union("MomentResult")]
ActorResult = Annotated[Actor | Failure, strawberry.union("ActorResult")]


@strawberry.type(description="An API key of the caller's municipality (never the key itself).")
class ApiKey:
    id: strawberry.ID
    name: str
    scopes: list[str]
    plan_id: strawberry.ID | None = strawberry.field(description="The one plan it may reach.")
    expires_at: datetime.datetime | None
    revoked_at: datetime.datetime | None

    @classmethod
    def from_row(cls, row: models.ApiKey) -> "ApiKey":
        return cls(
            id=strawberry.ID(str(row.id)),
            name=row.name,
            scopes=list(row.scopes),
            plan_id=strawberry.ID(str(row.plan_id)) if row.plan_id else None,
            expires_at=row.expires_at,
            revoked_at=row.revoked_at,
        )


@strawberry.type(description="A new key: `secret` is shown in this answer only, never again.")
class IssuedApiKey:
    key: ApiKey
    secret: str


IssuedKeyResult = Annotated[IssuedApiKey | Failure, strawberry.union("IssuedKeyResult")]
ApiKeyResult = Annotated[ApiKey | Failure, strawberry.union("ApiKeyResult")]


@strawberry.type
class AdminMutations:
    @strawberry.mutation(description="Change what is given of a plan's title, description, period.")
    async def update_plan(
        self,
        info: Info[SpoorContext, None],
        id: relay.GlobalID,
        title: Text | None = None,
        description: Text | None = None,
        period_start: datetime.date | None = None,
        period_end: datetime.date | None = None,
        expected_version: int | None = None,
        reason: str | None = None,
    ) -> PlanResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Plan:
            row = await plans.update_plan(
                uow, caller, plan_id=uuid_of(id), title=_text(title),
                description=_text(description), period_start=period_start,
                period_end=period_end, expected_version=expected_version, reason=reason,
            )  # fmt: skip
            return Plan.from_row(row)

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(description="Publish a draft plan: anonymous readers can then see it.")
    async def publish_plan(
        self,
        info: Info[SpoorContext, None],
        id: relay.GlobalID,
        expected_version: int | None = None,
        reason: str | None = None,
    ) -> PlanResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Plan:
            row = await plans.set_plan_status(
                uow, caller, plan_id=uuid_of(id), status="published",
                expected_version=expected_version, reason=reason,
            )  # fmt: skip
            return Plan.from_row(row)

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(description="Record a session or channel where input was gathered.")
    async def create_moment(
        self,
        info: Info[SpoorContext, None],
        plan_id: relay.GlobalID,
        title: str,
        held_on: datetime.date,
        method: str,
        phase: str | None = None,
        facilitator: str | None = None,
        participant_count: int | None = None,
        place: str | None = None,
        online: bool = False,
        reason: str | None = None,
    ) -> MomentResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Moment:
            row = await participation.create_moment(
                uow, caller, plan_id=uuid_of(plan_id), title=title, held_on=held_on,
                method=method, phase=phase, facilitator=facilitator,
                participant_count=participant_count, place=place, online=online, reason=reason,
            )  # fmt: skip
            return Moment.from_row(row)

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(description="Correct what is given of a participation moment.")
    async def update_moment(
        self,
        info: Info[SpoorContext, None],
        id: relay.GlobalID,
        title: str | None = None,
        held_on: datetime.date | None = None,
        method: str | None = None,
        phase: str | None = None,
        facilitator: str | None = None,
        participant_count: int | None = None,
        place: str | None = None,
        online: bool | None = None,
        expected_version: int | None = None,
        reason: str | None = None,
    ) -> MomentResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Moment:
            row = await participation.update_moment(
                uow, caller, moment_id=uuid_of(id), title=title, held_on=held_on,
                method=method, phase=phase, facilitator=facilitator,
                participant_count=participant_count, place=place, online=online,
                expected_version=expected_version, reason=reason,
            )  # fmt: skip
            return Moment.from_row(row)

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(description="Remove a moment that no input was gathered at.")
    async def delete_moment(
        self,
        info: Info[SpoorContext, None],
        id: relay.GlobalID,
        expected_version: int | None = None,
        reason: str | None = None,
    ) -> MomentResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Moment:
            row = await participation.delete_moment(
                uow, caller, moment_id=uuid_of(id), expected_version=expected_version,
                reason=reason,
            )  # fmt: skip
            return Moment.from_row(row)

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(description="Register a department or partner under a unique name.")
    async def create_actor(
        self, info: Info[SpoorContext, None], name: str, kind: str, reason: str | None = None
    ) -> ActorResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Actor:
            row = await participation.create_actor(uow, caller, name=name, kind=kind, reason=reason)
            return Actor.from_row(row)

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(description="Rename an actor or change its kind.")
    async def update_actor(
        self,
        info: Info[SpoorContext, None],
        id: relay.GlobalID,
        name: str | None = None,
        kind: str | None = None,
        expected_version: int | None = None,
        reason: str | None = None,
    ) -> ActorResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Actor:
            row = await participation.update_actor(
                uow, caller, actor_id=uuid_of(id), name=name, kind=kind,
                expected_version=expected_version, reason=reason,
            )  # fmt: skip
            return Actor.from_row(row)

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(description="Remove an actor that carries no action.")
    async def delete_actor(
        self,
        info: Info[SpoorContext, None],
        id: relay.GlobalID,
        expected_version: int | None = None,
        reason: str | None = None,
    ) -> ActorResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Actor:
            row = await participation.delete_actor(
                uow, caller, actor_id=uuid_of(id), expected_version=expected_version,
                reason=reason,
            )  # fmt: skip
            return Actor.from_row(row)

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(
        description="Issue an API key (admins only): scopes from read, write, admin; optionally"
        " bound to one plan and ending at a moment."
    )
    async def create_api_key(
        self,
        info: Info[SpoorContext, None],
        name: str,
        scopes: list[str],
        plan_id: relay.GlobalID | None = None,
        expires_at: datetime.datetime | None = None,
        reason: str | None = None,
    ) -> IssuedKeyResult:
        async def use(uow: UnitOfWork, caller: Caller) -> IssuedApiKey:
            issued = await keys.create_key(
                uow, caller, name=name, scopes=scopes,
                plan_id=uuid_of(plan_id) if plan_id else None, expires_at=expires_at,
                reason=reason,
            )  # fmt: skip
            return IssuedApiKey(key=ApiKey.from_row(issued.record), secret=issued.key)

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(description="Revoke an API key at once (admins only).")
    async def revoke_api_key(
        self, info: Info[SpoorContext, None], id: strawberry.ID, reason: str | None = None
    ) -> ApiKeyResult:
        async def use(uow: UnitOfWork, caller: Caller) -> ApiKey:
            row = await keys.revoke_key(uow, caller, key_id=uuid_of(id), reason=reason)
            return ApiKey.from_row(row)

        return await _perform(info, use)  # type: ignore[return-value]
