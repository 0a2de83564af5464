"""What the hash-chained event log costs a realistic write workload.

Two fresh databases are migrated alike and given the same tenant and plan. The same use cases
then run on both, each in a unit of work of its own that is committed (like one API request):
on one database with the event log, on the other with `unit_of_work(log_events=False)`.
Rounds alternate which database goes first. Each round gives one ratio (with ÷ without, measured
back to back), and the median of those ratios is the log's cost: a machine whose speed drifts
between rounds then weighs on both sides of each ratio alike. The cost is reported with one
writer and with four writers on the one tenant, where appends queue for the tenant's head.
"""

import asyncio
import statistics
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text

from api.services.audit import verify_log
from api.store.database import Database
from api.store.models import Event, Input, Link
from bench.setup import fresh_databases, machine, run_alone, written
from bench.writes_scenarios import UPDATE_EVERY, Scenario

ROUNDS = 15
JOURNEYS_PER_ROUND = 30  # one input's way through the trail: 5 use cases, 6 with a link update
WRITERS = (1, 4)
WARM_UP_JOURNEYS = 8
MAX_COST_PERCENT = 20.0  # the goal, with the most writers (four, on one tenant)


@dataclass
class Level:
    """The rounds measured at one number of concurrent writers."""

    writers: int
    use_cases_per_round: int = 0
    rates: dict[str, list[float]] = field(default_factory=lambda: {"with": [], "without": []})
    events_written: int = 0

    def median(self, side: str) -> float:
        return statistics.median(self.rates[side])

    @property
    def ratios(self) -> list[float]:
        """Each round's with ÷ without, the two measured back to back."""
        return [w / wo for w, wo in zip(self.rates["with"], self.rates["without"], strict=True)]

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    def as_json(self) -> dict[str, Any]:
        return {
            "writers": self.writers,
            "use_cases_per_round": self.use_cases_per_round,
            "with_log_use_cases_per_s": round(self.median("with"), 1),
            "without_log_use_cases_per_s": round(self.median("without"), 1),
            "ratio": round(self.ratio, 3),
            "log_cost_percent": round((1 - self.ratio) * 100, 1),
            "events_written": self.events_written,
            "rounds": {
                "with_log": [round(r, 1) for r in self.rates["with"]],
                "without_log": [round(r, 1) for r in self.rates["without"]],
                "ratio": [round(r, 3) for r in self.ratios],
            },
        }


async def measure(logged: Scenario, unlogged: Scenario, writers: int) -> Level:
    """ROUNDS rounds at one concurrency, alternating which database goes first."""
    level = Level(writers)
    events_before = await logged.count(Event)
    for number in range(ROUNDS):
        order = [(logged, "with"), (unlogged, "without")]
        if number % 2:
            order.reverse()
        for scenario, side in order:
            use_cases, seconds = await scenario.journeys_by(writers, JOURNEYS_PER_ROUND)
            level.use_cases_per_round = use_cases
            level.rates[side].append(use_cases / seconds)
        print(
            f"  {writers} writer(s), round {number + 1}/{ROUNDS}:"
            f" with log {level.rates['with'][-1]:7.1f} use cases/s,"
            f" without {level.rates['without'][-1]:7.1f} use cases/s,"
            f" log cost {(1 - level.ratios[-1]) * 100:5.1f}%",
            flush=True,
        )
    level.events_written = await logged.count(Event) - events_before
    return level


async def check(logged: Scenario, unlogged: Scenario) -> dict[str, Any]:
    """The logged database holds one event per committed use case and its chain verifies."""
    assert logged.caller is not None
    async with logged.database.unit_of_work() as uow:
        verification = await verify_log(uow, logged.caller.tenant_id)
    events, unlogged_events = await logged.count(Event), await unlogged.count(Event)
    inputs = {"with_log": await logged.count(Input), "without_log": await unlogged.count(Input)}
    links = {"with_log": await logged.count(Link), "without_log": await unlogged.count(Link)}
    ok = (
        events == logged.committed == verification.checked
        and verification.intact
        and unlogged_events == 0
        and inputs["with_log"] == inputs["without_log"]
        and links["with_log"] == links["without_log"]
    )
    return {
        "expected_events": logged.committed,
        "events": events,
        "events_in_database_without_log": unlogged_events,
        "chain_checked": verification.checked,
        "chain_intact": verification.intact,
        "chain_break": None if verification.broken is None else str(verification.broken),
        "inputs": inputs,
        "links": links,
        "ok": ok,
    }


