"""What bulk intake over REST costs, beside the floor: PostgreSQL's COPY of the same rows.

A fresh database gets one tenant, a key and two plans. `spoor serve` runs on it as in
production; 100,000 inputs go to the first plan as 10 CSV requests of 10,000 rows each
(`POST /api/v1/plans/{id}/inputs:bulk`, with the event log on, as always), then the same 10
requests again, which change nothing. The floor is the same rows COPYed by asyncpg straight
into the node and input tables of the second plan, 10 transactions of 10,000 rows, without
events, checks or receipts. Reported: inputs/s of each, their ratio, and the server's CPU per
request (read from /proc, where there is one).
"""

import asyncio
import os
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import asyncpg
import httpx

from api.services import keys
from api.services.caller import Caller
from api.services.plans import CreatePlan, create_plan
from api.services.tenants import create_tenant
from api.store.database import Database, plain_url
from bench.setup import fresh_databases, machine, run_alone, write_results
from tests.served import serving

REQUESTS = 10
ROWS = 10_000
GOAL_RATIO = 0.25
SAYINGS = [
    "Er zijn te weinig betaalbare huurwoningen voor alleenstaande ouders.",
    "De wachtlijst voor kinderopvang is te lang; werkende ouders vinden geen plaats.",
    "Ouderen raken geïsoleerd sinds de buurthuizen 's avonds dicht zijn.",
    "Het OCMW-loket is moeilijk bereikbaar zonder auto.",
]
CHANNELS = ["online_table", "workshop", "survey", "email"]


def _csv(batch: int) -> bytes:
    """One request's rows, as a Belgian spreadsheet saves them."""
    lines = ["\ufeffexternal_id;text;channel;participant_type;language"]
    for n in range(ROWS):
        number = batch * ROWS + n
        saying = SAYINGS[number % len(SAYINGS)].replace(";", ",")
        lines.append(f"PP-{number};{saying} ({number});{CHANNELS[number % 4]};citizen;nl")
    return ("\r\n".join(lines) + "\r\n").encode()


async def _prepare(url: str) -> tuple[str, uuid.UUID, uuid.UUID, uuid.UUID]:
    """A tenant with a write key and two plans: one for the API, one for the floor."""
    database = Database.connect(url, pool_size=1)
    try:
        async with database.unit_of_work() as uow:
            tenant = await create_tenant(uow, name="Bulkgemeente")
            await uow.commit()
        caller = Caller(tenant_id=tenant.id, actor="bench")
        async with database.unit_of_work() as uow:
            issued = await keys.create_key(
                uow, caller, keys.CreateKey(name="bulk", scopes=("read", "write"))
            )
            period = {"period_start": date(2025, 1, 1), "period_end": date(2030, 12, 31)}
            plans = [
                await create_plan(uow, caller, CreatePlan(title=f"Plan {side}", **period))
                for side in ("api", "copy")
            ]
            await uow.commit()
        return issued.key, tenant.id, plans[0].id, plans[1].id
    finally:
        await database.dispose()


def _cpu_seconds(pid: int) -> float | None:
    """The process's user and system CPU time so far (Linux), else None."""
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        return None
    fields = stat.read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _send(base: str, key: str, plan_id: uuid.UUID, bodies: list[bytes], pid: int) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "text/csv"}
    cpu_before = _cpu_seconds(pid)
    started = time.perf_counter()
    outcomes: dict[str, int] = {}
    with httpx.Client(timeout=600) as client:
        for body in bodies:
            answer = client.post(f"{base}/api/v1/plans/{plan_id}/inputs:bulk", content=body,
                                 headers=headers)  # fmt: skip
            answer.raise_for_status()
            for name in ("created", "updated", "unchanged"):
                outcomes[name] = outcomes.get(name, 0) + answer.json()[name]
    seconds = time.perf_counter() - started
    cpu_after = _cpu_seconds(pid)
    cpu = None if cpu_before is None or cpu_after is None else cpu_after - cpu_before
    return {
        "seconds": round(seconds, 2),
        "inputs_per_second": round(len(bodies) * ROWS / seconds),
        "server_cpu_per_request_s": None if cpu is None else round(cpu / len(bodies), 2),
        **outcomes,
    }


