"""Reading the whole schema over HTTP: every kind of node by id with every field, a plan's parts,
links in and out, a bad argument beside fields that read, and a plan's coverage. A plan's events
and the plan as it stood are in test_graphql_plan_over_time.py; traces and histories, input
filters and titles in the asked language in test_graphql_trail_reads.py."""

import httpx

from api.services import inputs, links
from api.services.caller import Caller
from api.store.database import Database
from tests.surfaces.graphql_calls import build_world, edge_nodes, gid, post, root

# A translated text in every language: `titleTranslations {{{ALL}}}`.
ALL = " nl fr en de "
NODE = f"""
query Node($id: ID!) {{ node(id: $id) {{ __typename id
  ... on Plan {{ title titleTranslations {{{ALL}}} description descriptionTranslations {{{ALL}}}
                periodStart periodEnd planStatus: status version asOf }}
  ... on Input {{ text channel participantType inputStatus: status receiptCode submittedAt
                 statusReason language moment {{ id title }} version externalId }}
  ... on PlanElement {{ code title titleTranslations {{{ALL}}} description
      descriptionTranslations {{{ALL}}} priority version externalId originatingInputs {{
        totalCount byChannel {{ channel count }} byParticipantType {{ participantType count }}
        inputs(first: 5) {{ totalCount pageInfo {{ hasNextPage }} edges {{ node {{ id }} }} }} }} }}
  ... on Theme {{ parent {{ id }} subThemes {{ totalCount edges {{ node {{ id }} }} }} }}
  ... on Goal {{ actionPlans {{ totalCount pageInfo {{ hasNextPage endCursor }}
                 edges {{ cursor node {{ id }} }} }} }}
  ... on ActionPlan {{ actions {{ totalCount pageInfo {{ hasNextPage endCursor }}
                       edges {{ cursor node {{ id }} }} }} }}
  ... on Action {{ actionStatus: status progress weight budget startsOn endsOn
                  owners {{ id name }} partners {{ id name }} }}
  ... on Link {{ linkKind: kind rationale decision author version
                source {{ ... on Node {{ id }} }} target {{ ... on Node {{ id }} }} }}
  ... on Moment {{ title heldOn method phase facilitator participantCount place online version }}
  ... on Actor {{ name actorKind: kind version }}
}} }}
"""


