"""Idempotent answers: a REST POST sent with an Idempotency-Key keeps its answer for a day.

The answer is written in the transaction of the change it answers, so the two are committed
together or not at all, and the primary key (tenant, key) decides between two first uses of
one key that race: the second waits for the first to commit, then finds its answer and rolls
its own change back. Row-level security as in 0006: one tenant's answers per transaction.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "idempotent_answer",
        sa.Column("tenant_id", sa.UUID(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.Text(), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("body", postgresql.JSONB(none_as_null=True), nullable=True),
        sa.Column("headers", postgresql.JSONB(none_as_null=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenant.id"],
            name=op.f("fk_idempotent_answer_tenant_id_tenant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "key", name=op.f("pk_idempotent_answer")),
    )
    op.create_index(
        op.f("ix_idempotent_answer_tenant_id_created_at"),
        "idempotent_answer",
        ["tenant_id", "created_at"],
        unique=False,
    )
    op.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON idempotent_answer TO spoor_app")
    op.execute("ALTER TABLE idempotent_answer ENABLE ROW LEVEL SECURITY")
    op.execute(
        "CREATE POLICY tenant_isolation ON idempotent_answer TO spoor_app"
        " USING (tenant_id = spoor_tenant()) WITH CHECK (tenant_id = spoor_tenant())"
    )


def downgrade() -> None:
    # Dropping the table drops its policy and grants with it.
    op.drop_index(op.f("ix_idempotent_answer_tenant_id_created_at"), table_name="idempotent_answer")
    op.drop_table("idempotent_answer")
