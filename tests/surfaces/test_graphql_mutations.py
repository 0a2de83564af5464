"""Every mutation over HTTP: each succeeds once for a key with its scope, its change shows in a
follow-up query, and its reason is in the item's history; then the rules some of them keep."""

import uuid

import httpx

from api.services.caller import Caller
from api.store.database import Database
from tests.builders import snapshot
from tests.surfaces.graphql_calls import (
    MUTATIONS,
    Json,
    World,
    build_world,
    contains,
    data,
    gid,
    mutation,
    post,
    root,
)

SEEN = "query Seen($id: ID!) {{ node(id: $id) {{ __typename {} }} }}"
AFTER = "query After($id: ID!) { history(id: $id, first: 1) { events { type after } } }"
# What a follow-up query shows after each mutation: (query on the subject's id, expected subset).
# fmt: off
FOLLOW_UPS: dict[str, tuple[str, Json | None]] = {
    "createPlan": (
        SEEN.format('... on Plan { title(locale: "en") status periodStart }'),
        {"title": "Mobility plan", "status": "DRAFT", "periodStart": "2025-01-01"},
    ),
    "updatePlan": (
        SEEN.format("... on Plan { title periodEnd version }"),
        {"title": "Sociaal plan 2.0", "periodEnd": "2028-12-31", "version": 2},
    ),
    "publishPlan": (SEEN.format("... on Plan { status }"), {"status": "PUBLISHED"}),
    "setPlanStatus": (SEEN.format("... on Plan { status }"), {"status": "ADOPTED"}),
    "createNode": (
        SEEN.format('... on Goal { code title(locale: "en") priority }'),
        {"code": "SD2", "title": "Care", "priority": True},
    ),
    "updateNode": (
        SEEN.format('... on Goal { title(locale: "en") nl: title priority version }'),
        {"title": "Affordable housing", "nl": "Betaalbaar wonen", "priority": True, "version": 2},
    ),
    "deleteNode": (SEEN.format("id"), None),
    "moveTheme": (
        SEEN.format("... on Theme { parentId parent { id } }"),
        {"parentId": None, "parent": None},
    ),
    "createInput": (
        SEEN.format("... on Input { text channel status receiptCode language moment { id } }"),
        # The receipt code is shown in the answer to createInput only, never again.
        {"text": "Meer bankjes op het plein", "channel": "letter", "status": "received",
         "receiptCode": None, "language": "nl", "moment": None},
    ),
    "updateInput": (
        SEEN.format("... on Input { text channel }"),
        {"text": "Huur is te duur in Winksele.", "channel": "interview"},
    ),
    "setInputStatus": (SEEN.format("... on Input { status }"), {"status": "in_review"}),
    # Weight, budget, dates and actors are not fields of Action: the recorded state shows them.
    "updateAction": (
        AFTER,
        {"events": [{"type": "action.updated", "after": {
            "weight": "2.50", "budget": "15000.00", "starts_on": "2024-01-01",
            "ends_on": "2025-06-30", "partners": []}}]},
    ),
    "setActionStatus": (SEEN.format("... on Action { status }"), {"status": "planned"}),
    "setProgress": (SEEN.format("... on Action { progress }"), {"progress": 30}),
    "createLink": (
        SEEN.format("... on Link { kind rationale decision source { id } target { id } }"),
        {"kind": "theme_to_goal", "rationale": "thema onder SD1", "decision": "adopted"},
    ),
    "updateLink": (
        SEEN.format("... on Link { rationale decision version }"),
        {"rationale": "gebundeld", "decision": "partly_adopted", "version": 2},
    ),
    "deleteLink": (SEEN.format("id"), None),
    "tagInputs": (
        SEEN.format("... on Theme { incomingLinks { kind rationale } }"),
        {"incomingLinks": [{"kind": "input_to_theme", "rationale": "over wonen"}] * 2},
    ),
    "createMoment": (
        SEEN.format("... on Moment { title heldOn method phase facilitator participantCount"
                    " place online version }"),
        {"title": "Dialoogtafel", "heldOn": "2023-05-10", "method": "online_table",
         "phase": "stakeholder_talks", "facilitator": "Sofie", "participantCount": 12,
         "place": "Online", "online": True, "version": 1},
    ),
    "updateMoment": (
        SEEN.format("... on Moment { title participantCount place method online }"),
        {"title": "Workshop Wonen (deel 1)", "participantCount": 30, "place": "Zaal De Kring",
         "method": "workshop", "online": False},
    ),
    "deleteMoment": (SEEN.format("id"), None),
    "createActor": (SEEN.format("... on Actor { name kind }"), {"name": "Dienst Welzijn"}),
    "updateActor": (
        SEEN.format("... on Actor { name kind version }"),
        {"name": "Dienst Wonen en Welzijn", "kind": "department", "version": 2},
    ),
    "deleteActor": (SEEN.format("id"), None),
    # Keys are no nodes: test_keys_are_issued_and_revoked_by_admins_only follows them up.
    "createApiKey": (AFTER, {"events": [{"type": "api_key.created"}]}),
    "revokeApiKey": (AFTER, {"events": [{"type": "api_key.revoked"}]}),
    "publishFeedback": (
        AFTER,
        {"events": [{"type": "feedback.published", "after": {"text": {"nl": "Gehoord."}}}]},
    ),
    "withdrawFeedback": (AFTER, {"events": [{"type": "feedback.withdrawn", "after": None}]}),
}
# fmt: on
HISTORY = "query H($id: ID!) { history(id: $id, first: 50) { events { type reason actor } } }"


