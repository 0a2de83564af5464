"""The event log (audit trail and outbox), its per-tenant head, and participants' contacts."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKeyConstraint, Index, UniqueConstraint
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column

from api.store.models.base import Base, created_at, id_key, tenant_key


class Event(Base):
    """One recorded change. Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE, except
    the rewriting of a payload during a redaction (the chain covers the payload's hash only)."""

    __tablename__ = "event"
    __table_args__ = (
        ForeignKeyConstraint(["tenant_id"], ["tenant.id"]),
        UniqueConstraint("tenant_id", "id"),
        Index(None, "tenant_id", "plan_id", "seq"),
        Index("ix_event_touches", "touches", postgresql_using="gin"),
    )

    tenant_id: Mapped[uuid.UUID] = tenant_key()
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    id: Mapped[uuid.UUID]
    type: Mapped[str]
    type_version: Mapped[int]
    occurred_at: Mapped[datetime]
    actor_id: Mapped[str]
    actor_kind: Mapped[str]
    request_id: Mapped[str | None]
    reason: Mapped[str | None]
    subject_kind: Mapped[str]
    subject_id: Mapped[uuid.UUID]
    plan_id: Mapped[uuid.UUID | None]
    # The subject and, for a link, both its ends: what a node's history looks up.
    touches: Mapped[list[uuid.UUID]] = mapped_column(ARRAY(UUID))
    payload: Mapped[dict[str, Any]] = mapped_column(JSONB)
    payload_hash: Mapped[str]
    redacted_at: Mapped[datetime | None]
    prev_hash: Mapped[str]
    hash: Mapped[str]


class EventHead(Base):
    """The last sequence number and hash of a tenant's log; its row lock serialises appends."""

    __tablename__ = "event_head"
    __table_args__ = (ForeignKeyConstraint(["tenant_id"], ["tenant.id"]),)

    tenant_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger)
    last_hash: Mapped[str]


class Contact(Base):
    """A participant's contact details: the one place they live, so they can be erased."""

    __tablename__ = "contact"
    __table_args__ = (
        ForeignKeyConstraint(["tenant_id"], ["tenant.id"], ondelete="CASCADE"),
        Index(None, "tenant_id", "email"),
    )

    tenant_id: Mapped[uuid.UUID] = tenant_key()
    id: Mapped[uuid.UUID] = id_key()
    name: Mapped[str | None]
    email: Mapped[str | None]
    phone: Mapped[str | None]
    erased_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = created_at()
