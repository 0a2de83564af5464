"""One call of every mutation on a `World` (the table the schema guard checks), the document
each is sent as, running one with the key its scope needs, and the queries that follow a call up:
the item by id and its history.
"""

from collections.abc import Callable
from dataclasses import dataclass

import httpx

from tests.surfaces.graphql_calls import Json, World, gid, root

# What createWebhookEndpoint registers: a public address (example.com's), which the configured
# guard accepts without a DNS lookup; nothing is sent, since no worker runs beside these tests.
PUBLIC_RECEIVER = "https://93.184.215.14/spoor"


# Every failure implements Error; a stale version also says the version to retry from.
FAILURES = """
    ... on Error { message field errorCode }
    ... on ConflictError { currentVersion }"""


def mutation(name: str, params: str, args: str, success: str, *, reason: bool = True) -> str:
    """A document calling one mutation, its input `args` and `$reason` (unless it changes
    nothing the event log records), selecting success and every failure."""
    head = f"mutation Call({'$reason: String' if reason else ''}{params})".replace("(, ", "(")
    given = f"{args}, reason: $reason" if reason else args
    body = f"__typename {success}{FAILURES}"
    return f"{head} {{\n  {name}(input: {{{given}}}) {{\n    {body}\n  }}\n}}"


@dataclass(frozen=True)
class Call:
    """One call of a mutation on a `World` that succeeds for a key with the scope."""

    document: str
    variables: Callable[[World], Json]
    success: str  # the __typename it answers with
    event: str  # the event type it records; "" for what the log does not record
    subject: Callable[[World, Json], str]  # the global id whose history shows the event
    scope: str = "write"


def _id(answer: Json) -> str:
    return answer["id"]  # type: ignore[no-any-return]


def _of(kind: str, name: str) -> Callable[[World, Json], str]:
    return lambda w, _: gid(kind, getattr(w, name))


def _ids(**named: tuple[str, str]) -> Callable[[World], Json]:
    """Variables of global ids: name=(kind, World attribute)."""
    return lambda w: {key: gid(kind, getattr(w, attr)) for key, (kind, attr) in named.items()}


