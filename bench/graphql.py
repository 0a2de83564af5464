"""What GraphQL reads cost on a plan a hundred times the demo's size, against the SQL floor.

One fresh database gets the demo and a published plan of COPIES copies of the demo plan (see
`bench.scaled`). Three queries then run over HTTP against the application through an ASGI
client, with the demo admin key and rate limits out of the way: the nested plan query, a
backward trace from a goal, and the plan's coverage. Beside each, the floor: the same answer
from one hand-written SQL statement over plain asyncpg (see `bench.floor`). The nested query
pages through the plan's goals (50 a page, within the cost limit), so its GraphQL side is one
request per page of them. Both answers are checked to agree (`floor.comparable`); then
requests run one after the other, GraphQL and floor alternating by round so that noise of the
machine weighs on both, and requests/s, p50 and p99 are reported.
"""

import asyncio
import base64
import math
import os
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import asyncpg
import httpx
from sqlalchemy import event

from api.app import create_app
from api.demo.loader import DEMO_ADMIN_KEY
from api.http.identity import RateLimits
from api.store.database import plain_url
from bench import floor
from bench.floor import Data
from bench.graphql_report import report
from bench.scaled import ScaledPlan, build
from bench.setup import fresh_databases, machine, run_alone, written

COPIES = int(os.environ.get("SPOOR_BENCH_COPIES", "100"))
PROCESSES = max(1, min(os.cpu_count() or 1, 4))  # loading is Python-bound: one per core
WARM_UP = 3
ROUNDS = 3
SECONDS_PER_SIDE = {"graphql": 15.0, "floor": 5.0}  # per scenario, split over the rounds
REQUESTS = {"graphql": (20, 600), "floor": (30, 1500)}  # at least, at most
DEMO_REQUESTS = 10  # on the demo plan itself (×1), for how the cost grows with the plan
TRACE_DEPTH = 4
BASELINE = "{ __typename }"  # what any request costs: HTTP, gate, key, context, GraphQL
BASELINE_REQUESTS = 200

# The scaled plan has 500 goals, more than one query within the cost limit holds: the nested
# query pages through them, 50 a page (see `Reader.answer`). A goal has at most 2 action
# plans, an action plan at most 4 actions: `first: 5` holds them, and the floor's whole answer
# would show a cut.
NESTED = """query Nested($id: ID!, $after: String) { plan(id: $id) {
  goals(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { code title actionPlans(first: 5) { edges { node { code actions(first: 5) {
      edges { node {
      code status progress originatingInputs { totalCount byChannel { channel count } }
} } } } } } } } } } }"""
TRACE = """query Trace($id: ID!) {
  trace(id: $id, direction: BACKWARD, depth: 4) { kind code depth }
}"""
COVERAGE = """query Coverage($id: ID!) { plan(id: $id) { coverage {
  totalInputs reachedInputs byChannel { channel total reached } unreached { inputId decided }
  goalsAndActionsWithoutInput { code } themesAndFindingsWithoutGoal { code }
} } }"""


def gid(kind: str, node_id: uuid.UUID) -> str:
    return base64.b64encode(f"{kind}:{node_id}".encode()).decode()


def nodes(connection: Data) -> list[Data]:
    return [edge["node"] for edge in connection["edges"]]


def at(data: Data, path: tuple[str, ...]) -> Any:
    for key in path:
        data = data[key]
    return data


def summary(name: str, data: Data) -> dict[str, int]:
    """A few counts of an answer, for the report."""
    if name == "nested":
        goals = nodes(data["plan"]["goals"])
        plans = [plan for goal in goals for plan in nodes(goal["actionPlans"])]
        found = [action for plan in plans for action in nodes(plan["actions"])]
        origins = sum(a["originatingInputs"]["totalCount"] for a in found)
        return {"goals": len(goals), "action_plans": len(plans), "actions": len(found),
                "origin_counts_summed": origins}  # fmt: skip
    if name == "trace":
        return {"nodes": len(data["trace"])}
    found = data["plan"]["coverage"]
    return {
        "total_inputs": found["totalInputs"],
        "reached_inputs": found["reachedInputs"],
        "unreached": len(found["unreached"]),
        "goals_and_actions_without_input": len(found["goalsAndActionsWithoutInput"]),
        "themes_and_findings_without_goal": len(found["themesAndFindingsWithoutGoal"]),
    }


@dataclass
class Timing:
    """Latencies of requests made one after the other."""

    latencies: list[float] = field(default_factory=list)

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[max(0, math.ceil(q * len(ordered)) - 1)]

    @property
    def per_second(self) -> float:
        return len(self.latencies) / sum(self.latencies)

    def as_json(self) -> dict[str, Any]:
        return {
            "requests": len(self.latencies),
            "requests_per_s": round(self.per_second, 2),
            "p50_ms": round(self.percentile(0.50) * 1000, 2),
            "p99_ms": round(self.percentile(0.99) * 1000, 2),
            "max_ms": round(max(self.latencies) * 1000, 2),
        }


