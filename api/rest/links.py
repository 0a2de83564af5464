"""Links over REST: the edges of a plan's trail, each with a rationale, a decision and an author;
and tagging many inputs with one theme at once."""

import uuid

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from api.domain.errors import NotFound
from api.domain.trail import NodeKind
from api.domain.vocabulary import Decision
from api.rest.conventions import Body, IfMatch, Reason, item, writer
from api.rest.requests import Scoped, errors
from api.rest.trail_items import in_plan
from api.rest.trail_models import Link, link_of
from api.rest.writes import IdempotencyKey, nothing, perform, shown
from api.services import links, lookups
from api.services.caller import Caller
from api.services.idempotency import Answer
from api.services.runner import UnitOfWork
from api.store import models

router = APIRouter(prefix="/api/v1", tags=["links"])

WRITES = errors(401, 403, 404, 409, 412, 422)


class CreateLink(Body):
    """A link from what rests on to what it supports, in one plan: an input to a finding,
    theme, goal or action; a finding or theme to a goal; a goal to an action plan or action;
    an action plan to an action."""

    source_id: uuid.UUID = Field(description="The input, finding, theme…")
    target_id: uuid.UUID = Field(description="…the finding, theme, goal…")
    rationale: str | None = Field(default=None, description="Why the two are linked.")
    decision: Decision = Decision.PROPOSED
    reason: str | None = Field(default=None, description="Why, as the event log will say.")


class UpdateLink(Body):
    """What to change of a link; its ends never change."""

    rationale: str | None = None
    decision: Decision | None = None
    reason: str | None = Field(default=None, description="Why, as the event log will say.")


class TagInputs(Body):
    """Up to 500 inputs of the theme's plan to tag with it at once (all or nothing)."""

    input_ids: list[uuid.UUID]
    rationale: str | None = None
    decision: Decision = Decision.PROPOSED
    reason: str | None = Field(default=None, description="Why, as the event log will say.")


class Tagged(BaseModel):
    """The links a bulk tagging made; inputs already tagged with the theme are skipped."""

    created: list[Link]


def _location(row: models.Link) -> str:
    return f"/api/v1/plans/{row.plan_id}/links/{row.id}"


async def _created(uow: UnitOfWork, caller: Caller, row: models.Link) -> Answer:
    body = link_of(row, caller)
    return shown(body, status=201, version=row.version, location=_location(row))


async def _changed(uow: UnitOfWork, caller: Caller, row: models.Link) -> Answer:
    return shown(link_of(row, caller), version=row.version)


async def _removed(uow: UnitOfWork, caller: Caller, row: models.Link) -> Answer:
    return nothing()


async def _tagged(uow: UnitOfWork, caller: Caller, rows: list[models.Link]) -> Answer:
    return shown(Tagged(created=[link_of(row, caller) for row in rows]), status=201)


async def _in_plan(scope: Scoped, plan_id: uuid.UUID, link_id: uuid.UUID) -> None:
    caller = writer(scope)
    await scope.read(
        lambda uow: lookups.link_of_plan(uow, caller, plan_id=plan_id, link_id=link_id)
    )


@router.post(
    "/plans/{plan_id}/links",
    summary="Link two items of the plan, with a rationale and a decision",
    status_code=201,
    response_model=Link,
    responses=errors(401, 403, 404, 409, 422),
)
async def create_link(
    request: Request, plan_id: uuid.UUID, body: CreateLink, scope: Scoped,
    idempotency_key: IdempotencyKey = None,
) -> Response:  # fmt: skip
    # The source must be of this plan (the use case refuses a target of another plan, and
    # names an unknown source itself).
    caller = writer(scope)
    try:
        source = await scope.read(lambda uow: lookups.readable_node(uow, caller, body.source_id))
    except NotFound:
        source = None
    if source is not None and source.plan_id != plan_id:
        raise NotFound(f"no item with id {body.source_id} in this plan", field="sourceId")
    command = links.CreateLink(
        source_id=body.source_id, target_id=body.target_id, rationale=body.rationale,
        decision=body.decision, reason=body.reason,
    )  # fmt: skip
    return await perform(
        request, scope, links.create_link, command, _created, idempotency_key=idempotency_key
    )


@router.get(
    "/plans/{plan_id}/links/{link_id}",
    summary="One link of the plan",
    response_model=Link,
    responses=errors(401, 403, 404, 422),
)
async def get_link(
    request: Request, plan_id: uuid.UUID, link_id: uuid.UUID, scope: Scoped
) -> Response:
    caller = scope.caller
    row = await scope.read(
        lambda uow: lookups.link_of_plan(uow, caller, plan_id=plan_id, link_id=link_id)
    )
    return item(request, link_of(row, caller), row.version)


@router.patch(
    "/plans/{plan_id}/links/{link_id}",
    summary="Change a link's rationale or decision; its ends stay",
    response_model=Link,
    responses=WRITES,
)
async def update_link(
    request: Request, plan_id: uuid.UUID, link_id: uuid.UUID, body: UpdateLink, scope: Scoped,
    expected: IfMatch,
) -> Response:  # fmt: skip
    await _in_plan(scope, plan_id, link_id)
    command = links.UpdateLink(
        link_id=link_id, rationale=body.rationale, decision=body.decision,
        expected_version=expected, reason=body.reason,
    )  # fmt: skip
    return await perform(request, scope, links.update_link, command, _changed)


@router.delete(
    "/plans/{plan_id}/links/{link_id}",
    summary="Remove a link from the trail",
    status_code=204,
    responses=WRITES,
)
async def delete_link(
    request: Request, plan_id: uuid.UUID, link_id: uuid.UUID, scope: Scoped, expected: IfMatch,
    reason: Reason = None,
) -> Response:  # fmt: skip
    await _in_plan(scope, plan_id, link_id)
    command = links.DeleteLink(link_id=link_id, reason=reason, expected_version=expected)
    return await perform(request, scope, links.delete_link, command, _removed)


@router.post(
    "/plans/{plan_id}/themes/{theme_id}/tags",
    summary="Tag up to 500 inputs with a theme at once, all or nothing",
    description="Each input gets a link to the theme; inputs already tagged with it are"
    " skipped, so the same request sent again makes nothing new.",
    status_code=201,
    response_model=Tagged,
    responses=errors(401, 403, 404, 409, 422),
)
async def tag_inputs(
    request: Request, plan_id: uuid.UUID, theme_id: uuid.UUID, body: TagInputs, scope: Scoped,
    idempotency_key: IdempotencyKey = None,
) -> Response:  # fmt: skip
    await in_plan(scope, plan_id=plan_id, kind=NodeKind.THEME, node_id=theme_id)
    command = links.TagInputs(
        theme_id=theme_id, input_ids=tuple(body.input_ids), rationale=body.rationale,
        decision=body.decision, reason=body.reason,
    )  # fmt: skip
    return await perform(
        request, scope, links.tag_inputs, command, _tagged, idempotency_key=idempotency_key
    )
