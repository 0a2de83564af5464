"""The GraphQL object types: each holds its record privately and exposes chosen fields."""

import datetime
import uuid
from collections.abc import Iterable
from functools import partial
from typing import Self

import strawberry
from strawberry import relay
from strawberry.types import Info

from api.domain import vocabulary
from api.domain.errors import NotFound, ValidationFailed
from api.domain.translatable import resolve
from api.schema.context import SpoorContext
from api.schema.coverage import Coverage, resolve_coverage
from api.schema.history import History, TrailAsOf, keyed, page_of_events, trail_at
from api.schema.ids import uuid_or_none
from api.schema.parts import (
    ActorConnection,
    FindingConnection,
    MomentConnection,
    ThemeConnection,
    actors_of,
    findings_of,
    moments_of,
    themes_of,
)
from api.schema.structure import Goal, InputConnection
from api.services import audit, reading
from api.services.browsing import PartQuery
from api.services.pagination import Page
from api.store import models
from api.store.input_pages import InputFilter
from api.store.plan_events import EventFilter
from api.store.unit_of_work import UnitOfWork

strawberry.enum(
    vocabulary.PlanStatus,
    description="Where a plan stands: drafted, published, or adopted by the council.",
)


@strawberry.type(description="A policy plan, such as a social policy plan for 2022-2027.")
class Plan(relay.Node):
    id: relay.NodeID[str]
    row: strawberry.Private[models.Plan]
    # Set when the plan is read as it stood at a past moment, rebuilt from the event log.
    at: strawberry.Private[datetime.datetime | None] = None

    @classmethod
    def from_row(cls, row: models.Plan, at: datetime.datetime | None = None) -> Self:
        return cls(id=str(row.id), row=row, at=at)

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
            if plan_id is None:
                found.append(None)
                continue
            row = await info.context.read(partial(readable, plan_id=plan_id))
            found.append(cls.from_row(row) if row else None)
        return found

    @strawberry.field(description="The plan's title, in the asked language or else Dutch.")
    def title(self, info: Info[SpoorContext, None], locale: str | None = None) -> str:
        return resolve(self.row.title, locale or info.context.locale) or ""

    @strawberry.field(description="What the plan is about, in the asked language or else Dutch.")
    def description(self, info: Info[SpoorContext, None], locale: str | None = None) -> str | None:
        return resolve(self.row.description, locale or info.context.locale)

    @strawberry.field(description="The first day the plan covers.")
    def period_start(self) -> datetime.date:
        return self.row.period_start

    @strawberry.field(description="The last day the plan covers.")
    def period_end(self) -> datetime.date:
        return self.row.period_end

    @strawberry.field(description="Draft, published or adopted.")
    def status(self) -> vocabulary.PlanStatus:
        return vocabulary.PlanStatus(self.row.status)

    @strawberry.field(description="Its version; pass it as expectedVersion to change it safely.")
    def version(self) -> int:
        return self.row.version

    @strawberry.field(description="The moment asked for with `plan(id, asOf)`; null for now.")
    def as_of(self) -> datetime.datetime | None:
        return self.at

    @strawberry.field(
        description="Every node and link of the plan as they stood at `asOf` (or now), rebuilt"
        " from the event log; needs an API key."
    )
    async def trail(self, info: Info[SpoorContext, None]) -> TrailAsOf:
        return await trail_at(info, self.row.id, self.at or datetime.datetime.now(datetime.UTC))

    @strawberry.field(description="The plan's strategic goals, by code.")
    async def goals(self, info: Info[SpoorContext, None]) -> list[Goal]:
        row = self._live()
        rows = await info.context.goals.load((row.tenant_id, row.id))
        return [Goal(id=str(row.id), row=row) for row in rows]

    @strawberry.field(description="How much of what was said reached a goal or an action.")
    async def coverage(self, info: Info[SpoorContext, None]) -> Coverage:
        return await resolve_coverage(info, self._live().id)

    @strawberry.field(description="The plan's findings, in the order they were made.")
    async def findings(
        self, info: Info[SpoorContext, None], first: int = 20, after: str | None = None
    ) -> FindingConnection:
        return await findings_of(info, self._live(), first, after)

    @strawberry.field(
        description="The plan's themes as a tree: the top level, or the themes under `parentId`"
        " (each theme also lists its `subThemes`); `allLevels` lists every theme."
    )
    async def themes(
        self,
        info: Info[SpoorContext, None],
        first: int = 20,
        after: str | None = None,
        parent_id: relay.GlobalID | None = None,
        all_levels: bool = False,
    ) -> ThemeConnection:
        query = PartQuery("theme", first, after, _optional_uuid(parent_id), all_levels)
        return await themes_of(info, self._live(), query)

    @strawberry.field(description="Where input was gathered, in the order they were recorded.")
    async def moments(
        self,
        info: Info[SpoorContext, None],
        first: int = 20,
        after: str | None = None,
        phase: str | None = None,
    ) -> MomentConnection:
        return await moments_of(info, self._live(), PartQuery("moment", first, after, phase=phase))

    @strawberry.field(description="The departments and partners of the plan's municipality.")
    async def actors(
        self, info: Info[SpoorContext, None], first: int = 20, after: str | None = None
    ) -> ActorConnection:
        return await actors_of(info, self._live(), first, after)

    @strawberry.field(
        description="The plan's events, newest first, narrowed by type (such as link.created),"
        " actor and period [since, until); needs an API key."
    )
    async def events(
        self,
        info: Info[SpoorContext, None],
        first: int = 20,
        after: str | None = None,
        types: list[str] | None = None,
        actor: str | None = None,
        since: datetime.datetime | None = None,
        until: datetime.datetime | None = None,
    ) -> History:
        caller = keyed(info)
        given = EventFilter(tuple(types) if types else None, actor, since, until)
        page = await info.context.read(
            lambda uow: audit.plan_events(
                uow, caller, plan_id=self.row.id, given=given, first=first, after=after
            )
        )
        return page_of_events(page)

    @strawberry.field(
        description="The inputs gathered for this plan, oldest first, filtered as asked;"
        " `search` is full-text search with Dutch stemming."
    )
    async def inputs(
        self,
        info: Info[SpoorContext, None],
        first: int = 20,
        after: str | None = None,
        channel: str | None = None,
        participant_type: str | None = None,
        status: str | None = None,
        moment_id: strawberry.ID | None = None,
        theme_id: relay.GlobalID | None = None,
        reached: bool | None = None,
        search: str | None = None,
    ) -> InputConnection:
        given = InputFilter(
            channel=channel,
            participant_type=participant_type,
            status=status,
            moment_id=_optional_uuid(moment_id),
            theme_id=_optional_uuid(theme_id),
            reached=reached,
            search=search.strip() if search and search.strip() else None,
        )
        query = reading.InputQuery(filter=given, first=first, after=after)
        row = self._live()
        rows, more, total = await info.context.input_pages.load(((row.tenant_id, row.id), query))
        return InputConnection.of(rows, more, total)


