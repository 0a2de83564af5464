"""node(id): every plan, input, goal, action plan and action by its global id, if readable."""

import httpx

from api.services import keys, plans
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import SmallPlan
from tests.surfaces.test_mutations import gid

NODE = """
query Node($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Plan { title }
    ... on Goal { code title }
    ... on ActionPlan { code }
    ... on Action { code progress }
    ... on Input { text }
  }
}
"""


async def _node(client: httpx.AsyncClient, node: str, key: str | None = None) -> object:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    response = await client.post(
        "/graphql", json={"query": NODE, "variables": {"id": node}}, headers=headers
    )
    body = response.json()
    assert "errors" not in body, body
    return body["data"]["node"]


async def test_every_kind_by_global_id(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        issued = await keys.create_key(
            uow, caller, keys.CreateKey(name="dashboard", scopes=["read"])
        )
        await uow.commit()
    expected = {
        gid("Plan", small_plan.plan_id): ("Plan", "title", "Sociaal plan"),
        gid("Goal", small_plan.goal_id): ("Goal", "code", "SD1"),
        gid("ActionPlan", small_plan.action_plan_id): ("ActionPlan", "code", "AP1.1"),
        gid("Action", small_plan.action_id): ("Action", "progress", 0),
        gid("Input", small_plan.input_id): (
            "Input",
            "text",
            "Er is te weinig betaalbare huur in Winksele.",
        ),
    }
    for node_id, (typename, field, value) in expected.items():
        found = await _node(client, node_id, issued.key)
        assert found["__typename"] == typename and found[field] == value  # type: ignore[index]
        assert found["id"] == node_id  # type: ignore[index]
        # Anonymous readers do not see a draft plan's items.
        assert await _node(client, node_id) is None
    async with database.unit_of_work() as uow:
        await plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=small_plan.plan_id, status="published")
        )
        await uow.commit()
    assert await _node(client, gid("Goal", small_plan.goal_id)) is not None
    # An id of the wrong kind, or no id at all, is simply nothing.
    assert await _node(client, gid("Goal", small_plan.action_id), issued.key) is None
    assert await _node(client, gid("Goal", "nonsense"), issued.key) is None
