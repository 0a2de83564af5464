"""Plans in GraphQL: the plan and everything listed under it, and the mutations on plans."""

import datetime
import uuid
from collections.abc import Iterable
from functools import partial
from typing import Annotated, Any, Self, TypeVar

import strawberry
from strawberry import relay
from strawberry.types import Info

from api.domain.errors import NotFound, ValidationFailed
from api.schema.compiled import compiled_connection
from api.schema.context import SpoorContext
from api.schema.coverage import Coverage, resolve_coverage
from api.schema.errors import Failure, expected_version_field, perform, reason_field
from api.schema.history import EventConnection, TrailAsOf, events_page, keyed, trail_at
from api.schema.ids import optional_uuid_of, uuid_of, uuid_or_none
from api.schema.pages import connection, connection_of_list, connection_of_page
from api.schema.participation import Actor, ActorConnection, Moment, MomentConnection
from api.schema.structure import FindingConnection, GoalConnection, ThemeConnection
from api.schema.trail import InputConnection, Titled, input_cursor, node_type
from api.schema.vocabulary import (
    Channel,
    EventType,
    InputStatus,
    ParticipantType,
    Phase,
    PlanStatus,
    TranslatedTextInput,
    translated,
)
from api.services import audit, plans, reading
from api.services.browsing import PartQuery
from api.services.pagination import encode_cursor
from api.services.runner import UnitOfWork
from api.store import models
from api.store.input_pages import InputFilter
from api.store.plan_events import EventFilter

C = TypeVar("C")


def _cursor(row: Any) -> str:
    return encode_cursor(row.created_at, row.id)


