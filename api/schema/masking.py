"""Unexpected errors are masked, and carry the request id that finds them in the logs
(error_log.py writes them there)."""

from graphql.error import GraphQLError
from strawberry.extensions import MaskErrors
from strawberry.relay.types import GlobalIDValueError

from api.domain.errors import DomainError
from api.http.outage import is_database_unavailable

# The code of an error the database's absence caused; the HTTP view answers 503 for it.
DATABASE_UNAVAILABLE = "database_unavailable"


def is_unexpected(error: GraphQLError) -> bool:
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
    """Replace an unexpected error by a message with the request id (error_log.py logs the
    real one), and one the database's absence caused by a message that says so."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=is_unexpected)

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        context = self.execution_context.context
        request_id = getattr(context, "request_id", None) or "unknown"
        if error.original_error is not None and is_database_unavailable(error.original_error):
            return GraphQLError(
                message="The database does not answer; try again in a few seconds.",
                nodes=error.nodes,
                source=error.source,
                positions=error.positions,
                path=error.path,
                extensions={"code": DATABASE_UNAVAILABLE, "requestId": request_id},
            )
        return GraphQLError(
            message=f"Unexpected error; quote request id {request_id} when reporting it.",
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            extensions={"code": "internal_error", "requestId": request_id},
        )
