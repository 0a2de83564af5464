"""Participation moments and actors over REST: where input was gathered for a plan, and the
departments and partners (of the municipality, not of one plan) that carry its actions."""

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from api.domain.vocabulary import ActorKind, Channel, Phase
from api.rest.conventions import (
    DEFAULT_LIMIT,
    After,
    Body,
    IfMatch,
    Limit,
    Page,
    Reason,
    cut,
    item,
    page,
    writer,
)
from api.rest.requests import Scoped, errors
from api.rest.writes import IdempotencyKey, nothing, perform, shown
from api.services import browsing, disclosure, lookups, participation, reading
from api.services.browsing import PartQuery
from api.services.caller import Caller
from api.services.idempotency import Answer
from api.services.pagination import encode_cursor
from api.services.runner import UnitOfWork
from api.store import models

router = APIRouter(prefix="/api/v1", tags=["participation"])

READS = errors(401, 403, 404, 422)
WRITES = errors(401, 403, 404, 409, 412, 422)


class Moment(BaseModel):
    """A session or channel where input was gathered."""

    id: uuid.UUID
    plan_id: uuid.UUID
    title: str
    held_on: date
    method: Channel
    phase: Phase | None
    facilitator: str | None = Field(description="Who led it; a person's name: with a key only.")
    participant_count: int | None
    place: str | None
    online: bool
    version: int = Field(description="Its version, also its ETag; If-Match it to change it safely.")


class Actor(BaseModel):
    """A department of the municipality or a partner outside it."""

    id: uuid.UUID
    name: str = Field(description="Unique in the municipality.")
    kind: ActorKind
    version: int = Field(description="Its version, also its ETag; If-Match it to change it safely.")


class MomentPage(Page[Moment]):
    pass


class ActorPage(Page[Actor]):
    pass


class CreateMoment(Body):
    """A session or channel where input was gathered for the plan."""

    title: str
    held_on: date
    method: Channel
    phase: Phase | None = None
    facilitator: str | None = None
    participant_count: int | None = None
    place: str | None = None
    online: bool = False
    reason: str | None = Field(default=None, description="Why, as the event log will say.")


class UpdateMoment(Body):
    """What to correct of a moment; what is not given stays."""

    title: str | None = None
    held_on: date | None = None
    method: Channel | None = None
    phase: Phase | None = None
    facilitator: str | None = None
    participant_count: int | None = None
    place: str | None = None
    online: bool | None = None
    reason: str | None = Field(default=None, description="Why, as the event log will say.")


class CreateActor(Body):
    """A department or partner, under a name unique in the municipality."""

    name: str
    kind: ActorKind
    reason: str | None = Field(default=None, description="Why, as the event log will say.")


class UpdateActor(Body):
    """What to change of an actor; what is not given stays."""

    name: str | None = None
    kind: ActorKind | None = None
    reason: str | None = Field(default=None, description="Why, as the event log will say.")


def moment_of(row: models.ParticipationMoment, caller: Caller | None) -> Moment:
    return Moment(
        id=row.id, plan_id=row.plan_id, title=row.title, held_on=row.held_on,
        method=Channel(row.method), phase=Phase(row.phase) if row.phase else None,
        facilitator=disclosure.personal(caller, row.facilitator),
        participant_count=row.participant_count, place=row.place, online=row.online,
        version=row.version,
    )  # fmt: skip


def actor_of(row: models.Actor) -> Actor:
    return Actor(id=row.id, name=row.name, kind=ActorKind(row.kind), version=row.version)


def _cursor(row: models.ParticipationMoment | models.Actor) -> str:
    return encode_cursor(row.created_at, row.id)


async def _moment_created(
    uow: UnitOfWork, caller: Caller, row: models.ParticipationMoment
) -> Answer:
    where = f"/api/v1/plans/{row.plan_id}/moments/{row.id}"
    return shown(moment_of(row, caller), status=201, version=row.version, location=where)


async def _moment_changed(
    uow: UnitOfWork, caller: Caller, row: models.ParticipationMoment
) -> Answer:
    return shown(moment_of(row, caller), version=row.version)


async def _actor_created(uow: UnitOfWork, caller: Caller, row: models.Actor) -> Answer:
    where = f"/api/v1/actors/{row.id}"
    return shown(actor_of(row), status=201, version=row.version, location=where)


async def _actor_changed(uow: UnitOfWork, caller: Caller, row: models.Actor) -> Answer:
    return shown(actor_of(row), version=row.version)


async def _removed(uow: UnitOfWork, caller: Caller, row: object) -> Answer:
    return nothing()


async def _moment_in_plan(
    scope: Scoped, plan_id: uuid.UUID, moment_id: uuid.UUID
) -> models.ParticipationMoment:
    caller = scope.caller
    return await scope.read(
        lambda uow: lookups.moment_of_plan(uow, caller, plan_id=plan_id, moment_id=moment_id)
    )


@router.get(
    "/plans/{plan_id}/moments",
    summary="Where input was gathered for the plan, in the order they were recorded",
    response_model=MomentPage,
    responses=READS,
)
async def list_moments(
    request: Request, plan_id: uuid.UUID, scope: Scoped, limit: Limit = DEFAULT_LIMIT,
    after: After = None, phase: Annotated[Phase | None, Query()] = None,
) -> Response:  # fmt: skip
    query = PartQuery("moment", limit, after, phase=phase.value if phase else None)
    caller = scope.caller

    async def read(uow: UnitOfWork) -> tuple[list[Moment], str | None, int]:
        plan = await reading.plan_for(uow, caller, plan_id)
        key = (plan.tenant_id, plan.id)
        rows, more, total = (await browsing.part_pages_of(uow, [(key, query)]))[(key, query)]
        following = _cursor(rows[-1]) if more and rows else None
        return [moment_of(row, caller) for row in rows], following, total

    items, following, total = await scope.read(read)
    return page(request, MomentPage, items, next_cursor=following, total=total)


