"""API keys: stored as digests, with scopes, an optional plan and an optional expiry.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 19:46:54.284803
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "api_key",
        sa.Column("tenant_id", sa.UUID(), nullable=False),
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("digest", sa.Text(), nullable=False),
        sa.Column("scopes", postgresql.ARRAY(sa.Text()), nullable=False),
        sa.Column("plan_id", sa.UUID(), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("clock_timestamp()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "plan_id"],
            ["plan.tenant_id", "plan.id"],
            name=op.f("fk_api_key_tenant_id_plan_id_plan"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenant.id"],
            name=op.f("fk_api_key_tenant_id_tenant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_api_key")),
        sa.UniqueConstraint("tenant_id", "digest", name=op.f("uq_api_key_tenant_id_digest")),
    )
    op.create_index(op.f("ix_api_key_digest"), "api_key", ["digest"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_api_key_digest"), table_name="api_key")
    op.drop_table("api_key")