@strawberry.type(description="A policy plan, such as a social policy plan for 2022-2027.")
class Plan(relay.Node, Titled):
    id: relay.NodeID[str]
    row: strawberry.Private[models.Plan]
    # Set when the plan is read as it stood at a past moment, rebuilt from the event log.
    at: strawberry.Private[datetime.datetime | None] = None
    # Plain attributes, copied from the row (see `TrailNode`).
    period_start: datetime.date = strawberry.field(description="The first day the plan covers.")
    period_end: datetime.date = strawberry.field(description="The last day the plan covers.")
    status: PlanStatus = strawberry.field(description="Draft, published or adopted.")
    version: int = strawberry.field(
        description="Its version; pass it as expectedVersion to change it safely."
    )

    @classmethod
    def from_row(cls, row: models.Plan, at: datetime.datetime | None = None) -> Self:
        return cls(
            id=str(row.id), row=row, at=at, period_start=row.period_start,
            period_end=row.period_end, status=PlanStatus(row.status), version=row.version,
        )  # fmt: skip

    def _live(self) -> models.Plan:
        """The plan's record, for fields that read today's tables (not a past moment's)."""
        if self.at is not None:
            raise ValidationFailed(
                "this field shows the plan as it is now; read `trail` for the plan as of"
                f" {self.at.isoformat()}",
                field="asOf",
            )
        return self.row

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info[SpoorContext, None], node_ids: Iterable[str], required: bool = False
    ) -> list[Self | None]:
        """Plans by global id, for `node(id)`; None for what the caller may not read."""
        caller = info.context.caller

        async def readable(uow: UnitOfWork, plan_id: uuid.UUID) -> models.Plan | None:
            try:
                return await reading.plan_for(uow, caller, plan_id)
            except NotFound:
                return None

        found: list[Self | None] = []
        for node_id in node_ids:
            plan_id = uuid_or_none(node_id)
            row = await info.context.read(partial(readable, plan_id=plan_id)) if plan_id else None
            found.append(cls.from_row(row) if row else None)
        return found

    @strawberry.field(description="The moment asked for with `plan(id, asOf)`; null for now.")
    def as_of(self) -> datetime.datetime | None:
        return self.at

    @strawberry.field(
        description="Every node and link of the plan as they stood at `asOf` (or now), rebuilt"
        " from the event log; needs an API key."
    )
    async def trail(self, info: Info[SpoorContext, None]) -> TrailAsOf:
        return await trail_at(info, self.row.id, self.at)

    @strawberry.field(description="The plan's strategic goals, by code.")
    async def goals(
        self, info: Info[SpoorContext, None], first: int = 20, after: str | None = None
    ) -> GoalConnection:
        row = self._live()
        key = (row.tenant_id, row.id)
        found = await compiled_connection(
            info, GoalConnection, key, under="plan", listed="goal", first=first, after=after
        )
        if found is not None:
            return found
        rows = await info.context.goals.load(key)
        return connection_of_list(
            GoalConnection, rows, node_type, _cursor, first=first, after=after
        )

    @strawberry.field(description="How much of what was said reached a goal or an action.")
    async def coverage(self, info: Info[SpoorContext, None]) -> Coverage:
        return await resolve_coverage(info, self._live().id)

    @strawberry.field(description="The plan's findings, in the order they were made.")
    async def findings(
        self, info: Info[SpoorContext, None], first: int = 20, after: str | None = None
    ) -> FindingConnection:
        return await self._part(info, FindingConnection, PartQuery("finding", first, after))

    @strawberry.field(
        description="The plan's themes as a tree: the top level, or the themes under `parentId`"
        " (each theme also lists its `subThemes`); `allLevels` lists every theme."
    )
    async def themes(
        self,
        info: Info[SpoorContext, None],
        first: int = 20,
        after: str | None = None,
        parent_id: strawberry.ID | None = None,
        all_levels: bool = False,
    ) -> ThemeConnection:
        parent = optional_uuid_of(parent_id, "Theme", field="parentId")
        query = PartQuery("theme", first, after, parent, all_levels)
        return await self._part(info, ThemeConnection, query)

    @strawberry.field(description="Where input was gathered, in the order they were recorded.")
    async def moments(
        self,
        info: Info[SpoorContext, None],
        first: int = 20,
        after: str | None = None,
        phase: Phase | None = None,
    ) -> MomentConnection:
        query = PartQuery("moment", first, after, phase=phase.value if phase else None)
        return await self._part(info, MomentConnection, query)

    async def _part(self, info: Info[SpoorContext, None], kind: type[C], query: PartQuery) -> C:
        row = self._live()
        rows, more, total = await info.context.part_pages.load(((row.tenant_id, row.id), query))
        make = Moment.from_row if query.part == "moment" else node_type
        return connection(kind, rows, [_cursor(r) for r in rows], make, more=more, total=total)

    @strawberry.field(
        description="The departments and partners of the plan's municipality; without a key,"
        " those that carry an action of a published plan."
    )
    async def actors(
        self, info: Info[SpoorContext, None], first: int = 20, after: str | None = None
    ) -> ActorConnection:
        # A tenant has tens of actors, not thousands: they are paged from the one list.
        rows = await info.context.actors.load(self._live().tenant_id)
        return connection_of_list(
            ActorConnection, rows, Actor.from_row, _cursor, first=first, after=after
        )

    @strawberry.field(
        description="The plan's events, newest first, narrowed by type, actor and period"
        " [since, until); needs an API key."
    )
    async def events(
        self,
        info: Info[SpoorContext, None],
        first: int = 20,
        after: str | None = None,
        types: list[EventType] | None = None,
        actor: str | None = None,
        since: datetime.datetime | None = None,
        until: datetime.datetime | None = None,
    ) -> EventConnection:
        caller = keyed(info)
        chosen = tuple(t.value for t in types) if types else None
        given = EventFilter(chosen, actor, since, until)
        page = await info.context.read(
            lambda uow: audit.plan_events(
                uow, caller, plan_id=self.row.id, given=given, first=first, after=after
            )
        )
        return events_page(page)

    @strawberry.field(
        description="The inputs gathered for this plan, oldest first, filtered as asked;"
        " `search` is full-text search with Dutch stemming."
    )
    async def inputs(
        self,
        info: Info[SpoorContext, None],
        first: int = 20,
        after: str | None = None,
        channel: Channel | None = None,
        participant_type: ParticipantType | None = None,
        status: InputStatus | None = None,
        moment_id: strawberry.ID | None = None,
        theme_id: strawberry.ID | None = None,
        reached: bool | None = None,
        search: str | None = None,
    ) -> InputConnection:
        given = InputFilter(
            channel=channel.value if channel else None,
            participant_type=participant_type.value if participant_type else None,
            status=status.value if status else None,
            moment_id=optional_uuid_of(moment_id, "Moment", field="momentId"),
            theme_id=optional_uuid_of(theme_id, "Theme", field="themeId"),
            reached=reached,
            search=search.strip() if search and search.strip() else None,
        )
        query = reading.InputQuery(filter=given, first=first, after=after)
        row = self._live()
        rows, more, total = await info.context.input_pages.load(((row.tenant_id, row.id), query))
        cursors = [input_cursor(r) for r in rows]
        return connection(InputConnection, rows, cursors, node_type, more=more, total=total)


@strawberry.type(description="A page of plans.")
class PlanConnection(relay.Connection[Plan]):
    total_count: int = strawberry.field(description="How many plans there are in all.")


PlanResult = Annotated[Plan | Failure, strawberry.union("PlanResult")]


