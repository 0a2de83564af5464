"""Retries on the Standard Webhooks schedule, with the clock the test moves: failures, a
timeout, Retry-After, 410 Gone, an endpoint failing for days, a receiver down for a while, an
address that DNS moves elsewhere; and sending again on request."""

import uuid
from datetime import timedelta

from sqlalchemy import select

from api.domain.webhooks import ATTEMPTS_KEPT, MAX_ATTEMPTS, RETRY_DELAYS, DeliveryStatus
from api.services import webhooks
from api.services.caller import Caller
from api.services.runner import run_write
from api.store.database import Database
from api.store.models import Event, WebhookAttempt
from api.webhooks.dispatcher import Dispatcher
from api.webhooks.guard import Guard
from api.webhooks.worker import clean_up, deliver_until_idle
from tests.builders import SmallPlan
from tests.clock import MovableClock
from tests.webhooks.conftest import TIMEOUT_SECONDS, Names
from tests.webhooks.receiver import Receiver, Reply, Script
from tests.webhooks.steps import deliveries_of, endpoint, past_retry, register, write_inputs

INPUTS = ("input.created",)
FIVE_SECONDS = RETRY_DELAYS[0]


def answers(*replies: Reply) -> Script:
    """A receiver script answering with these in turn, then 200 for ever."""
    queue = list(replies)
    return lambda _: queue.pop(0) if queue else Reply()


async def test_a_500_then_a_200_is_delivered_once_on_the_200(
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    guard: Guard,
    receiver: Receiver,
    dispatcher: Dispatcher,
    clock: MovableClock,
) -> None:
    made = await register(database, caller, guard, receiver.url, event_types=INPUTS)
    receiver.script = answers(Reply(500, body=b"kapot"))
    [seq] = await write_inputs(database, caller, small_plan.plan_id, 1)

    assert await deliver_until_idle(dispatcher) == 1
    [delivery] = await deliveries_of(database, made.record.id)
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.FAILED, 1)
    assert await deliver_until_idle(dispatcher) == 0  # not before its retry is due

    past_retry(clock, FIVE_SECONDS)
    assert await deliver_until_idle(dispatcher) == 1
    clock.advance(timedelta(days=2))
    assert await deliver_until_idle(dispatcher) == 0
    [delivery] = await deliveries_of(database, made.record.id)
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.DELIVERED, 2)
    assert receiver.seqs() == [seq, seq]
    logged = await attempt_log(database, caller, made)
    assert [(a.number, a.response_status, a.error) for a in logged] == [
        (1, 500, "status"),
        (2, 200, None),
    ]
    assert logged[0].response_body == "kapot"
    assert logged[0].request_headers["webhook-id"] == str(delivery.event_id)


async def test_a_timeout_is_a_failure_tried_again_on_schedule(
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    guard: Guard,
    receiver: Receiver,
    dispatcher: Dispatcher,
    clock: MovableClock,
) -> None:
    made = await register(database, caller, guard, receiver.url, event_types=INPUTS)
    receiver.script = answers(Reply(delay=TIMEOUT_SECONDS * 3))
    await write_inputs(database, caller, small_plan.plan_id, 1)
    tried_at = clock()

    await deliver_until_idle(dispatcher)

    [delivery] = await deliveries_of(database, made.record.id)
    assert delivery.status == DeliveryStatus.FAILED
    wait = delivery.next_attempt_at - tried_at
    assert FIVE_SECONDS * 0.8 - timedelta(seconds=1) <= wait <= FIVE_SECONDS * 1.2
    [attempt] = await attempt_log(database, caller, made)
    assert (attempt.error, attempt.response_status) == ("timeout", None)
    past_retry(clock, FIVE_SECONDS)
    await deliver_until_idle(dispatcher)
    assert (await deliveries_of(database, made.record.id))[0].status == DeliveryStatus.DELIVERED