async def timed(call: Callable[[], Awaitable[Data]], count: int, into: Timing) -> None:
    for _ in range(count):
        started = time.perf_counter()
        await call()
        into.latencies.append(time.perf_counter() - started)


@dataclass
class Scenario:
    """One query and its floor (their answers are compared by `floor.comparable`)."""

    name: str
    query: str
    node: str  # the global id the query names on the scaled plan
    demo_node: str  # ... and on the demo plan
    floor: Callable[[], Awaitable[Data]]
    paged: tuple[str, ...] = ()  # the path in `data` of a connection paged through, if any


class Reader:
    """An HTTP client of the application, over ASGI, with the demo admin key."""

    def __init__(self, url: str) -> None:
        self.app = create_app(url, rates=RateLimits(per_key=10**9, per_anonymous_client=10**9))
        self.http = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=self.app),
            base_url="http://spoor.bench",
            headers={"Authorization": f"Bearer {DEMO_ADMIN_KEY}"},
            timeout=120,
        )
        self.requests = 0  # made so far

    async def data(self, query: str, variables: dict[str, Any] | None = None) -> Data:
        self.requests += 1
        response = await self.http.post(
            "/graphql", json={"query": query, "variables": variables or {}}
        )
        body = response.json()
        if response.status_code != 200 or body.get("errors"):
            raise RuntimeError(f"GraphQL answered {response.status_code}: {body.get('errors')}")
        data: Data = body["data"]
        return data

    async def answer(self, query: str, node: str, paged: tuple[str, ...] = ()) -> Data:
        """The whole answer of `query` on `node`. With `paged`, the path in `data` of a connection
        the query asks `after: $after` of: every page of it, in order, the edges joined into the
        first page's and its pageInfo dropped, as if one page held them all."""
        data = await self.data(query, {"id": node})
        if paged:
            whole = at(data, paged)
            page_info = whole.pop("pageInfo")
            while page_info["hasNextPage"]:
                variables = {"id": node, "after": page_info["endCursor"]}
                page = at(await self.data(query, variables), paged)
                whole["edges"] += page["edges"]
                page_info = page["pageInfo"]
        return data

    async def statements(self, call: Callable[[], Awaitable[Data]]) -> int:
        """How many SQL statements a call runs (the rate-limit gate's apart), on all its pages."""
        engine = self.app.state.database.engine.sync_engine
        seen: list[str] = []

        def count(*args: Any) -> None:
            if "rate_window" not in str(args[2]):
                seen.append(str(args[2]))

        event.listen(engine, "before_cursor_execute", count)
        try:
            await call()
        finally:
            event.remove(engine, "before_cursor_execute", count)
        return len(seen)

    async def close(self) -> None:
        await self.http.aclose()
        await self.app.state.database.dispose()


def share(side: str, latency: float) -> int:
    """Requests per round: the side's time budget at this latency, within its bounds."""
    least, most = REQUESTS[side]
    total = min(most, max(least, int(SECONDS_PER_SIDE[side] / max(latency, 1e-6))))
    return math.ceil(total / ROUNDS)


async def measure(scenario: Scenario, reader: Reader) -> dict[str, Any]:
    """Check that GraphQL and the floor agree, then time both, alternating by round."""

    async def graphql() -> Data:
        return await reader.answer(scenario.query, scenario.node, scenario.paged)

    async def graphql_on_demo() -> Data:
        return await reader.answer(scenario.query, scenario.demo_node, scenario.paged)

    made = reader.requests
    answer, floor_answer = await graphql(), await scenario.floor()
    requests = reader.requests - made  # per answer: more than one when it is paged through
    name = scenario.name
    matches = floor.comparable(name, answer) == floor.comparable(name, floor_answer)
    probe = {"graphql": Timing(), "floor": Timing()}
    await timed(graphql, WARM_UP, probe["graphql"])
    await timed(scenario.floor, WARM_UP, probe["floor"])
    counts = {side: share(side, probe[side].percentile(0.5)) for side in probe}
    timings = {"graphql": Timing(), "floor": Timing()}
    calls = {"graphql": graphql, "floor": scenario.floor}
    for number in range(ROUNDS):
        order = ["graphql", "floor"] if number % 2 == 0 else ["floor", "graphql"]
        for side in order:
            await timed(calls[side], counts[side], timings[side])
    demo = Timing()
    await graphql_on_demo()
    await timed(graphql_on_demo, DEMO_REQUESTS, demo)
    result = {
        "scenario": scenario.name,
        "answers_match": matches,
        "answer": summary(scenario.name, answer),
        "graphql_requests_per_answer": requests,
        "graphql": timings["graphql"].as_json(),
        "floor": timings["floor"].as_json(),
        "ratio": round(timings["floor"].per_second / timings["graphql"].per_second, 1),
        "statements_per_request": await reader.statements(graphql),
        "demo_plan_x1": {
            "graphql": demo.as_json(),
            "statements_per_request": await reader.statements(graphql_on_demo),
        },
    }
    g, f = result["graphql"], result["floor"]
    print(
        f"  {scenario.name:<9} GraphQL {g['requests_per_s']:8.2f}/s p50 {g['p50_ms']:8.1f} ms"
        f" | floor {f['requests_per_s']:8.2f}/s p50 {f['p50_ms']:7.1f} ms"
        f" | ×{result['ratio']} | answers {'agree' if matches else 'DIFFER'}"
        + (f" | {requests} GraphQL requests per answer" if requests > 1 else ""),
        flush=True,
    )
    return result