@router.post(
    "/plans/{plan_id}/moments",
    summary="Record a session or channel where input was gathered",
    status_code=201,
    response_model=Moment,
    responses=errors(401, 403, 404, 409, 422),
)
async def create_moment(
    request: Request, plan_id: uuid.UUID, body: CreateMoment, scope: Scoped,
    idempotency_key: IdempotencyKey = None,
) -> Response:  # fmt: skip
    command = participation.CreateMoment(plan_id=plan_id, **body.model_dump())
    return await perform(
        request, scope, participation.create_moment, command, _moment_created,
        idempotency_key=idempotency_key,
    )  # fmt: skip


@router.get(
    "/plans/{plan_id}/moments/{moment_id}",
    summary="One participation moment of the plan",
    response_model=Moment,
    responses=READS,
)
async def get_moment(
    request: Request, plan_id: uuid.UUID, moment_id: uuid.UUID, scope: Scoped
) -> Response:
    row = await _moment_in_plan(scope, plan_id, moment_id)
    return item(request, moment_of(row, scope.caller), row.version)


@router.patch(
    "/plans/{plan_id}/moments/{moment_id}",
    summary="Correct what is given of a participation moment",
    response_model=Moment,
    responses=WRITES,
)
async def update_moment(
    request: Request, plan_id: uuid.UUID, moment_id: uuid.UUID, body: UpdateMoment,
    scope: Scoped, expected: IfMatch,
) -> Response:  # fmt: skip
    writer(scope)
    await _moment_in_plan(scope, plan_id, moment_id)
    command = participation.UpdateMoment(
        moment_id=moment_id, expected_version=expected, **body.model_dump()
    )
    return await perform(request, scope, participation.update_moment, command, _moment_changed)


@router.delete(
    "/plans/{plan_id}/moments/{moment_id}",
    summary="Remove a moment that no input was gathered at",
    status_code=204,
    responses=WRITES,
)
async def delete_moment(
    request: Request, plan_id: uuid.UUID, moment_id: uuid.UUID, scope: Scoped,
    expected: IfMatch, reason: Reason = None,
) -> Response:  # fmt: skip
    writer(scope)
    await _moment_in_plan(scope, plan_id, moment_id)
    command = participation.DeleteMoment(
        moment_id=moment_id, expected_version=expected, reason=reason
    )
    return await perform(request, scope, participation.delete_moment, command, _removed)


@router.get(
    "/plans/{plan_id}/actors",
    summary="The departments and partners of the plan's municipality, by name",
    description="Without a key, those that carry an action of the (published) plan's municipality.",
    response_model=ActorPage,
    responses=READS,
)
async def list_actors(
    request: Request, plan_id: uuid.UUID, scope: Scoped, limit: Limit = DEFAULT_LIMIT,
    after: After = None,
) -> Response:  # fmt: skip
    caller = scope.caller

    async def read(uow: UnitOfWork) -> tuple[list[Actor], str | None, int]:
        plan = await reading.plan_for(uow, caller, plan_id)
        rows = (await browsing.actors_of(uow, [plan.tenant_id])).get(plan.tenant_id, [])
        chosen, following = cut(rows, _cursor, limit=limit, after=after)
        return [actor_of(row) for row in chosen], following, len(rows)

    items, following, total = await scope.read(read)
    return page(request, ActorPage, items, next_cursor=following, total=total)


@router.post(
    "/actors",
    summary="Register a department or partner of the municipality under a unique name",
    status_code=201,
    response_model=Actor,
    responses=errors(401, 403, 409, 422),
)
async def create_actor(
    request: Request, body: CreateActor, scope: Scoped, idempotency_key: IdempotencyKey = None
) -> Response:
    command = participation.CreateActor(name=body.name, kind=body.kind, reason=body.reason)
    return await perform(
        request, scope, participation.create_actor, command, _actor_created,
        idempotency_key=idempotency_key,
    )  # fmt: skip


@router.get("/actors/{actor_id}", summary="One actor", response_model=Actor, responses=READS)
async def get_actor(request: Request, actor_id: uuid.UUID, scope: Scoped) -> Response:
    caller = scope.caller
    row = await scope.read(lambda uow: lookups.readable_actor(uow, caller, actor_id))
    return item(request, actor_of(row), row.version)


@router.patch(
    "/actors/{actor_id}",
    summary="Rename an actor or change its kind",
    response_model=Actor,
    responses=WRITES,
)
async def update_actor(
    request: Request, actor_id: uuid.UUID, body: UpdateActor, scope: Scoped, expected: IfMatch
) -> Response:
    command = participation.UpdateActor(
        actor_id=actor_id, name=body.name, kind=body.kind, expected_version=expected,
        reason=body.reason,
    )  # fmt: skip
    return await perform(request, scope, participation.update_actor, command, _actor_changed)


@router.delete(
    "/actors/{actor_id}",
    summary="Remove an actor that carries no action",
    status_code=204,
    responses=WRITES,
)
async def delete_actor(
    request: Request, actor_id: uuid.UUID, scope: Scoped, expected: IfMatch,
    reason: Reason = None,
) -> Response:  # fmt: skip
    command = participation.DeleteActor(actor_id=actor_id, expected_version=expected, reason=reason)
    return await perform(request, scope, participation.delete_actor, command, _removed)