NODE_COLUMNS = ["tenant_id", "id", "plan_id", "kind", "priority", "external_id"]
INPUT_COLUMNS = ["tenant_id", "id", "text", "channel", "participant_type", "language",
                 "submitted_at", "status", "receipt_digest"]  # fmt: skip


async def _copy(url: str, tenant_id: uuid.UUID, plan_id: uuid.UUID) -> dict[str, Any]:
    """The floor: the same rows COPYed into the same tables, 10 transactions of 10,000."""
    connection = await asyncpg.connect(plain_url(url))
    try:
        started = time.perf_counter()
        for batch in range(REQUESTS):
            ids = [uuid.uuid4() for _ in range(ROWS)]
            now = datetime.now(UTC)
            async with connection.transaction():
                await connection.copy_records_to_table(
                    "node", columns=NODE_COLUMNS,
                    records=[(tenant_id, ids[n], plan_id, "input", False, f"CP-{batch}-{n}")
                             for n in range(ROWS)],
                )  # fmt: skip
                await connection.copy_records_to_table(
                    "input", columns=INPUT_COLUMNS,
                    records=[(tenant_id, ids[n], f"{SAYINGS[n % 4]} ({n})", CHANNELS[n % 4],
                              "citizen", "nl", now, "received", uuid.uuid4().hex * 2)
                             for n in range(ROWS)],
                )  # fmt: skip
        seconds = time.perf_counter() - started
    finally:
        await connection.close()
    return {"seconds": round(seconds, 2), "inputs_per_second": round(REQUESTS * ROWS / seconds)}


def run(url: str, kind: str) -> bool:
    """Run the bulk benchmark on the server at `url`, write bench/results/bulk.json."""
    with fresh_databases(url, "bulk") as (database_url,):
        print(f"Bulk intake: {REQUESTS} CSV requests of {ROWS:,} inputs, on the {kind} server.")
        key, tenant_id, api_plan, copy_plan = asyncio.run(_prepare(database_url))
        bodies = [_csv(batch) for batch in range(REQUESTS)]
        with serving(database_url) as spoor:
            pid = spoor.process.pid
            created = _send(spoor.base, key, api_plan, bodies, pid)
            unchanged = _send(spoor.base, key, api_plan, bodies, pid)
        floor = asyncio.run(_copy(database_url, tenant_id, copy_plan))
    ratio = created["inputs_per_second"] / floor["inputs_per_second"]
    results = {
        "machine": machine(),
        "server_kind": kind,
        "rows": REQUESTS * ROWS,
        "created": created,
        "sent_again_unchanged": unchanged,
        "copy_floor": floor,
        "ratio_to_copy": round(ratio, 3),
        "goal_ratio": GOAL_RATIO,
    }
    path = write_results("bulk", results)
    for name, figures in (("created", created), ("unchanged", unchanged)):
        print(
            f"  {name:<9} {figures['inputs_per_second']:>8,} inputs/s  ({figures['seconds']} s,"
            f" server CPU {figures['server_cpu_per_request_s']} s per request, events on)"
        )
    print(
        f"  COPY      {floor['inputs_per_second']:>8,} inputs/s  ({floor['seconds']} s, no events)"
    )
    ok = ratio >= GOAL_RATIO
    print(f"  ratio to COPY {ratio:.2f}× (goal ≥ {GOAL_RATIO}×): {'ok' if ok else 'BELOW GOAL'}")
    print(f"  written to {path}")
    return ok


def main() -> None:
    """Run the bulk benchmark alone on its own server."""
    run_alone(run, "bulk intake is below its goal")


if __name__ == "__main__":
    main()
