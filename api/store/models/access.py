"""API keys: stored only as a digest, with scopes, an optional plan and an optional expiry."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKeyConstraint, Index, Text, UniqueConstraint
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from api.store.models.base import Base, created_at, id_key, tenant_key


class ApiKey(Base):
    """A tenant's key for REST and GraphQL callers."""

    __tablename__ = "api_key"
    __table_args__: tuple[Any, ...] = (
        ForeignKeyConstraint(["tenant_id"], ["tenant.id"], ondelete="CASCADE"),
        ForeignKeyConstraint(
            ["tenant_id", "plan_id"], ["plan.tenant_id", "plan.id"], ondelete="CASCADE"
        ),
        UniqueConstraint("tenant_id", "digest"),
        # A request names no tenant: its key is found by digest alone, which is random.
        Index(None, "digest"),
    )

    tenant_id: Mapped[uuid.UUID] = tenant_key()
    id: Mapped[uuid.UUID] = id_key()
    name: Mapped[str]
    digest: Mapped[str]
    scopes: Mapped[list[str]] = mapped_column(ARRAY(Text))
    plan_id: Mapped[uuid.UUID | None]
    expires_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = created_at()


class RateWindow(Base):
    """Requests counted per caller (a key's digest or a client address) per fixed window.

    Not a tenant's data: an anonymous client has no tenant, and the limit must hold across
    every process that serves the API, so the count lives in the database.
    """

    __tablename__ = "rate_window"

    bucket: Mapped[str] = mapped_column(primary_key=True)
    window_start: Mapped[datetime] = mapped_column(primary_key=True)
    hits: Mapped[int]
