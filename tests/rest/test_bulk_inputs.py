"""Bulk sync of inputs by external id over REST: JSON or CSV as spreadsheets save it, created or
updated per row with an event each, unchanged rows leave nothing, and one bad row refuses all."""

import json

import httpx
from sqlalchemy import text

from api.store.database import Database
from tests.builders import snapshot
from tests.rest.conftest import V1, Json, new_plan
from tests.statements import counted_statements

CSV_TYPE = {"Content-Type": "text/csv; charset=utf-8"}


async def _events(database: Database, kind: str) -> int:
    async with database.unit_of_work() as uow:
        found = await uow.session.execute(
            text("SELECT count(*) FROM event WHERE type = :kind"), {"kind": kind}
        )
        return int(found.scalar_one())


async def _bulk(
    client: httpx.AsyncClient, plan: Json, headers: dict[str, str], body: bytes, kind: str
) -> httpx.Response:
    return await client.post(
        f"{V1}/plans/{plan['id']}/inputs:bulk",
        content=body,
        headers={**headers, "Content-Type": kind},
    )


def _counts(answer: httpx.Response) -> Json:
    body: Json = answer.json()
    return {name: body[name] for name in ("created", "updated", "unchanged")}


SEMICOLON_CSV = (
    "\ufeffexternal_id;text;channel;participant_type;language\r\n"
    'C-1;"Meer bomen; minder beton";workshop;citizen;nl\r\n'
    "C-2;Veilige fietspaden;survey;stakeholder;\r\n"
).encode()


async def test_a_json_array_creates_each_row_with_its_event(
    client: httpx.AsyncClient, writer: dict[str, str], database: Database
) -> None:
    plan = await new_plan(client, writer)
    rows = [
        {"external_id": "J-1", "text": "Speeltuin", "channel": "survey",
         "participant_type": "citizen"},
        {"external_id": "J-2", "text": "Bankjes", "channel": "workshop",
         "participant_type": "citizen", "submitted_at": "2024-03-01T10:00:00+01:00"},
    ]  # fmt: skip
    answer = await _bulk(client, plan, writer, json.dumps(rows).encode(), "application/json")
    assert answer.status_code == 200, answer.text
    assert _counts(answer) == {"created": 2, "updated": 0, "unchanged": 0}
    assert await _events(database, "input.created") == 2
    found = await client.get(f"{V1}/plans/{plan['id']}/inputs/by-external-id/J-2", headers=writer)
    assert found.json()["text"] == "Bankjes"


async def test_the_same_csv_twice_changes_nothing_the_second_time(
    client: httpx.AsyncClient, writer: dict[str, str], database: Database
) -> None:
    plan = await new_plan(client, writer)
    first = await _bulk(client, plan, writer, SEMICOLON_CSV, "text/csv")
    assert first.status_code == 200, first.text
    assert _counts(first) == {"created": 2, "updated": 0, "unchanged": 0}
    found = await client.get(f"{V1}/plans/{plan['id']}/inputs/by-external-id/C-1", headers=writer)
    assert found.json()["text"] == "Meer bomen; minder beton"  # BOM gone, quoted `;` kept
    before = await snapshot(database)

    again = await _bulk(client, plan, writer, SEMICOLON_CSV, "text/csv")
    assert again.status_code == 200, again.text
    assert _counts(again) == {"created": 0, "updated": 0, "unchanged": 2}
    assert await snapshot(database) == before


async def test_a_comma_csv_is_read_too(
    client: httpx.AsyncClient, writer: dict[str, str], database: Database
) -> None:
    plan = await new_plan(client, writer)
    body = b'external_id,text,channel,participant_type\nK-1,"Licht, veel licht",survey,citizen\n'
    answer = await _bulk(client, plan, writer, body, "text/csv")
    assert answer.status_code == 200, answer.text
    assert answer.json()["created"] == 1
    assert await _events(database, "input.created") == 1


async def test_one_bad_row_among_good_ones_changes_nothing_and_is_named(
    client: httpx.AsyncClient, writer: dict[str, str], database: Database
) -> None:
    plan = await new_plan(client, writer)
    before = await snapshot(database)
    body = (
        b"external_id;text;channel;participant_type\n"
        b"B-1;Goed;survey;citizen\n"
        b"B-2;Ook goed;workshop;citizen\n"
        b"B-3;Slecht kanaal;postduif;citizen\n"
        b"B-4;Weer goed;survey;citizen\n"
    )
    answer = await _bulk(client, plan, writer, body, "text/csv")
    assert answer.status_code == 422, answer.text
    assert answer.headers["Content-Type"].startswith("application/problem+json")
    assert [(e["row"], e["field"]) for e in answer.json()["errors"]] == [(4, "channel")]
    assert await snapshot(database) == before


