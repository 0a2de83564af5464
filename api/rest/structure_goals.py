"""A plan's strategic goals and action plans over REST, each with what it leads to.

Link an action plan under its goal, and an action under its action plan, with a link
(`POST /plans/{plan_id}/links`); the lists under a goal and an action plan follow those links.
"""

import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.domain.trail import NodeKind
from api.rest.conventions import (
    DEFAULT_LIMIT,
    After,
    ExternalId,
    IfMatch,
    Limit,
    Reason,
    text_value,
)
from api.rest.requests import Scoped, errors
from api.rest.structure import NewElement, UpdateTexts
from api.rest.trail_items import (
    created_node,
    delete_node,
    in_plan,
    one_node,
    part_page,
    shown_node,
    targets_page,
)
from api.rest.trail_models import ActionPage, ActionPlan, ActionPlanPage, Goal, GoalPage
from api.rest.writes import IdempotencyKey, perform
from api.services import structure
from api.services.browsing import PartQuery

router = APIRouter(prefix="/api/v1", tags=["structure"])

READS = errors(401, 403, 404, 422)
WRITES = errors(401, 403, 404, 409, 412, 422)


class NewCommitment(NewElement):
    """A goal or action plan to add: a code such as SD1 or AP1.2, and maybe priority."""

    code: str
    priority: bool = False


class CreateGoal(NewCommitment):
    """A strategic goal, such as SD1."""


class CreateActionPlan(NewCommitment):
    """An action plan, such as AP1.2; link it under its goal."""


class UpdateCommitment(UpdateTexts):
    """What to change of a goal's or action plan's code, texts or priority."""

    priority: bool | None = None

    def command(self, node_id: uuid.UUID, expected: int | None) -> structure.UpdateNode:
        return structure.UpdateNode(
            node_id=node_id, code=self.code, title=text_value(self.title),
            description=text_value(self.description), priority=self.priority,
            expected_version=expected, reason=self.reason,
        )  # fmt: skip


def _fields(body: NewCommitment, plan_id: uuid.UUID) -> dict[str, Any]:
    return {
        "plan_id": plan_id, "code": body.code, "title": text_value(body.title) or "",
        "description": text_value(body.description), "priority": body.priority,
        "external_id": body.external_id, "reason": body.reason,
    }  # fmt: skip


@router.get(
    "/plans/{plan_id}/goals",
    summary="The plan's strategic goals, in the order they were made",
    response_model=GoalPage,
    responses=READS,
)
async def list_goals(
    request: Request, plan_id: uuid.UUID, scope: Scoped, limit: Limit = DEFAULT_LIMIT,
    after: After = None,
) -> Response:  # fmt: skip
    query = PartQuery("goal", limit, after)
    return await part_page(request, scope, GoalPage, plan_id=plan_id, query=query)


@router.post(
    "/plans/{plan_id}/goals",
    summary="Add a strategic goal to the plan",
    status_code=201,
    response_model=Goal,
    responses=errors(401, 403, 404, 409, 422),
)
async def create_goal(
    request: Request, plan_id: uuid.UUID, body: CreateGoal, scope: Scoped,
    idempotency_key: IdempotencyKey = None,
) -> Response:  # fmt: skip
    command = structure.CreateGoal(**_fields(body, plan_id))
    return await perform(
        request, scope, structure.create_goal, command, created_node,
        idempotency_key=idempotency_key,
    )  # fmt: skip


@router.get(
    "/plans/{plan_id}/goals/by-external-id/{external_id}",
    summary="The goal your own system knows by this id",
    response_model=Goal,
    responses=READS,
)
async def get_goal_by_external_id(
    request: Request, plan_id: uuid.UUID, external_id: ExternalId, scope: Scoped
) -> Response:
    return await one_node(
        request, scope, plan_id=plan_id, kind=NodeKind.GOAL, external_id=external_id
    )


@router.get(
    "/plans/{plan_id}/goals/{goal_id}",
    summary="One strategic goal of the plan",
    response_model=Goal,
    responses=READS,
)
async def get_goal(
    request: Request, plan_id: uuid.UUID, goal_id: uuid.UUID, scope: Scoped
) -> Response:
    return await one_node(request, scope, plan_id=plan_id, kind=NodeKind.GOAL, node_id=goal_id)


@router.get(
    "/plans/{plan_id}/goals/{goal_id}/action-plans",
    summary="The action plans under a goal, by code",
    response_model=ActionPlanPage,
    responses=READS,
)
async def list_goal_action_plans(
    request: Request, plan_id: uuid.UUID, goal_id: uuid.UUID, scope: Scoped,
    limit: Limit = DEFAULT_LIMIT, after: After = None,
) -> Response:  # fmt: skip
    return await targets_page(
        request, scope, ActionPlanPage, plan_id=plan_id, parent=(NodeKind.GOAL, goal_id),
        target=NodeKind.ACTION_PLAN, limit=limit, after=after,
    )  # fmt: skip


