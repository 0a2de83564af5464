"""The REST event feed: every event once, in order, filtered as asked, for a key with the read
scope; a long poll that answers as soon as something happens; and no event skipped or repeated
while other connections write."""

import asyncio
import time
import uuid
from datetime import date
from typing import Any

import httpx
import pytest

from api.domain.events import CATALOGUE
from api.services import actions, inputs, plans
from api.services.caller import Caller
from api.store import event_feed as feed_store
from api.store.database import Database
from api.store.event_feed import committed_head
from api.store.events import append_events
from tests.builders import SmallPlan, make_small_plan
from tests.rest.feed_calls import feed, read_to_the_end
from tests.surfaces.graphql_calls import bearer, issue_key


async def _head(database: Database, caller: Caller) -> int:
    async with database.unit_of_work() as uow:
        return await committed_head(uow.session, caller.tenant_id)


async def _second_plan(database: Database, caller: Caller) -> SmallPlan:
    async with database.unit_of_work() as uow:
        made = await make_small_plan(uow, caller, title="Mobiliteitsplan")
        await uow.commit()
    return made


async def _progress(database: Database, caller: Caller, action_id: object, value: int) -> None:
    async with database.unit_of_work() as uow:
        await uow.act_for(caller.tenant_id)
        command = actions.SetProgress(action_id=action_id, progress=value)  # type: ignore[arg-type]
        await actions.set_progress(uow, caller, command)
        await uow.commit()


async def _new_input(database: Database, caller: Caller, plan_id: uuid.UUID, text: str) -> None:
    async with database.unit_of_work() as uow:
        await inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=plan_id, text=text, channel="email", participant_type="citizen"
            ),
        )
        await uow.commit()


async def test_the_feed_pages_through_every_event_once_oldest_first(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    key = (await issue_key(database, caller, ["read"])).key
    head = await _head(database, caller)
    assert head > 10  # several pages of 3

    events, after = await read_to_the_end(client, key, limit=3)

    assert [event["seq"] for event in events] == list(range(1, head + 1))
    assert after == head
    first = events[0]
    assert first["type"] == "tenant.created" and first["payload"]["before"] is None
    assert {"actor_id", "subject_kind", "subject_id", "plan_id", "occurred_at"} <= set(first)
    # Nothing new: an empty page that points where it was asked from.
    assert await feed(client, key, after=head) == {"events": [], "next": str(head)}
    # Something new: the next page holds it alone.
    await _progress(database, caller, small_plan.action_id, 40)
    page = await feed(client, key, after=head)
    assert [e["type"] for e in page["events"]] == ["action.progress_changed"]
    assert page["events"][0]["payload"]["after"]["progress"] == 40
    assert page["next"] == str(head + 1)


async def test_the_feed_narrows_to_types_and_to_a_plan(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    other = await _second_plan(database, caller)
    key = (await issue_key(database, caller, ["read"])).key
    head = await _head(database, caller)

    linked, after = await read_to_the_end(client, key, limit=2, types="link.created,input.created")
    assert {e["type"] for e in linked} == {"link.created", "input.created"}
    assert len(linked) == 6  # each plan: one input, two links
    assert after == head  # past the events it looked at and passed over

    repeated = await feed(client, key, types=["link.created", "input.created"])
    assert repeated["events"] == linked

    mine, _ = await read_to_the_end(client, key, limit=4, plan=str(other.plan_id))
    assert mine and {e["plan_id"] for e in mine} == {str(other.plan_id)}
    links, _ = await read_to_the_end(client, key, plan=str(other.plan_id), types="link.created")
    assert [e["subject_kind"] for e in links] == ["link", "link"]
    assert all(e["plan_id"] == str(other.plan_id) for e in links)

    response = await client.get("/api/v1/events?types=input.vanished", headers=bearer(key))
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"field": "types", "message": "not event types: input.vanished"}
    ]