async def test_every_kind_of_node_by_id_with_every_field(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    w = await build_world(database, caller)

    async def node(kind: str, item: object) -> dict:  # type: ignore[type-arg]
        return await root(client, NODE, {"id": gid(kind, item)}, w.reader)  # type: ignore[no-any-return]

    plan = await node("Plan", w.plan)
    assert (plan["title"], plan["planStatus"], plan["asOf"]) == ("Sociaal plan", "DRAFT", None)
    assert plan["titleTranslations"] == {"nl": "Sociaal plan", "fr": None, "en": None, "de": None}
    assert (plan["description"], plan["descriptionTranslations"]) == (None, None)
    item = await node("Input", w.input)
    assert item["moment"] == {"id": gid("Moment", w.moment), "title": "Workshop Wonen"}
    assert (item["receiptCode"], item["language"], item["version"]) == (None, "NL", 2)
    assert (item["channel"], item["participantType"], item["inputStatus"]) == (
        "WORKSHOP", "CITIZEN", "RECEIVED",
    )  # fmt: skip
    assert (item["statusReason"], item["externalId"]) == (None, None)
    finding = await node("Finding", w.finding)
    origins = finding["originatingInputs"]
    assert (finding["code"], finding["title"], origins["totalCount"]) == (None, "Huur is duur", 1)
    assert finding["titleTranslations"] == {"nl": "Huur is duur", "fr": None, "en": None,
                                            "de": None}  # fmt: skip
    assert (finding["description"], finding["externalId"]) == (None, None)
    assert origins["byChannel"] == [{"channel": "WORKSHOP", "count": 1}]
    assert origins["inputs"] == {
        "totalCount": 1, "pageInfo": {"hasNextPage": False},
        "edges": [{"node": {"id": gid("Input", w.input)}}],
    }  # fmt: skip
    theme = await node("Theme", w.theme)
    assert (theme["parent"], theme["subThemes"]) == (
        None, {"totalCount": 1, "edges": [{"node": {"id": gid("Theme", w.sub_theme)}}]},
    )  # fmt: skip
    sub = await node("Theme", w.sub_theme)
    assert (sub["parent"], sub["subThemes"]["totalCount"]) == ({"id": gid("Theme", w.theme)}, 0)
    goal = await node("Goal", w.goal)
    (edge,) = goal["actionPlans"]["edges"]
    assert edge["node"] == {"id": gid("ActionPlan", w.action_plan)}
    assert goal["actionPlans"]["pageInfo"] == {"hasNextPage": False, "endCursor": edge["cursor"]}
    action_plan = await node("ActionPlan", w.action_plan)
    (edge,) = action_plan["actions"]["edges"]
    assert (edge["node"], action_plan["actions"]["totalCount"]) == (
        {"id": gid("Action", w.action)}, 1,
    )  # fmt: skip
    assert action_plan["actions"]["pageInfo"]["endCursor"] == edge["cursor"]
    action = await node("Action", w.action)
    assert (action["actionStatus"], action["progress"], action["priority"]) == (
        "PROPOSED", 0, False,
    )  # fmt: skip
    # Nothing planned yet: no weight, budget, days or actors.
    assert [action[f] for f in ("weight", "budget", "startsOn", "endsOn")] == [None] * 4
    assert (action["owners"], action["partners"]) == ([], [])
    # The action rests on the input through its action plan, goal and finding.
    assert action["originatingInputs"]["byParticipantType"] == [
        {"participantType": "CITIZEN", "count": 1}
    ]
    link = await node("Link", w.goal_link)
    assert (link["linkKind"], link["rationale"], link["decision"], link["author"]) == (
        "GOAL_TO_ACTION_PLAN", "actieplan onder SD1", "ADOPTED", "test facilitator",
    )  # fmt: skip
    assert (link["source"]["id"], link["target"]["id"], link["version"]) == (
        gid("Goal", w.goal), gid("ActionPlan", w.action_plan), 1,
    )  # fmt: skip
    moment = await node("Moment", w.moment)
    assert moment == {
        "__typename": "Moment", "id": gid("Moment", w.moment), "title": "Workshop Wonen",
        "heldOn": "2023-03-01", "method": "WORKSHOP", "phase": "CITIZEN_CONSULTATION",
        "facilitator": None, "participantCount": 25, "place": None, "online": False, "version": 1,
    }  # fmt: skip
    actor = await node("Actor", w.actor)
    assert (actor["name"], actor["actorKind"], actor["version"]) == (
        "Dienst Wonen",
        "DEPARTMENT",
        1,
    )


PARTS = """
query Parts($id: ID!, $parent: ID, $after: String, $goalsAfter: String) {
  plan(id: $id) {
    version
    findings(first: 1) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                         edges { cursor node { title } } }
    top: themes { totalCount pageInfo { hasNextPage }
                  edges { cursor node { title subThemes { edges { node { title
                    parent { title } } } } } } }
    under: themes(parentId: $parent) { totalCount edges { node { title parent { id } } } }
    every: themes(allLevels: true) { totalCount }
    moments { totalCount pageInfo { endCursor } edges { cursor node { title } } }
    analysis: moments(phase: ANALYSIS) { totalCount edges { node { title phase } } }
    actors(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor }
                                       edges { cursor node { name kind } } }
    goals(first: 1, after: $goalsAfter) { totalCount pageInfo { hasNextPage endCursor }
                                          edges { cursor node { code } } }
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
        "title": "Wonen", "subThemes": {"edges": [{"node": {
            "title": "Sociale huur", "parent": {"title": "Wonen"}}}]},
    }}]}  # fmt: skip
    assert plan["under"] == {
        "totalCount": 1,
        "edges": [{"node": {"title": "Sociale huur", "parent": {"id": gid("Theme", w.theme)}}}],
    }  # fmt: skip
    assert plan["every"]["totalCount"] == 2
    moments = plan["moments"]
    assert [e["node"]["title"] for e in moments["edges"]] == ["Workshop Wonen", "Bevraging"]
    assert moments["pageInfo"]["endCursor"] == moments["edges"][-1]["cursor"]
    assert plan["analysis"]["edges"] == [{"node": {"title": "Bevraging", "phase": "ANALYSIS"}}]
    names, codes = [], []
    while True:  # actors and goals, two of each, a page of one at a time
        actors, goals = plan["actors"], plan["goals"]
        assert actors["totalCount"] == goals["totalCount"] == 2
        names += [(e["node"]["name"], e["node"]["kind"]) for e in actors["edges"]]
        codes += [e["node"]["code"] for e in goals["edges"]]
        assert goals["pageInfo"]["endCursor"] == goals["edges"][-1]["cursor"]
        if not actors["pageInfo"]["hasNextPage"]:
            assert goals["pageInfo"]["hasNextPage"] is False
            break
        variables["after"] = actors["pageInfo"]["endCursor"]
        variables["goalsAfter"] = goals["pageInfo"]["endCursor"]
        plan = await root(client, PARTS, variables, w.reader)
    assert codes == ["SD1", "SD9"]  # by code
    assert sorted(names) == [("Dienst Wonen", "DEPARTMENT"), ("OCMW", "PARTNER")]


AROUND = """
query Around($id: ID!) { node(id: $id) { ... on TrailNode {
  incomingLinks { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { kind
    rationale decision author source { __typename ... on Node { id } }
    target { ... on Node { id } } } } }
  outgoingLinks { totalCount edges { node { kind rationale decision author
    source { ... on Node { id } } target { __typename ... on Node { id } } } } } } } }
