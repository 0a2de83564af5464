"""What every bulk sync over REST shares: rows read from a JSON array or from CSV (the way a
Belgian spreadsheet saves it: UTF-8 with or without BOM, `;` or `,` between fields, a decimal
comma), each value read by its column's kind, and a refusal that names every bad row.

Rows are numbered as the sender counts them: the CSV header is row 1, so the first data row is
row 2; in a JSON array the first item is row 1.
"""

import csv
import io
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

from api.http.malformed import MalformedRequest, decode_json
from api.http.problems import instance as problem_instance
from api.http.problems import problem, rest_field
from api.http.scope import RequestScope
from api.rest.writes import perform, shown
from api.services import bulk
from api.services.caller import Caller
from api.services.idempotency import Answer
from api.services.runner import UnitOfWork, WriteUseCase

C = TypeVar("C")


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("a text is needed")
    return value


def _whole(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError("a whole number is needed")
    try:
        return int(value)
    except ValueError:
        raise ValueError("a whole number is needed") from None


def _amount(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError("an amount is needed, such as 12500.50")
    text = str(value).strip().replace(" ", "")
    if "," in text:  # 12.500,50 as a Belgian spreadsheet writes it
        text = text.replace(".", "").replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValueError("an amount is needed, such as 12500.50") from None
    if not amount.is_finite():
        raise ValueError("an amount is needed, such as 12500.50")
    return amount


def _parsed(parse: Callable[[str], Any], needs: str) -> Callable[[Any], Any]:
    def read(value: Any) -> Any:
        try:
            return parse(_text(value))
        except ValueError:
            raise ValueError(needs) from None

    return read


# What each kind of column holds: how a value is read, and its JSON Schema.
KINDS: dict[str, tuple[Callable[[Any], Any], dict[str, Any]]] = {
    "text": (_text, {"type": "string"}),
    "uuid": (_parsed(uuid.UUID, "not a uuid"), {"type": "string", "format": "uuid"}),
    "date-time": (
        _parsed(datetime.fromisoformat, "not an ISO 8601 date and time with its offset"),
        {"type": "string", "format": "date-time"},
    ),
    "date": (_parsed(date.fromisoformat, "not a date (YYYY-MM-DD)"),
             {"type": "string", "format": "date"}),
    "integer": (_whole, {"type": ["integer", "string"]}),
    # Vocabularies, typed as everywhere else in the contract (the use case parses them).
    **{
        kind: (_text, {"$ref": f"#/components/schemas/{schema}"})
        for kind, schema in (
            ("channel", "Channel"), ("participant_type", "ParticipantType"),
            ("language", "Language"), ("action_status", "ActionStatus"),
        )
    },
    "amount": (_amount, {"type": ["string", "number"]}),
}  # fmt: skip


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "text"
    required: bool = False


@dataclass(frozen=True)
class RowFormat:
    """The columns of a bulk sync's rows, and the row each record becomes."""

    columns: tuple[Column, ...]
    row: Callable[..., Any]

    @property
    def names(self) -> list[str]:
        return [column.name for column in self.columns]

    @property
    def listed(self) -> str:
        return ", ".join(self.names)

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": "array",
            "maxItems": bulk.MAX_ROWS,
            "items": {
                "type": "object",
                "required": [column.name for column in self.columns if column.required],
                "properties": {column.name: KINDS[column.kind][1] for column in self.columns},
            },
        }

    def request_body(self) -> dict[str, Any]:
        return {
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": self.json_schema()},
                    "text/csv": {"schema": {"type": "string"}},
                },
            }
        }

    async def read(self, request: Request) -> tuple[list[Any], list[bulk.RowError]]:
        """The body's rows, and each record whose values cannot be read as a row's."""
        raw = await request.body()
        try:
            if request.headers.get("content-type", "").split(";")[0].strip().lower() == "text/csv":
                records, first = self._csv_records(raw), 2
            else:
                records, first = _json_records(raw, csv_hint=not raw.lstrip().startswith(b"[")), 1
        except MalformedRequest as malformed:
            # Answered as any unreadable request is: a 400 problem (api/http/problems.py).
            raise HTTPException(malformed.status, malformed.message) from None
        if len(records) > bulk.MAX_ROWS:
            return [], bulk.too_many(len(records))
        rows, bad = [], []
        for number, record in enumerate(records, start=first):
            row, errors = self._row(number, record)
            bad += errors
            if row is not None:
                rows.append(row)
        return rows, bad

    def _row(self, number: int, record: Any) -> tuple[Any, list[bulk.RowError]]:
        if not isinstance(record, dict):
            return None, [bulk.RowError(number, None, "a row is an object")]
        # A misspelt column would lose its values without a word: name it instead.
        bad = [
            bulk.RowError(number, None, "the row has more fields than the header has columns")
            if name is None  # where csv.DictReader puts a row's surplus fields
            else bulk.RowError(number, str(name), f"not a column; the columns are {self.listed}")
            for name in record
            if name not in self.names
        ]
        values = {}
        for column in self.columns:
            value = record.get(column.name)
            if value is None or (isinstance(value, str) and not value.strip()):
                if column.required:
                    bad.append(bulk.RowError(number, column.name, "a value is needed"))
                continue
            try:
                values[column.name] = KINDS[column.kind][0](value)
            except ValueError as error:
                bad.append(bulk.RowError(number, column.name, str(error)))
        return (None, bad) if bad else (self.row(row=number, **values), [])

    def _csv_records(self, raw: bytes) -> list[dict[str, Any]]:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise MalformedRequest(f"the CSV is not valid UTF-8 (at byte {error.start})") from None
        header = text.split("\n", 1)[0]
        # A Belgian spreadsheet separates with `;` (the comma is its decimal mark); others `,`.
        delimiter = ";" if header.count(";") > header.count(",") else ","
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
        names = [name.strip() for name in reader.fieldnames or ()]
        required = [column.name for column in self.columns if column.required]
        missing = [name for name in required if name not in names]
        if missing:
            raise MalformedRequest(f"the CSV header lacks the column(s) {', '.join(missing)}")
        unknown = [name for name in names if name not in self.names]
        if unknown:
            raise MalformedRequest(
                f"the CSV header names unknown column(s) {', '.join(unknown)};"
                f" the columns are {self.listed}"
            )
        reader.fieldnames = names
        try:
            return [dict(record) for record in reader]
        except csv.Error as error:
            raise MalformedRequest(f"the CSV cannot be read: {error}") from None


