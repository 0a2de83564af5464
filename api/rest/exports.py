"""A plan's traceability matrix as a file: CSV or XLSX for a spreadsheet, JSON for a program."""

import uuid
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Path, Query, Response
from pydantic import BaseModel, Field, create_model

from api.domain.translatable import preferred_language
from api.domain.vocabulary import Language
from api.rest import export_formats as formats
from api.rest.requests import Scoped, errors
from api.services import exports

router = APIRouter(prefix="/api/v1", tags=["exports"])

# JSON first: what `*/*` (and `application/*`) gets.
MEDIA_TYPES = {
    "json": formats.JSON_MEDIA_TYPE,
    "csv": formats.CSV_MEDIA_TYPE,
    "xlsx": formats.XLSX_MEDIA_TYPE,
}

# The JSON rows, documented from the same columns the files are written from.
_TYPES: dict[str, Any] = {"input_id": uuid.UUID, "moment_date": date | None}


def _row_model(name: str, columns: list[formats.Column]) -> type[BaseModel]:
    fields: dict[str, Any] = {
        column.key: (
            datetime if column.key == "submitted_at" else _TYPES.get(column.key, str | None),
            Field(description=column.labels["en"]),
        )
        for column in columns
    }
    return create_model(name, **fields)


ExportPath = _row_model("ExportPath", formats.PATH_COLUMNS)
ExportUnreached = _row_model("ExportUnreached", formats.UNREACHED_COLUMNS)


class ExportedPlan(BaseModel):
    id: uuid.UUID
    title: str


class TraceabilityMatrix(BaseModel):
    plan: ExportedPlan
    language: Language
    paths: list[ExportPath] = Field(  # type: ignore[valid-type]
        description="One row per path from an input to a goal, action plan or action."
    )
    unreached: list[ExportUnreached] = Field(  # type: ignore[valid-type]
        description="The inputs that reached nothing, with their status (and, with a key,"
        " the reason) and what they are linked to."
    )


@router.get(
    "/plans/{plan_id}/export",
    summary="The plan's traceability matrix as CSV, XLSX or JSON",
    description="One row per path from an input to a commitment (goal, action plan, action):"
    " the input (id, text, channel, moment, participant type), the finding or theme, goal,"
    " action plan and action it passed (code and title), and each link's decision and"
    " rationale; then a row for each input that reached nothing, with its status.\n\n"
    "The format is `format`, else the first of the `Accept` header's media types that is"
    " offered (text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
    " application/json), else JSON. CSV is UTF-8 with a byte-order mark and `;` between"
    " fields, as Belgian spreadsheets read it; XLSX has a sheet of paths and one of unreached"
    " inputs. Headers and titles are in `lang`, else the `Accept-Language`, else the plan's"
    " own language (Dutch).\n\n"
    "Anyone may export a published or adopted plan; without a key the file names no person"
    " (no external id, facilitator, link author or status reason).",
    response_model=None,
    responses={
        200: {
            "description": "The matrix, in the format asked for.",
            "model": TraceabilityMatrix,
            "content": {
                formats.CSV_MEDIA_TYPE: {"schema": {"type": "string"}},
                formats.XLSX_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}},
            },
        },
        **errors(401, 404, 406, 422),
    },
)
async def export_plan(
    scope: Scoped,
    plan_id: Annotated[uuid.UUID, Path(description="The plan's id.")],
    format: Annotated[
        str | None, Query(pattern="^(csv|xlsx|json)$", description="csv, xlsx or json.")
    ] = None,
    lang: Annotated[
        Language | None, Query(description="The language of headers and titles.")
    ] = None,
    accept: Annotated[str | None, Header(include_in_schema=False)] = None,
    accept_language: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Response:
    chosen = format or _negotiated(accept)
    language = lang.value if lang else preferred_language(accept_language)
    matrix = await scope.read(
        lambda uow: exports.traceability_matrix(
            uow, scope.caller, plan_id=plan_id, language=language
        )
    )
    headers = {"Vary": "Accept, Accept-Language, Authorization"}
    if chosen == "csv":
        body = formats.to_csv(matrix)
    elif chosen == "xlsx":
        body = formats.to_xlsx(matrix)
    else:
        body = formats.to_json(matrix)
    if chosen != "json":
        headers["Content-Disposition"] = f'attachment; filename="spoor-{plan_id}.{chosen}"'
    media_type = MEDIA_TYPES[chosen]
    if chosen == "csv":
        media_type += "; charset=utf-8; header=present"
    return Response(body, media_type=media_type, headers=headers)


def _negotiated(accept: str | None) -> str:
    """The offered format the Accept header likes best (JSON when it does not say)."""
    if not accept or not accept.strip():
        return "json"
    ranked = []
    for position, part in enumerate(accept.split(",")):
        media, *parameters = (piece.strip().lower() for piece in part.split(";"))
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranked.append((-quality, position, media))
    for _, _, media in sorted(ranked):
        for name, offered in MEDIA_TYPES.items():
            if media in (offered, "*/*", offered.split("/")[0] + "/*"):
                return name
    offered = ", ".join(MEDIA_TYPES.values())
    raise HTTPException(406, f"this export is offered as {offered}; use ?format=csv|xlsx|json")
