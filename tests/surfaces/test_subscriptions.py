"""planEvents over a real WebSocket: Spoor served by uvicorn on a loopback port, a real client.

A dashboard speaks graphql-transport-ws; what it receives, and what it must not, is checked
against writes made over HTTP GraphQL and through the services.
"""

import asyncio
import base64
import json
import socket
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import date
from typing import Any

import httpx
import pytest
import uvicorn
from sqlalchemy import text
from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Subprotocol

from api.app import create_app
from api.services import actions, inputs, keys, plans
from api.services.caller import Caller
from api.services.disclosure import public_payload
from api.services.event_feed import POLL_INTERVAL_SECONDS
from api.services.privacy import ContactDetails
from api.store.database import Database
from tests.builders import SmallPlan

# A real server polls the log on connections of its own: it sees committed writes only.
pytestmark = pytest.mark.committed

PLAN_EVENTS = """
subscription Follow($plan: ID!, $after: Int) {
  planEvents(planId: $plan, afterSeq: $after) {
    seq type actor reason subjectKind subjectId before after
  }
}
"""
SET_PROGRESS = """
mutation Progress($action: ID!, $progress: Int!) {
  setProgress(input: {actionId: $action, progress: $progress}) { __typename }
}
"""
CREATE_LINK = """
mutation Link($source: ID!, $target: ID!) {
  createLink(input: {sourceId: $source, targetId: $target, rationale: "sluit aan"}) {
    __typename
  }
}
"""
# Long enough for the feed to poll a few times.
QUIET = 3 * POLL_INTERVAL_SECONDS


def gid(kind: str, value: object) -> str:
    return base64.b64encode(f"{kind}:{value}".encode()).decode()


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[str]:
    """Spoor served over real HTTP and WebSocket on a free loopback port; its host:port."""
    # Listening before uvicorn starts: a client that connects early waits in the backlog.
    listening = socket.create_server(("127.0.0.1", 0))
    served = uvicorn.Server(uvicorn.Config(create_app(database_url), log_level="warning"))
    task = asyncio.create_task(served.serve(sockets=[listening]))
    yield f"127.0.0.1:{listening.getsockname()[1]}"
    served.should_exit = True
    await task


class Dashboard:
    """One graphql-transport-ws connection, read with a deadline on every message."""

    def __init__(self, connection: ClientConnection) -> None:
        self.connection = connection

    async def send(self, message: dict[str, Any]) -> None:
        await self.connection.send(json.dumps(message))

    async def receive(self, within: float = 5.0) -> dict[str, Any]:
        message: dict[str, Any] = json.loads(await asyncio.wait_for(self.connection.recv(), within))
        return message

    async def subscribe(self, plan_id: uuid.UUID, after_seq: int | None = None) -> None:
        variables = {"plan": gid("Plan", plan_id), "after": after_seq}
        payload = {"query": PLAN_EVENTS, "variables": variables}
        await self.send({"id": "1", "type": "subscribe", "payload": payload})

    async def next_event(self, within: float = 5.0) -> dict[str, Any]:
        message = await self.receive(within)
        assert message["type"] == "next" and "errors" not in message["payload"], message
        event: dict[str, Any] = message["payload"]["data"]["planEvents"]
        return event

    async def refusal(self) -> str:
        """The message of the error that ended the operation, before any data."""
        message = await self.receive()
        if message["type"] == "next":  # an error raised while the stream ran
            assert message["payload"]["data"] is None, message
            errors = message["payload"]["errors"]
        else:
            assert message["type"] == "error", message
            errors = message["payload"]
        return str(errors[0]["message"])

    async def hears_no_event(self) -> bool:
        """True when no event arrives while the feed polls a few times."""
        try:
            while (await self.receive(QUIET))["type"] != "next":
                pass
        except TimeoutError:
            return True
        return False


@asynccontextmanager
async def dashboard(
    server: str, *, headers: dict[str, str] | None = None, init: dict[str, str] | None = None
) -> AsyncIterator[Dashboard]:
    """A connected graphql-transport-ws client whose connection Spoor acknowledged."""
    async with connect(
        f"ws://{server}/graphql",
        subprotocols=[Subprotocol("graphql-transport-ws")],
        additional_headers=headers or {},
    ) as connection:
        assert connection.subprotocol == "graphql-transport-ws"
        client = Dashboard(connection)
        await client.send({"type": "connection_init", "payload": init or {}})
        assert await client.receive() == {"type": "connection_ack"}
        yield client


async def _bearer(
    database: Database, caller: Caller, scopes: list[str], plan_id: uuid.UUID | None = None
) -> str:
    async with database.unit_of_work() as uow:
        issued = await keys.create_key(
            uow, caller, keys.CreateKey(name="dash", scopes=scopes, plan_id=plan_id)
        )
        await uow.commit()
    return f"Bearer {issued.key}"


