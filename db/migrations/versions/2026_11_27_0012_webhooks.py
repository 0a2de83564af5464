"""Webhooks: endpoints per tenant, one delivery per endpoint and event, and the attempt log.

An endpoint keeps its signing secret as it is. Signing (HMAC, as Standard Webhooks asks) needs
the secret itself, so a digest cannot serve; encrypting it with a key from Spoor's own settings
would only move the secret next to the database it protects. It is shown to the client once, is
never part of an event or an answer after that, and row-level security keeps it to its tenant.

The event log is the outbox: each endpoint has a cursor (`last_seq`) over its tenant's log, and
the dispatcher turns the events after it into deliveries. A trigger tells listening dispatchers
(LISTEN spoor_event) that events were appended; it fires once per statement, when the
appending transaction commits, and carries nothing, so a dispatcher that misses it finds the
events at its next poll. Row-level security as in 0006: one tenant's rows per transaction. The
dispatcher itself runs as the owner, for every tenant at once.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("webhook_endpoint", "webhook_delivery", "webhook_attempt")
# Requests manage endpoints and ask for deliveries again; only the dispatcher logs attempts.
GRANTS = {
    "webhook_endpoint": "SELECT, INSERT, UPDATE, DELETE",
    "webhook_delivery": "SELECT, INSERT, UPDATE, DELETE",
    "webhook_attempt": "SELECT, DELETE",
}


def upgrade() -> None:
    _create_endpoint()
    _create_delivery()
    _create_attempt()
    for table in TABLES:
        op.execute(f"GRANT {GRANTS[table]} ON {table} TO spoor_app")
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY tenant_isolation ON {table} TO spoor_app"
            " USING (tenant_id = spoor_tenant()) WITH CHECK (tenant_id = spoor_tenant())"
        )
    op.execute(
        "CREATE FUNCTION spoor_notify_event() RETURNS trigger LANGUAGE plpgsql AS"
        " $$ BEGIN PERFORM pg_notify('spoor_event', ''); RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER event_appended AFTER INSERT ON event"
        " FOR EACH STATEMENT EXECUTE FUNCTION spoor_notify_event()"
    )


def _create_endpoint() -> None:
    op.create_table(
        "webhook_endpoint",
        sa.Column("tenant_id", sa.UUID(), nullable=False),
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("event_types", postgresql.ARRAY(sa.Text()), nullable=False),
        sa.Column("plan_id", sa.UUID(), nullable=True),
        sa.Column("enabled", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("disabled_reason", sa.Text(), nullable=True),
        sa.Column("secret", sa.Text(), nullable=False),
        sa.Column(
            "retiring_secrets",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column("secret_rotated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("failing_since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("leased_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lease_token", sa.UUID(), nullable=True),
        sa.Column("lease_pid", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("clock_timestamp()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("clock_timestamp()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "plan_id"],
            ["plan.tenant_id", "plan.id"],
            name=op.f("fk_webhook_endpoint_tenant_id_plan_id_plan"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenant.id"],
            name=op.f("fk_webhook_endpoint_tenant_id_tenant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_webhook_endpoint")),
    )


def _create_delivery() -> None:
    op.create_table(
        "webhook_delivery",
        sa.Column("tenant_id", sa.UUID(), nullable=False),
        sa.Column("endpoint_id", sa.UUID(), nullable=False),
        sa.Column("event_seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("event_id", sa.UUID(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('pending', 'failed', 'delivered', 'dead')",
            name=op.f("ck_webhook_delivery_status"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "endpoint_id"],
            ["webhook_endpoint.tenant_id", "webhook_endpoint.id"],
            name=op.f("fk_webhook_delivery_tenant_id_endpoint_id_webhook_endpoint"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "tenant_id", "endpoint_id", "event_seq", name=op.f("pk_webhook_delivery")
        ),
    )
    op.create_index(
        "ix_webhook_delivery_outstanding",
        "webhook_delivery",
        ["tenant_id", "endpoint_id", "event_seq"],
        unique=False,
        postgresql_where=sa.text("status IN ('pending', 'failed')"),
    )
    op.create_index(
        op.f("ix_webhook_delivery_created_at"), "webhook_delivery", ["created_at"], unique=False
    )


def _create_attempt() -> None:
    op.create_table(
        "webhook_attempt",
        sa.Column("tenant_id", sa.UUID(), nullable=False),
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("endpoint_id", sa.UUID(), nullable=False),
        sa.Column("event_seq", sa.BigInteger(), nullable=False),
        sa.Column("event_id", sa.UUID(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("attempted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("request_headers", postgresql.JSONB(none_as_null=True), nullable=False),
        sa.Column("response_status", sa.Integer(), nullable=True),
        sa.Column("response_body", sa.Text(), nullable=True),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["tenant_id", "endpoint_id"],
            ["webhook_endpoint.tenant_id", "webhook_endpoint.id"],
            name=op.f("fk_webhook_attempt_tenant_id_endpoint_id_webhook_endpoint"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_webhook_attempt")),
    )
    op.create_index(
        op.f("ix_webhook_attempt_tenant_id_endpoint_id_attempted_at"),
        "webhook_attempt",
        ["tenant_id", "endpoint_id", "attempted_at"],
        unique=False,
    )
    op.create_index(
        op.f("ix_webhook_attempt_attempted_at"), "webhook_attempt", ["attempted_at"], unique=False
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER event_appended ON event")
    op.execute("DROP FUNCTION spoor_notify_event()")
    # Dropping the tables drops their indexes, policies and grants with them.
    for table in reversed(TABLES):
        op.drop_table(table)
