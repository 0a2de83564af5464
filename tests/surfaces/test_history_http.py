"""History and the trail as of a moment, over GraphQL, for keyed callers only."""

from datetime import timedelta

import httpx

from api.services import actions, keys
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import SmallPlan
from tests.clock import MovableClock
from tests.surfaces.test_mutations import gid

HISTORY = """
query History($id: ID!, $after: String) {
  history(id: $id, first: 2, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { seq type actor reason subjectKind subjectId before after redacted } }
  }
}
"""
AS_OF = """
query AsOf($plan: ID!, $at: DateTime!) {
  plan(id: $plan, asOf: $at) { trail { asOf state nodes { id kind state } links { id state } } }
}
"""


async def test_history_pages_and_the_trail_as_it_was(
    client: httpx.AsyncClient,
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    clock: MovableClock,
) -> None:
    async with database.unit_of_work() as uow:
        issued = await keys.create_key(
            uow, caller, keys.CreateKey(name="dashboard", scopes=["read"])
        )
        await uow.commit()
    headers = {"Authorization": f"Bearer {issued.key}"}
    clock.advance(timedelta(seconds=1))
    before_progress = clock()
    clock.advance(timedelta(seconds=1))
    async with database.unit_of_work() as uow:
        for progress in (25, 50):
            await actions.set_progress(
                uow,
                caller,
                actions.SetProgress(
                    action_id=small_plan.action_id, progress=progress, reason="maandrapport"
                ),
            )
        await uow.commit()

    variables: dict[str, object] = {"id": gid("Action", small_plan.action_id), "after": None}
    seen = []
    for _ in range(3):
        response = await client.post(
            "/graphql", json={"query": HISTORY, "variables": variables}, headers=headers
        )
        page = response.json()["data"]["history"]
        assert page["totalCount"] == 3
        seen += [edge["node"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        variables["after"] = page["pageInfo"]["endCursor"]
    assert [e["type"] for e in seen] == [
        "ACTION_PROGRESS_CHANGED", "ACTION_PROGRESS_CHANGED", "ACTION_CREATED",
    ]  # fmt: skip
    assert {(e["subjectKind"], e["subjectId"]) for e in seen} == {
        ("ACTION", gid("Action", small_plan.action_id))
    }
    assert seen[0]["before"]["progress"] == 25 and seen[0]["after"]["progress"] == 50
    assert seen[0]["reason"] == "maandrapport" and seen[0]["actor"] == "test facilitator"

    at = before_progress.isoformat()
    response = await client.post(
        "/graphql",
        json={"query": AS_OF, "variables": {"plan": gid("Plan", small_plan.plan_id), "at": at}},
        headers=headers,
    )
    trail = response.json()["data"]["plan"]["trail"]
    (action,) = [node for node in trail["nodes"] if node["kind"] == "ACTION"]
    assert action["id"] == gid("Action", small_plan.action_id)
    assert action["state"]["progress"] == 0 and len(trail["links"]) == 2

    anonymous = await client.post(
        "/graphql",
        json={"query": HISTORY, "variables": {"id": gid("Action", small_plan.action_id)}},
    )
    assert "needs an API key" in anonymous.json()["errors"][0]["message"]