async def test_a_429_with_retry_after_waits_as_long_as_asked(
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    guard: Guard,
    receiver: Receiver,
    dispatcher: Dispatcher,
    clock: MovableClock,
) -> None:
    made = await register(database, caller, guard, receiver.url, event_types=INPUTS)
    pause = Reply(429, headers={"Retry-After": "600"})
    receiver.script = answers(pause)
    await write_inputs(database, caller, small_plan.plan_id, 1)

    await deliver_until_idle(dispatcher)
    past_retry(clock, FIVE_SECONDS)  # the schedule's wait is not the receiver's
    assert await deliver_until_idle(dispatcher) == 0
    clock.advance(timedelta(seconds=600))
    assert await deliver_until_idle(dispatcher) == 1
    assert len(receiver.received) == 2
    assert (await deliveries_of(database, made.record.id))[0].status == DeliveryStatus.DELIVERED


async def test_a_410_disables_the_endpoint_with_an_event(
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    guard: Guard,
    receiver: Receiver,
    dispatcher: Dispatcher,
    clock: MovableClock,
) -> None:
    made = await register(database, caller, guard, receiver.url, event_types=INPUTS)
    receiver.script = lambda _: Reply(410)
    await write_inputs(database, caller, small_plan.plan_id, 2)

    await deliver_until_idle(dispatcher)
    clock.advance(timedelta(days=1))
    await write_inputs(database, caller, small_plan.plan_id, 1)
    await deliver_until_idle(dispatcher)

    assert len(receiver.received) == 1  # nothing after the 410
    disabled = await endpoint(database, made.record.id)
    assert not disabled.enabled
    assert disabled.disabled_reason == "the receiver answered 410 Gone"
    events = await webhook_events(database, made)
    assert events[-1] == ("webhook_endpoint.disabled", "spoor webhooks")


async def test_an_endpoint_failing_for_five_days_is_disabled(
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    guard: Guard,
    receiver: Receiver,
    dispatcher: Dispatcher,
    clock: MovableClock,
) -> None:
    made = await register(database, caller, guard, receiver.url, event_types=INPUTS)
    receiver.script = lambda _: Reply(500)
    for day in range(6):
        await write_inputs(database, caller, small_plan.plan_id, 1, start=day)
        await deliver_until_idle(dispatcher)
        assert (await endpoint(database, made.record.id)).enabled == (day < 5), day
        clock.advance(timedelta(days=1))
    assert (await endpoint(database, made.record.id)).disabled_reason == (
        "every delivery failed for 5 days"
    )


async def test_a_receiver_down_for_a_while_then_back_gets_every_event_in_order(
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    guard: Guard,
    receiver: Receiver,
    dispatcher: Dispatcher,
    clock: MovableClock,
) -> None:
    made = await register(database, caller, guard, receiver.url, event_types=INPUTS)
    receiver.stop()
    seqs = await write_inputs(database, caller, small_plan.plan_id, 20)
    for step in RETRY_DELAYS[:3]:  # down for the first 3 attempts
        assert await deliver_until_idle(dispatcher) == 1  # only the first is tried
        past_retry(clock, step)
    receiver.start()

    await deliver_until_idle(dispatcher)

    assert receiver.seqs() == seqs
    logged = await attempt_log(database, caller, made)
    assert [a.error for a in logged[:4]] == ["connect_error"] * 3 + [None]
    assert len(logged) == 3 + len(seqs)
    statuses = {d.status for d in await deliveries_of(database, made.record.id)}
    assert statuses == {DeliveryStatus.DELIVERED}


async def test_an_address_that_dns_moves_is_refused_at_delivery(
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    guard: Guard,
    names: Names,
    receiver: Receiver,
    dispatcher: Dispatcher,
    clock: MovableClock,
) -> None:
    made = await register(
        database, caller, guard, receiver.url_for("hooks.test"), event_types=INPUTS
    )
    names.addresses["hooks.test"] = ["10.20.30.40"]  # rebound to the internal network
    [seq] = await write_inputs(database, caller, small_plan.plan_id, 1)

    await deliver_until_idle(dispatcher)
    assert receiver.received == []
    [attempt] = await attempt_log(database, caller, made)
    assert (attempt.error, attempt.response_status) == ("refused_address", None)

    names.addresses["hooks.test"] = ["127.0.0.1"]
    past_retry(clock, FIVE_SECONDS)
    await deliver_until_idle(dispatcher)
    assert receiver.seqs() == [seq]


