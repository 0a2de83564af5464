"""A frontend's two most common reads under load, each beside its floor, on the demo ×1, ×10, ×100.

The goal detail page (a goal, its action plans and their actions) and the plan's structure (every
goal, action plan and action, paged through 100 goals at a time within the cost limit). Each
scale gets a fresh database loaded once (the demo, or `bench.scaled`'s copies of it) for both
scenarios and every side. The sides, each a child process on this machine:

- Spoor as `spoor serve`, with the demo admin key, rate limits out of reach, the webhook worker
  off and the response cache off (SPOOR_RESPONSE_CACHE=off): "spoor";
- the same with the cache on: "spoor cached";
- the floor: the same answer from one hand-written SQL statement over asyncpg, returned as the
  JSON PostgreSQL built, by a bare Starlette app (`bench.floor_server`).

All three answers are checked to be equal first. Then the same load generator (`bench.load`): 8
clients at once, each on its own keep-alive connection, for a fixed time per side, the sides
taking turns by round so that the machine's noise weighs on each. A request of the plan's
structure is the whole answer: for Spoor every page of it, one after the other; for the floor one.
Reported per side: answers/s, p50, p99, CPU per answer of the server process and of PostgreSQL,
and SQL statements per answer, counted on the wire (`bench.wire`) by a twin of each side that
connects through a counting proxy, so that the timed processes run undisturbed.

Knobs: SPOOR_BENCH_READS_SCALES (default "1,10,100"; SPOOR_BENCH_COPIES, when set, is the largest)
and SPOOR_BENCH_READS_SECONDS (per side and scenario, default 9, over 3 rounds). Spoor's other
settings come from the environment, so a step's gain shows by running once with it off (say
SPOOR_COMPILED_READS=off).
"""

import asyncio
import os
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime
from typing import IO, Any

import asyncpg
import httpx
import psutil

from api.demo.loader import DEMO_ADMIN_KEY, load_demo_into
from api.store.database import plain_url
from bench import load
from bench.floor_server import floor_serving
from bench.graphql import gid
from bench.load import Sample, drive
from bench.reads_report import report
from bench.reads_scenarios import SCENARIOS, Scenario, Side, Subject, answer_of, first_difference
from bench.scaled import build
from bench.setup import fresh_databases, machine, run_alone, written
from bench.wire import StatementCounter
from tests.served import free_port, serving


def _scales() -> list[int]:
    listed = os.environ.get("SPOOR_BENCH_READS_SCALES")
    if listed:
        return [int(part) for part in listed.split(",") if part.strip()]
    largest = int(os.environ.get("SPOOR_BENCH_COPIES", "100"))
    return sorted({scale for scale in (1, 10, 100) if scale <= largest} | {largest})


SCALES = _scales()
SECONDS = float(os.environ.get("SPOOR_BENCH_READS_SECONDS", "9"))
ROUNDS = 3
WARM_UP_SECONDS = 1.0
COUNTED_ANSWERS = 10  # answers per side whose statements are counted, after two to warm up
PROCESSES = max(1, min(os.cpu_count() or 1, 4))  # loading copies is Python-bound
UNLIMITED = str(10**9)
SPOOR_SIDES = {"spoor": "off", "spoor cached": "on"}  # side → SPOOR_RESPONSE_CACHE

# The demo goal with the most actions under it (2 action plans, 7 actions), and its first copy.
BUSIEST_GOAL = """
SELECT g.code, g.id FROM node g
JOIN link gp ON gp.tenant_id = g.tenant_id AND gp.source_id = g.id
    AND gp.target_kind = 'action_plan'
JOIN link pa ON pa.tenant_id = g.tenant_id AND pa.source_id = gp.target_id
    AND pa.target_kind = 'action'
WHERE g.tenant_id = $1 AND g.plan_id = $2 AND g.kind = 'goal'
GROUP BY g.code, g.id ORDER BY count(*) DESC, g.code LIMIT 1
"""
COUNTS = """SELECT kind, count(*) FROM node WHERE tenant_id = $1 AND plan_id = $2 GROUP BY kind
UNION ALL SELECT 'link', count(*) FROM link WHERE tenant_id = $1 AND plan_id = $2"""


