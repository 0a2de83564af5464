"""Values at the edge of the domain get a clear answer over GraphQL, never a masked error, and
change nothing: every text of every mutation input and every String argument of the queries
(found by introspection, see edge_cases.py) with a NUL, a lone surrogate or one character past
its limit; numbers out of range or not finite; dates that are no dates or lie outside the years
Spoor means; cursors that decode to moments PostgreSQL cannot hold; huge searches.
"""

import base64
import json
import time
import uuid
from typing import Any

import httpx
import pytest

from api.services.caller import Caller
from api.store.database import Database
from tests.builders import snapshot
from tests.statements import counted_statements
from tests.surfaces.edge_cases import argument_texts, introspect, mutation_texts, text_limit
from tests.surfaces.graphql_calls import World, bearer, build_world, gid

Json = dict[str, Any]
# A NUL (PostgreSQL refuses it in text), a lone surrogate (sent as the JSON escape "\ud800": no
# character, no UTF-8), a control character.
BAD_CHARACTERS = ["Huur\x00prijs", "Huur\ud800prijs", "Huur\x1bprijs"]


async def send(client: httpx.AsyncClient, query: str, variables: Json, key: str | None) -> Json:
    """Post as JSON escaped to ASCII, so a lone surrogate travels as the escape it is."""
    body = json.dumps({"query": query, "variables": variables})
    headers = {**bearer(key), "Content-Type": "application/json"}
    response = await client.post("/graphql", content=body, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def refused_as_argument(body: Json, field: str) -> str:
    """The message of a read refused for its argument `field`, neither masked nor vague."""
    assert body.get("errors"), body
    error = body["errors"][0]
    assert error["extensions"]["code"] == "validation_failed", error
    assert error["extensions"]["field"] == field and field in error["message"], error
    return error["message"]  # type: ignore[no-any-return]


def refused_as_value(body: Json) -> str:
    """The message of a variable or literal GraphQL itself refused: clear, not masked."""
    assert body.get("errors") and body.get("data") is None, body
    message: str = body["errors"][0]["message"]
    assert "Unexpected" not in message and "internal" not in json.dumps(body), body
    return message


def typed_refusal(body: Json, field: str) -> str:
    assert "errors" not in body, body
    (answer,) = body["data"].values()
    assert answer["__typename"] == "ValidationError", answer
    assert (answer["field"], answer["errorCode"]) == (field, "VALIDATION_FAILED"), answer
    assert field in answer["message"], answer
    return answer["message"]  # type: ignore[no-any-return]


@pytest.fixture
async def world(database: Database, caller: Caller) -> World:
    return await build_world(database, caller)


async def test_every_mutation_text_is_measured(
    client: httpx.AsyncClient, database: Database, world: World
) -> None:
    cases = mutation_texts(await introspect(client, world.admin), world)
    assert {"createPlan", "publishFeedback", "tagInputs", "createApiKey"} <= {
        case.mutation for case in cases
    }
    assert {"title.fr", "description.de", "reason", "facilitator", "externalId"} <= {
        case.field for case in cases
    }
    before = await snapshot(database)
    for case in cases:
        too_long = "x" * (text_limit(case.input_type, case.path[0]) + 1)
        for value in [*BAD_CHARACTERS, too_long]:
            body = await send(client, case.document(), case.variables(value), world.admin)
            typed_refusal(body, case.field)
    assert await snapshot(database) == before


async def test_every_string_argument_of_the_queries_is_measured(
    client: httpx.AsyncClient, database: Database, world: World
) -> None:
    cases = argument_texts(await introspect(client, world.admin), world)
    assert {("Plan", "inputs", "search"), ("Plan", "events", "actor"), ("Query", "receipt", "code"),
            ("Query", "plans", "after"), ("Theme", "subThemes", "after")} <= {
        (case.owner, case.field, case.argument) for case in cases
    }  # fmt: skip
    before = await snapshot(database)
    for case in cases:
        for value in [*BAD_CHARACTERS, "x" * 201, "x" * 100_000]:
            body = await send(client, case.document, case.with_value(value), world.admin)
            refused_as_argument(body, case.argument)
    assert await snapshot(database) == before


SEARCH = "query S($item: ID!, $value: String) { plan(id: $item) { inputs(search: $value) { totalCount } } }"  # noqa: E501
PLAN_ONLY = "query P($item: ID!) { plan(id: $item) { id } }"


@pytest.mark.parametrize("size", [100_000, 1_000_000])
async def test_a_huge_search_is_refused_at_once_without_a_query(
    client: httpx.AsyncClient, world: World, size: int
) -> None:
    engine = client._transport.app.state.database.engine  # type: ignore[attr-defined]
    plan = {"item": gid("Plan", world.plan)}
    with counted_statements(engine, ignoring="rate_window") as plain:
        await send(client, PLAN_ONLY, plan, world.admin)
    words = ("huur " * (size // 5))[:size]
    started = time.monotonic()
    with counted_statements(engine, ignoring="rate_window") as searched:
        body = await send(client, SEARCH, {**plan, "value": words}, world.admin)
    assert time.monotonic() - started < 5  # it cost 24 s of database time before
    assert "longer than 200" in refused_as_argument(body, "search")
    assert len(searched) == len(plain)  # the plan's own read, and no search


PROGRESS = "mutation P($input: SetProgressInput!) { setProgress(input: $input) { __typename ... on Error { message field errorCode } } }"  # noqa: E501
BUDGET = "mutation B($input: UpdateActionInput!) { updateAction(input: $input) { __typename ... on Error { message field errorCode } } }"  # noqa: E501
MOMENT = "mutation M($input: CreateMomentInput!) { createMoment(input: $input) { __typename ... on Error { message field errorCode } } }"  # noqa: E501


async def test_numbers_out_of_range_or_not_finite(
    client: httpx.AsyncClient, database: Database, world: World
) -> None:
    before = await snapshot(database)
    action = {"actionId": gid("Action", world.action)}
    for name, value in (
        ("progress", 2**31),
        ("progress", -(2**31) - 1),
        ("expectedVersion", 2**31),
    ):
        body = await send(
            client, PROGRESS, {"input": {**action, "progress": 5, name: value}}, world.admin
        )
        assert "32-bit" in refused_as_value(body)
    for first in (2**31, 1e100):
        body = await send(
            client, "query($n: Int) { plans(first: $n) { totalCount } }", {"n": first}, world.admin
        )
        refused_as_value(body)
    body = await send(
        client,
        "query($id: ID!) { trace(id: $id, direction: FORWARD, depth: 2147483648) { depth } }",
        {"id": gid("Input", world.input)},
        world.admin,
    )
    refused_as_value(body)
    for value in (
        "NaN",
        "sNaN",
        "Infinity",
        "-Infinity",
        "1e1234567",
        "12,50",
        "",
        "0x10",
        True,
        [1],
    ):
        body = await send(client, BUDGET, {"input": {**action, "budget": value}}, world.admin)
        assert "Decimal" in refused_as_value(body)
    for value in ("1e1000", "1e-1000", "0.001", "-1", "1000000000000", "-0.01"):
        typed_refusal(
            await send(client, BUDGET, {"input": {**action, "budget": value}}, world.admin),
            "budget",
        )
    for value in ("0", "1000000", "1e6", "0.005", "-3"):
        typed_refusal(
            await send(client, BUDGET, {"input": {**action, "weight": value}}, world.admin),
            "weight",
        )
    # A JSON number too large for a float is infinity once parsed: no Decimal either.
    raw = json.dumps({"query": BUDGET, "variables": {"input": {**action, "budget": 0}}})
    response = await client.post(
        "/graphql",
        content=raw.replace('"budget": 0', '"budget": 1e400'),
        headers={**bearer(world.admin), "Content-Type": "application/json"},
    )
    assert "Decimal" in refused_as_value(response.json())
    moment = {
        "planId": gid("Plan", world.plan),
        "title": "Dialoog",
        "heldOn": "2024-01-01",
        "method": "WORKSHOP",
    }
    for count in (-1, 10_000_001):
        body = await send(
            client, MOMENT, {"input": {**moment, "participantCount": count}}, world.admin
        )
        typed_refusal(body, "participantCount")
    stale = {"input": {**action, "progress": 5, "expectedVersion": -1}}
    typed_refusal(await send(client, PROGRESS, stale, world.admin), "expectedVersion")
    assert await snapshot(database) == before


AS_OF = "query A($id: ID!, $at: DateTime) { plan(id: $id, asOf: $at) { id } }"
EVENTS = "query E($id: ID!, $since: DateTime, $until: DateTime, $after: String) { plan(id: $id) { events(since: $since, until: $until, after: $after) { totalCount } } }"  # noqa: E501
INPUT = "mutation I($input: CreateInputInput!) { createInput(input: $input) { __typename ... on Error { message field errorCode } } }"  # noqa: E501
PLAN = "mutation P($input: CreatePlanInput!) { createPlan(input: $input) { __typename ... on Error { message field errorCode } } }"  # noqa: E501
NO_DATE_TIMES = ["x", "2021-02-30T10:00:00+00:00", "2021-02-29T10:00:00Z", "2021-13-01T00:00:00Z",
                 "2021-01-01T24:00:00Z", "10000-01-01T00:00:00Z", "2021-01-01", "20210101T000000Z",
                 "2021-01-01T00:00:00+99:00", "٢٠٢١-01-01T00:00:00Z", 20210101]  # fmt: skip
# Moments, but not ones Spoor means: in year 1 (+14:00 is year 0 in UTC), past 2200, no offset.
OUT_OF_MEASURE = ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "1899-12-31T23:59:59Z",
                  "2201-01-01T00:00:00Z", "2021-01-01T00:00:00"]  # fmt: skip


async def test_dates_that_are_none_or_out_of_measure(
    client: httpx.AsyncClient, database: Database, world: World
) -> None:
    before = await snapshot(database)
    plan = gid("Plan", world.plan)
    new_input = {
        "planId": plan,
        "text": "Meer bomen",
        "channel": "SURVEY",
        "participantType": "CITIZEN",
    }
    for value in NO_DATE_TIMES:
        assert "DateTime" in refused_as_value(
            await send(client, AS_OF, {"id": plan, "at": value}, world.admin)
        )
        body = await send(
            client, INPUT, {"input": {**new_input, "submittedAt": value}}, world.admin
        )
        assert "DateTime" in refused_as_value(body)
    for value in OUT_OF_MEASURE:
        refused_as_argument(
            await send(client, AS_OF, {"id": plan, "at": value}, world.admin), "asOf"
        )
        for name in ("since", "until"):
            body = await send(client, EVENTS, {"id": plan, name: value}, world.admin)
            refused_as_argument(body, name)
        body = await send(
            client, INPUT, {"input": {**new_input, "submittedAt": value}}, world.admin
        )
        typed_refusal(body, "submittedAt")
    new_plan = {"title": {"nl": "Plan"}, "periodStart": "2024-01-01", "periodEnd": "2025-01-01"}
    for value in ("2021-02-30", "2021-2-3", "x", "2021-01-01T00:00:00Z", 20210101):
        body = await send(client, PLAN, {"input": {**new_plan, "periodEnd": value}}, world.admin)
        assert "Date" in refused_as_value(body)
    for field, value in (
        ("periodStart", "1899-12-31"),
        ("periodEnd", "2201-01-01"),
        ("periodStart", "0001-01-01"),
    ):
        typed_refusal(
            await send(client, PLAN, {"input": {**new_plan, field: value}}, world.admin), field
        )
    phases = [{"phase": "ANALYSIS", "startsOn": "2024-01-01", "endsOn": "9999-12-31"}]
    body = await send(client, PLAN, {"input": {**new_plan, "phases": phases}}, world.admin)
    typed_refusal(body, "phases[0].endsOn")
    assert await snapshot(database) == before


def cursor(moment: str) -> str:
    """A cursor as Spoor makes them (base64 of JSON), naming a made-up moment."""
    return base64.urlsafe_b64encode(json.dumps([moment, str(uuid.uuid4())]).encode()).decode()


PAGES = {
    "plans": "query C($after: String) { plans(after: $after) { totalCount } }",
    "inputs": "query C($id: ID!, $after: String) { plan(id: $id) { inputs(after: $after) { totalCount } } }",  # noqa: E501
    "findings": "query C($id: ID!, $after: String) { plan(id: $id) { findings(after: $after) { totalCount } } }",  # noqa: E501
    "events": EVENTS,
    "history": "query C($id: ID!, $after: String) { history(id: $id, after: $after) { totalCount } }",  # noqa: E501
}


async def test_cursors_that_decode_to_what_postgresql_cannot_hold(
    client: httpx.AsyncClient, world: World
) -> None:
    made_up = [cursor(moment) for moment in OUT_OF_MEASURE]
    made_up += [cursor("x"), base64.urlsafe_b64encode(b"[1, 2]").decode(), "%%%", "x" * 10_000]
    numbers = ["99999999999999999999", "9223372036854775808", "²", "١٢", "-1", "1e3", " 1"]
    for name, query in PAGES.items():
        ids = {"id": gid("Plan", world.plan) if name != "history" else gid("Input", world.input)}
        variables = {} if name == "plans" else ids
        for after in made_up + (numbers if name in ("events", "history") else []):
            body = await send(client, query, {**variables, "after": after}, world.admin)
            refused_as_argument(body, "after")


LINK = "mutation L($s: ID!, $t: ID!) { createLink(input: {sourceId: $s, targetId: $t}) { __typename ... on Link { author } ... on Error { message field } } }"  # noqa: E501


async def test_values_spoor_takes_as_they_come_are_made_plain_or_cut(
    client: httpx.AsyncClient, world: World
) -> None:
    # The name in X-Spoor-Actor becomes the event's actor and the link's author: one line.
    ends = {"s": gid("Theme", world.theme), "t": gid("Goal", world.goal)}
    # Sent as latin-1 bytes, as HTTP carries them: \x85 is a C1 control character once read.
    headers = {**bearer(world.writer), "X-Spoor-Actor": "Sofie\tPeeters\x85".encode("latin-1")}
    response = await client.post(
        "/graphql", json={"query": LINK, "variables": ends}, headers=headers
    )
    assert response.json()["data"]["createLink"]["author"] == "Sofie Peeters (key writer)"
    # A global id of another type is refused by name, without echoing a huge made-up type.
    made_up = base64.b64encode(f"{'X' * 100_000}:{uuid.uuid4()}".encode()).decode()
    body = await send(client, LINK, {**ends, "t": made_up}, world.writer)
    refusal = body["data"]["createLink"]
    assert refusal["field"] == "targetId" and len(refusal["message"]) < 300
