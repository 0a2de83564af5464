"""Feedback: the municipality's published answers to inputs and to links.

Feedback references its input through the node's plan and kind, and its link through the
link's plan, so it can answer nothing outside its own plan and tenant; links gain the unique
key that makes the second reference possible. Deleting an input or link deletes its feedback
(ON DELETE CASCADE): the subject's deletion event implies it, and replay folds it so.
Row-level security as in 0006: one tenant's rows per transaction, and what a published plan
shows to anonymous readers.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_unique_constraint(
        op.f("uq_link_tenant_id_plan_id_id"), "link", ["tenant_id", "plan_id", "id"]
    )
    op.create_table(
        "feedback",
        sa.Column("tenant_id", sa.UUID(), nullable=False),
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("plan_id", sa.UUID(), nullable=False),
        sa.Column("subject_kind", sa.Text(), nullable=False),
        sa.Column("input_id", sa.UUID(), nullable=True),
        sa.Column("link_id", sa.UUID(), nullable=True),
        sa.Column("text", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column(
            "published_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("clock_timestamp()"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("clock_timestamp()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "subject_kind IN ('input', 'link')", name=op.f("ck_feedback_subject_kind")
        ),
        sa.CheckConstraint(
            "(subject_kind = 'input') = (input_id IS NOT NULL)"
            " AND (subject_kind = 'link') = (link_id IS NOT NULL)",
            name=op.f("ck_feedback_one_subject"),
        ),
        sa.CheckConstraint("text IS NULL OR text ? 'nl'", name=op.f("ck_feedback_text_has_nl")),
        sa.ForeignKeyConstraint(
            ["tenant_id", "plan_id"],
            ["plan.tenant_id", "plan.id"],
            name=op.f("fk_feedback_tenant_id_plan_id_plan"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "plan_id", "input_id", "subject_kind"],
            ["node.tenant_id", "node.plan_id", "node.id", "node.kind"],
            name="fk_feedback_input",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "plan_id", "link_id"],
            ["link.tenant_id", "link.plan_id", "link.id"],
            name="fk_feedback_link",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_feedback")),
    )
    op.create_index(
        op.f("ix_feedback_tenant_id_input_id"), "feedback", ["tenant_id", "input_id"], unique=False
    )
    op.create_index(
        op.f("ix_feedback_tenant_id_link_id"), "feedback", ["tenant_id", "link_id"], unique=False
    )
    # Published or withdrawn, never edited: the role requests run as may not update it.
    op.execute("GRANT SELECT, INSERT, DELETE ON feedback TO spoor_app")
    op.execute("ALTER TABLE feedback ENABLE ROW LEVEL SECURITY")
    op.execute(
        "CREATE POLICY tenant_isolation ON feedback TO spoor_app"
        " USING (tenant_id = spoor_tenant()) WITH CHECK (tenant_id = spoor_tenant())"
    )
    op.execute(
        "CREATE POLICY public_read ON feedback FOR SELECT TO spoor_app"
        " USING (spoor_plan_is_public(tenant_id, plan_id))"
    )


def downgrade() -> None:
    # Dropping the table drops its policies and grants with it.
    op.drop_index(op.f("ix_feedback_tenant_id_link_id"), table_name="feedback")
    op.drop_index(op.f("ix_feedback_tenant_id_input_id"), table_name="feedback")
    op.drop_table("feedback")
    op.drop_constraint(op.f("uq_link_tenant_id_plan_id_id"), "link", type_="unique")