"""


async def test_links_in_and_out_with_both_ends(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    w = await build_world(database, caller)
    expected = {
        ("Input", w.input): ([], ["INPUT_TO_FINDING"]),
        ("Finding", w.finding): (["INPUT_TO_FINDING"], ["FINDING_TO_GOAL"]),
        ("Goal", w.goal): (["FINDING_TO_GOAL"], ["GOAL_TO_ACTION_PLAN"]),
        ("ActionPlan", w.action_plan): (["GOAL_TO_ACTION_PLAN"], ["ACTION_PLAN_TO_ACTION"]),
        ("Action", w.action): (["ACTION_PLAN_TO_ACTION"], []),
    }
    for (kind, item), (incoming, outgoing) in expected.items():
        found = await root(client, AROUND, {"id": gid(kind, item)}, w.reader)
        ins, outs = edge_nodes(found["incomingLinks"]), edge_nodes(found["outgoingLinks"])
        assert [link["kind"] for link in ins] == incoming, kind
        assert [link["kind"] for link in outs] == outgoing, kind
        assert (found["incomingLinks"]["totalCount"], found["outgoingLinks"]["totalCount"]) == (
            len(incoming), len(outgoing),
        )  # fmt: skip
        page = found["incomingLinks"]
        assert page["pageInfo"] == {
            "hasNextPage": False,
            "endCursor": page["edges"][-1]["cursor"] if page["edges"] else None,
        }
        for link in ins:
            assert link["target"]["id"] == gid(kind, item) and link["author"] == "test facilitator"
        for link in outs:
            assert link["source"]["id"] == gid(kind, item)
    goal = await root(client, AROUND, {"id": gid("Goal", w.goal)}, w.reader)
    (down,) = edge_nodes(goal["outgoingLinks"])
    assert (down["rationale"], down["decision"]) == ("actieplan onder SD1", "ADOPTED")
    assert down["target"] == {"__typename": "ActionPlan", "id": gid("ActionPlan", w.action_plan)}
    (up,) = edge_nodes(goal["incomingLinks"])
    assert up["source"] == {"__typename": "Finding", "id": gid("Finding", w.finding)}


BESIDE = """
query Beside($id: ID!, $parent: ID) {
  plan(id: $id) {
    goals { totalCount } findings { totalCount }
    under: themes(parentId: $parent) { totalCount }
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
        (error,) = body["errors"]
        assert body["data"] is None and "no item with id" in error["message"], body
        assert error["path"] == ["plan", "under"], body


COVERAGE = """
query Coverage($id: ID!) { plan(id: $id) { coverage { totalInputs reachedInputs
  byChannel { channel total reached } byParticipantType { participantType total reached }
  byTheme { value total reached } byMoment { value total reached }
  unreached { inputId decided reason }
  goalsAndActionsWithoutInput { id kind code title }
  themesAndFindingsWithoutGoal { id kind code title } } } }
"""


async def test_a_plans_coverage_by_channel_participant_theme_and_moment(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    w = await build_world(database, caller)
    async with database.unit_of_work() as uow:  # the survey's input: on a theme, not retained
        await links.create_link(
            uow, caller, links.CreateLink(source_id=w.other_input, target_id=w.theme)
        )
        for status, reason in (("in_review", None), ("not_retained", "buiten bevoegdheid")):
            await inputs.set_input_status(
                uow,
                caller,
                inputs.SetInputStatus(input_id=w.other_input, status=status, reason=reason),
            )
        await uow.commit()
    coverage = (await root(client, COVERAGE, {"id": gid("Plan", w.plan)}, w.reader))["coverage"]
    assert (coverage["totalInputs"], coverage["reachedInputs"]) == (2, 1)
    assert coverage["byChannel"] == [
        {"channel": "SURVEY", "total": 1, "reached": 0},
        {"channel": "WORKSHOP", "total": 1, "reached": 1},
    ]
    assert coverage["byParticipantType"] == [
        {"participantType": "CITIZEN", "total": 1, "reached": 1},
        {"participantType": "STAKEHOLDER", "total": 1, "reached": 0},
    ]
    assert sorted(coverage["byTheme"], key=lambda share: share["value"]) == [
        {"value": "(no theme)", "total": 1, "reached": 1},
        {"value": "Wonen", "total": 1, "reached": 0},
    ]
    assert sorted(coverage["byMoment"], key=lambda share: share["value"]) == [
        {"value": "(no moment)", "total": 1, "reached": 0},
        {"value": "Workshop Wonen", "total": 1, "reached": 1},
    ]
    assert coverage["unreached"] == [
        {"inputId": gid("Input", w.other_input), "decided": True, "reason": "buiten bevoegdheid"}
    ]
    assert coverage["goalsAndActionsWithoutInput"] == [
        {"id": gid("Goal", w.spare_goal), "kind": "GOAL", "code": "SD9", "title": "Rest"}
    ]
    assert sorted(coverage["themesAndFindingsWithoutGoal"], key=lambda item: item["title"]) == [
        {"id": gid("Theme", w.sub_theme), "kind": "THEME", "code": None, "title": "Sociale huur"},
        {"id": gid("Theme", w.theme), "kind": "THEME", "code": None, "title": "Wonen"},
    ]
