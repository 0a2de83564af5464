"""Actions over REST: what the municipality does, who carries it, and how far it has come.

A project or financial system syncs its actions by its own ids: it makes each with an
`external_id`, reads it back at `/actions/by-external-id/{external_id}`, and reports progress
and status with If-Match, so a change made meanwhile in Spoor is not overwritten.
"""

import uuid
from datetime import date
from decimal import Decimal

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import Field

from api.domain.status import ActionStatus
from api.domain.trail import NodeKind
from api.rest.conventions import (
    DEFAULT_LIMIT,
    After,
    Body,
    ExternalId,
    IfMatch,
    Limit,
    Reason,
    text_value,
)
from api.rest.requests import Scoped, errors
from api.rest.structure import UpdateTexts
from api.rest.structure_goals import NewCommitment
from api.rest.trail_items import (
    created_node,
    delete_node,
    in_plan,
    one_node,
    part_page,
    shown_node,
)
from api.rest.trail_models import Action, ActionPage
from api.rest.writes import IdempotencyKey, perform
from api.services import actions
from api.services.browsing import PartQuery

router = APIRouter(prefix="/api/v1", tags=["actions"])

READS = errors(401, 403, 404, 422)
WRITES = errors(401, 403, 404, 409, 412, 422)


class CreateAction(NewCommitment):
    """A concrete action to add to a plan; link it under its action plan."""

    weight: Decimal | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    budget: Decimal | None = Field(default=None, description="In euro.")
    owner_ids: list[uuid.UUID] = Field(default_factory=list, description="The departments.")
    partner_ids: list[uuid.UUID] = Field(default_factory=list, description="The partners.")

    def command(self, plan_id: uuid.UUID) -> actions.CreateAction:
        return actions.CreateAction(
            plan_id=plan_id, code=self.code, title=text_value(self.title) or "",
            description=text_value(self.description), priority=self.priority,
            weight=self.weight, starts_on=self.starts_on, ends_on=self.ends_on,
            budget=self.budget, owners=tuple(self.owner_ids), partners=tuple(self.partner_ids),
            external_id=self.external_id, reason=self.reason,
        )  # fmt: skip


class UpdateAction(UpdateTexts):
    """What to change of an action; what is not given stays. Owners and partners, when
    given, replace the old."""

    priority: bool | None = None
    weight: Decimal | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    budget: Decimal | None = Field(default=None, description="In euro.")
    owner_ids: list[uuid.UUID] | None = None
    partner_ids: list[uuid.UUID] | None = None
    external_id: str | None = None

    def command(self, action_id: uuid.UUID, expected: int | None) -> actions.ReviseAction:
        return actions.ReviseAction(
            action_id=action_id, code=self.code, title=text_value(self.title),
            description=text_value(self.description), priority=self.priority,
            weight=self.weight, starts_on=self.starts_on, ends_on=self.ends_on,
            budget=self.budget, owners=_ids(self.owner_ids), partners=_ids(self.partner_ids),
            external_id=self.external_id, expected_version=expected, reason=self.reason,
        )  # fmt: skip


def _ids(given: list[uuid.UUID] | None) -> tuple[uuid.UUID, ...] | None:
    return None if given is None else tuple(given)


class SetActionStatus(Body):
    """A step of an action: proposed → planned → in_progress → done, or dropped."""

    status: ActionStatus
    reason: str | None = Field(default=None, description="Why, as the event log will say.")


class SetProgress(Body):
    """An action's progress, a whole percentage from 0 to 100."""

    progress: int
    reason: str | None = Field(default=None, description="Why, as the event log will say.")


@router.get(
    "/plans/{plan_id}/actions",
    summary="The plan's actions, in the order they were made",
    response_model=ActionPage,
    responses=READS,
)
async def list_actions(
    request: Request, plan_id: uuid.UUID, scope: Scoped, limit: Limit = DEFAULT_LIMIT,
    after: After = None,
) -> Response:  # fmt: skip
    query = PartQuery("action", limit, after)
    return await part_page(request, scope, ActionPage, plan_id=plan_id, query=query)


