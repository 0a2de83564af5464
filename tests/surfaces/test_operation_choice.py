"""A document of several operations runs only the one operationName names: without a name, or
with a name it does not hold, it is refused with a clear 400 and nothing runs."""

import httpx
import pytest

from api.services.caller import Caller
from api.store.database import Database
from tests.surfaces.graphql_calls import bearer, issue_key
from tests.surfaces.graphql_mutation_calls import MUTATIONS

COUNT = "query Count { plans { totalCount } }"
TWO_QUERIES = "query Names { __typename } " + COUNT


async def _plan_count(client: httpx.AsyncClient, key: str) -> int:
    response = await client.post("/graphql", json={"query": COUNT}, headers=bearer(key))
    return int(response.json()["data"]["plans"]["totalCount"])


def _refused(response: httpx.Response) -> str:
    assert response.status_code == 400, response.text
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "bad_request"
    assert "data" not in response.json()
    return str(error["message"])


@pytest.mark.parametrize(
    "document",
    [
        TWO_QUERIES,
        "{ __typename } " + COUNT,
        "{ __typename } { plans { totalCount } }",
        COUNT + " subscription Events { __typename }",
    ],
)
async def test_several_operations_without_a_name_are_refused(
    client: httpx.AsyncClient, document: str
) -> None:
    message = _refused(await client.post("/graphql", json={"query": document}))
    assert "operations" in message and "operationName" in message


async def test_the_refusal_names_the_operations(client: httpx.AsyncClient) -> None:
    message = _refused(await client.post("/graphql", json={"query": TWO_QUERIES}))
    assert message == (
        "The document holds 2 operations (Names, Count); say which one to run in operationName."
    )


async def test_over_get_too(client: httpx.AsyncClient) -> None:
    response = await client.get(
        "/graphql", params={"query": TWO_QUERIES}, headers={"accept": "application/json"}
    )
    assert "operationName" in _refused(response)


async def test_an_unknown_operation_name_is_refused(client: httpx.AsyncClient) -> None:
    for document in (TWO_QUERIES, COUNT):
        response = await client.post("/graphql", json={"query": document, "operationName": "Nope"})
        assert _refused(response) == 'Unknown operation named "Nope".'


async def test_the_named_operation_runs(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json={"query": TWO_QUERIES, "operationName": "Count"})
    assert response.json() == {"data": {"plans": {"totalCount": 0}}}


async def test_a_mutation_beside_a_query_does_not_run_without_its_name(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    key = (await issue_key(database, caller, ["admin"])).key
    create = MUTATIONS["createPlan"].document
    for document in (create + "\n" + COUNT, COUNT + "\n" + create):
        response = await client.post("/graphql", json={"query": document}, headers=bearer(key))
        _refused(response)
    assert await _plan_count(client, key) == 0
    named = {"query": create + "\n" + COUNT, "operationName": "Call"}
    created = await client.post("/graphql", json=named, headers=bearer(key))
    assert created.json()["data"]["createPlan"]["__typename"] == "Plan"
    assert await _plan_count(client, key) == 1