async def test_every_bad_row_is_listed(client: httpx.AsyncClient, writer: dict[str, str]) -> None:
    plan = await new_plan(client, writer)
    rows = [
        {"external_id": "E-1", "text": "", "channel": "survey", "participant_type": "citizen"},
        {"external_id": "E-2", "text": "Goed", "channel": "survey", "participant_type": "citizen"},
        {"external_id": "E-3", "text": "Goed", "channel": "survey", "participant_type": "alien"},
        {"external_id": "E-2", "text": "Dubbel", "channel": "survey",
         "participant_type": "citizen"},
    ]  # fmt: skip
    answer = await _bulk(client, plan, writer, json.dumps(rows).encode(), "application/json")
    assert answer.status_code == 422, answer.text
    listed = [(e["row"], e["field"]) for e in answer.json()["errors"]]
    assert listed == [(1, "text"), (3, "participant_type"), (4, "external_id")]


async def test_a_row_with_a_known_external_id_updates_that_input_with_one_event(
    client: httpx.AsyncClient, writer: dict[str, str], database: Database
) -> None:
    plan = await new_plan(client, writer)
    await _bulk(client, plan, writer, SEMICOLON_CSV, "text/csv")
    changed = SEMICOLON_CSV.replace(b"Veilige fietspaden", b"Veiligere fietspaden")
    answer = await _bulk(client, plan, writer, changed, "text/csv")
    assert answer.status_code == 200, answer.text
    assert _counts(answer) == {"created": 0, "updated": 1, "unchanged": 1}
    found = await client.get(f"{V1}/plans/{plan['id']}/inputs/by-external-id/C-2", headers=writer)
    assert found.json()["text"] == "Veiligere fietspaden"
    assert await _events(database, "input.updated") == 1
    assert await _events(database, "input.created") == 2


async def test_more_than_ten_thousand_rows_are_refused(
    client: httpx.AsyncClient, writer: dict[str, str], database: Database
) -> None:
    plan = await new_plan(client, writer)
    before = await snapshot(database)
    lines = ["external_id,text,channel,participant_type"]
    lines += [f"X-{n},Idee {n},survey,citizen" for n in range(10_001)]
    answer = await _bulk(client, plan, writer, "\n".join(lines).encode(), "text/csv")
    assert answer.status_code == 422, answer.text
    assert "10000" in answer.json()["errors"][0]["message"]
    assert await snapshot(database) == before


async def test_a_row_the_database_refuses_is_named_and_the_rest_undone(
    client: httpx.AsyncClient, writer: dict[str, str], database: Database
) -> None:
    plan = await new_plan(client, writer)
    before = await snapshot(database)
    body = (
        b"external_id,text,channel,participant_type,moment_id\n"
        b"M-1,Goed,survey,citizen,\n"
        b"M-2,Onbekend moment,survey,citizen,7f8a1c4e-0000-4000-8000-000000000000\n"
    )
    answer = await _bulk(client, plan, writer, body, "text/csv")
    assert answer.status_code == 422, answer.text
    assert [(e["row"], e["field"]) for e in answer.json()["errors"]] == [(3, "moment_id")]
    assert await snapshot(database) == before


async def test_a_csv_without_the_needed_columns_is_malformed(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    plan = await new_plan(client, writer)
    answer = await _bulk(client, plan, writer, b"id;tekst\n1;Hallo\n", "text/csv")
    assert answer.status_code == 400, answer.text
    assert "external_id" in answer.json()["detail"]


async def test_new_inputs_get_receipt_codes_shown_once_and_cost_no_more_statements(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    engine = client._transport.app.state.database.engine  # type: ignore[attr-defined]

    async def cost(size: int) -> int:
        plan = await new_plan(client, writer)
        rows = [{"external_id": f"R-{size}-{n}", "text": f"Idee {n}", "channel": "survey",
                 "participant_type": "citizen"} for n in range(size)]  # fmt: skip
        # The Idempotency-Key's answer is kept; now and then (1 in 100) that also clears
        # the tenant's stale answers, a statement of its own that does not grow either.
        ignored = ("rate_window", "DELETE FROM idempotent_answer")
        with counted_statements(engine, ignoring=ignored) as seen:
            answer = await client.post(
                f"{V1}/plans/{plan['id']}/inputs:bulk", json=rows,
                headers={**writer, "Idempotency-Key": f"bulk-{size}"},
            )  # fmt: skip
        items = answer.json()["items"]
        assert [item["outcome"] for item in items] == ["created"] * size
        receipt = await client.get(f"{V1}/receipts/{items[0]['receipt_code']}")
        assert receipt.status_code == 200, receipt.text
        replayed = await client.post(
            f"{V1}/plans/{plan['id']}/inputs:bulk", json=rows,
            headers={**writer, "Idempotency-Key": f"bulk-{size}"},
        )  # fmt: skip
        assert [item["receipt_code"] for item in replayed.json()["items"]] == [None] * size
        assert [item["id"] for item in replayed.json()["items"]] == [i["id"] for i in items]
        return len(seen)

    assert await cost(2) == await cost(12)
