"""Errors raised when input breaks a domain rule; the surfaces turn them into typed answers."""


class DomainError(Exception):
    """A request that breaks a rule of the domain; nothing it asked for was changed."""

    code = "domain_error"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    @property
    def extensions(self) -> dict[str, str | None]:
        """Its code and field for a program to switch on where no typed result carries them:
        graphql-core copies an exception's `extensions` into the GraphQL error it reports."""
        return {"code": self.code, "field": self.field}


class ValidationFailed(DomainError):
    """A value is malformed or out of range."""

    code = "validation_failed"


class NotFound(DomainError):
    """The item does not exist, or the caller may not see it."""

    code = "not_found"


class LinkNotAllowed(DomainError):
    """The trail does not allow a link between these two kinds of node."""

    code = "link_not_allowed"


class DuplicateLink(DomainError):
    """The two nodes are already linked."""

    code = "duplicate_link"


class CrossPlanLink(DomainError):
    """The two nodes belong to different plans."""

    code = "cross_plan_link"


class CycleDetected(LinkNotAllowed):
    """The change would make a path lead back to where it started."""

    code = "cycle_detected"


class IllegalTransition(DomainError):
    """The status machine does not allow this change of status."""

    code = "illegal_transition"


class Conflict(DomainError):
    """The item changed since the caller read it, or a unique value is already taken."""

    code = "conflict"


class StaleVersion(Conflict):
    """The caller changed an item from a version that is no longer the current one."""

    code = "stale_version"

    def __init__(
        self, message: str, *, field: str | None = "expectedVersion", current: int | None = None
    ) -> None:
        super().__init__(message, field=field)
        self.current = current


def expect_version(current: int, expected: int | None) -> None:
    """Refuse a change made from an older read: another change came in between."""
    if expected is not None and expected != current:
        raise StaleVersion(
            f"the item is at version {current}, not {expected}; read it again and retry",
            current=current,
        )


class Unauthenticated(DomainError):
    """The credentials are missing, unknown, revoked or expired."""

    code = "unauthenticated"


class Forbidden(DomainError):
    """The caller is known but its key does not allow this."""

    code = "forbidden"
