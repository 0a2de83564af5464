"""What delivering webhooks costs: 10,000 events over 10 endpoints to a receiver on loopback.

A fresh database gets one tenant with 10 plans and 10 endpoints, each asking for the
input.created events of its own plan. `spoor worker` runs in a child process, as in
production; the receiver (uvicorn, in a child process of its own) notes when each delivery
arrives. Inputs are written through the unit of work (each with its event) in two runs of
10,000 events each:

- burst: as fast as the writer can, in transactions of 100; delivered events/s is the number
  of events over the time from the first commit to the last receipt;
- paced: 1,000 events/s, in transactions of 20 every 20 ms; commit-to-receipt is the time
  from a transaction's commit returning to the arrival of each of its events, whose p50 and
  p99 are reported.

Goals: at least 1,000 events/s in the burst, and a p99 under 1 s at 1,000 events/s.
"""

import asyncio
import ipaddress
import multiprocessing
import os
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from multiprocessing.synchronize import Event as ProcessEvent
from typing import Any

import httpx
import uvicorn
from sqlalchemy import func, select

from api.services import webhooks
from api.services.caller import Caller
from api.services.plans import CreatePlan, create_plan
from api.services.tenants import create_tenant
from api.store.database import Database
from api.store.models import Event, Input, WebhookDelivery
from api.webhooks.guard import Guard, guarding_with
from bench.setup import fresh_databases, machine, run_alone, write_results
from tests.served import free_port

EVENTS = 10_000
ENDPOINTS = 10
BURST_TRANSACTION = 100
PACED_TRANSACTION = 20
PACED_RATE = 1_000  # events per second
GOAL_RATE = 1_000
WORKERS = 1
GOAL_P99_SECONDS = 1.0


def _receive(port: int, ready: ProcessEvent, arrivals: "multiprocessing.Queue[Any]") -> None:
    """The receiver's process: answer 204 to every delivery and note when it came."""
    noted: list[tuple[str, float]] = []

    async def serve() -> None:
        done = asyncio.Event()  # set by the parent's request of no event, at the end

        async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope["type"] != "http":
                return
            while (await receive()).get("more_body"):
                pass
            event_id = dict(scope["headers"])[b"webhook-id"].decode()
            noted.append((event_id, time.time()))
            await send({"type": "http.response.start", "status": 204, "headers": []})
            await send({"type": "http.response.body", "body": b""})
            if event_id == "done":
                done.set()

        config = uvicorn.Config(app, port=port, log_level="error", lifespan="off")
        receiver = uvicorn.Server(config)
        running = asyncio.create_task(receiver.serve())
        while not receiver.started:  # noqa: ASYNC110 (uvicorn offers no event to wait on)
            await asyncio.sleep(0.01)
        ready.set()
        await done.wait()
        receiver.should_exit = True
        await running

    asyncio.run(serve())
    arrivals.put(noted[:-1])


async def _prepare(url: str, receiver: str) -> tuple[Caller, list[uuid.UUID]]:
    """A tenant, 10 plans, and an endpoint per plan for its input.created events."""
    database = Database.connect(url, pool_size=1)
    try:
        async with database.unit_of_work() as uow:
            tenant = await create_tenant(uow, name="Webhookgemeente")
            caller = Caller(tenant_id=tenant.id, actor="bench")
            period = {"period_start": date(2025, 1, 1), "period_end": date(2030, 12, 31)}
            plans = [
                (await create_plan(uow, caller, CreatePlan(title=f"Plan {n}", **period))).id
                for n in range(ENDPOINTS)
            ]
            await uow.commit()
        for n, plan_id in enumerate(plans):
            async with database.unit_of_work() as uow:
                command = webhooks.CreateEndpoint(
                    url=f"{receiver}/{n}", event_types=("input.created",), plan_id=plan_id
                )
                await webhooks.create_endpoint(uow, caller, command)
                await uow.commit()
        return caller, plans
    finally:
        await database.dispose()


