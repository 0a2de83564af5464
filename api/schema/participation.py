"""Participation moments and actors: where input was gathered, and who carries the actions."""

import datetime
from collections.abc import Iterable
from typing import Annotated, Self

import strawberry
from strawberry import relay
from strawberry.types import Info

from api.schema.context import SpoorContext
from api.schema.errors import Failure, expected_version_field, perform, reason_field
from api.schema.ids import rows_by_global_ids, uuid_of
from api.schema.vocabulary import ActorKind, Channel, Phase
from api.services import browsing, disclosure, participation
from api.store import models


@strawberry.type(description="A session or channel where input was gathered.")
class Moment(relay.Node):
    id: relay.NodeID[str]
    row: strawberry.Private[models.ParticipationMoment]
    # Plain attributes, copied from the row (see `TrailNode`); the fields after `facilitator`
    # stay resolvers, to keep their place in the schema's field order.
    title: str = strawberry.field(
        description="What it was called, such as 'Gesprekstafel Winksele'."
    )
    held_on: datetime.date = strawberry.field(description="The day it was held.")
    method: Channel = strawberry.field(description="How input was gathered there.")
    phase: Phase | None = strawberry.field(
        description="The phase of the plan's process it belongs to."
    )

    @classmethod
    def from_row(cls, row: models.ParticipationMoment) -> Self:
        return cls(
            id=str(row.id), row=row, title=row.title, held_on=row.held_on,
            method=Channel(row.method), phase=Phase(row.phase) if row.phase else None,
        )  # fmt: skip

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info[SpoorContext, None], node_ids: Iterable[str], required: bool = False
    ) -> list[Self | None]:
        """By global id, for `node(id)`."""
        found = await rows_by_global_ids(info, node_ids, browsing.readable_moments)
        return [cls.from_row(row) if row else None for row in found]

    @strawberry.field(description="Who led it; a person's name, so shown only with a key.")
    def facilitator(self, info: Info[SpoorContext, None]) -> str | None:
        return disclosure.personal(info.context.caller, self.row.facilitator)

    @strawberry.field(description="How many took part.")
    def participant_count(self) -> int | None:
        return self.row.participant_count

    @strawberry.field(description="Where it was held.")
    def place(self) -> str | None:
        return self.row.place

    @strawberry.field(description="Whether it was held online.")
    def online(self) -> bool:
        return self.row.online

    @strawberry.field(description="Its version; pass it as expectedVersion to change it safely.")
    def version(self) -> int:
        return self.row.version


@strawberry.type(description="A department or partner that carries actions.")
class Actor(relay.Node):
    id: relay.NodeID[str]
    row: strawberry.Private[models.Actor]
    # Plain attributes, copied from the row (see `TrailNode`).
    name: str = strawberry.field(description="Its name, unique in the municipality.")
    kind: ActorKind = strawberry.field(
        description="A department of the municipality or a partner outside it."
    )
    version: int = strawberry.field(
        description="Its version; pass it as expectedVersion to change it safely."
    )

    @classmethod
    def from_row(cls, row: models.Actor) -> Self:
        return cls(
            id=str(row.id), row=row, name=row.name, kind=ActorKind(row.kind), version=row.version
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info[SpoorContext, None], node_ids: Iterable[str], required: bool = False
    ) -> list[Self | None]:
        """By global id, for `node(id)`."""
        found = await rows_by_global_ids(info, node_ids, browsing.readable_actors)
        return [cls.from_row(row) if row else None for row in found]


@strawberry.type(description="A page of participation moments.")
class MomentConnection(relay.Connection[Moment]):
    total_count: int = strawberry.field(description="How many there are in all.")


@strawberry.type(description="A page of actors.")
class ActorConnection(relay.Connection[Actor]):
    total_count: int = strawberry.field(description="How many there are in all.")


MomentResult = Annotated[Moment | Failure, strawberry.union("MomentResult")]
ActorResult = Annotated[Actor | Failure, strawberry.union("ActorResult")]


@strawberry.input(description="A session or channel where input was gathered for a plan.")
class CreateMomentInput:
    plan_id: strawberry.ID
    title: str
    held_on: datetime.date
    method: Channel
    phase: Phase | None = None
    facilitator: str | None = None
    participant_count: int | None = None
    place: str | None = None
    online: bool = False
    reason: str | None = reason_field()

    def command(self) -> participation.CreateMoment:
        return participation.CreateMoment(
            plan_id=uuid_of(self.plan_id, "Plan", field="planId"), title=self.title,
            held_on=self.held_on, method=self.method, phase=self.phase,
            facilitator=self.facilitator, participant_count=self.participant_count,
            place=self.place, online=self.online, reason=self.reason,
        )  # fmt: skip


