"""Building blocks for tests: a small plan to act on, and a way to see that a refused change
changed nothing."""

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text

from api.services import actions, inputs, links, plans, structure
from api.services.caller import Caller
from api.store.database import Database
from api.store.models import Base
from api.store.unit_of_work import UnitOfWork


@dataclass
class SmallPlan:
    plan_id: uuid.UUID
    input_id: uuid.UUID
    finding_id: uuid.UUID
    theme_id: uuid.UUID
    goal_id: uuid.UUID
    action_plan_id: uuid.UUID
    action_id: uuid.UUID


async def make_small_plan(
    uow: UnitOfWork, caller: Caller, title: str = "Sociaal plan"
) -> SmallPlan:
    plan = await plans.create_plan(
        uow,
        caller,
        plans.CreatePlan(title=title, period_start=date(2022, 1, 1), period_end=date(2027, 12, 31)),
    )
    item = await inputs.create_input(
        uow,
        caller,
        inputs.CreateInput(
            plan_id=plan.id,
            text="Er is te weinig betaalbare huur in Winksele.",
            channel="workshop",
            participant_type="citizen",
        ),
    )
    finding = await structure.create_finding(
        uow, caller, structure.CreateFinding(plan_id=plan.id, title="Huur is duur")
    )
    theme = await structure.create_theme(
        uow, caller, structure.CreateTheme(plan_id=plan.id, title="Wonen")
    )
    goal = await structure.create_goal(
        uow, caller, structure.CreateGoal(plan_id=plan.id, code="SD1", title="Wonen")
    )
    action_plan = await structure.create_action_plan(
        uow, caller, structure.CreateActionPlan(plan_id=plan.id, code="AP1.1", title="Huuraanbod")
    )
    action = await actions.create_action(
        uow,
        caller,
        actions.CreateAction(
            plan_id=plan.id, code="A1.1.1", title="Sociaal verhuurkantoor uitbreiden"
        ),
    )
    await links.create_link(uow, caller, links.CreateLink(source_id=item.id, target_id=finding.id))
    await links.create_link(uow, caller, links.CreateLink(source_id=finding.id, target_id=goal.id))
    return SmallPlan(plan.id, item.id, finding.id, theme.id, goal.id, action_plan.id, action.id)


async def snapshot(database: Database) -> dict[str, Any]:
    """Every row of every table, to compare before and after a refused change."""
    async with database.unit_of_work() as uow:
        rows = {}
        for table in Base.metadata.sorted_tables:
            if table.name == "rate_window":  # request counting, not the trail
                continue
            result = await uow.session.execute(
                text(
                    "SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '')"
                    f" FROM {table.name} t"
                )
            )
            rows[table.name] = result.scalar_one()
        return rows


Attempt = Callable[[UnitOfWork], Awaitable[object]]


async def attempt(database: Database, use: Attempt) -> None:
    """Run a use case the way a surface does: commit on success, roll back on error."""
    async with database.unit_of_work() as uow:
        await use(uow)
        await uow.commit()
