"""Bad input over HTTP gets a typed answer and changes nothing: unknown and malformed ids,
values that break a rule, links the trail does not allow, and changes from a stale version."""

import base64
import uuid

import httpx

from api.services.caller import Caller
from api.store.database import Database
from tests.builders import make_small_plan, snapshot
from tests.surfaces.graphql_calls import (
    MUTATIONS,
    Json,
    World,
    build_world,
    contains,
    gid,
    mutation,
    post,
    root,
)


def _swap(value: object, node_id: str) -> object:
    """The same kind of id as `value`, naming `node_id` instead; other values as they are."""
    if isinstance(value, list):
        return [_swap(item, node_id) for item in value]
    if not isinstance(value, str):
        return value
    try:
        kind, _, _ = base64.b64decode(value, validate=True).decode().partition(":")
        return gid(kind, node_id)
    except ValueError:
        return node_id  # a plain id (a key's, or feedback's)


def _key(world: World, name: str) -> str:
    return world.admin if MUTATIONS[name].scope == "admin" else world.writer


async def test_unknown_and_malformed_ids_are_not_found(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    before = await snapshot(database)
    for name, call in MUTATIONS.items():
        variables = call.variables(world)
        if not variables:
            continue  # createPlan, createActor, createApiKey name no item
        for node_id in (str(uuid.uuid4()), "not-a-uuid"):
            swapped = {key: _swap(value, node_id) for key, value in variables.items()}
            answer = await root(client, call.document, swapped, _key(world, name))
            assert answer["__typename"] == "NotFoundError", (name, node_id, answer)
            assert answer["message"] and answer["field"], (name, answer)
        # Not even base64: the id is refused as a value, with a clear message.
        garbage = dict.fromkeys(variables, "%%%")
        body = await post(client, call.document, garbage, _key(world, name))
        message = body["errors"][0]["message"] if "errors" in body else str(body["data"])
        assert "Unexpected" not in message, (name, body)
    assert await snapshot(database) == before


V, C, L = "ValidationError", "ConflictError", "LinkNotAllowedError"
# (mutation, its variables, its arguments, the answer expected); every variable is an item of
# the World (see `_variables`), `foreign` a finding of another plan of the same municipality.
RULES: list[tuple[str, str, str, Json]] = [
    ("setProgress", "$action: ID!", "actionId: $action, progress: 150", {"field": "progress"}),
    ("setProgress", "$action: ID!", "actionId: $action, progress: -1", {"field": "progress"}),
    ("setActionStatus", "$action: ID!", 'id: $action, status: "done"',
     {"field": "status", "errorCode": "illegal_transition"}),
    ("updateAction", "$action: ID!", 'id: $action, weight: "0"', {"field": "weight"}),
    ("updateAction", "$action: ID!", 'id: $action, budget: "-5.00"', {"field": "budget"}),
    ("updateAction", "$action: ID!", 'id: $action, startsOn: "2025-01-01", endsOn: "2024-01-01"',
     {"field": "endsOn"}),
    ("updateAction", "$action: ID!, $goal: ID!", "id: $action, ownerIds: [$goal]",
     {"field": "owners"}),
    ("createNode", "$plan: ID!", 'planId: $plan, kind: "goal", code: "SD7", title: "  "',
     {"field": "title"}),
    ("createNode", "$plan: ID!", 'planId: $plan, kind: "goal", code: "SD7", title: {en: "Care"}',
     {"field": "title"}),
    ("createNode", "$plan: ID!", 'planId: $plan, kind: "goal", code: "S D7", title: "Zorg"',
     {"field": "code"}),
    ("createNode", "$plan: ID!, $goal: ID!",
     'planId: $plan, kind: "theme", title: "Zorg", parentThemeId: $goal',
     {"__typename": "NotFoundError", "field": "parentId"}),
    ("updateNode", "$goal: ID!", 'id: $goal, title: ""', {"field": "title"}),
    ("updateNode", "$finding: ID!", "id: $finding, priority: true", {"field": "priority"}),
    ("updateNode", "$input: ID!", 'id: $input, title: "Huur"', {"field": "id"}),
    ("updateNode", "$goal: ID!", 'id: $goal, code: "SD9"',
     {"__typename": C, "field": "code", "errorCode": "conflict", "currentVersion": None}),
    ("moveTheme", "$theme: ID!, $goal: ID!", "themeId: $theme, parentId: $goal",
     {"__typename": "NotFoundError", "field": "parentId"}),
    ("createInput", "$plan: ID!",
     'planId: $plan, text: "Meer bomen", channel: "survey", participantType: "tourist"',
     {"field": "participantType"}),
    ("createInput", "$plan: ID!",
     'planId: $plan, text: " ", channel: "survey", participantType: "citizen"', {"field": "text"}),
    ("createInput", "$plan: ID!", 'planId: $plan, text: "Meer bomen", channel: "survey",'
     ' participantType: "citizen", language: "xx"', {"field": "language"}),
    ("updateInput", "$input: ID!", 'id: $input, channel: "duif"', {"field": "channel"}),
    ("updateInput", "$input: ID!, $goal: ID!", "id: $input, momentId: $goal",
     {"field": "momentId"}),
    ("setInputStatus", "$input: ID!", 'inputId: $input, status: "forgotten"', {"field": "status"}),
    ("createMoment", "$plan: ID!",
     'planId: $plan, title: "Brief", heldOn: "2023-01-01", method: "email"', {"field": "method"}),
    ("createMoment", "$plan: ID!", 'planId: $plan, title: "Sessie", heldOn: "2023-01-01",'
     ' method: "workshop", participantCount: -1', {"field": "participantCount"}),
    ("createMoment", "$plan: ID!", 'planId: $plan, title: "Sessie", heldOn: "2023-01-01",'
     ' method: "workshop", phase: "zomer"', {"field": "phase"}),
    ("updateMoment", "$moment: ID!", 'id: $moment, title: ""', {"field": "title"}),
    ("createActor", "", 'name: "Buurtwerk", kind: "ngo"', {"field": "kind"}),
    ("createActor", "", 'name: "Dienst Wonen", kind: "department"',
     {"__typename": C, "field": "name", "errorCode": "conflict"}),
    ("updateActor", "$actor: ID!", 'id: $actor, name: " "', {"field": "name"}),
    ("createPlan", "", 'title: "Plan", periodStart: "2025-01-01", periodEnd: "2024-01-01"',
     {"field": "periodEnd"}),
    ("createPlan", "", 'title: 42, periodStart: "2025-01-01", periodEnd: "2026-01-01"',
     {"field": "title"}),
    ("updatePlan", "$plan: ID!", 'id: $plan, periodStart: "2030-01-01"', {"field": "periodEnd"}),
    ("updatePlan", "$plan: ID!", 'id: $plan, title: {en: "Social plan"}', {"field": "title"}),
    ("setPlanStatus", "$plan: ID!", 'planId: $plan, status: "adopted"',
     {"field": "status", "errorCode": "illegal_transition"}),
    ("setPlanStatus", "$plan: ID!", 'planId: $plan, status: "archived"',
     {"field": "status", "errorCode": "validation_failed"}),
    ("updateLink", "$link: ID!", 'id: $link, decision: "misschien"', {"field": "decision"}),
    ("createLink", "$input: ID!, $goal: ID!", 'sourceId: $input, targetId: $goal, decision: "x"',
     {"field": "decision"}),
    ("createLink", "$input: ID!, $moment: ID!", "sourceId: $input, targetId: $moment",
     {"__typename": "NotFoundError", "field": "targetId"}),
    ("createLink", "$input: ID!, $action_plan: ID!", "sourceId: $input, targetId: $action_plan",
     {"__typename": L, "errorCode": "link_not_allowed"}),
    ("createLink", "$finding: ID!, $theme: ID!", "sourceId: $finding, targetId: $theme",
     {"__typename": L, "errorCode": "link_not_allowed"}),
    ("createLink", "$goal: ID!", "sourceId: $goal, targetId: $goal",
     {"__typename": L, "errorCode": "cycle_detected"}),
    ("createLink", "$action: ID!, $goal: ID!", "sourceId: $action, targetId: $goal",
     {"__typename": L, "errorCode": "cycle_detected"}),
    ("createLink", "$input: ID!, $finding: ID!", "sourceId: $input, targetId: $finding",
     {"__typename": L, "errorCode": "duplicate_link"}),
    ("createLink", "$input: ID!, $foreign: ID!", "sourceId: $input, targetId: $foreign",
     {"__typename": L, "errorCode": "cross_plan_link"}),
    ("createApiKey", "", 'name: "site", scopes: ["root"]', {"field": "scopes"}),
    ("createApiKey", "", 'name: "site", scopes: []', {"field": "scopes"}),
    ("createApiKey", "", 'name: "site", scopes: ["read"], expiresAt: "2020-01-01T00:00:00+00:00"',
     {"field": "expiresAt"}),
    ("createApiKey", "$plan_: ID!", 'name: "site", scopes: ["read"], planId: $plan_',
     {"__typename": "NotFoundError", "field": "planId"}),
]  # fmt: skip


def _variables(world: World, foreign: uuid.UUID) -> Json:
    kinds = {"plan": "Plan", "goal": "Goal", "finding": "Finding", "theme": "Theme",
             "input": "Input", "action": "Action", "action_plan": "ActionPlan",
             "moment": "Moment", "actor": "Actor"}  # fmt: skip
    found = {name: gid(kind, getattr(world, name)) for name, kind in kinds.items()}
    found["link"] = gid("Link", world.input_link)
    found["plan_"] = gid("Plan", world.goal)  # a goal's id under the name of a plan
    found["foreign"] = gid("Finding", foreign)
    return found


async def test_values_that_break_a_rule_are_refused_by_name(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    async with database.unit_of_work() as uow:
        other_plan = await make_small_plan(uow, caller, title="Ander plan")
        await uow.commit()
    variables = _variables(world, other_plan.finding_id)
    before = await snapshot(database)
    wrong = []
    for name, params, args, expected in RULES:
        link = name in ("createLink", "updateLink")
        document = mutation(name, f", {params}" if params else "", args, "", link=link)
        used = {key: value for key, value in variables.items() if f"${key}:" in params}
        answer = await root(client, document, used, _key(world, name))
        if not contains(answer, {"__typename": V, **expected}):
            wrong.append((name, args, answer))
    assert wrong == []
    assert await snapshot(database) == before


MOVE = mutation(
    "moveTheme", ", $theme: ID!, $parent: ID", "themeId: $theme, parentId: $parent", "", link=True
)


async def test_a_theme_under_itself_or_its_sub_theme_is_a_typed_refusal(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    before = await snapshot(database)
    for parent in (world.sub_theme, world.theme):
        variables = {"theme": gid("Theme", world.theme), "parent": gid("Theme", parent)}
        body = await post(client, MOVE, variables, world.writer)
        assert "errors" not in body, body  # not an unexpected error: a member of ThemeResult
        refused = body["data"]["moveTheme"]
        assert (refused["__typename"], refused["field"], refused["errorCode"]) == (
            "LinkNotAllowedError", "parentId", "cycle_detected",
        )  # fmt: skip
    assert await snapshot(database) == before


VERSION = """
query Version($id: ID!) { node(id: $id) { ... on Plan { version } ... on TrailNode { version }
  ... on Link { version } ... on Moment { version } ... on Actor { version } } }
"""
# A change from another client in between, for each kind of item: a new `$note` each time.
INTERIM = {
    "Plan": mutation("updatePlan", ", $id: ID!, $note: JSON", "id: $id, description: $note", ""),
    "Node": mutation("updateNode", ", $id: ID!, $note: JSON", "id: $id, description: $note", ""),
    "Input": mutation("updateInput", ", $id: ID!, $note: String", "id: $id, text: $note", ""),
    "Link": mutation("updateLink", ", $id: ID!, $note: String", "id: $id, rationale: $note", ""),
    "Moment": mutation("updateMoment", ", $id: ID!, $note: String", "id: $id, place: $note", ""),
    "Actor": mutation("updateActor", ", $id: ID!, $note: String", "id: $id, name: $note", ""),
}
# (mutation, kind of item, World attribute, arguments besides expectedVersion)
STALE = [
    ("updatePlan", "Plan", "plan", 'id: $id, title: "Nieuwe titel"'),
    ("publishPlan", "Plan", "plan", "id: $id"),
    ("setPlanStatus", "Plan", "plan", 'planId: $id, status: "adopted"'),
    ("updateNode", "Goal", "goal", 'id: $id, code: "SD3"'),
    ("deleteNode", "Goal", "spare_goal", "id: $id"),
    ("moveTheme", "Theme", "sub_theme", "themeId: $id"),
    ("updateInput", "Input", "input", 'id: $id, channel: "email"'),
    ("setInputStatus", "Input", "input", 'inputId: $id, status: "in_review"'),
    ("updateAction", "Action", "action", 'id: $id, budget: "100.00"'),
    ("setActionStatus", "Action", "action", 'id: $id, status: "planned"'),
    ("setProgress", "Action", "action", "actionId: $id, progress: 55"),
    ("updateLink", "Link", "input_link", 'id: $id, decision: "adopted"'),
    ("deleteLink", "Link", "input_link", "id: $id"),
    ("updateMoment", "Moment", "moment", 'id: $id, title: "Later"'),
    ("deleteMoment", "Moment", "spare_moment", "id: $id"),
    ("updateActor", "Actor", "actor", 'id: $id, name: "Dienst X"'),
    ("deleteActor", "Actor", "spare_actor", "id: $id"),
]


async def test_a_change_from_a_stale_version_is_a_conflict(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)

    async def version(item: str) -> int:
        return (await root(client, VERSION, {"id": item}, world.reader))["version"]  # type: ignore[no-any-return]

    for number, (name, kind, attr, args) in enumerate(STALE):
        item = gid(kind, getattr(world, attr))
        read = await version(item)
        interim = INTERIM.get(kind, INTERIM["Node"])
        note = f"tussendoor {number}"
        changed = await root(client, interim, {"id": item, "note": note}, world.writer)
        assert changed["__typename"] != "ConflictError", (name, changed)
        current = await version(item)
        assert current > read, name
        document = mutation(
            name, ", $id: ID!, $version: Int", f"{args}, expectedVersion: $version", ""
        )
        before = await snapshot(database)
        stale = await root(client, document, {"id": item, "version": read}, world.writer)
        assert stale == {
            "__typename": "ConflictError", "field": "expectedVersion",
            "errorCode": "stale_version", "currentVersion": current, "message": stale["message"],
        }, name  # fmt: skip
        assert await snapshot(database) == before, name
        fresh = await root(client, document, {"id": item, "version": current}, world.writer)
        assert fresh["__typename"] == kind, (name, fresh)
