"""What became of my input: a citizen's receipt, answered without a key or personal data."""

import uuid
from dataclasses import dataclass

from api.domain.errors import DomainError, NotFound
from api.domain.feedback import FeedbackSubject
from api.domain.measures import check_arguments
from api.domain.receipts import receipt_digest
from api.domain.trail import COMMITMENT_KINDS
from api.domain.translatable import resolve
from api.services import disclosure, limits
from api.services.feedback import feedback_for
from api.services.runner import UnitOfWork, UnitsOfWork
from api.store import plans as plan_store
from api.store import traces as trace_store
from api.store import trail as trail_store
from api.store.models import Feedback, Input, Link, Node

# Stricter than the general limit: codes must not be guessed by trying many.
LOOKUPS_PER_MINUTE = 10


class TooManyLookups(DomainError):
    """A client looked up too many receipts in a short time."""

    code = "rate_limited"

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many receipt lookups; retry after {retry_after} seconds")
        self.retry_after = retry_after


@dataclass(frozen=True)
class Commitment:
    """A goal, action plan or action an input reached: only what the plan publishes."""

    kind: str
    code: str | None
    title: str


@dataclass(frozen=True)
class FeedbackNote:
    """Published feedback as a receipt shows it: no author's name, only what it answers.

    `answers` is `input` for feedback on the input itself; for feedback on a link, the kind of
    item the link leads to, with that item's code and title.
    """

    text: str
    published_on: str
    answers: str
    code: str | None
    title: str | None


@dataclass(frozen=True)
class Receipt:
    """An input's outcome as its author may see it."""

    plan_title: str
    status: str
    submitted_on: str
    reached: list[Commitment]
    feedback: list[FeedbackNote]


async def admit_lookup(uow: UnitOfWork, *, client: str) -> None:
    """Count a client's receipt lookup, refusing too many; commit it even if the lookup fails."""
    bucket = limits.client_bucket("receipt", client)
    retry_after = await limits.admit(uow, bucket=bucket, limit=LOOKUPS_PER_MINUTE)
    if retry_after is not None:
        raise TooManyLookups(retry_after)


async def receipt_for(
    units: UnitsOfWork, *, client: str, code: str, locale: str | None = None
) -> Receipt:
    """Count the client's lookup (committed, whatever the outcome), then look the code up.

    The lookup runs in a unit of its own: a receipt acts for its input's tenant, whoever asks.
    """
    check_arguments("receipt", code=code)  # a code out of measure costs no lookup
    async with units.unit_of_work() as gate:
        await admit_lookup(gate, client=client)
        await gate.commit()
    async with units.unit_of_work(as_app=True) as uow:
        return await look_up(uow, code=code, locale=locale)


async def look_up(uow: UnitOfWork, *, code: str, locale: str | None = None) -> Receipt:
    """The outcome of the input a receipt code opens; unknown codes are simply not found."""
    owner = await trail_store.receipt_owner(uow.session, receipt_digest(code))
    if owner is None:
        raise NotFound("no input has this receipt code", field="code")
    tenant_id, input_id = owner
    await uow.act_for(tenant_id)
    item = await trail_store.get_node(uow.session, tenant_id=tenant_id, node_id=input_id)
    assert isinstance(item, Input)
    plan = await plan_store.get_plan(uow.session, tenant_id=item.tenant_id, plan_id=item.plan_id)
    assert plan is not None  # an input's plan cannot vanish (foreign key)
    plan_title = resolve(plan.title, locale) or ""
    submitted_on = item.submitted_at.date().isoformat()
    if not disclosure.shows_outcome(plan.status):
        # A draft is not yet the municipality's word: the status only, nothing it holds.
        return Receipt(plan_title, item.status, submitted_on, reached=[], feedback=[])
    _, downstream, links = await trace_store.trace(
        uow.session, tenant_id=item.tenant_id, start_id=item.id, forward=True, depth=4
    )
    reached = sorted(
        (node for node in downstream.values() if node.kind in COMMITMENT_KINDS),
        key=lambda node: (node.kind, node.code or ""),
    )
    return Receipt(
        plan_title=plan_title,
        status=item.status,
        submitted_on=submitted_on,
        reached=[
            Commitment(node.kind, node.code, resolve(node.title, locale) or "") for node in reached
        ],
        feedback=await _feedback_along(uow, item, downstream, links, locale),
    )


async def _feedback_along(
    uow: UnitOfWork,
    item: Input,
    downstream: dict[uuid.UUID, Node],
    links: dict[uuid.UUID, Link],
    locale: str | None,
) -> list[FeedbackNote]:
    """Feedback on the input and on every link of its forward trail, oldest first.

    The trace already holds every link and the node each leads to, so this is one statement
    however many links there are.
    """
    subjects = [item.id, *links]
    found = await feedback_for(uow, [(item.tenant_id, subject) for subject in subjects])
    pieces = sorted(
        (piece for pieces in found.values() for piece in pieces),
        key=lambda piece: (piece.published_at, str(piece.id)),
    )
    return [_note(piece, downstream, links, locale) for piece in pieces]


def _note(
    piece: Feedback,
    downstream: dict[uuid.UUID, Node],
    links: dict[uuid.UUID, Link],
    locale: str | None,
) -> FeedbackNote:
    text = resolve(piece.text, locale) or ""
    published_on = piece.published_at.date().isoformat()
    if piece.subject_kind == FeedbackSubject.INPUT:
        return FeedbackNote(text, published_on, FeedbackSubject.INPUT.value, None, None)
    target = downstream[links[piece.subject_id].target_id]
    title = resolve(target.title, locale)
    return FeedbackNote(text, published_on, target.kind, target.code, title)