def _json_records(raw: bytes, *, csv_hint: bool) -> list[Any]:
    hint = "send a JSON array of rows, or CSV with `Content-Type: text/csv`"
    try:
        value = decode_json(raw)
    except MalformedRequest as malformed:
        message = f"{malformed.message}; {hint}" if csv_hint else malformed.message
        raise MalformedRequest(message) from None
    if not isinstance(value, list):
        raise MalformedRequest(hint)
    return value


class SyncedRow(BaseModel):
    """What became of one row; a new input's receipt code is shown in this answer only."""

    row: int
    external_id: str
    id: uuid.UUID
    outcome: bulk.Outcome
    receipt_code: str | None = None


class SyncedRows(BaseModel):
    """How many rows made a new item, changed one, or matched one as it was; and each row's
    outcome, in the order sent."""

    created: int
    updated: int
    unchanged: int
    items: list[SyncedRow]


async def sync(
    request: Request,
    scope: RequestScope,
    use_case: WriteUseCase[C, bulk.Synced],
    command: C,
    bad: list[bulk.RowError],
    idempotency_key: str | None,
) -> Response:
    """Run a bulk sync, or refuse it naming every bad row, whether the surface found it (a
    value that is no value of its column) or the use case (a value out of its rules)."""
    if bad:
        return _refusal(request, bad)

    async def present(uow: UnitOfWork, caller: Caller, done: bulk.Synced) -> Answer:
        counts = {outcome.value: done.count(outcome) for outcome in bulk.Outcome}
        items = [SyncedRow(**vars(row)) for row in done.rows]
        return shown(SyncedRows(**counts, items=items), once=("items.receipt_code",))

    try:
        return await perform(
            request, scope, use_case, command, present, idempotency_key=idempotency_key
        )
    except bulk.RowsRefused as refused:
        return _refusal(request, refused.rows)


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
