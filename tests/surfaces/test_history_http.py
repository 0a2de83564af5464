"""History and the trail as of a moment, over GraphQL, for keyed callers only."""

import asyncio
from datetime import UTC, datetime

import httpx

from api.services import actions, keys
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import SmallPlan
from tests.surfaces.test_mutations import gid

HISTORY = """
query History($id: ID!, $after: String) {
  history(id: $id, first: 2, after: $after) {
    totalCount hasNextPage endCursor
    events { seq type actor reason before after redacted }
  }
}
"""
AS_OF = """
query AsOf($plan: ID!, $at: DateTime!) { trailAsOf(planId: $plan, at: $at) { plan nodes links } }
"""


async def test_history_pages_and_the_trail_as_it_was(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        issued = await keys.create_key(uow, caller, name="dashboard", scopes=["read"])
        await uow.commit()
    headers = {"Authorization": f"Bearer {issued.key}"}
    await asyncio.sleep(0.01)
    before_progress = datetime.now(UTC)
    async with database.unit_of_work() as uow:
        for progress in (25, 50):
            await actions.set_progress(
                uow,
                caller,
                action_id=small_plan.action_id,
                progress=progress,
                reason="maandrapport",
            )
        await uow.commit()

    variables: dict[str, object] = {"id": gid("Action", small_plan.action_id), "after": None}
    seen = []
    for _ in range(3):
        response = await client.post(
            "/graphql", json={"query": HISTORY, "variables": variables}, headers=headers
        )
        page = response.json()["data"]["history"]
        seen += page["events"]
        if not page["hasNextPage"]:
            break
        variables["after"] = page["endCursor"]
    assert [e["type"] for e in seen] == [
        "action.progress_changed", "action.progress_changed", "action.created",
    ]  # fmt: skip
    assert seen[0]["before"]["progress"] == 25 and seen[0]["after"]["progress"] == 50
    assert seen[0]["reason"] == "maandrapport" and seen[0]["actor"] == "test facilitator"

    at = before_progress.isoformat()
    response = await client.post(
        "/graphql",
        json={"query": AS_OF, "variables": {"plan": gid("Plan", small_plan.plan_id), "at": at}},
        headers=headers,
    )
    trail = response.json()["data"]["trailAsOf"]
    (action,) = [node for node in trail["nodes"] if node["kind"] == "action"]
    assert action["progress"] == 0 and len(trail["links"]) == 2

    anonymous = await client.post(
        "/graphql",
        json={"query": HISTORY, "variables": {"id": gid("Action", small_plan.action_id)}},
    )
    assert "needs an API key" in anonymous.json()["errors"][0]["message"]
