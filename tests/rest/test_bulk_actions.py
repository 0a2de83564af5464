"""Bulk sync of actions by external id over REST, as a project or financial system sends it
nightly: status, progress, budget and dates per row, one event per action and kind of change,
nothing for a row that changes nothing, and one bad row refuses all."""

import json

import httpx
from sqlalchemy import text

from api.store.database import Database
from tests.builders import snapshot
from tests.rest.conftest import V1, Json, created, new_plan
from tests.statements import counted_statements


async def _event_types(database: Database) -> list[str]:
    async with database.unit_of_work() as uow:
        found = await uow.session.execute(
            text("SELECT type FROM event WHERE type LIKE 'action.%' ORDER BY seq")
        )
        return list(found.scalars())


async def _plan_with_actions(
    client: httpx.AsyncClient, writer: dict[str, str], count: int, prefix: str = ""
) -> Json:
    plan = await new_plan(client, writer)
    for n in range(1, count + 1):
        await created(
            client, f"/plans/{plan['id']}/actions",
            {"code": f"A{n}", "title": f"Actie {n}", "external_id": f"{prefix}PRJ-{n}"}, writer,
        )  # fmt: skip
    return plan


async def _sync(
    client: httpx.AsyncClient, plan: Json, headers: dict[str, str], body: bytes, kind: str
) -> httpx.Response:
    return await client.post(
        f"{V1}/plans/{plan['id']}/actions:bulk", content=body,
        headers={**headers, "Content-Type": kind},
    )  # fmt: skip


NIGHTLY = (
    "\ufeffexternal_id;status;progress;budget;starts_on;ends_on\r\n"
    "PRJ-1;planned;;12.500,50;2023-01-01;2025-12-31\r\n"
    "PRJ-2;;35;;;\r\n"
    "PRJ-3;;;;;\r\n"
).encode()


async def test_a_nightly_csv_updates_each_action_with_the_events_of_its_changes(
    client: httpx.AsyncClient, writer: dict[str, str], database: Database
) -> None:
    plan = await _plan_with_actions(client, writer, 3)
    answer = await _sync(client, plan, writer, NIGHTLY, "text/csv")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["created"], body["updated"], body["unchanged"]) == (0, 2, 1)
    assert [(i["row"], i["external_id"], i["outcome"]) for i in body["items"]] == [
        (2, "PRJ-1", "updated"), (3, "PRJ-2", "updated"), (4, "PRJ-3", "unchanged"),
    ]  # fmt: skip
    base = f"{V1}/plans/{plan['id']}/actions/by-external-id"
    first = (await client.get(f"{base}/PRJ-1", headers=writer)).json()
    assert (first["status"], first["budget"]) == ("planned", "12500.50")
    assert (first["starts_on"], first["ends_on"]) == ("2023-01-01", "2025-12-31")
    assert (await client.get(f"{base}/PRJ-2", headers=writer)).json()["progress"] == 35
    assert (await _event_types(database))[3:] == [
        "action.updated", "action.status_changed", "action.progress_changed",
    ]  # fmt: skip

    before = await snapshot(database)
    again = await _sync(client, plan, writer, NIGHTLY, "text/csv")
    assert again.status_code == 200, again.text
    assert again.json()["unchanged"] == 3
    assert await snapshot(database) == before


async def test_done_means_a_hundred_percent(
    client: httpx.AsyncClient, writer: dict[str, str], database: Database
) -> None:
    plan = await _plan_with_actions(client, writer, 1)
    for status in ("planned", "in_progress"):
        row = [{"external_id": "PRJ-1", "status": status}]
        assert (await _sync(client, plan, writer, json.dumps(row).encode(), "application/json")
                ).status_code == 200  # fmt: skip
    done = [{"external_id": "PRJ-1", "status": "done", "progress": 100}]
    answer = await _sync(client, plan, writer, json.dumps(done).encode(), "application/json")
    assert answer.status_code == 200, answer.text
    found = await client.get(
        f"{V1}/plans/{plan['id']}/actions/by-external-id/PRJ-1", headers=writer
    )
    assert (found.json()["status"], found.json()["progress"]) == ("done", 100)


