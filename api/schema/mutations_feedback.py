"""Mutations for feedback: publishing the municipality's answer to an input or a link, and
withdrawing it."""

import datetime
import uuid
from typing import Annotated, Self

import strawberry
from strawberry import relay
from strawberry.scalars import JSON
from strawberry.types import Info

from api.domain.errors import ValidationFailed
from api.domain.translatable import resolve
from api.schema.context import SpoorContext
from api.schema.ids import uuid_of, uuid_or_none
from api.schema.mutations import Failure, _perform
from api.schema.mutations_structure import _text
from api.services import feedback
from api.services.caller import Caller
from api.store import models
from api.store.unit_of_work import UnitOfWork


@strawberry.type(description="The municipality's published answer to an input or to a link.")
class Feedback:
    id: strawberry.ID
    row: strawberry.Private[models.Feedback]

    @classmethod
    def from_row(cls, row: models.Feedback) -> Self:
        return cls(id=strawberry.ID(str(row.id)), row=row)

    @strawberry.field(description="The input or link it answers.")
    def subject_id(self) -> strawberry.ID:
        return strawberry.ID(str(self.row.subject_id))

    @strawberry.field(description="input or link.")
    def subject_kind(self) -> str:
        return self.row.subject_kind

    @strawberry.field(description="What was done and why, in the asked language or else Dutch.")
    def text(self, info: Info[SpoorContext, None], locale: str | None = None) -> str:
        return resolve(self.row.text, locale or info.context.locale) or ""

    @strawberry.field(description="When it was published.")
    def published_at(self) -> datetime.datetime:
        return self.row.published_at

    @strawberry.field(description="Who published it; receipts show 'the municipality' instead.")
    def author(self) -> str:
        return self.row.author


FeedbackResult = Annotated[Feedback | Failure, strawberry.union("FeedbackResult")]


def _feedback_text(value: object) -> str | dict[str, str]:
    """The text as given (see `_text`), a mistake in its shape named as the text's."""
    try:
        return _text(value) or ""
    except ValidationFailed as error:
        raise ValidationFailed(error.message, field="text") from None


def _subject_id(value: strawberry.ID) -> uuid.UUID:
    """A link's plain id, or an input's global id (or its plain one)."""
    plain = uuid_or_none(str(value))
    if plain is not None:
        return plain
    try:
        return uuid_of(relay.GlobalID.from_id(str(value)))
    except ValueError:  # not a global id either (GlobalIDValueError is a ValueError)
        return uuid_of(str(value))


@strawberry.type
class FeedbackMutations:
    @strawberry.mutation(
        description="Publish the municipality's answer to an input, or to a link of the trail:"
        " what was done with it and why. `text` is a Dutch string or an object of language to"
        " text with Dutch (nl) in it. Citizens read it on their receipt."
    )
    async def publish_feedback(
        self,
        info: Info[SpoorContext, None],
        subject_id: strawberry.ID,
        text: JSON,
        reason: str | None = None,
    ) -> FeedbackResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Feedback:
            row = await feedback.publish_feedback(
                uow, caller, subject_id=_subject_id(subject_id), text=_feedback_text(text),
                reason=reason,
            )  # fmt: skip
            return Feedback.from_row(row)

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(description="Withdraw published feedback; its history stays in the log.")
    async def withdraw_feedback(
        self, info: Info[SpoorContext, None], id: strawberry.ID, reason: str | None = None
    ) -> FeedbackResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Feedback:
            row = await feedback.withdraw_feedback(
                uow, caller, feedback_id=uuid_of(str(id)), reason=reason
            )
            return Feedback.from_row(row)

        return await _perform(info, use)  # type: ignore[return-value]
