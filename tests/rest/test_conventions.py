"""The conventions every REST operation keeps: problem+json errors with the request id and the
fields at fault, ETags and If-Match, Idempotency-Key replays, and who may do what."""

import asyncio
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import text

from api.rest import writes
from api.services import keys
from api.services.caller import Caller
from api.store.database import Database
from tests.clock import MovableClock
from tests.rest.conftest import PLAN, V1, bearer, created, issue, new_plan

PROBLEM = "application/problem+json"


def assert_problem(response: httpx.Response, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body: dict[str, object] = response.json()
    assert body["status"] == status and body["title"] and body["detail"]
    assert str(body["instance"]).startswith("urn:spoor:request:")
    return body


async def test_a_refused_body_names_every_field_at_fault(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    response = await client.post(
        f"{V1}/plans",
        json={"period_start": "2022-02-30", "period_end": "2027-12-31", "colour": "red"},
        headers={**writer, "X-Request-Id": "req-42"},
    )
    body = assert_problem(response, 422)
    assert body["instance"] == "urn:spoor:request:req-42"
    fields = {error["field"] for error in body["errors"]}  # type: ignore[attr-defined]
    assert fields == {"title", "period_start", "colour"}


async def test_a_refused_command_names_its_field_as_rest_spells_it(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    response = await client.post(
        f"{V1}/plans", json={**PLAN, "period_end": "2021-01-01"}, headers=writer
    )
    body = assert_problem(response, 422)
    assert body["code"] == "validation_failed"
    assert body["type"] == "urn:spoor:problem:validation_failed"
    assert [error["field"] for error in body["errors"]] == ["period_end"]  # type: ignore[attr-defined]
    nested = await client.post(
        f"{V1}/plans",
        json={**PLAN, "phases": [{"phase": "analysis", "starts_on": "2022-03-01",
                                  "ends_on": "2022-02-01"}]},
        headers=writer,
    )  # fmt: skip
    fields = [error["field"] for error in assert_problem(nested, 422)["errors"]]  # type: ignore[attr-defined]
    assert fields == ["phases[0].ends_on"]


async def test_if_match_guards_every_change_and_a_stale_one_is_412(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    plan = await new_plan(client, writer)
    item = await created(
        client, f"/plans/{plan['id']}/goals", {"code": "SD1", "title": "Wonen"}, writer
    )
    path = f"{V1}/plans/{plan['id']}/goals/{item['id']}"
    first = await client.get(path, headers=writer)
    assert first.headers["ETag"] == '"1"'
    assert (await client.get(path, headers={**writer, "If-None-Match": '"1"'})).status_code == 304

    changed = await client.patch(
        path, json={"title": "Betaalbaar wonen"}, headers={**writer, "If-Match": '"1"'}
    )
    assert changed.status_code == 200 and changed.headers["ETag"] == '"2"'
    stale = await client.patch(
        path, json={"title": "Oud"}, headers={**writer, "If-Match": first.headers["ETag"]}
    )
    body = assert_problem(stale, 412)
    assert body["code"] == "stale_version" and body["current_version"] == 2
    assert [error["field"] for error in body["errors"]] == ["If-Match"]  # type: ignore[attr-defined]
    for garbage in ("3", '"x"', "W/"):
        assert_problem(
            await client.patch(path, json={"title": "x"}, headers={**writer, "If-Match": garbage}),
            412,
        )
    assert_problem(await client.delete(path, headers={**writer, "If-Match": '"1"'}), 412)
    assert (await client.get(path, headers=writer)).json()["title"]["nl"] == "Betaalbaar wonen"
    gone = await client.delete(path, headers={**writer, "If-Match": '"2"'})
    assert gone.status_code == 204


async def test_a_post_sent_again_with_its_key_gets_the_first_answer(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    headers = {**writer, "Idempotency-Key": "plan-2022-1"}
    first = await client.post(f"{V1}/plans", json=PLAN, headers=headers)
    # The same JSON, spelled differently, is the same request.
    again = await client.post(
        f"{V1}/plans", content=" ".join(f"{PLAN}".replace("'", '"').split()), headers={
            **headers, "Content-Type": "application/json"}
    )  # fmt: skip
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.headers["Location"] == first.headers["Location"]
    assert "Idempotent-Replayed" not in first.headers
    listed = await client.get(f"{V1}/plans", headers=writer)
    assert listed.json()["total_count"] == 1

    other = await client.post(f"{V1}/plans", json={**PLAN, "title": "Ander"}, headers=headers)
    body = assert_problem(other, 422)
    assert [error["field"] for error in body["errors"]] == ["Idempotency-Key"]  # type: ignore[attr-defined]
    assert (await client.get(f"{V1}/plans", headers=writer)).json()["total_count"] == 1


async def test_an_answer_is_replayed_for_a_day_and_shows_no_secret_again(
    client: httpx.AsyncClient, writer: dict[str, str], clock: MovableClock
) -> None:
    plan = await new_plan(client, writer)
    body = {"text": "Meer banken", "channel": "letter", "participant_type": "citizen"}
    headers = {**writer, "Idempotency-Key": "letter-7"}
    path = f"{V1}/plans/{plan['id']}/inputs"
    first = (await client.post(path, json=body, headers=headers)).json()
    assert first["receipt_code"]
    clock.advance(timedelta(hours=23))
    replayed = (await client.post(path, json=body, headers=headers)).json()
    assert replayed == {**first, "receipt_code": None}
    clock.advance(timedelta(hours=2))
    fresh = await client.post(path, json=body, headers=headers)
    assert fresh.status_code == 201 and "Idempotent-Replayed" not in fresh.headers
    assert fresh.json()["id"] != first["id"]


async def test_two_first_uses_of_a_key_change_the_trail_once(
    client: httpx.AsyncClient, writer: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # As if the second request had looked for an answer before the first one committed its
    # own: it runs the change too, and the key's row decides which one stays.
    headers = {**writer, "Idempotency-Key": "race"}
    first = await client.post(f"{V1}/plans", json=PLAN, headers=headers)
    looked_up = writes._earlier
    looks = 0

    async def late(*args: object) -> object:
        nonlocal looks
        looks += 1
        return None if looks == 1 else await looked_up(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(writes, "_earlier", late)
    second = await client.post(f"{V1}/plans", json=PLAN, headers=headers)
    assert looks == 2
    assert second.status_code == 201 and second.json() == first.json()
    assert second.headers["Idempotent-Replayed"] == "true"
    assert (await client.get(f"{V1}/plans", headers=writer)).json()["total_count"] == 1


@pytest.mark.committed
async def test_concurrent_first_uses_of_a_key_make_one_plan(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    headers = {**writer, "Idempotency-Key": "concurrent"}
    answers = await asyncio.gather(
        *(client.post(f"{V1}/plans", json=PLAN, headers=headers) for _ in range(6))
    )
    assert {answer.status_code for answer in answers} == {201}
    assert len({answer.json()["id"] for answer in answers}) == 1
    assert sum("Idempotent-Replayed" not in answer.headers for answer in answers) == 1
    assert (await client.get(f"{V1}/plans", headers=writer)).json()["total_count"] == 1


async def test_who_may_do_what(
    client: httpx.AsyncClient, database: Database, caller: Caller, writer: dict[str, str],
    reader: dict[str, str],
) -> None:  # fmt: skip
    draft = await new_plan(client, writer, title="Klad")
    published = await new_plan(client, writer, title="Gepubliceerd")
    await client.post(
        f"{V1}/plans/{published['id']}/status", json={"status": "published"}, headers=writer
    )
    made = await created(
        client, f"/plans/{published['id']}/inputs",
        {"text": "Meer groen", "channel": "workshop", "participant_type": "citizen",
         "external_id": "CASE-9"},
        writer,
    )  # fmt: skip

    # Anonymous readers read published plans, without what is personal, and nothing else.
    listed = (await client.get(f"{V1}/plans")).json()
    assert [plan["title"]["nl"] for plan in listed["items"]] == ["Gepubliceerd"]
    inputs = (await client.get(f"{V1}/plans/{published['id']}/inputs")).json()["items"]
    assert inputs[0]["text"] == "Meer groen" and inputs[0]["external_id"] is None
    external = await client.get(f"{V1}/plans/{published['id']}/inputs/by-external-id/CASE-9")
    assert_problem(external, 404)
    assert_problem(await client.get(f"{V1}/plans/{draft['id']}"), 404)
    assert_problem(await client.get(f"{V1}/plans/{draft['id']}/inputs"), 404)

    # Writing needs a key (401 without one), with the write scope (403 without it).
    anonymous = await client.post(f"{V1}/plans", json=PLAN)
    assert_problem(anonymous, 401)
    assert anonymous.headers["WWW-Authenticate"].startswith("Bearer")
    assert_problem(await client.post(f"{V1}/plans", json=PLAN, headers=reader), 403)
    assert_problem(await client.post(f"{V1}/plans", json=PLAN, headers=bearer("spk_no")), 401)
    path = f"{V1}/plans/{published['id']}/inputs/{made['id']}"
    assert_problem(await client.patch(path, json={"text": "x"}), 401)
    draft_goal = await created(
        client, f"/plans/{draft['id']}/goals", {"code": "SD1", "title": "x"}, writer
    )
    in_draft = f"{V1}/plans/{draft['id']}/goals/{draft_goal['id']}"
    assert_problem(await client.get(in_draft), 404)
    assert_problem(await client.delete(in_draft), 401)  # without a key, that comes first
    assert_problem(await client.delete(path, headers=reader), 403)

    # Another municipality's key, or a key bound to another plan, finds nothing.
    async with database.unit_of_work() as uow:
        other = await keys.create_tenant_with_admin_key(uow, name="Andere gemeente")
        await uow.commit()
    assert_problem(await client.get(f"{V1}/plans/{draft['id']}", headers=bearer(other.key)), 404)
    assert_problem(await client.get(path, headers=bearer(other.key)), 404)
    bound = bearer(await issue(database, caller, "read", "write", plan_id=draft["id"]))
    assert_problem(await client.get(path, headers=bound), 404)
    assert_problem(await client.patch(path, json={"text": "x"}, headers=bound), 404)
    assert (await client.get(path, headers=writer)).json()["text"] == "Meer groen"


async def test_municipalities_keep_their_keys_apart(
    client: httpx.AsyncClient, database: Database, writer: dict[str, str]
) -> None:
    async with database.unit_of_work() as uow:
        other = await keys.create_tenant_with_admin_key(uow, name="Andere gemeente")
        await uow.commit()
    same_key = {"Idempotency-Key": "plan-1"}
    mine = await client.post(f"{V1}/plans", json=PLAN, headers={**writer, **same_key})
    theirs = await client.post(f"{V1}/plans", json=PLAN, headers={**bearer(other.key), **same_key})
    assert mine.status_code == theirs.status_code == 201
    assert "Idempotent-Replayed" not in theirs.headers
    assert mine.json()["id"] != theirs.json()["id"]
    # Row-level security: acting for one municipality, a query without any condition sees
    # only that municipality's kept answers.
    async with database.unit_of_work(as_app=True) as uow:
        await uow.act_for(other.record.tenant_id)
        seen = await uow.session.scalar(text("SELECT count(*) FROM idempotent_answer"))
    async with database.unit_of_work() as uow:
        every = await uow.session.scalar(text("SELECT count(*) FROM idempotent_answer"))
    assert (seen, every) == (1, 2)
