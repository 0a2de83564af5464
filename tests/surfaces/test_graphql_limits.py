"""What a query may ask is bounded: depth, cost, aliases, tokens and page sizes are refused
before anything runs, and a refused mutation changes nothing."""

import httpx

from api.schema.app import MAX_ALIASES, MAX_DEPTH
from api.schema.cost import MAX_COST
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import snapshot
from tests.surfaces.graphql_calls import Json, World, build_world, data, gid, post


def _parents(levels: int) -> str:
    chain = "id"
    for _ in range(levels):
        chain = f"parent {{ {chain} }}"
    return chain


def _deep(levels: int) -> str:
    """A query `levels` deep: a plan, its themes, and parent after parent."""
    chain = _parents(levels - 4)
    return (
        f"query Deep($id: ID!) {{ plan(id: $id) {{ themes {{ edges {{ node {{ {chain} }} }}}}}}}}"
    )


# A new theme and its parents, deeper than allowed, cheap as it is: refused in a mutation too.
DEEP_MUTATION = f"""
mutation Deep($plan: ID!) {{
  createNode(input: {{planId: $plan, kind: THEME, title: {{nl: "Diep"}}}}) {{
    ... on Theme {{ {_parents(MAX_DEPTH)} }} }}
}}
"""
COSTLY = """
{ plans(first: 100) { edges { node { inputs(first: 100) { edges { node {
  incomingLinks(first: 100) { edges { node { id } } } } } } } } } }
"""
COSTLY_MUTATION = """
mutation Costly($plan: ID!) {
  createInput(input: {planId: $plan, text: "Duur", channel: SURVEY, participantType: CITIZEN}) {
    ... on Input { outgoingLinks(first: 100) { edges { node { target { ... on Finding {
      originatingInputs {
      inputs(first: 100) { edges { node { incomingLinks(first: 100) { edges { node {
        rationale decision } } } } } }
    } } } } } } }
  }
}
"""
AFFORDABLE = """
query Affordable($first: Int) { plans(first: $first) { edges { node {
  inputs(first: 100) { totalCount } } } } }
"""


async def _refusal(client: httpx.AsyncClient, query: str, variables: Json, key: str) -> Json:
    body = await post(client, query, variables, key)
    assert body["data"] is None and len(body["errors"]) == 1, body
    return body["errors"][0]  # type: ignore[no-any-return]


async def _world(database: Database, caller: Caller) -> tuple[World, Json]:
    world = await build_world(database, caller)
    return world, {"id": gid("Plan", world.plan), "plan": gid("Plan", world.plan)}


async def test_too_deep_is_refused_before_it_runs(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world, plan = await _world(database, caller)
    assert await data(client, _deep(MAX_DEPTH), plan, world.reader)
    error = await _refusal(client, _deep(MAX_DEPTH + 1), plan, world.reader)
    assert f"exceeds maximum operation depth of {MAX_DEPTH}" in error["message"]
    before = await snapshot(database)
    error = await _refusal(client, DEEP_MUTATION, plan, world.writer)
    assert "exceeds maximum operation depth" in error["message"]
    assert await snapshot(database) == before


async def test_too_costly_is_refused_before_it_runs(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world, plan = await _world(database, caller)
    error = await _refusal(client, COSTLY, {}, world.reader)
    assert error["extensions"]["code"] == "query_too_costly"
    assert error["extensions"]["cost"] > error["extensions"]["maxCost"] == MAX_COST
    before = await snapshot(database)
    error = await _refusal(client, COSTLY_MUTATION, plan, world.writer)
    assert error["extensions"]["code"] == "query_too_costly"
    assert await snapshot(database) == before
    # A page size given as a variable counts as the most it may be, and this one still fits.
    found = await data(client, AFFORDABLE, {"first": 100}, world.reader)
    assert found["plans"]["edges"][0]["node"]["inputs"] == {"totalCount": 2}


def _aliased(count: int, field: str) -> str:
    return " ".join(f"a{number}: {field}" for number in range(count))


async def test_too_many_aliases_or_tokens_are_refused(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world, plan = await _world(database, caller)
    allowed = await data(client, f"{{ {_aliased(MAX_ALIASES, '__typename')} }}")
    assert len(allowed) == MAX_ALIASES
    error = await _refusal(client, f"{{ {_aliased(MAX_ALIASES + 1, '__typename')} }}", {}, "")
    assert error["message"] == f"{MAX_ALIASES + 1} aliases found. Allowed: {MAX_ALIASES}"
    create = (
        'createInput(input: {planId: $plan, text: "Spam", channel: SURVEY,'
        " participantType: CITIZEN}) { __typename }"
    )
    before = await snapshot(database)
    spam = f"mutation Spam($plan: ID!) {{ {_aliased(MAX_ALIASES + 1, create)} }}"
    error = await _refusal(client, spam, plan, world.writer)
    assert "aliases found" in error["message"]
    tokens = "query Many { " + " ".join(["__typename"] * 2_001) + " }"
    error = await _refusal(client, tokens, {}, world.writer)
    assert "token" in error["message"].lower()
    assert await snapshot(database) == before


# Every list that pages: `first` beyond 100 (or below 0) is a mistake in the request.
PAGED = {
    "plans": "query Q($n: Int!) { plans(first: $n) { totalCount } }",
    "history": "query Q($id: ID!, $n: Int!) { history(id: $id, first: $n) { totalCount } }",
    **{
        part: f"query Q($id: ID!, $n: Int!) {{ plan(id: $id) {{ {part}(first: $n)"
        " { totalCount } } }"
        for part in ("findings", "themes", "moments", "actors", "events", "inputs", "goals")
    },
    **{
        f"Goal.{part}": "query Q($id: ID!, $n: Int!) { plan(id: $id) { goals { edges { node {"
        f" {part}(first: $n) {{ totalCount }} }} }} }} }} }}"
        for part in ("history", "actionPlans", "incomingLinks", "outgoingLinks")
    },
    "apiKeys": "query Q($n: Int!) { apiKeys(first: $n) { totalCount } }",
}


async def test_a_page_beyond_the_cap_is_a_clear_error(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world, plan = await _world(database, caller)
    answered = {}
    for name, query in PAGED.items():
        key = world.admin if name == "apiKeys" else world.reader
        for first in (101, -1):
            body = await post(client, query, {**plan, "n": first}, key)
            answered[(name, first)] = [e["message"] for e in body.get("errors", [])]
        assert await data(client, query, {**plan, "n": 100}, key), name
    assert answered == {key: ["first must be from 0 to 100"] for key in answered}
