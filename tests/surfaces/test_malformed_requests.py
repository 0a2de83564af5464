"""Malformed requests get a 4xx in the surface's own format, never a 500 or text/plain: a GraphQL
error body on /graphql, problem+json elsewhere (REST included), anonymous or keyed alike."""

from collections.abc import AsyncIterator
from urllib.parse import quote

import httpx
import pytest
from pydantic import BaseModel

from api.app import create_app
from api.http.malformed import MAX_BODY_BYTES, MAX_JSON_DEPTH
from api.services.caller import Caller
from api.store.database import Database
from tests.surfaces.graphql_calls import bearer, issue_key

JSON = {"content-type": "application/json"}
QUERY = '{"query": "{ plans { totalCount } }"'

# (what is wrong, the body): each sent as application/json.
BAD_BODIES = [
    ("a number", b"42"),
    ("null", b"null"),
    ("an array", b"[]"),
    ("a batch", b'[{"query": "{ __typename }"}]'),
    ("a string", b'"x"'),
    ("true", b"true"),
    ("empty", b""),
    ("whitespace", b"  \n "),
    ("not JSON", b"{query: 1}"),
    ("cut short", b'{"query": "{ __typename }"'),
    ("invalid UTF-8", b'{"query": "{ __typename }", "x": "\xff"}'),
    ("a UTF-16 byte-order mark", b"\xff\xfe{\x00}\x00"),
    ("a UTF-8 byte-order mark", b'\xef\xbb\xbf{"query": "{ __typename }"}'),
    ("UTF-8 encoded surrogate", b'{"query": "{ __typename }", "x": "\xed\xa0\x80"}'),
    ("arrays thousands deep", b"[" * 5000 + b"]" * 5000),
    ("objects thousands deep", b'{"a":' * 5000 + b"1" + b"}" * 5000),
    (
        "variables too deep",
        (QUERY + ', "variables": {"v": ' + "[" * 100 + "]" * 100 + "}}").encode(),
    ),
    ("NaN", (QUERY + ', "variables": {"v": NaN}}').encode()),
    ("Infinity", (QUERY + ', "variables": {"v": -Infinity}}').encode()),
    ("a number of 5,000 digits", (QUERY + ', "variables": {"v": ' + "1" * 5000 + "}}").encode()),
    ("query not a string", b'{"query": 5}'),
    ("query an object", b'{"query": {"a": 1}}'),
    ("no query", b"{}"),
    ("an empty query", b'{"query": ""}'),
    ("variables a list", (QUERY + ', "variables": []}').encode()),
    ("variables a number", (QUERY + ', "variables": 42}').encode()),
    ("variables a string", (QUERY + ', "variables": "{}"}').encode()),
    ("extensions a number", (QUERY + ', "extensions": 3}').encode()),
    ("extensions a list", (QUERY + ', "extensions": [1]}').encode()),
    ("operationName a number", (QUERY + ', "operationName": 5}').encode()),
    ("operationName a list", (QUERY + ', "operationName": ["A"]}').encode()),
]

# Query strings of GET /graphql.
BAD_QUERY_STRINGS = [
    ("no query", ""),
    ("variables a number", "query=%7B__typename%7D&variables=42"),
    ("variables a list", "query=%7B__typename%7D&variables=%5B%5D"),
    ("variables not JSON", "query=%7B__typename%7D&variables=%7B"),
    ("variables too deep", "query=%7B__typename%7D&variables=" + quote("[" * 3000 + "]" * 3000)),
    ("variables NaN", "query=%7B__typename%7D&variables=" + quote('{"v": NaN}')),
    ("extensions a number", "query=%7B__typename%7D&extensions=3"),
    ("invalid UTF-8 in the query", "query=%ff%fe"),
    ("invalid UTF-8 in variables", "query=%7B__typename%7D&variables=%7B%22v%22%3A%22%C3%28%22%7D"),
    ("a mutation over GET", "query=" + quote("mutation { __typename }")),
]


@pytest.fixture(params=["anonymous", "keyed"])
async def key(request: pytest.FixtureRequest, database: Database, caller: Caller) -> str | None:
    if request.param == "anonymous":
        return None
    return (await issue_key(database, caller, ["read"])).key


