"""Feedback: the municipality's published answer to an input, or to a link along the trail.

A piece of feedback answers exactly one subject, an input or a link, and references it through
a key that includes tenant and plan (and, for an input, the node's kind), so the database
itself refuses feedback across plans or tenants, or on a goal. When its input or link is
deleted, the feedback goes with it (ON DELETE CASCADE): the subject's own deletion event,
which the deleting service records, implies the feedback's end, and replay folds it so
(`fold_states` in api/domain/events.py). Feedback is published and withdrawn, never edited.
"""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKeyConstraint, Index, func
from sqlalchemy.orm import Mapped, mapped_column

from api.domain.feedback import FeedbackSubject
from api.store.models.base import (
    Base,
    created_at,
    has_dutch,
    id_key,
    one_of,
    tenant_key,
    version_column,
)


class Feedback(Base):
    """One published answer to an input or to a link."""

    __tablename__ = "feedback"
    __table_args__: tuple[Any, ...] = (
        ForeignKeyConstraint(
            ["tenant_id", "plan_id"], ["plan.tenant_id", "plan.id"], ondelete="CASCADE"
        ),
        # Through the node's kind as well, so only an input can be answered this way.
        ForeignKeyConstraint(
            ["tenant_id", "plan_id", "input_id", "subject_kind"],
            ["node.tenant_id", "node.plan_id", "node.id", "node.kind"],
            ondelete="CASCADE",
            name="fk_feedback_input",
        ),
        ForeignKeyConstraint(
            ["tenant_id", "plan_id", "link_id"],
            ["link.tenant_id", "link.plan_id", "link.id"],
            ondelete="CASCADE",
            name="fk_feedback_link",
        ),
        one_of("subject_kind", FeedbackSubject),
        CheckConstraint(
            "(subject_kind = 'input') = (input_id IS NOT NULL)"
            " AND (subject_kind = 'link') = (link_id IS NOT NULL)",
            name="one_subject",
        ),
        has_dutch("text"),
        Index(None, "tenant_id", "input_id"),
        Index(None, "tenant_id", "link_id"),
    )

    tenant_id: Mapped[uuid.UUID] = tenant_key()
    id: Mapped[uuid.UUID] = id_key()
    plan_id: Mapped[uuid.UUID]
    subject_kind: Mapped[str]
    input_id: Mapped[uuid.UUID | None]
    link_id: Mapped[uuid.UUID | None]
    text: Mapped[dict[str, str]]
    author: Mapped[str]
    published_at: Mapped[datetime] = mapped_column(server_default=func.clock_timestamp())
    version: Mapped[int] = version_column()
    created_at: Mapped[datetime] = created_at()

    @property
    def subject_id(self) -> uuid.UUID:
        """The input or link this feedback answers."""
        subject = self.input_id or self.link_id
        assert subject is not None  # the one_subject check holds one of them
        return subject

    __mapper_args__: dict[str, Any] = {"version_id_col": version}
