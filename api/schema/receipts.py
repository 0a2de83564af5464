"""The receipt: what became of an input, for the citizen holding its code, without a key."""

import datetime

import strawberry
from strawberry.types import Info

from api.domain.feedback import PUBLIC_AUTHOR
from api.http.identity import client_address
from api.schema.context import SpoorContext
from api.schema.vocabulary import InputStatus, Language, NodeKind
from api.services import receipts


@strawberry.type(description="A goal, action plan or action that an input reached.")
class Commitment:
    kind: NodeKind
    code: str | None
    title: str


@strawberry.type(description="The municipality's published answer, as a receipt shows it.")
class FeedbackNote:
    text: str = strawberry.field(description="In the asked language, or else Dutch.")
    published_on: datetime.date
    author: str = strawberry.field(
        description="Always 'the municipality': a receipt names no person."
    )
    answers: NodeKind = strawberry.field(
        description="What it answers: INPUT (the input itself), or the kind of item a link of"
        " the input's trail leads to."
    )
    code: str | None = strawberry.field(description="That item's code, if it has one.")
    title: str | None = strawberry.field(description="That item's title; none for the input.")


@strawberry.type(description="What became of an input: all a receipt shows, without a key.")
class Receipt:
    plan_title: str
    status: InputStatus
    submitted_on: datetime.date
    reached: list[Commitment] = strawberry.field(
        description="The goals, action plans and actions the input led to, directly or through"
        " findings and themes; none until the plan is published."
    )
    feedback: list[FeedbackNote] = strawberry.field(
        description="Published feedback on the input and on the links along its trail, oldest"
        " first; none until the plan is published."
    )


def _note(note: receipts.FeedbackNote) -> FeedbackNote:
    return FeedbackNote(
        text=note.text,
        published_on=datetime.date.fromisoformat(note.published_on),
        author=PUBLIC_AUTHOR,
        answers=NodeKind(note.answers),
        code=note.code,
        title=note.title,
    )


@strawberry.type
class ReceiptQueries:
    @strawberry.field(
        description="What became of an input, for the citizen holding its receipt code. Needs no"
        " key; shows no personal data; lookups per client are limited."
    )
    async def receipt(
        self, info: Info[SpoorContext, None], code: str, locale: Language | None = None
    ) -> Receipt:
        request = info.context.request
        # The address the request's own rate limit counted (a trusted proxy's client).
        client = client_address(request) if request else "unknown"
        found = await info.context.apart(
            lambda units: receipts.receipt_for(units, client=client, code=code, locale=locale)
        )
        return Receipt(
            plan_title=found.plan_title,
            status=InputStatus(found.status),
            submitted_on=datetime.date.fromisoformat(found.submitted_on),
            reached=[
                Commitment(kind=NodeKind(c.kind), code=c.code, title=c.title) for c in found.reached
            ],
            feedback=[_note(note) for note in found.feedback],
        )
