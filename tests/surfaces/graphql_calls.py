"""What the GraphQL suite shares: global ids, keys, posting a query, counting its statements, a
plan with one of everything, and one call of every mutation (the table the schema guard checks).
"""

import base64
import ipaddress
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import httpx
from sqlalchemy import select

from api.services import feedback, inputs, keys, links, participation, structure, webhooks
from api.services.caller import Caller
from api.store import trail as trail_store
from api.store.database import Database
from api.store.models import Event
from api.store.unit_of_work import UnitOfWork
from api.webhooks.guard import Guard, guarding_with
from tests.builders import make_small_plan
from tests.statements import counted_statements

Json = dict[str, Any]


def gid(kind: str, value: object) -> str:
    """The global id GraphQL knows an item by: base64 of `Type:uuid`."""
    return base64.b64encode(f"{kind}:{value}".encode()).decode()


def bearer(key: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"} if key else {}


async def issue_key(
    database: Database,
    caller: Caller,
    scopes: list[str],
    *,
    plan_id: uuid.UUID | None = None,
    name: str = "cms",
) -> keys.IssuedKey:
    async with database.unit_of_work() as uow:
        issued = await keys.create_key(
            uow, caller, keys.CreateKey(name=name, scopes=scopes, plan_id=plan_id)
        )
        await uow.commit()
    return issued


async def post(
    client: httpx.AsyncClient, query: str, variables: Json | None = None, key: str | None = None
) -> Json:
    """The whole answer to one GraphQL request: data and errors."""
    response = await client.post(
        "/graphql", json={"query": query, "variables": variables or {}}, headers=bearer(key)
    )
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


async def data(
    client: httpx.AsyncClient, query: str, variables: Json | None = None, key: str | None = None
) -> Json:
    """The data of an answer that must carry no errors."""
    body = await post(client, query, variables, key)
    assert "errors" not in body, body
    return body["data"]  # type: ignore[no-any-return]


async def root(
    client: httpx.AsyncClient, query: str, variables: Json | None = None, key: str | None = None
) -> Any:
    """The value of the one root field a query or mutation asks for."""
    return next(iter((await data(client, query, variables, key)).values()))


async def refusal(
    client: httpx.AsyncClient, query: str, variables: Json | None = None, key: str | None = None
) -> str:
    """The message of the error an answer must carry instead of data."""
    body = await post(client, query, variables, key)
    assert body.get("errors"), body
    return body["errors"][0]["message"]  # type: ignore[no-any-return]


async def statements(
    client: httpx.AsyncClient, query: str, variables: Json | None = None, key: str | None = None
) -> tuple[int, Json]:
    """How many SQL statements one request costs (the rate-limit gate apart), and its data."""
    engine = client._transport.app.state.database.engine  # type: ignore[attr-defined]
    with counted_statements(engine, ignoring="rate_window") as seen:
        found = await data(client, query, variables, key)
    return len(seen), found


def contains(found: object, expected: object) -> bool:
    """Whether `found` holds `expected`: dicts by their given keys, lists item by item."""
    if isinstance(expected, dict):
        return isinstance(found, dict) and all(
            key in found and contains(found[key], value) for key, value in expected.items()
        )
    if isinstance(expected, list):
        return (
            isinstance(found, list)
            and len(found) == len(expected)
            and all(contains(f, e) for f, e in zip(found, expected, strict=True))
        )
    return found == expected


@dataclass(frozen=True)
class World:
    """A draft plan with one of everything, and keys to act on it (see `build_world`)."""

    caller: Caller
    plan: uuid.UUID
    input: uuid.UUID  # at the workshop moment; linked to the finding
    other_input: uuid.UUID  # "Het fietspad …", through a survey; linked to nothing
    finding: uuid.UUID
    theme: uuid.UUID
    sub_theme: uuid.UUID  # under the theme
    goal: uuid.UUID  # SD1
    spare_goal: uuid.UUID  # SD9, linked to nothing
    action_plan: uuid.UUID
    action: uuid.UUID
    input_link: uuid.UUID  # input → finding
    finding_link: uuid.UUID  # finding → goal
    goal_link: uuid.UUID  # goal → action plan, adopted, with a rationale
    spare_link: uuid.UUID  # action plan → action
    moment: uuid.UUID
    spare_moment: uuid.UUID
    actor: uuid.UUID
    spare_actor: uuid.UUID
    feedback: uuid.UUID  # on the input
    spare_key: uuid.UUID
    webhook: uuid.UUID  # for the whole municipality, to a receiver on loopback
    spare_webhook: uuid.UUID
    webhook_event: uuid.UUID  # the id of the event that registered `webhook`
    admin: str
    writer: str
    reader: str


async def build_world(database: Database, caller: Caller) -> World:
    async with database.unit_of_work() as uow:
        small = await make_small_plan(uow, caller)
        plan = small.plan_id
        moment = await participation.create_moment(
            uow,
            caller,
            participation.CreateMoment(
                plan_id=plan,
                title="Workshop Wonen",
                held_on=date(2023, 3, 1),
                method="workshop",
                phase="citizen_consultation",
                participant_count=25,
            ),
        )
        spare_moment = await participation.create_moment(
            uow,
            caller,
            participation.CreateMoment(
                plan_id=plan,
                title="Bevraging",
                held_on=date(2023, 4, 1),
                method="survey",
                phase="analysis",
            ),
        )
        await inputs.update_input(
            uow, caller, inputs.UpdateInput(input_id=small.input_id, moment_id=moment.id)
        )
        other = await inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=plan,
                text="Het fietspad naar school is gevaarlijk.",
                channel="survey",
                participant_type="stakeholder",
            ),
        )
        sub = await structure.create_theme(
            uow,
            caller,
            structure.CreateTheme(plan_id=plan, title="Sociale huur", parent_id=small.theme_id),
        )
        spare = await structure.create_goal(
            uow, caller, structure.CreateGoal(plan_id=plan, code="SD9", title="Rest")
        )
        actor = await participation.create_actor(
            uow, caller, participation.CreateActor(name="Dienst Wonen", kind="department")
        )
        spare_actor = await participation.create_actor(
            uow, caller, participation.CreateActor(name="OCMW", kind="partner")
        )
        around = {
            (link.source_id, link.target_id): link.id
            for link in await links_of(uow, caller, small.finding_id)
        }
        goal_link = await links.create_link(
            uow,
            caller,
            links.CreateLink(
                source_id=small.goal_id,
                target_id=small.action_plan_id,
                rationale="actieplan onder SD1",
                decision="adopted",
            ),
        )
        spare_link = await links.create_link(
            uow, caller, links.CreateLink(source_id=small.action_plan_id, target_id=small.action_id)
        )
        answer = await feedback.publish_feedback(
            uow,
            caller,
            feedback.PublishFeedback(subject_id=small.input_id, text="We namen dit op."),
        )
        admin = await keys.create_key(uow, caller, keys.CreateKey(name="admin", scopes=["admin"]))
        writer = await keys.create_key(
            uow, caller, keys.CreateKey(name="writer", scopes=["read", "write"])
        )
        reader = await keys.create_key(uow, caller, keys.CreateKey(name="reader", scopes=["read"]))
        spare_key = await keys.create_key(uow, caller, keys.CreateKey(name="old", scopes=["read"]))
        webhook, spare_webhook = await _webhooks(uow, caller)
        await uow.commit()
    async with database.unit_of_work() as uow:  # events are written as the unit commits
        registered = select(Event.id).where(Event.subject_id == webhook)
        webhook_event = (await uow.session.scalars(registered)).one()
    return World(
        caller=caller, plan=plan, input=small.input_id, other_input=other.id,
        finding=small.finding_id, theme=small.theme_id, sub_theme=sub.id, goal=small.goal_id,
        spare_goal=spare.id, action_plan=small.action_plan_id, action=small.action_id,
        input_link=around[(small.input_id, small.finding_id)],
        finding_link=around[(small.finding_id, small.goal_id)], goal_link=goal_link.id,
        spare_link=spare_link.id, moment=moment.id, spare_moment=spare_moment.id,
        actor=actor.id, spare_actor=spare_actor.id, feedback=answer.id,
        spare_key=spare_key.record.id, webhook=webhook, spare_webhook=spare_webhook,
        webhook_event=webhook_event, admin=admin.key, writer=writer.key, reader=reader.key,
    )  # fmt: skip


# Where the World's endpoints point: a closed port on loopback, which only a guard that allows
# it accepts. A worker with the configured guard (`spoor serve`'s) refuses every attempt there
# before anything is sent.
LOOPBACK_RECEIVER = "http://127.0.0.1:9/spoor"
# What createWebhookEndpoint registers: a public address (example.com's), which the configured
# guard accepts without a DNS lookup; nothing is sent, since no worker runs beside these tests.
PUBLIC_RECEIVER = "https://93.184.215.14/spoor"


async def _webhooks(uow: UnitOfWork, caller: Caller) -> tuple[uuid.UUID, uuid.UUID]:
    loopback = Guard((ipaddress.ip_network("127.0.0.1/32"),))
    made = []
    with guarding_with(loopback):
        for description in ("Zaaksysteem", "Oud systeem"):
            command = webhooks.CreateEndpoint(url=LOOPBACK_RECEIVER, description=description)
            made.append((await webhooks.create_endpoint(uow, caller, command)).record.id)
    return made[0], made[1]


async def links_of(uow: UnitOfWork, caller: Caller, node_id: uuid.UUID) -> list[Any]:
    return list(
        await trail_store.links_touching(uow.session, tenant_id=caller.tenant_id, node_id=node_id)
    )


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
