"""The receipt over REST: what became of an input, for the citizen holding its code. No key,
no personal data; lookups per client are limited."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from api.domain.feedback import PUBLIC_AUTHOR
from api.domain.status import InputStatus
from api.domain.trail import NodeKind
from api.domain.vocabulary import Language
from api.http.identity import client_address
from api.rest.conventions import answer
from api.rest.requests import Scoped, errors
from api.services import receipts

router = APIRouter(prefix="/api/v1", tags=["receipts"])


class Commitment(BaseModel):
    """A goal, action plan or action that the input reached."""

    kind: NodeKind
    code: str | None
    title: str


class FeedbackNote(BaseModel):
    """The municipality's published answer, as a receipt shows it."""

    text: str
    published_on: date
    author: str = Field(description="Always 'the municipality': a receipt names no person.")
    answers: NodeKind = Field(
        description="What it answers: input (the input itself), or the kind of item a link of"
        " the input's trail leads to."
    )
    code: str | None
    title: str | None


class Receipt(BaseModel):
    """What became of an input: all a receipt shows."""

    plan_title: str
    status: InputStatus
    submitted_on: date
    reached: list[Commitment] = Field(
        description="The goals, action plans and actions it led to; none until the plan is"
        " published."
    )
    feedback: list[FeedbackNote] = Field(
        description="Published feedback on the input and along its trail, oldest first."
    )


@router.get(
    "/receipts/{code}",
    summary="What became of an input, for the citizen holding its receipt code; needs no key",
    response_model=Receipt,
    responses=errors(404, 422),
)
async def get_receipt(
    request: Request,
    code: Annotated[str, Path(description="The code on the receipt, such as HRNT-2021-DEM0-1.")],
    scope: Scoped,
    locale: Language | None = None,
) -> Response:
    # The address the request's own rate limit counted (a trusted proxy's client).
    client = client_address(request)
    found = await scope.apart(
        lambda units: receipts.receipt_for(units, client=client, code=code, locale=locale)
    )
    return answer(
        Receipt(
            plan_title=found.plan_title,
            status=InputStatus(found.status),
            submitted_on=date.fromisoformat(found.submitted_on),
            reached=[
                Commitment(kind=NodeKind(c.kind), code=c.code, title=c.title) for c in found.reached
            ],
            feedback=[
                FeedbackNote(
                    text=note.text,
                    published_on=date.fromisoformat(note.published_on),
                    author=PUBLIC_AUTHOR,
                    answers=NodeKind(note.answers),
                    code=note.code,
                    title=note.title,
                )
                for note in found.feedback
            ],
        )
    )