async def _write(
    url: str, caller: Caller, plans: list[uuid.UUID], *, per_transaction: int, every: float
) -> dict[uuid.UUID, float]:
    """EVENTS inputs (round the plans), `per_transaction` at a time, a transaction every
    `every` seconds at most; when each input's transaction was committed (time.time())."""
    committed: dict[uuid.UUID, float] = {}
    database = Database.connect(url, pool_size=1)
    start = time.perf_counter()
    try:
        for number, first in enumerate(range(0, EVENTS, per_transaction)):
            await _pause_until(start + number * every)
            now = datetime.now(UTC)
            made = [
                Input(
                    id=uuid.uuid4(),
                    tenant_id=caller.tenant_id,
                    plan_id=plans[n % ENDPOINTS],
                    text=f"Inbreng {n}",
                    channel="survey",
                    participant_type="citizen",
                    submitted_at=now,
                )
                for n in range(first, first + per_transaction)
            ]
            async with database.unit_of_work() as uow:
                await uow.add_all(made, caller=caller, event="input.created")
                await uow.commit()
            at = time.time()
            committed.update((item.id, at) for item in made)
    finally:
        await database.dispose()
    return committed


async def _pause_until(moment: float) -> None:
    left = moment - time.perf_counter()
    if left > 0:
        await asyncio.sleep(left)


async def _event_subjects(url: str) -> dict[str, uuid.UUID]:
    """Each input.created event's id (the webhook-id) and the input it is about."""
    database = Database.connect(url, pool_size=1)
    try:
        async with database.unit_of_work() as uow:
            query = select(Event.id, Event.subject_id).where(Event.type == "input.created")
            return {str(row.id): row.subject_id for row in await uow.session.execute(query)}
    finally:
        await database.dispose()


@dataclass
class Receiver:
    """The receiver's process, and what it saw once it is stopped."""

    port: int
    process: Any
    arrivals: "multiprocessing.Queue[Any]"

    @classmethod
    def start(cls, port: int) -> "Receiver":
        context = multiprocessing.get_context("spawn")
        ready, arrivals = context.Event(), context.Queue()
        process = context.Process(target=_receive, args=(port, ready, arrivals))
        process.start()
        if not ready.wait(60):
            raise RuntimeError("the receiver did not start")
        return cls(port, process, arrivals)

    def stop(self) -> list[tuple[str, float]]:
        """(webhook-id, time of arrival) of every request."""
        httpx.post(f"http://127.0.0.1:{self.port}/", headers={"webhook-id": "done"})
        noted: list[tuple[str, float]] = self.arrivals.get(timeout=60)
        self.process.join(30)
        return noted


async def _wait_until_delivered(url: str, count: int, *, within: float = 120) -> None:
    database = Database.connect(url, pool_size=1)
    query = select(func.count()).where(WebhookDelivery.status == "delivered")
    deadline = time.monotonic() + within
    try:
        while time.monotonic() < deadline:
            async with database.unit_of_work() as uow:
                if (await uow.session.scalar(query) or 0) >= count:
                    return
            await asyncio.sleep(0.1)
        raise TimeoutError(f"fewer than {count} deliveries were made within {within} s")
    finally:
        await database.dispose()


def _figures(
    committed: dict[uuid.UUID, float], noted: list[tuple[str, float]], subjects: dict[str, Any]
) -> dict[str, Any]:
    """Events/s from the first commit to the last receipt, and commit-to-receipt times."""
    arrived: dict[uuid.UUID, float] = {}
    for event_id, at in noted:
        subject = subjects.get(event_id)
        if subject in committed:
            arrived.setdefault(subject, at)
    latencies = sorted(arrived[subject] - committed[subject] for subject in arrived)
    span = max(arrived.values()) - min(committed.values())
    return {
        "events": len(committed),
        "delivered": len(arrived),
        "seconds": round(span, 2),
        "events_per_second": round(len(arrived) / span),
        "p50_ms": round(statistics.median(latencies) * 1000),
        "p99_ms": round(latencies[max(0, int(len(latencies) * 0.99) - 1)] * 1000),
    }


