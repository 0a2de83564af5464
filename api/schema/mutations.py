"""Mutations: each runs one use case in a unit of work of its own, committed on success.

Expected failures are members of each result union, never errors: a frontend can switch on
`__typename`. Anything unexpected stays an error (masked, with the request id).
"""

from collections.abc import Awaitable, Callable
from typing import Annotated, TypeVar

import strawberry
from strawberry import relay
from strawberry.types import Info

from api.domain.errors import (
    Conflict,
    DomainError,
    Forbidden,
    IllegalTransition,
    LinkNotAllowed,
    NotFound,
    StaleVersion,
)
from api.schema.context import SpoorContext
from api.schema.ids import uuid_of
from api.schema.links import Link
from api.schema.structure import Action, Input
from api.services import actions, inputs, links
from api.services.caller import Caller
from api.store.unit_of_work import UnitOfWork

T = TypeVar("T")


@strawberry.type(description="The item does not exist, or the caller may not see it.")
class NotFoundError:
    message: str
    field: str | None


@strawberry.type(description="A value is malformed, out of range, or breaks a rule.")
class ValidationError:
    message: str
    field: str | None
    error_code: str = strawberry.field(
        description="validation_failed, illegal_transition, conflict…"
    )


@strawberry.type(description="The trail does not allow this link (kind, cycle, duplicate, plan).")
class LinkNotAllowedError:
    message: str
    field: str | None
    error_code: str = strawberry.field(
        description="link_not_allowed, cycle_detected, duplicate_link or cross_plan_link"
    )


@strawberry.type(description="The caller's key does not allow this, or there is no key.")
class ForbiddenError:
    message: str


@strawberry.type(
    description="The item changed since the caller read it (a stale expectedVersion), or a value"
    " that must be unique is taken."
)
class ConflictError:
    message: str
    field: str | None
    error_code: str = strawberry.field(description="stale_version or conflict")
    current_version: int | None = strawberry.field(
        description="For a stale version: the version to read again and retry from."
    )


Failure = NotFoundError | ValidationError | ConflictError | ForbiddenError
InputResult = Annotated[Input | Failure, strawberry.union("InputResult")]
ActionResult = Annotated[Action | Failure, strawberry.union("ActionResult")]
LinkResult = Annotated[Link | LinkNotAllowedError | Failure, strawberry.union("LinkResult")]


async def _perform(
    info: Info[SpoorContext, None], use: Callable[[UnitOfWork, Caller], Awaitable[T]]
) -> T | NotFoundError | ValidationError | ConflictError | ForbiddenError | LinkNotAllowedError:
    try:
        return await info.context.write(use)
    except DomainError as error:
        return _failure(error)


def _failure(
    error: DomainError,
) -> NotFoundError | ValidationError | ConflictError | ForbiddenError | LinkNotAllowedError:
    if isinstance(error, NotFound):
        return NotFoundError(message=error.message, field=error.field)
    if isinstance(error, Forbidden):
        return ForbiddenError(message=error.message)
    if isinstance(error, LinkNotAllowed) or error.code in ("duplicate_link", "cross_plan_link"):
        return LinkNotAllowedError(message=error.message, field=error.field, error_code=error.code)
    if isinstance(error, Conflict):
        return ConflictError(
            message=error.message,
            field=error.field,
            error_code=error.code,
            current_version=error.current if isinstance(error, StaleVersion) else None,
        )
    assert isinstance(error, (IllegalTransition, DomainError))
    return ValidationError(message=error.message, field=error.field, error_code=error.code)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Record an input for a plan; returns its receipt code once.")
    async def create_input(
        self,
        info: Info[SpoorContext, None],
        plan_id: relay.GlobalID,
        text: str,
        channel: str,
        participant_type: str,
        language: str = "nl",
        reason: str | None = None,
    ) -> InputResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Input:
            row = await inputs.create_input(
                uow, caller, plan_id=uuid_of(plan_id), text=text, channel=channel,
                participant_type=participant_type, language=language, reason=reason,
            )  # fmt: skip
            return Input.from_row(row)

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(description="Move an input through review; not_retained needs a reason.")
    async def set_input_status(
        self,
        info: Info[SpoorContext, None],
        input_id: relay.GlobalID,
        status: str,
        expected_version: int | None = None,
        reason: str | None = None,
    ) -> InputResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Input:
            row = await inputs.set_input_status(
                uow,
                caller,
                input_id=uuid_of(input_id),
                status=status,
                reason=reason,
                expected_version=expected_version,
            )
            return Input.from_row(row)

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(description="Report an action's progress (0 to 100).")
    async def set_progress(
        self,
        info: Info[SpoorContext, None],
        action_id: relay.GlobalID,
        progress: int,
        expected_version: int | None = None,
        reason: str | None = None,
    ) -> ActionResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Action:
            row = await actions.set_progress(
                uow,
                caller,
                action_id=uuid_of(action_id),
                progress=progress,
                reason=reason,
                expected_version=expected_version,
            )
            return Action(id=str(row.id), row=row)

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(description="Link two nodes of a plan, with a rationale and decision.")
    async def create_link(
        self,
        info: Info[SpoorContext, None],
        source_id: relay.GlobalID,
        target_id: relay.GlobalID,
        rationale: str | None = None,
        decision: str = "proposed",
        reason: str | None = None,
    ) -> LinkResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Link:
            row = await links.create_link(
                uow, caller, source_id=uuid_of(source_id), target_id=uuid_of(target_id),
                rationale=rationale, decision=decision, reason=reason,
            )  # fmt: skip
            return Link.from_row(row)

        return await _perform(info, use)
