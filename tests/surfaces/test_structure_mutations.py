"""Building a plan over GraphQL: create it, add items, link them, publish it, delete an item."""

import base64

import httpx

from api.services import keys
from api.services.caller import Caller
from api.store.database import Database

CREATE_PLAN = """
mutation { createPlan(input: {title: {nl: "Woonplan", en: "Housing plan"},
                              periodStart: "2025-01-01", periodEnd: "2030-12-31"}) {
  __typename ... on Plan { id title titleTranslations { nl en } status }
  ... on Error { field message } } }
"""
CREATE_NODE = """
mutation Node($plan: ID!, $kind: StructureKind!, $code: String, $title: TranslatedTextInput!) {
  createNode(input: {planId: $plan, kind: $kind, code: $code, title: $title}) {
    __typename
    ... on Goal { id code } ... on ActionPlan { id code }
    ... on Finding { id } ... on Theme { id }
    ... on Error { field message errorCode }
  }
}
"""
CREATE_ACTION = """
mutation Action($plan: ID!, $code: String!, $title: TranslatedTextInput!) {
  createAction(input: {planId: $plan, code: $code, title: $title}) {
    __typename
    ... on Action { id code }
    ... on Error { field message errorCode }
  }
}
"""
LINK = """
mutation Link($source: ID!, $target: ID!) {
  createLink(input: {sourceId: $source, targetId: $target, decision: ADOPTED}) { __typename }
}
"""
PUBLISH = """
mutation Publish($plan: ID!) { setPlanStatus(input: {planId: $plan, status: PUBLISHED}) {
  __typename ... on Plan { status } ... on Error { errorCode } } }
"""
DELETE = """
mutation Delete($id: ID!) { deleteNode(input: {nodeId: $id}) { __typename ... on Goal { code } } }
"""


async def test_a_plan_built_over_graphql(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    async with database.unit_of_work() as uow:
        issued = await keys.create_key(
            uow, caller, keys.CreateKey(name="cms", scopes=["read", "write"])
        )
        await uow.commit()
    headers = {"Authorization": f"Bearer {issued.key}"}

    async def call(query: str, **variables: object) -> dict[str, object]:
        response = await client.post(
            "/graphql", json={"query": query, "variables": variables}, headers=headers
        )
        body = response.json()
        assert "errors" not in body, body
        return next(iter(body["data"].values()))  # type: ignore[no-any-return]

    async def refused(query: str, **variables: object) -> str:
        """The message of the error the schema answers with instead of data."""
        response = await client.post(
            "/graphql", json={"query": query, "variables": variables}, headers=headers
        )
        body = response.json()
        assert body.get("data") is None and body["errors"], body
        return str(body["errors"][0]["message"])

    plan = await call(CREATE_PLAN)
    assert plan["__typename"] == "Plan" and plan["status"] == "DRAFT"
    assert plan["titleTranslations"] == {"nl": "Woonplan", "en": "Housing plan"}
    made = {}
    for kind, code in (("GOAL", "SD1"), ("ACTION_PLAN", "AP1.1")):
        item = await call(CREATE_NODE, plan=plan["id"], kind=kind, code=code, title={"nl": code})
        assert item["code"] == code, item
        made[kind] = item["id"]
    action = await call(CREATE_ACTION, plan=plan["id"], code="A1.1.1", title={"nl": "A1.1.1"})
    assert action["__typename"] == "Action" and action["code"] == "A1.1.1", action
    theme = await call(CREATE_NODE, plan=plan["id"], kind="THEME", title={"nl": "Wonen"})
    assert theme["__typename"] == "Theme"
    assert (await call(LINK, source=made["GOAL"], target=made["ACTION_PLAN"]))[
        "__typename"
    ] == "Link"

    # A kind outside the vocabulary (an action, too: createAction adds those) or a title that
    # is no translated text is refused by the schema before anything runs.
    for kind in ("wish", "ACTION"):
        message = await refused(CREATE_NODE, plan=plan["id"], kind=kind, title={"nl": "x"})
        assert "$kind" in message and "StructureKind" in message, message
    message = await refused(CREATE_NODE, plan=plan["id"], kind="GOAL", code="SD2", title=42)
    assert "$title" in message, message
    blank = await call(CREATE_NODE, plan=plan["id"], kind="GOAL", code="SD2", title={"nl": " "})
    assert blank["__typename"] == "ValidationError" and blank["field"] == "title", blank
    taken = await call(CREATE_NODE, plan=plan["id"], kind="GOAL", code="SD1", title={"nl": "x"})
    assert taken["__typename"] == "ConflictError" and taken["errorCode"] == "CONFLICT"

    assert (await call(PUBLISH, plan=plan["id"])) == {"__typename": "Plan", "status": "PUBLISHED"}
    again = await call(PUBLISH, plan=plan["id"])
    assert again == {"__typename": "ValidationError", "errorCode": "ILLEGAL_TRANSITION"}
    deleted = await call(DELETE, id=made["GOAL"])
    assert deleted == {"__typename": "Goal", "code": "SD1"}
    assert base64.b64decode(made["GOAL"]).decode().startswith("Goal:")
