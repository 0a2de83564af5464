"""Reading the whole schema over HTTP: every kind of node by id with every field, a plan's parts,
its events, the plan as it stood, links in and out, traces and histories, input filters and
titles in the asked language."""

import asyncio
from datetime import UTC, datetime

import httpx

from api.services import links, structure
from api.services.caller import Caller
from api.store.database import Database
from tests.surfaces.graphql_calls import build_world, gid, post, root

NODE = """
query Node($id: ID!) { node(id: $id) { __typename id
  ... on Plan { title description periodStart periodEnd planStatus: status version asOf }
  ... on Input { text channel participantType status receiptCode submittedAt statusReason
                 language moment { id title } version }
  ... on PlanElement { code title priority version originatingInputs { totalCount
      byChannel { value count } byParticipantType { value count } inputs(first: 5) { id } } }
  ... on Theme { parentId parent { id } subThemes { id } }
  ... on Goal { actionPlans { id } }
  ... on ActionPlan { actions { id } }
  ... on Action { status progress }
  ... on Link { kind rationale decision author version source { id } target { id } }
  ... on Moment { title heldOn method phase facilitator participantCount place online version }
  ... on Actor { name kind version }
} }
"""


async def test_every_kind_of_node_by_id_with_every_field(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    w = await build_world(database, caller)

    async def node(kind: str, item: object) -> dict:  # type: ignore[type-arg]
        return await root(client, NODE, {"id": gid(kind, item)}, w.reader)  # type: ignore[no-any-return]

    plan = await node("Plan", w.plan)
    assert (plan["title"], plan["planStatus"], plan["asOf"]) == ("Sociaal plan", "DRAFT", None)
    item = await node("Input", w.input)
    assert item["moment"] == {"id": gid("Moment", w.moment), "title": "Workshop Wonen"}
    assert (item["receiptCode"], item["language"], item["version"]) == (None, "nl", 2)
    finding = await node("Finding", w.finding)
    origins = finding["originatingInputs"]
    assert (finding["code"], finding["title"], origins["totalCount"]) == (None, "Huur is duur", 1)
    assert origins["byChannel"] == [{"value": "workshop", "count": 1}]
    assert origins["inputs"] == [{"id": gid("Input", w.input)}]
    theme = await node("Theme", w.theme)
    assert (theme["parentId"], theme["subThemes"]) == (None, [{"id": gid("Theme", w.sub_theme)}])
    sub = await node("Theme", w.sub_theme)
    assert (sub["parentId"], sub["parent"]) == (str(w.theme), {"id": gid("Theme", w.theme)})
    goal = await node("Goal", w.goal)
    assert goal["actionPlans"] == [{"id": gid("ActionPlan", w.action_plan)}]
    action_plan = await node("ActionPlan", w.action_plan)
    assert action_plan["actions"] == [{"id": gid("Action", w.action)}]
    action = await node("Action", w.action)
    assert (action["status"], action["progress"], action["priority"]) == ("proposed", 0, False)
    # The action rests on the input through its action plan, goal and finding.
    assert action["originatingInputs"]["byParticipantType"] == [{"value": "citizen", "count": 1}]
    link = await node("Link", w.goal_link)
    assert (link["kind"], link["rationale"], link["decision"], link["author"]) == (
        "goal_to_action_plan", "actieplan onder SD1", "adopted", "test facilitator",
    )  # fmt: skip
    assert (link["source"]["id"], link["target"]["id"], link["version"]) == (
        gid("Goal", w.goal), gid("ActionPlan", w.action_plan), 1,
    )  # fmt: skip
    moment = await node("Moment", w.moment)
    assert moment == {
        "__typename": "Moment", "id": gid("Moment", w.moment), "title": "Workshop Wonen",
        "heldOn": "2023-03-01", "method": "workshop", "phase": "citizen_consultation",
        "facilitator": None, "participantCount": 25, "place": None, "online": False, "version": 1,
    }  # fmt: skip
    actor = await node("Actor", w.actor)
    assert (actor["name"], actor["kind"], actor["version"]) == ("Dienst Wonen", "department", 1)


PARTS = """
query Parts($id: ID!, $parent: ID, $after: String) {
  plan(id: $id) {
    version
    findings(first: 1) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                         edges { cursor node { title } } }
    top: themes { totalCount pageInfo { hasNextPage }
                  edges { cursor node { title subThemes { title parent { title } } } } }
    under: themes(parentId: $parent) { totalCount edges { node { title parentId } } }
    every: themes(allLevels: true) { totalCount }
    moments { totalCount pageInfo { endCursor } edges { cursor node { title } } }
    analysis: moments(phase: "analysis") { totalCount edges { node { title phase } } }
    actors(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor }
                                       edges { cursor node { name kind } } }
  }
}
"""


async def test_a_plans_findings_themes_moments_and_actors(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    w = await build_world(database, caller)
    variables = {"id": gid("Plan", w.plan), "parent": gid("Theme", w.theme), "after": None}
    plan = await root(client, PARTS, variables, w.reader)
    assert plan["version"] == 1
    findings = plan["findings"]
    assert findings["totalCount"] == 1 and findings["pageInfo"]["hasNextPage"] is False
    assert findings["pageInfo"]["endCursor"] == findings["edges"][0]["cursor"]
    assert plan["top"]["edges"][0].pop("cursor")
    assert plan["top"] == {"totalCount": 1, "pageInfo": {"hasNextPage": False}, "edges": [{"node": {
        "title": "Wonen", "subThemes": [{"title": "Sociale huur", "parent": {"title": "Wonen"}}],
    }}]}  # fmt: skip
    assert plan["under"] == {
        "totalCount": 1, "edges": [{"node": {"title": "Sociale huur", "parentId": str(w.theme)}}]
    }  # fmt: skip
    assert plan["every"]["totalCount"] == 2
    moments = plan["moments"]
    assert [e["node"]["title"] for e in moments["edges"]] == ["Workshop Wonen", "Bevraging"]
    assert moments["pageInfo"]["endCursor"] == moments["edges"][-1]["cursor"]
    assert plan["analysis"]["edges"] == [{"node": {"title": "Bevraging", "phase": "analysis"}}]
    names = []
    while True:
        actors = plan["actors"]
        assert actors["totalCount"] == 2
        names += [(e["node"]["name"], e["node"]["kind"]) for e in actors["edges"]]
        if not actors["pageInfo"]["hasNextPage"]:
            break
        variables["after"] = actors["pageInfo"]["endCursor"]
        plan = await root(client, PARTS, variables, w.reader)
    assert sorted(names) == [("Dienst Wonen", "department"), ("OCMW", "partner")]


EVENTS = """
query Events($id: ID!, $types: [String!], $actor: String, $since: DateTime, $until: DateTime,
             $after: String) {
  plan(id: $id) { events(first: 3, types: $types, actor: $actor, since: $since, until: $until,
                         after: $after) {
    totalCount hasNextPage endCursor events { seq type actor reason subjectKind subjectId } } }
}
"""


async def test_a_plans_events_filtered_and_paged(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    w = await build_world(database, caller)
    await asyncio.sleep(0.01)
    between = datetime.now(UTC).isoformat()
    done = await root(client, CHANGE, {"id": gid("Action", w.action)}, w.writer)
    assert done["__typename"] == "Action"
    plan = {"id": gid("Plan", w.plan)}

    everything = await root(client, EVENTS, plan, w.reader)
    seen, after = [], None
    while True:
        page = (await root(client, EVENTS, {**plan, "after": after}, w.reader))["events"]
        seen += page["events"]
        if not page["hasNextPage"]:
            break
        after = page["endCursor"]
    total = everything["events"]["totalCount"]
    assert len(seen) == total and [e["seq"] for e in seen] == sorted(
        (e["seq"] for e in seen), reverse=True
    )
    linked = (await root(client, EVENTS, {**plan, "types": ["link.created"]}, w.reader))["events"]
    assert linked["totalCount"] == 4 and {e["subjectKind"] for e in linked["events"]} == {"link"}
    by_key = (await root(client, EVENTS, {**plan, "actor": "key writer"}, w.reader))["events"]
    assert [(e["type"], e["reason"]) for e in by_key["events"]] == [
        ("action.progress_changed", "maandrapport")
    ]
    since = (await root(client, EVENTS, {**plan, "since": between}, w.reader))["events"]
    until = (await root(client, EVENTS, {**plan, "until": between}, w.reader))["events"]
    assert since["totalCount"] == 1 and since["events"][0]["subjectId"] == str(w.action)
    assert until["totalCount"] == total - 1
    for wrong in ({"types": ["link.eaten"]}, {"since": between, "until": between}):
        body = await post(client, EVENTS, {**plan, **wrong}, w.reader)
        assert body["data"] is None and "Unexpected" not in body["errors"][0]["message"]


CHANGE = """
mutation Change($id: ID!) { setProgress(actionId: $id, progress: 60, reason: "maandrapport") {
  __typename } }
"""
AS_OF = """
query AsOf($id: ID!, $at: DateTime!) {
  plan(id: $id, asOf: $at) { title version asOf periodEnd trail { asOf plan nodes links } }
}
"""


async def test_the_plan_as_it_stood_before_a_change(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    w = await build_world(database, caller)
    await asyncio.sleep(0.01)
    at = datetime.now(UTC).isoformat()
    rename = 'mutation R($id: ID!) { updatePlan(id: $id, title: "Nieuw plan") { __typename } }'
    assert (await root(client, rename, {"id": gid("Plan", w.plan)}, w.writer))["__typename"]
    async with database.unit_of_work() as uow:
        late = await structure.create_goal(uow, caller, plan_id=w.plan, code="SD8", title="Laat")
        await links.create_link(uow, caller, source_id=w.finding, target_id=late.id)
        await uow.commit()
    variables = {"id": gid("Plan", w.plan), "at": at}
    then = await root(client, AS_OF, variables, w.reader)
    assert (then["title"], then["version"], then["periodEnd"]) == ("Sociaal plan", 1, "2027-12-31")
    assert datetime.fromisoformat(then["asOf"]) == datetime.fromisoformat(at)
    assert then["trail"]["plan"]["title"] == {"nl": "Sociaal plan"}
    codes = {node.get("code") for node in then["trail"]["nodes"] if node["kind"] == "goal"}
    assert codes == {"SD1", "SD9"} and len(then["trail"]["links"]) == 4
    now = await root(client, "query N($id: ID!) { plan(id: $id) { title asOf trail { links } } }",
                     variables, w.reader)  # fmt: skip
    assert (now["title"], now["asOf"], len(now["trail"]["links"])) == ("Nieuw plan", None, 5)
    for live in ("goals { code }", "findings { totalCount }", "inputs { totalCount }"):
        query = f"query L($id: ID!, $at: DateTime!) {{ plan(id: $id, asOf: $at) {{ {live} }} }}"
        body = await post(client, query, variables, w.reader)
        assert "as of" in body["errors"][0]["message"], (live, body)
    early = {**variables, "at": datetime(2000, 1, 1, tzinfo=UTC).isoformat()}
    assert (
        "did not exist yet" in (await post(client, AS_OF, early, w.reader))["errors"][0]["message"]
    )


AROUND = """
query Around($id: ID!) { node(id: $id) { ... on TrailNode {
  incomingLinks { kind rationale decision author source { __typename id } target { id } }
  outgoingLinks { kind rationale decision author source { id } target { __typename id } } } } }
"""


async def test_links_in_and_out_with_both_ends(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    w = await build_world(database, caller)
    expected = {
        ("Input", w.input): ([], ["input_to_finding"]),
        ("Finding", w.finding): (["input_to_finding"], ["finding_to_goal"]),
        ("Goal", w.goal): (["finding_to_goal"], ["goal_to_action_plan"]),
        ("ActionPlan", w.action_plan): (["goal_to_action_plan"], ["action_plan_to_action"]),
        ("Action", w.action): (["action_plan_to_action"], []),
    }
    for (kind, item), (incoming, outgoing) in expected.items():
        found = await root(client, AROUND, {"id": gid(kind, item)}, w.reader)
        assert [link["kind"] for link in found["incomingLinks"]] == incoming, kind
        assert [link["kind"] for link in found["outgoingLinks"]] == outgoing, kind
        for link in found["incomingLinks"]:
            assert link["target"]["id"] == gid(kind, item) and link["author"] == "test facilitator"
        for link in found["outgoingLinks"]:
            assert link["source"]["id"] == gid(kind, item)
    goal = await root(client, AROUND, {"id": gid("Goal", w.goal)}, w.reader)
    (down,) = goal["outgoingLinks"]
    assert (down["rationale"], down["decision"]) == ("actieplan onder SD1", "adopted")
    assert down["target"] == {"__typename": "ActionPlan", "id": gid("ActionPlan", w.action_plan)}
    (up,) = goal["incomingLinks"]
    assert up["source"] == {"__typename": "Finding", "id": gid("Finding", w.finding)}


BESIDE = """
query Beside($id: ID!, $parent: ID) {
  plan(id: $id) {
    goals { code } findings { totalCount } under: themes(parentId: $parent) { totalCount }
  }
}
"""


async def test_a_bad_argument_beside_fields_that_read_is_a_clean_error(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    """One field's mistake fails the request, not the server: its siblings, cancelled while
    they read, must leave the request's transaction able to close (repeated: it is a race)."""
    w = await build_world(database, caller)
    variables = {"id": gid("Plan", w.plan), "parent": gid("Theme", "geen-id")}
    for _ in range(10):
        body = await post(client, BESIDE, variables, w.reader)
        assert body["data"] is None and "not an id" in body["errors"][0]["message"], body