@router.post(
    "/plans/{plan_id}/actions",
    summary="Add an action to the plan, with its owners and partners",
    status_code=201,
    response_model=Action,
    responses=errors(401, 403, 404, 409, 422),
)
async def create_action(
    request: Request, plan_id: uuid.UUID, body: CreateAction, scope: Scoped,
    idempotency_key: IdempotencyKey = None,
) -> Response:  # fmt: skip
    return await perform(
        request, scope, actions.create_action, body.command(plan_id), created_node,
        idempotency_key=idempotency_key,
    )  # fmt: skip


@router.get(
    "/plans/{plan_id}/actions/by-external-id/{external_id}",
    summary="The action your own system knows by this id",
    response_model=Action,
    responses=READS,
)
async def get_action_by_external_id(
    request: Request, plan_id: uuid.UUID, external_id: ExternalId, scope: Scoped
) -> Response:
    return await one_node(
        request, scope, plan_id=plan_id, kind=NodeKind.ACTION, external_id=external_id
    )


@router.get(
    "/plans/{plan_id}/actions/{action_id}",
    summary="One action of the plan",
    response_model=Action,
    responses=READS,
)
async def get_action(
    request: Request, plan_id: uuid.UUID, action_id: uuid.UUID, scope: Scoped
) -> Response:
    return await one_node(request, scope, plan_id=plan_id, kind=NodeKind.ACTION, node_id=action_id)


@router.patch(
    "/plans/{plan_id}/actions/{action_id}",
    summary="Change what is given of an action: code, texts, priority, weight, dates, budget,"
    " owners, partners, external id",
    response_model=Action,
    responses=WRITES,
)
async def update_action(
    request: Request, plan_id: uuid.UUID, action_id: uuid.UUID, body: UpdateAction,
    scope: Scoped, expected: IfMatch,
) -> Response:  # fmt: skip
    await in_plan(scope, plan_id=plan_id, kind=NodeKind.ACTION, node_id=action_id)
    command = body.command(action_id, expected)
    return await perform(request, scope, actions.revise_action, command, shown_node)


@router.delete(
    "/plans/{plan_id}/actions/{action_id}",
    summary="Remove an action and the links that touch it",
    status_code=204,
    responses=WRITES,
)
async def delete_action(
    request: Request, plan_id: uuid.UUID, action_id: uuid.UUID, scope: Scoped,
    expected: IfMatch, reason: Reason = None,
) -> Response:  # fmt: skip
    return await delete_node(
        request, scope, plan_id=plan_id, kind=NodeKind.ACTION, node_id=action_id,
        expected=expected, reason=reason,
    )  # fmt: skip


@router.post(
    "/plans/{plan_id}/actions/{action_id}/status",
    summary="Move an action along its status machine, or drop it; a done action is at 100%",
    response_model=Action,
    responses=WRITES,
)
async def set_action_status(
    request: Request, plan_id: uuid.UUID, action_id: uuid.UUID, body: SetActionStatus,
    scope: Scoped, expected: IfMatch, idempotency_key: IdempotencyKey = None,
) -> Response:  # fmt: skip
    await in_plan(scope, plan_id=plan_id, kind=NodeKind.ACTION, node_id=action_id)
    command = actions.SetActionStatus(
        action_id=action_id, status=body.status, expected_version=expected, reason=body.reason
    )
    return await perform(
        request, scope, actions.set_action_status, command, shown_node,
        idempotency_key=idempotency_key,
    )  # fmt: skip


@router.post(
    "/plans/{plan_id}/actions/{action_id}/progress",
    summary="Report an action's progress, a whole percentage from 0 to 100",
    response_model=Action,
    responses=WRITES,
)
async def set_progress(
    request: Request, plan_id: uuid.UUID, action_id: uuid.UUID, body: SetProgress,
    scope: Scoped, expected: IfMatch, idempotency_key: IdempotencyKey = None,
) -> Response:  # fmt: skip
    await in_plan(scope, plan_id=plan_id, kind=NodeKind.ACTION, node_id=action_id)
    command = actions.SetProgress(
        action_id=action_id, progress=body.progress, expected_version=expected, reason=body.reason
    )
    return await perform(
        request, scope, actions.set_progress, command, shown_node,
        idempotency_key=idempotency_key,
    )  # fmt: skip
