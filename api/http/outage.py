"""A database that cannot be reached is an outage, not a bug: every surface answers 503
problem+json with Retry-After, and the next request tries again.

Whatever layer meets the failure (rate limiting, identification, a resolver, a use case) lets it
rise; `AnswerOutagesWith503` turns it into the answer at the edge. Nothing has to be restarted:
the engine's pool replaces a connection the server closed, and after a statement fails on a dead
one it replaces every connection older than it (api/store/database.py), and connects anew.
"""

import logging
import time
import traceback
from collections.abc import Iterator

from asyncpg.exceptions import PostgresError
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.http.identity import request_id
from api.http.malformed import request_instance
from api.http.problems import problem

RETRY_AFTER_SECONDS = 5
# SQLSTATEs that say the server is away, going away, full or unknown to us, not that the
# statement was wrong: connection exceptions (class 08), shutting down or starting up
# (57P01-57P03), too many connections, no such database, credentials refused.
_UNAVAILABLE_STATES = {"57P01", "57P02", "57P03", "53300", "3D000", "28000", "28P01"}
# Where an OSError (a refused connection, a missing unix socket) means the database connection.
_DRIVERS = ("asyncpg", "sqlalchemy")
# One warning per interval while the database is away, not one per refused request.
_LOG_INTERVAL_SECONDS = 10.0

log = logging.getLogger("spoor.outage")


class DatabaseUnavailable(Exception):
    """Raised where a surface learns of an outage after the original error was consumed."""


def is_database_unavailable(error: BaseException) -> bool:
    """Whether the error, or one it came from, says the database cannot be used right now."""
    return any(_says_unavailable(cause) for cause in _causes(error))


def _says_unavailable(error: BaseException) -> bool:
    if isinstance(error, DatabaseUnavailable | PoolTimeout):
        return True
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    if isinstance(error, PostgresError):
        state = str(getattr(error, "sqlstate", "") or "")
        return state.startswith("08") or state in _UNAVAILABLE_STATES
    if isinstance(error, OSError):
        # Raised while connecting: refused, reset, timed out, no socket file. Elsewhere an
        # OSError is a bug like any other.
        return _raised_in_driver(error)
    return False


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error, the errors it was raised from or during, and an exception group's members."""
    seen: set[int] = set()
    pending = [error]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        if isinstance(current, BaseExceptionGroup):
            pending.extend(current.exceptions)
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)


def _raised_in_driver(error: BaseException) -> bool:
    for frame, _ in traceback.walk_tb(error.__traceback__):
        module = str(frame.f_globals.get("__name__", ""))
        if module.split(".", 1)[0] in _DRIVERS:
            return True
    return False


class _OutageLog:
    """The first refusal of an outage logged at once, the rest counted into the next line."""

    def __init__(self) -> None:
        self.last = -_LOG_INTERVAL_SECONDS
        self.unlogged = 0

    def refused(self, error: BaseException, method: str, path: str) -> None:
        now = time.monotonic()
        if now - self.last < _LOG_INTERVAL_SECONDS:
            self.unlogged += 1
            return
        since = f" ({self.unlogged} more refused since the last report)" if self.unlogged else ""
        log.warning(
            "database unavailable, answering 503: %s %s: %s: %s%s",
            method,
            path,
            type(error).__name__,
            str(error).splitlines()[0][:200] if str(error) else "",
            since,
        )
        self.last, self.unlogged = now, 0


_outage_log = _OutageLog()


class AnswerOutagesWith503:
    """ASGI middleware: a database outage, wherever it surfaced, becomes 503 problem+json with
    Retry-After, for every surface; any other error goes on as it was."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched_send)
        except Exception as error:
            if started or not is_database_unavailable(error):
                raise
            _outage_log.refused(error, scope.get("method", "?"), scope.get("path", "?"))
            rid = request_id(Request(scope))
            await service_unavailable(rid)(scope, receive, send)


def service_unavailable(rid: str) -> Response:
    """503 problem+json with Retry-After: the answer to every request during an outage."""
    response = problem(
        503,
        "Service Unavailable",
        "the database does not answer; try again in a few seconds",
        instance=request_instance(rid),
    )
    response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
