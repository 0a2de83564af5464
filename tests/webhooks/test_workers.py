"""Workers running for real against a committed database: two at once never send an event
twice, a notification wakes a worker without waiting for its poll, a `spoor worker` killed
with SIGKILL mid-delivery, then started again, loses nothing, and `spoor serve` runs one."""

import asyncio
import os
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from api.services.caller import Caller
from api.store.database import Database
from api.webhooks.guard import Guard
from api.webhooks.sender import Sender
from api.webhooks.worker import Worker
from tests.builders import SmallPlan
from tests.clock import MovableClock
from tests.served import serving
from tests.webhooks.receiver import Receiver, Reply
from tests.webhooks.steps import deliveries_of, register, write_inputs

pytestmark = pytest.mark.committed  # several workers, each with connections of its own

INPUTS = ("input.created",)


def a_worker(url: str, guard: Guard, clock: MovableClock, **options: float) -> Worker:
    """An in-process worker with a pool of its own, as `spoor worker` makes one."""
    return Worker(
        Database.connect(url, pool_size=3, clock=clock),
        url=url,
        guard=guard,
        sender=Sender(guard, total_timeout=5),
        owns_database=True,
        **options,  # type: ignore[arg-type]
    )


def received_by_endpoint(receiver: Receiver) -> dict[str, list[int]]:
    found: dict[str, list[int]] = defaultdict(list)
    for request in receiver.received:
        found[request.path].append(request.seq)
    return found


async def test_two_workers_at_once_never_deliver_an_event_twice(
    database_url: str,
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    guard: Guard,
    receiver: Receiver,
    clock: MovableClock,
) -> None:
    receiver.script = lambda _: Reply(delay=0.002)
    for n in range(4):
        await register(database, caller, guard, f"{receiver.url}/{n}", event_types=INPUTS)
    # Two endpoints at a time each: neither worker can take all four.
    workers = [a_worker(database_url, guard, clock, in_flight=2) for _ in range(2)]
    running = [asyncio.create_task(worker.run()) for worker in workers]
    while any(worker.dispatcher.session_pid is None for worker in workers):  # noqa: ASYNC110
        await asyncio.sleep(0.01)
    seqs: list[int] = []
    for batch in range(8):
        seqs += await write_inputs(database, caller, small_plan.plan_id, 25, start=batch * 25)
    await receiver.wait_for(4 * len(seqs), within=30)
    await asyncio.sleep(0.5)  # a second sending of anything would arrive meanwhile
    for worker in workers:
        worker.stop()
    await asyncio.gather(*running)

    by_endpoint = received_by_endpoint(receiver)
    assert sorted(by_endpoint) == [f"/hook/{n}" for n in range(4)]
    for path, got in by_endpoint.items():
        assert got == seqs, path  # each once, in order
    assert all(worker.dispatcher.attempts_made > 0 for worker in workers)


async def test_a_worker_wakes_on_a_notification_before_its_poll(
    database_url: str,
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    guard: Guard,
    receiver: Receiver,
    clock: MovableClock,
) -> None:
    await register(database, caller, guard, receiver.url, event_types=INPUTS)
    worker = a_worker(database_url, guard, clock, poll_interval=60)
    running = asyncio.create_task(worker.run())
    while worker.dispatcher.session_pid is None:  # noqa: ASYNC110 (nothing to wait on)
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.5)  # past its first pass: now it waits, for a minute at most
    started = time.monotonic()
    [seq] = await write_inputs(database, caller, small_plan.plan_id, 1)
    await receiver.wait_for(1, within=10)
    took = time.monotonic() - started
    worker.stop()
    await running
    assert receiver.seqs() == [seq]
    assert took < 5, f"delivered after {took:.1f} s: the notification did not wake the worker"


@contextmanager
def spoor_worker(database_url: str) -> Iterator[subprocess.Popen[bytes]]:
    """`spoor worker` in a child process, allowed to reach the loopback receiver."""
    env = {
        **os.environ,
        "SPOOR_DATABASE_URL": database_url,
        "SPOOR_WEBHOOK_ALLOW_NETWORKS": "127.0.0.1/32",
        "SPOOR_LOG_LEVEL": "warning",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "api", "worker"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.terminate()
        process.wait(timeout=30)


async def test_a_worker_killed_mid_delivery_then_restarted_loses_no_event(
    database_url: str,
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    guard: Guard,
    receiver: Receiver,
) -> None:
    receiver.script = lambda _: Reply(delay=0.004)
    made = [
        await register(database, caller, guard, f"{receiver.url}/{n}", event_types=INPUTS)
        for n in range(2)
    ]
    seqs = await write_inputs(database, caller, small_plan.plan_id, 300)

    with spoor_worker(database_url) as first:
        await receiver.wait_for(80, within=60)
        first.kill()  # SIGKILL: nothing recorded after this moment, no lease let go
        first.wait(timeout=10)
    cut_off_at = len(receiver.received)
    assert cut_off_at < 2 * len(seqs), "the worker finished before it was killed"

    with spoor_worker(database_url):
        deadline = time.monotonic() + 60
        while not all(set(seqs) <= set(got) for got in _got(receiver, 2)):
            assert time.monotonic() < deadline, f"{len(receiver.received)} requests arrived"
            await asyncio.sleep(0.05)

    for path, got in received_by_endpoint(receiver).items():
        first_arrivals = list(dict.fromkeys(got))
        assert first_arrivals == seqs, path  # every event, first sent in order
    for endpoint in made:
        statuses = {d.status for d in await deliveries_of(database, endpoint.record.id)}
        assert statuses == {"delivered"}


def _got(receiver: Receiver, endpoints: int) -> list[list[int]]:
    by_endpoint = received_by_endpoint(receiver)
    return [by_endpoint.get(f"/hook/{n}", []) for n in range(endpoints)]


async def test_spoor_serve_delivers_webhooks_from_its_own_process(
    database_url: str,
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    guard: Guard,
    receiver: Receiver,
) -> None:
    await register(database, caller, guard, receiver.url, event_types=INPUTS)
    with serving(database_url, webhook_allow_networks="127.0.0.1/32"):
        seqs = await write_inputs(database, caller, small_plan.plan_id, 3)
        await receiver.wait_for(3, within=30)
    assert receiver.seqs() == seqs
