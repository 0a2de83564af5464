"""Unexpected GraphQL errors are masked and carry the request id; bad ids stay clear."""

from collections.abc import AsyncIterator

import httpx
import pytest

from api.app import create_app
from api.schema.app import schema
from api.schema.context import SpoorContext
from api.store.database import Database, with_database


@pytest.fixture
async def broken(server_url: str) -> AsyncIterator[httpx.AsyncClient]:
    """Spoor pointed at a database that does not exist: every query fails unexpectedly."""
    app = create_app(with_database(server_url, "spoor_no_such_database"))
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://spoor.test") as http:
        yield http
    await app.state.database.dispose()


async def test_a_clear_error_for_an_id_that_is_no_global_id(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json={"query": '{ plan(id: "garbage") { title } }'})
    message = response.json()["errors"][0]["message"]
    assert "Unexpected" not in message


async def test_health_reports_a_missing_database(broken: httpx.AsyncClient) -> None:
    response = await broken.get("/healthz")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"


async def test_unexpected_errors_are_masked_with_the_request_id(database: Database) -> None:
    # A context without a request scope: reading through it fails as a programming error would.
    context = SpoorContext(None, database, request_id="req-42")
    result = await schema.execute("{ plans { totalCount } }", context_value=context)
    assert result.errors is not None
    (error,) = result.errors
    assert error.message == "Unexpected error; quote request id req-42 when reporting it."
    assert error.extensions == {"code": "internal_error", "requestId": "req-42"}