@router.patch(
    "/plans/{plan_id}/goals/{goal_id}",
    summary="Change what is given of a goal's code, title, description or priority",
    response_model=Goal,
    responses=WRITES,
)
async def update_goal(
    request: Request, plan_id: uuid.UUID, goal_id: uuid.UUID, body: UpdateCommitment,
    scope: Scoped, expected: IfMatch,
) -> Response:  # fmt: skip
    await in_plan(scope, plan_id=plan_id, kind=NodeKind.GOAL, node_id=goal_id)
    command = body.command(goal_id, expected)
    return await perform(request, scope, structure.update_node, command, shown_node)


@router.delete(
    "/plans/{plan_id}/goals/{goal_id}",
    summary="Remove a goal and the links that touch it",
    status_code=204,
    responses=WRITES,
)
async def delete_goal(
    request: Request, plan_id: uuid.UUID, goal_id: uuid.UUID, scope: Scoped,
    expected: IfMatch, reason: Reason = None,
) -> Response:  # fmt: skip
    return await delete_node(
        request, scope, plan_id=plan_id, kind=NodeKind.GOAL, node_id=goal_id,
        expected=expected, reason=reason,
    )  # fmt: skip


@router.get(
    "/plans/{plan_id}/action-plans",
    summary="The plan's action plans, in the order they were made",
    response_model=ActionPlanPage,
    responses=READS,
)
async def list_action_plans(
    request: Request, plan_id: uuid.UUID, scope: Scoped, limit: Limit = DEFAULT_LIMIT,
    after: After = None,
) -> Response:  # fmt: skip
    query = PartQuery("action_plan", limit, after)
    return await part_page(request, scope, ActionPlanPage, plan_id=plan_id, query=query)


@router.post(
    "/plans/{plan_id}/action-plans",
    summary="Add an action plan; link it under its goal",
    status_code=201,
    response_model=ActionPlan,
    responses=errors(401, 403, 404, 409, 422),
)
async def create_action_plan(
    request: Request, plan_id: uuid.UUID, body: CreateActionPlan, scope: Scoped,
    idempotency_key: IdempotencyKey = None,
) -> Response:  # fmt: skip
    command = structure.CreateActionPlan(**_fields(body, plan_id))
    return await perform(
        request, scope, structure.create_action_plan, command, created_node,
        idempotency_key=idempotency_key,
    )  # fmt: skip


@router.get(
    "/plans/{plan_id}/action-plans/by-external-id/{external_id}",
    summary="The action plan your own system knows by this id",
    response_model=ActionPlan,
    responses=READS,
)
async def get_action_plan_by_external_id(
    request: Request, plan_id: uuid.UUID, external_id: ExternalId, scope: Scoped
) -> Response:
    return await one_node(
        request, scope, plan_id=plan_id, kind=NodeKind.ACTION_PLAN, external_id=external_id
    )


@router.get(
    "/plans/{plan_id}/action-plans/{action_plan_id}",
    summary="One action plan of the plan",
    response_model=ActionPlan,
    responses=READS,
)
async def get_action_plan(
    request: Request, plan_id: uuid.UUID, action_plan_id: uuid.UUID, scope: Scoped
) -> Response:
    return await one_node(
        request, scope, plan_id=plan_id, kind=NodeKind.ACTION_PLAN, node_id=action_plan_id
    )


@router.get(
    "/plans/{plan_id}/action-plans/{action_plan_id}/actions",
    summary="The actions of an action plan, by code",
    response_model=ActionPage,
    responses=READS,
)
async def list_action_plan_actions(
    request: Request, plan_id: uuid.UUID, action_plan_id: uuid.UUID, scope: Scoped,
    limit: Limit = DEFAULT_LIMIT, after: After = None,
) -> Response:  # fmt: skip
    return await targets_page(
        request, scope, ActionPage, plan_id=plan_id,
        parent=(NodeKind.ACTION_PLAN, action_plan_id), target=NodeKind.ACTION, limit=limit,
        after=after,
    )  # fmt: skip


@router.patch(
    "/plans/{plan_id}/action-plans/{action_plan_id}",
    summary="Change what is given of an action plan's code, title, description or priority",
    response_model=ActionPlan,
    responses=WRITES,
)
async def update_action_plan(
    request: Request, plan_id: uuid.UUID, action_plan_id: uuid.UUID, body: UpdateCommitment,
    scope: Scoped, expected: IfMatch,
) -> Response:  # fmt: skip
    await in_plan(scope, plan_id=plan_id, kind=NodeKind.ACTION_PLAN, node_id=action_plan_id)
    command = body.command(action_plan_id, expected)
    return await perform(request, scope, structure.update_node, command, shown_node)


@router.delete(
    "/plans/{plan_id}/action-plans/{action_plan_id}",
    summary="Remove an action plan and the links that touch it",
    status_code=204,
    responses=WRITES,
)
async def delete_action_plan(
    request: Request, plan_id: uuid.UUID, action_plan_id: uuid.UUID, scope: Scoped,
    expected: IfMatch, reason: Reason = None,
) -> Response:  # fmt: skip
    return await delete_node(
        request, scope, plan_id=plan_id, kind=NodeKind.ACTION_PLAN, node_id=action_plan_id,
        expected=expected, reason=reason,
    )  # fmt: skip
