"""The JSON Schemas published at /api/v1/event-types hold for the events Spoor really writes:
every use case runs once, and every event the feed then hands out validates against its type's
schema."""

import ipaddress
import uuid
from typing import Any

import httpx
import jsonschema

from api.domain.events import CATALOGUE
from api.services import inputs, privacy, structure, webhooks
from api.services.caller import Caller
from api.store.database import Database
from api.store.unit_of_work import UnitOfWork
from api.webhooks.guard import Guard, guarding_with
from tests.rest.feed_calls import read_to_the_end
from tests.surfaces.graphql_calls import World, build_world, root
from tests.surfaces.graphql_mutation_calls import MUTATIONS


async def _every_use_case(client: httpx.AsyncClient, database: Database, world: World) -> None:
    """Each mutation once, over GraphQL, as its suite runs them; then what GraphQL does not
    offer (erasure, redaction) and the updates and deletions of the kinds it has no call for."""
    for call in MUTATIONS.values():
        key = world.admin if call.scope == "admin" else world.writer
        answer = await root(client, call.document, call.variables(world), key)
        assert answer["__typename"] == call.success, answer
    caller = world.caller
    async with database.unit_of_work() as uow:
        contacted = await inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=world.plan, text="Bel me terug", channel="email",
                participant_type="citizen",
                contact=privacy.ContactDetails(name="An Peeters", email="an@example.org"),
            ),
        )  # fmt: skip
        await privacy.erase_participant(
            uow, caller, privacy.EraseParticipant(email="an@example.org", reason="op vraag")
        )
        await privacy.redact_input(
            uow, caller, privacy.RedactInput(input_id=contacted.id, reason="naam in tekst")
        )
        for node_id in (world.finding, world.sub_theme, world.action_plan, world.action):
            command = structure.UpdateNode(node_id=node_id, title={"nl": "Nieuw", "en": "New"})
            await structure.update_node(uow, caller, command)
        for node_id in (
            world.finding,
            world.sub_theme,
            world.action_plan,
            world.action,
            world.input,
        ):
            await structure.delete_node(uow, caller, structure.DeleteNode(node_id=node_id))
        await _every_webhook_use_case(uow, caller)
        await uow.commit()


async def _every_webhook_use_case(uow: UnitOfWork, caller: Caller) -> None:
    """An endpoint registered, changed, rotated, disabled, enabled and removed."""
    loopback = Guard((ipaddress.ip_network("127.0.0.1/32"),))
    with guarding_with(loopback):
        made = await webhooks.create_endpoint(
            uow, caller, webhooks.CreateEndpoint(url="http://127.0.0.1:9/hook", description="ZS")
        )
        endpoint = made.record.id
        await webhooks.update_endpoint(
            uow, caller, webhooks.UpdateEndpoint(endpoint_id=endpoint, event_types=("input.*",))
        )
    await webhooks.rotate_secret(uow, caller, webhooks.RotateSecret(endpoint_id=endpoint))
    switch = webhooks.SwitchEndpoint(endpoint_id=endpoint, reason="onderhoud")
    await webhooks.disable_endpoint(uow, caller, switch)
    await webhooks.enable_endpoint(uow, caller, switch)
    await webhooks.delete_endpoint(uow, caller, webhooks.DeleteEndpoint(endpoint_id=endpoint))


async def test_every_event_validates_against_its_published_schema(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    await _every_use_case(client, database, world)
    listed = (await client.get("/api/v1/event-types")).json()["event_types"]
    validators = {
        item["type"]: jsonschema.Draft202012Validator(
            item["schema"], format_checker=jsonschema.FormatChecker()
        )
        for item in listed
    }

    events, _ = await read_to_the_end(client, world.admin, limit=500)

    for event in events:
        problems = [error.message for error in validators[event["type"]].iter_errors(event)]
        assert problems == [], (event["type"], problems, event)
    assert {event["type"] for event in events} == set(CATALOGUE)


async def test_a_schema_refuses_what_its_type_does_not_hold(client: httpx.AsyncClient) -> None:
    listed = (await client.get("/api/v1/event-types")).json()["event_types"]
    schema = next(item["schema"] for item in listed if item["type"] == "action.progress_changed")
    validator = jsonschema.Draft202012Validator(schema)
    state = {
        "plan_id": str(uuid.uuid4()), "kind": "action", "code": "A1", "title": {"nl": "Actie"},
        "description": None, "priority": False, "external_id": None, "version": 2,
        "status": "planned", "progress": 40, "weight": "1.50", "starts_on": None,
        "ends_on": "2026-12-31", "budget": None, "owners": [], "partners": [],
    }  # fmt: skip
    event: dict[str, Any] = {
        "seq": 7, "id": str(uuid.uuid4()), "type": "action.progress_changed", "type_version": 1,
        "occurred_at": "2026-01-01T10:00:00+00:00", "actor_id": "cms", "actor_kind": "api_key",
        "reason": None, "request_id": None, "subject_kind": "action",
        "subject_id": str(uuid.uuid4()), "plan_id": state["plan_id"], "redacted": False,
        "payload": {"before": state, "after": {**state, "progress": 50, "version": 3}},
    }  # fmt: skip
    assert list(validator.iter_errors(event)) == []
    wrong = [
        {**state, "progress": "50"},  # a number as text
        {**state, "progress": 101},
        {**state, "status": "finished"},  # not an action status
        {**state, "kind": "goal"},
        {**state, "budget": 12.5},  # an amount travels as exact text
        {key: value for key, value in state.items() if key != "owners"},
        {**state, "colour": "red"},  # not a field of an action
    ]
    for after in wrong:
        mistaken = {**event, "payload": {"before": state, "after": after}}
        assert list(validator.iter_errors(mistaken)), after
    assert list(validator.iter_errors({**event, "type": "action.updated"}))