async def prepare(url: str, copies: int) -> Subject:
    """Load the scale's plan into the fresh database at `url`; name the goal to read."""
    started = time.perf_counter()
    if copies == 1:
        demo = await load_demo_into(url)
        tenant_id, demo_plan_id, plan_id, ok = demo.tenant_id, demo.plan_id, demo.plan_id, True
    else:
        scaled = await build(url, copies, PROCESSES)
        tenant_id, demo_plan_id, plan_id = scaled.tenant_id, scaled.demo_plan_id, scaled.plan_id
        ok = scaled.ok
    connection = await asyncpg.connect(plain_url(url))
    try:
        code, goal_id = await connection.fetchrow(BUSIEST_GOAL, tenant_id, demo_plan_id)
        if copies > 1:
            code = f"{code}-000"
            goal_id = await connection.fetchval(
                "SELECT id FROM node WHERE tenant_id = $1 AND plan_id = $2 AND code = $3",
                tenant_id,
                plan_id,
                code,
            )
        rows = await connection.fetch(COUNTS, tenant_id, plan_id)
        counts = dict(sorted((kind, count) for kind, count in rows))
        await connection.execute("VACUUM (ANALYZE)")  # as autovacuum would, but not meanwhile
    finally:
        await connection.close()
    return Subject(
        copies=copies,
        tenant_id=tenant_id,
        plan_id=plan_id,
        goal_id=goal_id,
        goal_code=code,
        counts=counts,
        load_seconds=round(time.perf_counter() - started, 1),
        ok=ok,
    )


@contextmanager
def sides(url: str, counted: bool) -> Iterator[list[Side]]:
    """The three sides on the database at `url`, in child processes; with `counted`, each
    connects through a statement counter of its own."""
    logs: list[tuple[str, IO[bytes] | None]] = []
    try:
        with ExitStack() as stack:
            yield _start_sides(stack, url, counted, logs)
    except Exception:
        # What the servers logged (they are stopped by now), to say why a request failed.
        for name, log in logs:
            if log is not None:
                print(f"{name} logged:\n{log.read().decode(errors='replace')[-4000:]}")
        raise


def _start_sides(
    stack: ExitStack, url: str, counted: bool, logs: list[tuple[str, IO[bytes] | None]]
) -> list[Side]:
    found = []
    for name, cache in (*SPOOR_SIDES.items(), ("floor", None)):
        counter = StatementCounter(url) if counted else None
        side_url = counter.start() if counter else url
        if counter:
            stack.callback(counter.stop)
        if cache is None:
            floor = stack.enter_context(floor_serving(side_url, free_port()))
            found.append(Side(name, floor.base, floor.pid, counter))
            continue
        spoor = stack.enter_context(
            serving(
                side_url,
                rate_limit_per_key=UNLIMITED,
                rate_limit_per_anonymous_client=UNLIMITED,
                worker="off",
                response_cache=cache,
            )
        )
        logs.append((f"{name} (counted)" if counted else name, spoor.process.stderr))
        found.append(Side(name, spoor.base, spoor.process.pid, counter))
    return found


def _client(side: Side) -> httpx.AsyncClient:
    """A client of the side, on a keep-alive connection of its own; Spoor's with the admin key."""
    headers = {} if side.is_floor else {"Authorization": f"Bearer {DEMO_ADMIN_KEY}"}
    return httpx.AsyncClient(base_url=side.base, headers=headers, timeout=300)


async def statements(side: Side, scenario: Scenario, subject: Subject) -> dict[str, float]:
    """SQL statements and HTTP requests per answer, counted by the side's twin."""
    assert side.counter is not None
    async with _client(side) as http:
        for _ in range(2):
            await answer_of(side, scenario, subject, http)
        before, requests = side.counter.statements, 0
        for _ in range(COUNTED_ANSWERS):
            requests += (await answer_of(side, scenario, subject, http))[1]
        counted = side.counter.statements - before
    return {
        "statements_per_request": round(counted / COUNTED_ANSWERS, 2),
        "http_requests_per_answer": round(requests / COUNTED_ANSWERS, 2),
    }


async def measure(
    scenario: Scenario,
    subject: Subject,
    timed: list[Side],
    counted: list[Side],
    postmaster: psutil.Process | None,
) -> dict[str, Any]:
    """Check the sides agree, count their statements, then load them in turns."""
    answers = {}
    for side in timed:
        async with _client(side) as http:
            answers[side.name] = (await answer_of(side, scenario, subject, http))[0]
    floor_answer = answers["floor"]
    differences = {
        name: first_difference(found, floor_answer)
        for name, found in answers.items()
        if found != floor_answer
    }
    counts = {side.name: await statements(side, scenario, subject) for side in counted}
    samples = await load_in_turns(scenario, subject, timed, postmaster)
    measured = {name: {**sample.as_json(), **counts[name]} for name, sample in samples.items()}
    floor_rate = measured["floor"]["requests_per_s"]
    for row in measured.values():
        row["of_floor"] = round(row["requests_per_s"] / floor_rate, 3)
    return {
        "scenario": scenario.name,
        "answer": scenario.summary(floor_answer),
        "answers_match": not differences,
        "differences": differences,
        "sides": measured,
    }


