"""Feedback: the municipality publishes what it did with an input, or with a link, and why.

Feedback is published and withdrawn, never edited: what a citizen once read stays in the log
as it was, and a correction is a new piece beside (or instead of) the old one.
"""

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from api.domain.errors import NotFound
from api.domain.feedback import FeedbackSubject, feedback_text
from api.domain.values import check_text
from api.services.authorise import writes
from api.services.caller import Caller
from api.services.loading import load_link, load_node
from api.store import feedback as feedback_store
from api.store.feedback import SubjectKey
from api.store.models import Feedback, Input, Link
from api.store.unit_of_work import UnitOfWork


@dataclass(frozen=True, kw_only=True)
class PublishFeedback:
    subject_id: uuid.UUID
    text: str | Mapping[str, str]
    reason: str | None = None


@writes
async def publish_feedback(uow: UnitOfWork, caller: Caller, command: PublishFeedback) -> Feedback:
    """Publish an answer to an input, or to a link of the trail; Dutch text at least."""
    subject = await _load_subject(uow, caller, command.subject_id)
    is_input = isinstance(subject, Input)
    feedback = Feedback(
        tenant_id=caller.tenant_id,
        plan_id=subject.plan_id,
        subject_kind=(FeedbackSubject.INPUT if is_input else FeedbackSubject.LINK).value,
        input_id=subject.id if is_input else None,
        link_id=None if is_input else subject.id,
        text=feedback_text(command.text),
        author=check_text(caller.actor, field="author"),
        # Set here rather than by the database, so the recorded state holds it without a read.
        published_at=uow.clock(),
    )
    await uow.add(feedback, caller=caller, event="feedback.published", reason=command.reason)
    return feedback


@dataclass(frozen=True, kw_only=True)
class WithdrawFeedback:
    feedback_id: uuid.UUID
    reason: str | None = None


@writes
async def withdraw_feedback(uow: UnitOfWork, caller: Caller, command: WithdrawFeedback) -> Feedback:
    """Take a published answer back; the log keeps what it said."""
    feedback = await feedback_store.get_feedback(
        uow.session, tenant_id=caller.tenant_id, feedback_id=command.feedback_id
    )
    if feedback is None or caller.plan_id not in (None, feedback.plan_id):
        raise NotFound(f"no feedback with id {command.feedback_id}", field="feedbackId")
    await uow.delete(feedback, caller=caller, event="feedback.withdrawn", reason=command.reason)
    return feedback


async def feedback_for(
    uow: UnitOfWork, keys: Sequence[SubjectKey]
) -> dict[SubjectKey, list[Feedback]]:
    """For each (tenant, input or link), its published feedback, oldest first (for loaders)."""
    return await feedback_store.feedback_on(uow.session, keys)


async def _load_subject(uow: UnitOfWork, caller: Caller, subject_id: uuid.UUID) -> Input | Link:
    """The input, or else the link, with this id that the caller may reach."""
    try:
        return await load_node(uow, caller, subject_id, Input, field="subjectId")
    except NotFound:
        pass
    try:
        return await load_link(uow, caller, subject_id)
    except NotFound:
        raise NotFound(f"no input or link with id {subject_id}", field="subjectId") from None
