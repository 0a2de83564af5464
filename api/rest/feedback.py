"""Feedback over REST: the municipality publishes what it did with an input, or with a link of
the trail, and why; citizens read it on their receipt. Published or withdrawn, never edited."""

import uuid
from datetime import datetime

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from api.domain.feedback import FeedbackSubject
from api.rest.conventions import Body, Reason, Text, TranslatedText, text_value
from api.rest.requests import Scoped, errors
from api.rest.writes import IdempotencyKey, nothing, perform, shown
from api.services import disclosure, feedback
from api.services.caller import Caller
from api.services.idempotency import Answer
from api.services.runner import UnitOfWork
from api.store import models

router = APIRouter(prefix="/api/v1", tags=["feedback"])


class PublishFeedback(Body):
    """The municipality's answer to an input or to a link of the trail."""

    subject_id: uuid.UUID = Field(description="The input or link answered.")
    text: Text = Field(description="What was done with it, and why; Dutch at least.")
    reason: str | None = Field(default=None, description="Why, as the event log will say.")


class Feedback(BaseModel):
    """A published answer."""

    id: uuid.UUID
    plan_id: uuid.UUID
    subject_kind: FeedbackSubject
    subject_id: uuid.UUID = Field(description="The input or link it answers.")
    text: TranslatedText
    published_at: datetime
    author: str = Field(description="Who published it; receipts read 'the municipality'.")


def feedback_of(row: models.Feedback, caller: Caller | None) -> Feedback:
    return Feedback(
        id=row.id, plan_id=row.plan_id, subject_kind=FeedbackSubject(row.subject_kind),
        subject_id=row.subject_id, text=TranslatedText.model_validate(row.text),
        published_at=row.published_at, author=disclosure.author(caller, row.author),
    )  # fmt: skip


async def _published(uow: UnitOfWork, caller: Caller, row: models.Feedback) -> Answer:
    return shown(feedback_of(row, caller), status=201, location=f"/api/v1/feedback/{row.id}")


async def _withdrawn(uow: UnitOfWork, caller: Caller, row: models.Feedback) -> Answer:
    return nothing()


@router.post(
    "/feedback",
    summary="Publish the municipality's answer to an input or to a link",
    status_code=201,
    response_model=Feedback,
    responses=errors(401, 403, 404, 422),
)
async def publish_feedback(
    request: Request, body: PublishFeedback, scope: Scoped, idempotency_key: IdempotencyKey = None
) -> Response:
    command = feedback.PublishFeedback(
        subject_id=body.subject_id, text=text_value(body.text) or "", reason=body.reason
    )
    return await perform(
        request, scope, feedback.publish_feedback, command, _published,
        idempotency_key=idempotency_key,
    )  # fmt: skip


@router.delete(
    "/feedback/{feedback_id}",
    summary="Withdraw published feedback; the log keeps what it said",
    status_code=204,
    responses=errors(401, 403, 404, 422),
)
async def withdraw_feedback(
    request: Request, feedback_id: uuid.UUID, scope: Scoped, reason: Reason = None
) -> Response:
    command = feedback.WithdrawFeedback(feedback_id=feedback_id, reason=reason)
    return await perform(request, scope, feedback.withdraw_feedback, command, _withdrawn)
