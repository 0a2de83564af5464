"""Inputs over REST: what participants said, recorded, corrected, reviewed and removed."""

import uuid
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import Field

from api.domain.status import InputStatus
from api.domain.trail import NodeKind
from api.domain.vocabulary import Channel, Language, ParticipantType
from api.rest.conventions import (
    DEFAULT_LIMIT,
    After,
    Body,
    ExternalId,
    IfMatch,
    Limit,
    Reason,
    page,
)
from api.rest.requests import Scoped, errors
from api.rest.trail_items import created_node, delete_node, in_plan, one_node, shown_node
from api.rest.trail_models import Input, InputPage, shown_items
from api.rest.writes import IdempotencyKey, perform
from api.services import inputs, reading
from api.services.pagination import encode_cursor
from api.services.runner import UnitOfWork
from api.store.input_pages import InputFilter

router = APIRouter(prefix="/api/v1", tags=["inputs"])


class CreateInput(Body):
    """One contribution to record for the plan, as it was received."""

    text: str
    channel: Channel
    participant_type: ParticipantType
    language: Language = Language.NL
    moment_id: uuid.UUID | None = Field(
        default=None, description="The participation moment it was gathered at."
    )
    submitted_at: datetime | None = Field(
        default=None, description="When it was given, with its offset; now when not given."
    )
    external_id: str | None = Field(
        default=None,
        description="Its id in the system it comes from, unique per municipality: sending the"
        " same create again returns the input made the first time.",
    )
    reason: str | None = Field(default=None, description="Why, as the event log will say.")

    def command(self, plan_id: uuid.UUID) -> inputs.CreateInput:
        return inputs.CreateInput(
            plan_id=plan_id, text=self.text, channel=self.channel,
            participant_type=self.participant_type, language=self.language,
            moment_id=self.moment_id, submitted_at=self.submitted_at,
            external_id=self.external_id, reason=self.reason,
        )  # fmt: skip


class UpdateInput(Body):
    """What to correct of an input; what is not given stays."""

    text: str | None = None
    channel: Channel | None = None
    participant_type: ParticipantType | None = None
    moment_id: uuid.UUID | None = None
    language: Language | None = None
    external_id: str | None = None
    reason: str | None = Field(default=None, description="Why, as the event log will say.")


class SetInputStatus(Body):
    """A step of the input's review; not_retained needs a reason."""

    status: InputStatus
    reason: str | None = Field(
        default=None, description="Why, as the event log will say; why not, for not_retained."
    )


@router.get(
    "/plans/{plan_id}/inputs",
    summary="The plan's inputs, oldest first, filtered as asked",
    description="`search` is full-text search with Dutch stemming; `reached` keeps the inputs"
    " that do (or do not) reach a goal or an action.",
    response_model=InputPage,
    responses=errors(401, 403, 404, 422),
)
async def list_inputs(
    request: Request,
    plan_id: uuid.UUID,
    scope: Scoped,
    limit: Limit = DEFAULT_LIMIT,
    after: After = None,
    channel: Channel | None = None,
    participant_type: ParticipantType | None = None,
    status: InputStatus | None = None,
    moment_id: uuid.UUID | None = None,
    theme_id: uuid.UUID | None = None,
    reached: bool | None = None,
    search: Annotated[str | None, Query(max_length=500)] = None,
) -> Response:
    given = InputFilter(
        channel=channel.value if channel else None,
        participant_type=participant_type.value if participant_type else None,
        status=status.value if status else None, moment_id=moment_id, theme_id=theme_id,
        reached=reached, search=search.strip() if search and search.strip() else None,
    )  # fmt: skip
    query = reading.InputQuery(filter=given, first=limit, after=after)
    caller = scope.caller

    async def read(uow: UnitOfWork) -> tuple[list[Any], str | None, int]:
        plan = await reading.plan_for(uow, caller, plan_id)
        key = (plan.tenant_id, plan.id)
        rows, more, total = (await reading.input_pages_of(uow, [(key, query)]))[(key, query)]
        last = rows[-1] if rows else None
        following = encode_cursor(last.submitted_at, last.id) if more and last else None
        return await shown_items(uow, caller, rows), following, total

    items, following, total = await scope.read(read)
    return page(request, InputPage, items, next_cursor=following, total=total)


