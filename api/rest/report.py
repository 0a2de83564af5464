"""The trail report of a plan as a web page, for people rather than programs: beside /api/v1,
at /plans/{id}/report, readable like the plan's data (published plans by anyone, the rest with
a key of the plan's municipality)."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from api import report
from api.domain.vocabulary import Language
from api.rest.requests import Scoped, errors

router = APIRouter(tags=["report"])

HTML = "text/html"


def _problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The error answers, documented as problem+json only: without their model, FastAPI would
    also document them as this operation's own media type, HTML, which they never are."""
    return {
        status: {name: part for name, part in answer.items() if name != "model"}
        for status, answer in errors(*statuses).items()
    }


@router.get(
    "/plans/{plan_id}/report",
    summary="The plan's trail report, an HTML page to read and print",
    description="One page for a council, a citizens' panel or the civil servants who report on"
    " the plan: a diagram of where the inputs went (by channel, through findings and themes to"
    " goals, action plans and actions, as wide as the inputs that passed, coloured by the"
    " decision on each link, and what reached nothing: not retained, or still open); coverage"
    " by channel, participant type, moment and theme; the rolled-up progress of every goal and"
    " action plan and the status of every action; the plan's milestones and whether its log's"
    " hash chain verifies. The numbers are those of `coverage`, the export and `progress`.\n\n"
    "The page is self-contained: its charts library is inlined and it loads nothing else, so"
    " it can be saved, mailed and printed (to PDF, from a browser) as it is. It is in `lang`,"
    " else the plan's own language (Dutch).\n\n"
    "Anyone may read the report of a published or adopted plan; without a key it names no"
    " person and gives no reason for an input not retained. `spoor report PLAN --out FILE`"
    " writes the same page.",
    response_class=HTMLResponse,
    responses={
        200: {"description": "The report.", "content": {HTML: {"schema": {"type": "string"}}}},
        **_problems(401, 404, 422),
    },
)
async def get_plan_report(
    scope: Scoped,
    plan_id: Annotated[uuid.UUID, Path(description="The plan's id.")],
    lang: Annotated[Language | None, Query(description="The language of the report.")] = None,
) -> HTMLResponse:
    language = report.language_of(lang.value if lang else None)
    contents = await scope.read(
        lambda uow: report.gather(uow, scope.caller, plan_id=plan_id, language=language)
    )
    # Building the charts takes a moment of CPU; other requests go on meanwhile.
    page = await run_in_threadpool(report.render, contents)
    # With a key the page names people: no shared cache may keep it for anyone else.
    return HTMLResponse(page, headers={"Vary": "Authorization", "Cache-Control": "private"})
