"""Traces over GraphQL: forward from an input, backward from an action, with paths."""

import httpx

from api.services import links, plans
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import SmallPlan
from tests.surfaces.test_mutations import gid

TRACE = """
query Trace($id: ID!, $direction: Direction!, $depth: Int!) {
  trace(id: $id, direction: $direction, depth: $depth) {
    id kind code title depth paths { kind rationale decision }
  }
}
"""


async def _trace(
    client: httpx.AsyncClient, node: str, direction: str, depth: int = 4
) -> list[dict[str, object]]:
    variables = {"id": node, "direction": direction, "depth": depth}
    body = (await client.post("/graphql", json={"query": TRACE, "variables": variables})).json()
    assert "errors" not in body, body
    return body["data"]["trace"]  # type: ignore[no-any-return]


async def test_forward_and_backward(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        await links.create_link(
            uow,
            caller,
            links.CreateLink(
                source_id=small_plan.goal_id,
                target_id=small_plan.action_plan_id,
                rationale="actieplan onder SD1",
                decision="adopted",
            ),
        )
        await links.create_link(
            uow,
            caller,
            links.CreateLink(source_id=small_plan.action_plan_id, target_id=small_plan.action_id),
        )
        await links.create_link(
            uow,
            caller,
            links.CreateLink(source_id=small_plan.goal_id, target_id=small_plan.action_id),
        )
        await plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=small_plan.plan_id, status="published")
        )
        await uow.commit()

    forward = await _trace(client, gid("Input", small_plan.input_id), "FORWARD")
    assert [(n["kind"], n["depth"]) for n in forward] == [
        ("FINDING", 1), ("GOAL", 2), ("ACTION", 3), ("ACTION_PLAN", 3),
    ]  # fmt: skip
    assert forward[0]["id"] == gid("Finding", small_plan.finding_id)
    (action,) = [n for n in forward if n["kind"] == "ACTION"]
    # Two ways to the action: through its action plan, and straight from the goal.
    assert sorted(len(path) for path in action["paths"]) == [3, 4]  # type: ignore[arg-type]
    (goal,) = [n for n in forward if n["kind"] == "GOAL"]
    assert goal["paths"] == [
        [
            {"kind": "INPUT_TO_FINDING", "rationale": None, "decision": "PROPOSED"},
            {"kind": "FINDING_TO_GOAL", "rationale": None, "decision": "PROPOSED"},
        ]
    ]

    backward = await _trace(client, gid("Action", small_plan.action_id), "BACKWARD")
    (origin,) = [n for n in backward if n["kind"] == "INPUT"]
    assert origin["id"] == gid("Input", small_plan.input_id)
    assert origin["title"] == "Er is te weinig betaalbare huur in Winksele."
    assert len(await _trace(client, gid("Input", small_plan.input_id), "FORWARD", depth=1)) == 1


async def test_a_draft_plan_cannot_be_traced_anonymously(
    client: httpx.AsyncClient, small_plan: SmallPlan
) -> None:
    variables = {"id": gid("Input", small_plan.input_id), "direction": "FORWARD", "depth": 4}
    body = (await client.post("/graphql", json={"query": TRACE, "variables": variables})).json()
    assert body["errors"][0]["message"].startswith("no ")  # not found, as if it did not exist
    variables["depth"] = 99
    body = (await client.post("/graphql", json={"query": TRACE, "variables": variables})).json()
    assert "depth must be" in body["errors"][0]["message"]
