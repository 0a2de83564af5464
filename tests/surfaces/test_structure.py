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
      code title
      actionPlans {
        code
        actions {
          code status progress
          originatingInputs { totalCount byChannel { value count } inputs(first: 3) { text } }
        }
      }
      originatingInputs { totalCount byParticipantType { value count } }
    }
  }
}
"""


async def _plan(database: Database, caller: Caller, size: int) -> str:
    """A published plan with `size` goals, each with 2 action plans of 2 actions and 3 inputs."""
    async with database.unit_of_work() as uow:
        plan = await plans.create_plan(
            uow, caller, title=f"Plan {size}", period_start=_day(), period_end=_day()
        )
        for g in range(size):
            goal = await structure.create_goal(
                uow, caller, plan_id=plan.id, code=f"SD{g}", title=f"Doel {g}"
            )
            for p in range(2):
                action_plan = await structure.create_action_plan(
                    uow, caller, plan_id=plan.id, code=f"AP{g}.{p}", title="Actieplan"
                )
                await links.create_link(uow, caller, source_id=goal.id, target_id=action_plan.id)
                for a in range(2):
                    action = await actions.create_action(
                        uow, caller, plan_id=plan.id, code=f"A{g}.{p}.{a}", title="Actie"
                    )
                    await links.create_link(
                        uow, caller, source_id=action_plan.id, target_id=action.id
                    )
                    item = await inputs.create_input(
                        uow, caller, plan_id=plan.id, text=f"Inbreng {g}.{p}.{a}",
                        channel="workshop", participant_type="citizen",
                    )  # fmt: skip
                    await links.create_link(uow, caller, source_id=item.id, target_id=action.id)
            item = await inputs.create_input(
                uow, caller, plan_id=plan.id, text=f"Inbreng {g}", channel="survey",
                participant_type="stakeholder",
            )  # fmt: skip
            await links.create_link(uow, caller, source_id=item.id, target_id=goal.id)
        await plans.set_plan_status(uow, caller, plan_id=plan.id, status="published")
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
    assert len(large["goals"]) == 10 and len(small["goals"]) == 1  # type: ignore[arg-type]
    assert small_count == large_count
    goal = small["goals"][0]  # type: ignore[index]
    action = goal["actionPlans"][0]["actions"][0]
    # An action rests on its own input and, through its action plan and goal, the goal's input.
    assert action["originatingInputs"]["totalCount"] == 2
    assert goal["originatingInputs"]["totalCount"] == 1
    assert goal["originatingInputs"]["byParticipantType"] == [{"value": "stakeholder", "count": 1}]


async def test_an_unknown_or_foreign_plan_is_not_found(client: httpx.AsyncClient) -> None:
    for raw in (f"Plan:{uuid.uuid4()}", "Plan:not-a-uuid"):
        plan_id = base64.b64encode(raw.encode()).decode()
        response = await client.post(
            "/graphql", json={"query": NESTED, "variables": {"id": plan_id}}
        )
        assert "no " in response.json()["errors"][0]["message"]
