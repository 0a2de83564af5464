"""Answers kept for Idempotency-Key: a POST sent again with the same key gets the same answer."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKeyConstraint, Index
from sqlalchemy.orm import Mapped, mapped_column

from api.store.models.base import Base, tenant_key


class IdempotentAnswer(Base):
    """The answer to a REST POST that carried an Idempotency-Key, written in the transaction
    of the change it answers: a change and its kept answer are committed together or not at all.

    Keyed by tenant and key: the key is the client's, unique among its municipality's requests
    of a day. `fingerprint` is a digest of the request (method, path, body, key), so the same
    key sent with another request is told apart and refused.
    """

    __tablename__ = "idempotent_answer"
    __table_args__: tuple[Any, ...] = (
        ForeignKeyConstraint(["tenant_id"], ["tenant.id"], ondelete="CASCADE"),
        # Answers older than a day are forgotten a tenant at a time.
        Index(None, "tenant_id", "created_at"),
    )

    tenant_id: Mapped[uuid.UUID] = tenant_key()
    key: Mapped[str] = mapped_column(primary_key=True)
    fingerprint: Mapped[str]
    status: Mapped[int]
    body: Mapped[dict[str, Any] | None]
    headers: Mapped[dict[str, str]]
    # Set from the unit of work's clock, which tests move.
    created_at: Mapped[datetime]
