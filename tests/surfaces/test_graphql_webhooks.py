"""Webhook endpoints in GraphQL: registered with the secret shown once, listed and read by id
or as nodes, changed with expectedVersion, given a new secret, disabled, enabled, removed;
blocked addresses refused; the attempt log and deliveries read, and deliveries asked for
again; only keys with the webhooks scope, and only the municipality's own endpoints."""

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
from tests.surfaces.graphql_calls import Json, data, gid, issue_key, post, root
from tests.surfaces.graphql_mutation_calls import mutation
from tests.webhooks.receiver import Receiver, Reply
from tests.webhooks.steps import write_inputs

# As SPOOR_WEBHOOK_ALLOW_NETWORKS=127.0.0.1/32 would: a receiver on this machine is allowed.
LOOPBACK = Guard((ipaddress.ip_network("127.0.0.1/32"),))
RECEIVER = "http://127.0.0.1:9/hook"

CREATE = mutation(
    "createWebhookEndpoint",
    ", $url: String!, $types: [String!], $plan: ID",
    "url: $url, eventTypes: $types, planId: $plan",
    "... on WebhookEndpointWithSecret { secret endpoint { id url eventTypes planId version } }",
)
UPDATE = mutation(
    "updateWebhookEndpoint",
    ", $id: ID!, $version: Int, $types: [String!]",
    'endpointId: $id, description: "Zaaksysteem", eventTypes: $types, expectedVersion: $version',
    "... on WebhookEndpoint { description eventTypes version }",
)
ROTATE = mutation(
    "rotateWebhookSecret",
    ", $id: ID!",
    "endpointId: $id",
    "... on WebhookEndpointWithSecret { secret endpoint { secretRotatedAt version } }",
)
DISABLE = mutation(
    "disableWebhookEndpoint",
    ", $id: ID!",
    "endpointId: $id",
    "... on WebhookEndpoint { enabled disabledReason }",
)
ENABLE = mutation(
    "enableWebhookEndpoint",
    ", $id: ID!",
    "endpointId: $id",
    "... on WebhookEndpoint { enabled disabledReason }",
)
DELETE = mutation(
    "deleteWebhookEndpoint", ", $id: ID!", "endpointId: $id", "... on DeletedWebhookEndpoint { id }"
)
REDELIVER = mutation(
    "redeliverWebhookEvent",
    ", $id: ID!, $event: ID!",
    "endpointId: $id, eventId: $event",
    "... on RequeuedWebhookDeliveries { endpointId count }",
    reason=False,
)
RECOVER = mutation(
    "recoverWebhookDeliveries",
    ", $id: ID!, $since: DateTime!",
    "endpointId: $id, since: $since",
    "... on RequeuedWebhookDeliveries { endpointId count }",
    reason=False,
)
ENDPOINTS = """
query Endpoints($first: Int!, $after: String) {
  webhookEndpoints(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id url description eventTypes planId enabled disabledReason
      failingSince secretRotatedAt createdAt version } }
  }
}
"""
ENDPOINT = "query One($id: ID!) { webhookEndpoint(id: $id) { id url description version } }"
NODE = "query Node($id: ID!) { node(id: $id) { __typename id ... on WebhookEndpoint { url } } }"
HISTORY = """
query History($id: ID!) { history(id: $id) { edges { node { type subjectKind subjectId } } } }
"""
LOGS = """
query Logs($id: ID!, $first: Int!, $after: String, $statuses: [DeliveryStatus!]) {
  webhookEndpoint(id: $id) {
    attempts(first: $first) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id eventId eventSeq number attemptedAt
        requestHeaders { name value } responseStatus responseBody durationMs error } }
    }
    deliveries(statuses: $statuses, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { cursor node { eventId eventSeq status attempts nextAttemptAt createdAt
        deliveredAt } }
    }
  }
}
"""


@pytest.fixture(autouse=True)
def loopback_allowed() -> Iterator[None]:
    with guarding_with(LOOPBACK):
        yield


@pytest.fixture
async def manager(database: Database, caller: Caller) -> str:
    """A key with the webhooks scope only."""
    return (await issue_key(database, caller, ["webhooks"])).key


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


async def register(
    client: httpx.AsyncClient, key: str, url: str = RECEIVER, **given: object
) -> Json:
    made: Json = await root(client, CREATE, {"url": url, **given}, key)
    assert made["__typename"] == "WebhookEndpointWithSecret", made
    return made