PLAN = ", $plan: ID!"
ID = ", $id: ID!"
# In the order they run on one World: each leaves what the later ones act on.
# fmt: off
MUTATIONS: dict[str, Call] = {
    "createPlan": Call(
        mutation("createPlan", "", 'title: {nl: "Mobiliteitsplan", en: "Mobility plan"},'
                 ' description: {nl: "Over fietsen", fr: "Sur le vélo"},'
                 ' periodStart: "2025-01-01", periodEnd: "2030-12-31",'
                 ' phases: [{phase: ANALYSIS, startsOn: "2025-01-01", endsOn: "2025-06-30"}]',
                 "... on Plan { id }"),
        lambda w: {}, "Plan", "PLAN_CREATED", lambda w, a: _id(a),
    ),
    "updatePlan": Call(
        mutation("updatePlan", ID, 'planId: $id, title: {nl: "Sociaal plan 2.0"},'
                 ' periodEnd: "2028-12-31"', "... on Plan { id }"),
        _ids(id=("Plan", "plan")), "Plan", "PLAN_UPDATED", _of("Plan", "plan"),
    ),
    "setPlanStatus": Call(
        mutation("setPlanStatus", PLAN, "planId: $plan, status: PUBLISHED", "... on Plan { id }"),
        _ids(plan=("Plan", "plan")), "Plan", "PLAN_STATUS_CHANGED", _of("Plan", "plan"),
    ),
    "createNode": Call(
        mutation("createNode", PLAN, 'planId: $plan, kind: GOAL, code: "SD2",'
                 ' title: {nl: "Zorg", en: "Care"}, priority: true, externalId: "doel-2"',
                 "... on Goal { id }"),
        _ids(plan=("Plan", "plan")), "Goal", "GOAL_CREATED", lambda w, a: _id(a),
    ),
    "createAction": Call(
        mutation("createAction", ", $plan: ID!, $owner: ID!", 'planId: $plan, code: "A1.1.2",'
                 ' title: {nl: "Huurpremie", fr: "Prime au loyer"},'
                 ' description: {nl: "Een premie voor huurders"}, priority: true, weight: "1.5",'
                 ' budget: "25000.00", startsOn: "2024-03-01", endsOn: "2026-12-31",'
                 ' ownerIds: [$owner], partnerIds: [], externalId: "proj-7"',
                 "... on Action { id }"),
        _ids(plan=("Plan", "plan"), owner=("Actor", "actor")), "Action", "ACTION_CREATED",
        lambda w, a: _id(a),
    ),
    "updateNode": Call(
        mutation("updateNode", ID, 'nodeId: $id, title: {nl: "Betaalbaar wonen", en: "Affordable'
                 ' housing"}, priority: true', "... on Goal { id }"),
        _ids(id=("Goal", "goal")), "Goal", "GOAL_UPDATED", _of("Goal", "goal"),
    ),
    "deleteNode": Call(
        mutation("deleteNode", ID, "nodeId: $id", "... on Goal { id }"),
        _ids(id=("Goal", "spare_goal")), "Goal", "GOAL_DELETED", _of("Goal", "spare_goal"),
    ),
    "moveTheme": Call(
        mutation("moveTheme", ", $theme: ID!", "themeId: $theme", "... on Theme { id }"),
        _ids(theme=("Theme", "sub_theme")), "Theme", "THEME_MOVED", _of("Theme", "sub_theme"),
    ),
    "createInput": Call(
        mutation("createInput", PLAN, 'planId: $plan, text: "Meer bankjes op het plein",'
                 ' channel: LETTER, participantType: CITIZEN, externalId: "brief-12"',
                 "... on Input { id }"),
        _ids(plan=("Plan", "plan")), "Input", "INPUT_CREATED", lambda w, a: _id(a),
    ),
    "updateInput": Call(
        mutation("updateInput", ID, 'inputId: $id, text: "Huur is te duur in Winksele.",'
                 " channel: INTERVIEW", "... on Input { id }"),
        _ids(id=("Input", "input")), "Input", "INPUT_UPDATED", _of("Input", "input"),
    ),
    "setInputStatus": Call(
        mutation("setInputStatus", ID, "inputId: $id, status: IN_REVIEW", "... on Input { id }"),
        _ids(id=("Input", "input")), "Input", "INPUT_STATUS_CHANGED", _of("Input", "input"),
    ),
    "updateAction": Call(
        mutation("updateAction", ", $id: ID!, $owner: ID!", 'actionId: $id, weight: "2.5",'
                 ' budget: "15000.00", startsOn: "2024-01-01", endsOn: "2025-06-30",'
                 " ownerIds: [$owner]", "... on Action { id }"),
        _ids(id=("Action", "action"), owner=("Actor", "actor")), "Action", "ACTION_UPDATED",
        _of("Action", "action"),
    ),
    "setActionStatus": Call(
        mutation("setActionStatus", ID, "actionId: $id, status: PLANNED", "... on Action { id }"),
        _ids(id=("Action", "action")), "Action", "ACTION_STATUS_CHANGED",
        _of("Action", "action"),
    ),
    "setProgress": Call(
        mutation("setProgress", ID, "actionId: $id, progress: 30", "... on Action { id }"),
        _ids(id=("Action", "action")), "Action", "ACTION_PROGRESS_CHANGED",
        _of("Action", "action"),
    ),
    "createLink": Call(
        mutation("createLink", ", $source: ID!, $target: ID!", "sourceId: $source,"
                 ' targetId: $target, rationale: "thema onder SD1", decision: ADOPTED',
                 "... on Link { id }"),
        _ids(source=("Theme", "theme"), target=("Goal", "goal")), "Link", "LINK_CREATED",
        lambda w, a: _id(a),
    ),
    "updateLink": Call(
        mutation("updateLink", ID, 'linkId: $id, rationale: "gebundeld",'
                 " decision: PARTLY_ADOPTED", "... on Link { id }"),
        _ids(id=("Link", "input_link")), "Link", "LINK_UPDATED", _of("Link", "input_link"),
    ),
    "deleteLink": Call(
        mutation("deleteLink", ID, "linkId: $id", "... on Link { id }"),
        _ids(id=("Link", "spare_link")), "Link", "LINK_DELETED", _of("Link", "spare_link"),
    ),
    "tagInputs": Call(
        mutation("tagInputs", ", $theme: ID!, $inputs: [ID!]!", "themeId: $theme,"
                 ' inputIds: $inputs, rationale: "over wonen"', "... on TagInputsPayload"
                 " { created { id } }"),
        lambda w: {"theme": gid("Theme", w.theme),
                   "inputs": [gid("Input", w.input), gid("Input", w.other_input)]},
        "TagInputsPayload", "LINK_CREATED", _of("Theme", "theme"),
    ),
    "createMoment": Call(
        mutation("createMoment", PLAN, 'planId: $plan, title: "Dialoogtafel",'
                 ' heldOn: "2023-05-10", method: ONLINE_TABLE, phase: STAKEHOLDER_TALKS,'
                 ' facilitator: "Sofie", participantCount: 12, place: "Online", online: true',
                 "... on Moment { id }"),
        _ids(plan=("Plan", "plan")), "Moment", "MOMENT_CREATED", lambda w, a: _id(a),
    ),
    "updateMoment": Call(
        mutation("updateMoment", ID, 'momentId: $id, title: "Workshop Wonen (deel 1)",'
                 ' participantCount: 30, place: "Zaal De Kring"', "... on Moment { id }"),
        _ids(id=("Moment", "moment")), "Moment", "MOMENT_UPDATED", _of("Moment", "moment"),
    ),
    "deleteMoment": Call(
        mutation("deleteMoment", ID, "momentId: $id", "... on Moment { id }"),
        _ids(id=("Moment", "spare_moment")), "Moment", "MOMENT_DELETED",
        _of("Moment", "spare_moment"),
    ),
    "createActor": Call(
        mutation("createActor", "", 'name: "Dienst Welzijn", kind: DEPARTMENT',
                 "... on Actor { id }"),
        lambda w: {}, "Actor", "ACTOR_CREATED", lambda w, a: _id(a),
    ),
    "updateActor": Call(
        mutation("updateActor", ID, 'actorId: $id, name: "Dienst Wonen en Welzijn"',
                 "... on Actor { id }"),
        _ids(id=("Actor", "actor")), "Actor", "ACTOR_UPDATED", _of("Actor", "actor"),
    ),
    "deleteActor": Call(
        mutation("deleteActor", ID, "actorId: $id", "... on Actor { id }"),
        _ids(id=("Actor", "spare_actor")), "Actor", "ACTOR_DELETED",
        _of("Actor", "spare_actor"),
    ),
    "createApiKey": Call(
        mutation("createApiKey", "", 'name: "website", scopes: [READ]',
                 "... on IssuedApiKey { key { id } }"),
        lambda w: {}, "IssuedApiKey", "API_KEY_CREATED", lambda w, a: a["key"]["id"],
        scope="admin",
    ),
    "revokeApiKey": Call(
        mutation("revokeApiKey", ID, "keyId: $id", "... on ApiKey { id }"),
        _ids(id=("ApiKey", "spare_key")), "ApiKey", "API_KEY_REVOKED",
        _of("ApiKey", "spare_key"), scope="admin",
    ),
    "publishFeedback": Call(
        mutation("publishFeedback", ", $subject: ID!", 'subjectId: $subject, text: {nl: "Gehoord."'
                 ', de: "Gehört."}', "... on Feedback { id subjectId subjectKind text"
                 " textTranslations { nl fr en de } publishedAt author }"),
        _ids(subject=("Input", "input")), "Feedback", "FEEDBACK_PUBLISHED", lambda w, a: _id(a),
    ),
    "withdrawFeedback": Call(
        mutation("withdrawFeedback", ID, "feedbackId: $id", "... on Feedback { id }"),
        _ids(id=("Feedback", "feedback")), "Feedback", "FEEDBACK_WITHDRAWN",
        _of("Feedback", "feedback"),
    ),
    "createWebhookEndpoint": Call(
        mutation("createWebhookEndpoint", PLAN, f'url: "{PUBLIC_RECEIVER}",'
                 ' description: "Dashboard", eventTypes: ["input.*", "link.created"],'
                 " planId: $plan", "... on WebhookEndpointWithSecret { endpoint { id } secret }"),
        _ids(plan=("Plan", "plan")), "WebhookEndpointWithSecret", "WEBHOOK_ENDPOINT_CREATED",
        lambda w, a: a["endpoint"]["id"], scope="admin",
    ),
    "updateWebhookEndpoint": Call(
        mutation("updateWebhookEndpoint", ID, 'endpointId: $id, description: "Zaaksysteem Herent",'
                 ' eventTypes: ["input.*", "action.*"]', "... on WebhookEndpoint { id }"),
        _ids(id=("WebhookEndpoint", "webhook")), "WebhookEndpoint", "WEBHOOK_ENDPOINT_UPDATED",
        _of("WebhookEndpoint", "webhook"), scope="admin",
    ),
    "rotateWebhookSecret": Call(
        mutation("rotateWebhookSecret", ID, "endpointId: $id",
                 "... on WebhookEndpointWithSecret { secret }"),
        _ids(id=("WebhookEndpoint", "webhook")), "WebhookEndpointWithSecret",
        "WEBHOOK_ENDPOINT_SECRET_ROTATED", _of("WebhookEndpoint", "webhook"), scope="admin",
    ),
    "disableWebhookEndpoint": Call(
        mutation("disableWebhookEndpoint", ID, "endpointId: $id",
                 "... on WebhookEndpoint { enabled }"),
        _ids(id=("WebhookEndpoint", "webhook")), "WebhookEndpoint", "WEBHOOK_ENDPOINT_DISABLED",
        _of("WebhookEndpoint", "webhook"), scope="admin",
    ),
    "enableWebhookEndpoint": Call(
        mutation("enableWebhookEndpoint", ID, "endpointId: $id",
                 "... on WebhookEndpoint { enabled }"),
        _ids(id=("WebhookEndpoint", "webhook")), "WebhookEndpoint", "WEBHOOK_ENDPOINT_ENABLED",
        _of("WebhookEndpoint", "webhook"), scope="admin",
    ),
    # Asking for deliveries again changes nothing of the trail: no reason, no event.
    "redeliverWebhookEvent": Call(
        mutation("redeliverWebhookEvent", ", $id: ID!, $event: ID!",
                 "endpointId: $id, eventId: $event", "... on RequeuedWebhookDeliveries { count }",
                 reason=False),
        _ids(id=("WebhookEndpoint", "webhook"), event=("Event", "webhook_event")),
        "RequeuedWebhookDeliveries", "", _of("WebhookEndpoint", "webhook"), scope="admin",
    ),
    "recoverWebhookDeliveries": Call(
        mutation("recoverWebhookDeliveries", ID, 'endpointId: $id,'
                 ' since: "2024-01-01T00:00:00+01:00"', "... on RequeuedWebhookDeliveries"
                 " { endpointId count }", reason=False),
        _ids(id=("WebhookEndpoint", "webhook")), "RequeuedWebhookDeliveries", "",
        _of("WebhookEndpoint", "webhook"), scope="admin",
    ),
    "deleteWebhookEndpoint": Call(
        mutation("deleteWebhookEndpoint", ID, "endpointId: $id",
                 "... on DeletedWebhookEndpoint { id }"),
        _ids(id=("WebhookEndpoint", "spare_webhook")), "DeletedWebhookEndpoint",
        "WEBHOOK_ENDPOINT_DELETED", _of("WebhookEndpoint", "spare_webhook"), scope="admin",
    ),
}
# fmt: on


# The item by id, with the fields to select put in; and its history, newest first.
SEEN = "query Seen($id: ID!) {{ node(id: $id) {{ __typename {} }} }}"
HISTORY = """
query H($id: ID!) { history(id: $id, first: 50) { edges { node { type reason actor } } } }
"""


async def run(
    client: httpx.AsyncClient, world: World, which: str, /, key: str = "", **extra: object
) -> Json:
    """One call of the table's mutation, by default with the key its scope needs."""
    call = MUTATIONS[which]
    key = key or (world.admin if call.scope == "admin" else world.writer)
    variables = {**call.variables(world), "reason": f"waarom {which}", **extra}
    return await root(client, call.document, variables, key)  # type: ignore[no-any-return]
