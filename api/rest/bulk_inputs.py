"""Bulk sync of a plan's inputs by external id, as a JSON array or as CSV (the way a Belgian
spreadsheet saves it: UTF-8 with or without BOM, `;` or `,` between fields).

Rows are numbered as the sender counts them: the CSV header is row 1, so the first data row is
row 2; in a JSON array the first item is row 1.
"""

import csv
import io
import uuid
from datetime import datetime
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

from api.http.malformed import MalformedRequest, decode_json
from api.http.problems import instance as problem_instance
from api.http.problems import problem, rest_field
from api.rest.requests import Scoped, errors
from api.rest.writes import IdempotencyKey, perform, shown
from api.services import bulk
from api.services.caller import Caller
from api.services.idempotency import Answer
from api.services.runner import UnitOfWork

router = APIRouter(prefix="/api/v1", tags=["inputs"])

COLUMNS = (
    "external_id", "text", "channel", "participant_type", "language", "moment_id",
    "submitted_at",
)  # fmt: skip
_REQUIRED = ("external_id", "text", "channel", "participant_type")
_ROW_SCHEMA = {
    "type": "object",
    "required": list(_REQUIRED),
    "properties": {
        **{name: {"type": "string"} for name in COLUMNS},
        "moment_id": {"type": "string", "format": "uuid"},
        "submitted_at": {"type": "string", "format": "date-time"},
    },
}


class SyncedInputs(BaseModel):
    """How many rows made a new input, changed one, or matched one as it was."""

    created: int
    updated: int
    unchanged: int


@router.post(
    "/plans/{plan_id}/inputs:bulk",
    summary="Create or update up to 10,000 inputs by external id, all or nothing",
    description="A JSON array of rows, or `text/csv` with a header row naming the columns "
    f"({', '.join(COLUMNS)}), UTF-8 with or without BOM, `;` or `,` separated. A row whose"
    " external id the plan knows updates that input (a row that changes nothing leaves no"
    " event); any bad row refuses the whole request, and `errors` names each bad row.",
    operation_id="bulk_sync_inputs",
    response_model=SyncedInputs,
    responses=errors(401, 403, 404, 409, 422),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"type": "array", "items": _ROW_SCHEMA}},
                "text/csv": {"schema": {"type": "string"}},
            },
        }
    },
)
async def bulk_sync_inputs(
    request: Request, plan_id: uuid.UUID, scope: Scoped, idempotency_key: IdempotencyKey = None
) -> Response:
    raw = await request.body()
    try:
        if request.headers.get("content-type", "").split(";")[0].strip().lower() == "text/csv":
            records, first = _csv_records(raw), 2
        else:
            records, first = _json_records(raw), 1
    except MalformedRequest as malformed:
        # Answered as any unreadable request is: a 400 problem (api/http/problems.py).
        raise HTTPException(malformed.status, malformed.message) from None
    rows, bad = _rows(records, first)
    command = bulk.SyncInputs(plan_id=plan_id, rows=tuple(rows))
    bad += bulk.refused_rows(command)
    if bad:
        return _refusal(request, bad)

    async def present(uow: UnitOfWork, caller: Caller, done: bulk.Synced) -> Answer:
        return shown(SyncedInputs(**vars(done)))

    try:
        return await perform(
            request, scope, bulk.sync_inputs, command, present, idempotency_key=idempotency_key
        )
    except bulk.RowsRefused as refused:
        return _refusal(request, refused.rows)


def _csv_records(raw: bytes) -> list[dict[str, Any]]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise MalformedRequest(f"the CSV is not valid UTF-8 (at byte {error.start})") from None
    header = text.split("\n", 1)[0]
    # A Belgian spreadsheet separates with `;` (the comma is its decimal mark); others `,`.
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    names = [name.strip() for name in reader.fieldnames or ()]
    missing = [name for name in _REQUIRED if name not in names]
    if missing:
        raise MalformedRequest(f"the CSV header lacks the column(s) {', '.join(missing)}")
    reader.fieldnames = names
    return [dict(record) for record in reader]


def _json_records(raw: bytes) -> list[Any]:
    value = decode_json(raw)
    if not isinstance(value, list):
        raise MalformedRequest("send a JSON array of rows")
    return value


def _rows(records: list[Any], first: int) -> tuple[list[bulk.InputRow], list[bulk.RowError]]:
    """The records as rows, and each record whose values cannot even be read as a row's."""
    if len(records) > bulk.MAX_ROWS:
        return [], [bulk.RowError(0, None, f"at most {bulk.MAX_ROWS} rows per request")]
    rows, bad = [], []
    for number, record in enumerate(records, start=first):
        if not isinstance(record, dict):
            bad.append(bulk.RowError(number, None, "a row is an object"))
            continue
        values = {name: _blank_as_none(record.get(name)) for name in COLUMNS}
        wrong = [name for name in _REQUIRED if not isinstance(values[name], str)]
        wrong += [
            name
            for name in ("language", "moment_id", "submitted_at")
            if values[name] is not None and not isinstance(values[name], str)
        ]
        for name in wrong:
            bad.append(bulk.RowError(number, name, "a text is needed"))
        try:
            moment = uuid.UUID(values["moment_id"]) if _text(values["moment_id"]) else None
        except ValueError:
            bad.append(bulk.RowError(number, "moment_id", "not a uuid"))
            continue
        try:
            submitted = (
                datetime.fromisoformat(values["submitted_at"])
                if _text(values["submitted_at"])
                else None
            )
        except ValueError:
            bad.append(bulk.RowError(number, "submitted_at", "not an ISO 8601 date and time"))
            continue
        if wrong:
            continue
        rows.append(
            bulk.InputRow(
                row=number,
                external_id=values["external_id"],
                text=values["text"],
                channel=values["channel"],
                participant_type=values["participant_type"],
                language=values["language"] or "nl",
                moment_id=moment,
                submitted_at=submitted,
            )
        )
    return rows, bad


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value)


def _blank_as_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


def _refusal(request: Request, bad: list[bulk.RowError]) -> JSONResponse:
    listed = [
        {"row": error.row, "field": rest_field(error.field) if error.field else "row",
         "message": error.message}
        for error in sorted(bad, key=lambda error: error.row)
    ]  # fmt: skip
    return problem(
        422,
        "Unprocessable Content",
        f"{len(listed)} row(s) are not valid; nothing was changed",
        type="urn:spoor:problem:validation_failed",
        instance=problem_instance(request),
        code="validation_failed",
        errors=listed,
    )