async def test_every_bad_row_is_named_and_nothing_changes(
    client: httpx.AsyncClient, writer: dict[str, str], database: Database
) -> None:
    plan = await _plan_with_actions(client, writer, 2)
    before = await snapshot(database)
    rows = [
        {"external_id": "PRJ-1", "progress": 40},  # good
        {"external_id": "PRJ-9", "progress": 10},  # no such action
        {"external_id": "PRJ-2", "status": "done"},  # proposed cannot become done
        {"external_id": "PRJ-1", "progress": 50},  # the same action twice
        {"external_id": "PRJ-5", "progress": 140},
        {"external_id": "PRJ-6", "budget": "veel"},
        {"external_id": "PRJ-7", "starts_on": "2024-02-30"},
        {"external_id": "PRJ-8", "starts_on": "2025-01-01", "ends_on": "2024-01-01"},
        {"external_id": "PRJ-9b", "status": "klaar"},
    ]
    answer = await _sync(client, plan, writer, json.dumps(rows).encode(), "application/json")
    assert answer.status_code == 422, answer.text
    assert answer.headers["Content-Type"].startswith("application/problem+json")
    listed = sorted((e["row"], e["field"]) for e in answer.json()["errors"])
    assert listed == [
        (4, "external_id"), (5, "progress"), (6, "budget"), (7, "starts_on"), (8, "ends_on"),
        (9, "status"),
    ]  # fmt: skip
    assert await snapshot(database) == before
    # The rows the database must be asked about are named once the others are right.
    rows = [rows[0], rows[1], rows[2]]
    answer = await _sync(client, plan, writer, json.dumps(rows).encode(), "application/json")
    assert answer.status_code == 422, answer.text
    assert [(e["row"], e["field"]) for e in answer.json()["errors"]] == [
        (2, "external_id"), (3, "status"),
    ]  # fmt: skip
    assert await snapshot(database) == before


async def test_a_sync_costs_the_same_statements_whatever_its_size(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    engine = client._transport.app.state.database.engine  # type: ignore[attr-defined]

    async def cost(size: int) -> int:
        plan = await _plan_with_actions(client, writer, size, prefix=f"S{size}-")
        wanted = {"progress": 10, "budget": "100", "status": "planned"}
        rows = [{"external_id": f"S{size}-PRJ-{n}", **wanted} for n in range(1, size + 1)]
        with counted_statements(engine, ignoring="rate_window") as seen:
            answer = await _sync(
                client, plan, writer, json.dumps(rows).encode(), "application/json"
            )
        assert answer.json()["updated"] == size
        return len(seen)

    assert await cost(2) == await cost(9)


async def test_a_misspelt_column_or_an_empty_file_is_answered_plainly(
    client: httpx.AsyncClient, writer: dict[str, str], database: Database
) -> None:
    plan = await _plan_with_actions(client, writer, 1)
    before = await snapshot(database)
    misspelt = b"external_id;progres\nPRJ-1;40\n"
    answer = await _sync(client, plan, writer, misspelt, "text/csv")
    assert answer.status_code == 400, answer.text
    assert "progres" in answer.json()["detail"] and "progress" in answer.json()["detail"]
    in_json = [{"external_id": "PRJ-1", "progres": 40}]
    answer = await _sync(client, plan, writer, json.dumps(in_json).encode(), "application/json")
    assert [(e["row"], e["field"]) for e in answer.json()["errors"]] == [(1, "progres")]
    surplus = b"external_id;progress\nPRJ-1;40;extra\n"
    answer = await _sync(client, plan, writer, surplus, "text/csv")
    assert [(e["row"], e["field"]) for e in answer.json()["errors"]] == [(2, "row")]
    unlabelled = await _sync(client, plan, writer, misspelt, "application/octet-stream")
    assert unlabelled.status_code == 400 and "text/csv" in unlabelled.json()["detail"]
    assert await snapshot(database) == before
    for empty, kind in ((b"external_id;progress\n", "text/csv"), (b"[]", "application/json")):
        answer = await _sync(client, plan, writer, empty, kind)
        assert answer.status_code == 200, answer.text
        assert answer.json()["items"] == []
    assert await snapshot(database) == before
