"""Which errors are an outage (503, try again) and which stay errors (a bug, or a statement the
database refused): connection failures are recognised whatever raised or wrapped them."""

import asyncpg
import pytest
from asyncpg.exceptions import (
    AdminShutdownError,
    CannotConnectNowError,
    QueryCanceledError,
    TooManyConnectionsError,
    UniqueViolationError,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from api.http.outage import DatabaseUnavailable, is_database_unavailable
from tests.served import free_port


async def test_a_refused_connection_is_an_outage() -> None:
    # Nothing listens on a free port: asyncpg raises the OSError itself.
    with pytest.raises(OSError) as refused:
        await asyncpg.connect(f"postgresql://postgres@127.0.0.1:{free_port()}/postgres")
    assert is_database_unavailable(refused.value)


def _raised_from(error: BaseException, cause: BaseException) -> BaseException:
    try:
        try:
            raise cause
        except BaseException as inner:
            raise error from inner
    except BaseException as outer:
        return outer


@pytest.mark.parametrize(
    "error",
    [
        PoolTimeout("QueuePool limit of size 2 overflow 0 reached"),
        DatabaseUnavailable(),
        CannotConnectNowError("the database system is starting up"),
        AdminShutdownError("terminating connection due to administrator command"),
        TooManyConnectionsError("sorry, too many clients already"),
        DBAPIError("SELECT 1", {}, Exception("closed"), connection_invalidated=True),
        _raised_from(RuntimeError("wrapped"), CannotConnectNowError("starting up")),
        ExceptionGroup("a task group", [ValueError("other"), PoolTimeout("timed out")]),
    ],
    ids=lambda error: type(error).__name__,
)
def test_outages(error: BaseException) -> None:
    assert is_database_unavailable(error)


@pytest.mark.parametrize(
    "error",
    [
        RuntimeError("a bug"),
        ConnectionRefusedError("raised by code that is not the database driver"),
        FileNotFoundError("a file of ours"),
        QueryCanceledError("canceling statement due to statement timeout"),
        UniqueViolationError("duplicate key value"),
        DBAPIError("SELECT 1", {}, Exception("syntax"), connection_invalidated=False),
    ],
    ids=lambda error: type(error).__name__,
)
def test_not_outages(error: BaseException) -> None:
    assert not is_database_unavailable(error)
