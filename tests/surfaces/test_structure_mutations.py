"""Building a plan over GraphQL: create it, add items, link them, publish it, delete an item."""

import base64

import httpx

from api.services import keys
from api.services.caller import Caller
from api.store.database import Database

CREATE_PLAN = """
mutation { createPlan(title: {nl: "Woonplan", en: "Housing plan"}, periodStart: "2025-01-01",
                      periodEnd: "2030-12-31") {
  __typename ... on Plan { id title status } ... on ValidationError { field message } } }
"""
CREATE_NODE = """
mutation Node($plan: ID!, $kind: String!, $code: String, $title: JSON!) {
  createNode(planId: $plan, kind: $kind, code: $code, title: $title) {
    __typename
    ... on Goal { id code } ... on ActionPlan { id code } ... on Action { id code }
    ... on Finding { id } ... on Theme { id }
    ... on ValidationError { field message errorCode }
    ... on ConflictError { field message errorCode }
  }
}
"""
LINK = """
mutation Link($source: ID!, $target: ID!) {
  createLink(sourceId: $source, targetId: $target, decision: "adopted") { __typename }
}
"""
PUBLISH = """
mutation Publish($plan: ID!) { setPlanStatus(planId: $plan, status: "published") {
  __typename ... on Plan { status } ... on ValidationError { errorCode } } }
"""
DELETE = """
mutation Delete($id: ID!) { deleteNode(id: $id) { __typename ... on Goal { code } } }
"""


async def test_a_plan_built_over_graphql(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    async with database.unit_of_work() as uow:
        issued = await keys.create_key(uow, caller, name="cms", scopes=["read", "write"])
        await uow.commit()
    headers = {"Authorization": f"Bearer {issued.key}"}

    async def call(query: str, **variables: object) -> dict[str, object]:
        response = await client.post(
            "/graphql", json={"query": query, "variables": variables}, headers=headers
        )
        body = response.json()
        assert "errors" not in body, body
        return next(iter(body["data"].values()))  # type: ignore[no-any-return]

    plan = await call(CREATE_PLAN)
    assert plan["__typename"] == "Plan" and plan["status"] == "DRAFT"
    made = {}
    for kind, code in (("goal", "SD1"), ("action_plan", "AP1.1"), ("action", "A1.1.1")):
        item = await call(CREATE_NODE, plan=plan["id"], kind=kind, code=code, title={"nl": code})
        assert item["code"] == code, item
        made[kind] = item["id"]
    theme = await call(CREATE_NODE, plan=plan["id"], kind="theme", title="Wonen")
    assert theme["__typename"] == "Theme"
    assert (await call(LINK, source=made["goal"], target=made["action_plan"]))[
        "__typename"
    ] == "Link"

    bad_kind = await call(CREATE_NODE, plan=plan["id"], kind="wish", title="x")
    assert bad_kind["__typename"] == "ValidationError" and bad_kind["field"] == "kind"
    bad_title = await call(CREATE_NODE, plan=plan["id"], kind="goal", code="SD2", title=42)
    assert bad_title["__typename"] == "ValidationError" and bad_title["field"] == "title"
    taken = await call(CREATE_NODE, plan=plan["id"], kind="goal", code="SD1", title="x")
    assert taken["__typename"] == "ConflictError" and taken["errorCode"] == "conflict"

    assert (await call(PUBLISH, plan=plan["id"])) == {"__typename": "Plan", "status": "PUBLISHED"}
    again = await call(PUBLISH, plan=plan["id"])
    assert again == {"__typename": "ValidationError", "errorCode": "illegal_transition"}
    deleted = await call(DELETE, id=made["goal"])
    assert deleted == {"__typename": "Goal", "code": "SD1"}
    assert base64.b64decode(made["goal"]).decode().startswith("Goal:")
