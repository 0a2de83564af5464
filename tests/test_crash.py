"""A crash in the middle of concurrent writes loses nothing a client was told was saved.

`spoor serve` runs in a child process. Eight workers write over HTTP, each request under a
request id of its own (which its event carries): an input with its own external id, a link from
it to a finding, a step of the worker's own action's progress. The server is killed with SIGKILL
while writes are in flight, at two moments (early, soon after it started; later, under steady
load), and started again on the same database. Then:

- every acknowledged write is there with exactly its values, and with its one event;
- a write whose answer never came is there with its event, or neither is;
- no input or link lacks its creation event, no creation event lacks its row, and each action's
  progress is what its last event says;
- creating a cut-off input again with its external id gives one input, not two;
- `spoor audit verify` finds the hash chain intact.
"""

import asyncio
import base64
import os
import sys
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from api.services import actions
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import make_small_plan
from tests.served import Server, serving
from tests.surfaces.graphql_calls import bearer, gid, issue_key

pytestmark = pytest.mark.committed  # `spoor serve` in a child process, killed and restarted

WORKERS = 8
# Acknowledged writes before each kill: early, then under steady load.
KILL_AFTER = (12, 90)
STEPS_PER_WORKER = 200  # a bound, should the kill never come
# The workers share one key, whose rate limit is not what this test is about. Fewer
# connections than workers: when the kill comes, some writes hold one and others wait for one.
SETTINGS = {"rate_limit_per_key": "1000000", "database_pool_size": "4"}

CREATE_INPUT = """
mutation Give($plan: ID!, $text: String!, $externalId: String!) {
  createInput(input: {planId: $plan, text: $text, channel: WORKSHOP, participantType: CITIZEN,
                      externalId: $externalId}) {
    __typename ... on Input { id text externalId } ... on Error { message errorCode }
  }
}"""
CREATE_LINK = """
mutation Link($source: ID!, $target: ID!, $rationale: String!) {
  createLink(input: {sourceId: $source, targetId: $target, rationale: $rationale}) {
    __typename ... on Link { id rationale } ... on Error { message errorCode }
  }
}"""
SET_PROGRESS = """
mutation Progress($action: ID!, $progress: Int!) {
  setProgress(input: {actionId: $action, progress: $progress}) {
    __typename ... on Action { id progress } ... on Error { message errorCode }
  }
}"""
# What each kind of write sends, answers with, and records.
DOCUMENTS = {"input": CREATE_INPUT, "link": CREATE_LINK, "progress": SET_PROGRESS}
ANSWERS = {"input": "Input", "link": "Link", "progress": "Action"}
EVENTS = {"input": "input.created", "link": "link.created", "progress": "action.progress_changed"}


@dataclass(frozen=True)
class Write:
    """One mutation as sent: its kind, the values it carries (as the event log names them) and
    its request id."""

    kind: str
    values: dict[str, Any]
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def variables(self) -> dict[str, Any]:
        v = self.values
        if self.kind == "input":
            return {
                "plan": gid("Plan", v["plan_id"]),
                "text": v["text"],
                "externalId": v["external_id"],
            }
        if self.kind == "link":
            return {
                "source": gid("Input", v["source_id"]),
                "target": gid("Finding", v["target_id"]),
                "rationale": v["rationale"],
            }
        return {"action": gid("Action", v["action_id"]), "progress": v["progress"]}


@dataclass
class Ledger:
    """What the clients saw: writes answered with success (and the id answered), writes whose
    answer never came (and whether they had been sent at all)."""

    acknowledged: list[tuple[Write, uuid.UUID]] = field(default_factory=list)
    cut_off: list[tuple[Write, bool]] = field(default_factory=list)
    # Set once this many writes are acknowledged: the moment to kill the server.
    kill_at: int | None = None
    time_to_kill: asyncio.Event = field(default_factory=asyncio.Event)

    def acknowledge(self, write: Write, made: uuid.UUID) -> None:
        self.acknowledged.append((write, made))
        if self.kill_at is not None and len(self.acknowledged) >= self.kill_at:
            self.time_to_kill.set()


@dataclass(frozen=True)
class Setting:
    """The tenant, its key, and what the workers write against."""

    tenant: uuid.UUID
    key: str
    plan: uuid.UUID
    finding: uuid.UUID
    actions: list[uuid.UUID]


async def test_a_killed_server_keeps_every_acknowledged_write_with_its_event(
    database_url: str, database: Database, caller: Caller
) -> None:
    setting = await prepare(database, caller)
    ledger = Ledger()
    for moment, kill_after in enumerate(KILL_AFTER):
        with serving(database_url, **SETTINGS) as server:
            if moment:  # started again after a crash
                await check_and_retry(server, setting, ledger, database)
            await write_until_killed(server, setting, ledger, moment, kill_after)
        assert any(sent for _, sent in ledger.cut_off), "no write was in flight at the kill"
    with serving(database_url, **SETTINGS) as server:
        await check_and_retry(server, setting, ledger, database)
    assert len(ledger.acknowledged) >= sum(KILL_AFTER)
    verifying = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "api", "audit", "verify"),
        env={**os.environ, "SPOOR_DATABASE_URL": database_url, "SPOOR_LOG_LEVEL": "warning"},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    said = (await asyncio.wait_for(verifying.communicate(), timeout=60))[0].decode()
    assert verifying.returncode == 0, said
    assert "intact" in said, said


