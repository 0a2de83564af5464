"""Inputs in GraphQL: what participants said, and the mutations that record and review it."""

import datetime
from typing import Annotated, Self

import strawberry
from strawberry import relay
from strawberry.types import Info

from api.schema.context import SpoorContext
from api.schema.errors import Failure, expected_version_field, perform, reason_field
from api.schema.ids import optional_uuid_of, uuid_of
from api.schema.participation import Moment
from api.schema.trail import TrailNode, register_node_type, resolve_trail_nodes
from api.schema.vocabulary import Channel, InputStatus, Language, ParticipantType
from api.services import disclosure, inputs
from api.store import models


@strawberry.type(description="One contribution from a participant.")
class Input(TrailNode):
    id: relay.NodeID[str]
    row: strawberry.Private[models.Input]
    # Plain attributes, like the ones every trail node has (see `TrailNode`); the fields after
    # `statusReason` stay resolvers, to keep their place in the schema's field order.
    text: str = strawberry.field(description="What the participant said.")
    channel: Channel = strawberry.field(description="How the input reached the municipality.")
    participant_type: ParticipantType = strawberry.field(description="Who gave it.")
    status: InputStatus = strawberry.field(description="Where it is in review.")

    @classmethod
    def from_row(cls, row: models.Input) -> Self:
        return cls(
            id=str(row.id), row=row, version=row.version, text=row.text,
            channel=Channel(row.channel), participant_type=ParticipantType(row.participant_type),
            status=InputStatus(row.status),
        )  # fmt: skip

    resolve_nodes = resolve_trail_nodes("input")

    @strawberry.field(
        description="Why it was not retained, when it was not; the municipality's own note, so"
        " shown only with a key (published feedback is the answer for everyone)."
    )
    def status_reason(self, info: Info[SpoorContext, None]) -> str | None:
        return disclosure.personal(info.context.caller, self.row.status_reason)

    @strawberry.field(
        description="The id it has in the system it came from, if it was given; shown only with"
        " a key, as it points at the participant's case there."
    )
    def external_id(self, info: Info[SpoorContext, None]) -> str | None:
        return disclosure.personal(info.context.caller, self.row.external_id)

    @strawberry.field(
        description="The citizen's receipt code: only in the answer to createInput, never again."
    )
    def receipt_code(self) -> str | None:
        return self.row.receipt_code

    @strawberry.field(description="When the input was given.")
    def submitted_at(self) -> datetime.datetime:
        return self.row.submitted_at

    @strawberry.field(description="The language it was given in.")
    def language(self) -> Language:
        return Language(self.row.language)

    @strawberry.field(description="The participation moment it was gathered at, if any.")
    async def moment(self, info: Info[SpoorContext, None]) -> Moment | None:
        if self.row.moment_id is None:
            return None
        row = await info.context.moments.load((self.row.tenant_id, self.row.moment_id))
        return Moment.from_row(row) if row else None


register_node_type("input", Input.from_row)  # type: ignore[arg-type]

InputResult = Annotated[Input | Failure, strawberry.union("InputResult")]


@strawberry.input(description="One contribution to record for a plan, as it was received.")
class CreateInputInput:
    plan_id: strawberry.ID
    text: str
    channel: Channel
    participant_type: ParticipantType
    language: Language = Language.NL
    moment_id: strawberry.ID | None = strawberry.field(
        default=None, description="The participation moment it was gathered at."
    )
    submitted_at: datetime.datetime | None = strawberry.field(
        default=None, description="When it was given; now when not given."
    )
    external_id: str | None = strawberry.field(
        default=None,
        description="Its id in the system it comes from, unique per municipality: sending the"
        " same create again returns the input made the first time.",
    )
    reason: str | None = reason_field()

    def command(self) -> inputs.CreateInput:
        return inputs.CreateInput(
            plan_id=uuid_of(self.plan_id, "Plan", field="planId"), text=self.text,
            channel=self.channel, participant_type=self.participant_type,
            language=self.language,
            moment_id=optional_uuid_of(self.moment_id, "Moment", field="momentId"),
            submitted_at=self.submitted_at, external_id=self.external_id, reason=self.reason,
        )  # fmt: skip


@strawberry.input(description="What to correct of an input; what is not given stays.")
class UpdateInputInput:
    input_id: strawberry.ID
    text: str | None = None
    channel: Channel | None = None
    participant_type: ParticipantType | None = None
    moment_id: strawberry.ID | None = None
    language: Language | None = None
    external_id: str | None = None
    expected_version: int | None = expected_version_field()
    reason: str | None = reason_field()

    def command(self) -> inputs.UpdateInput:
        return inputs.UpdateInput(
            input_id=uuid_of(self.input_id, "Input", field="inputId"), text=self.text,
            channel=self.channel, participant_type=self.participant_type,
            moment_id=optional_uuid_of(self.moment_id, "Moment", field="momentId"),
            language=self.language, external_id=self.external_id,
            expected_version=self.expected_version, reason=self.reason,
        )  # fmt: skip


@strawberry.input(description="A step of an input's review; NOT_RETAINED needs a reason.")
class SetInputStatusInput:
    input_id: strawberry.ID
    status: InputStatus
    expected_version: int | None = expected_version_field()
    reason: str | None = reason_field()

    def command(self) -> inputs.SetInputStatus:
        return inputs.SetInputStatus(
            input_id=uuid_of(self.input_id, "Input", field="inputId"), status=self.status,
            expected_version=self.expected_version, reason=self.reason,
        )  # fmt: skip


@strawberry.type
class InputMutations:
    @strawberry.mutation(description="Record an input for a plan; returns its receipt code once.")
    async def create_input(
        self, info: Info[SpoorContext, None], input: CreateInputInput
    ) -> InputResult:
        return await perform(info, inputs.create_input, input.command, Input.from_row)

    @strawberry.mutation(description="Correct an input's text, channel, participant or moment.")
    async def update_input(
        self, info: Info[SpoorContext, None], input: UpdateInputInput
    ) -> InputResult:
        return await perform(info, inputs.update_input, input.command, Input.from_row)

    @strawberry.mutation(description="Move an input through review; NOT_RETAINED needs a reason.")
    async def set_input_status(
        self, info: Info[SpoorContext, None], input: SetInputStatusInput
    ) -> InputResult:
        return await perform(info, inputs.set_input_status, input.command, Input.from_row)