async def load_in_turns(
    scenario: Scenario, subject: Subject, timed: list[Side], postmaster: psutil.Process | None
) -> dict[str, Sample]:
    """Load each side in turn, a round at a time, each round in another order, after a round
    to warm up; what each side's requests took."""
    samples = {side.name: Sample() for side in timed}
    # The load generator shares the machine: what it spends is reported, to show when it, not
    # the side, is what holds the rate back.
    own_cpu = load.process_cpu(os.getpid())
    clients = {side.name: [_client(side) for _ in range(load.CLIENTS)] for side in timed}
    try:
        for number in range(-1, ROUNDS):  # round -1 warms up and is not kept
            order = timed[number % len(timed) :] + timed[: number % len(timed)]
            for side in order:
                meters = {"server": load.process_cpu(side.pid), "client": own_cpu}
                if postmaster is not None:
                    meters["postgres"] = load.postgres_cpu(postmaster)
                seconds = WARM_UP_SECONDS if number < 0 else SECONDS / ROUNDS
                into = Sample() if number < 0 else samples[side.name]
                call = scenario.load_call(side, subject)
                await drive(clients[side.name], call, seconds, meters, into)
    finally:
        for group in clients.values():
            for client in group:
                await client.aclose()
    return samples


async def measure_scale(
    url: str, subject: Subject, timed: list[Side], counted: list[Side]
) -> list[dict[str, Any]]:
    connection = await asyncpg.connect(plain_url(url))
    try:
        postmaster = await load.find_postmaster(connection)
    finally:
        await connection.close()
    results = []
    for scenario in SCENARIOS:
        row = await measure(scenario, subject, timed, counted, postmaster)
        row["cpu_of_postgres_measured"] = postmaster is not None
        results.append(row)
        print(f"  ×{subject.copies} {scenario.name}: measured", flush=True)
    return results


def run_scale(url: str, copies: int) -> dict[str, Any]:
    """Load one scale into a fresh database and measure both scenarios on it."""
    with fresh_databases(url, f"reads_x{copies}") as (database_url,):
        print(f"Loading the demo ×{copies} into a fresh database.", flush=True)
        subject = asyncio.run(prepare(database_url, copies))
        print(f"Loaded in {subject.load_seconds:.0f} s: {subject.counts}; serving.", flush=True)
        with sides(database_url, counted=False) as timed, sides(database_url, True) as counted:
            scenarios = asyncio.run(measure_scale(database_url, subject, timed, counted))
    return {
        "copies": copies,
        "counts": subject.counts,
        "load_seconds": subject.load_seconds,
        "scale_ok": subject.ok,
        "goal": subject.goal_code,
        "goal_id": gid("Goal", subject.goal_id),
        "scenarios": scenarios,
    }


def run(url: str, kind: str) -> bool:
    """Run the read benchmark on the server at `url`, write bench/results/reads.json."""
    started, began = time.perf_counter(), datetime.now(UTC)
    scales = [run_scale(url, copies) for copies in SCALES]
    answers_match = all(row["answers_match"] for scale in scales for row in scale["scenarios"])
    scale_ok = all(scale["scale_ok"] for scale in scales)
    results: dict[str, Any] = {
        "benchmark": "reads",
        "started_at": began.isoformat(),
        "seconds": round(time.perf_counter() - started, 1),
        "machine": machine(),
        "server_kind": kind,
        "config": {
            "clients": load.CLIENTS,
            "seconds_per_side": SECONDS,
            "rounds": ROUNDS,
            "warm_up_seconds": WARM_UP_SECONDS,
            "counted_answers": COUNTED_ANSWERS,
            "scales": SCALES,
        },
        "method": {
            "request": "a whole answer: for Spoor's plan structure every page of it in turn",
            "cpu": "psutil (/proc/<pid>/stat): the side's server process; PostgreSQL's"
            " postmaster, its children and its reaped children; the load generator",
            "statements": "simple Query and Execute messages a twin of the side sent through a"
            " counting proxy (bench/wire.py), BEGIN, COMMIT and pre-pings included",
        },
        "scales": scales,
        "check": {"scale_ok": scale_ok, "answers_match": answers_match},
    }
    results["check"]["ok"] = scale_ok and answers_match
    report(results)
    return written("reads", results)


def main() -> None:
    """Run the read benchmark alone on its own server."""
    run_alone(run)


if __name__ == "__main__":
    main()