async def test_the_secret_is_in_the_answer_to_registration_only(
    client: httpx.AsyncClient, manager: str
) -> None:
    made = await register(client, manager, types=["input.*", "link.created"])
    assert made["secret"].startswith("whsec_")
    endpoint = made["endpoint"]
    assert (endpoint["url"], endpoint["eventTypes"], endpoint["planId"]) == (
        RECEIVER, ["input.*", "link.created"], None
    )  # fmt: skip
    listed = await data(client, ENDPOINTS, {"first": 10}, manager)
    (edge,) = listed["webhookEndpoints"]["edges"]
    assert edge["node"] | {"createdAt": None} == {
        "id": endpoint["id"], "url": RECEIVER, "description": None,
        "eventTypes": ["input.*", "link.created"], "planId": None, "enabled": True,
        "disabledReason": None, "failingSince": None, "secretRotatedAt": None,
        "createdAt": None, "version": 1,
    }  # fmt: skip
    assert made["secret"] not in str(listed)
    one = await root(client, ENDPOINT, {"id": endpoint["id"]}, manager)
    assert (one["id"], one["version"]) == (endpoint["id"], 1)
    node = await root(client, NODE, {"id": endpoint["id"]}, manager)
    assert node == {"__typename": "WebhookEndpoint", "id": endpoint["id"], "url": RECEIVER}


