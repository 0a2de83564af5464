"""Feedback in GraphQL: the municipality's published answer to an input or to a link."""

import datetime
from typing import Annotated, Self

import strawberry
from strawberry.types import Info

from api.domain.translatable import resolve
from api.schema.context import SpoorContext
from api.schema.errors import Failure, perform, reason_field
from api.schema.ids import global_id, global_id_of_kind, uuid_of
from api.schema.vocabulary import Language, SubjectKind, TranslatedText, TranslatedTextInput
from api.services import disclosure, feedback
from api.store import models


@strawberry.type(description="The municipality's published answer to an input or to a link.")
class Feedback:
    row: strawberry.Private[models.Feedback]

    @classmethod
    def from_row(cls, row: models.Feedback) -> Self:
        return cls(row=row)

    @strawberry.field(description="Its global id.")
    def id(self) -> strawberry.ID:
        return global_id("Feedback", self.row.id)

    @strawberry.field(description="The global id of the input or link it answers.")
    def subject_id(self) -> strawberry.ID:
        return global_id_of_kind(self.row.subject_kind, self.row.subject_id)

    @strawberry.field(description="INPUT or LINK.")
    def subject_kind(self) -> SubjectKind:
        return SubjectKind(self.row.subject_kind)

    @strawberry.field(description="What was done and why, in the asked language or else Dutch.")
    def text(self, info: Info[SpoorContext, None], locale: Language | None = None) -> str:
        return resolve(self.row.text, locale or info.context.locale) or ""

    @strawberry.field(description="The text in every language it was given in.")
    def text_translations(self) -> TranslatedText:
        found = TranslatedText.of(self.row.text)
        assert found is not None  # feedback always has a Dutch text (a check constraint)
        return found

    @strawberry.field(description="When it was published.")
    def published_at(self) -> datetime.datetime:
        return self.row.published_at

    @strawberry.field(
        description="Who published it; receipts, and callers without a key, read 'the"
        " municipality' instead."
    )
    def author(self, info: Info[SpoorContext, None]) -> str:
        return disclosure.author(info.context.caller, self.row.author)


FeedbackResult = Annotated[Feedback | Failure, strawberry.union("FeedbackResult")]


@strawberry.input(description="The municipality's answer to an input or to a link of the trail.")
class PublishFeedbackInput:
    subject_id: strawberry.ID = strawberry.field(description="The input or link answered.")
    text: TranslatedTextInput = strawberry.field(description="What was done with it, and why.")
    reason: str | None = reason_field()

    def command(self) -> feedback.PublishFeedback:
        return feedback.PublishFeedback(
            subject_id=uuid_of(self.subject_id, "Input", "Link", field="subjectId"),
            text=self.text.as_mapping(), reason=self.reason,
        )  # fmt: skip


@strawberry.input(description="Published feedback to withdraw; its history stays in the log.")
class WithdrawFeedbackInput:
    feedback_id: strawberry.ID
    reason: str | None = reason_field()

    def command(self) -> feedback.WithdrawFeedback:
        return feedback.WithdrawFeedback(
            feedback_id=uuid_of(self.feedback_id, "Feedback", field="feedbackId"),
            reason=self.reason,
        )


@strawberry.type
class FeedbackMutations:
    @strawberry.mutation(
        description="Publish the municipality's answer to an input, or to a link of the trail:"
        " what was done with it and why. Citizens read it on their receipt."
    )
    async def publish_feedback(
        self, info: Info[SpoorContext, None], input: PublishFeedbackInput
    ) -> FeedbackResult:
        return await perform(info, feedback.publish_feedback, input.command, Feedback.from_row)

    @strawberry.mutation(description="Withdraw published feedback; its history stays in the log.")
    async def withdraw_feedback(
        self, info: Info[SpoorContext, None], input: WithdrawFeedbackInput
    ) -> FeedbackResult:
        return await perform(info, feedback.withdraw_feedback, input.command, Feedback.from_row)
