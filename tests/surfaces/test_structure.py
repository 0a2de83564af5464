"""The nested plan query, over HTTP, with a statement count that does not grow with the plan."""

import base64
import uuid
from datetime import date

import httpx
from sqlalchemy import event

from api.services import actions, inputs, links, plans, structure
from api.services.caller import Caller
from api.store.database import Database

NESTED = """
query Nested($id: ID!) {
  plan(id: $id) {
    title
    goals {
      totalCount
      edges { node {
        code title
        actionPlans { edges { node {
          code
          actions { edges { node {
            code status progress
            originatingInputs {
              totalCount byChannel { channel count } inputs(first: 3) { totalCount }
            }
          } } }
        } } }
        originatingInputs {
          totalCount byParticipantType { participantType count }
          inputs(first: 3) { edges { node { text } } }
        }
      } }
    }
  }
}
"""


async def _plan(database: Database, caller: Caller, size: int) -> str:
    """A published plan with `size` goals, each with 2 action plans of 2 actions and 3 inputs."""
    async with database.unit_of_work() as uow:
        plan = await plans.create_plan(
            uow,
            caller,
            plans.CreatePlan(title=f"Plan {size}", period_start=_day(), period_end=_day()),
        )
        for g in range(size):
            goal = await structure.create_goal(
                uow, caller, structure.CreateGoal(plan_id=plan.id, code=f"SD{g}", title=f"Doel {g}")
            )
            for p in range(2):
                action_plan = await structure.create_action_plan(
                    uow,
                    caller,
                    structure.CreateActionPlan(
                        plan_id=plan.id, code=f"AP{g}.{p}", title="Actieplan"
                    ),
                )
                await links.create_link(
                    uow, caller, links.CreateLink(source_id=goal.id, target_id=action_plan.id)
                )
                for a in range(2):
                    action = await actions.create_action(
                        uow,
                        caller,
                        actions.CreateAction(plan_id=plan.id, code=f"A{g}.{p}.{a}", title="Actie"),
                    )
                    await links.create_link(
                        uow, caller, links.CreateLink(source_id=action_plan.id, target_id=action.id)
                    )
                    item = await inputs.create_input(
                        uow,
                        caller,
                        inputs.CreateInput(
                            plan_id=plan.id,
                            text=f"Inbreng {g}.{p}.{a}",
                            channel="workshop",
                            participant_type="citizen",
                        ),
                    )
                    await links.create_link(
                        uow, caller, links.CreateLink(source_id=item.id, target_id=action.id)
                    )
            item = await inputs.create_input(
                uow,
                caller,
                inputs.CreateInput(
                    plan_id=plan.id,
                    text=f"Inbreng {g}",
                    channel="survey",
                    participant_type="stakeholder",
                ),
            )
            await links.create_link(
                uow, caller, links.CreateLink(source_id=item.id, target_id=goal.id)
            )
        await plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=plan.id, status="published")
        )
        await uow.commit()
    return base64.b64encode(f"Plan:{plan.id}".encode()).decode()


def _day() -> date:
    return date(2022, 1, 1)


async def _statements(client: httpx.AsyncClient, plan_id: str) -> tuple[int, dict[str, object]]:
    engine = client._transport.app.state.database.engine.sync_engine  # type: ignore[attr-defined]
    seen: list[str] = []

    def count(*args: object) -> None:
        # The rate-limit gate counts the request apart from it; that is not the query's cost.
        if "rate_window" not in str(args[2]):
            seen.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        response = await client.post(
            "/graphql", json={"query": NESTED, "variables": {"id": plan_id}}
        )
    finally:
        event.remove(engine, "before_cursor_execute", count)
    body = response.json()
    assert "errors" not in body, body
    return len(seen), body["data"]["plan"]


async def test_the_statement_count_does_not_grow_with_the_plan(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    small_id = await _plan(database, caller, 1)
    large_id = await _plan(database, caller, 10)
    await _statements(client, small_id)  # warm up: the pool's first connection sets itself up
    small_count, small = await _statements(client, small_id)
    large_count, large = await _statements(client, large_id)
    assert len(large["goals"]["edges"]) == 10 and len(small["goals"]["edges"]) == 1  # type: ignore[index]
    assert (large["goals"]["totalCount"], small["goals"]["totalCount"]) == (10, 1)  # type: ignore[index]
    assert small_count == large_count
    goal = small["goals"]["edges"][0]["node"]  # type: ignore[index]
    action = goal["actionPlans"]["edges"][0]["node"]["actions"]["edges"][0]["node"]
    # An action rests on its own input and, through its action plan and goal, the goal's input.
    assert action["originatingInputs"]["totalCount"] == 2
    assert action["originatingInputs"]["inputs"] == {"totalCount": 2}
    assert goal["originatingInputs"]["totalCount"] == 1
    assert goal["originatingInputs"]["inputs"]["edges"] == [{"node": {"text": "Inbreng 0"}}]
    assert goal["originatingInputs"]["byParticipantType"] == [
        {"participantType": "STAKEHOLDER", "count": 1}
    ]
    assert action["originatingInputs"]["byChannel"] == [
        {"channel": "SURVEY", "count": 1},
        {"channel": "WORKSHOP", "count": 1},
    ]


async def test_an_unknown_or_foreign_plan_is_not_found(client: httpx.AsyncClient) -> None:
    for raw in (f"Plan:{uuid.uuid4()}", "Plan:not-a-uuid"):
        plan_id = base64.b64encode(raw.encode()).decode()
        response = await client.post(
            "/graphql", json={"query": NESTED, "variables": {"id": plan_id}}
        )
        assert "no " in response.json()["errors"][0]["message"]