async def _progress(database: Database, caller: Caller, plan: SmallPlan, progress: int) -> None:
    async with database.unit_of_work() as uow:
        await actions.set_progress(
            uow, caller, actions.SetProgress(action_id=plan.action_id, progress=progress)
        )
        await uow.commit()


async def _plan_seqs(database: Database, plan_id: uuid.UUID) -> list[int]:
    async with database.unit_of_work() as uow:
        query = text("SELECT seq FROM event WHERE plan_id = :plan ORDER BY seq")
        return list((await uow.session.scalars(query, {"plan": plan_id})).all())


async def _another_plan(database: Database, caller: Caller) -> uuid.UUID:
    async with database.unit_of_work() as uow:
        made = await plans.create_plan(
            uow,
            caller,
            plans.CreatePlan(
                title="Jeugdplan", period_start=date(2024, 1, 1), period_end=date(2026, 1, 1)
            ),
        )
        await uow.commit()
    return made.id


async def _mutate(
    http: httpx.AsyncClient, query: str, variables: dict[str, Any], headers: dict[str, str]
) -> str:
    """Run a mutation over HTTP GraphQL; the type name of its answer."""
    answer = await http.post(
        "/graphql", json={"query": query, "variables": variables}, headers=headers
    )
    return str(next(iter(answer.json()["data"].values()))["__typename"])


async def _first_heard(board: Dashboard, write: Callable[[int], Awaitable[None]]) -> dict[str, Any]:
    """Write until the dashboard hears a write, and return that event.

    A subscription without afterSeq starts where the log ends when it first runs, and the
    protocol does not say when that is; a write made before then is rightly not sent.
    """
    for attempt in range(1, 6):
        await write(attempt)
        try:
            return await board.next_event(within=QUIET)
        except TimeoutError:
            continue
    raise AssertionError("the dashboard heard none of five writes")


