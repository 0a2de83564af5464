"""The event log: append-only, hash-chained, per-tenant sequence; contacts kept apart for erasure.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 19:23:16.315942
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

# The log refuses every change but one: during a redaction (SET LOCAL spoor.redacting = 'on')
# an event's payload and redaction mark may be rewritten, and nothing else about it. The hash
# chain covers the payload's hash, not the payload, so the chain still verifies afterwards.
APPEND_ONLY = [
    """
CREATE FUNCTION event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND current_setting('spoor.redacting', true) = 'on'
       AND to_jsonb(NEW) - 'payload' - 'redacted_at' = to_jsonb(OLD) - 'payload' - 'redacted_at'
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the event log is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$""",
    """CREATE TRIGGER event_append_only BEFORE UPDATE OR DELETE ON event
    FOR EACH ROW EXECUTE FUNCTION event_refuse_change()""",
    """CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON event
    FOR EACH STATEMENT EXECUTE FUNCTION event_refuse_change()""",
]

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contact",
        sa.Column("tenant_id", sa.UUID(), nullable=False),
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("clock_timestamp()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenant.id"],
            name=op.f("fk_contact_tenant_id_tenant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_contact")),
    )
    op.create_index(
        op.f("ix_contact_tenant_id_email"), "contact", ["tenant_id", "email"], unique=False
    )
    op.create_table(
        "event",
        sa.Column("tenant_id", sa.UUID(), nullable=False),
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("type_version", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Text(), nullable=False),
        sa.Column("actor_kind", sa.Text(), nullable=False),
        sa.Column("request_id", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("subject_kind", sa.Text(), nullable=False),
        sa.Column("subject_id", sa.UUID(), nullable=False),
        sa.Column("plan_id", sa.UUID(), nullable=True),
        sa.Column("touches", postgresql.ARRAY(sa.UUID()), nullable=False),
        sa.Column("payload", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("payload_hash", sa.Text(), nullable=False),
        sa.Column("redacted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("prev_hash", sa.Text(), nullable=False),
        sa.Column("hash", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenant.id"], name=op.f("fk_event_tenant_id_tenant")
        ),
        sa.PrimaryKeyConstraint("tenant_id", "seq", name=op.f("pk_event")),
        sa.UniqueConstraint("tenant_id", "id", name=op.f("uq_event_tenant_id_id")),
    )
    op.create_index(
        op.f("ix_event_tenant_id_plan_id_seq"),
        "event",
        ["tenant_id", "plan_id", "seq"],
        unique=False,
    )
    op.create_index("ix_event_touches", "event", ["touches"], unique=False, postgresql_using="gin")
    op.create_table(
        "event_head",
        sa.Column("tenant_id", sa.UUID(), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_hash", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenant.id"], name=op.f("fk_event_head_tenant_id_tenant")
        ),
        sa.PrimaryKeyConstraint("tenant_id", name=op.f("pk_event_head")),
    )
    op.add_column("input", sa.Column("contact_id", sa.UUID(), nullable=True))
    op.create_foreign_key(
        op.f("fk_input_tenant_id_contact_id_contact"),
        "input",
        "contact",
        ["tenant_id", "contact_id"],
        ["tenant_id", "id"],
    )
    for statement in APPEND_ONLY:
        op.execute(statement)


def downgrade() -> None:
    op.drop_constraint(op.f("fk_input_tenant_id_contact_id_contact"), "input", type_="foreignkey")
    op.drop_column("input", "contact_id")
    op.drop_table("event_head")
    op.execute("DROP TRIGGER event_no_truncate ON event")
    op.execute("DROP TRIGGER event_append_only ON event")
    op.execute("DROP FUNCTION event_refuse_change()")
    op.drop_index("ix_event_touches", table_name="event", postgresql_using="gin")
    op.drop_index(op.f("ix_event_tenant_id_plan_id_seq"), table_name="event")
    op.drop_table("event")
    op.drop_index(op.f("ix_contact_tenant_id_email"), table_name="contact")
    op.drop_table("contact")
