"""Webhook endpoints over REST: registered with the secret shown once, changed with If-Match,
given a new secret, disabled and enabled, removed; blocked addresses refused; the attempt log
and deliveries read, and deliveries asked for again; only keys with the webhooks scope, and
only the municipality's own endpoints."""

import ipaddress
import random
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta

import httpx
import pytest

from api.services import keys
from api.services.caller import Caller
from api.store.database import Database
from api.webhooks.dispatcher import Dispatcher
from api.webhooks.guard import Guard, guarding_with
from api.webhooks.sender import Sender
from api.webhooks.worker import deliver_until_idle
from tests.builders import SmallPlan
from tests.clock import MovableClock
from tests.rest.conftest import V1, Json, bearer, issue
from tests.rest.feed_calls import read_to_the_end
from tests.webhooks.receiver import Receiver, Reply
from tests.webhooks.steps import write_inputs

HOOKS = f"{V1}/webhooks"
# As SPOOR_WEBHOOK_ALLOW_NETWORKS=127.0.0.1/32 would: a receiver on this machine is allowed.
LOOPBACK = Guard((ipaddress.ip_network("127.0.0.1/32"),))
RECEIVER = "http://127.0.0.1:9/hook"


@pytest.fixture(autouse=True)
def loopback_allowed() -> Iterator[None]:
    with guarding_with(LOOPBACK):
        yield


@pytest.fixture
async def manager(database: Database, caller: Caller) -> dict[str, str]:
    """The headers of a key with the webhooks scope only."""
    return bearer(await issue(database, caller, "webhooks"))


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    started = Receiver()
    started.start()
    yield started
    started.stop()


@pytest.fixture
async def dispatcher(database: Database) -> AsyncIterator[Dispatcher]:
    sender = Sender(LOOPBACK, connect_timeout=0.5, total_timeout=0.5)
    yield Dispatcher(database, sender, chance=random.Random(12))
    await sender.close()


async def register(client: httpx.AsyncClient, headers: dict[str, str], **body: object) -> Json:
    """A new endpoint, as the answer to its registration shows it (with its secret)."""
    response = await client.post(HOOKS, json={"url": RECEIVER, **body}, headers=headers)
    assert response.status_code == 201, response.text
    made: Json = response.json()
    assert response.headers["Location"] == f"{HOOKS}/{made['endpoint']['id']}"
    return made


async def test_the_secret_is_shown_once_and_null_in_a_replay(
    client: httpx.AsyncClient, manager: dict[str, str]
) -> None:
    headers = {**manager, "Idempotency-Key": "hook-zaaksysteem"}
    body = {"url": RECEIVER, "description": "Zaaksysteem", "event_types": ["input.*"]}
    first = await client.post(HOOKS, json=body, headers=headers)
    assert first.status_code == 201, first.text
    made = first.json()
    assert made["secret"].startswith("whsec_")
    assert made["endpoint"] | {"id": None, "created_at": None} == {
        "id": None, "url": RECEIVER, "description": "Zaaksysteem", "event_types": ["input.*"],
        "plan_id": None, "enabled": True, "disabled_reason": None, "failing_since": None,
        "secret_rotated_at": None, "created_at": None, "version": 1,
    }  # fmt: skip
    again = await client.post(HOOKS, json=body, headers=headers)
    assert again.status_code == 201 and again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == {**made, "secret": None}
    listed = (await client.get(HOOKS, headers=manager)).json()
    assert [item["id"] for item in listed["items"]] == [made["endpoint"]["id"]]
    assert made["secret"] not in str(listed)


async def test_endpoints_are_listed_a_page_at_a_time(
    client: httpx.AsyncClient, manager: dict[str, str]
) -> None:
    made = [await register(client, manager, description=f"Systeem {n}") for n in range(3)]
    first = await client.get(HOOKS, params={"limit": 2}, headers=manager)
    page = first.json()
    assert page["total_count"] == 3 and page["next"]
    assert "after=" in first.links["next"]["url"]
    second = (await client.get(first.links["next"]["url"], headers=manager)).json()
    assert second["next"] is None
    seen = [item["description"] for item in page["items"] + second["items"]]
    assert seen == [m["endpoint"]["description"] for m in made]