@strawberry.input(description="What to correct of a moment; what is not given stays.")
class UpdateMomentInput:
    moment_id: strawberry.ID
    title: str | None = None
    held_on: datetime.date | None = None
    method: Channel | None = None
    phase: Phase | None = None
    facilitator: str | None = None
    participant_count: int | None = None
    place: str | None = None
    online: bool | None = None
    expected_version: int | None = expected_version_field()
    reason: str | None = reason_field()

    def command(self) -> participation.UpdateMoment:
        return participation.UpdateMoment(
            moment_id=uuid_of(self.moment_id, "Moment", field="momentId"), title=self.title,
            held_on=self.held_on, method=self.method, phase=self.phase,
            facilitator=self.facilitator, participant_count=self.participant_count,
            place=self.place, online=self.online, expected_version=self.expected_version,
            reason=self.reason,
        )  # fmt: skip


@strawberry.input(description="A moment to remove; no input may have been gathered at it.")
class DeleteMomentInput:
    moment_id: strawberry.ID
    expected_version: int | None = expected_version_field()
    reason: str | None = reason_field()

    def command(self) -> participation.DeleteMoment:
        return participation.DeleteMoment(
            moment_id=uuid_of(self.moment_id, "Moment", field="momentId"),
            expected_version=self.expected_version, reason=self.reason,
        )  # fmt: skip


@strawberry.input(description="A department or partner, under a name unique in the tenant.")
class CreateActorInput:
    name: str
    kind: ActorKind
    reason: str | None = reason_field()

    def command(self) -> participation.CreateActor:
        return participation.CreateActor(name=self.name, kind=self.kind, reason=self.reason)


@strawberry.input(description="What to change of an actor; what is not given stays.")
class UpdateActorInput:
    actor_id: strawberry.ID
    name: str | None = None
    kind: ActorKind | None = None
    expected_version: int | None = expected_version_field()
    reason: str | None = reason_field()

    def command(self) -> participation.UpdateActor:
        return participation.UpdateActor(
            actor_id=uuid_of(self.actor_id, "Actor", field="actorId"), name=self.name,
            kind=self.kind, expected_version=self.expected_version, reason=self.reason,
        )  # fmt: skip


@strawberry.input(description="An actor to remove; it may carry no action.")
class DeleteActorInput:
    actor_id: strawberry.ID
    expected_version: int | None = expected_version_field()
    reason: str | None = reason_field()

    def command(self) -> participation.DeleteActor:
        return participation.DeleteActor(
            actor_id=uuid_of(self.actor_id, "Actor", field="actorId"),
            expected_version=self.expected_version, reason=self.reason,
        )  # fmt: skip


@strawberry.type
class ParticipationMutations:
    @strawberry.mutation(description="Record a session or channel where input was gathered.")
    async def create_moment(
        self, info: Info[SpoorContext, None], input: CreateMomentInput
    ) -> MomentResult:
        return await perform(info, participation.create_moment, input.command, Moment.from_row)

    @strawberry.mutation(description="Correct what is given of a participation moment.")
    async def update_moment(
        self, info: Info[SpoorContext, None], input: UpdateMomentInput
    ) -> MomentResult:
        return await perform(info, participation.update_moment, input.command, Moment.from_row)

    @strawberry.mutation(description="Remove a moment that no input was gathered at.")
    async def delete_moment(
        self, info: Info[SpoorContext, None], input: DeleteMomentInput
    ) -> MomentResult:
        return await perform(info, participation.delete_moment, input.command, Moment.from_row)

    @strawberry.mutation(description="Register a department or partner under a unique name.")
    async def create_actor(
        self, info: Info[SpoorContext, None], input: CreateActorInput
    ) -> ActorResult:
        return await perform(info, participation.create_actor, input.command, Actor.from_row)

    @strawberry.mutation(description="Rename an actor or change its kind.")
    async def update_actor(
        self, info: Info[SpoorContext, None], input: UpdateActorInput
    ) -> ActorResult:
        return await perform(info, participation.update_actor, input.command, Actor.from_row)

    @strawberry.mutation(description="Remove an actor that carries no action.")
    async def delete_actor(
        self, info: Info[SpoorContext, None], input: DeleteActorInput
    ) -> ActorResult:
        return await perform(info, participation.delete_actor, input.command, Actor.from_row)