def _optional_uuid(value: relay.GlobalID | str | None) -> uuid.UUID | None:
    """An id to filter by; one that holds no uuid is a mistake in the request."""
    if value is None:
        return None
    found = uuid_or_none(value)
    if found is None:
        raise ValidationFailed(f"{value} is not an id", field="id")
    return found


@strawberry.type(description="A page of plans.")
class PlanConnection(relay.Connection[Plan]):
    total_count: int = strawberry.field(description="How many plans there are in all.")

    @classmethod
    def from_page(cls, page: Page[models.Plan]) -> Self:
        edges = [
            relay.Edge(cursor=cursor, node=Plan.from_row(row))
            for row, cursor in zip(page.items, page.cursors, strict=True)
        ]
        return cls(
            edges=edges,
            page_info=relay.PageInfo(
                has_next_page=page.has_next_page,
                has_previous_page=False,
                start_cursor=page.cursors[0] if page.cursors else None,
                end_cursor=page.cursors[-1] if page.cursors else None,
            ),
            total_count=page.total_count,
        )


@strawberry.type(description="A goal, action plan or action that an input reached.")
class Commitment:
    kind: str
    code: str | None
    title: str


@strawberry.type(description="The municipality's published answer, as a receipt shows it.")
class FeedbackNote:
    text: str = strawberry.field(description="In the asked language, or else Dutch.")
    published_on: datetime.date
    author: str = strawberry.field(
        description="Always 'the municipality': a receipt names no person."
    )
    answers: str = strawberry.field(
        description="What it answers: input (the input itself), or the kind of item a link of"
        " the input's trail leads to (finding, theme, goal, action_plan or action)."
    )
    code: str | None = strawberry.field(description="That item's code, if it has one.")
    title: str | None = strawberry.field(description="That item's title; none for the input.")


@strawberry.type(description="What became of an input: all a receipt shows, without a key.")
class Receipt:
    plan_title: str
    status: str = strawberry.field(description="received, in_review, addressed or not_retained")
    submitted_on: datetime.date
    reached: list[Commitment] = strawberry.field(
        description="The goals, action plans and actions the input led to, directly or through"
        " findings and themes."
    )
    feedback: list[FeedbackNote] = strawberry.field(
        description="Published feedback on the input and on the links along its trail, oldest"
        " first."
    )
