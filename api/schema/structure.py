"""The plan's structure in GraphQL: goals → action plans → actions, and the inputs behind them."""

import datetime
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
from api.schema.history import History, history_page
from api.schema.ids import rows_by_global_ids
from api.schema.traces import Direction, TracedNode, traced
from api.services import reading
from api.services.pagination import encode_cursor
from api.store import models

if TYPE_CHECKING:
    from api.schema.links import Link
    from api.schema.parts import Moment

LinkType = Annotated["Link", strawberry.lazy("api.schema.links")]
MomentType = Annotated["Moment", strawberry.lazy("api.schema.parts")]


@strawberry.interface(
    description="Anything on the trail: it has links in and out, a trace and a history."
)
class TrailNode:
    row: strawberry.Private[models.Node]

    @strawberry.field(description="Its version; pass it as expectedVersion to change it safely.")
    def version(self) -> int:
        return self.row.version

    @strawberry.field(description="The links that end here, from what this rests on.")
    async def incoming_links(self, info: Info[SpoorContext, None]) -> list[LinkType]:
        from api.schema.links import Link

        incoming, _ = await info.context.links_around.load((self.row.tenant_id, self.row.id))
        return [Link.from_row(link) for link in incoming]

    @strawberry.field(description="The links that start here, to what this supports.")
    async def outgoing_links(self, info: Info[SpoorContext, None]) -> list[LinkType]:
        from api.schema.links import Link

        _, outgoing = await info.context.links_around.load((self.row.tenant_id, self.row.id))
        return [Link.from_row(link) for link in outgoing]

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
    ) -> History:
        return await history_page(info, self.row.id, first, after)


@strawberry.type(description="How many items share one value.")
class Tally:
    value: str
    count: int


@strawberry.type(description="One contribution from a participant.")
class Input(relay.Node, TrailNode):
    id: relay.NodeID[str]
    row: strawberry.Private[models.Input]

    @classmethod
    def from_row(cls, row: models.Input) -> Self:
        return cls(id=str(row.id), row=row)

    @strawberry.field(description="What the participant said.")
    def text(self) -> str:
        return self.row.text

    @strawberry.field(description="How the input reached the municipality.")
    def channel(self) -> str:
        return self.row.channel

    @strawberry.field(
        description="citizen, stakeholder, civil_servant, board_member or target_group"
    )
    def participant_type(self) -> str:
        return self.row.participant_type

    @strawberry.field(description="received, in_review, addressed or not_retained")
    def status(self) -> str:
        return self.row.status

    @strawberry.field(
        description="The citizen's receipt code: only in the answer to createInput, never again."
    )
    def receipt_code(self) -> str | None:
        return self.row.receipt_code

    @strawberry.field(description="When the input was given.")
    def submitted_at(self) -> datetime.datetime:
        return self.row.submitted_at

    @strawberry.field(description="Why it was not retained, when it was not.")
    def status_reason(self) -> str | None:
        return self.row.status_reason

    @strawberry.field(description="The language it was given in.")
    def language(self) -> str:
        return self.row.language

    @strawberry.field(description="The participation moment it was gathered at, if any.")
    async def moment(self, info: Info[SpoorContext, None]) -> MomentType | None:
        from api.schema.parts import Moment

        if self.row.moment_id is None:
            return None
        row = await info.context.moments.load((self.row.tenant_id, self.row.moment_id))
        return Moment.from_row(row) if row else None


@strawberry.type(description="An input and its place in the list.")
class InputEdge:
    cursor: str
    node: Input


@strawberry.type(description="A page of inputs.")
class InputConnection:
    total_count: int = strawberry.field(description="How many inputs pass the filter in all.")
    edges: list[InputEdge]
    page_info: relay.PageInfo

    @classmethod
    def of(cls, rows: list[models.Input], more: bool, total: int) -> "InputConnection":
        cursors = [encode_cursor(row.submitted_at, row.id) for row in rows]
        return cls(
            total_count=total,
            edges=[
                InputEdge(cursor=c, node=Input.from_row(r))
                for r, c in zip(rows, cursors, strict=True)
            ],
            page_info=relay.PageInfo(
                has_next_page=more,
                has_previous_page=False,
                start_cursor=cursors[0] if cursors else None,
                end_cursor=cursors[-1] if cursors else None,
            ),
        )


@strawberry.type(description="The inputs an item rests on, through any path of links.")
class Origins:
    key: strawberry.Private[tuple[uuid.UUID, uuid.UUID]]

    @strawberry.field(description="How many inputs in all.")
    async def total_count(self, info: Info[SpoorContext, None]) -> int:
        return (await info.context.origin_counts.load(self.key)).total

    @strawberry.field(description="The inputs per channel.")
    async def by_channel(self, info: Info[SpoorContext, None]) -> list[Tally]:
        return _tally((await info.context.origin_counts.load(self.key)).by_channel)

    @strawberry.field(description="The inputs per participant type.")
    async def by_participant_type(self, info: Info[SpoorContext, None]) -> list[Tally]:
        return _tally((await info.context.origin_counts.load(self.key)).by_participant_type)

    @strawberry.field(description="The inputs themselves, oldest first (at most `first`, ≤ 100).")
    async def inputs(self, info: Info[SpoorContext, None], first: int = 20) -> list[Input]:
        rows = await info.context.first_origins.load((self.key, max(0, min(first, 100))))
        return [Input.from_row(row) for row in rows]


