"""The one place GraphQL errors are logged.

Strawberry hands every error of an operation to `Schema.process_errors`, before they are masked;
by default it logs each at ERROR with its traceback, so a careless or hostile query full of
mistakes floods the log. Here a client's mistakes (syntax, validation, refused values) become
one line at INFO per operation, with the request id; only unexpected errors are logged at
ERROR, each kind's traceback once; an outage is left to the edge, which answers 503 and logs it.
"""

import logging
import re
from collections.abc import Sequence

import strawberry
from graphql.error import GraphQLError
from strawberry.types import ExecutionContext

from api.http.outage import is_database_unavailable
from api.schema.masking import is_unexpected

log = logging.getLogger("spoor.graphql")

# Enough to say what was wrong and find the request; the request itself is the client's.
_QUOTED_MESSAGES = 3
_MESSAGE_CHARS = 160
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


class SpoorSchema(strawberry.Schema):
    """Strawberry's schema, its errors logged by `log_errors`."""

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        context = execution_context.context if execution_context is not None else None
        log_errors(errors, request_id=getattr(context, "request_id", None) or "unknown")


def log_errors(errors: Sequence[GraphQLError], *, request_id: str) -> None:
    client: list[GraphQLError] = []
    unexpected: dict[tuple[str, str], list[GraphQLError]] = {}
    for error in errors:
        original = error.original_error
        if original is not None and is_database_unavailable(original):
            continue
        if is_unexpected(error):
            kind = (type(original).__name__, str(original))
            unexpected.setdefault(kind, []).append(error)
        else:
            client.append(error)
    if client:
        log.info(
            "request %s: %d client error%s: %s",
            request_id,
            len(client),
            "" if len(client) == 1 else "s",
            _summary(client),
        )
    for alike in unexpected.values():
        more = f" (and {len(alike) - 1} more like it)" if len(alike) > 1 else ""
        log.error(
            "unexpected error in request %s at %s%s",
            request_id,
            ".".join(map(str, alike[0].path or ())) or "the operation",
            more,
            exc_info=alike[0].original_error,
        )


def _summary(errors: Sequence[GraphQLError]) -> str:
    """The first few distinct messages, each on one line and cut short."""
    messages = list(dict.fromkeys(_one_line(error.message) for error in errors))
    quoted = "; ".join(messages[:_QUOTED_MESSAGES])
    rest = len(messages) - _QUOTED_MESSAGES
    return quoted + (f"; and {rest} other messages" if rest > 0 else "")


def _one_line(message: str) -> str:
    # Messages quote what the client sent: no line breaks of theirs in our log.
    flat = _CONTROL.sub(" ", message)
    return flat if len(flat) <= _MESSAGE_CHARS else flat[: _MESSAGE_CHARS - 1] + "…"
