"""Queries about feedback: one piece by id, and all feedback on many subjects at once."""

import uuid
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.arrays import among
from api.store.models import Feedback

SubjectKey = tuple[uuid.UUID, uuid.UUID]  # (tenant, input or link)


async def get_feedback(
    session: AsyncSession, *, tenant_id: uuid.UUID, feedback_id: uuid.UUID
) -> Feedback | None:
    return await session.get(Feedback, (tenant_id, feedback_id))


async def feedback_on(
    session: AsyncSession, keys: Iterable[SubjectKey]
) -> dict[SubjectKey, list[Feedback]]:
    """The feedback on each subject, oldest first: one statement, however many subjects."""
    wanted = set(keys)
    if not wanted:
        return {}
    subject_ids = {subject_id for _, subject_id in wanted}
    query = (
        select(Feedback)
        .where(
            among(Feedback.tenant_id, {tenant_id for tenant_id, _ in wanted}),
            among(Feedback.input_id, subject_ids) | among(Feedback.link_id, subject_ids),
        )
        .order_by(Feedback.published_at, Feedback.id)
    )
    found: dict[SubjectKey, list[Feedback]] = defaultdict(list)
    for feedback in (await session.scalars(query)).all():
        key = (feedback.tenant_id, feedback.subject_id)
        if key in wanted:  # ids are unique, but a key names its tenant too
            found[key].append(feedback)
    return {key: found.get(key, []) for key in wanted}