async def test_a_change_needs_the_version_read_and_a_stale_one_is_412(
    client: httpx.AsyncClient, manager: dict[str, str]
) -> None:
    made = await register(client, manager)
    path = f"{HOOKS}/{made['endpoint']['id']}"
    read = await client.get(path, headers=manager)
    assert read.headers["ETag"] == '"1"'
    assert (await client.get(path, headers={**manager, "If-None-Match": '"1"'})).status_code == 304
    changed = await client.patch(
        path,
        json={"description": "Zaaksysteem", "event_types": ["input.created", "link.*"]},
        headers={**manager, "If-Match": '"1"'},
    )
    assert changed.status_code == 200, changed.text
    assert changed.headers["ETag"] == '"2"'
    assert changed.json()["event_types"] == ["input.created", "link.*"]
    stale = await client.patch(
        path, json={"description": "Oud"}, headers={**manager, "If-Match": '"1"'}
    )
    assert stale.status_code == 412 and stale.json()["current_version"] == 2
    refused = await client.patch(path, json={"event_types": ["input.bogus"]}, headers=manager)
    assert refused.status_code == 422
    assert [e["field"] for e in refused.json()["errors"]] == ["event_types"]
    assert (await client.get(path, headers=manager)).json()["description"] == "Zaaksysteem"


async def test_rotate_disable_enable_and_delete(
    client: httpx.AsyncClient, manager: dict[str, str]
) -> None:
    made = await register(client, manager)
    path = f"{HOOKS}/{made['endpoint']['id']}"
    rotated = await client.post(
        f"{path}/secret:rotate", headers={**manager, "Idempotency-Key": "rotate-1"}
    )
    assert rotated.status_code == 200, rotated.text
    secret = rotated.json()["secret"]
    assert secret.startswith("whsec_") and secret != made["secret"]
    assert rotated.json()["endpoint"]["secret_rotated_at"] is not None
    replay = await client.post(
        f"{path}/secret:rotate", headers={**manager, "Idempotency-Key": "rotate-1"}
    )
    assert replay.json()["secret"] is None

    off = await client.post(f"{path}:disable", json={"reason": "onderhoud"}, headers=manager)
    assert off.status_code == 200, off.text
    assert (off.json()["enabled"], off.json()["disabled_reason"]) == (False, "onderhoud")
    on = await client.post(f"{path}:enable", headers=manager)
    assert (on.json()["enabled"], on.json()["disabled_reason"]) == (True, None)

    version = on.json()["version"]
    stale = await client.delete(path, headers={**manager, "If-Match": f'"{version - 1}"'})
    assert stale.status_code == 412
    removed = await client.delete(
        path, params={"reason": "vervangen"}, headers={**manager, "If-Match": f'"{version}"'}
    )
    assert removed.status_code == 204
    assert (await client.get(path, headers=manager)).status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.1/hook",  # a private network, though loopback is allowed
        "https://169.254.169.254/latest/meta-data/",  # a cloud's metadata service
        "https://[::ffff:127.0.0.1]/hook",  # loopback, wrapped in IPv6
        "ftp://127.0.0.1/hook",
    ],
)
async def test_a_url_that_leads_to_a_blocked_address_is_refused(
    client: httpx.AsyncClient, manager: dict[str, str], url: str
) -> None:
    refused = await client.post(HOOKS, json={"url": url}, headers=manager)
    assert refused.status_code == 422, refused.text
    assert [error["field"] for error in refused.json()["errors"]] == ["url"]
    assert (await client.get(HOOKS, headers=manager)).json()["total_count"] == 0


async def test_only_keys_with_the_webhooks_scope_manage_endpoints(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    writer: dict[str, str],
    admin: dict[str, str],
) -> None:
    made = await register(client, manager)
    path = f"{HOOKS}/{made['endpoint']['id']}"
    for method, url, body in [
        ("GET", HOOKS, None), ("POST", HOOKS, {"url": RECEIVER}), ("GET", path, None),
        ("PATCH", path, {"description": "x"}), ("POST", f"{path}:disable", None),
        ("GET", f"{path}/attempts", None), ("DELETE", path, None),
    ]:  # fmt: skip
        refused = await client.request(method, url, json=body, headers=writer)
        assert refused.status_code == 403, (method, url, refused.text)
        anonymous = await client.request(method, url, json=body)
        assert anonymous.status_code == 401, (method, url, anonymous.text)
    # An admin key carries every scope.
    assert (await client.get(path, headers=admin)).status_code == 200


