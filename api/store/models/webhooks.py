"""Webhook endpoints, the deliveries of events to them, and the log of every attempt."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKeyConstraint, Index, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from api.domain.webhooks import DeliveryStatus
from api.store.models.base import (
    Base,
    created_at,
    id_key,
    one_of,
    tenant_key,
    updated_at,
    version_column,
)


class WebhookEndpoint(Base):
    """Where a tenant wants its events sent, which of them, and the secret that signs them.

    The secret is kept as it is, not as a digest: signing needs it (see migration 0012). Older
    secrets keep signing until their time in `retiring_secrets` (`[{"secret", "until"}]`) runs
    out. `last_seq`, `failing_since` and the lease are the dispatcher's bookkeeping: they change
    without events and are not part of the endpoint's recorded state.
    """

    __tablename__ = "webhook_endpoint"
    __table_args__: tuple[Any, ...] = (
        ForeignKeyConstraint(["tenant_id"], ["tenant.id"], ondelete="CASCADE"),
        ForeignKeyConstraint(
            ["tenant_id", "plan_id"], ["plan.tenant_id", "plan.id"], ondelete="CASCADE"
        ),
    )

    tenant_id: Mapped[uuid.UUID] = tenant_key()
    id: Mapped[uuid.UUID] = id_key()
    url: Mapped[str]
    description: Mapped[str | None]
    event_types: Mapped[list[str]] = mapped_column(ARRAY(Text))
    plan_id: Mapped[uuid.UUID | None]
    enabled: Mapped[bool] = mapped_column(server_default=text("true"))
    disabled_reason: Mapped[str | None]
    secret: Mapped[str]
    retiring_secrets: Mapped[list[dict[str, str]]] = mapped_column(
        JSONB, server_default=text("'[]'::jsonb")
    )
    secret_rotated_at: Mapped[datetime | None]
    # The last event of the tenant's log fanned out into deliveries (or passed over).
    last_seq: Mapped[int] = mapped_column(BigInteger)
    failing_since: Mapped[datetime | None]
    # A dispatcher sending this endpoint's deliveries holds it until then, under its token;
    # `lease_pid` is the server process of the dispatcher's own session: once that is gone,
    # the dispatcher is too, and its lease ends at once.
    leased_until: Mapped[datetime | None]
    lease_token: Mapped[uuid.UUID | None]
    lease_pid: Mapped[int | None]
    version: Mapped[int] = version_column()
    created_at: Mapped[datetime] = created_at()
    updated_at: Mapped[datetime] = updated_at()

    __mapper_args__: dict[str, Any] = {"version_id_col": version}


class WebhookDelivery(Base):
    """One event to be delivered to one endpoint, and how far that has come.

    Its event is named by sequence number without a foreign key: the log is append-only, so the
    event cannot go away, and the log stays a table nothing else holds on to (TRUNCATE must
    meet its append-only trigger, not a reference).
    """

    __tablename__ = "webhook_delivery"
    __table_args__: tuple[Any, ...] = (
        one_of("status", DeliveryStatus),
        ForeignKeyConstraint(
            ["tenant_id", "endpoint_id"],
            ["webhook_endpoint.tenant_id", "webhook_endpoint.id"],
            ondelete="CASCADE",
        ),
        # What the dispatcher looks for: an endpoint's outstanding deliveries in log order,
        # without walking past those already delivered.
        Index(
            "ix_webhook_delivery_outstanding",
            "tenant_id",
            "endpoint_id",
            "event_seq",
            postgresql_where=text("status IN ('pending', 'failed')"),
        ),
        Index(None, "created_at"),
    )

    tenant_id: Mapped[uuid.UUID] = tenant_key()
    endpoint_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    event_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    event_id: Mapped[uuid.UUID]
    status: Mapped[str]
    attempts: Mapped[int] = mapped_column(server_default=text("0"))
    next_attempt_at: Mapped[datetime]
    created_at: Mapped[datetime]
    delivered_at: Mapped[datetime | None]


class WebhookAttempt(Base):
    """One HTTP request of a delivery and what came of it; kept 90 days."""

    __tablename__ = "webhook_attempt"
    __table_args__: tuple[Any, ...] = (
        ForeignKeyConstraint(
            ["tenant_id", "endpoint_id"],
            ["webhook_endpoint.tenant_id", "webhook_endpoint.id"],
            ondelete="CASCADE",
        ),
        Index(None, "tenant_id", "endpoint_id", "attempted_at"),
        Index(None, "attempted_at"),
    )

    tenant_id: Mapped[uuid.UUID] = tenant_key()
    id: Mapped[uuid.UUID] = id_key()
    endpoint_id: Mapped[uuid.UUID]
    event_seq: Mapped[int] = mapped_column(BigInteger)
    event_id: Mapped[uuid.UUID]
    number: Mapped[int]  # the delivery's first attempt is 1
    attempted_at: Mapped[datetime]
    request_headers: Mapped[dict[str, str]]
    response_status: Mapped[int | None]
    response_body: Mapped[str | None]
    duration_ms: Mapped[int]
    # What went wrong, as a class: timeout, connect_error, redirect, status, refused_address, …
    error: Mapped[str | None]