async def run(
    client: httpx.AsyncClient, world: World, which: str, /, key: str = "", **extra: object
) -> Json:
    """One call of the table's mutation, by default with the key its scope needs."""
    call = MUTATIONS[which]
    key = key or (world.admin if call.scope == "admin" else world.writer)
    variables = {**call.variables(world), "reason": f"waarom {which}", **extra}
    return await root(client, call.document, variables, key)  # type: ignore[no-any-return]


def test_every_mutation_has_a_follow_up() -> None:
    assert list(FOLLOW_UPS) == list(MUTATIONS)


async def test_every_mutation_succeeds_shows_and_records_its_reason(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    for name, call in MUTATIONS.items():
        answer = await run(client, world, name)
        assert answer["__typename"] == call.success, (name, answer)
        subject = call.subject(world, answer)
        query, expected = FOLLOW_UPS[name]
        found = await data(client, query, {"id": subject}, world.reader)
        shown = found.get("node", found.get("history"))
        assert contains(shown, expected), (name, shown)
        history = await root(client, HISTORY, {"id": subject}, world.reader)
        recorded = {(e["type"], e["reason"], e["actor"]) for e in history["events"]}
        actor = "key admin" if call.scope == "admin" else "key writer"
        assert (call.event, f"waarom {name}", actor) in recorded, (name, recorded)


CREATE_NODE = mutation(
    "createNode",
    ", $plan: ID!, $kind: String!, $code: String, $parent: ID",
    'planId: $plan, kind: $kind, code: $code, title: {nl: "Nieuw", en: "New"},'
    ' description: {nl: "Uitleg"}, parentThemeId: $parent',
    '... on Node { id } ... on PlanElement { code title(locale: "en") priority }',
)


async def test_create_node_makes_each_kind(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    plan = gid("Plan", world.plan)
    made = {}
    for kind, code, typename in [
        ("finding", None, "Finding"), ("theme", "T1", "Theme"), ("goal", "SD5", "Goal"),
        ("action_plan", "AP5.1", "ActionPlan"), ("action", "A5.1.1", "Action"),
    ]:  # fmt: skip
        parent = gid("Theme", world.theme) if kind == "theme" else None
        variables = {"plan": plan, "kind": kind, "code": code, "parent": parent}
        answer = await root(client, CREATE_NODE, variables, world.writer)
        assert (answer["__typename"], answer["code"], answer["title"]) == (typename, code, "New")
        made[kind] = answer["id"]
    theme = await root(
        client, SEEN.format("... on Theme { parent { id } }"), {"id": made["theme"]}, world.reader
    )
    assert theme == {"__typename": "Theme", "parent": {"id": gid("Theme", world.theme)}}


DELETE_INPUT = mutation("deleteNode", ", $id: ID!", "id: $id", "... on Input { id text }")
FINDING_LINKS = SEEN.format("... on Finding { incomingLinks { id } }")


async def test_deleting_an_input_removes_its_links_and_records_each(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    item = gid("Input", world.input)
    variables = {"id": item, "reason": "dubbel ingevoerd"}
    answer = await root(client, DELETE_INPUT, variables, world.writer)
    assert answer["__typename"] == "Input" and answer["id"] == item
    assert await root(client, SEEN.format("id"), {"id": item}, world.reader) is None
    finding = await root(client, FINDING_LINKS, {"id": gid("Finding", world.finding)}, world.reader)
    assert finding["incomingLinks"] == []
    history = await root(client, HISTORY, {"id": item}, world.reader)
    assert [(e["type"], e["reason"]) for e in history["events"][:2]] == [
        ("input.deleted", "dubbel ingevoerd"), ("link.deleted", "dubbel ingevoerd"),
    ]  # fmt: skip


SET_STATUS = mutation(
    "setInputStatus", ", $id: ID!, $status: String!", "inputId: $id, status: $status",
    "... on Input { status statusReason }",
)  # fmt: skip


async def test_an_input_is_not_retained_only_with_a_reason(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    item = gid("Input", world.input)

    async def move(status: str, reason: str | None) -> Json:
        variables = {"id": item, "status": status, "reason": reason}
        return await root(client, SET_STATUS, variables, world.writer)  # type: ignore[no-any-return]

    assert (await move("in_review", None))["statusReason"] is None
    before = await snapshot(database)
    for reason in (None, "   "):
        refused = await move("not_retained", reason)
        assert (refused["__typename"], refused["field"]) == ("ValidationError", "reason")
    skipped = await move("received", "terug")
    assert skipped["errorCode"] == "illegal_transition"
    assert await snapshot(database) == before
    decided = await move("not_retained", "buiten bevoegdheid")
    assert (decided["status"], decided["statusReason"]) == ("not_retained", "buiten bevoegdheid")
    assert await root(client, SEEN.format("id"), {"id": item}) is None  # anonymous, draft plan
    # Back in review it is no longer "not retained", so it has no reason for that any more.
    again = await move("in_review", "toch bekeken")
    assert (again["status"], again["statusReason"]) == ("in_review", None)


async def test_tagging_skips_what_is_tagged_and_is_all_or_nothing(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    first = await run(client, world, "tagInputs", inputs=[gid("Input", world.input)] * 2)
    assert first["__typename"] == "TagResult" and len(first["created"]) == 1
    both = [gid("Input", world.input), gid("Input", world.other_input)]
    second = await run(client, world, "tagInputs", inputs=both)
    assert len(second["created"]) == 1  # the input tagged before is skipped
    again = await run(client, world, "tagInputs", inputs=both)
    assert again == {"__typename": "TagResult", "created": []}
    before = await snapshot(database)
    for inputs, field in [
        ([gid("Input", world.input), gid("Input", uuid.uuid4())], "inputIds[1]"),
        ([gid("Goal", world.goal)], "inputIds[0]"),  # a node, but no input
    ]:
        refused = await run(client, world, "tagInputs", inputs=inputs)
        assert (refused["__typename"], refused["field"]) == ("NotFoundError", field), refused
    empty = await run(client, world, "tagInputs", inputs=[])
    assert (empty["__typename"], empty["field"]) == ("ValidationError", "inputIds")
    not_a_theme = await run(client, world, "tagInputs", theme=gid("Goal", world.goal))
    assert (not_a_theme["__typename"], not_a_theme["field"]) == ("NotFoundError", "themeId")
    assert await snapshot(database) == before


RENAME = mutation("updateActor", ", $id: ID!", 'id: $id, name: "OCMW"', "")


async def test_moments_and_actors_in_use_are_not_deleted(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    await run(client, world, "updateAction")  # the actor now owns the action
    before = await snapshot(database)
    moment = await run(client, world, "deleteMoment", id=gid("Moment", world.moment))
    assert (moment["__typename"], moment["errorCode"], moment["field"]) == (
        "ConflictError", "conflict", "id",
    )  # fmt: skip
    assert moment["currentVersion"] is None
    actor = await run(client, world, "deleteActor", id=gid("Actor", world.actor))
    assert (actor["__typename"], actor["errorCode"]) == ("ConflictError", "conflict")
    taken = await root(client, RENAME, {"id": gid("Actor", world.actor)}, world.writer)
    assert (taken["__typename"], taken["field"]) == ("ConflictError", "name")
    assert await snapshot(database) == before


ISSUE = """
mutation Issue($plan: ID) {
  createApiKey(name: "website", scopes: ["read"], planId: $plan, reason: "nieuwe site") {
    __typename
    ... on IssuedApiKey { secret key { id name scopes planId expiresAt revokedAt } }
    ... on ForbiddenError { message }
  }
}
"""
PLANS = "{ plans { edges { node { id } } } }"


async def test_keys_are_issued_and_revoked_by_admins_only(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    before = await snapshot(database)
    refused = await root(client, ISSUE, {}, world.writer)
    assert refused["__typename"] == "ForbiddenError"
    revoke = await run(client, world, "revokeApiKey", key=world.writer)
    assert revoke["__typename"] == "ForbiddenError"
    no_key = await run(client, world, "revokeApiKey", key=world.writer, id=str(uuid.uuid4()))
    assert no_key["__typename"] == "ForbiddenError"  # the writer may not even ask
    assert await snapshot(database) == before

    plan = gid("Plan", world.plan)
    issued = await root(client, ISSUE, {"plan": plan}, world.admin)
    assert issued["__typename"] == "IssuedApiKey" and issued["secret"].startswith("spk_")
    key = issued["key"]
    assert (key["name"], key["scopes"], key["planId"]) == ("website", ["read"], str(world.plan))
    assert key["expiresAt"] is None and key["revokedAt"] is None
    assert await root(client, PLANS, key=issued["secret"]) == {"edges": [{"node": {"id": plan}}]}

    unknown = await run(client, world, "revokeApiKey", id=str(uuid.uuid4()))
    assert (unknown["__typename"], unknown["field"]) == ("NotFoundError", "keyId")
    revoked = await run(client, world, "revokeApiKey", id=key["id"])
    assert revoked["__typename"] == "ApiKey"
    response = await client.post(
        "/graphql", json={"query": PLANS}, headers={"Authorization": f"Bearer {issued['secret']}"}
    )
    assert response.status_code == 401
    assert (await post(client, PLANS, key=world.reader))["data"]["plans"]["edges"]