def assert_graphql_refusal(response: httpx.Response, status: int = 400) -> str:
    """A GraphQL error body: one error with a message and a code, nothing executed."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"errors"}
    (error,) = body["errors"]
    assert error["message"]
    assert error["extensions"]["code"] == ("bad_request" if status == 400 else "payload_too_large")
    assert error["extensions"]["requestId"]
    return str(error["message"])


@pytest.mark.parametrize(("wrong", "body"), BAD_BODIES, ids=[case[0] for case in BAD_BODIES])
async def test_a_malformed_graphql_body_gets_400(
    client: httpx.AsyncClient, key: str | None, wrong: str, body: bytes
) -> None:
    response = await client.post("/graphql", content=body, headers={**JSON, **bearer(key)})
    assert_graphql_refusal(response)


@pytest.mark.parametrize(
    ("wrong", "query_string"), BAD_QUERY_STRINGS, ids=[case[0] for case in BAD_QUERY_STRINGS]
)
async def test_a_malformed_graphql_get_gets_400(
    client: httpx.AsyncClient, key: str | None, wrong: str, query_string: str
) -> None:
    headers = {"accept": "application/json", **bearer(key)}
    assert_graphql_refusal(await client.get(f"/graphql?{query_string}", headers=headers))


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
async def test_a_graphql_body_of_another_content_type_gets_400(
    client: httpx.AsyncClient, key: str | None, content_type: str | None
) -> None:
    headers = {"content-type": content_type} if content_type else {}
    response = await client.post(
        "/graphql", content=b'{"query": "{ __typename }"}', headers={**headers, **bearer(key)}
    )
    assert "content type" in assert_graphql_refusal(response)


async def test_the_messages_say_what_was_wrong(client: httpx.AsyncClient) -> None:
    async def message(body: bytes) -> str:
        return assert_graphql_refusal(await client.post("/graphql", content=body, headers=JSON))

    assert "JSON object" in await message(b"42")
    assert "UTF-8" in await message(b'{"query": "\xff"}')
    assert f"deeper than {MAX_JSON_DEPTH}" in await message(b"[" * 5000 + b"]" * 5000)
    assert "NaN" in await message(b'{"query": "{ __typename }", "variables": {"v": NaN}}')
    assert "empty" in await message(b"")


async def test_json_as_deep_as_allowed_is_read(client: httpx.AsyncClient) -> None:
    nested = "[" * (MAX_JSON_DEPTH - 2) + "]" * (MAX_JSON_DEPTH - 2)
    body = f'{{"query": "{{ __typename }}", "extensions": {{"x": {nested}}}}}'.encode()
    response = await client.post("/graphql", content=body, headers=JSON)
    assert response.json() == {"data": {"__typename": "Query"}}


async def test_a_body_over_the_limit_gets_413(client: httpx.AsyncClient, key: str | None) -> None:
    padding = "x" * MAX_BODY_BYTES
    body = f'{{"query": "{{ __typename }}", "extensions": {{"pad": "{padding}"}}}}'.encode()
    response = await client.post("/graphql", content=body, headers={**JSON, **bearer(key)})
    assert str(MAX_BODY_BYTES) in assert_graphql_refusal(response, 413)


async def test_a_body_over_the_limit_without_a_length_gets_413(client: httpx.AsyncClient) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"query": "{ __typename }", "extensions": {"pad": "'
        for _ in range(MAX_BODY_BYTES // 65536 + 1):
            yield b"x" * 65536
        yield b'"}}'

    # A streamed body is sent chunked, with no Content-Length to refuse it by.
    response = await client.post("/graphql", content=chunks(), headers=JSON)
    assert_graphql_refusal(response, 413)


async def test_a_body_just_under_the_limit_is_read(client: httpx.AsyncClient) -> None:
    head = b'{"query": "{ __typename }", "extensions": {"pad": "'
    body = head + b"x" * (MAX_BODY_BYTES - len(head) - 3) + b'"}}'
    assert len(body) == MAX_BODY_BYTES
    response = await client.post("/graphql", content=body, headers=JSON)
    assert response.json() == {"data": {"__typename": "Query"}}


# Beyond /graphql: problem+json, whatever the route, before the route reads anything.


class Command(BaseModel):
    title: str


@pytest.fixture
async def rest(database: Database) -> AsyncIterator[httpx.AsyncClient]:
    """The application with one REST route of the kind the REST surface will have."""
    app = create_app(database)

    @app.post("/api/v1/echo")
    async def echo(command: Command) -> Command:
        return command

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://spoor.test") as http:
        yield http


def assert_problem(response: httpx.Response, statuses: tuple[int, ...] = (400,)) -> None:
    assert response.status_code in statuses, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == response.status_code
    assert response.json()["detail"]


@pytest.mark.parametrize(("wrong", "body"), BAD_BODIES, ids=[case[0] for case in BAD_BODIES])
async def test_a_malformed_rest_body_gets_a_problem(
    rest: httpx.AsyncClient, wrong: str, body: bytes
) -> None:
    # Unreadable bodies are refused at the edge (400); readable JSON of the wrong shape is the
    # route's to refuse, field by field (422).
    response = await rest.post("/api/v1/echo", content=body, headers=JSON)
    assert_problem(response, (400, 422))


async def test_rest_refusals_at_the_edge_are_400_or_413(rest: httpx.AsyncClient) -> None:
    for body in (b'{"title": "\xff"}', b"[" * 5000 + b"]" * 5000, b'{"title": NaN}'):
        assert_problem(await rest.post("/api/v1/echo", content=body, headers=JSON))
    assert_problem(await rest.get("/healthz?x=%ff"))
    huge = b'{"title": "' + b"x" * MAX_BODY_BYTES + b'"}'
    assert_problem(await rest.post("/api/v1/echo", content=huge, headers=JSON), (413,))
    good = await rest.post("/api/v1/echo", json={"title": "ok"})
    assert good.json() == {"title": "ok"}
