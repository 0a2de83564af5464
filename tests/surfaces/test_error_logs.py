"""A client's mistakes are one line at INFO with the request id, whatever their number and size;
only unexpected errors are logged at ERROR, with their traceback, once."""

import logging
import uuid

import httpx
import pytest

from api.schema.app import schema
from api.schema.context import SpoorContext
from api.store.database import Database
from tests.surfaces.graphql_calls import gid

REQUEST_ID = {"X-Request-Id": "req-client-7"}


def _logged(caplog: pytest.LogCaptureFixture) -> tuple[int, list[logging.LogRecord]]:
    """How many bytes the captured records would write, and the records at ERROR or above."""
    size = sum(len(caplog.handler.format(record)) + 1 for record in caplog.records)
    return size, [record for record in caplog.records if record.levelno >= logging.ERROR]


def _unknown_fields() -> str:
    # Each a validation error, each quoting the (one long) line it stands on.
    return "{ " + " ".join(f"nope_{n:03}_{'x' * 95}" for n in range(75)) + " }"


def _bad_ids() -> str:
    # Each alias an execution error: an id that is no global id.
    fields = (f'p{n}: node(id: "{"garbage-" * 29}{n}") {{ id }}' for n in range(30))
    return "{ " + " ".join(fields) + " }"


@pytest.mark.parametrize("document", [_unknown_fields(), _bad_ids()], ids=["invalid", "refused"])
async def test_a_query_full_of_mistakes_writes_one_short_line(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture, document: str
) -> None:
    assert len(document.encode()) >= 7_600
    with caplog.at_level(logging.INFO):
        response = await client.post("/graphql", json={"query": document}, headers=REQUEST_ID)
    assert len(response.json()["errors"]) >= 30
    size, errors = _logged(caplog)
    assert errors == []
    assert size < 1_000, caplog.text
    (line,) = [record for record in caplog.records if "req-client-7" in record.getMessage()]
    assert line.levelno == logging.INFO and line.exc_info is None
    assert "\n" not in line.getMessage()


async def test_a_malformed_request_is_one_line_at_info(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO):
        response = await client.post(
            "/graphql",
            content=b"[" * 5000 + b"]" * 5000,
            headers={"content-type": "application/json", **REQUEST_ID},
        )
        await client.post("/graphql", content=b"42", headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["requestId"] == "req-client-7"
    lines = [record for record in caplog.records if record.name.startswith("spoor")]
    assert [record.levelno for record in lines] == [logging.INFO, logging.INFO]
    assert "req-client-7" in lines[0].getMessage()
    assert all(record.exc_info is None for record in caplog.records)


async def test_an_unexpected_error_logs_its_traceback_once(
    database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    # A context without a request scope: reading through it fails as a programming error would,
    # in each of the two fields alike.
    context = SpoorContext(None, database, request_id="req-42")
    plan = gid("Plan", uuid.uuid4())
    with caplog.at_level(logging.INFO):
        result = await schema.execute(
            f'{{ a: node(id: "{plan}") {{ id }} b: node(id: "{plan}") {{ id }} }}',
            context_value=context,
        )
    assert result.errors is not None and len(result.errors) == 2
    (logged,) = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert logged.levelno == logging.ERROR
    assert logged.exc_info is not None
    assert "req-42" in logged.getMessage() and "1 more like it" in logged.getMessage()
    assert caplog.text.count("Traceback") == 1
