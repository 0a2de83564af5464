"""What every item on the trail shares, and the links between them.

`TrailNode` (inputs, findings, themes, goals, action plans, actions) has links in and out, a
trace and a history; `PlanElement` adds what all but inputs share (code, title, description,
priority, the inputs they rest on). The concrete types live in their areas' modules and
register themselves here, so a link can show either end without this module importing them.
"""

import uuid
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Annotated, Any, Self

import strawberry
from strawberry import relay
from strawberry.types import Info

from api.domain.trail import NodeKind
from api.domain.translatable import resolve
from api.schema.context import SpoorContext
from api.schema.history import EventConnection, history_page
from api.schema.ids import rows_by_global_ids
from api.schema.pages import connection, connection_of_list
from api.schema.traces import Direction, TracedNode, traced
from api.schema.vocabulary import (
    Channel,
    Decision,
    Language,
    LinkKind,
    ParticipantType,
    TranslatedText,
)
from api.services import browsing, disclosure, reading
from api.services.pagination import encode_cursor
from api.store import models

if TYPE_CHECKING:
    from api.schema.inputs import Input

InputType = Annotated["Input", strawberry.lazy("api.schema.inputs")]

# Each kind of node's GraphQL type, filled in by the module that defines it.
_TYPES: dict[str, Callable[[models.Node], Any]] = {}


def register_node_type(kind: str, make: Callable[[models.Node], Any]) -> None:
    _TYPES[kind] = make


def node_type(row: models.Node) -> Any:
    """The GraphQL object of a node of any kind."""
    return _TYPES[row.kind](row)


def resolve_trail_nodes(kind: str) -> Any:
    """The `resolve_nodes` of a trail node type, for `node(id)`: rows of that kind only, None
    for what the caller may not read."""

    async def resolve_nodes(
        cls: Any,
        *,
        info: Info[SpoorContext, None],
        node_ids: Iterable[str],
        required: bool = False,
    ) -> list[Any]:
        fetch = partial(reading.nodes_by_ids, kind=NodeKind(kind))
        found = await rows_by_global_ids(info, node_ids, fetch)
        return [cls.from_row(row) if row else None for row in found]

    return classmethod(resolve_nodes)


def _node_cursor(row: models.Base) -> str:
    return encode_cursor(row.created_at, row.id)  # type: ignore[attr-defined]


@strawberry.interface(
    description="Anything on the trail: it has links in and out, a trace and a history."
)
class TrailNode(relay.Node):
    row: strawberry.Private[models.Node]
    # Scalars are plain attributes, copied from the row when the object is made (see
    # `plan_element_fields`): graphql-core reads an attribute without running a resolver, with
    # no Info to build and no arguments to convert, the cheapest field there is.
    version: int = strawberry.field(
        description="Its version; pass it as expectedVersion to change it safely."
    )

    # A resolver, as inputs show it only with a key (a resolver of theirs overrides this one).
    @strawberry.field(description="The id it has in the system it came from, if it was given.")
    def external_id(self) -> str | None:
        return self.row.external_id

    @strawberry.field(description="The links that end here, from what this rests on.")
    async def incoming_links(
        self, info: Info[SpoorContext, None], first: int = 20, after: str | None = None
    ) -> "LinkConnection":
        incoming, _ = await info.context.links_around.load((self.row.tenant_id, self.row.id))
        return _links(incoming, first, after)

    @strawberry.field(description="The links that start here, to what this supports.")
    async def outgoing_links(
        self, info: Info[SpoorContext, None], first: int = 20, after: str | None = None
    ) -> "LinkConnection":
        _, outgoing = await info.context.links_around.load((self.row.tenant_id, self.row.id))
        return _links(outgoing, first, after)

    @strawberry.field(
        description="Everything reachable from here, FORWARD to what it reached or BACKWARD to"
        " what it rests on, with every path and each link's rationale: one query."
    )
    async def trace(
        self, info: Info[SpoorContext, None], direction: Direction, depth: int = 4
    ) -> list[TracedNode]:
        return await traced(info, self.row.id, direction, depth)

    @strawberry.field(description="Every change to it and its links, newest first; needs a key.")
    async def history(
        self, info: Info[SpoorContext, None], first: int | None = 20, after: str | None = None
    ) -> EventConnection:
        return await history_page(info, self.row.id, first, after)


def plan_element_fields(row: models.Node) -> dict[str, Any]:
    """The plain attributes of a plan element, from its row (`TrailNode`, `PlanElement`)."""
    return {"version": row.version, "code": row.code, "priority": row.priority}


def _links(rows: list[models.Link], first: int, after: str | None) -> "LinkConnection":
    return connection_of_list(
        LinkConnection, rows, Link.from_row, _node_cursor, first=first, after=after
    )


@strawberry.type(description="A page of inputs.")
class InputConnection(relay.Connection[InputType]):
    total_count: int = strawberry.field(description="How many there are in all.")


def input_cursor(row: models.Input) -> str:
    """Inputs are listed in the order they were given."""
    return encode_cursor(row.submitted_at, row.id)


@strawberry.type(description="How many inputs came through one channel.")
class ChannelCount:
    channel: Channel
    count: int


@strawberry.type(description="How many inputs came from one kind of participant.")
class ParticipantTypeCount:
    participant_type: ParticipantType
    count: int