async def test_a_keyed_dashboard_receives_the_plans_new_events_live_and_in_order(
    server: str, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    reader = await _bearer(database, caller, ["read"])
    writer = {"Authorization": await _bearer(database, caller, ["read", "write"])}
    other_plan = await _another_plan(database, caller)
    earlier = await _plan_seqs(database, small_plan.plan_id)
    async with (
        dashboard(server, init={"Authorization": reader}) as board,
        httpx.AsyncClient(base_url=f"http://{server}") as http,
    ):
        await board.subscribe(small_plan.plan_id)
        first = await _first_heard(board, lambda n: _progress(database, caller, small_plan, n))
        assert first["type"] == "ACTION_PROGRESS_CHANGED" and first["seq"] > earlier[-1]

        link = {
            "source": gid("Goal", small_plan.goal_id),
            "target": gid("ActionPlan", small_plan.action_plan_id),
        }
        assert await _mutate(http, CREATE_LINK, link, writer) == "Link"
        async with database.unit_of_work() as uow:  # an event of another plan, in between
            await plans.update_plan(
                uow, caller, plans.UpdatePlan(plan_id=other_plan, title="Jeugd- en sportplan")
            )
            await uow.commit()
        progress = {"action": gid("Action", small_plan.action_id), "progress": 90}
        assert await _mutate(http, SET_PROGRESS, progress, writer) == "Action"

        linked, progressed = await board.next_event(), await board.next_event()
    assert linked["type"] == "LINK_CREATED" and linked["after"]["rationale"] == "sluit aan"
    assert linked["subjectKind"] == "LINK"
    assert base64.b64decode(linked["subjectId"]).decode().startswith("Link:")
    assert progressed["type"] == "ACTION_PROGRESS_CHANGED" and progressed["after"]["progress"] == 90
    assert (progressed["subjectKind"], progressed["subjectId"]) == (
        "ACTION",
        gid("Action", small_plan.action_id),
    )
    assert progressed["actor"] == "key dash"
    # In log order, and every event of the plan since the first one heard: none lost.
    heard = [first["seq"], linked["seq"], progressed["seq"]]
    assert heard == [s for s in await _plan_seqs(database, small_plan.plan_id) if s >= heard[0]]


async def test_after_seq_replays_what_a_dropped_client_missed_then_goes_on_live(
    server: str, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    reader = await _bearer(database, caller, ["read"])
    seqs = await _plan_seqs(database, small_plan.plan_id)
    async with dashboard(server, headers={"Authorization": reader}) as board:
        await board.subscribe(small_plan.plan_id, after_seq=seqs[0])
        replayed = [await board.next_event() for _ in seqs[1:]]
        await _progress(database, caller, small_plan, 55)
        live = await board.next_event()
    assert [event["seq"] for event in replayed] == seqs[1:]
    created = next(event for event in replayed if event["type"] == "INPUT_CREATED")
    assert created["subjectId"] == gid("Input", small_plan.input_id)
    assert created["after"]["text"].startswith("Er is te weinig betaalbare huur")
    assert live["type"] == "ACTION_PROGRESS_CHANGED" and live["seq"] > seqs[-1]


async def test_keys_for_other_tenants_or_plans_get_an_error_and_no_events(
    server: str, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        stranger = await keys.create_tenant_with_admin_key(uow, name="Andere gemeente")
        await uow.commit()
    other_plan = await _another_plan(database, caller)
    refused = [
        (f"Bearer {stranger.key}", small_plan.plan_id, "no plan with id"),
        (await _bearer(database, caller, ["read"], other_plan), small_plan.plan_id, "no plan"),
        (await _bearer(database, caller, ["write"]), small_plan.plan_id, "lacks the read scope"),
        (await _bearer(database, caller, ["read"]), uuid.uuid4(), "no plan with id"),
        ("Bearer spk_made_up", small_plan.plan_id, "unknown, revoked or expired"),
        ("Basic dXNlcjpwdw==", small_plan.plan_id, "Authorization: Bearer"),
    ]
    async with AsyncExitStack() as stack:
        boards = []
        for authorization, plan_id, reason in refused:
            board = await stack.enter_async_context(
                dashboard(server, init={"Authorization": authorization})
            )
            # From the plan's first event: a leak would replay all of them.
            await board.subscribe(plan_id, after_seq=0)
            assert reason in await board.refusal()
            boards.append(board)
        await _progress(database, caller, small_plan, 70)
        assert all(await asyncio.gather(*(board.hears_no_event() for board in boards)))


async def test_anonymous_readers_follow_only_published_plans_and_see_no_personal_data(
    server: str, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with dashboard(server) as board:
        await board.subscribe(small_plan.plan_id, after_seq=0)
        assert "no plan with id" in await board.refusal()
        assert await board.hears_no_event()

    async with database.unit_of_work() as uow:
        await plans.set_plan_status(
            uow,
            caller,
            plans.SetPlanStatus(
                plan_id=small_plan.plan_id, status="published", reason="raadsbesluit"
            ),
        )
        await uow.commit()
    seqs = await _plan_seqs(database, small_plan.plan_id)
    async with dashboard(server) as board:
        await board.subscribe(small_plan.plan_id, after_seq=0)
        replayed = [await board.next_event() for _ in seqs]
        async with database.unit_of_work() as uow:
            await inputs.create_input(
                uow,
                caller,
                inputs.CreateInput(
                    plan_id=small_plan.plan_id,
                    text="Bel me: Jan Peeters, 0470 12 34 56",
                    channel="email",
                    participant_type="citizen",
                    contact=ContactDetails(name="Jan Peeters", email="jan@example.org"),
                ),
            )
            await uow.commit()
        live = await board.next_event()
    assert [event["seq"] for event in replayed] == seqs
    published = replayed[-1]
    assert published["type"] == "PLAN_STATUS_CHANGED"
    assert published["after"]["status"] == "published"
    assert published["reason"] is None and published["actor"] == "person"
    assert live["type"] == "INPUT_CREATED" and live["actor"] == "person"
    for event in (replayed[1], live):
        assert event["type"] == "INPUT_CREATED", event
        after = event["after"]
        assert {"channel", "participant_type", "status"} <= after.keys()
        assert not {"text", "title", "contact_id", "external_id"} & after.keys()
    assert "Jan" not in json.dumps(live)


def test_public_payload_keeps_only_what_identifies_nobody() -> None:
    state = {
        "text": "Ik woon in de Stationsstraat 4",
        "title": "Stationsstraat 4",
        "channel": "workshop",
        "participant_type": "citizen",
        "status": "received",
        "contact_id": str(uuid.uuid4()),
        "external_id": "ZAAK-1",
        "status_reason": "besproken met mevrouw Peeters",
    }
    seen = public_payload("input", {"before": None, "after": state})
    assert seen == {
        "before": None,
        "after": {"channel": "workshop", "participant_type": "citizen", "status": "received"},
    }
    contact = {"has_name": True, "has_email": True, "has_phone": False}
    assert public_payload("contact", {"before": contact, "after": None}) == {
        "before": {},
        "after": None,
    }
    goal = {"before": None, "after": {"code": "SD1", "title": "Wonen"}}
    assert public_payload("goal", goal) == goal


async def test_the_socket_streams_and_http_answers(server: str) -> None:
    async with dashboard(server) as board:
        await board.send(
            {"id": "q", "type": "subscribe", "payload": {"query": "{ plans { totalCount } }"}}
        )
        assert "send queries and mutations over HTTP" in await board.refusal()
    query = PLAN_EVENTS
    async with httpx.AsyncClient(base_url=f"http://{server}") as http:
        answer = await http.post(
            "/graphql",
            json={"query": query, "variables": {"plan": gid("Plan", uuid.uuid4())}},
            headers={"Accept": "multipart/mixed;subscriptionSpec=1.0,application/json"},
        )
    assert "subscribe over a WebSocket" in answer.text
