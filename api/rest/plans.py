"""Plans over REST: list, draft, read (now, or as it stood at a moment), change, publish."""

import uuid
from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from api.domain.vocabulary import Phase, PlanStatus
from api.rest.conventions import (
    DEFAULT_LIMIT,
    After,
    Body,
    IfMatch,
    Limit,
    Page,
    Text,
    TranslatedText,
    item,
    keyed,
    page,
    text_value,
)
from api.rest.requests import Scoped, errors
from api.rest.writes import IdempotencyKey, perform, shown
from api.services import audit, reading
from api.services import plans as plan_service
from api.services.caller import Caller
from api.services.idempotency import Answer
from api.services.runner import UnitOfWork
from api.store import models

router = APIRouter(prefix="/api/v1", tags=["plans"])


class PlanPhase(Body):
    phase: Phase
    starts_on: date
    ends_on: date


def _phases(given: list[PlanPhase] | None) -> tuple[plan_service.PhaseDates, ...] | None:
    if given is None:
        return None
    return tuple(plan_service.PhaseDates(p.phase, p.starts_on, p.ends_on) for p in given)


class CreatePlan(Body):
    """A plan to draft for the caller's municipality."""

    title: Text
    period_start: date
    period_end: date
    description: Text | None = None
    phases: list[PlanPhase] = Field(default_factory=list)
    reason: str | None = Field(default=None, description="Why, as the event log will say.")

    def command(self) -> plan_service.CreatePlan:
        return plan_service.CreatePlan(
            title=text_value(self.title) or "", period_start=self.period_start,
            period_end=self.period_end, description=text_value(self.description),
            phases=_phases(self.phases) or (), reason=self.reason,
        )  # fmt: skip


class UpdatePlan(Body):
    """What to change of a plan; what is not given stays."""

    title: Text | None = None
    description: Text | None = None
    period_start: date | None = None
    period_end: date | None = None
    phases: list[PlanPhase] | None = Field(
        default=None, description="All its phases; given, they replace the old."
    )
    reason: str | None = Field(default=None, description="Why, as the event log will say.")

    def command(self, plan_id: uuid.UUID, expected: int | None) -> plan_service.UpdatePlan:
        return plan_service.UpdatePlan(
            plan_id=plan_id, title=text_value(self.title),
            description=text_value(self.description), period_start=self.period_start,
            period_end=self.period_end, phases=_phases(self.phases), expected_version=expected,
            reason=self.reason,
        )  # fmt: skip


class SetPlanStatus(Body):
    """Publish a draft plan (anonymous readers then see it), or adopt it."""

    status: PlanStatus
    reason: str | None = Field(default=None, description="Why, as the event log will say.")


class Plan(BaseModel):
    """A policy plan, such as a social policy plan for 2022-2027."""

    id: uuid.UUID
    title: TranslatedText
    description: TranslatedText | None
    period_start: date
    period_end: date
    status: PlanStatus
    version: int = Field(description="Its version, also its ETag; If-Match it to change it safely.")
    as_of: datetime | None = Field(
        default=None, description="The moment asked for with `as_of`; null for the plan now."
    )


class PlanPage(Page[Plan]):
    pass


def plan_of(row: models.Plan, as_of: datetime | None = None) -> Plan:
    return Plan(
        id=row.id, title=TranslatedText.model_validate(row.title),
        description=TranslatedText.of(row.description), period_start=row.period_start,
        period_end=row.period_end, status=PlanStatus(row.status), version=row.version,
        as_of=as_of,
    )  # fmt: skip


async def _shown(uow: UnitOfWork, caller: Caller, row: models.Plan) -> Answer:
    return shown(plan_of(row), version=row.version)


@router.get(
    "/plans",
    summary="The plans the caller may read",
    description="In the order they were made: with a key, its municipality's plans (or its one"
    " plan); without, every published or adopted plan.",
    response_model=PlanPage,
    responses=errors(401, 403, 422),
)
async def list_plans(
    request: Request, scope: Scoped, limit: Limit = DEFAULT_LIMIT, after: After = None
) -> Response:
    found = await scope.read(
        lambda uow: plan_service.list_plans(uow, scope.caller, first=limit, after=after)
    )
    items = [plan_of(row) for row in found.items]
    following = found.cursors[-1] if found.has_next_page and found.cursors else None
    return page(request, PlanPage, items, next_cursor=following, total=found.total_count)


@router.post(
    "/plans",
    summary="Draft a plan for the caller's municipality",
    status_code=201,
    response_model=Plan,
    responses=errors(401, 403, 409, 422),
)
async def create_plan(
    request: Request, body: CreatePlan, scope: Scoped, idempotency_key: IdempotencyKey = None
) -> Response:
    async def present(uow: UnitOfWork, caller: Caller, row: models.Plan) -> Answer:
        return shown(
            plan_of(row), status=201, version=row.version, location=f"/api/v1/plans/{row.id}"
        )

    return await perform(
        request, scope, plan_service.create_plan, body.command(), present,
        idempotency_key=idempotency_key,
    )  # fmt: skip


@router.get(
    "/plans/{plan_id}",
    summary="One plan, now or as it stood at a moment",
    description="With `as_of` (needs a key), the plan's own fields as they stood then, rebuilt"
    " from the event log (its trail then: `GET /plans/{plan_id}/trail?as_of=`).",
    response_model=Plan,
    responses=errors(401, 403, 404, 422),
)
async def get_plan(
    request: Request,
    plan_id: uuid.UUID,
    scope: Scoped,
    as_of: Annotated[
        datetime | None, Query(description="A moment with its offset: 2023-06-01T00:00:00+02:00.")
    ] = None,
) -> Response:
    if as_of is None:
        row = await scope.read(lambda uow: reading.plan_for(uow, scope.caller, plan_id))
        return item(request, plan_of(row), row.version)
    caller = keyed(scope, "reading a plan as it stood")
    past = await scope.read(lambda uow: audit.plan_as_of(uow, caller, plan_id=plan_id, at=as_of))
    return item(request, plan_of(past, as_of), past.version)


@router.patch(
    "/plans/{plan_id}",
    summary="Change what is given of a plan's title, description, period or phases",
    response_model=Plan,
    responses=errors(401, 403, 404, 409, 412, 422),
)
async def update_plan(
    request: Request, plan_id: uuid.UUID, body: UpdatePlan, scope: Scoped, expected: IfMatch
) -> Response:
    command = body.command(plan_id, expected)
    return await perform(request, scope, plan_service.update_plan, command, _shown)


@router.post(
    "/plans/{plan_id}/status",
    summary="Publish or adopt a plan; a plan only moves forward",
    response_model=Plan,
    responses=errors(401, 403, 404, 409, 412, 422),
)
async def set_plan_status(
    request: Request,
    plan_id: uuid.UUID,
    body: SetPlanStatus,
    scope: Scoped,
    expected: IfMatch,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    command = plan_service.SetPlanStatus(
        plan_id=plan_id, status=body.status, expected_version=expected, reason=body.reason
    )
    return await perform(
        request, scope, plan_service.set_plan_status, command, _shown,
        idempotency_key=idempotency_key,
    )  # fmt: skip