@router.post(
    "/plans/{plan_id}/inputs",
    summary="Record an input for the plan; its receipt code is in this answer only",
    status_code=201,
    response_model=Input,
    responses=errors(401, 403, 404, 409, 422),
)
async def create_input(
    request: Request,
    plan_id: uuid.UUID,
    body: CreateInput,
    scope: Scoped,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    return await perform(
        request, scope, inputs.create_input, body.command(plan_id), created_node,
        idempotency_key=idempotency_key,
    )  # fmt: skip


@router.get(
    "/plans/{plan_id}/inputs/by-external-id/{external_id}",
    summary="The input your own system knows by this id",
    response_model=Input,
    responses=errors(401, 403, 404, 422),
)
async def get_input_by_external_id(
    request: Request, plan_id: uuid.UUID, external_id: ExternalId, scope: Scoped
) -> Response:
    return await one_node(
        request, scope, plan_id=plan_id, kind=NodeKind.INPUT, external_id=external_id
    )


@router.get(
    "/plans/{plan_id}/inputs/{input_id}",
    summary="One input of the plan",
    response_model=Input,
    responses=errors(401, 403, 404, 422),
)
async def get_input(
    request: Request, plan_id: uuid.UUID, input_id: uuid.UUID, scope: Scoped
) -> Response:
    return await one_node(request, scope, plan_id=plan_id, kind=NodeKind.INPUT, node_id=input_id)


@router.patch(
    "/plans/{plan_id}/inputs/{input_id}",
    summary="Correct an input's text, channel, participant type, moment, language or external id",
    response_model=Input,
    responses=errors(401, 403, 404, 409, 412, 422),
)
async def update_input(
    request: Request,
    plan_id: uuid.UUID,
    input_id: uuid.UUID,
    body: UpdateInput,
    scope: Scoped,
    expected: IfMatch,
) -> Response:
    await in_plan(scope, plan_id=plan_id, kind=NodeKind.INPUT, node_id=input_id)
    command = inputs.UpdateInput(
        input_id=input_id, text=body.text, channel=body.channel,
        participant_type=body.participant_type, moment_id=body.moment_id,
        language=body.language, external_id=body.external_id, expected_version=expected,
        reason=body.reason,
    )  # fmt: skip
    return await perform(request, scope, inputs.update_input, command, shown_node)


@router.delete(
    "/plans/{plan_id}/inputs/{input_id}",
    summary="Remove an input and the links that touch it; each removal is recorded",
    status_code=204,
    responses=errors(401, 403, 404, 409, 412, 422),
)
async def delete_input(
    request: Request,
    plan_id: uuid.UUID,
    input_id: uuid.UUID,
    scope: Scoped,
    expected: IfMatch,
    reason: Reason = None,
) -> Response:
    return await delete_node(
        request, scope, plan_id=plan_id, kind=NodeKind.INPUT, node_id=input_id,
        expected=expected, reason=reason,
    )  # fmt: skip


@router.post(
    "/plans/{plan_id}/inputs/{input_id}/status",
    summary="Move an input through review; not_retained needs a reason",
    response_model=Input,
    responses=errors(401, 403, 404, 409, 412, 422),
)
async def set_input_status(
    request: Request,
    plan_id: uuid.UUID,
    input_id: uuid.UUID,
    body: SetInputStatus,
    scope: Scoped,
    expected: IfMatch,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    await in_plan(scope, plan_id=plan_id, kind=NodeKind.INPUT, node_id=input_id)
    command = inputs.SetInputStatus(
        input_id=input_id, status=body.status, expected_version=expected, reason=body.reason
    )
    return await perform(
        request, scope, inputs.set_input_status, command, shown_node,
        idempotency_key=idempotency_key,
    )  # fmt: skip
