"""Load as frontends make it, and what it costs: clients at once, each on a keep-alive connection
of its own, for a fixed time; the CPU the server process and PostgreSQL spent meanwhile.

CPU is read from the operating system (psutil: /proc/<pid>/stat on Linux), for the server's
process and for PostgreSQL apart. PostgreSQL is its postmaster and every process under it
(backends, autovacuum, the writers); a backend that ended meanwhile still counts, as the
postmaster's reaped children. Only one side is loaded at a time, so what PostgreSQL spent in a
window is that side's; nothing else runs on the server but autovacuum, which the benchmark
pre-empts with VACUUM (ANALYZE) after loading.
"""

import asyncio
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import asyncpg
import httpx
import psutil

CLIENTS = 8

Call = Callable[[httpx.AsyncClient], Awaitable[object]]
Meter = Callable[[], float]  # CPU seconds spent so far


def process_cpu(pid: int) -> Meter:
    """The CPU seconds one process has spent, user and system."""
    process = psutil.Process(pid)

    def read() -> float:
        times = process.cpu_times()
        return float(times.user + times.system)

    return read


def postgres_cpu(postmaster: psutil.Process) -> Meter:
    """The CPU seconds PostgreSQL has spent: its postmaster, its live children and the children
    it has reaped (a backend that ended between two readings moves from one to the other)."""

    def read() -> float:
        own = postmaster.cpu_times()
        total = own.user + own.system + own.children_user + own.children_system
        for child in postmaster.children():
            try:
                times = child.cpu_times()
            except psutil.NoSuchProcess:
                continue  # it ended just now; not yet reaped, so this reading misses it
            total += times.user + times.system
        return float(total)

    return read


async def find_postmaster(connection: asyncpg.Connection) -> psutil.Process | None:
    """The postmaster of the server `connection` is on, when it runs on this machine."""
    backend_pid = await connection.fetchval("SELECT pg_backend_pid()")
    try:
        backend = psutil.Process(backend_pid)
        postmaster = backend.parent()
        # A server elsewhere may have a backend whose pid some process here happens to have.
        if postmaster is None or "postgres" not in postmaster.name():
            return None
        if "postgres" not in backend.name():
            return None
    except psutil.Error:
        return None
    return postmaster


@dataclass
class Sample:
    """What the requests of a side took, over all its windows."""

    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0  # wall-clock, from the first request sent to the last answer
    cpu: dict[str, float] = field(default_factory=dict)

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[max(0, math.ceil(q * len(ordered)) - 1)]

    def as_json(self) -> dict[str, Any]:
        count = len(self.latencies)
        return {
            "requests": count,
            "requests_per_s": round(count / self.seconds, 2),
            "p50_ms": round(self.percentile(0.50) * 1000, 2),
            "p99_ms": round(self.percentile(0.99) * 1000, 2),
            "cpu_ms_per_request": {
                name: round(spent * 1000 / count, 2) for name, spent in self.cpu.items()
            },
        }


async def drive(
    clients: list[httpx.AsyncClient],
    call: Call,
    seconds: float,
    meters: dict[str, Meter],
    into: Sample,
) -> None:
    """Every client makes requests one after the other until `seconds` have passed (each makes
    one at least, and finishes the one it is in), all at once; add what it took to `into`."""
    before = {name: read() for name, read in meters.items()}
    started = time.perf_counter()
    deadline = started + seconds

    async def one(client: httpx.AsyncClient) -> None:
        while True:
            sent = time.perf_counter()
            await call(client)
            answered = time.perf_counter()
            into.latencies.append(answered - sent)
            if answered >= deadline:
                return

    await asyncio.gather(*(one(client) for client in clients))
    into.seconds += time.perf_counter() - started
    for name, read in meters.items():
        into.cpu[name] = into.cpu.get(name, 0.0) + read() - before[name]
