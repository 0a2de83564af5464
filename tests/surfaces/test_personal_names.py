"""No person's name reaches an anonymous reader (api/services/disclosure.py).

A published plan is seeded with a distinctive name in every place a person can be named: the
facilitator of a moment, the author of links and feedback, the person behind a key
(`X-Spoor-Actor`) and the key's name, a participant's contact details, the note on an input
that was not retained, the reason given for a change. Then every field the schema offers is
read, as the introspection lists them, through the plan, `node(id)` of every item, traces
both ways, the receipt and the live feed: without a key none of the names shows, while the
departments and partners (organisations) do; with a key the names show where they belong.
"""

import json
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date

import httpx
import pytest
from graphql import GraphQLSchema
from sqlalchemy import func, select

from api.app import create_app
from api.domain.feedback import PUBLIC_AUTHOR
from api.http.identity import ACTOR_HEADER, RateLimits
from api.schema.ids import uuid_of
from api.services import event_feed, inputs, keys, links, participation, plans
from api.services.actions import UpdateAction, update_action
from api.services.caller import Caller
from api.services.privacy import ContactDetails
from api.services.tenants import create_tenant
from api.store.database import Database
from api.store.models import Event
from tests.builders import make_small_plan
from tests.surfaces.graphql_calls import gid
from tests.surfaces.schema_walk import SchemaWalk, introspected

FACILITATOR = "Wilhelmina Vlinderstrik"
WRITER = "Zebedeus Quaggabloem"  # the person whose changes go straight through the services
SENDER = "Hieronymus Kwakkelstaart"  # sent as X-Spoor-Actor with a key
KEY_NAME = "laptop van Aldegonda Pruimelaar"
LINK_AUTHOR = "Gerarda Zonnedauw"
PARTICIPANT = ContactDetails(
    name="Cornelis Pimpelmees", email="c.pimpelmees@example.org", phone="+32 470 98 76 54"
)
NOTE = "besproken met Ottoline Brasem"  # why an input was not retained
REASON = "op vraag van Ferdinand Zwavelzuur"  # why a change was made
REFERENCE = "zaak-Tuitknijper-42"  # an input's id in the system it came from
# The part of each that names someone, as it would appear in any answer.
NAMES = {
    "facilitator": "Vlinderstrik", "writer": "Quaggabloem", "sender": "Kwakkelstaart",
    "key": "Pruimelaar", "link author": "Zonnedauw", "participant": "Pimpelmees",
    "phone": "98 76 54", "note": "Brasem", "reason": "Zwavelzuur", "reference": "Tuitknijper",
}  # fmt: skip
ORGANISATIONS = ("Dienst Welzijn Testdorp", "Vzw Buurtwerk Testdorp")
# Fields an anonymous reader is refused (they need a key); read apart from the rest, because a
# refused field empties what holds it.
KEY_ONLY = frozenset({"history", "events", "trail"})


@dataclass
class Seeded:
    caller: Caller
    plan: uuid.UUID
    items: list[tuple[str, uuid.UUID]]  # (GraphQL type, id) of everything node(id) finds
    trail_nodes: list[tuple[str, uuid.UUID]]
    receipt: str
    key: str


@pytest.fixture
async def http(database: Database) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(database, rates=RateLimits(per_key=10**6, per_anonymous_client=10**6))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://spoor.test") as client:
        yield client


async def _as_sender(http: httpx.AsyncClient, key: str, document: str, variables: dict) -> dict:
    headers = {"Authorization": f"Bearer {key}", ACTOR_HEADER: SENDER}
    response = await http.post(
        "/graphql", json={"query": document, "variables": variables}, headers=headers
    )
    body = response.json()
    assert "errors" not in body, body
    found: dict = next(iter(body["data"].values()))
    assert "id" in found, found
    return found


