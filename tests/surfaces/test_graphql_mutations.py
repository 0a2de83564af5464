"""Every mutation over HTTP: each succeeds once for a key with its scope, its change shows in a
follow-up query, and its reason is in the item's history; then what creates and updates write
reads back as given: each kind of node, an action's budget, weight, days and actors, and titles
in Dutch and French. The rules some of them keep are in test_graphql_mutation_rules.py."""

import httpx

from api.services.caller import Caller
from api.store.database import Database
from tests.surfaces.graphql_calls import (
    Json,
    bearer,
    build_world,
    contains,
    data,
    edge_nodes,
    gid,
    root,
)
from tests.surfaces.graphql_mutation_calls import (
    HISTORY,
    MUTATIONS,
    PUBLIC_RECEIVER,
    SEEN,
    mutation,
    run,
)

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
    # Keys are no nodes: test_keys_are_issued_and_revoked_by_admins_only (in
    # test_graphql_mutation_rules.py) follows them up.
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
        recorded = {(e["type"], e["reason"], e["actor"]) for e in edge_nodes(history)}
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
