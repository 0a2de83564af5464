"""Coverage over GraphQL on the demo plan: reached and unreached, decided and open, orphans."""

import httpx

from api.demo import content
from api.demo.loader import DEMO_ADMIN_KEY, load_demo
from api.services import actions
from api.services.caller import Caller
from api.store.database import Database
from tests.surfaces.test_mutations import gid

COVERAGE = """
query Coverage($id: ID!) {
  plan(id: $id) {
    coverage {
      totalInputs reachedInputs
      byChannel { channel total reached }
      byParticipantType { participantType total reached }
      byTheme { value total reached }
      byMoment { value total reached }
      unreached { inputId decided reason }
      goalsAndActionsWithoutInput { id kind code title }
      themesAndFindingsWithoutGoal { kind code title }
    }
  }
}
"""


async def test_coverage_of_the_demo_plan(client: httpx.AsyncClient, database: Database) -> None:
    async with database.unit_of_work() as uow:
        demo = await load_demo(uow)
        orphan = await actions.create_action(
            uow,
            Caller(tenant_id=demo.tenant_id, actor="test"),
            actions.CreateAction(plan_id=demo.plan_id, code="A9.9.9", title="Actie zonder inbreng"),
        )
        await uow.commit()
    response = await client.post(
        "/graphql",
        json={"query": COVERAGE, "variables": {"id": gid("Plan", demo.plan_id)}},
        headers={"Authorization": f"Bearer {DEMO_ADMIN_KEY}"},
    )
    body = response.json()
    assert "errors" not in body, body
    found = body["data"]["plan"]["coverage"]

    assert found["totalInputs"] == len(content.INPUTS)
    not_retained = [e for e in content.INPUTS if e["outcome"] == "not_retained"]
    open_inputs = [e for e in content.INPUTS if e["outcome"] == "open"]
    decided = [u for u in found["unreached"] if u["decided"]]
    assert len(decided) == len(not_retained) and all(u["reason"] for u in decided)
    # Open inputs reach nothing; so do linked ones whose only link is the finding no goal took up.
    assert len(found["unreached"]) - len(decided) >= len(open_inputs)
    assert found["reachedInputs"] + len(found["unreached"]) == found["totalInputs"]
    for dimension in ("byChannel", "byParticipantType", "byMoment"):
        assert sum(share["total"] for share in found[dimension]) == found["totalInputs"]
        assert sum(share["reached"] for share in found[dimension]) == found["reachedInputs"]

    orphans = {(item["kind"], item["code"]) for item in found["goalsAndActionsWithoutInput"]}
    assert ("ACTION", orphan.code) in orphans
    (listed,) = [i for i in found["goalsAndActionsWithoutInput"] if i["code"] == orphan.code]
    assert listed["id"] == gid("Action", orphan.id)
    unfed = {
        item["code"] for item in found["themesAndFindingsWithoutGoal"] if item["kind"] == "FINDING"
    }
    fed = {key for goal in content.GOALS for key, _ in goal["findings"]}
    assert unfed == {f["code"] for f in content.FINDINGS if f["key"] not in fed}