async def prepare(database: Database, caller: Caller) -> Setting:
    """A plan with a finding to link inputs to and an action for each worker."""
    async with database.unit_of_work() as uow:
        small = await make_small_plan(uow, caller)
        made = [
            await actions.create_action(
                uow,
                caller,
                actions.CreateAction(plan_id=small.plan_id, code=f"A9.{n}", title=f"Actie {n}"),
            )
            for n in range(WORKERS)
        ]
        await uow.commit()
    key = (await issue_key(database, caller, ["read", "write"])).key
    return Setting(
        caller.tenant_id, key, small.plan_id, small.finding_id, [action.id for action in made]
    )


async def write_until_killed(
    server: Server, setting: Setting, ledger: Ledger, moment: int, kill_after: int
) -> None:
    """Workers write until the server is killed, which happens once `kill_after` more writes
    were acknowledged; each worker stops at its first write that gets no answer."""
    ledger.kill_at = len(ledger.acknowledged) + kill_after
    ledger.time_to_kill.clear()

    async def killer() -> None:
        async with asyncio.timeout(60):
            await ledger.time_to_kill.wait()
        server.kill()

    async def worker(number: int, http: httpx.AsyncClient) -> None:
        action = setting.actions[number]
        for step in range(STEPS_PER_WORKER):
            tag = f"{moment}.{number}.{step}"
            given = Write(
                "input",
                {"plan_id": setting.plan, "text": f"Inbreng {tag}", "external_id": f"crash-{tag}"},
            )
            made = await attempt(http, setting.key, given, ledger)
            if made is None:
                return
            linked = Write(
                "link",
                {"source_id": made, "target_id": setting.finding, "rationale": f"volgt uit {tag}"},
            )
            if await attempt(http, setting.key, linked, ledger) is None:
                return
            # Each step moves the action: consecutive values differ.
            progressed = Write("progress", {"action_id": action, "progress": step % 100 + 1})
            if await attempt(http, setting.key, progressed, ledger) is None:
                return

    client = httpx.AsyncClient(base_url=server.base, timeout=30)
    async with client as http, asyncio.TaskGroup() as group:
        group.create_task(killer())
        for number in range(WORKERS):
            group.create_task(worker(number, http))


async def attempt(
    http: httpx.AsyncClient, key: str, write: Write, ledger: Ledger
) -> uuid.UUID | None:
    """Send one write: the id it answers with, or None when no answer came."""
    headers = {**bearer(key), "X-Request-Id": write.request_id}
    body = {"query": DOCUMENTS[write.kind], "variables": write.variables()}
    try:
        response = await http.post("/graphql", json=body, headers=headers)
    except httpx.ConnectError:  # never reached a server
        ledger.cut_off.append((write, False))
        return None
    except httpx.TransportError:  # sent, and the server died before it answered
        ledger.cut_off.append((write, True))
        return None
    # Up to the kill the server is sound, so every answer it gives is a success.
    answered = response.json()
    assert response.status_code == 200 and not answered.get("errors"), response.text
    answer = next(iter(answered["data"].values()))
    assert answer["__typename"] == ANSWERS[write.kind], answer
    made = uuid.UUID(base64.b64decode(answer["id"]).decode().split(":", 1)[1])  # `Type:uuid`
    ledger.acknowledge(write, made)
    return made


async def check_and_retry(
    server: Server, setting: Setting, ledger: Ledger, database: Database
) -> None:
    """After a restart: what the crash left is durable and whole; then inputs are created again
    with their external ids, and what that made is checked too."""
    await check_durable(database, setting, ledger)
    await retry_inputs(server.base, setting, ledger, database)
    ledger.cut_off = []
    await check_durable(database, setting, ledger)


async def retry_inputs(base: str, setting: Setting, ledger: Ledger, database: Database) -> None:
    """Create inputs again with their external ids: every cut-off one (which the crash may or
    may not have let commit) and the last acknowledged ones (which surely committed). The one
    made before the crash, if any, comes back; otherwise one is made now, with its event."""
    cut_off = [write for write, _ in ledger.cut_off if write.kind == "input"]
    acknowledged = [write for write, _ in ledger.acknowledged if write.kind == "input"]
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        for write in cut_off + acknowledged[-WORKERS:]:
            external_id = write.values["external_id"]
            before = await inputs_with_external_id(database, setting, external_id)
            again = Write("input", write.values)
            retry_ledger = Ledger()
            made = await attempt(http, setting.key, again, retry_ledger)
            assert made is not None, f"the retry of {external_id} got no answer"
            after = await inputs_with_external_id(database, setting, external_id)
            assert after == [made], f"{external_id}: {after} after retrying, answered {made}"
            if before:
                assert before == [made], f"{external_id}: the retry made another input"
            else:  # made now: it is an acknowledged write like any other
                ledger.acknowledged.extend(retry_ledger.acknowledged)


