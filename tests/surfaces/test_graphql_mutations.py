"""Every mutation over HTTP: each succeeds once for a key with its scope, its change shows in a
follow-up query, and its reason is in the item's history; then the rules some of them keep."""

import uuid

import httpx

from api.services.caller import Caller
from api.store.database import Database
from tests.builders import snapshot
from tests.surfaces.graphql_calls import (
    MUTATIONS,
    PUBLIC_RECEIVER,
    Json,
    World,
    bearer,
    build_world,
    contains,
    data,
    gid,
    mutation,
    post,
    root,
)

SEEN = "query Seen($id: ID!) {{ node(id: $id) {{ __typename {} }} }}"
AFTER = "query After($id: ID!) { history(id: $id, first: 1) { edges { node { type after } } } }"
# What a follow-up query shows after each mutation: (query on the subject's id, expected subset).
# fmt: off
FOLLOW_UPS: dict[str, tuple[str, Json | None]] = {
    "createPlan": (
        SEEN.format("... on Plan { title(locale: EN) status periodStart"
                    " descriptionTranslations { nl fr en de } }"),
        {"title": "Mobility plan", "status": "DRAFT", "periodStart": "2025-01-01",
         "descriptionTranslations": {"nl": "Over fietsen", "fr": "Sur le vélo", "en": None,
                                     "de": None}},
    ),
    "updatePlan": (
        SEEN.format("... on Plan { title periodEnd version }"),
        {"title": "Sociaal plan 2.0", "periodEnd": "2028-12-31", "version": 2},
    ),
    "setPlanStatus": (SEEN.format("... on Plan { status }"), {"status": "PUBLISHED"}),
    "createNode": (
        SEEN.format("... on Goal { code title(locale: EN) priority externalId }"),
        {"code": "SD2", "title": "Care", "priority": True, "externalId": "doel-2"},
    ),
    "createAction": (
        SEEN.format("... on Action { code title(locale: FR) titleTranslations { nl fr }"
                    " description priority status progress weight budget startsOn endsOn"
                    " owners { name kind } partners { name } externalId }"),
        {"code": "A1.1.2", "title": "Prime au loyer",
         "titleTranslations": {"nl": "Huurpremie", "fr": "Prime au loyer"},
         "description": "Een premie voor huurders", "priority": True, "status": "PROPOSED",
         "progress": 0, "weight": "1.50", "budget": "25000.00", "startsOn": "2024-03-01",
         "endsOn": "2026-12-31", "owners": [{"name": "Dienst Wonen", "kind": "DEPARTMENT"}],
         "partners": [], "externalId": "proj-7"},
    ),
    "updateNode": (
        SEEN.format("... on Goal { title(locale: EN) nl: title(locale: NL) priority version }"),
        {"title": "Affordable housing", "nl": "Betaalbaar wonen", "priority": True, "version": 2},
    ),
    "deleteNode": (SEEN.format("id"), None),
    "moveTheme": (SEEN.format("... on Theme { parent { id } }"), {"parent": None}),
    "createInput": (
        SEEN.format("... on Input { text channel status receiptCode language moment { id }"
                    " externalId }"),
        # The receipt code is shown in the answer to createInput only, never again.
        {"text": "Meer bankjes op het plein", "channel": "LETTER", "status": "RECEIVED",
         "receiptCode": None, "language": "NL", "moment": None, "externalId": "brief-12"},
    ),
    "updateInput": (
        SEEN.format("... on Input { text channel }"),
        {"text": "Huur is te duur in Winksele.", "channel": "INTERVIEW"},
    ),
    "setInputStatus": (SEEN.format("... on Input { status }"), {"status": "IN_REVIEW"}),
    "updateAction": (
        SEEN.format("... on Action { weight budget startsOn endsOn owners { id name }"
                    " partners { id } }"),
        {"weight": "2.50", "budget": "15000.00", "startsOn": "2024-01-01",
         "endsOn": "2025-06-30", "owners": [{"name": "Dienst Wonen"}], "partners": []},
    ),
    "setActionStatus": (SEEN.format("... on Action { status }"), {"status": "PLANNED"}),
    "setProgress": (SEEN.format("... on Action { progress }"), {"progress": 30}),
    "createLink": (
        SEEN.format("... on Link { kind rationale decision source { __typename }"
                    " target { __typename } }"),
        {"kind": "THEME_TO_GOAL", "rationale": "thema onder SD1", "decision": "ADOPTED",
         "source": {"__typename": "Theme"}, "target": {"__typename": "Goal"}},
    ),
    "updateLink": (
        SEEN.format("... on Link { rationale decision version }"),
        {"rationale": "gebundeld", "decision": "PARTLY_ADOPTED", "version": 2},
    ),
    "deleteLink": (SEEN.format("id"), None),
    "tagInputs": (
        SEEN.format("... on Theme { incomingLinks { totalCount edges { node { kind rationale }"
                    " } } }"),
        {"incomingLinks": {"totalCount": 2, "edges": [
            {"node": {"kind": "INPUT_TO_THEME", "rationale": "over wonen"}}] * 2}},
    ),
    "createMoment": (
        SEEN.format("... on Moment { title heldOn method phase facilitator participantCount"
                    " place online version }"),
        {"title": "Dialoogtafel", "heldOn": "2023-05-10", "method": "ONLINE_TABLE",
         "phase": "STAKEHOLDER_TALKS", "facilitator": "Sofie", "participantCount": 12,
         "place": "Online", "online": True, "version": 1},
    ),
    "updateMoment": (
        SEEN.format("... on Moment { title participantCount place method online }"),
        {"title": "Workshop Wonen (deel 1)", "participantCount": 30, "place": "Zaal De Kring",
         "method": "WORKSHOP", "online": False},
    ),
    "deleteMoment": (SEEN.format("id"), None),
    "createActor": (
        SEEN.format("... on Actor { name kind }"), {"name": "Dienst Welzijn", "kind": "DEPARTMENT"}
    ),
    "updateActor": (
        SEEN.format("... on Actor { name kind version }"),
        {"name": "Dienst Wonen en Welzijn", "kind": "DEPARTMENT", "version": 2},
    ),
    "deleteActor": (SEEN.format("id"), None),
    # Keys are no nodes: test_keys_are_issued_and_revoked_by_admins_only follows them up.
    "createApiKey": (AFTER, {"edges": [{"node": {"type": "API_KEY_CREATED"}}]}),
    "revokeApiKey": (AFTER, {"edges": [{"node": {"type": "API_KEY_REVOKED"}}]}),
    "publishFeedback": (
        AFTER,
        {"edges": [{"node": {"type": "FEEDBACK_PUBLISHED",
                             "after": {"text": {"nl": "Gehoord.", "de": "Gehört."}}}}]},
    ),
    "withdrawFeedback": (
        AFTER, {"edges": [{"node": {"type": "FEEDBACK_WITHDRAWN", "after": None}}]}
    ),
    # Webhook endpoints are nodes for keys with the webhooks scope only: their history shows
    # each change (test_graphql_webhooks.py reads them back).
    "createWebhookEndpoint": (
        AFTER,
        {"edges": [{"node": {"type": "WEBHOOK_ENDPOINT_CREATED",
                             "after": {"url": PUBLIC_RECEIVER, "description": "Dashboard",
                                       "event_types": ["input.*", "link.created"]}}}]},
    ),
    "updateWebhookEndpoint": (
        AFTER,
        {"edges": [{"node": {"type": "WEBHOOK_ENDPOINT_UPDATED",
                             "after": {"description": "Zaaksysteem Herent",
                                       "event_types": ["input.*", "action.*"]}}}]},
    ),
    "rotateWebhookSecret": (
        AFTER, {"edges": [{"node": {"type": "WEBHOOK_ENDPOINT_SECRET_ROTATED"}}]}
    ),
    "disableWebhookEndpoint": (
        AFTER,
        {"edges": [{"node": {"type": "WEBHOOK_ENDPOINT_DISABLED", "after": {
            "enabled": False, "disabled_reason": "waarom disableWebhookEndpoint"}}}]},
    ),
    "enableWebhookEndpoint": (
        AFTER,
        {"edges": [{"node": {"type": "WEBHOOK_ENDPOINT_ENABLED",
                             "after": {"enabled": True, "disabled_reason": None}}}]},
    ),
    # Nothing recorded: the endpoint's last change is still the one before.
    "redeliverWebhookEvent": (
        AFTER, {"edges": [{"node": {"type": "WEBHOOK_ENDPOINT_ENABLED"}}]}
    ),
    "recoverWebhookDeliveries": (
        AFTER, {"edges": [{"node": {"type": "WEBHOOK_ENDPOINT_ENABLED"}}]}
    ),
    "deleteWebhookEndpoint": (
        AFTER, {"edges": [{"node": {"type": "WEBHOOK_ENDPOINT_DELETED", "after": None}}]}
    ),
}
# fmt: on
HISTORY = """
query H($id: ID!) { history(id: $id, first: 50) { edges { node { type reason actor } } } }
"""


