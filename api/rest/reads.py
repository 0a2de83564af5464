"""Reading the trail over REST: any item by id, its links, the inputs it rests on, a trace
either way, its history; a plan's coverage, its trail as it stood at a moment, and its events.

`/nodes/{node_id}` answers for an item of any kind, so a client that holds an id from a link or
a trace needs no plan to read it; history answers for links and for deleted items too.
"""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from api.domain.trail import NodeKind
from api.domain.vocabulary import Decision
from api.rest.conventions import (
    DEFAULT_LIMIT,
    After,
    Limit,
    Page,
    TranslatedText,
    answer,
    cut,
    item,
    keyed,
    page,
)
from api.rest.events import FeedEvent
from api.rest.requests import Scoped, errors
from api.rest.trail_models import Input, Link, LinkPage, TrailItem, link_of, shown_items
from api.services import audit, browsing, coverage, disclosure, lookups, reading, traces
from api.services.pagination import encode_cursor
from api.services.runner import UnitOfWork
from api.store import models
from api.store.plan_events import EventFilter

router = APIRouter(prefix="/api/v1", tags=["trail"])

READS = errors(401, 403, 404, 422)


class Direction(StrEnum):
    FORWARD = "forward"
    BACKWARD = "backward"


class LinkDirection(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


class Step(BaseModel):
    """One link of a path, with why it was made and what was decided."""

    link_id: uuid.UUID
    kind: str
    source_id: uuid.UUID
    target_id: uuid.UUID
    rationale: str | None
    decision: Decision
    author: str = Field(description="Who made the link; without a key, 'the municipality'.")


class Reached(BaseModel):
    """An item a trace reached, and every path of links that leads there."""

    id: uuid.UUID
    kind: NodeKind
    code: str | None
    title: TranslatedText | None = Field(description="Its title; none for an input.")
    text: str | None = Field(description="An input's text; none for the others.")
    depth: int = Field(description="The length of its shortest path.")
    paths: list[list[Step]]


class Trace(BaseModel):
    """Everything reachable from an item one way, nearest first."""

    node_id: uuid.UUID
    direction: Direction
    reached: list[Reached]


class Count(BaseModel):
    value: str = Field(description="A channel or a participant type.")
    count: int


class Origins(BaseModel):
    """The inputs an item rests on, through any path of links."""

    total_count: int
    by_channel: list[Count]
    by_participant_type: list[Count]
    first_inputs: list[Input] = Field(description="The oldest of them (at most `limit`).")


class Share(BaseModel):
    """Of the inputs with one value, how many reached a goal or an action."""

    value: str
    total: int
    reached: int
    not_retained: int = Field(
        description="Of those that reached nothing, how many were decided not retained; the"
        " others are open."
    )


class UnreachedInput(BaseModel):
    input_id: uuid.UUID
    decided: bool = Field(description="True when it was marked not retained.")
    reason: str | None = Field(description="Why not, when decided; with a key only.")


class ItemRef(BaseModel):
    id: uuid.UUID
    kind: NodeKind
    code: str | None
    title: str | None


class Coverage(BaseModel):
    """How much of what was said reached the plan's goals and actions, and what did not."""

    total_inputs: int
    reached_inputs: int = Field(description="Inputs with a path to a goal or action.")
    by_channel: list[Share]
    by_participant_type: list[Share]
    by_theme: list[Share]
    by_moment: list[Share]
    unreached: list[UnreachedInput]
    goals_and_actions_without_input: list[ItemRef]
    themes_and_findings_without_goal: list[ItemRef]


class PastItem(BaseModel):
    id: uuid.UUID
    kind: str
    state: dict[str, Any] = Field(description="Its recorded state, as events carry it.")


class TrailAsOf(BaseModel):
    """A plan's trail as it stood at a moment, rebuilt from the event log."""

    as_of: datetime
    plan: dict[str, Any] = Field(description="The plan's own recorded state then.")
    nodes: list[PastItem]
    links: list[PastItem]


class EventList(Page[FeedEvent]):
    """Events, newest first (the feed, `/events`, serves them oldest first)."""


@router.get(
    "/nodes/{node_id}",
    summary="Any item of the trail, by its id",
    response_model=TrailItem,
    responses=READS,
)
async def get_node(request: Request, node_id: uuid.UUID, scope: Scoped) -> Response:
    caller = scope.caller

    async def read(uow: UnitOfWork) -> tuple[Any, int]:
        row = await lookups.readable_node(uow, caller, node_id)
        (body,) = await shown_items(uow, caller, [row])
        return body, row.version

    body, version = await scope.read(read)
    return item(request, body, version)


@router.get(
    "/nodes/{node_id}/trace",
    summary="Everything reachable from an item: forward to what it reached, backward to what"
    " it rests on",
    description="One recursive query, however long the paths; each item with every path that"
    " leads there and each link's rationale and decision.",
    response_model=Trace,
    responses=READS,
)
async def trace_node(
    node_id: uuid.UUID,
    scope: Scoped,
    direction: Direction,
    depth: Annotated[int, Query(ge=1, le=traces.MAX_DEPTH)] = 4,
) -> Response:
    caller = scope.caller
    forward = direction is Direction.FORWARD
    found = await scope.read(
        lambda uow: traces.trace(uow, caller, node_id=node_id, forward=forward, depth=depth)
    )
    reached = [
        Reached(
            id=r.node.id,
            kind=NodeKind(r.node.kind),
            code=r.node.code,
            title=TranslatedText.of(r.node.title),
            text=r.node.text if isinstance(r.node, models.Input) else None,
            depth=r.depth,
            paths=[[_step(link, caller) for link in path] for path in r.paths],
        )
        for r in found
    ]
    return answer(Trace(node_id=node_id, direction=direction, reached=reached))


def _step(row: models.Link, caller: Any) -> Step:
    link = link_of(row, caller)
    return Step(
        link_id=link.id, kind=link.kind, source_id=link.source_id, target_id=link.target_id,
        rationale=link.rationale, decision=link.decision, author=link.author,
    )  # fmt: skip


@router.get(
    "/nodes/{node_id}/links",
    summary="The links that end at an item (incoming) or start from it (outgoing)",
    response_model=LinkPage,
    responses=READS,
)
async def list_node_links(
    request: Request, node_id: uuid.UUID, scope: Scoped, direction: LinkDirection,
    limit: Limit = DEFAULT_LIMIT, after: After = None,
) -> Response:  # fmt: skip
    caller = scope.caller

    async def read(uow: UnitOfWork) -> tuple[list[Link], str | None, int]:
        node = await lookups.readable_node(uow, caller, node_id)
        key = (node.tenant_id, node.id)
        incoming, outgoing = (await browsing.links_around_of(uow, [key]))[key]
        rows = incoming if direction is LinkDirection.INCOMING else outgoing
        chosen, following = cut(rows, _cursor, limit=limit, after=after)
        return [link_of(row, caller) for row in chosen], following, len(rows)

    items, following, total = await scope.read(read)
    return page(request, LinkPage, items, next_cursor=following, total=total)


def _cursor(row: models.Link) -> str:
    return encode_cursor(row.created_at, row.id)


@router.get(
    "/nodes/{node_id}/origins",
    summary="The inputs an item rests on, by channel and participant type, and the oldest",
    response_model=Origins,
    responses=READS,
)
async def get_node_origins(
    node_id: uuid.UUID, scope: Scoped, limit: Limit = DEFAULT_LIMIT
) -> Response:
    caller = scope.caller

    async def read(uow: UnitOfWork) -> Origins:
        node = await lookups.readable_node(uow, caller, node_id)
        key = (node.tenant_id, node.id)
        counts = (await reading.origin_counts_of(uow, [key]))[key]
        first = (await reading.first_origins_of(uow, [(key, limit)]))[(key, limit)]
        return Origins(
            total_count=counts.total,
            by_channel=[Count(value=v, count=n) for v, n in sorted(counts.by_channel.items())],
            by_participant_type=[
                Count(value=v, count=n) for v, n in sorted(counts.by_participant_type.items())
            ],
            first_inputs=await shown_items(uow, caller, first),
        )

    return answer(await scope.read(read))


@router.get(
    "/nodes/{node_id}/history",
    summary="Every change to an item or link (and to the links of an item), newest first",
    description="Answers for links and for deleted items too. Needs a key.",
    response_model=EventList,
    responses=READS,
)
async def get_node_history(
    request: Request, node_id: uuid.UUID, scope: Scoped, limit: Limit = DEFAULT_LIMIT,
    after: After = None,
) -> Response:  # fmt: skip
    caller = keyed(scope, "the audit trail")
    found = await scope.read(
        lambda uow: audit.history(uow, caller, subject_id=node_id, first=limit, after=after)
    )
    following = found.cursors[-1] if found.has_next_page and found.cursors else None
    events = [FeedEvent.of(event) for event in found.items]
    return page(request, EventList, events, next_cursor=following, total=found.total_count)


@router.get(
    "/plans/{plan_id}/events",
    summary="The plan's events, newest first, narrowed by type, actor and period [since, until)",
    description="Needs a key. To follow every change as it comes, oldest first, read the feed"
    " (`/events?plan=`).",
    response_model=EventList,
    responses=READS,
)
async def list_plan_events(
    request: Request, plan_id: uuid.UUID, scope: Scoped, limit: Limit = DEFAULT_LIMIT,
    after: After = None,
    types: Annotated[
        list[str] | None, Query(description="Such as input.created,link.created.")
    ] = None,
    actor: str | None = None, since: datetime | None = None, until: datetime | None = None,
) -> Response:  # fmt: skip
    caller = keyed(scope, "the audit trail")
    # Repeated, or separated by commas, as the feed (`/events`) takes them.
    named = tuple(
        name.strip() for given in types or () for name in given.split(",") if name.strip()
    )
    given = EventFilter(named or None, actor, since, until)
    found = await scope.read(
        lambda uow: audit.plan_events(
            uow, caller, plan_id=plan_id, given=given, first=limit, after=after
        )
    )
    following = found.cursors[-1] if found.has_next_page and found.cursors else None
    events = [FeedEvent.of(event) for event in found.items]
    return page(request, EventList, events, next_cursor=following, total=found.total_count)


@router.get(
    "/plans/{plan_id}/coverage",
    summary="How much of what was said reached a goal or an action, and what did not",
    response_model=Coverage,
    responses=READS,
)
async def get_plan_coverage(plan_id: uuid.UUID, scope: Scoped) -> Response:
    caller = scope.caller
    found = await scope.read(lambda uow: coverage.plan_coverage(uow, caller, plan_id=plan_id))

    def shares(given: list[coverage.Share]) -> list[Share]:
        return [
            Share(value=s.value, total=s.total, reached=s.reached, not_retained=s.not_retained)
            for s in given
        ]

    def refs(given: list[coverage.StructureNode]) -> list[ItemRef]:
        return [ItemRef(id=n.id, kind=NodeKind(n.kind), code=n.code, title=n.title) for n in given]

    return answer(
        Coverage(
            total_inputs=found.total_inputs,
            reached_inputs=found.reached_inputs,
            by_channel=shares(found.by_channel),
            by_participant_type=shares(found.by_participant_type),
            by_theme=shares(found.by_theme),
            by_moment=shares(found.by_moment),
            unreached=[
                UnreachedInput(
                    input_id=u.input_id,
                    decided=u.decided,
                    reason=disclosure.personal(caller, u.reason),
                )
                for u in found.unreached
            ],
            goals_and_actions_without_input=refs(found.commitments_without_input),
            themes_and_findings_without_goal=refs(found.themes_and_findings_without_goal),
        )
    )


@router.get(
    "/plans/{plan_id}/trail",
    summary="Every item and link of the plan as they stood at a moment (or now)",
    description="Rebuilt from the event log, as the council adopted it, say. Needs a key.",
    response_model=TrailAsOf,
    responses=READS,
)
async def get_plan_trail(
    plan_id: uuid.UUID,
    scope: Scoped,
    as_of: Annotated[datetime | None, Query(description="A moment with its offset.")] = None,
) -> Response:
    caller = keyed(scope, "the audit trail")
    found = await scope.read(
        lambda uow: audit.trail_as_of(uow, caller, plan_id=plan_id, at=as_of or uow.clock())
    )
    return answer(
        TrailAsOf(
            as_of=found.as_of,
            plan=found.plan,
            nodes=[
                PastItem(id=uuid.UUID(str(node_id)), kind=kind, state=state)
                for (kind, node_id), state in found.nodes.items()
            ],
            links=[
                PastItem(id=uuid.UUID(link_id), kind="link", state=state)
                for link_id, state in found.links.items()
            ],
        )
    )