async def inputs_with_external_id(
    database: Database, setting: Setting, external_id: str
) -> list[uuid.UUID]:
    async with database.unit_of_work() as uow:
        found = await uow.session.execute(
            text("SELECT id FROM node WHERE tenant_id = :tenant AND external_id = :external"),
            {"tenant": setting.tenant, "external": external_id},
        )
        return [row.id for row in found]


@dataclass(frozen=True)
class Stored:
    """The tenant's rows the workers write, and its event log, as the database holds them."""

    inputs: dict[uuid.UUID, dict[str, Any]]
    links: dict[uuid.UUID, dict[str, Any]]
    progress: dict[uuid.UUID, int]
    events: list[dict[str, Any]]


async def stored(database: Database, tenant: uuid.UUID) -> Stored:
    queries = {
        "inputs": "SELECT n.id, n.plan_id, n.external_id, i.text, i.channel, i.participant_type"
        " FROM node n JOIN input i ON i.tenant_id = n.tenant_id AND i.id = n.id"
        " WHERE n.tenant_id = :tenant",
        "links": "SELECT id, source_id, target_id, rationale FROM link WHERE tenant_id = :tenant",
        "actions": "SELECT id, progress FROM action WHERE tenant_id = :tenant",
        "events": "SELECT seq, type, subject_id, request_id, payload FROM event"
        " WHERE tenant_id = :tenant ORDER BY seq",
    }
    rows: dict[str, list[dict[str, Any]]] = {}
    async with database.unit_of_work() as uow:
        for name, query in queries.items():
            result = await uow.session.execute(text(query), {"tenant": tenant})
            rows[name] = [dict(row._mapping) for row in result]
    return Stored(
        inputs={row["id"]: row for row in rows["inputs"]},
        links={row["id"]: row for row in rows["links"]},
        progress={row["id"]: row["progress"] for row in rows["actions"]},
        events=rows["events"],
    )


async def check_durable(database: Database, setting: Setting, ledger: Ledger) -> None:
    now = await stored(database, setting.tenant)
    by_request: dict[str, list[dict[str, Any]]] = {}
    for event in now.events:
        by_request.setdefault(event["request_id"], []).append(event)

    for write, made in ledger.acknowledged:
        found = by_request.get(write.request_id, [])
        assert len(found) == 1, f"acknowledged {write} has {len(found)} events"
        assert_recorded(now, write, found[0], made)

    for write, _ in ledger.cut_off:
        found = by_request.get(write.request_id, [])
        assert len(found) <= 1, f"cut-off {write} has {len(found)} events"
        if found:  # committed before the crash: all of it
            assert_recorded(now, write, found[0], found[0]["subject_id"])
        elif write.kind == "input":  # not committed: none of it
            external_ids = {row["external_id"] for row in now.inputs.values()}
            stranded = write.values["external_id"] in external_ids
            assert not stranded, f"cut-off {write} left an input without its event"
        elif write.kind == "link":
            ends = (write.values["source_id"], write.values["target_id"])
            linked = {(row["source_id"], row["target_id"]) for row in now.links.values()}
            stranded = ends in linked
            assert not stranded, f"cut-off {write} left a link without its event"

    # No row without its creation event, no creation event without its row.
    for kind, rows in (("input", now.inputs), ("link", now.links)):
        created = Counter(e["subject_id"] for e in now.events if e["type"] == f"{kind}.created")
        without_event = set(rows) - set(created)
        assert not without_event, f"{kind}s without their creation event: {without_event}"
        without_row = set(created) - set(rows)
        assert not without_row, f"{kind} creation events without their row: {without_row}"
        assert set(created.values()) == {1}, f"an {kind} was created twice"
    # Each action's progress is what its last event says.
    last_states = {e["subject_id"]: e["payload"]["after"] for e in now.events}
    for action, progress in now.progress.items():
        logged = last_states[action]["progress"]
        assert logged == progress, f"action {action}: progress {progress}, its log says {logged}"


def assert_recorded(now: Stored, write: Write, event: dict[str, Any], made: uuid.UUID) -> None:
    """The write's event is of its kind, about what it made, with its values; and the row
    holds them."""
    assert event["type"] == EVENTS[write.kind], (write, event)
    subject = write.values.get("action_id", made)
    assert event["subject_id"] == subject == made, (write, event, made)
    after = event["payload"]["after"]
    expected = {name: str(v) if isinstance(v, uuid.UUID) else v for name, v in write.values.items()}
    expected.pop("action_id", None)
    assert {name: after[name] for name in expected} == expected, (write, after)
    if write.kind == "input":
        row = now.inputs.get(made)
        assert row is not None, f"{write} is missing"
        assert {name: row[name] for name in write.values} == write.values, (write, row)
        assert (row["channel"], row["participant_type"]) == ("workshop", "citizen"), row
    elif write.kind == "link":
        row = now.links.get(made)
        assert row is not None, f"{write} is missing"
        assert {name: row[name] for name in write.values} == write.values, (write, row)