@strawberry.input(description="A phase of a plan's process and the days it runs.")
class PlanPhaseInput:
    phase: Phase
    starts_on: datetime.date
    ends_on: datetime.date


def _phases(given: list[PlanPhaseInput] | None) -> Any:
    if given is None:
        return None
    return tuple(plans.PhaseDates(p.phase, p.starts_on, p.ends_on) for p in given)


@strawberry.input(description="A plan to draft for the caller's municipality.")
class CreatePlanInput:
    title: TranslatedTextInput
    period_start: datetime.date
    period_end: datetime.date
    description: TranslatedTextInput | None = None
    phases: list[PlanPhaseInput] = strawberry.field(default_factory=list)
    reason: str | None = reason_field()

    def command(self) -> plans.CreatePlan:
        return plans.CreatePlan(
            title=translated(self.title) or {}, period_start=self.period_start,
            period_end=self.period_end, description=translated(self.description),
            phases=_phases(self.phases) or (), reason=self.reason,
        )  # fmt: skip


@strawberry.input(description="What to change of a plan; what is not given stays.")
class UpdatePlanInput:
    plan_id: strawberry.ID
    title: TranslatedTextInput | None = None
    description: TranslatedTextInput | None = None
    period_start: datetime.date | None = None
    period_end: datetime.date | None = None
    phases: list[PlanPhaseInput] | None = strawberry.field(
        default=None, description="All its phases; given, they replace the old."
    )
    expected_version: int | None = expected_version_field()
    reason: str | None = reason_field()

    def command(self) -> plans.UpdatePlan:
        return plans.UpdatePlan(
            plan_id=uuid_of(self.plan_id, "Plan", field="planId"),
            title=translated(self.title), description=translated(self.description),
            period_start=self.period_start, period_end=self.period_end,
            phases=_phases(self.phases), expected_version=self.expected_version,
            reason=self.reason,
        )  # fmt: skip


@strawberry.input(description="Publish a draft plan (anonymous readers then see it), or adopt it.")
class SetPlanStatusInput:
    plan_id: strawberry.ID
    status: PlanStatus
    expected_version: int | None = expected_version_field()
    reason: str | None = reason_field()

    def command(self) -> plans.SetPlanStatus:
        return plans.SetPlanStatus(
            plan_id=uuid_of(self.plan_id, "Plan", field="planId"), status=self.status,
            expected_version=self.expected_version, reason=self.reason,
        )  # fmt: skip


@strawberry.type
class PlanMutations:
    @strawberry.mutation(description="Draft a plan for the caller's municipality.")
    async def create_plan(
        self, info: Info[SpoorContext, None], input: CreatePlanInput
    ) -> PlanResult:
        return await perform(info, plans.create_plan, input.command, Plan.from_row)

    @strawberry.mutation(description="Change what is given of a plan's title, period or phases.")
    async def update_plan(
        self, info: Info[SpoorContext, None], input: UpdatePlanInput
    ) -> PlanResult:
        return await perform(info, plans.update_plan, input.command, Plan.from_row)

    @strawberry.mutation(description="Publish or adopt a plan; plans only move forward.")
    async def set_plan_status(
        self, info: Info[SpoorContext, None], input: SetPlanStatusInput
    ) -> PlanResult:
        return await perform(info, plans.set_plan_status, input.command, Plan.from_row)


@strawberry.type
class PlanQueries:
    @strawberry.field(
        description="The plans the caller may read, in the order they were created: with an API"
        " key, its tenant's plans (or its one plan); without, every published or adopted plan."
    )
    async def plans(
        self, info: Info[SpoorContext, None], first: int | None = 20, after: str | None = None
    ) -> PlanConnection:
        caller = info.context.caller
        page = await info.context.read(
            lambda uow: plans.list_plans(uow, caller, first=first, after=after)
        )
        return connection_of_page(PlanConnection, page, Plan.from_row)

    @strawberry.field(
        description="One plan the caller may read, by its global id. With `asOf` (needs an API"
        " key), the plan as it stood then, rebuilt from the event log: its own fields and its"
        " `trail` as of that moment."
    )
    async def plan(
        self,
        info: Info[SpoorContext, None],
        id: strawberry.ID,
        as_of: datetime.datetime | None = None,
    ) -> Plan:
        plan_id = uuid_of(id, "Plan")
        if as_of is not None:
            caller = keyed(info)
            past = await info.context.read(
                lambda uow: audit.plan_as_of(uow, caller, plan_id=plan_id, at=as_of)
            )
            return Plan.from_row(past, at=as_of)
        row = await info.context.read(
            lambda uow: reading.plan_for(uow, info.context.caller, plan_id)
        )
        return Plan.from_row(row)
