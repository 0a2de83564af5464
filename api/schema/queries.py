"""The root query."""

import datetime

import strawberry
from strawberry import relay
from strawberry.types import Info

from api.domain.feedback import PUBLIC_AUTHOR
from api.schema.context import SpoorContext
from api.schema.history import HistoryQueries, keyed
from api.schema.ids import uuid_of
from api.schema.traces import TraceQueries
from api.schema.types import Commitment, FeedbackNote, Plan, PlanConnection, Receipt
from api.services import audit, reading, receipts
from api.services import plans as plan_service


@strawberry.type
class Query(HistoryQueries, TraceQueries):
    node: relay.Node | None = relay.node(
        description="Any plan, input, goal, action plan or action by its global id."
    )

    @strawberry.field(
        description="The plans the caller may read, in the order they were created: with an API"
        " key, its tenant's plans (or its one plan); without, every published or adopted plan."
    )
    async def plans(
        self,
        info: Info[SpoorContext, None],
        first: int | None = 20,
        after: str | None = None,
    ) -> PlanConnection:
        page = await info.context.read(
            lambda uow: plan_service.list_plans(uow, info.context.caller, first=first, after=after)
        )
        return PlanConnection.from_page(page)

    @strawberry.field(
        description="What became of an input, for the citizen holding its receipt code. Needs no"
        " key; shows no personal data; lookups per client are limited."
    )
    async def receipt(
        self, info: Info[SpoorContext, None], code: str, locale: str | None = None
    ) -> Receipt:
        request = info.context.request
        client = request.client.host if request and request.client else "unknown"
        found = await info.context.apart(
            lambda units: receipts.receipt_for(units, client=client, code=code, locale=locale)
        )
        return Receipt(
            plan_title=found.plan_title,
            status=found.status,
            submitted_on=datetime.date.fromisoformat(found.submitted_on),
            reached=[Commitment(kind=c.kind, code=c.code, title=c.title) for c in found.reached],
            feedback=[_feedback_note(note) for note in found.feedback],
        )

    @strawberry.field(
        description="One plan the caller may read, by its global id. With `asOf` (needs an API"
        " key), the plan as it stood then, rebuilt from the event log: its own fields and its"
        " `trail` as of that moment."
    )
    async def plan(
        self,
        info: Info[SpoorContext, None],
        id: relay.GlobalID,
        as_of: datetime.datetime | None = None,
    ) -> Plan:
        plan_id = uuid_of(id)
        if as_of is not None:
            caller = keyed(info)
            past = await info.context.read(
                lambda uow: audit.plan_as_of(uow, caller, plan_id=plan_id, at=as_of)
            )
            return Plan.from_row(past, at=as_of)
        row = await info.context.read(
            lambda uow: reading.plan_for(uow, info.context.caller, plan_id)
        )
        return Plan.from_row(row)


def _feedback_note(note: receipts.FeedbackNote) -> FeedbackNote:
    return FeedbackNote(
        text=note.text,
        published_on=datetime.date.fromisoformat(note.published_on),
        author=PUBLIC_AUTHOR,
        answers=note.answers,
        code=note.code,
        title=note.title,
    )