async def test_endpoints_page_oldest_first(client: httpx.AsyncClient, manager: str) -> None:
    made = [(await register(client, manager))["endpoint"]["id"] for _ in range(3)]
    seen, after = [], None
    while True:
        page = (await data(client, ENDPOINTS, {"first": 2, "after": after}, manager))[
            "webhookEndpoints"
        ]
        assert page["totalCount"] == 3
        seen += [edge["node"]["id"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == made


async def test_changes_rotate_disable_enable_and_delete(
    client: httpx.AsyncClient, database: Database, caller: Caller, manager: str
) -> None:
    made = await register(client, manager)
    endpoint = made["endpoint"]["id"]
    changed = await root(
        client, UPDATE, {"id": endpoint, "version": 1, "types": ["action.*"]}, manager
    )
    assert changed == {
        "__typename": "WebhookEndpoint", "description": "Zaaksysteem",
        "eventTypes": ["action.*"], "version": 2,
    }  # fmt: skip
    stale = await root(client, UPDATE, {"id": endpoint, "version": 1}, manager)
    assert (stale["__typename"], stale["errorCode"], stale["currentVersion"]) == (
        "ConflictError", "STALE_VERSION", 2
    )  # fmt: skip
    wrong = await root(client, UPDATE, {"id": endpoint, "types": ["nope.*"]}, manager)
    assert (wrong["__typename"], wrong["field"]) == ("ValidationError", "eventTypes")

    rotated = await root(client, ROTATE, {"id": endpoint}, manager)
    assert rotated["secret"].startswith("whsec_") and rotated["secret"] != made["secret"]
    assert rotated["endpoint"]["secretRotatedAt"] is not None

    off = await root(client, DISABLE, {"id": endpoint, "reason": "onderhoud"}, manager)
    assert (off["enabled"], off["disabledReason"]) == (False, "onderhoud")
    on = await root(client, ENABLE, {"id": endpoint}, manager)
    assert (on["enabled"], on["disabledReason"]) == (True, None)

    removed = await root(client, DELETE, {"id": endpoint}, manager)
    assert removed == {"__typename": "DeletedWebhookEndpoint", "id": endpoint}
    assert await root(client, NODE, {"id": endpoint}, manager) is None
    # The audit trail is the reader's: each change is in it, also once the endpoint is gone.
    reader = (await issue_key(database, caller, ["read"])).key
    history = await root(client, HISTORY, {"id": endpoint}, reader)
    events = [edge["node"] for edge in history["edges"]]
    assert [e["type"] for e in events] == [
        "WEBHOOK_ENDPOINT_DELETED", "WEBHOOK_ENDPOINT_ENABLED", "WEBHOOK_ENDPOINT_DISABLED",
        "WEBHOOK_ENDPOINT_SECRET_ROTATED", "WEBHOOK_ENDPOINT_UPDATED",
        "WEBHOOK_ENDPOINT_CREATED",
    ]  # fmt: skip
    assert {(e["subjectKind"], e["subjectId"]) for e in events} == {("WEBHOOK_ENDPOINT", endpoint)}


@pytest.mark.parametrize(
    "url", ["http://10.0.0.1/hook", "https://169.254.169.254/latest/meta-data/", "127.0.0.1"]
)
async def test_a_url_that_leads_to_a_blocked_address_is_refused(
    client: httpx.AsyncClient, manager: str, url: str
) -> None:
    refused = await root(client, CREATE, {"url": url}, manager)
    assert (refused["__typename"], refused["field"]) == ("ValidationError", "url"), refused
    listed = await data(client, ENDPOINTS, {"first": 10}, manager)
    assert listed["webhookEndpoints"]["totalCount"] == 0


async def test_only_keys_with_the_webhooks_scope_reach_endpoints(
    client: httpx.AsyncClient, database: Database, caller: Caller, manager: str
) -> None:
    endpoint = (await register(client, manager))["endpoint"]["id"]
    writer = (await issue_key(database, caller, ["read", "write"])).key
    for key in (writer, None):
        refused = await root(client, CREATE, {"url": RECEIVER}, key)
        assert refused["__typename"] == "ForbiddenError"
        for document in (DISABLE, DELETE):
            refused = await root(client, document, {"id": endpoint}, key)
            assert refused["__typename"] == "ForbiddenError"
        body = await post(client, ENDPOINTS, {"first": 10}, key)
        assert body["data"] is None and "webhooks scope" in body["errors"][0]["message"]
        assert await root(client, NODE, {"id": endpoint}, key) is None
    admin = (await issue_key(database, caller, ["admin"])).key
    assert (await root(client, ENDPOINT, {"id": endpoint}, admin))["version"] == 1


async def test_another_municipalitys_endpoints_are_not_found(
    client: httpx.AsyncClient, database: Database, manager: str
) -> None:
    endpoint = (await register(client, manager))["endpoint"]["id"]
    async with database.unit_of_work() as uow:
        other = await keys.create_tenant_with_admin_key(uow, name="Andere gemeente")
        await uow.commit()
    theirs = other.key
    for document in (ROTATE, DISABLE, DELETE):
        answer = await root(client, document, {"id": endpoint}, theirs)
        assert (answer["__typename"], answer["field"]) == ("NotFoundError", "endpointId")
    assert await root(client, NODE, {"id": endpoint}, theirs) is None
    body = await post(client, ENDPOINT, {"id": endpoint}, theirs)
    assert body["data"] is None and "no webhook endpoint" in body["errors"][0]["message"]
    listed = await data(client, ENDPOINTS, {"first": 10}, theirs)
    assert listed["webhookEndpoints"]["totalCount"] == 0


async def test_attempts_and_deliveries_are_read_and_asked_for_again(
    client: httpx.AsyncClient,
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    manager: str,
    receiver: Receiver,
    dispatcher: Dispatcher,
    clock: MovableClock,
) -> None:
    made = await register(client, manager, receiver.url, types=["input.created"])
    endpoint = made["endpoint"]["id"]
    receiver.script = lambda _: Reply(500, body=b"kapot")
    first, second = await write_inputs(database, caller, small_plan.plan_id, 2)
    since = (clock() - timedelta(minutes=1)).isoformat()
    await deliver_until_idle(dispatcher)

    logs = await root(client, LOGS, {"id": endpoint, "first": 10, "statuses": ["FAILED"]}, manager)
    (attempt,) = [edge["node"] for edge in logs["attempts"]["edges"]]
    assert logs["attempts"]["pageInfo"]["hasNextPage"] is False
    assert attempt | {"id": None, "attemptedAt": None, "durationMs": None, "eventId": None,
                      "requestHeaders": None} == {
        "id": None, "eventId": None, "eventSeq": first, "number": 1, "attemptedAt": None,
        "requestHeaders": None, "responseStatus": 500, "responseBody": "kapot",
        "durationMs": None, "error": "status",
    }  # fmt: skip
    headers = {header["name"]: header["value"] for header in attempt["requestHeaders"]}
    assert attempt["eventId"] == gid("Event", headers["webhook-id"])
    (failed,) = [edge["node"] for edge in logs["deliveries"]["edges"]]
    assert (failed["eventSeq"], failed["status"], failed["attempts"]) == (first, "FAILED", 1)
    assert failed["nextAttemptAt"] is not None and failed["deliveredAt"] is None
    page = await root(client, LOGS, {"id": endpoint, "first": 1}, manager)
    assert page["deliveries"]["pageInfo"] == {"hasNextPage": True, "endCursor": str(first)}
    after = {"id": endpoint, "first": 1, "after": str(first)}
    rest = (await root(client, LOGS, after, manager))["deliveries"]["edges"]
    assert [(e["node"]["eventSeq"], e["node"]["status"]) for e in rest] == [(second, "PENDING")]

    receiver.script = lambda _: Reply(204, body=b"")
    recovered = await root(client, RECOVER, {"id": endpoint, "since": since}, manager)
    assert recovered == {"__typename": "RequeuedWebhookDeliveries", "endpointId": endpoint,
                         "count": 1}  # fmt: skip
    await deliver_until_idle(dispatcher)
    assert receiver.seqs()[-2:] == [first, second]

    again = await root(client, REDELIVER, {"id": endpoint, "event": attempt["eventId"]}, manager)
    assert again["count"] == 1
    await deliver_until_idle(dispatcher)
    assert receiver.seqs()[-1] == first
    unknown = await root(client, REDELIVER, {"id": endpoint, "event": endpoint}, manager)
    assert (unknown["__typename"], unknown["field"]) == ("ValidationError", "eventId")
    delivered = await root(client, LOGS, {"id": endpoint, "first": 10, "statuses": ["DELIVERED"]},
                           manager)  # fmt: skip
    assert [e["node"]["eventSeq"] for e in delivered["deliveries"]["edges"]] == [first, second]
