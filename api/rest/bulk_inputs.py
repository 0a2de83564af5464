"""Bulk sync over REST: a plan's inputs by their external ids (from a participation platform or
a case system), and its actions' progress, status, budget and dates (from a project or
financial system), as a JSON array or CSV (api/rest/bulk_rows.py)."""

import uuid

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.rest.bulk_rows import Column, RowFormat, SyncedRows, sync
from api.rest.requests import Scoped, errors
from api.rest.writes import IdempotencyKey
from api.services import bulk, bulk_actions

router = APIRouter(prefix="/api/v1")

INPUT_ROWS = RowFormat(
    (
        Column("external_id", required=True),
        Column("text", required=True),
        Column("channel", "channel", required=True),
        Column("participant_type", "participant_type", required=True),
        Column("language", "language"),
        Column("moment_id", "uuid"),
        Column("submitted_at", "date-time"),
    ),
    bulk.InputRow,
)
ACTION_ROWS = RowFormat(
    (
        Column("external_id", required=True),
        Column("status", "action_status"),
        Column("progress", "integer"),
        Column("budget", "amount"),
        Column("starts_on", "date"),
        Column("ends_on", "date"),
    ),
    bulk_actions.ActionRow,
)
_FORMATS = (
    "A JSON array of rows, or `text/csv` with a header row naming the columns ({columns}),"
    " UTF-8 with or without BOM, `;` or `,` separated. Any bad row refuses the whole request,"
    " and the problem's `errors` names each bad row (a CSV's header is row 1) and column."
)


@router.post(
    "/plans/{plan_id}/inputs:bulk",
    tags=["inputs"],
    summary="Create or update up to 10,000 inputs by external id, all or nothing",
    description=_FORMATS.format(columns=", ".join(INPUT_ROWS.names))
    + " A row whose external id the plan knows corrects that input; a row that changes"
    " nothing leaves no event. Each new input's receipt code is in this answer only.",
    operation_id="bulk_sync_inputs",
    response_model=SyncedRows,
    responses=errors(401, 403, 404, 409, 422),
    openapi_extra=INPUT_ROWS.request_body(),
)
async def bulk_sync_inputs(
    request: Request, plan_id: uuid.UUID, scope: Scoped, idempotency_key: IdempotencyKey = None
) -> Response:
    rows, bad = await INPUT_ROWS.read(request)
    command = bulk.SyncInputs(plan_id=plan_id, rows=tuple(rows))
    if bad:  # named with the rows the use case would refuse, so one answer names them all
        bad += bulk.refused_rows(command)
    return await sync(request, scope, bulk.sync_inputs, command, bad, idempotency_key)


@router.post(
    "/plans/{plan_id}/actions:bulk",
    tags=["actions"],
    summary="Update the status, progress, budget and dates of up to 10,000 actions by"
    " external id, all or nothing",
    description=_FORMATS.format(columns=", ".join(ACTION_ROWS.names))
    + " An empty value leaves the action's value as it is. Each row names an action the plan"
    " has (by the external id given when it was made); status changes follow the status"
    " machine, and a done action is at 100%. A row that changes nothing leaves no event."
    " Budgets may use a decimal comma (`12.500,50`).",
    operation_id="bulk_sync_actions",
    response_model=SyncedRows,
    responses=errors(401, 403, 404, 409, 422),
    openapi_extra=ACTION_ROWS.request_body(),
)
async def bulk_sync_actions(
    request: Request, plan_id: uuid.UUID, scope: Scoped, idempotency_key: IdempotencyKey = None
) -> Response:
    rows, bad = await ACTION_ROWS.read(request)
    command = bulk_actions.SyncActions(plan_id=plan_id, rows=tuple(rows))
    if bad:
        bad += bulk_actions.refused_rows(command)
    return await sync(request, scope, bulk_actions.sync_actions, command, bad, idempotency_key)