async def test_a_key_bound_to_a_plan_reads_that_plans_events_only(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    other = await _second_plan(database, caller)
    bound = (await issue_key(database, caller, ["read"], plan_id=small_plan.plan_id)).key

    events, _ = await read_to_the_end(client, bound)
    assert events and {e["plan_id"] for e in events} == {str(small_plan.plan_id)}
    # Not the tenant's own events (no plan), not the other plan's.
    assert "tenant.created" not in {e["type"] for e in events}

    response = await client.get(f"/api/v1/events?plan={other.plan_id}", headers=bearer(bound))
    assert response.status_code == 404


async def test_the_feed_needs_a_key_with_the_read_scope_and_sane_parameters(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    anonymous = await client.get("/api/v1/events")
    assert anonymous.status_code == 401
    assert anonymous.headers["content-type"] == "application/problem+json"
    assert anonymous.headers["www-authenticate"].startswith("Bearer")

    hooks = (await issue_key(database, caller, ["webhooks"])).key
    assert (await client.get("/api/v1/events", headers=bearer(hooks))).status_code == 403

    key = (await issue_key(database, caller, ["read"])).key
    beyond = "after=1000000"  # a number the log never gave out: reading on would skip
    for query in ("limit=0", "limit=1001", "after=-1", "wait=31", "plan=nope", "after=x", beyond):
        response = await client.get(f"/api/v1/events?{query}", headers=bearer(key))
        assert response.status_code == 422, query
        assert response.headers["content-type"] == "application/problem+json"


async def test_a_long_poll_answers_as_soon_as_an_event_arrives(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    key = (await issue_key(database, caller, ["read"])).key
    head = await _head(database, caller)
    started = time.monotonic()
    waiting = asyncio.create_task(
        client.get(f"/api/v1/events?after={head}&wait=30", headers=bearer(key))
    )
    await asyncio.sleep(0.6)
    assert not waiting.done()
    # The waiting request holds no unit of work: this write gets the test's one connection.
    await _progress(database, caller, small_plan.action_id, 10)

    response = await waiting
    assert response.status_code == 200
    assert [e["type"] for e in response.json()["events"]] == ["action.progress_changed"]
    # Well before the 30 seconds it would wait for nothing (the margin is for a busy machine).
    assert time.monotonic() - started < 20


async def test_a_long_poll_with_nothing_new_answers_empty_after_the_wait(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    key = (await issue_key(database, caller, ["read"])).key
    head = await _head(database, caller)
    started = time.monotonic()
    page = await feed(client, key, after=head, wait=1)
    waited = time.monotonic() - started
    assert page == {"events": [], "next": str(head)}
    # Not before the wait is over; nor much after (the margin is for a busy machine).
    assert 1 <= waited < 15


async def test_event_types_cover_the_catalogue(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/event-types")
    assert response.status_code == 200
    listed = {item["type"]: item for item in response.json()["event_types"]}
    assert set(listed) == set(CATALOGUE)
    created = listed["input.created"]
    assert created["subject_kind"] == "input" and created["version"] == 1
    state = created["schema"]["properties"]["payload"]["properties"]["after"]
    assert state["properties"]["channel"]["enum"][0] == "online_table"
    assert "text" in state["required"]


@pytest.mark.committed  # writers on connections of their own, and a reader beside them
async def test_a_writer_in_flight_holds_back_the_events_after_it(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    """Writer A takes the next number and holds its transaction open; writer B, on another
    connection, must wait for A, so the reader never sees B's event before A's."""
    key = (await issue_key(database, caller, ["read"])).key
    head = await _head(database, caller)
    async with database.unit_of_work() as first:
        await first.act_for(caller.tenant_id)
        command = actions.SetProgress(action_id=small_plan.action_id, progress=20)
        await actions.set_progress(first, caller, command)
        # Appended as a commit appends, but not committed: number head + 1 is in flight.
        await append_events(first.session, first.pending, clock=first.clock)
        first.pending = []

        second = asyncio.create_task(_new_input(database, caller, small_plan.plan_id, "B"))
        await asyncio.sleep(0.5)
        assert not second.done()  # waiting for the tenant's head, which A holds
        assert (await feed(client, key, after=head))["events"] == []
        await first.commit()

    await second
    events, _ = await read_to_the_end(client, key, after=head)
    assert [(e["seq"], e["type"]) for e in events] == [
        (head + 1, "action.progress_changed"),
        (head + 2, "input.created"),
    ]


WRITERS, WRITES = 4, 12


@pytest.mark.committed  # four writers and a reader, each on a connection of its own
async def test_concurrent_writers_never_make_the_feed_skip_or_repeat(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    key = (await issue_key(database, caller, ["read"])).key
    start = await _head(database, caller)

    async def write(writer: int) -> None:
        for n in range(WRITES):
            async with database.unit_of_work() as uow:
                await uow.act_for(caller.tenant_id)
                await inputs.create_input(
                    uow,
                    caller,
                    inputs.CreateInput(
                        plan_id=small_plan.plan_id, text=f"Inbreng {writer}.{n}",
                        channel="email", participant_type="citizen",
                    ),
                )  # fmt: skip
                if n % 3 == 0:  # an event outside the plan now and then
                    await plans.create_plan(
                        uow,
                        caller,
                        plans.CreatePlan(
                            title=f"Plan {writer}.{n}",
                            period_start=date(2024, 1, 1),
                            period_end=date(2025, 1, 1),
                        ),
                    )
                await uow.commit()

    seen: list[int] = []
    seen_inputs: list[int] = []
    after = after_inputs = start
    writers = asyncio.gather(*(write(w) for w in range(WRITERS)))
    while not writers.done() or after < await _head(database, caller):
        page = await feed(client, key, after=after, limit=5)
        seen += [e["seq"] for e in page["events"]]
        after = int(page["next"])
        narrowed = await feed(
            client, key, after=after_inputs, limit=3, types="input.created",
            plan=str(small_plan.plan_id),
        )  # fmt: skip
        seen_inputs += [e["seq"] for e in narrowed["events"]]
        after_inputs = int(narrowed["next"])
        await asyncio.sleep(0)
    await writers
    rest, _ = await read_to_the_end(
        client, key, after=after_inputs, types="input.created", plan=str(small_plan.plan_id)
    )
    seen_inputs += [e["seq"] for e in rest]

    end = await _head(database, caller)
    assert seen == list(range(start + 1, end + 1))
    all_inputs, _ = await read_to_the_end(client, key, after=start, types="input.created")
    assert seen_inputs == [e["seq"] for e in all_inputs]
    assert len(seen_inputs) == WRITERS * WRITES


@pytest.mark.committed  # a writer commits on its own connection while a page is being read
async def test_an_event_committed_while_a_page_is_read_comes_on_the_next_page(
    client: httpx.AsyncClient,
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A commit that lands between the page's statements, whichever they are, must neither
    show in the page beyond what it bounds nor be passed over by its `next`."""
    key = (await issue_key(database, caller, ["read"])).key
    start = await _head(database, caller) - 2
    written = False

    def then_commit_one(read: Any) -> Any:
        async def reading(*args: Any, **kwargs: Any) -> Any:
            nonlocal written
            found = await read(*args, **kwargs)
            if not written:
                written = True
                await _new_input(database, caller, small_plan.plan_id, "Tussendoor")
            return found

        return reading

    for name in ("committed_head", "tenant_events_between"):
        monkeypatch.setattr(feed_store, name, then_commit_one(getattr(feed_store, name)))

    events, after = await read_to_the_end(client, key, after=start)
    assert written
    later, after = await read_to_the_end(client, key, after=after)

    assert [e["seq"] for e in events + later] == [start + 1, start + 2, start + 3]
    assert later[-1]["type"] == "input.created" and after == start + 3