async def busiest_goal(
    connection: asyncpg.Connection, plan: ScaledPlan
) -> tuple[str, uuid.UUID, uuid.UUID]:
    """The demo goal with the most links into it, and its first copy: (code, ×1 id, ×N id)."""
    code, demo_id = await connection.fetchrow(
        """SELECT n.code, n.id FROM node n
           JOIN link l ON l.tenant_id = n.tenant_id AND l.target_id = n.id
           WHERE n.tenant_id = $1 AND n.plan_id = $2 AND n.kind = 'goal'
           GROUP BY n.code, n.id ORDER BY count(*) DESC, n.code LIMIT 1""",
        plan.tenant_id,
        plan.demo_plan_id,
    )
    copy_id = await connection.fetchval(
        "SELECT id FROM node WHERE tenant_id = $1 AND plan_id = $2 AND kind = 'goal' AND code = $3",
        plan.tenant_id,
        plan.plan_id,
        f"{code}-000",
    )
    return code, demo_id, copy_id


async def benchmark(url: str, plan: ScaledPlan) -> dict[str, Any]:
    """Measure the three scenarios on the scaled plan."""
    connection = await asyncpg.connect(plain_url(url))
    reader = Reader(url)
    try:
        settings = {
            name: await connection.fetchval(f"SHOW {name}")
            for name in ("server_version", "shared_buffers", "work_mem", "jit")
        }
        await connection.execute("VACUUM (ANALYZE)")  # as autovacuum would, but not meanwhile
        goal_code, demo_goal_id, goal_id = await busiest_goal(connection, plan)
        goal, demo_goal = gid("Goal", goal_id), gid("Goal", demo_goal_id)
        tenant, plan_id = plan.tenant_id, plan.plan_id
        plan_node, demo_plan_node = gid("Plan", plan_id), gid("Plan", plan.demo_plan_id)
        scenarios = [
            Scenario("nested", NESTED, plan_node, demo_plan_node,
                     lambda: floor.nested(connection, tenant, plan_id), paged=("plan", "goals")),
            Scenario("trace", TRACE, goal, demo_goal,
                     lambda: floor.trace(connection, tenant, goal_id, TRACE_DEPTH)),
            Scenario("coverage", COVERAGE, plan_node, demo_plan_node,
                     lambda: floor.coverage(connection, tenant, plan_id)),
        ]  # fmt: skip
        measured = [await measure(scenario, reader) for scenario in scenarios]
        baseline = Timing()
        await timed(lambda: reader.data(BASELINE), BASELINE_REQUESTS, baseline)
    finally:
        await reader.close()
        await connection.close()
    return {
        "server": settings,
        "trace_from_goal": f"{goal_code}-000",
        "scenarios": measured,
        "baseline": {"query": BASELINE, **baseline.as_json()},
    }


def run(url: str, kind: str) -> bool:
    """Run the read benchmark on the server at `url`, write bench/results/graphql.json."""
    started, began = time.perf_counter(), datetime.now(UTC)
    with fresh_databases(url, "reads") as (database_url,):
        print(f"A fresh database migrated on the {kind} server; loading the demo ×{COPIES}.")
        plan = asyncio.run(build(database_url, COPIES, PROCESSES))
        print(f"Loaded in {plan.seconds:.0f} s: {plan.counts}; measuring.", flush=True)
        measured = asyncio.run(benchmark(database_url, plan))
    answers_match = all(row["answers_match"] for row in measured["scenarios"])
    results = {
        "benchmark": "graphql",
        "started_at": began.isoformat(),
        "seconds": round(time.perf_counter() - started, 1),
        "machine": machine(),
        "server_kind": kind,
        "config": {
            "warm_up": WARM_UP,
            "rounds": ROUNDS,
            "seconds_per_side": SECONDS_PER_SIDE,
            "requests_bounds": REQUESTS,
            "demo_requests": DEMO_REQUESTS,
            "trace_depth": TRACE_DEPTH,
        },
        "scale": {
            "copies": plan.copies,
            "processes": PROCESSES,
            "load_seconds": plan.seconds,
            "counts": plan.counts,
            "expected": plan.expected,
        },
        **measured,
        "check": {
            "scale_ok": plan.ok,
            "answers_match": answers_match,
            "ok": plan.ok and answers_match,
        },
    }
    report(results)
    return written("graphql", results)


def main() -> None:
    """Run the read benchmark alone on its own server."""
    run_alone(run)


if __name__ == "__main__":
    main()
