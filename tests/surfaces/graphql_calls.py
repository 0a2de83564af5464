"""What the GraphQL suite shares: global ids, keys, posting a query, counting its statements,
reading the nodes of a page, and a plan with one of everything (the table of one call of every
mutation is in graphql_mutation_calls.py).
"""

import base64
import ipaddress
import uuid
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


def edge_nodes(page: Json) -> list[Json]:
    """The nodes on one page of a connection, in its order."""
    return [edge["node"] for edge in page["edges"]]


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