async def test_another_municipalitys_endpoints_are_not_found(
    client: httpx.AsyncClient, database: Database, manager: dict[str, str]
) -> None:
    made = await register(client, manager)
    async with database.unit_of_work() as uow:
        other = await keys.create_tenant_with_admin_key(uow, name="Andere gemeente")
        await uow.commit()
    theirs = bearer(other.key)
    path = f"{HOOKS}/{made['endpoint']['id']}"
    assert (await client.get(HOOKS, headers=theirs)).json()["items"] == []
    for method, url, body in [
        ("GET", path, None), ("PATCH", path, {"description": "x"}),
        ("POST", f"{path}/secret:rotate", None), ("POST", f"{path}:disable", None),
        ("GET", f"{path}/deliveries", None),
        ("POST", f"{path}/deliveries:recover", {"since": "2024-01-01T00:00:00Z"}),
        ("DELETE", path, None),
    ]:  # fmt: skip
        answer = await client.request(method, url, json=body, headers=theirs)
        assert answer.status_code == 404, (method, url, answer.text)
    assert (await client.get(path, headers=manager)).json()["version"] == 1


async def test_each_change_is_an_event_in_the_feed_without_the_secret(
    client: httpx.AsyncClient, database: Database, caller: Caller, manager: dict[str, str]
) -> None:
    made = await register(client, manager, description="Zaaksysteem")
    path = f"{HOOKS}/{made['endpoint']['id']}"
    await client.patch(path, json={"description": "Zaaksysteem Herent"}, headers=manager)
    rotated = (await client.post(f"{path}/secret:rotate", headers=manager)).json()
    await client.post(f"{path}:disable", headers=manager)
    await client.post(f"{path}:enable", headers=manager)
    await client.delete(path, headers=manager)
    events, _ = await read_to_the_end(client, await issue(database, caller, "read"))
    about = [e for e in events if e["subject_id"] == made["endpoint"]["id"]]
    assert [e["type"] for e in about] == [
        "webhook_endpoint.created", "webhook_endpoint.updated",
        "webhook_endpoint.secret_rotated", "webhook_endpoint.disabled",
        "webhook_endpoint.enabled", "webhook_endpoint.deleted",
    ]  # fmt: skip
    assert {e["actor_id"] for e in about} == {"key system"}
    assert made["secret"] not in str(about) and rotated["secret"] not in str(about)


async def test_attempts_and_deliveries_are_read_and_asked_for_again(
    client: httpx.AsyncClient,
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    manager: dict[str, str],
    receiver: Receiver,
    dispatcher: Dispatcher,
    clock: MovableClock,
) -> None:
    made = await register(client, manager, url=receiver.url, event_types=["input.created"])
    path = f"{HOOKS}/{made['endpoint']['id']}"
    receiver.script = lambda _: Reply(500, body=b"kapot")
    first, second = await write_inputs(database, caller, small_plan.plan_id, 2)
    since = (clock() - timedelta(minutes=1)).isoformat()
    await deliver_until_idle(dispatcher)

    attempts = (await client.get(f"{path}/attempts", headers=manager)).json()
    (attempt,) = attempts["items"]
    assert attempts["next"] is None
    assert (attempt["event_seq"], attempt["number"], attempt["response_status"]) == (first, 1, 500)
    assert (attempt["error"], attempt["response_body"]) == ("status", "kapot")
    assert attempt["request_headers"]["webhook-id"] == attempt["event_id"]
    failed = await client.get(f"{path}/deliveries", params={"status": "failed"}, headers=manager)
    assert [(d["event_seq"], d["attempts"]) for d in failed.json()["items"]] == [(first, 1)]
    every = await client.get(f"{path}/deliveries", params={"limit": 1}, headers=manager)
    assert every.json()["next"] == str(first)
    rest = (await client.get(every.links["next"]["url"], headers=manager)).json()
    assert [(d["event_seq"], d["status"]) for d in rest["items"]] == [(second, "pending")]

    receiver.script = lambda _: Reply(204, body=b"")
    recovered = await client.post(
        f"{path}/deliveries:recover", json={"since": since}, headers=manager
    )
    assert recovered.status_code == 202, recovered.text
    assert recovered.json() == {"endpoint_id": made["endpoint"]["id"], "deliveries": 1}
    await deliver_until_idle(dispatcher)
    assert receiver.seqs()[-2:] == [first, second]

    event_id = attempt["event_id"]
    again = await client.post(f"{path}/deliveries/{event_id}:redeliver", headers=manager)
    assert again.status_code == 202 and again.json()["deliveries"] == 1
    await deliver_until_idle(dispatcher)
    assert receiver.seqs()[-1] == first
    newest = (await client.get(f"{path}/attempts", params={"limit": 2}, headers=manager)).json()
    assert [a["response_status"] for a in newest["items"]] == [204, 204]
    unknown = await client.post(
        f"{path}/deliveries/{made['endpoint']['id']}:redeliver", headers=manager
    )
    assert unknown.status_code == 404
    assert [e["field"] for e in unknown.json()["errors"]] == ["event_id"]
