"""What a delivery carries: the event as the REST feed shows it, signed so that the
standardwebhooks package verifies it in the receiver; only the events an endpoint asks for."""

from datetime import timedelta

import httpx
from standardwebhooks import Webhook, WebhookVerificationError

from api.services import links, webhooks
from api.services.caller import Caller
from api.services.runner import run_write
from api.store.database import Database
from api.store.models import WebhookAttempt
from api.webhooks.dispatcher import Dispatcher
from api.webhooks.guard import Guard
from api.webhooks.worker import deliver_until_idle
from tests.builders import SmallPlan, make_small_plan
from tests.clock import MovableClock
from tests.rest.feed_calls import read_to_the_end
from tests.surfaces.graphql_calls import issue_key
from tests.webhooks.receiver import Received, Receiver, Reply, Script
from tests.webhooks.steps import register, write_inputs


def verified_by(secret: str) -> Script:
    """A receiver that accepts only what verifies with the secret, as its docs tell it to."""

    def answer(request: Received) -> Reply:
        try:
            Webhook(secret).verify(request.body, request.headers)
        except WebhookVerificationError as error:
            return Reply(401, body=str(error).encode())
        return Reply(204, body=b"")

    return answer


async def test_the_receiver_verifies_the_signature_and_gets_the_event_as_the_feed_shows_it(
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    guard: Guard,
    receiver: Receiver,
    dispatcher: Dispatcher,
    client: httpx.AsyncClient,
) -> None:
    made = await register(database, caller, guard, receiver.url)
    receiver.script = verified_by(made.secret)
    seqs = await write_inputs(database, caller, small_plan.plan_id, 3)

    await deliver_until_idle(dispatcher)

    # Everything after the endpoint's creation, its own creation event included.
    assert receiver.seqs() == [seqs[0] - 1, *seqs]
    key = (await issue_key(database, caller, ["read"])).key
    shown, _ = await read_to_the_end(client, key)
    feed = {event["seq"]: event for event in shown}
    for request in receiver.received:
        sent = request.json()
        assert sent == feed[sent["seq"]]
        assert request.headers["webhook-id"] == sent["id"]
        assert request.headers["content-type"] == "application/json"
    first = receiver.received[0].json()
    assert first["type"] == "webhook_endpoint.created" and made.secret not in str(first)
    assert {request.json()["plan_id"] for request in receiver.received[1:]} == {
        str(small_plan.plan_id)
    }
    assert [attempt.response_status for attempt in await attempts(database, caller, made)] == [
        204
    ] * 4


async def test_after_a_rotation_both_secrets_sign_for_a_day(
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    guard: Guard,
    receiver: Receiver,
    dispatcher: Dispatcher,
    clock: MovableClock,
) -> None:
    made = await register(database, caller, guard, receiver.url, event_types=("input.created",))
    command = webhooks.RotateSecret(endpoint_id=made.record.id)
    rotated = await run_write(database, caller, webhooks.rotate_secret, command)
    old_secret_only = verified_by(made.secret)
    receiver.script = old_secret_only  # a receiver that has not switched yet
    await write_inputs(database, caller, small_plan.plan_id, 1)
    await deliver_until_idle(dispatcher)
    signatures = receiver.received[0].headers["webhook-signature"].split(" ")
    assert len(signatures) == 2
    assert old_secret_only(receiver.received[0]).status == 204
    assert verified_by(rotated.secret)(receiver.received[0]).status == 204

    clock.advance(timedelta(hours=24, minutes=1))
    receiver.script = lambda _: Reply()
    await write_inputs(database, caller, small_plan.plan_id, 1)
    await deliver_until_idle(dispatcher)
    late = receiver.received[1]
    signature = late.headers["webhook-signature"]
    assert " " not in signature
    at = clock().replace(microsecond=0)
    stamped = at.fromtimestamp(int(late.headers["webhook-timestamp"]), tz=at.tzinfo)
    expected = Webhook(rotated.secret).sign(late.headers["webhook-id"], stamped, late.body.decode())
    assert signature == expected


async def test_an_endpoint_gets_only_the_types_and_the_plan_it_asks_for(
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    guard: Guard,
    receiver: Receiver,
    dispatcher: Dispatcher,
) -> None:
    async with database.unit_of_work() as uow:
        other = await make_small_plan(uow, caller, title="Ander plan")
        await uow.commit()
    await register(
        database,
        caller,
        guard,
        receiver.url,
        event_types=("input.*", "link.created"),
        plan_id=small_plan.plan_id,
    )
    wanted = await write_inputs(database, caller, small_plan.plan_id, 2)
    await write_inputs(database, caller, other.plan_id, 2)
    command = links.CreateLink(source_id=small_plan.input_id, target_id=small_plan.theme_id)
    await run_write(database, caller, links.create_link, command)

    await deliver_until_idle(dispatcher)

    types = [request.json()["type"] for request in receiver.received]
    assert types == ["input.created", "input.created", "link.created"]
    assert receiver.seqs()[:2] == wanted


async def attempts(
    database: Database, caller: Caller, made: webhooks.EndpointWithSecret
) -> list[WebhookAttempt]:
    query = webhooks.AttemptQuery(endpoint_id=made.record.id)
    async with database.unit_of_work(as_app=True) as uow:
        await uow.act_for(caller.tenant_id)
        return list(reversed(await webhooks.list_attempts(uow, caller, query)))