async def test_one_event_can_be_sent_again_and_every_failure_since_a_moment(
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    guard: Guard,
    receiver: Receiver,
    dispatcher: Dispatcher,
    clock: MovableClock,
) -> None:
    made = await register(database, caller, guard, receiver.url, event_types=INPUTS)
    endpoint_id = made.record.id
    [delivered] = await write_inputs(database, caller, small_plan.plan_id, 1)
    await deliver_until_idle(dispatcher)
    since = clock()
    receiver.script = lambda _: Reply(503)
    failing = await write_inputs(database, caller, small_plan.plan_id, 2, start=1)
    for step in RETRY_DELAYS * 2:  # the second is tried once the first is dead
        await deliver_until_idle(dispatcher)
        past_retry(clock, step)
    await deliver_until_idle(dispatcher)
    dead = [d for d in await deliveries_of(database, endpoint_id) if d.event_seq in failing]
    assert [(d.status, d.attempts) for d in dead] == [
        (DeliveryStatus.DEAD, MAX_ATTEMPTS),
        (DeliveryStatus.DEAD, MAX_ATTEMPTS),
    ]
    receiver.script = lambda _: Reply()
    receiver.received.clear()

    recover = webhooks.RecoverFailed(endpoint_id=endpoint_id, since=since)
    assert (await run_write(database, caller, webhooks.recover_failed, recover)).deliveries == 2
    await deliver_until_idle(dispatcher)
    assert receiver.seqs() == failing

    first = await event_id_of(database, endpoint_id, delivered)
    again = webhooks.Redeliver(endpoint_id=endpoint_id, event_id=first)
    await run_write(database, caller, webhooks.redeliver, again)
    await deliver_until_idle(dispatcher)
    assert receiver.seqs() == [*failing, delivered]
    assert receiver.received[-1].headers["webhook-id"] == str(first)


async def attempt_log(
    database: Database, caller: Caller, made: webhooks.EndpointWithSecret
) -> list[WebhookAttempt]:
    """The endpoint's attempts, oldest first, as a client reads them."""
    query = webhooks.AttemptQuery(endpoint_id=made.record.id, first=100)
    async with database.unit_of_work(as_app=True) as uow:
        await uow.act_for(caller.tenant_id)
        return list(reversed(await webhooks.list_attempts(uow, caller, query)))


async def webhook_events(
    database: Database, made: webhooks.EndpointWithSecret
) -> list[tuple[str, str]]:
    async with database.unit_of_work() as uow:
        query = select(Event.type, Event.actor_id).where(Event.subject_id == made.record.id)
        return [(row.type, row.actor_id) for row in await uow.session.execute(query)]


async def event_id_of(database: Database, endpoint_id: uuid.UUID, seq: int) -> uuid.UUID:
    [found] = [d for d in await deliveries_of(database, endpoint_id) if d.event_seq == seq]
    return found.event_id


async def test_the_attempt_log_keeps_20_kb_of_an_answer_for_90_days(
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    guard: Guard,
    receiver: Receiver,
    dispatcher: Dispatcher,
    clock: MovableClock,
) -> None:
    made = await register(database, caller, guard, receiver.url, event_types=INPUTS)
    receiver.script = lambda _: Reply(500, body=b"x" * 30_000)
    await write_inputs(database, caller, small_plan.plan_id, 1)
    await deliver_until_idle(dispatcher)
    [attempt] = await attempt_log(database, caller, made)
    assert attempt.response_body == "x" * 20_000
    assert attempt.duration_ms >= 0
    assert set(attempt.request_headers) >= {"webhook-id", "webhook-timestamp", "webhook-signature"}

    await clean_up(dispatcher.connections, before=clock() - ATTEMPTS_KEPT)
    assert len(await attempt_log(database, caller, made)) == 1
    clock.advance(ATTEMPTS_KEPT + timedelta(minutes=1))
    await clean_up(dispatcher.connections, before=clock() - ATTEMPTS_KEPT)
    assert await attempt_log(database, caller, made) == []
