"""The trail read over HTTP: traces and histories as fields of a node, a plan's inputs filtered
every way, and titles in the asked language with Dutch to fall back on."""

import httpx

from api.services import inputs, links, structure
from api.services.caller import Caller
from api.store.database import Database
from tests.surfaces.graphql_calls import Json, World, bearer, build_world, gid, post, root

TRACE = """
query Trace($id: ID!, $direction: Direction!, $depth: Int!) { node(id: $id) {
  ... on TrailNode { trace(direction: $direction, depth: $depth) {
    id kind code title depth paths { linkId kind sourceId targetId rationale decision author } } }
} }
"""


async def _trace(
    client: httpx.AsyncClient, w: World, item: str, direction: str, depth: int = 4
) -> list[Json]:
    variables = {"id": item, "direction": direction, "depth": depth}
    return (await root(client, TRACE, variables, w.reader))["trace"]  # type: ignore[no-any-return]


async def test_a_trace_as_a_field_of_each_kind_of_node(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    w = await build_world(database, caller)
    forward = await _trace(client, w, gid("Input", w.input), "FORWARD")
    assert [(n["kind"], n["depth"]) for n in forward] == [
        ("finding", 1), ("goal", 2), ("action_plan", 3), ("action", 4),
    ]  # fmt: skip
    assert forward[1]["id"] == str(w.goal) and forward[1]["code"] == "SD1"
    (path,) = forward[2]["paths"]
    assert [step["linkId"] for step in path] == [
        str(w.input_link),
        str(w.finding_link),
        str(w.goal_link),
    ]
    assert path[2] == {
        "linkId": str(w.goal_link), "kind": "goal_to_action_plan", "sourceId": str(w.goal),
        "targetId": str(w.action_plan), "rationale": "actieplan onder SD1",
        "decision": "adopted", "author": "test facilitator",
    }  # fmt: skip
    backward = await _trace(client, w, gid("Action", w.action), "BACKWARD", depth=2)
    assert [(n["kind"], n["title"]) for n in backward] == [
        ("action_plan", "Huuraanbod"), ("goal", "Wonen"),
    ]  # fmt: skip
    origin = await _trace(client, w, gid("Goal", w.goal), "BACKWARD")
    assert origin[-1]["title"] == "Er is te weinig betaalbare huur in Winksele."  # an input's text
    for kind, item in (("Finding", w.finding), ("ActionPlan", w.action_plan)):
        assert await _trace(client, w, gid(kind, item), "FORWARD"), kind
    assert await _trace(client, w, gid("Theme", w.theme), "FORWARD") == []
    body = await post(client, TRACE, {"id": gid("Goal", w.goal), "direction": "FORWARD",
                                      "depth": 0}, w.reader)  # fmt: skip
    assert "depth must be" in body["errors"][0]["message"]


HISTORY = """
query History($id: ID!, $after: String) { node(id: $id) {
  ... on TrailNode { history(first: 2, after: $after) { ...Page } }
  ... on Link { history(first: 2, after: $after) { ...Page } }
} }
fragment Page on History { totalCount hasNextPage endCursor
  events { seq type occurredAt actor reason subjectKind subjectId before after redacted } }
"""


async def _history(client: httpx.AsyncClient, w: World, item: str) -> list[Json]:
    seen: list[Json] = []
    after = None
    while True:
        page = (await root(client, HISTORY, {"id": item, "after": after}, w.reader))["history"]
        seen += page["events"]
        assert page["totalCount"] >= len(seen)
        if not page["hasNextPage"]:
            return seen
        after = page["endCursor"]


async def test_a_history_as_a_field_of_a_node_and_of_a_link(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    w = await build_world(database, caller)
    async with database.unit_of_work() as uow:
        await links.update_link(uow, caller, link_id=w.goal_link, decision="not_adopted",
                                reason="herzien")  # fmt: skip
        await uow.commit()
    goal = await _history(client, w, gid("Goal", w.goal))
    assert [e["type"] for e in goal] == [
        "link.updated", "link.created", "link.created", "goal.created",
    ]  # fmt: skip
    assert [e["subjectKind"] for e in goal] == ["link", "link", "link", "goal"]
    assert goal[-1]["subjectId"] == str(w.goal) and goal[-1]["before"] is None
    link = await _history(client, w, gid("Link", w.goal_link))
    assert [(e["type"], e["reason"]) for e in link] == [
        ("link.updated", "herzien"), ("link.created", None),
    ]  # fmt: skip
    change = link[0]
    assert (change["before"]["decision"], change["after"]["decision"]) == (
        "adopted", "not_adopted",
    )  # fmt: skip
    assert change["actor"] == "test facilitator" and change["redacted"] is False
    assert change["seq"] > link[1]["seq"] and change["occurredAt"] >= link[1]["occurredAt"]


INPUTS = """
query Inputs($id: ID!, $channel: String, $participantType: String, $status: String,
             $momentId: ID, $themeId: ID, $reached: Boolean, $search: String) {
  plan(id: $id) { inputs(channel: $channel, participantType: $participantType, status: $status,
                         momentId: $momentId, themeId: $themeId, reached: $reached,
                         search: $search) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }
}
"""


async def test_a_plans_inputs_filtered_every_way(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    w = await build_world(database, caller)
    async with database.unit_of_work() as uow:
        await links.create_link(uow, caller, source_id=w.other_input, target_id=w.theme)
        await inputs.set_input_status(uow, caller, input_id=w.input, status="in_review")
        await uow.commit()
    first, other = gid("Input", w.input), gid("Input", w.other_input)

    async def found(**given: object) -> list[str]:
        variables = {"id": gid("Plan", w.plan), **given}
        page = (await root(client, INPUTS, variables, w.reader))["inputs"]
        assert page["totalCount"] == len(page["edges"]) and not page["pageInfo"]["hasNextPage"]
        if page["edges"]:
            assert page["pageInfo"]["endCursor"] == page["edges"][-1]["cursor"]
        return [edge["node"]["id"] for edge in page["edges"]]

    assert await found() == [first, other]
    assert await found(channel="survey") == [other]
    assert await found(participantType="citizen") == [first]
    assert await found(status="in_review") == [first]
    assert await found(status="received") == [other]
    assert await found(themeId=gid("Theme", w.theme)) == [other]
    assert await found(reached=True) == [first]  # through its finding to the goal
    assert await found(reached=False) == [other]  # a theme is no commitment
    # Dutch stemming: "fietspaden" is "fietspad"; "fietsen" is another word than the compound.
    assert await found(search="fietspaden") == [other]
    assert await found(search="fietsen") == []
    assert await found(search="huren") == [first]
    assert await found(search="betaalbaar", channel="survey") == []
    assert await found(search="   ") == [first, other]  # no search at all
    assert await found(momentId=str(w.moment)) == [first]
    # The moment's id as the API gives it (`Input.moment.id`) filters by that moment too.
    assert await found(momentId=gid("Moment", w.moment)) == [first]


LANGUAGES = """
query Titles($id: ID!, $goal: ID!) {
  plan(id: $id) {
    title description nlDescription: description(locale: "nl")
    goals { code title nl: title(locale: "nl") }
    findings { edges { node { title } } }
  }
  node(id: $goal) { ... on Goal { trace(direction: BACKWARD) { kind title } } }
}
"""


async def test_titles_in_the_asked_language_or_else_dutch(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    w = await build_world(database, caller)
    async with database.unit_of_work() as uow:
        goal = await structure.create_goal(
            uow, caller, plan_id=w.plan, code="SD0", title={"nl": "Zorg", "en": "Care"}
        )
        theme = await structure.create_theme(
            uow, caller, plan_id=w.plan, title={"nl": "Gezondheid", "en": "Health"}
        )
        await links.create_link(uow, caller, source_id=theme.id, target_id=goal.id)
        await uow.commit()
    write = 'mutation D($id: ID!) { updatePlan(id: $id, description: {nl: "Over", en: "About"})'
    await root(client, write + " { __typename } }", {"id": gid("Plan", w.plan)}, w.writer)
    variables = {"id": gid("Plan", w.plan), "goal": gid("Goal", goal.id)}
    headers = {**bearer(w.reader), "Accept-Language": "en-GB,en;q=0.9"}
    response = await client.post(
        "/graphql", json={"query": LANGUAGES, "variables": variables}, headers=headers
    )
    body = response.json()
    assert "errors" not in body, body
    plan = body["data"]["plan"]
    assert (plan["title"], plan["description"], plan["nlDescription"]) == (
        "Sociaal plan", "About", "Over",
    )  # fmt: skip
    titles = {g["code"]: (g["title"], g["nl"]) for g in plan["goals"]}
    assert titles["SD0"] == ("Care", "Zorg") and titles["SD1"] == ("Wonen", "Wonen")
    assert plan["findings"]["edges"] == [{"node": {"title": "Huur is duur"}}]
    assert body["data"]["node"]["trace"] == [{"kind": "theme", "title": "Health"}]


RECORD = """
mutation Record($plan: ID!) {
  createInput(planId: $plan, text: "Meer sociale woningen", channel: "email",
              participantType: "citizen") { ... on Input { id receiptCode } }
}
"""
ANSWER = """
mutation Answer($input: ID!, $goal: ID!) {
  createLink(sourceId: $input, targetId: $goal) { __typename }
  publishFeedback(subjectId: $input, text: {nl: "Opgenomen in SD1.", en: "Taken up in SD1."}) {
    __typename }
}
"""
RECEIPT = """
query Receipt($code: String!) { receipt(code: $code, locale: "en") {
  planTitle status submittedOn reached { kind code title }
  feedback { text publishedOn author answers code title } } }
"""


async def test_the_receipt_of_an_input_recorded_over_graphql(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    w = await build_world(database, caller)
    variables = {"plan": gid("Plan", w.plan), "goal": gid("Goal", w.goal)}
    made = await root(client, RECORD, variables, w.writer)
    answered = await post(client, ANSWER, {**variables, "input": made["id"]}, w.writer)
    assert answered["data"] == {
        "createLink": {"__typename": "Link"}, "publishFeedback": {"__typename": "Feedback"},
    }  # fmt: skip
    receipt = await root(client, RECEIPT, {"code": made["receiptCode"]})
    assert (receipt["planTitle"], receipt["status"]) == ("Sociaal plan", "received")
    # The goal, and through it its action plan and that plan's action.
    assert sorted((r["kind"], r["code"], r["title"]) for r in receipt["reached"]) == [
        ("action", "A1.1.1", "Sociaal verhuurkantoor uitbreiden"),
        ("action_plan", "AP1.1", "Huuraanbod"), ("goal", "SD1", "Wonen"),
    ]  # fmt: skip
    (note,) = receipt["feedback"]
    assert (note["text"], note["author"], note["answers"]) == (
        "Taken up in SD1.", "the municipality", "input",
    )  # fmt: skip
    assert note["publishedOn"] == receipt["submittedOn"] and note["code"] is None
