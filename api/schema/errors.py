"""Expected failures: the types every mutation's result union shares, and the one place a
DomainError becomes one of them.

All of them implement `Error`, so a client asks `... on Error { message field errorCode }`
once for every mutation. Anything unexpected stays a GraphQL error (masked, with the request
id; see masking.py).
"""

from collections.abc import Awaitable, Callable
from enum import Enum
from typing import Any, TypeVar

import strawberry
from strawberry.types import Info

from api.domain.errors import Conflict, DomainError, Forbidden, NotFound, StaleVersion
from api.domain.errors import LinkNotAllowed as LinkRefused
from api.schema.context import SpoorContext
from api.services.caller import Caller
from api.services.runner import UnitOfWork

T = TypeVar("T")
R = TypeVar("R")
C = TypeVar("C")


@strawberry.enum(description="Why a change was refused.")
class ErrorCode(Enum):
    VALIDATION_FAILED = "validation_failed"
    ILLEGAL_TRANSITION = "illegal_transition"
    NOT_FOUND = "not_found"
    FORBIDDEN = "forbidden"
    UNAUTHENTICATED = "unauthenticated"
    CONFLICT = "conflict"
    STALE_VERSION = "stale_version"
    LINK_NOT_ALLOWED = "link_not_allowed"
    CYCLE_DETECTED = "cycle_detected"
    DUPLICATE_LINK = "duplicate_link"
    CROSS_PLAN_LINK = "cross_plan_link"
    RATE_LIMITED = "rate_limited"
    DOMAIN_ERROR = "domain_error"


@strawberry.interface(description="A change that was refused; nothing it asked for was changed.")
class Error:
    message: str = strawberry.field(description="What was wrong, in words for a developer.")
    field: str | None = strawberry.field(
        description="The input field at fault (such as planId or title), when one is."
    )
    error_code: ErrorCode = strawberry.field(description="Why, for a program to switch on.")


@strawberry.type(description="The item does not exist, or the caller may not see it.")
class NotFoundError(Error):
    pass


@strawberry.type(description="A value is malformed, out of range, or breaks a rule.")
class ValidationError(Error):
    pass


@strawberry.type(description="The trail does not allow this link (kind, cycle, duplicate, plan).")
class LinkNotAllowedError(Error):
    pass


@strawberry.type(description="The caller's key does not allow this, or there is no key.")
class ForbiddenError(Error):
    pass


@strawberry.type(
    description="The item changed since the caller read it (a stale expectedVersion), or a value"
    " that must be unique is taken."
)
class ConflictError(Error):
    current_version: int | None = strawberry.field(
        description="For a stale version: the version to read again and retry from."
    )


def reason_field() -> Any:
    """The `reason` every mutation input takes: it lands in the event log."""
    return strawberry.field(default=None, description="Why, as the event log will say.")


def expected_version_field() -> Any:
    """The `expectedVersion` every input that changes an existing item takes."""
    return strawberry.field(
        default=None,
        description="The version read before; given, a change made meanwhile is refused as a"
        " ConflictError (STALE_VERSION) instead of being overwritten.",
    )


Failure = NotFoundError | ValidationError | ConflictError | ForbiddenError | LinkNotAllowedError
LINK_CODES = {"duplicate_link", "cross_plan_link"}


def failure(error: DomainError) -> Failure:
    """The typed result of a refused change."""
    known = error.code in ErrorCode._value2member_map_
    code = ErrorCode(error.code) if known else ErrorCode.DOMAIN_ERROR
    message, field = error.message, error.field
    if isinstance(error, NotFound):
        return NotFoundError(message=message, field=field, error_code=code)
    if isinstance(error, Forbidden):
        return ForbiddenError(message=message, field=field, error_code=code)
    if isinstance(error, LinkRefused) or error.code in LINK_CODES:
        return LinkNotAllowedError(message=message, field=field, error_code=code)
    if isinstance(error, Conflict):
        current = error.current if isinstance(error, StaleVersion) else None
        return ConflictError(message=message, field=field, error_code=code, current_version=current)
    return ValidationError(message=message, field=field, error_code=code)


async def perform(
    info: Info[SpoorContext, None],
    use_case: Callable[[UnitOfWork, Caller, C], Awaitable[R]],
    command: Callable[[], C],
    present: Callable[[R], T],
) -> T | Failure:
    """Build the use case's command from a mutation's input and run it through the shared
    runner; a refusal, in the input or in the use case, becomes its typed result."""
    try:
        given = command()
        done = await info.context.write(use_case, given)
    except DomainError as error:
        return failure(error)
    return present(done)