def _events(page: Json) -> list[Json]:
    return [edge["node"] for edge in page["edges"]]


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
        recorded = {(e["type"], e["reason"], e["actor"]) for e in _events(history)}
        actor = "key admin" if call.scope == "admin" else "key writer"
        if call.event:
            assert (call.event, f"waarom {name}", actor) in recorded, (name, recorded)


CREATE_NODE = mutation(
    "createNode",
    ", $plan: ID!, $kind: StructureKind!, $code: String, $parent: ID",
    'planId: $plan, kind: $kind, code: $code, title: {nl: "Nieuw", en: "New"},'
    ' description: {nl: "Uitleg"}, parentId: $parent',
    "... on Node { id } ... on PlanElement { code title(locale: EN) priority"
    " description descriptionTranslations { nl en } }",
)
CREATE_ACTION = mutation(
    "createAction",
    ", $plan: ID!",
    'planId: $plan, code: "A5.1.1", title: {nl: "Nieuw", en: "New"}, description: {nl: "Uitleg"}',
    "... on Action { id code title(locale: EN) priority status description"
    " descriptionTranslations { nl en } }",
)


async def test_create_node_makes_each_kind(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    plan = gid("Plan", world.plan)
    made = {}
    for kind, code, typename in [
        ("FINDING", None, "Finding"), ("THEME", "T1", "Theme"), ("GOAL", "SD5", "Goal"),
        ("ACTION_PLAN", "AP5.1", "ActionPlan"),
    ]:  # fmt: skip
        parent = gid("Theme", world.theme) if kind == "THEME" else None
        variables = {"plan": plan, "kind": kind, "code": code, "parent": parent}
        answer = await root(client, CREATE_NODE, variables, world.writer)
        assert (answer["__typename"], answer["code"], answer["title"]) == (typename, code, "New")
        assert answer["description"] == "Uitleg"  # no English given: Dutch
        assert answer["descriptionTranslations"] == {"nl": "Uitleg", "en": None}
        made[kind] = answer["id"]
    # Actions have their own mutation, with what only actions have.
    action = await root(client, CREATE_ACTION, {"plan": plan}, world.writer)
    assert (action["__typename"], action["code"], action["title"]) == ("Action", "A5.1.1", "New")
    assert (action["priority"], action["status"], action["description"]) == (
        False, "PROPOSED", "Uitleg",
    )  # fmt: skip
    theme = await root(
        client, SEEN.format("... on Theme { parent { id } }"), {"id": made["THEME"]}, world.reader
    )
    assert theme == {"__typename": "Theme", "parent": {"id": gid("Theme", world.theme)}}


DELETE_INPUT = mutation("deleteNode", ", $id: ID!", "nodeId: $id", "... on Input { id text }")
FINDING_LINKS = SEEN.format("... on Finding { incomingLinks { totalCount edges { node { id } } } }")


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
    assert finding["incomingLinks"] == {"totalCount": 0, "edges": []}
    history = await root(client, HISTORY, {"id": item}, world.reader)
    assert [(e["type"], e["reason"]) for e in _events(history)[:2]] == [
        ("INPUT_DELETED", "dubbel ingevoerd"), ("LINK_DELETED", "dubbel ingevoerd"),
    ]  # fmt: skip


SET_STATUS = mutation(
    "setInputStatus", ", $id: ID!, $status: InputStatus!", "inputId: $id, status: $status",
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

    assert (await move("IN_REVIEW", None))["statusReason"] is None
    before = await snapshot(database)
    for reason in (None, "   "):
        refused = await move("NOT_RETAINED", reason)
        assert (refused["__typename"], refused["field"]) == ("ValidationError", "reason")
    skipped = await move("RECEIVED", "terug")
    assert skipped["errorCode"] == "ILLEGAL_TRANSITION"
    assert await snapshot(database) == before
    decided = await move("NOT_RETAINED", "buiten bevoegdheid")
    assert (decided["status"], decided["statusReason"]) == ("NOT_RETAINED", "buiten bevoegdheid")
    assert await root(client, SEEN.format("id"), {"id": item}) is None  # anonymous, draft plan
    # Back in review it is no longer "not retained", so it has no reason for that any more.
    again = await move("IN_REVIEW", "toch bekeken")
    assert (again["status"], again["statusReason"]) == ("IN_REVIEW", None)


async def test_tagging_skips_what_is_tagged_and_is_all_or_nothing(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    first = await run(client, world, "tagInputs", inputs=[gid("Input", world.input)] * 2)
    assert first["__typename"] == "TagInputsPayload" and len(first["created"]) == 1
    both = [gid("Input", world.input), gid("Input", world.other_input)]
    second = await run(client, world, "tagInputs", inputs=both)
    assert len(second["created"]) == 1  # the input tagged before is skipped
    again = await run(client, world, "tagInputs", inputs=both)
    assert again == {"__typename": "TagInputsPayload", "created": []}
    before = await snapshot(database)
    for inputs, refusal, field in [
        ([gid("Input", world.input), gid("Input", uuid.uuid4())], "NotFoundError", "inputIds[1]"),
        ([str(world.goal)], "NotFoundError", "inputIds[0]"),  # a node, but no input
        ([gid("Input", world.input), gid("Goal", world.goal)], "ValidationError", "inputIds[1]"),
    ]:
        refused = await run(client, world, "tagInputs", inputs=inputs)
        assert (refused["__typename"], refused["field"]) == (refusal, field), refused
    empty = await run(client, world, "tagInputs", inputs=[])
    assert (empty["__typename"], empty["field"]) == ("ValidationError", "inputIds")
    for theme, refusal in ((str(world.goal), "NotFoundError"), (gid("Goal", world.goal), V)):
        not_a_theme = await run(client, world, "tagInputs", theme=theme)
        assert (not_a_theme["__typename"], not_a_theme["field"]) == (refusal, "themeId")
    assert await snapshot(database) == before


V = "ValidationError"
RENAME = mutation("updateActor", ", $id: ID!", 'actorId: $id, name: "OCMW"', "")


async def test_moments_and_actors_in_use_are_not_deleted(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    await run(client, world, "updateAction")  # the actor now owns the action
    before = await snapshot(database)
    moment = await run(client, world, "deleteMoment", id=gid("Moment", world.moment))
    assert (moment["__typename"], moment["errorCode"], moment["field"]) == (
        "ConflictError", "CONFLICT", "momentId",
    )  # fmt: skip
    assert moment["currentVersion"] is None
    actor = await run(client, world, "deleteActor", id=gid("Actor", world.actor))
    assert (actor["__typename"], actor["errorCode"], actor["field"]) == (
        "ConflictError", "CONFLICT", "actorId",
    )  # fmt: skip
    taken = await root(client, RENAME, {"id": gid("Actor", world.actor)}, world.writer)
    assert (taken["__typename"], taken["field"]) == ("ConflictError", "name")
    assert await snapshot(database) == before


ISSUE = """
mutation Issue($plan: ID) {
  createApiKey(input: {name: "website", scopes: [READ], planId: $plan, reason: "nieuwe site"}) {
    __typename
    ... on IssuedApiKey { secret key { id name scopes planId expiresAt revokedAt } }
    ... on ForbiddenError { message field errorCode }
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
    no_key = await run(
        client, world, "revokeApiKey", key=world.writer, id=gid("ApiKey", uuid.uuid4())
    )
    assert no_key["__typename"] == "ForbiddenError"  # the writer may not even ask
    assert await snapshot(database) == before

    plan = gid("Plan", world.plan)
    issued = await root(client, ISSUE, {"plan": plan}, world.admin)
    assert issued["__typename"] == "IssuedApiKey" and issued["secret"].startswith("spk_")
    key = issued["key"]
    assert (key["name"], key["scopes"], key["planId"]) == ("website", ["READ"], plan)
    assert key["expiresAt"] is None and key["revokedAt"] is None
    assert await root(client, PLANS, key=issued["secret"]) == {"edges": [{"node": {"id": plan}}]}

    unknown = await run(client, world, "revokeApiKey", id=gid("ApiKey", uuid.uuid4()))
    assert (unknown["__typename"], unknown["field"]) == ("NotFoundError", "keyId")
    revoked = await run(client, world, "revokeApiKey", id=key["id"])
    assert revoked["__typename"] == "ApiKey"
    response = await client.post(
        "/graphql", json={"query": PLANS}, headers={"Authorization": f"Bearer {issued['secret']}"}
    )
    assert response.status_code == 401
    assert (await post(client, PLANS, key=world.reader))["data"]["plans"]["edges"]


# A create that carries the id the item has in the system it comes from, as an import sends it.
RETRIED = {
    "createInput": mutation(
        "createInput",
        ", $plan: ID!",
        'planId: $plan, text: "Meer bankjes", channel: LETTER, participantType: CITIZEN,'
        ' externalId: "brief-99"',
        "... on Input { id text externalId receiptCode }",
    ),
    "createNode": mutation(
        "createNode",
        ", $plan: ID!",
        'planId: $plan, kind: FINDING, title: {nl: "Te weinig bankjes"}, externalId: "bev-99"',
        "... on Finding { id title externalId }",
    ),
    "createAction": mutation(
        "createAction",
        ", $plan: ID!",
        'planId: $plan, code: "A9.9", title: {nl: "Bankjes plaatsen"}, budget: "500.00",'
        ' externalId: "proj-99"',
        "... on Action { id title externalId budget }",
    ),
}


async def test_a_create_sent_again_with_its_external_id_returns_the_first_item(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    variables = {"plan": gid("Plan", world.plan), "reason": "import"}
    for name, document in RETRIED.items():
        first = await root(client, document, variables, world.writer)
        assert first["externalId"] and first["id"], (name, first)
        before = await snapshot(database)
        again = await root(client, document, variables, world.writer)
        # The same item, with no new row and no new event.
        assert {**again, "receiptCode": None} == {**first, "receiptCode": None}, name
        assert await snapshot(database) == before, name
        history = await root(client, HISTORY, {"id": first["id"]}, world.reader)
        assert [e["type"] for e in _events(history)] == [
            MUTATIONS[name].event if name != "createNode" else "FINDING_CREATED"
        ], name
    # The citizen's receipt code was handed out with the first answer, never again.
    made = await root(client, RETRIED["createInput"], variables, world.writer)
    assert made["receiptCode"] is None


UPDATE_ACTION = mutation(
    "updateAction",
    ", $id: ID!, $owners: [ID!], $partners: [ID!], $budget: Decimal, $weight: Decimal,"
    " $startsOn: Date, $endsOn: Date",
    "actionId: $id, ownerIds: $owners, partnerIds: $partners, budget: $budget,"
    " weight: $weight, startsOn: $startsOn, endsOn: $endsOn",
    "... on Action { version }",
)
ACTION = SEEN.format(
    "... on Action { weight budget startsOn endsOn owners { id name kind }"
    " partners { id name kind } version }"
)
NEW_ACTOR = mutation(
    "createActor", ", $name: String!, $kind: ActorKind!", "name: $name, kind: $kind",
    "... on Actor { id name kind }",
)  # fmt: skip


async def test_an_actions_budget_weight_days_and_actors_read_back_as_its_fields(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    action = gid("Action", world.action)
    owner = {"id": gid("Actor", world.actor), "name": "Dienst Wonen", "kind": "DEPARTMENT"}
    partner = {"id": gid("Actor", world.spare_actor), "name": "OCMW", "kind": "PARTNER"}
    other_owner, other_partner = [
        await root(client, NEW_ACTOR, {"name": name, "kind": kind}, world.writer)
        for name, kind in (("Dienst Welzijn", "DEPARTMENT"), ("Buurtwerk", "PARTNER"))
    ]
    for made in (other_owner, other_partner):
        assert made.pop("__typename") == "Actor"
    version = (await root(client, ACTION, {"id": action}, world.reader))["version"]

    async def update(**given: object) -> Json:
        """The action's fields after the update; its version read apart, each time higher."""
        nonlocal version
        answer = await root(client, UPDATE_ACTION, {"id": action, **given}, world.writer)
        assert answer["__typename"] == "Action", (given, answer)
        found: Json = await root(client, ACTION, {"id": action}, world.reader)
        assert found["version"] == answer["version"] > version, (version, found, answer)
        version = found.pop("version")
        return found

    everything = await update(
        owners=[owner["id"]], partners=[partner["id"], other_partner["id"]], budget="12500.5",
        weight="3", startsOn="2024-02-01", endsOn="2026-01-31",
    )  # fmt: skip
    assert everything == {
        "__typename": "Action", "weight": "3.00", "budget": "12500.50",
        "startsOn": "2024-02-01", "endsOn": "2026-01-31", "owners": [owner],
        "partners": sorted([partner, other_partner], key=lambda a: a["name"]),
    }  # fmt: skip
    # What is not given stays; actors given replace the old.
    budget_only = await update(budget="9000.00")
    assert budget_only == {**everything, "budget": "9000.00"}
    replaced = await update(owners=[other_owner["id"]], partners=[])
    assert replaced == {**budget_only, "owners": [other_owner], "partners": []}
    days = await update(endsOn="2027-06-30")
    assert (days["startsOn"], days["endsOn"], days["owners"]) == (
        "2024-02-01", "2027-06-30", [other_owner],
    )  # fmt: skip


TITLED = {
    "Plan": mutation(
        "createPlan", "", 'title: {nl: "Mobiliteitsplan", fr: "Plan de mobilité"},'
        ' periodStart: "2025-01-01", periodEnd: "2030-12-31"', "... on Plan { id }",
    ),
    "Goal": mutation(
        "createNode", ", $plan: ID!", 'planId: $plan, kind: GOAL, code: "SD4",'
        ' title: {nl: "Veilig fietsen", fr: "Vélo sûr"}, description: {nl: "Fietspaden",'
        ' fr: "Pistes cyclables"}', "... on Goal { id }",
    ),
    "Action": mutation(
        "createAction", ", $plan: ID!", 'planId: $plan, code: "A4.1", title: {nl: "Fietspad'
        ' aanleggen", fr: "Construire une piste"}', "... on Action { id }",
    ),
}  # fmt: skip
TITLES = """
query Titles($id: ID!) { node(id: $id) {
  ... on Plan { title fr: title(locale: FR) de: title(locale: DE)
                titleTranslations { nl fr en de } }
  ... on PlanElement { title fr: title(locale: FR) de: title(locale: DE)
                       titleTranslations { nl fr en de } frDescription: description(locale: FR)
                       descriptionTranslations { nl fr en de } }
} }
"""


async def test_titles_given_in_dutch_and_french_come_back_in_both(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    expected = {
        "Plan": ("Mobiliteitsplan", "Plan de mobilité", None),
        "Goal": ("Veilig fietsen", "Vélo sûr", {"nl": "Fietspaden", "fr": "Pistes cyclables"}),
        "Action": ("Fietspad aanleggen", "Construire une piste", None),
    }
    for kind, document in TITLED.items():
        made = await root(client, document, {"plan": gid("Plan", world.plan)}, world.writer)
        assert made["__typename"] == kind, made
        found = await root(client, TITLES, {"id": made["id"]}, world.reader)
        dutch, french, description = expected[kind]
        # In the asked language; German was not given, so Dutch.
        assert (found["title"], found["fr"], found["de"]) == (dutch, french, dutch), kind
        assert found["titleTranslations"] == {"nl": dutch, "fr": french, "en": None, "de": None}
        if kind == "Goal":
            assert found["frDescription"] == "Pistes cyclables"
            assert found["descriptionTranslations"] == {**description, "en": None, "de": None}
        # A French-speaking client gets French without asking field by field.
        response = await client.post(
            "/graphql",
            json={"query": TITLES, "variables": {"id": made["id"]}},
            headers={**bearer(world.reader), "Accept-Language": "fr-BE,fr;q=0.9"},
        )
        assert response.json()["data"]["node"]["title"] == french, kind
