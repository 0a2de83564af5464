"""Actions in GraphQL: what the municipality does, who carries it, how far it has come."""

import datetime
import uuid
from decimal import Decimal
from typing import Annotated, Self

import strawberry
from strawberry import relay
from strawberry.types import Info

from api.domain.vocabulary import ActorRole
from api.schema.context import SpoorContext
from api.schema.errors import Failure, expected_version_field, perform, reason_field
from api.schema.ids import uuid_of
from api.schema.participation import Actor
from api.schema.trail import (
    PlanElement,
    plan_element_fields,
    register_node_type,
    resolve_trail_nodes,
)
from api.schema.vocabulary import ActionStatus
from api.services import actions
from api.store import models


@strawberry.type(description="A concrete action.")
class Action(PlanElement):
    id: relay.NodeID[str]
    row: strawberry.Private[models.Action]
    # Plain attributes, like the ones every trail node has (see `TrailNode`).
    status: ActionStatus = strawberry.field(description="Where it stands.")
    progress: int = strawberry.field(description="Progress, a whole percentage.")
    weight: Decimal | None = strawberry.field(
        description="Its weight in its action plan's progress, when set."
    )
    budget: Decimal | None = strawberry.field(description="Its budget in euro, when set.")
    starts_on: datetime.date | None = strawberry.field(
        description="The day it starts, when planned."
    )
    ends_on: datetime.date | None = strawberry.field(description="The day it ends, when planned.")

    @classmethod
    def from_row(cls, row: models.Action) -> Self:
        return cls(
            id=str(row.id), row=row, **plan_element_fields(row),
            status=ActionStatus(row.status), progress=row.progress, weight=row.weight,
            budget=row.budget, starts_on=row.starts_on, ends_on=row.ends_on,
        )  # fmt: skip

    resolve_nodes = resolve_trail_nodes("action")

    @strawberry.field(description="The departments that own it, by name.")
    async def owners(self, info: Info[SpoorContext, None]) -> list[Actor]:
        return await self._actors(info, ActorRole.OWNER)

    @strawberry.field(description="The partners that help carry it, by name.")
    async def partners(self, info: Info[SpoorContext, None]) -> list[Actor]:
        return await self._actors(info, ActorRole.PARTNER)

    async def _actors(self, info: Info[SpoorContext, None], role: ActorRole) -> list[Actor]:
        found = await info.context.action_actors.load((self.row.tenant_id, self.row.id))
        return [Actor.from_row(actor) for part, actor in found if part == role.value]


register_node_type("action", Action.from_row)  # type: ignore[arg-type]


@strawberry.type(description="A page of actions.")
class ActionConnection(relay.Connection[Action]):
    total_count: int = strawberry.field(description="How many there are in all.")


ActionResult = Annotated[Action | Failure, strawberry.union("ActionResult")]


@strawberry.input(description="What to change of an action; what is not given stays.")
class UpdateActionInput:
    action_id: strawberry.ID
    weight: Decimal | None = None
    starts_on: datetime.date | None = None
    ends_on: datetime.date | None = None
    budget: Decimal | None = strawberry.field(default=None, description="In euro.")
    owner_ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description="All its owners (departments); given, they replace the old."
    )
    partner_ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description="All its partners; given, they replace the old."
    )
    external_id: str | None = None
    expected_version: int | None = expected_version_field()
    reason: str | None = reason_field()

    def command(self) -> actions.UpdateAction:
        return actions.UpdateAction(
            action_id=uuid_of(self.action_id, "Action", field="actionId"), weight=self.weight,
            starts_on=self.starts_on, ends_on=self.ends_on, budget=self.budget,
            owners=actor_ids(self.owner_ids, "ownerIds"),
            partners=actor_ids(self.partner_ids, "partnerIds"),
            external_id=self.external_id, expected_version=self.expected_version,
            reason=self.reason,
        )  # fmt: skip


def actor_ids(given: list[strawberry.ID] | None, field: str) -> tuple[uuid.UUID, ...] | None:
    if given is None:
        return None
    return tuple(uuid_of(actor_id, "Actor", field=field) for actor_id in given)


@strawberry.input(description="A step of an action: PROPOSED → PLANNED → IN_PROGRESS → DONE.")
class SetActionStatusInput:
    action_id: strawberry.ID
    status: ActionStatus
    expected_version: int | None = expected_version_field()
    reason: str | None = reason_field()

    def command(self) -> actions.SetActionStatus:
        return actions.SetActionStatus(
            action_id=uuid_of(self.action_id, "Action", field="actionId"), status=self.status,
            expected_version=self.expected_version, reason=self.reason,
        )  # fmt: skip


@strawberry.input(description="An action's progress, a whole percentage from 0 to 100.")
class SetProgressInput:
    action_id: strawberry.ID
    progress: int
    expected_version: int | None = expected_version_field()
    reason: str | None = reason_field()

    def command(self) -> actions.SetProgress:
        return actions.SetProgress(
            action_id=uuid_of(self.action_id, "Action", field="actionId"),
            progress=self.progress, expected_version=self.expected_version, reason=self.reason,
        )  # fmt: skip


@strawberry.type
class ActionMutations:
    @strawberry.mutation(description="Change an action's weight, dates, budget or actors.")
    async def update_action(
        self, info: Info[SpoorContext, None], input: UpdateActionInput
    ) -> ActionResult:
        return await perform(info, actions.update_action, input.command, Action.from_row)

    @strawberry.mutation(description="Move an action along its status machine (or drop it).")
    async def set_action_status(
        self, info: Info[SpoorContext, None], input: SetActionStatusInput
    ) -> ActionResult:
        return await perform(info, actions.set_action_status, input.command, Action.from_row)

    @strawberry.mutation(description="Report an action's progress (0 to 100).")
    async def set_progress(
        self, info: Info[SpoorContext, None], input: SetProgressInput
    ) -> ActionResult:
        return await perform(info, actions.set_progress, input.command, Action.from_row)