def run(url: str, kind: str) -> bool:
    """Run the webhook benchmark on the server at `url`, write bench/results/webhooks.json."""
    with fresh_databases(url, "webhooks") as (database_url,):
        print(
            f"Webhooks: {EVENTS:,} events over {ENDPOINTS} endpoints to a loopback receiver,"
            f" on the {kind} server, by one `spoor worker`."
        )
        port = free_port()
        loopback = Guard((ipaddress.ip_network("127.0.0.1/32"),))
        with guarding_with(loopback):
            caller, plans = asyncio.run(_prepare(database_url, f"http://127.0.0.1:{port}/hook"))
        env = {
            **os.environ,
            "SPOOR_DATABASE_URL": database_url,
            "SPOOR_WEBHOOK_ALLOW_NETWORKS": "127.0.0.1/32",
            "SPOOR_LOG_LEVEL": "warning",
        }
        receiver = Receiver.start(port)
        workers = [
            subprocess.Popen(
                [sys.executable, "-m", "api", "worker"], env=env, stdout=subprocess.DEVNULL
            )
            for _ in range(WORKERS)
        ]
        try:
            burst = asyncio.run(
                _write(database_url, caller, plans, per_transaction=BURST_TRANSACTION, every=0)
            )
            asyncio.run(_wait_until_delivered(database_url, EVENTS))
            every = PACED_TRANSACTION / PACED_RATE
            paced = asyncio.run(
                _write(database_url, caller, plans, per_transaction=PACED_TRANSACTION, every=every)
            )
            asyncio.run(_wait_until_delivered(database_url, 2 * EVENTS))
        finally:
            for worker in workers:
                worker.terminate()
            for worker in workers:
                worker.wait(30)
            noted = receiver.stop()
        subjects = asyncio.run(_event_subjects(database_url))
    results: dict[str, Any] = {
        "machine": machine(),
        "server_kind": kind,
        "endpoints": ENDPOINTS,
        "burst": _figures(burst, noted, subjects) | {"per_transaction": BURST_TRANSACTION},
        "paced": _figures(paced, noted, subjects)
        | {"per_transaction": PACED_TRANSACTION, "rate": PACED_RATE},
        "requests": len(noted),
        "goal_events_per_second": GOAL_RATE,
        "goal_p99_ms": round(GOAL_P99_SECONDS * 1000),
    }
    return _report(results)


def _report(results: dict[str, Any]) -> bool:
    path = write_results("webhooks", results)
    burst, paced = results["burst"], results["paced"]
    for name, figures in (("burst", burst), (f"paced at {PACED_RATE:,}/s", paced)):
        print(
            f"  {name:<16} {figures['events_per_second']:>6,} events/s delivered"
            f" ({figures['delivered']:,} of {figures['events']:,} in {figures['seconds']} s),"
            f" commit-to-receipt p50 {figures['p50_ms']} ms, p99 {figures['p99_ms']} ms"
        )
    print(f"  {results['requests']:,} requests for {burst['events'] + paced['events']:,} events")
    fast = burst["events_per_second"] >= GOAL_RATE
    prompt = paced["p99_ms"] < GOAL_P99_SECONDS * 1000
    print(
        f"  goal ≥ {GOAL_RATE:,} events/s: {'ok' if fast else 'BELOW GOAL'};"
        f" goal p99 < {GOAL_P99_SECONDS:g} s at {PACED_RATE:,}/s:"
        f" {'ok' if prompt else 'ABOVE GOAL'}"
    )
    print(f"  written to {path}")
    return fast and prompt


def main() -> None:
    """Run the webhook benchmark alone on its own server."""
    run_alone(run, "webhook delivery is below its goals")


if __name__ == "__main__":
    main()
