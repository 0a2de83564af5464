"""The write benchmark's workload: a tenant's plan, and inputs taken through the trail.

A Scenario is one database and whether its units of work write the event log (see
`bench.writes`). It sets up a tenant and a plan with a goal, a finding and a theme, then runs
journeys: an input is created, reviewed, linked to the finding and the theme and addressed, and
every UPDATE_EVERY-th journey revises the decision on one of its links. Each use case runs
through the services in a unit of work of its own, committed, like one API request.
"""

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import func, select

from api.domain.status import InputStatus
from api.domain.vocabulary import Channel, Decision, ParticipantType
from api.services.caller import Caller
from api.services.inputs import CreateInput, SetInputStatus, create_input, set_input_status
from api.services.links import CreateLink, UpdateLink, create_link, update_link
from api.services.plans import CreatePlan, create_plan
from api.services.structure import (
    CreateFinding,
    CreateGoal,
    CreateTheme,
    create_finding,
    create_goal,
    create_theme,
)
from api.services.tenants import create_tenant
from api.store.database import Database
from api.store.models import Event, Input, Link
from api.store.unit_of_work import UnitOfWork

T = TypeVar("T")

UPDATE_EVERY = 4  # every 4th journey also revises the decision on one of its links

CHANNELS = [Channel.ONLINE_TABLE, Channel.WORKSHOP, Channel.SURVEY, Channel.EMAIL]
PARTICIPANTS = [ParticipantType.CITIZEN, ParticipantType.STAKEHOLDER, ParticipantType.TARGET_GROUP]
SAYINGS = [
    "Er zijn te weinig betaalbare huurwoningen voor alleenstaande ouders in onze gemeente.",
    "De wachtlijst voor kinderopvang is te lang; werkende ouders vinden geen plaats.",
    "Ouderen raken geïsoleerd sinds de buurthuizen 's avonds dicht zijn.",
    "Het OCMW-loket is moeilijk bereikbaar zonder auto, zeker voor wie niet digitaal is.",
]


@dataclass
class Scenario:
    """One database and whether its units of work write the event log."""

    name: str
    log_events: bool
    database: Database
    caller: Caller | None = None
    plan_id: uuid.UUID | None = None
    finding_id: uuid.UUID | None = None
    theme_id: uuid.UUID | None = None
    committed: int = 0
    journeys: int = 0

    async def run(self, name: str, use_case: Callable[[UnitOfWork], Awaitable[T]]) -> T:
        """One use case in one unit of work, committed."""
        async with self.database.unit_of_work(log_events=self.log_events) as uow:
            result = await use_case(uow)
            await uow.commit()
        self.committed += 1
        return result

    async def set_up(self) -> None:
        """A tenant and its plan with a goal, a finding and a theme, through the services."""
        tenant = await self.run("setup", lambda uow: create_tenant(uow, name="Benchgemeente"))
        caller = self.caller = Caller(tenant_id=tenant.id, actor="bench facilitator")
        plan = await self.run(
            "setup",
            lambda uow: create_plan(
                uow,
                caller,
                CreatePlan(
                    title="Lokaal sociaal beleidsplan 2026-2031",
                    period_start=date(2026, 1, 1),
                    period_end=date(2031, 12, 31),
                ),
            ),
        )
        plan_id = self.plan_id = plan.id
        await self.run(
            "setup",
            lambda uow: create_goal(
                uow,
                caller,
                CreateGoal(plan_id=plan_id, code="SD1", title="Iedereen woont betaalbaar"),
            ),
        )
        finding = await self.run(
            "setup",
            lambda uow: create_finding(
                uow,
                caller,
                CreateFinding(plan_id=plan_id, title="Betaalbaar wonen staat onder druk"),
            ),
        )
        theme = await self.run(
            "setup",
            lambda uow: create_theme(uow, caller, CreateTheme(plan_id=plan_id, title="Wonen")),
        )
        self.finding_id, self.theme_id = finding.id, theme.id

    async def journey(self, index: int) -> None:
        """One input from received to addressed, linked to the finding and the theme."""
        caller, plan_id = self.caller, self.plan_id
        finding_id, theme_id = self.finding_id, self.theme_id
        assert caller and plan_id and finding_id and theme_id, "set_up() first"
        item = await self.run(
            "create input",
            lambda uow: create_input(
                uow,
                caller,
                CreateInput(
                    plan_id=plan_id,
                    text=f"{SAYINGS[index % len(SAYINGS)]} (inbreng {index})",
                    channel=CHANNELS[index % len(CHANNELS)],
                    participant_type=PARTICIPANTS[index % len(PARTICIPANTS)],
                ),
            ),
        )
        await self.run(
            "input to in_review",
            lambda uow: set_input_status(
                uow, caller, SetInputStatus(input_id=item.id, status=InputStatus.IN_REVIEW)
            ),
        )
        to_finding = await self.run(
            "link input",
            lambda uow: create_link(
                uow,
                caller,
                CreateLink(
                    source_id=item.id,
                    target_id=finding_id,
                    rationale="De inbreng onderbouwt deze vaststelling.",
                ),
            ),
        )
        await self.run(
            "link input",
            lambda uow: create_link(uow, caller, CreateLink(source_id=item.id, target_id=theme_id)),
        )
        await self.run(
            "input to addressed",
            lambda uow: set_input_status(
                uow, caller, SetInputStatus(input_id=item.id, status=InputStatus.ADDRESSED)
            ),
        )
        if index % UPDATE_EVERY == 0:
            await self.run(
                "update link",
                lambda uow: update_link(
                    uow,
                    caller,
                    UpdateLink(
                        link_id=to_finding.id,
                        decision=Decision.ADOPTED,
                        rationale="Overgenomen in de vaststelling over betaalbaar wonen.",
                    ),
                ),
            )

    async def journeys_by(self, writers: int, count: int) -> tuple[int, float]:
        """`count` journeys shared by `writers` concurrent tasks: (use cases, seconds)."""
        indices = iter(range(self.journeys, self.journeys + count))
        self.journeys += count
        before = self.committed

        async def writer() -> None:
            for index in indices:
                await self.journey(index)

        started = time.perf_counter()
        async with asyncio.TaskGroup() as group:
            for _ in range(writers):
                group.create_task(writer())
        return self.committed - before, time.perf_counter() - started

    async def count(self, model: type[Event] | type[Input] | type[Link]) -> int:
        async with self.database.unit_of_work() as uow:
            return (await uow.session.scalar(select(func.count()).select_from(model))) or 0
