"""What the resources of a plan's trail share: reading one by id or external id, a page of
them, answering a write with the item, and removing one (with the links that touch it).

Items live under their plan (`/plans/{plan_id}/inputs/{id}`); an item of another plan is not
found there, for reads and writes alike.
"""

import uuid
from typing import Any

from fastapi import Request
from fastapi.responses import Response

from api.domain.trail import NodeKind
from api.http.scope import RequestScope
from api.rest.conventions import Page, cut, item, page, writer
from api.rest.trail_models import shown_items
from api.rest.writes import nothing, perform, shown
from api.services import browsing, lookups, reading, structure
from api.services.browsing import PartQuery
from api.services.caller import Caller
from api.services.idempotency import Answer
from api.services.pagination import encode_cursor
from api.services.runner import UnitOfWork
from api.store import models

# Where each kind of item lives under its plan.
SEGMENTS = {
    NodeKind.INPUT: "inputs",
    NodeKind.FINDING: "findings",
    NodeKind.THEME: "themes",
    NodeKind.GOAL: "goals",
    NodeKind.ACTION_PLAN: "action-plans",
    NodeKind.ACTION: "actions",
}


def location(row: models.Node) -> str:
    return f"/api/v1/plans/{row.plan_id}/{SEGMENTS[NodeKind(row.kind)]}/{row.id}"


async def one_node(
    request: Request,
    scope: RequestScope,
    *,
    plan_id: uuid.UUID,
    kind: NodeKind,
    node_id: uuid.UUID | None = None,
    external_id: str | None = None,
) -> Response:
    """One item of the plan, by its id or else by the external id it was given."""
    caller = scope.caller

    async def read(uow: UnitOfWork) -> tuple[Any, int]:
        if node_id is not None:
            row = await lookups.node_of_plan(
                uow, caller, plan_id=plan_id, kind=kind, node_id=node_id
            )
        else:
            row = await lookups.node_by_external_id(
                uow, caller, plan_id=plan_id, kind=kind, external_id=external_id or ""
            )
        (body,) = await shown_items(uow, caller, [row])
        return body, row.version

    body, version = await scope.read(read)
    return item(request, body, version)


async def in_plan(
    scope: RequestScope, *, plan_id: uuid.UUID, kind: NodeKind, node_id: uuid.UUID
) -> None:
    """Refuse a change to an item that is not of this plan (NotFound), before it is tried;
    without a key, say that first."""
    caller = writer(scope)
    await scope.read(
        lambda uow: lookups.node_of_plan(uow, caller, plan_id=plan_id, kind=kind, node_id=node_id)
    )


async def part_page(
    request: Request,
    scope: RequestScope,
    kind: type[Page[Any]],
    *,
    plan_id: uuid.UUID,
    query: PartQuery,
) -> Response:
    """A page of the plan's findings, themes, goals, action plans or actions, oldest first."""
    caller = scope.caller

    async def read(uow: UnitOfWork) -> tuple[list[Any], str | None, int]:
        plan = await reading.plan_for(uow, caller, plan_id)
        key = (plan.tenant_id, plan.id)
        rows, more, total = (await browsing.part_pages_of(uow, [(key, query)]))[(key, query)]
        following = encode_cursor(rows[-1].created_at, rows[-1].id) if more and rows else None
        return await shown_items(uow, caller, rows), following, total

    items, following, total = await scope.read(read)
    return page(request, kind, items, next_cursor=following, total=total)


async def shown_node(uow: UnitOfWork, caller: Caller, row: models.Node) -> Answer:
    """A changed item, with its new ETag."""
    (body,) = await shown_items(uow, caller, [row])
    return shown(body, version=row.version)


async def created_node(uow: UnitOfWork, caller: Caller, row: models.Node) -> Answer:
    """A new item (or, for an external id given before, the item made then)."""
    (body,) = await shown_items(uow, caller, [row])
    # An input's receipt code is handed out in this answer only, never in a replay of it.
    once = ("receipt_code",) if isinstance(row, models.Input) else ()
    return shown(body, status=201, version=row.version, location=location(row), once=once)


async def removed(uow: UnitOfWork, caller: Caller, row: object) -> Answer:
    return nothing()


async def delete_node(
    request: Request,
    scope: RequestScope,
    *,
    plan_id: uuid.UUID,
    kind: NodeKind,
    node_id: uuid.UUID,
    expected: int | None,
    reason: str | None,
) -> Response:
    """Remove an item of the plan and the links that touch it, each removal recorded."""
    await in_plan(scope, plan_id=plan_id, kind=kind, node_id=node_id)
    command = structure.DeleteNode(node_id=node_id, reason=reason, expected_version=expected)
    return await perform(request, scope, structure.delete_node, command, removed)


async def targets_page(
    request: Request,
    scope: RequestScope,
    kind: type[Page[Any]],
    *,
    plan_id: uuid.UUID,
    parent: tuple[NodeKind, uuid.UUID],
    target: NodeKind,
    limit: int,
    after: str | None,
) -> Response:
    """A page of the items a goal or action plan links to (its action plans, its actions), by
    code, cut from the short list the node has."""
    caller = scope.caller
    parent_kind, parent_id = parent

    async def read(uow: UnitOfWork) -> tuple[list[Any], str | None, int]:
        node = await lookups.node_of_plan(
            uow, caller, plan_id=plan_id, kind=parent_kind, node_id=parent_id
        )
        key = (node.tenant_id, node.id)
        rows = (await reading.targets_of(uow, [key], target))[key]
        chosen, following = cut(rows, _cursor, limit=limit, after=after)
        return await shown_items(uow, caller, chosen), following, len(rows)

    items, following, total = await scope.read(read)
    return page(request, kind, items, next_cursor=following, total=total)


def _cursor(row: models.Node) -> str:
    return encode_cursor(row.created_at, row.id)
