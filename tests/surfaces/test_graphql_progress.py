"""Progress rolled up over GraphQL (a goal's and an action plan's, from the actions under them:
weighted, dropped ones left out, each action once), and coverage's not-retained counts."""

import uuid
from datetime import date

import httpx

from api.domain.status import ActionStatus, InputStatus
from api.services import actions, inputs, links, plans, structure
from api.services.caller import Caller
from api.store.database import Database
from api.store.unit_of_work import UnitOfWork
from tests.surfaces.graphql_calls import gid, issue_key, root

PROGRESS = """
query Progress($id: ID!) {
  plan(id: $id) {
    goals { edges { node { code progress
      actionPlans { edges { node { code progress } } } } } }
    coverage {
      byChannel { channel total reached notRetained }
      byParticipantType { participantType total reached notRetained }
      byTheme { value total reached notRetained }
      byMoment { value total reached notRetained }
    }
  }
}
"""
PLAN = plans.CreatePlan(title="Plan", period_start=date(2022, 1, 1), period_end=date(2027, 12, 31))


async def _action(
    uow: UnitOfWork, caller: Caller, plan_id: uuid.UUID, code: str, progress: int, weight: int
) -> uuid.UUID:
    made = await actions.create_action(
        uow, caller, actions.CreateAction(plan_id=plan_id, code=code, title=code, weight=weight)
    )
    await actions.set_progress(
        uow, caller, actions.SetProgress(action_id=made.id, progress=progress)
    )
    return made.id


async def test_goals_and_action_plans_roll_up_the_progress_of_their_actions(
    database: Database, client: httpx.AsyncClient, caller: Caller
) -> None:
    async with database.unit_of_work() as uow:
        plan = await plans.create_plan(uow, caller, PLAN)
        goal = await structure.create_goal(
            uow, caller, structure.CreateGoal(plan_id=plan.id, code="SD1", title="Doel")
        )
        first, second, idle = [
            await structure.create_action_plan(
                uow, caller, structure.CreateActionPlan(plan_id=plan.id, code=code, title=code)
            )
            for code in ("AP1.1", "AP1.2", "AP1.3")
        ]
        # AP1.1: 80% (weight 3) and 40% (weight 1): 70%. AP1.2: one at 10%, one dropped at 90%.
        a = await _action(uow, caller, plan.id, "A1", 80, 3)
        b = await _action(uow, caller, plan.id, "A2", 40, 1)
        c = await _action(uow, caller, plan.id, "A3", 10, 1)
        dropped = await _action(uow, caller, plan.id, "A4", 90, 1)
        await actions.set_action_status(
            uow, caller, actions.SetActionStatus(action_id=dropped, status=ActionStatus.DROPPED)
        )
        direct = await _action(uow, caller, plan.id, "A5", 0, 2)  # under the goal itself
        # A1 also straight under the goal: the goal still counts it once.
        pairs = [(goal.id, first.id), (goal.id, second.id), (goal.id, idle.id), (first.id, a),
                 (first.id, b), (second.id, c), (second.id, dropped), (goal.id, direct),
                 (goal.id, a)]  # fmt: skip
        for source, target in pairs:
            await links.create_link(
                uow, caller, links.CreateLink(source_id=source, target_id=target)
            )
        await uow.commit()
    key = (await issue_key(database, caller, ["read"])).key

    found = await root(client, PROGRESS, {"id": gid("Plan", plan.id)}, key)

    (edge,) = found["goals"]["edges"]
    assert edge["node"]["code"] == "SD1"
    # (80*3 + 40*1 + 10*1 + 0*2) / (3 + 1 + 1 + 2) = 290 / 7 = 41.4
    assert edge["node"]["progress"] == 41
    under = {e["node"]["code"]: e["node"]["progress"] for e in edge["node"]["actionPlans"]["edges"]}
    assert under == {"AP1.1": 70, "AP1.2": 10, "AP1.3": None}


async def test_coverage_counts_what_was_not_retained_apart_from_what_is_open(
    database: Database, client: httpx.AsyncClient, caller: Caller
) -> None:
    async with database.unit_of_work() as uow:
        plan = await plans.create_plan(uow, caller, PLAN)
        made = [
            await inputs.create_input(
                uow, caller, inputs.CreateInput(plan_id=plan.id, text=text, channel="survey",
                                                participant_type="citizen"),
            )
            for text in ("Een zwembad", "Meer bankjes", "Een eigen energiebedrijf")
        ]  # fmt: skip
        for status in (InputStatus.IN_REVIEW, InputStatus.NOT_RETAINED):
            decided = inputs.SetInputStatus(
                input_id=made[-1].id, status=status, reason="Buiten de bevoegdheid"
            )
            await inputs.set_input_status(uow, caller, decided)
        await uow.commit()
    key = (await issue_key(database, caller, ["read"])).key

    coverage = (await root(client, PROGRESS, {"id": gid("Plan", plan.id)}, key))["coverage"]

    counts = {"total": 3, "reached": 0, "notRetained": 1}
    assert coverage["byChannel"] == [{"channel": "SURVEY", **counts}]
    assert coverage["byParticipantType"] == [{"participantType": "CITIZEN", **counts}]
    assert coverage["byTheme"] == [{"value": "(no theme)", **counts}]
    assert coverage["byMoment"] == [{"value": "(no moment)", **counts}]
