"""Unexpected errors are masked, and carry the request id that finds them in the logs."""

import logging

from graphql.error import GraphQLError
from strawberry.extensions import MaskErrors
from strawberry.relay.types import GlobalIDValueError

from api.domain.errors import DomainError

log = logging.getLogger("spoor.graphql")


def _is_unexpected(error: GraphQLError) -> bool:
    # Validation errors of the query itself and domain errors speak to the caller as they are.
    expected = (DomainError, GlobalIDValueError)
    original = error.original_error
    if original is None or isinstance(original, expected):
        return False
    # A variable's value the schema refuses (a value outside an enum, a malformed date) is
    # reported before execution, without a path, wrapping graphql-core's own error; a literal's
    # (`heldOn: "morgen"`) wraps the scalar's own exception, pinned to where it stands.
    refused_value = isinstance(original, GraphQLError) or bool(error.nodes)
    return not (error.path is None and refused_value)


class MaskUnexpectedErrors(MaskErrors):
    """Replace an unexpected error by a message with the request id; log the real one."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=_is_unexpected)

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        context = self.execution_context.context
        request_id = getattr(context, "request_id", None) or "unknown"
        log.error("unexpected error in request %s", request_id, exc_info=error.original_error)
        return GraphQLError(
            message=f"Unexpected error; quote request id {request_id} when reporting it.",
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            extensions={"code": "internal_error", "requestId": request_id},
        )
