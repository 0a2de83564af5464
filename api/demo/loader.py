"""Loading the demo plan through the services, as the people of its story entered it, each
change stamped with the moment it happened (February 2021 to 2025)."""

import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from api.demo.content import DEMO
from api.demo.story import Step, chapters, story_steps
from api.demo.writer import Writer
from api.domain.access import Scope
from api.domain.status import ActionStatus
from api.services import keys, plans, tenants
from api.services.caller import Caller
from api.store.clock import Clock
from api.store.database import Database
from api.store.unit_of_work import UnitOfWork

DEMO_TENANT = "Gemeente Herent"
DEMO_AUTHOR = "Avansa Oost-Brabant (procesbegeleiding)"
# Fixed so that `make run` can print it at every start; it opens the demo tenant and no other.
DEMO_ADMIN_KEY = "spk_demo_herent_admin_not_for_production"
# The receipt of the demo's first input that reached an action, printed likewise.
DEMO_RECEIPT = DEMO.receipt["code"]

# The steps an action takes through its status machine to reach a status (a copy of the demo
# plan takes its actions there the same way).
ACTION_PATHS: dict[str, list[ActionStatus]] = {
    "proposed": [],
    "planned": [ActionStatus.PLANNED],
    "in_progress": [ActionStatus.PLANNED, ActionStatus.IN_PROGRESS],
    "done": [ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DONE],
    "dropped": [ActionStatus.PLANNED, ActionStatus.DROPPED],
}

Progress = Callable[[str], None]
"""Told one line as each part of the story is loaded."""


def progress_to_stderr(line: str) -> None:
    print(f"  {line}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class DemoSummary:
    tenant_id: uuid.UUID
    plan_id: uuid.UUID
    created: bool
    inputs: int

    def __str__(self) -> str:
        state = "loaded" if self.created else "already present"
        return (
            f"demo plan {state}: tenant {self.tenant_id}, plan {self.plan_id}, {self.inputs} inputs"
            f"\ndemo admin key: {DEMO_ADMIN_KEY}  (send as: Authorization: Bearer <key>)"
            f"\ndemo receipt code: {DEMO_RECEIPT}  (query: receipt(code: ...) without a key)"
        )


class StoryClock:
    """The moment of the story being written, as the clock its unit of work reads.

    Never later than the real clock, so that the changes made after the demo never come
    before it in the log, even where the machine's clock is set before the story ends.
    """

    def __init__(self, real: Clock, at: datetime) -> None:
        self.real, self.at = real, at

    def __call__(self) -> datetime:
        return min(self.at, self.real())


async def load_demo_into(
    url: str, *, progress: Progress | None = progress_to_stderr
) -> DemoSummary:
    """Load the demo into the database at `url` unless it is there already."""
    database = Database.connect(url, pool_size=1)
    try:
        async with database.unit_of_work() as uow:
            summary = await load_demo(uow, progress=progress)
            await uow.commit()
        return summary
    finally:
        await database.dispose()


async def load_demo(
    uow: UnitOfWork, *, tenant_name: str = DEMO_TENANT, progress: Progress | None = None
) -> DemoSummary:
    """Write the whole demo plan in the given unit of work (the caller commits), its events
    dated as the story goes; what the unit recorded before keeps the unit's own time."""
    existing = await tenants.find_tenant(uow, name=tenant_name)
    if existing is not None:
        owner = Caller(tenant_id=existing.id, actor=DEMO_AUTHOR)
        page = await plans.list_plans(uow, owner, first=1)
        plan_id = page.items[0].id if page.items else uuid.UUID(int=0)
        counts = await plans.count_inputs(uow, [(existing.id, plan_id)])
        return DemoSummary(existing.id, plan_id, False, counts[(existing.id, plan_id)])
    # What the unit recorded before the demo is appended first, at the unit's own time.
    await uow.write_events()
    real = uow.clock
    clock = uow.clock = StoryClock(real, DEMO.story["started"]["at"])
    try:
        writer = await _start(uow, tenant_name)
        await _tell(uow, writer, clock, story_steps(DEMO), progress or (lambda line: None))
    finally:
        uow.clock = real
    return DemoSummary(writer.caller.tenant_id, writer.plan_id, True, len(DEMO.inputs))


async def _start(uow: UnitOfWork, tenant_name: str) -> Writer:
    """The municipality, its demo key and its draft plan, at the start of the story."""
    tenant = await tenants.create_tenant(uow, name=tenant_name)
    caller = Caller(tenant_id=tenant.id, actor=DEMO_AUTHOR)
    await keys.create_key(
        uow, caller, keys.CreateKey(name="demo admin", scopes=(Scope.ADMIN,), preset=DEMO_ADMIN_KEY)
    )
    plan = DEMO.plan
    command = plans.CreatePlan(
        title=plan["title"],
        description=plan["description"],
        period_start=plan["period_start"],
        period_end=plan["period_end"],
        phases=tuple(
            plans.PhaseDates(phase["phase"], phase["starts_on"], phase["ends_on"])
            for phase in DEMO.phases
        ),
        reason=DEMO.story["started"]["reason"],
    )
    made = await plans.create_plan(uow, caller, command)
    return Writer(uow, caller, made.id, DEMO.receipt)


async def _tell(
    uow: UnitOfWork, writer: Writer, clock: StoryClock, steps: list[Step], progress: Progress
) -> None:
    """Write the steps in order; the events of each moment are appended at that moment."""
    parts = chapters(DEMO)
    started, told = time.perf_counter(), 0
    for step in steps:
        if step.at != clock.at:
            await uow.write_events()
            clock.at = step.at
        while told < len(parts) and parts[told][0] <= step.at:
            moment, title = parts[told]
            told += 1
            progress(f"demo {told}/{len(parts)}: {moment:%Y-%m-%d} {title}")
        await step.write(writer)
    await uow.write_events()
    progress(f"demo loaded: {len(steps)} steps in {time.perf_counter() - started:.1f} s")