async def seed(database: Database, http: httpx.AsyncClient, *, publish: bool = True) -> Seeded:
    async with database.unit_of_work() as uow:
        tenant = await create_tenant(uow, name="Testdorp")
        caller = Caller(tenant_id=tenant.id, actor=WRITER)
        small = await make_small_plan(uow, caller)
        plan = small.plan_id
        moment = await participation.create_moment(uow, caller, participation.CreateMoment(
            plan_id=plan, title="Gesprekstafel Zaal De Linde", held_on=date(2023, 3, 1),
            method="workshop", facilitator=FACILITATOR, place="Zaal De Linde",
        ))  # fmt: skip
        told = await inputs.create_input(uow, caller, inputs.CreateInput(
            plan_id=plan, text="Meer zitbanken op het marktplein.", channel="letter",
            participant_type="citizen", contact=PARTICIPANT, moment_id=moment.id,
            external_id=REFERENCE,
        ))  # fmt: skip
        refused = await inputs.create_input(uow, caller, inputs.CreateInput(
            plan_id=plan, text="Een zwembad in elke straat.", channel="survey",
            participant_type="citizen",
        ))  # fmt: skip
        for status, note in (("in_review", None), ("not_retained", NOTE)):
            await inputs.set_input_status(
                uow, caller, inputs.SetInputStatus(input_id=refused.id, status=status, reason=note)
            )
        told_link = await links.create_link(uow, caller, links.CreateLink(
            source_id=told.id, target_id=small.finding_id, rationale="zitbanken horen bij wonen",
        ))  # fmt: skip
        goal_link = await links.create_link(uow, caller, links.CreateLink(
            source_id=small.goal_id, target_id=small.action_plan_id, author=LINK_AUTHOR,
            rationale="want betaalbaar wonen", decision="adopted",
        ))  # fmt: skip
        owner, partner = [
            await participation.create_actor(
                uow, caller, participation.CreateActor(name=name, kind=kind)
            )
            for name, kind in zip(ORGANISATIONS, ("department", "partner"), strict=True)
        ]
        await update_action(uow, caller, UpdateAction(
            action_id=small.action_id, owners=(owner.id,), partners=(partner.id,)
        ))  # fmt: skip
        issued = await keys.create_key(
            uow, caller, keys.CreateKey(name=KEY_NAME, scopes=("read", "write"), plan_id=plan)
        )
        await uow.commit()
    sent_link = await _as_sender(http, issued.key, SEND_LINK, {
        "source": gid("ActionPlan", small.action_plan_id), "target": gid("Action", small.action_id),
        "reason": REASON,
    })  # fmt: skip
    await _as_sender(http, issued.key, SEND_FEEDBACK, {"subject": gid("Input", told.id)})
    await _as_sender(http, issued.key, SEND_FEEDBACK, {"subject": gid("Link", told_link.id)})
    if publish:
        async with database.unit_of_work() as uow:
            await plans.set_plan_status(
                uow, caller, plans.SetPlanStatus(plan_id=plan, status="published", reason=REASON)
            )
            await uow.commit()
    trail_nodes = [
        ("Input", small.input_id), ("Input", told.id), ("Input", refused.id),
        ("Finding", small.finding_id), ("Theme", small.theme_id), ("Goal", small.goal_id),
        ("ActionPlan", small.action_plan_id), ("Action", small.action_id),
    ]  # fmt: skip
    link_ids = [told_link.id, goal_link.id, uuid_of(sent_link["id"], "Link")]
    return Seeded(
        caller=caller,
        plan=plan,
        items=[("Plan", plan), *trail_nodes, *[("Link", i) for i in link_ids],
               ("Moment", moment.id), ("Actor", owner.id), ("Actor", partner.id)],
        trail_nodes=trail_nodes,
        receipt=told.receipt_code or "",
        key=issued.key,
    )  # fmt: skip


SEND_LINK = """
mutation L($source: ID!, $target: ID!, $reason: String) {
  createLink(input: {sourceId: $source, targetId: $target, reason: $reason}) {
    ... on Link { id } ... on Error { message } } }
"""
SEND_FEEDBACK = """
mutation F($subject: ID!) {
  publishFeedback(input: {subjectId: $subject, text: {nl: "We plaatsen er drie."},
                          reason: "op vraag van Ferdinand Zwavelzuur"}) {
    ... on Feedback { id author } ... on Error { message } } }
"""


def _documents(
    seeded: Seeded, schema: GraphQLSchema, *, skip: frozenset[str], only: frozenset[str] | None
) -> list[str]:
    """Queries of every field of every seeded item, of traces both ways, of the receipt and of
    the plans list (or of the fields in `only`)."""
    documents = []
    for direction in ("FORWARD", "BACKWARD"):
        walk = SchemaWalk(schema, arguments={"direction": direction}, skip=skip)
        for type_name, item in seeded.items:
            wrap = f'query {{ node(id: "{gid(type_name, item)}") {{ FIELDS }} }}'
            documents += walk.documents(type_name, wrap, only)
        for type_name, item in seeded.trail_nodes:
            at = f'id: "{gid(type_name, item)}", direction: {direction}'
            documents += walk.documents("TracedNode", f"query {{ trace({at}) {{ FIELDS }} }}", only)
    walk = SchemaWalk(schema, arguments={"direction": "FORWARD"}, skip=skip)
    receipt = f'query {{ receipt(code: "{seeded.receipt}") {{ FIELDS }} }}'
    documents += walk.documents("Receipt", receipt, only)
    documents += walk.documents("PlanConnection", "query { plans { FIELDS } }", only)
    return documents


