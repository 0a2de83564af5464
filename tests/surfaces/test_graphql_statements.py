"""A wide plan query over HTTP: findings, the theme tree, moments, actors and the links around
every goal with both their ends, at a statement count that does not grow with the plan.

(The deep query, goals → action plans → actions → their inputs, is counted in test_structure.)
"""

import uuid
from datetime import date

import httpx

from api.services import links, participation, plans, structure
from api.services.caller import Caller
from api.store.database import Database
from tests.surfaces.graphql_calls import gid, issue_key, statements

WIDE = """
query Wide($id: ID!) {
  plan(id: $id) {
    findings(first: 100) { totalCount edges { node { code title
      outgoingLinks { edges { node { kind target { ... on Node { id } } } } } } } }
    themes(first: 100) { totalCount edges { node { title
      subThemes { edges { node { title parent { title } } } } } } }
    moments(first: 100) { totalCount edges { node { title phase } } }
    actors(first: 100) { totalCount edges { node { name kind } } }
    goals(first: 100) { totalCount edges { node {
      code
      incomingLinks { edges { node { kind rationale
        source { ... on Node { id } ... on Finding { title } } } } }
      outgoingLinks { edges { node { kind decision
        target { ... on Node { id } ... on ActionPlan { code } } } } }
    } } }
  }
}
"""


async def _plan(database: Database, caller: Caller, size: int) -> uuid.UUID:
    """A plan of `size` goals, each with its finding, action plan, theme of two sub-themes,
    moment and actor."""
    async with database.unit_of_work() as uow:
        plan = await plans.create_plan(
            uow, caller, plans.CreatePlan(title=f"Plan {size}", period_start=date(2024, 1, 1),
            period_end=date(2030, 1, 1)),
        )  # fmt: skip
        for n in range(size):
            goal = await structure.create_goal(
                uow, caller, structure.CreateGoal(plan_id=plan.id, code=f"SD{n}", title=f"Doel {n}")
            )
            finding = await structure.create_finding(
                uow, caller, structure.CreateFinding(plan_id=plan.id, title="Nood")
            )
            action_plan = await structure.create_action_plan(
                uow,
                caller,
                structure.CreateActionPlan(plan_id=plan.id, code=f"AP{n}", title="Aanpak"),
            )
            await links.create_link(
                uow,
                caller,
                links.CreateLink(source_id=finding.id, target_id=goal.id, rationale="gedragen"),
            )
            await links.create_link(
                uow, caller, links.CreateLink(source_id=goal.id, target_id=action_plan.id)
            )
            theme = await structure.create_theme(
                uow, caller, structure.CreateTheme(plan_id=plan.id, title=f"T{n}")
            )
            for sub in range(2):
                await structure.create_theme(
                    uow,
                    caller,
                    structure.CreateTheme(plan_id=plan.id, title=f"T{n}.{sub}", parent_id=theme.id),
                )
            await participation.create_moment(
                uow,
                caller,
                participation.CreateMoment(
                    plan_id=plan.id,
                    title=f"Sessie {n}",
                    held_on=date(2024, 2, 1),
                    method="workshop",
                    phase="analysis",
                ),
            )
            await participation.create_actor(
                uow, caller, participation.CreateActor(name=f"Dienst {size}.{n}", kind="department")
            )
        await uow.commit()
    return plan.id


async def test_a_wide_plan_query_costs_the_same_statements_for_a_larger_plan(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    small = await _plan(database, caller, 1)
    large = await _plan(database, caller, 10)
    key = (await issue_key(database, caller, ["read"])).key
    await statements(client, WIDE, {"id": gid("Plan", small)}, key)  # warm the pool up
    few, small_plan = await statements(client, WIDE, {"id": gid("Plan", small)}, key)
    many, large_plan = await statements(client, WIDE, {"id": gid("Plan", large)}, key)
    assert few == many, (few, many)
    small_plan, large_plan = small_plan["plan"], large_plan["plan"]
    assert [len(p["goals"]["edges"]) for p in (small_plan, large_plan)] == [1, 10]
    assert large_plan["goals"]["totalCount"] == 10
    assert large_plan["findings"]["totalCount"] == 10
    assert large_plan["themes"]["totalCount"] == 10  # the top of the tree
    assert large_plan["moments"]["totalCount"] == 10
    assert large_plan["actors"]["totalCount"] == 11  # the municipality's, of both plans
    tree = large_plan["themes"]["edges"][3]["node"]
    subs = [edge["node"] for edge in tree["subThemes"]["edges"]]
    assert [sub["parent"]["title"] for sub in subs] == [tree["title"]] * 2
    for goal in (edge["node"] for edge in large_plan["goals"]["edges"]):
        (up,) = (edge["node"] for edge in goal["incomingLinks"]["edges"])
        (down,) = (edge["node"] for edge in goal["outgoingLinks"]["edges"])
        assert (up["kind"], up["rationale"], up["source"]["title"]) == (
            "FINDING_TO_GOAL", "gedragen", "Nood",
        )  # fmt: skip
        assert down["target"]["code"] == goal["code"].replace("SD", "AP")
