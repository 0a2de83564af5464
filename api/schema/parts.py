"""A plan's parts beside its goals: findings, themes, participation moments and actors."""

import datetime
from collections.abc import Iterable, Sequence
from typing import Any, Self, TypeVar

import strawberry
from strawberry import relay
from strawberry.types import Info

from api.schema.context import SpoorContext
from api.schema.ids import rows_by_global_ids
from api.schema.structure import Finding, Theme
from api.services import browsing
from api.services.browsing import PartQuery
from api.services.pagination import encode_cursor, page_size
from api.store import models

N = TypeVar("N", bound=relay.Node)


@strawberry.type(description="A session or channel where input was gathered.")
class Moment(relay.Node):
    id: relay.NodeID[str]
    row: strawberry.Private[models.ParticipationMoment]

    @classmethod
    def from_row(cls, row: models.ParticipationMoment) -> Self:
        return cls(id=str(row.id), row=row)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info[SpoorContext, None], node_ids: Iterable[str], required: bool = False
    ) -> list[Self | None]:
        """By global id, for `node(id)`."""
        found = await rows_by_global_ids(info, node_ids, browsing.readable_moments)
        return [cls.from_row(row) if row else None for row in found]

    @strawberry.field
    def title(self) -> str:
        return self.row.title

    @strawberry.field
    def held_on(self) -> datetime.date:
        return self.row.held_on

    @strawberry.field(description="workshop, discussion_table, survey, target_group_visit…")
    def method(self) -> str:
        return self.row.method

    @strawberry.field(description="The phase of the plan's process it belongs to.")
    def phase(self) -> str | None:
        return self.row.phase

    @strawberry.field
    def facilitator(self) -> str | None:
        return self.row.facilitator

    @strawberry.field
    def participant_count(self) -> int | None:
        return self.row.participant_count

    @strawberry.field
    def place(self) -> str | None:
        return self.row.place

    @strawberry.field
    def online(self) -> bool:
        return self.row.online

    @strawberry.field(description="Its version; pass it as expectedVersion to change it safely.")
    def version(self) -> int:
        return self.row.version


@strawberry.type(description="A department or partner that carries actions.")
class Actor(relay.Node):
    id: relay.NodeID[str]
    row: strawberry.Private[models.Actor]

    @classmethod
    def from_row(cls, row: models.Actor) -> Self:
        return cls(id=str(row.id), row=row)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info[SpoorContext, None], node_ids: Iterable[str], required: bool = False
    ) -> list[Self | None]:
        """By global id, for `node(id)`."""
        found = await rows_by_global_ids(info, node_ids, browsing.readable_actors)
        return [cls.from_row(row) if row else None for row in found]

    @strawberry.field
    def name(self) -> str:
        return self.row.name

    @strawberry.field(description="department or partner")
    def kind(self) -> str:
        return self.row.kind

    @strawberry.field(description="Its version; pass it as expectedVersion to change it safely.")
    def version(self) -> int:
        return self.row.version


def _connection(
    connection: type[relay.Connection[N]],
    rows: Sequence[Any],
    make: Any,
    more: bool,
    total: int,
) -> Any:
    cursors = [encode_cursor(row.created_at, row.id) for row in rows]
    return connection(
        edges=[relay.Edge(cursor=c, node=make(r)) for r, c in zip(rows, cursors, strict=True)],
        page_info=relay.PageInfo(
            has_next_page=more,
            has_previous_page=False,
            start_cursor=cursors[0] if cursors else None,
            end_cursor=cursors[-1] if cursors else None,
        ),
        total_count=total,  # type: ignore[call-arg]
    )


@strawberry.type(description="A page of findings.")
class FindingConnection(relay.Connection[Finding]):
    total_count: int = strawberry.field(description="How many there are in all.")


@strawberry.type(description="A page of themes.")
class ThemeConnection(relay.Connection[Theme]):
    total_count: int = strawberry.field(description="How many there are in all.")


@strawberry.type(description="A page of participation moments.")
class MomentConnection(relay.Connection[Moment]):
    total_count: int = strawberry.field(description="How many there are in all.")


@strawberry.type(description="A page of actors.")
class ActorConnection(relay.Connection[Actor]):
    total_count: int = strawberry.field(description="How many there are in all.")


async def part_page(
    info: Info[SpoorContext, None], plan: models.Plan, query: PartQuery
) -> tuple[list[Any], bool, int]:
    return await info.context.part_pages.load(((plan.tenant_id, plan.id), query))


async def findings_of(
    info: Info[SpoorContext, None], plan: models.Plan, first: int | None, after: str | None
) -> FindingConnection:
    rows, more, total = await part_page(info, plan, PartQuery("finding", first, after))
    make = lambda row: Finding(id=str(row.id), row=row)  # noqa: E731
    return _connection(FindingConnection, rows, make, more, total)  # type: ignore[no-any-return]


async def themes_of(
    info: Info[SpoorContext, None], plan: models.Plan, query: PartQuery
) -> ThemeConnection:
    rows, more, total = await part_page(info, plan, query)
    make = lambda row: Theme(id=str(row.id), row=row)  # noqa: E731
    return _connection(ThemeConnection, rows, make, more, total)  # type: ignore[no-any-return]


async def moments_of(
    info: Info[SpoorContext, None], plan: models.Plan, query: PartQuery
) -> MomentConnection:
    rows, more, total = await part_page(info, plan, query)
    return _connection(MomentConnection, rows, Moment.from_row, more, total)  # type: ignore[no-any-return]


async def actors_of(
    info: Info[SpoorContext, None], plan: models.Plan, first: int, after: str | None
) -> ActorConnection:
    """A tenant has tens of actors, not thousands: they are paged from the one list."""
    size = page_size(first)
    rows = await info.context.actors.load(plan.tenant_id)
    cursors = [encode_cursor(row.created_at, row.id) for row in rows]
    start = cursors.index(after) + 1 if after in cursors else 0
    page = rows[start : start + size]
    more = start + len(page) < len(rows)
    return _connection(ActorConnection, page, Actor.from_row, more, len(rows))  # type: ignore[no-any-return]