@strawberry.type(description="The inputs an item rests on, through any path of links.")
class Origins:
    key: strawberry.Private[tuple[uuid.UUID, uuid.UUID]]

    @strawberry.field(description="How many inputs in all.")
    async def total_count(self, info: Info[SpoorContext, None]) -> int:
        return (await info.context.origin_counts.load(self.key)).total

    @strawberry.field(description="The inputs per channel.")
    async def by_channel(self, info: Info[SpoorContext, None]) -> list[ChannelCount]:
        counts = (await info.context.origin_counts.load(self.key)).by_channel
        return [ChannelCount(channel=Channel(v), count=n) for v, n in sorted(counts.items())]

    @strawberry.field(description="The inputs per participant type.")
    async def by_participant_type(
        self, info: Info[SpoorContext, None]
    ) -> list[ParticipantTypeCount]:
        counts = (await info.context.origin_counts.load(self.key)).by_participant_type
        return [
            ParticipantTypeCount(participant_type=ParticipantType(v), count=n)
            for v, n in sorted(counts.items())
        ]

    @strawberry.field(
        description="The first inputs, oldest first (at most `first`, ≤ 100); for all of them,"
        " page through a backward `trace` or the plan's `inputs`."
    )
    async def inputs(self, info: Info[SpoorContext, None], first: int = 20) -> InputConnection:
        size = max(0, min(first, 100))
        rows = await info.context.first_origins.load((self.key, size))
        total = (await info.context.origin_counts.load(self.key)).total
        cursors = [input_cursor(row) for row in rows]
        return connection(
            InputConnection, rows, cursors, node_type, more=total > len(rows), total=total
        )


@strawberry.interface(description="Anything with a title and a description in several languages.")
class Titled:
    row: strawberry.Private[Any]

    @strawberry.field(description="The title, in the asked language, else Dutch.")
    def title(self, info: Info[SpoorContext, None], locale: Language | None = None) -> str:
        return resolve(self.row.title, locale or info.context.locale) or ""

    @strawberry.field(description="The title in every language it was given in.")
    def title_translations(self) -> TranslatedText:
        found = TranslatedText.of(self.row.title)
        assert found is not None  # every title has Dutch (a check constraint)
        return found

    @strawberry.field(description="What it is about, in the asked language, else Dutch.")
    def description(
        self, info: Info[SpoorContext, None], locale: Language | None = None
    ) -> str | None:
        return resolve(self.row.description, locale or info.context.locale)

    @strawberry.field(description="The description in every language it was given in.")
    def description_translations(self) -> TranslatedText | None:
        return TranslatedText.of(self.row.description)


@strawberry.interface(description="What findings, themes, goals, action plans and actions share.")
class PlanElement(TrailNode, Titled):
    row: strawberry.Private[models.Node]
    code: str | None = strawberry.field(description="A short code such as SD1, AP1.2 or A1.2.3.")
    priority: bool = strawberry.field(description="Whether it was itself flagged as priority.")

    @strawberry.field(description="The inputs it rests on, grouped by channel and participant.")
    def originating_inputs(self) -> Origins:
        return Origins(key=(self.row.tenant_id, self.row.id))


@strawberry.type(description="A link along the trail, from what rests on to what it supports.")
class Link(relay.Node):
    id: relay.NodeID[str]
    row: strawberry.Private[models.Link]
    kind: LinkKind = strawberry.field(
        description="The kinds of its two ends, such as INPUT_TO_FINDING."
    )
    rationale: str | None = strawberry.field(description="Why the two are linked.")
    decision: Decision = strawberry.field(
        description="What was decided: was the source taken up by the target?"
    )

    @classmethod
    def from_row(cls, row: models.Link) -> Self:
        return cls(
            id=str(row.id), row=row, kind=LinkKind(row.kind), rationale=row.rationale,
            decision=Decision(row.decision),
        )  # fmt: skip

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info[SpoorContext, None], node_ids: Iterable[str], required: bool = False
    ) -> list[Self | None]:
        """Links by global id, for `node(id)`; None for what the caller may not read."""
        found = await rows_by_global_ids(info, node_ids, browsing.links_by_ids)
        return [cls.from_row(row) if row else None for row in found]

    @strawberry.field(
        description="Who made the link; without a key, 'the municipality' (no person's name)."
    )
    def author(self, info: Info[SpoorContext, None]) -> str:
        return disclosure.author(info.context.caller, self.row.author)

    # A resolver still, only to keep its place after `author` in the schema's field order.
    @strawberry.field(description="Its version; pass it as expectedVersion to change it safely.")
    def version(self) -> int:
        return self.row.version

    @strawberry.field(description="The node the link starts from (what rests on the other).")
    async def source(self, info: Info[SpoorContext, None]) -> TrailNode | None:
        row = await info.context.nodes.load((self.row.tenant_id, self.row.source_id))
        return node_type(row) if row else None

    @strawberry.field(description="The node the link leads to.")
    async def target(self, info: Info[SpoorContext, None]) -> TrailNode | None:
        row = await info.context.nodes.load((self.row.tenant_id, self.row.target_id))
        return node_type(row) if row else None

    @strawberry.field(description="Every change to this link, newest first; needs an API key.")
    async def history(
        self, info: Info[SpoorContext, None], first: int | None = 20, after: str | None = None
    ) -> EventConnection:
        return await history_page(info, self.row.id, first, after)


@strawberry.type(description="A page of links.")
class LinkConnection(relay.Connection[Link]):
    total_count: int = strawberry.field(description="How many there are in all.")
