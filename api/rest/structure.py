"""A plan's findings and themes over REST; themes as a tree (a theme moves under another).

Each item is listed, made, read by id or external id, changed and removed under its plan.
"""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import Field

from api.domain.trail import NodeKind
from api.rest.conventions import (
    DEFAULT_LIMIT,
    After,
    Body,
    ExternalId,
    IfMatch,
    Limit,
    Reason,
    Text,
    text_value,
)
from api.rest.requests import Scoped, errors
from api.rest.trail_items import (
    created_node,
    delete_node,
    in_plan,
    one_node,
    part_page,
    shown_node,
)
from api.rest.trail_models import Finding, FindingPage, Theme, ThemePage
from api.rest.writes import IdempotencyKey, perform
from api.services import structure
from api.services.browsing import PartQuery

router = APIRouter(prefix="/api/v1", tags=["structure"])

READS = errors(401, 403, 404, 422)
WRITES = errors(401, 403, 404, 409, 412, 422)


class NewElement(Body):
    """What every new finding, theme, goal or action plan gives."""

    title: Text
    description: Text | None = None
    external_id: str | None = Field(
        default=None,
        description="Its id in the system it comes from, unique per municipality and kind:"
        " sending the same create again returns the item made the first time.",
    )
    reason: str | None = Field(default=None, description="Why, as the event log will say.")


class CreateFinding(NewElement):
    """A challenge synthesised from inputs; link the inputs to it."""

    code: str | None = None


class CreateTheme(NewElement):
    """A theme of the plan's taxonomy, at the top or under a parent theme."""

    code: str | None = None
    parent_id: uuid.UUID | None = Field(default=None, description="The theme it sits under.")


class UpdateTexts(Body):
    """What to change of an item's code and texts; what is not given stays."""

    code: str | None = None
    title: Text | None = None
    description: Text | None = None
    reason: str | None = Field(default=None, description="Why, as the event log will say.")

    def texts(self, node_id: uuid.UUID, expected: int | None) -> structure.UpdateNode:
        """The command, priority left as it is."""
        return structure.UpdateNode(
            node_id=node_id, code=self.code, title=text_value(self.title),
            description=text_value(self.description), expected_version=expected,
            reason=self.reason,
        )  # fmt: skip


class MoveTheme(Body):
    """Where a theme sits: under another theme of the plan, or (null) at the top."""

    parent_id: uuid.UUID | None
    reason: str | None = Field(default=None, description="Why, as the event log will say.")


def _shared(body: NewElement, plan_id: uuid.UUID) -> dict[str, Any]:
    return {
        "plan_id": plan_id, "title": text_value(body.title) or "",
        "description": text_value(body.description), "external_id": body.external_id,
        "reason": body.reason,
    }  # fmt: skip


@router.get(
    "/plans/{plan_id}/findings",
    summary="The plan's findings, in the order they were made",
    response_model=FindingPage,
    responses=READS,
)
async def list_findings(
    request: Request, plan_id: uuid.UUID, scope: Scoped, limit: Limit = DEFAULT_LIMIT,
    after: After = None,
) -> Response:  # fmt: skip
    query = PartQuery("finding", limit, after)
    return await part_page(request, scope, FindingPage, plan_id=plan_id, query=query)


@router.post(
    "/plans/{plan_id}/findings",
    summary="Add a finding to the plan",
    status_code=201,
    response_model=Finding,
    responses=errors(401, 403, 404, 409, 422),
)
async def create_finding(
    request: Request, plan_id: uuid.UUID, body: CreateFinding, scope: Scoped,
    idempotency_key: IdempotencyKey = None,
) -> Response:  # fmt: skip
    command = structure.CreateFinding(code=body.code, **_shared(body, plan_id))
    return await perform(
        request, scope, structure.create_finding, command, created_node,
        idempotency_key=idempotency_key,
    )  # fmt: skip


@router.get(
    "/plans/{plan_id}/findings/by-external-id/{external_id}",
    summary="The finding your own system knows by this id",
    response_model=Finding,
    responses=READS,
)
async def get_finding_by_external_id(
    request: Request, plan_id: uuid.UUID, external_id: ExternalId, scope: Scoped
) -> Response:
    return await one_node(
        request, scope, plan_id=plan_id, kind=NodeKind.FINDING, external_id=external_id
    )


@router.get(
    "/plans/{plan_id}/findings/{finding_id}",
    summary="One finding of the plan",
    response_model=Finding,
    responses=READS,
)
async def get_finding(
    request: Request, plan_id: uuid.UUID, finding_id: uuid.UUID, scope: Scoped
) -> Response:
    return await one_node(
        request, scope, plan_id=plan_id, kind=NodeKind.FINDING, node_id=finding_id
    )


@router.patch(
    "/plans/{plan_id}/findings/{finding_id}",
    summary="Change what is given of a finding's code, title or description",
    response_model=Finding,
    responses=WRITES,
)
async def update_finding(
    request: Request, plan_id: uuid.UUID, finding_id: uuid.UUID, body: UpdateTexts,
    scope: Scoped, expected: IfMatch,
) -> Response:  # fmt: skip
    await in_plan(scope, plan_id=plan_id, kind=NodeKind.FINDING, node_id=finding_id)
    command = body.texts(finding_id, expected)
    return await perform(request, scope, structure.update_node, command, shown_node)


