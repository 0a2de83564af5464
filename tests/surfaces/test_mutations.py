"""Mutations over HTTP: keys and scopes decide, failures are typed, refusals change nothing."""

import base64

import httpx
from sqlalchemy import text

from api.services import keys
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import SmallPlan, snapshot

CREATE_INPUT = """
mutation Create($plan: ID!, $text: String!, $channel: Channel!) {
  createInput(input: {planId: $plan, text: $text, channel: $channel, participantType: CITIZEN,
                      reason: "ingevoerd na de infoavond"}) {
    __typename
    ... on Input { id text status receiptCode }
    ... on Error { message field errorCode }
  }
}
"""
CREATE_LINK = """
mutation Link($source: ID!, $target: ID!) {
  createLink(input: {sourceId: $source, targetId: $target, rationale: "sluit aan"}) {
    __typename
    ... on Link { kind decision author }
    ... on Error { message errorCode }
  }
}
"""
SET_PROGRESS = """
mutation Progress($action: ID!, $progress: Int!) {
  setProgress(input: {actionId: $action, progress: $progress}) {
    __typename
    ... on Action { progress }
    ... on Error { field errorCode }
  }
}
"""


def gid(kind: str, value: object) -> str:
    return base64.b64encode(f"{kind}:{value}".encode()).decode()


async def _key(database: Database, caller: Caller, scopes: list[str]) -> dict[str, str]:
    async with database.unit_of_work() as uow:
        issued = await keys.create_key(uow, caller, keys.CreateKey(name="cms", scopes=scopes))
        await uow.commit()
    return {"Authorization": f"Bearer {issued.key}", "X-Spoor-Actor": "Sofie (participatie)"}


async def _call(
    client: httpx.AsyncClient, query: str, variables: dict[str, object], headers: dict[str, str]
) -> dict[str, object]:
    response = await client.post(
        "/graphql", json={"query": query, "variables": variables}, headers=headers
    )
    body = response.json()
    assert "errors" not in body, body
    return next(iter(body["data"].values()))  # type: ignore[no-any-return]


async def test_without_a_key_or_write_scope_nothing_is_written(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    reader = await _key(database, caller, ["read"])
    variables = {
        "plan": gid("Plan", small_plan.plan_id),
        "text": "Meer bankjes",
        "channel": "SURVEY",
    }
    before = await snapshot(database)
    for headers in ({}, reader):
        answer = await _call(client, CREATE_INPUT, variables, headers)
        assert answer["__typename"] == "ForbiddenError"
    assert await snapshot(database) == before


async def test_a_writer_creates_an_input_with_a_receipt_and_its_event(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    writer = await _key(database, caller, ["read", "write"])
    variables = {
        "plan": gid("Plan", small_plan.plan_id),
        "text": "Meer bankjes",
        "channel": "SURVEY",
    }
    answer = await _call(client, CREATE_INPUT, variables, writer)
    assert answer["__typename"] == "Input" and answer["status"] == "RECEIVED"
    assert isinstance(answer["receiptCode"], str) and len(answer["receiptCode"]) == 16
    async with database.unit_of_work() as uow:
        actor, reason = (
            await uow.session.execute(
                text("SELECT actor_id, reason FROM event ORDER BY seq DESC LIMIT 1")
            )
        ).one()
    assert actor == "Sofie (participatie) (key cms)" and reason == "ingevoerd na de infoavond"


async def test_failures_are_typed_and_change_nothing(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    writer = await _key(database, caller, ["write"])
    before = await snapshot(database)
    # A channel outside the vocabulary is refused by the schema itself, before anything runs.
    bad_channel = await client.post(
        "/graphql",
        json={
            "query": CREATE_INPUT,
            "variables": {"plan": gid("Plan", small_plan.plan_id), "text": "x", "channel": "duif"},
        },
        headers=writer,
    )
    refused = bad_channel.json()
    assert refused.get("data") is None and "Channel" in refused["errors"][0]["message"], refused
    wrong_kind = await _call(
        client,
        CREATE_INPUT,
        {"plan": gid("Goal", small_plan.goal_id), "text": "x", "channel": "SURVEY"},
        writer,
    )
    assert wrong_kind["__typename"] == "ValidationError" and wrong_kind["field"] == "planId"
    missing = await _call(
        client,
        CREATE_INPUT,
        {"plan": gid("Plan", "not-an-id"), "text": "x", "channel": "SURVEY"},
        writer,
    )
    assert missing["__typename"] == "NotFoundError"
    backwards = await _call(
        client,
        CREATE_LINK,
        {
            "source": gid("Goal", small_plan.goal_id),
            "target": gid("Finding", small_plan.finding_id),
        },
        writer,
    )
    assert (
        backwards["__typename"] == "LinkNotAllowedError"
        and backwards["errorCode"] == "CYCLE_DETECTED"
    )
    duplicate = await _call(
        client,
        CREATE_LINK,
        {
            "source": gid("Input", small_plan.input_id),
            "target": gid("Finding", small_plan.finding_id),
        },
        writer,
    )
    assert (
        duplicate["__typename"] == "LinkNotAllowedError"
        and duplicate["errorCode"] == "DUPLICATE_LINK"
    )
    too_far = await _call(
        client,
        SET_PROGRESS,
        {"action": gid("Action", small_plan.action_id), "progress": 120},
        writer,
    )
    assert too_far == {
        "__typename": "ValidationError",
        "field": "progress",
        "errorCode": "VALIDATION_FAILED",
    }
    assert await snapshot(database) == before
    done = await _call(
        client,
        SET_PROGRESS,
        {"action": gid("Action", small_plan.action_id), "progress": 40},
        writer,
    )
    assert done == {"__typename": "Action", "progress": 40}