def _tally(counts: dict[str, int]) -> list[Tally]:
    return [Tally(value=value, count=count) for value, count in sorted(counts.items())]


@strawberry.interface(description="What findings, themes, goals, action plans and actions share.")
class PlanElement(TrailNode):
    row: strawberry.Private[models.Node]

    @strawberry.field(description="A short code such as SD1, AP1.2 or A1.2.3.")
    def code(self) -> str | None:
        return self.row.code

    @strawberry.field(description="The title, in the asked language or else Dutch.")
    def title(self, info: Info[SpoorContext, None], locale: str | None = None) -> str:
        return resolve(self.row.title, locale or info.context.locale) or ""

    @strawberry.field(description="Whether it was itself flagged as priority.")
    def priority(self) -> bool:
        return self.row.priority

    @strawberry.field(description="The inputs it rests on, grouped by channel and participant.")
    def originating_inputs(self) -> Origins:
        return Origins(key=(self.row.tenant_id, self.row.id))


@strawberry.type(description="A concrete action.")
class Action(relay.Node, PlanElement):
    id: relay.NodeID[str]

    @strawberry.field(description="proposed, planned, in_progress, done or dropped")
    def status(self) -> str:
        assert isinstance(self.row, models.Action)
        return self.row.status

    @strawberry.field(description="Progress, a whole percentage.")
    def progress(self) -> int:
        assert isinstance(self.row, models.Action)
        return self.row.progress


@strawberry.type(description="A group of actions under a goal.")
class ActionPlan(relay.Node, PlanElement):
    id: relay.NodeID[str]

    @strawberry.field(description="The actions of this action plan.")
    async def actions(self, info: Info[SpoorContext, None]) -> list[Action]:
        rows = await info.context.actions.load((self.row.tenant_id, self.row.id))
        return [Action(id=str(row.id), row=row) for row in rows]


@strawberry.type(description="A challenge synthesised from several inputs.")
class Finding(relay.Node, PlanElement):
    id: relay.NodeID[str]


@strawberry.type(description="A node of the plan's theme taxonomy.")
class Theme(relay.Node, PlanElement):
    id: relay.NodeID[str]

    @strawberry.field(description="The theme it sits under, if any.")
    def parent_id(self) -> strawberry.ID | None:
        assert isinstance(self.row, models.Theme)
        return strawberry.ID(str(self.row.parent_id)) if self.row.parent_id else None

    @strawberry.field(description="The theme it sits under, if any.")
    async def parent(self, info: Info[SpoorContext, None]) -> "Theme | None":
        assert isinstance(self.row, models.Theme)
        if self.row.parent_id is None:
            return None
        row = await info.context.nodes.load((self.row.tenant_id, self.row.parent_id))
        return Theme(id=str(row.id), row=row) if row else None

    @strawberry.field(description="The themes directly under it, by code: the tree, one level.")
    async def sub_themes(self, info: Info[SpoorContext, None]) -> list["Theme"]:
        rows = await info.context.sub_themes.load((self.row.tenant_id, self.row.id))
        return [Theme(id=str(row.id), row=row) for row in rows]


@strawberry.type(description="A strategic goal.")
class Goal(relay.Node, PlanElement):
    id: relay.NodeID[str]

    @strawberry.field(description="The action plans under this goal.")
    async def action_plans(self, info: Info[SpoorContext, None]) -> list[ActionPlan]:
        rows = await info.context.action_plans.load((self.row.tenant_id, self.row.id))
        return [ActionPlan(id=str(row.id), row=row) for row in rows]


PlanItem = Input | Finding | Theme | Goal | ActionPlan | Action
ITEM_TYPES: dict[str, type[PlanItem]] = {
    "input": Input, "finding": Finding, "theme": Theme, "goal": Goal, "action_plan": ActionPlan,
    "action": Action,
}  # fmt: skip


def node_type(row: models.Node) -> PlanItem:
    """The GraphQL type of a node of any kind."""
    return ITEM_TYPES[row.kind](id=str(row.id), row=row)  # type: ignore[arg-type]


def _attach_resolvers() -> None:
    """Let `node(id)` find inputs, goals, action plans and actions by their global ids."""
    kinds: list[tuple[type[Any], NodeKind]] = [
        (Input, NodeKind.INPUT),
        (Finding, NodeKind.FINDING),
        (Theme, NodeKind.THEME),
        (Goal, NodeKind.GOAL),
        (ActionPlan, NodeKind.ACTION_PLAN),
        (Action, NodeKind.ACTION),
    ]
    for graphql_type, kind in kinds:

        def make(row: models.Node, graphql_type: type[Any] = graphql_type) -> Any:
            return graphql_type(id=str(row.id), row=row)

        async def resolve_nodes(
            cls: type[Any],
            *,
            info: Info[SpoorContext, None],
            node_ids: Iterable[str],
            required: bool = False,
            kind: NodeKind = kind,
            make: Callable[[models.Node], Any] = make,
        ) -> list[Any]:
            found = await rows_by_global_ids(
                info, node_ids, partial(reading.nodes_by_ids, kind=kind)
            )
            return [make(row) if row else None for row in found]

        graphql_type.resolve_nodes = classmethod(resolve_nodes)


_attach_resolvers()