async def server_settings(database: Database) -> dict[str, str]:
    async with database.unit_of_work() as uow:
        names = ("server_version", "fsync", "synchronous_commit", "shared_buffers")
        return {name: str(await uow.session.scalar(text(f"SHOW {name}"))) for name in names}


async def benchmark(log_url: str, no_log_url: str) -> dict[str, Any]:
    """Set up, warm up, measure each concurrency, and check the log."""
    logged = Scenario("with log", True, Database.connect(log_url, pool_size=max(WRITERS) + 1))
    unlogged = Scenario(
        "without log", False, Database.connect(no_log_url, pool_size=max(WRITERS) + 1)
    )
    try:
        for scenario in (logged, unlogged):
            await scenario.set_up()
            await scenario.journeys_by(max(WRITERS), WARM_UP_JOURNEYS)
        levels = [await measure(logged, unlogged, writers) for writers in WRITERS]
        return {
            "server": await server_settings(logged.database),
            "levels": [level.as_json() for level in levels],
            "check": await check(logged, unlogged),
        }
    finally:
        await logged.database.dispose()
        await unlogged.database.dispose()


def report(results: dict[str, Any]) -> None:
    """Print the table, the log's cost at each number of writers, and the check."""
    print(f"\nWrite throughput, median of {ROUNDS} rounds (use cases/s);")
    print("cost: 1 - the median of the rounds' with ÷ without")
    print(
        f"{'writers':>7}  {'with log':>9}  {'without':>9}  {'ratio':>6}  {'cost':>6}  {'events':>6}"
    )
    for level in results["levels"]:
        print(
            f"{level['writers']:>7}  {level['with_log_use_cases_per_s']:>9.1f}"
            f"  {level['without_log_use_cases_per_s']:>9.1f}  {level['ratio']:>6.3f}"
            f"  {level['log_cost_percent']:>5.1f}%  {level['events_written']:>6}"
        )
    checked = results["check"]
    chain = "intact" if checked["chain_intact"] else f"BROKEN: {checked['chain_break']}"
    print(
        f"\nCheck: {checked['events']} events in the log (expected {checked['expected_events']}),"
        f" verify_log checked {checked['chain_checked']}, chain {chain};"
        f" {checked['events_in_database_without_log']} events in the database without log;"
        f" inputs {checked['inputs']['with_log']}/{checked['inputs']['without_log']},"
        f" links {checked['links']['with_log']}/{checked['links']['without_log']}:"
        f" {'OK' if checked['ok'] else 'FAILED'}"
    )
    for level in results["levels"]:
        cost, writers = level["log_cost_percent"], level["writers"]
        line = f"Log cost with {writers} writer(s) on one tenant: {cost:.1f}%"
        if writers == max(WRITERS):
            verdict = "within" if cost <= MAX_COST_PERCENT else "ABOVE"
            line += f", {verdict} the {MAX_COST_PERCENT:.0f}% goal"
        print(f"{line}.")


def run(url: str, kind: str) -> bool:
    """Run the write benchmark on the server at `url`, write bench/results/writes.json."""
    started, began = time.perf_counter(), datetime.now(UTC)
    with fresh_databases(url, "log", "nolog") as urls:
        print(f"Two fresh databases migrated on the {kind} server; measuring.", flush=True)
        results = asyncio.run(benchmark(*urls))
    results = {
        "benchmark": "writes",
        "started_at": began.isoformat(),
        "seconds": round(time.perf_counter() - started, 1),
        "machine": machine(),
        "server_kind": kind,
        "config": {
            "rounds": ROUNDS,
            "journeys_per_round": JOURNEYS_PER_ROUND,
            "update_link_every": UPDATE_EVERY,
            "writers": list(WRITERS),
            "max_cost_percent": MAX_COST_PERCENT,
        },
        **results,
        "log_cost_percent_by_writers": {
            str(level["writers"]): level["log_cost_percent"] for level in results["levels"]
        },
        "target_met": all(
            level["log_cost_percent"] <= MAX_COST_PERCENT
            for level in results["levels"]
            if level["writers"] == max(WRITERS)
        ),
    }
    report(results)
    ok = written("writes", results)
    if not ok:
        print("The write check FAILED: see above.")
    return ok


def main() -> None:
    """Run the write benchmark alone on its own server."""
    run_alone(run)


if __name__ == "__main__":
    main()
