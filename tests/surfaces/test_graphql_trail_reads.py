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
        ("FINDING", 1), ("GOAL", 2), ("ACTION_PLAN", 3), ("ACTION", 4),
    ]  # fmt: skip
    assert forward[1]["id"] == gid("Goal", w.goal) and forward[1]["code"] == "SD1"
    (path,) = forward[2]["paths"]
    assert [step["linkId"] for step in path] == [
        gid("Link", w.input_link),
        gid("Link", w.finding_link),
        gid("Link", w.goal_link),
    ]
    assert path[2] == {
        "linkId": gid("Link", w.goal_link), "kind": "GOAL_TO_ACTION_PLAN",
        "sourceId": gid("Goal", w.goal), "targetId": gid("ActionPlan", w.action_plan),
        "rationale": "actieplan onder SD1", "decision": "ADOPTED", "author": "test facilitator",
    }  # fmt: skip
    backward = await _trace(client, w, gid("Action", w.action), "BACKWARD", depth=2)
    assert [(n["kind"], n["title"]) for n in backward] == [
        ("ACTION_PLAN", "Huuraanbod"), ("GOAL", "Wonen"),
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
fragment Page on EventConnection { totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { seq type occurredAt actor reason subjectKind subjectId before after
                        redacted } } }
"""


async def _history(client: httpx.AsyncClient, w: World, item: str) -> list[Json]:
    seen: list[Json] = []
    after = None
    while True:
        page = (await root(client, HISTORY, {"id": item, "after": after}, w.reader))["history"]
        seen += [edge["node"] for edge in page["edges"]]
        assert page["totalCount"] >= len(seen)
        assert page["pageInfo"]["endCursor"] == page["edges"][-1]["cursor"]
        if not page["pageInfo"]["hasNextPage"]:
            return seen
        after = page["pageInfo"]["endCursor"]


async def test_a_history_as_a_field_of_a_node_and_of_a_link(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    w = await build_world(database, caller)
    async with database.unit_of_work() as uow:
        await links.update_link(
            uow,
            caller,
            links.UpdateLink(link_id=w.goal_link, decision="not_adopted", reason="herzien"),
        )
        await uow.commit()
    goal = await _history(client, w, gid("Goal", w.goal))
    assert [e["type"] for e in goal] == [
        "LINK_UPDATED", "LINK_CREATED", "LINK_CREATED", "GOAL_CREATED",
    ]  # fmt: skip
    assert [e["subjectKind"] for e in goal] == ["LINK", "LINK", "LINK", "GOAL"]
    assert goal[-1]["subjectId"] == gid("Goal", w.goal) and goal[-1]["before"] is None
    link = await _history(client, w, gid("Link", w.goal_link))
    assert [(e["type"], e["reason"]) for e in link] == [
        ("LINK_UPDATED", "herzien"), ("LINK_CREATED", None),
    ]  # fmt: skip
    change = link[0]
    assert (change["before"]["decision"], change["after"]["decision"]) == (
        "adopted", "not_adopted",
    )  # fmt: skip
    assert change["actor"] == "test facilitator" and change["redacted"] is False
    assert change["seq"] > link[1]["seq"] and change["occurredAt"] >= link[1]["occurredAt"]


INPUTS = """
query Inputs($id: ID!, $channel: Channel, $participantType: ParticipantType, $status: InputStatus,
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
        await links.create_link(
            uow, caller, links.CreateLink(source_id=w.other_input, target_id=w.theme)
        )
        await inputs.set_input_status(
            uow, caller, inputs.SetInputStatus(input_id=w.input, status="in_review")
        )
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
    assert await found(channel="SURVEY") == [other]
    assert await found(participantType="CITIZEN") == [first]
    assert await found(status="IN_REVIEW") == [first]
    assert await found(status="RECEIVED") == [other]
    assert await found(themeId=gid("Theme", w.theme)) == [other]
    assert await found(reached=True) == [first]  # through its finding to the goal
    assert await found(reached=False) == [other]  # a theme is no commitment
    # Dutch stemming: "fietspaden" is "fietspad"; "fietsen" is another word than the compound.
    assert await found(search="fietspaden") == [other]
    assert await found(search="fietsen") == []
    assert await found(search="huren") == [first]
    assert await found(search="betaalbaar", channel="SURVEY") == []
    assert await found(search="   ") == [first, other]  # no search at all
    assert await found(momentId=str(w.moment)) == [first]
    # The moment's id as the API gives it (`Input.moment.id`) filters by that moment too.
    assert await found(momentId=gid("Moment", w.moment)) == [first]


LANGUAGES = """
query Titles($id: ID!, $goal: ID!) {
  plan(id: $id) {
    title description nlDescription: description(locale: NL)
    goals { edges { node { code title nl: title(locale: NL) } } }
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
            uow,
            caller,
            structure.CreateGoal(plan_id=w.plan, code="SD0", title={"nl": "Zorg", "en": "Care"}),
        )
        theme = await structure.create_theme(
            uow,
            caller,
            structure.CreateTheme(plan_id=w.plan, title={"nl": "Gezondheid", "en": "Health"}),
        )
        await links.create_link(
            uow, caller, links.CreateLink(source_id=theme.id, target_id=goal.id)
        )
        await uow.commit()
    write = "mutation D($id: ID!) { updatePlan(input: {planId: $id,"
    write += ' description: {nl: "Over", en: "About"}}) { __typename } }'
    await root(client, write, {"id": gid("Plan", w.plan)}, w.writer)
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
    titles = {
        g["node"]["code"]: (g["node"]["title"], g["node"]["nl"]) for g in plan["goals"]["edges"]
    }
    assert titles["SD0"] == ("Care", "Zorg") and titles["SD1"] == ("Wonen", "Wonen")
    assert plan["findings"]["edges"] == [{"node": {"title": "Huur is duur"}}]
    assert body["data"]["node"]["trace"] == [{"kind": "THEME", "title": "Health"}]


RECORD = """
mutation Record($plan: ID!) {
  createInput(input: {planId: $plan, text: "Meer sociale woningen", channel: EMAIL,
                      participantType: CITIZEN}) { ... on Input { id receiptCode } }
}
"""
ANSWER = """
mutation Answer($input: ID!, $goal: ID!, $plan: ID!) {
  createLink(input: {sourceId: $input, targetId: $goal}) { __typename }
  publishFeedback(input: {subjectId: $input,
                          text: {nl: "Opgenomen in SD1.", en: "Taken up in SD1."}}) {
    __typename }
  setPlanStatus(input: {planId: $plan, status: PUBLISHED}) { __typename }
}
"""
RECEIPT = """
query Receipt($code: String!) { receipt(code: $code, locale: EN) {
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
    # A receipt shows what its input reached once the plan is published (test_personal_names.py).
    assert answered["data"] == {
        "createLink": {"__typename": "Link"}, "publishFeedback": {"__typename": "Feedback"},
        "setPlanStatus": {"__typename": "Plan"},
    }  # fmt: skip
    receipt = await root(client, RECEIPT, {"code": made["receiptCode"]})
    assert (receipt["planTitle"], receipt["status"]) == ("Sociaal plan", "RECEIVED")
    # The goal, and through it its action plan and that plan's action.
    assert sorted((r["kind"], r["code"], r["title"]) for r in receipt["reached"]) == [
        ("ACTION", "A1.1.1", "Sociaal verhuurkantoor uitbreiden"),
        ("ACTION_PLAN", "AP1.1", "Huuraanbod"), ("GOAL", "SD1", "Wonen"),
    ]  # fmt: skip
    (note,) = receipt["feedback"]
    assert (note["text"], note["author"], note["answers"]) == (
        "Taken up in SD1.", "the municipality", "INPUT",
    )  # fmt: skip
    assert note["publishedOn"] == receipt["submittedOn"] and note["code"] is None