async def read_everything(
    http: httpx.AsyncClient, seeded: Seeded, key: str | None
) -> tuple[str, int]:
    """Every answer's body, and how many queries were asked. An anonymous caller is refused
    only the fields that need a key, which are asked apart (a refused field empties what
    holds it)."""
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    schema = await introspected(http, headers)
    if key is None:
        passes = [(KEY_ONLY, None, False), (frozenset(), KEY_ONLY, True)]
    else:
        passes = [(frozenset(), None, False)]
    bodies = []
    for skip, only, refused in passes:
        for document in _documents(seeded, schema, skip=skip, only=only):
            response = await http.post("/graphql", json={"query": document}, headers=headers)
            assert response.status_code == 200, (document, response.text)
            errors = response.json().get("errors", [])
            if refused:
                assert errors and all("needs an API key" in e["message"] for e in errors), (
                    document,
                    errors,
                )
            else:
                assert errors == [], (document, errors)
            bodies.append(response.text)
    return "\n".join(bodies), len(bodies)


async def _live_feed(database: Database, seeded: Seeded, key: str | None) -> str:
    """The plan's whole log as the subscription replays it."""
    async with database.unit_of_work() as uow:
        last = await uow.session.scalar(
            select(func.max(Event.seq)).where(Event.plan_id == seeded.plan)
        )
    seen = []
    feed = event_feed.follow_plan(database, key=key, plan_id=seeded.plan, after_seq=0)
    async for event in feed:
        seen.append([event.actor_id, event.reason, event.payload])
        if event.seq == last:
            break
    await feed.aclose()
    return json.dumps(seen, default=str)


def _named(text: str) -> set[str]:
    return {who for who, name in NAMES.items() if name.lower() in text.lower()}


async def test_no_name_reaches_an_anonymous_reader(
    http: httpx.AsyncClient, database: Database
) -> None:
    seeded = await seed(database, http)
    text, asked = await read_everything(http, seeded, None)
    assert asked > 50, asked  # every field of every item, not a sample
    assert _named(text) == set()
    # Organisations are not people: departments and partners stay visible, found by id too.
    for organisation in ORGANISATIONS:
        assert text.count(organisation) > 3, organisation
    # What a moment is stays visible; who led it does not.
    assert "Zaal De Linde" in text and "want betaalbaar wonen" in text
    assert _named(await _live_feed(database, seeded, None)) == set()


async def test_a_key_reads_the_names_where_they_belong(
    http: httpx.AsyncClient, database: Database
) -> None:
    seeded = await seed(database, http)
    text, _ = await read_everything(http, seeded, seeded.key)
    # Contact details live in one table and never leave it, not even for a key.
    assert _named(text) == set(NAMES) - {"participant", "phone"}
    for name in (FACILITATOR, LINK_AUTHOR, NOTE, f"{SENDER} (key {KEY_NAME})", WRITER):
        assert json.dumps(name)[1:-1] in text, name
    live = await _live_feed(database, seeded, seeded.key)
    assert {"sender", "link author", "facilitator", "reason"} <= _named(live)


RECEIPT = """query R($code: String!) { receipt(code: $code) {
  status reached { kind code title } feedback { text author answers } } }"""


async def test_a_receipt_shows_nothing_of_a_draft_plan_but_its_status(
    http: httpx.AsyncClient, database: Database
) -> None:
    seeded = await seed(database, http, publish=False)
    variables = {"code": seeded.receipt}
    response = await http.post("/graphql", json={"query": RECEIPT, "variables": variables})
    draft = response.json()["data"]["receipt"]
    assert draft == {"status": "RECEIVED", "reached": [], "feedback": []}
    async with database.unit_of_work() as uow:
        await plans.set_plan_status(
            uow, seeded.caller, plans.SetPlanStatus(plan_id=seeded.plan, status="published")
        )
        await uow.commit()
    response = await http.post("/graphql", json={"query": RECEIPT, "variables": variables})
    published = response.json()["data"]["receipt"]
    assert published["status"] == "RECEIVED"
    assert {item["kind"] for item in published["reached"]} >= {"GOAL", "ACTION_PLAN", "ACTION"}
    assert sorted(note["answers"] for note in published["feedback"]) == ["FINDING", "INPUT"]
    assert {note["author"] for note in published["feedback"]} == {PUBLIC_AUTHOR}