@router.delete(
    "/plans/{plan_id}/findings/{finding_id}",
    summary="Remove a finding and the links that touch it",
    status_code=204,
    responses=WRITES,
)
async def delete_finding(
    request: Request, plan_id: uuid.UUID, finding_id: uuid.UUID, scope: Scoped,
    expected: IfMatch, reason: Reason = None,
) -> Response:  # fmt: skip
    return await delete_node(
        request, scope, plan_id=plan_id, kind=NodeKind.FINDING, node_id=finding_id,
        expected=expected, reason=reason,
    )  # fmt: skip


@router.get(
    "/plans/{plan_id}/themes",
    summary="The plan's themes as a tree",
    description="The top level; with `parent_id`, the themes directly under that theme; with"
    " `all_levels`, every theme. Each names its `parent_id`.",
    response_model=ThemePage,
    responses=READS,
)
async def list_themes(
    request: Request, plan_id: uuid.UUID, scope: Scoped, limit: Limit = DEFAULT_LIMIT,
    after: After = None,
    parent_id: Annotated[uuid.UUID | None, Query(description="Only the themes under it.")] = None,
    all_levels: Annotated[bool, Query(description="Every theme, at any level.")] = False,
) -> Response:  # fmt: skip
    query = PartQuery("theme", limit, after, parent_id, all_levels)
    return await part_page(request, scope, ThemePage, plan_id=plan_id, query=query)


@router.post(
    "/plans/{plan_id}/themes",
    summary="Add a theme to the plan's taxonomy, optionally under a parent theme",
    status_code=201,
    response_model=Theme,
    responses=errors(401, 403, 404, 409, 422),
)
async def create_theme(
    request: Request, plan_id: uuid.UUID, body: CreateTheme, scope: Scoped,
    idempotency_key: IdempotencyKey = None,
) -> Response:  # fmt: skip
    command = structure.CreateTheme(
        code=body.code,
        parent_id=body.parent_id,
        **_shared(body, plan_id),
    )
    return await perform(
        request, scope, structure.create_theme, command, created_node,
        idempotency_key=idempotency_key,
    )  # fmt: skip


@router.get(
    "/plans/{plan_id}/themes/by-external-id/{external_id}",
    summary="The theme your own system knows by this id",
    response_model=Theme,
    responses=READS,
)
async def get_theme_by_external_id(
    request: Request, plan_id: uuid.UUID, external_id: ExternalId, scope: Scoped
) -> Response:
    return await one_node(
        request, scope, plan_id=plan_id, kind=NodeKind.THEME, external_id=external_id
    )


@router.get(
    "/plans/{plan_id}/themes/{theme_id}",
    summary="One theme of the plan",
    response_model=Theme,
    responses=READS,
)
async def get_theme(
    request: Request, plan_id: uuid.UUID, theme_id: uuid.UUID, scope: Scoped
) -> Response:
    return await one_node(request, scope, plan_id=plan_id, kind=NodeKind.THEME, node_id=theme_id)


@router.patch(
    "/plans/{plan_id}/themes/{theme_id}",
    summary="Change what is given of a theme's code, title or description",
    response_model=Theme,
    responses=WRITES,
)
async def update_theme(
    request: Request, plan_id: uuid.UUID, theme_id: uuid.UUID, body: UpdateTexts,
    scope: Scoped, expected: IfMatch,
) -> Response:  # fmt: skip
    await in_plan(scope, plan_id=plan_id, kind=NodeKind.THEME, node_id=theme_id)
    command = body.texts(theme_id, expected)
    return await perform(request, scope, structure.update_node, command, shown_node)


@router.put(
    "/plans/{plan_id}/themes/{theme_id}/parent",
    summary="Place a theme under another theme, or (null) at the top; the tree stays a tree",
    response_model=Theme,
    responses=WRITES,
)
async def move_theme(
    request: Request, plan_id: uuid.UUID, theme_id: uuid.UUID, body: MoveTheme,
    scope: Scoped, expected: IfMatch,
) -> Response:  # fmt: skip
    await in_plan(scope, plan_id=plan_id, kind=NodeKind.THEME, node_id=theme_id)
    command = structure.MoveTheme(
        theme_id=theme_id, parent_id=body.parent_id, expected_version=expected,
        reason=body.reason,
    )  # fmt: skip
    return await perform(request, scope, structure.move_theme, command, shown_node)


@router.delete(
    "/plans/{plan_id}/themes/{theme_id}",
    summary="Remove a theme without sub-themes, and the links that touch it",
    status_code=204,
    responses=WRITES,
)
async def delete_theme(
    request: Request, plan_id: uuid.UUID, theme_id: uuid.UUID, scope: Scoped,
    expected: IfMatch, reason: Reason = None,
) -> Response:  # fmt: skip
    return await delete_node(
        request, scope, plan_id=plan_id, kind=NodeKind.THEME, node_id=theme_id,
        expected=expected, reason=reason,
    )  # fmt: skip
