"""A plan over time over HTTP: its events, filtered by type, actor and time and paged, and the
plan as it stood before a change, with its trail then; the fields that only read the present
are refused as of a moment."""

from datetime import UTC, datetime, timedelta

import httpx

from api.services import links, structure
from api.services.caller import Caller
from api.store.database import Database
from tests.clock import MovableClock
from tests.surfaces.graphql_calls import build_world, edge_nodes, gid, post, root

EVENTS = """
query Events($id: ID!, $types: [EventType!], $actor: String, $since: DateTime,
             $until: DateTime, $after: String) {
  plan(id: $id) { events(first: 3, types: $types, actor: $actor, since: $since, until: $until,
                         after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { seq type actor reason subjectKind subjectId } } } }
}
"""


async def test_a_plans_events_filtered_and_paged(
    client: httpx.AsyncClient, database: Database, caller: Caller, clock: MovableClock
) -> None:
    w = await build_world(database, caller)
    clock.advance(timedelta(seconds=1))
    between = clock().isoformat()
    clock.advance(timedelta(seconds=1))
    done = await root(client, CHANGE, {"id": gid("Action", w.action)}, w.writer)
    assert done["__typename"] == "Action"
    plan = {"id": gid("Plan", w.plan)}

    everything = await root(client, EVENTS, plan, w.reader)
    seen, after = [], None
    while True:
        page = (await root(client, EVENTS, {**plan, "after": after}, w.reader))["events"]
        seen += edge_nodes(page)
        assert page["pageInfo"]["endCursor"] == page["edges"][-1]["cursor"]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    total = everything["events"]["totalCount"]
    assert len(seen) == total and [e["seq"] for e in seen] == sorted(
        (e["seq"] for e in seen), reverse=True
    )
    linked = (await root(client, EVENTS, {**plan, "types": ["LINK_CREATED"]}, w.reader))["events"]
    assert linked["totalCount"] == 4 and {e["subjectKind"] for e in edge_nodes(linked)} == {"LINK"}
    by_key = (await root(client, EVENTS, {**plan, "actor": "key writer"}, w.reader))["events"]
    assert [(e["type"], e["reason"]) for e in edge_nodes(by_key)] == [
        ("ACTION_PROGRESS_CHANGED", "maandrapport")
    ]
    since = (await root(client, EVENTS, {**plan, "since": between}, w.reader))["events"]
    until = (await root(client, EVENTS, {**plan, "until": between}, w.reader))["events"]
    assert since["totalCount"] == 1 and edge_nodes(since)[0]["subjectId"] == gid("Action", w.action)
    assert until["totalCount"] == total - 1
    for wrong in ({"types": ["LINK_EATEN"]}, {"since": between, "until": between}):
        body = await post(client, EVENTS, {**plan, **wrong}, w.reader)
        assert body["data"] is None and "Unexpected" not in body["errors"][0]["message"]


CHANGE = """
mutation Change($id: ID!) {
  setProgress(input: {actionId: $id, progress: 60, reason: "maandrapport"}) { __typename } }
"""
AS_OF = """
query AsOf($id: ID!, $at: DateTime!) {
  plan(id: $id, asOf: $at) { title version asOf periodEnd
    trail { asOf state nodes { id kind state } links { id state } } }
}
"""


async def test_the_plan_as_it_stood_before_a_change(
    client: httpx.AsyncClient, database: Database, caller: Caller, clock: MovableClock
) -> None:
    w = await build_world(database, caller)
    clock.advance(timedelta(seconds=1))
    at = clock().isoformat()
    clock.advance(timedelta(seconds=1))
    rename = """
    mutation R($id: ID!) { updatePlan(input: {planId: $id, title: {nl: "Nieuw plan"}}) {
      __typename } }
    """
    assert (await root(client, rename, {"id": gid("Plan", w.plan)}, w.writer))["__typename"]
    async with database.unit_of_work() as uow:
        late = await structure.create_goal(
            uow, caller, structure.CreateGoal(plan_id=w.plan, code="SD8", title="Laat")
        )
        await links.create_link(
            uow, caller, links.CreateLink(source_id=w.finding, target_id=late.id)
        )
        await uow.commit()
    variables = {"id": gid("Plan", w.plan), "at": at}
    then = await root(client, AS_OF, variables, w.reader)
    assert (then["title"], then["version"], then["periodEnd"]) == ("Sociaal plan", 1, "2027-12-31")
    assert datetime.fromisoformat(then["asOf"]) == datetime.fromisoformat(at)
    assert then["trail"]["state"]["title"] == {"nl": "Sociaal plan"}
    nodes = then["trail"]["nodes"]
    codes = {node["state"].get("code") for node in nodes if node["kind"] == "GOAL"}
    assert codes == {"SD1", "SD9"} and len(then["trail"]["links"]) == 4
    goal = next(node for node in nodes if node["state"].get("code") == "SD1")
    assert goal["id"] == gid("Goal", w.goal)
    assert gid("Link", w.goal_link) in {link["id"] for link in then["trail"]["links"]}
    assert all(link["state"] for link in then["trail"]["links"])
    now = await root(client, "query N($id: ID!) { plan(id: $id) { title asOf trail {"
                     " links { id } } } }", variables, w.reader)  # fmt: skip
    assert (now["title"], now["asOf"], len(now["trail"]["links"])) == ("Nieuw plan", None, 5)
    for live in ("goals { totalCount }", "findings { totalCount }", "inputs { totalCount }"):
        query = f"query L($id: ID!, $at: DateTime!) {{ plan(id: $id, asOf: $at) {{ {live} }} }}"
        body = await post(client, query, variables, w.reader)
        assert "as of" in body["errors"][0]["message"], (live, body)
    early = {**variables, "at": datetime(2000, 1, 1, tzinfo=UTC).isoformat()}
    assert (
        "did not exist yet" in (await post(client, AS_OF, early, w.reader))["errors"][0]["message"]
    )
