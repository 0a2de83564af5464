"""The trail: tenants, plans, moments, actors, nodes of six kinds and the links between them.

Revision ID: 0001
Revises:
Create Date: 2026-11-26 19:14:28.861850
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "tenant",
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("clock_timestamp()"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tenant")),
        sa.UniqueConstraint("name", name=op.f("uq_tenant_name")),
    )
    op.create_table(
        "actor",
        sa.Column("tenant_id", sa.UUID(), nullable=False),
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
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
        sa.CheckConstraint("kind IN ('department', 'partner')", name=op.f("ck_actor_kind")),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenant.id"], name=op.f("fk_actor_tenant_id_tenant"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_actor")),
        sa.UniqueConstraint("tenant_id", "name", name=op.f("uq_actor_tenant_id_name")),
    )
    op.create_table(
        "plan",
        sa.Column("tenant_id", sa.UUID(), nullable=False),
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("title", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("description", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
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
        sa.CheckConstraint(
            "description IS NULL OR description ? 'nl'", name=op.f("ck_plan_description_has_nl")
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'published', 'adopted')", name=op.f("ck_plan_status")
        ),
        sa.CheckConstraint("title IS NULL OR title ? 'nl'", name=op.f("ck_plan_title_has_nl")),
        sa.CheckConstraint("period_end >= period_start", name=op.f("ck_plan_period_order")),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenant.id"], name=op.f("fk_plan_tenant_id_tenant"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_plan")),
    )
    op.create_table(
        "node",
        sa.Column("tenant_id", sa.UUID(), nullable=False),
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("plan_id", sa.UUID(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("code", sa.Text(), nullable=True),
        sa.Column("title", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("description", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("priority", sa.Boolean(), nullable=False),
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
        sa.CheckConstraint(
            "(kind = 'input') = (title IS NULL)", name=op.f("ck_node_title_unless_input")
        ),
        sa.CheckConstraint(
            "NOT priority OR kind IN ('goal', 'action_plan', 'action')",
            name=op.f("ck_node_priority_kinds"),
        ),
        sa.CheckConstraint(
            "description IS NULL OR description ? 'nl'", name=op.f("ck_node_description_has_nl")
        ),
        sa.CheckConstraint(
            "kind IN ('input', 'finding', 'theme', 'goal', 'action_plan', 'action')",
            name=op.f("ck_node_kind"),
        ),
        sa.CheckConstraint("title IS NULL OR title ? 'nl'", name=op.f("ck_node_title_has_nl")),
        sa.ForeignKeyConstraint(
            ["tenant_id", "plan_id"],
            ["plan.tenant_id", "plan.id"],
            name=op.f("fk_node_tenant_id_plan_id_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_node")),
        sa.UniqueConstraint(
            "tenant_id", "plan_id", "id", "kind", name=op.f("uq_node_tenant_id_plan_id_id_kind")
        ),
        sa.UniqueConstraint(
            "tenant_id", "plan_id", "kind", "code", name=op.f("uq_node_tenant_id_plan_id_kind_code")
        ),
    )
    op.create_index(
        op.f("ix_node_tenant_id_plan_id_kind"),
        "node",
        ["tenant_id", "plan_id", "kind"],
        unique=False,
    )
    op.create_table(
        "participation_moment",
        sa.Column("tenant_id", sa.UUID(), nullable=False),
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("plan_id", sa.UUID(), nullable=False),
        sa.Column("phase", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("method", sa.Text(), nullable=False),
        sa.Column("facilitator", sa.Text(), nullable=True),
        sa.Column("participant_count", sa.Integer(), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("online", sa.Boolean(), nullable=False),
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
        sa.CheckConstraint(
            "method IN ('online_table', 'workshop', 'survey', 'interview', 'target_group_visit')",
            name=op.f("ck_participation_moment_method"),
        ),
        sa.CheckConstraint(
            "phase IN ('analysis', 'stakeholder_talks', 'citizen_consultation', 'target_group_questioning', 'strategic_note', 'goals_to_actions')",
            name=op.f("ck_participation_moment_phase"),
        ),
        sa.CheckConstraint(
            "participant_count IS NULL OR participant_count >= 0",
            name=op.f("ck_participation_moment_count"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "plan_id"],
            ["plan.tenant_id", "plan.id"],
            name=op.f("fk_participation_moment_tenant_id_plan_id_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_participation_moment")),
        sa.UniqueConstraint(
            "tenant_id", "plan_id", "id", name=op.f("uq_participation_moment_tenant_id_plan_id_id")
        ),
    )
    op.create_table(
        "plan_phase",
        sa.Column("tenant_id", sa.UUID(), nullable=False),
        sa.Column("plan_id", sa.UUID(), nullable=False),
        sa.Column("phase", sa.Text(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "phase IN ('analysis', 'stakeholder_talks', 'citizen_consultation', 'target_group_questioning', 'strategic_note', 'goals_to_actions')",
            name=op.f("ck_plan_phase_phase"),
        ),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_plan_phase_period_order")),
        sa.ForeignKeyConstraint(
            ["tenant_id", "plan_id"],
            ["plan.tenant_id", "plan.id"],
            name=op.f("fk_plan_phase_tenant_id_plan_id_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "plan_id", "phase", name=op.f("pk_plan_phase")),
    )
    op.create_table(
        "action",
        sa.Column("tenant_id", sa.UUID(), nullable=False),
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("weight", sa.Numeric(precision=8, scale=2), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("budget", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("external_id", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "status IN ('proposed', 'planned', 'in_progress', 'done', 'dropped')",
            name=op.f("ck_action_status"),
        ),
        sa.CheckConstraint("budget IS NULL OR budget >= 0", name=op.f("ck_action_budget_positive")),
        sa.CheckConstraint("progress BETWEEN 0 AND 100", name=op.f("ck_action_progress_range")),
        sa.CheckConstraint(
            "starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on",
            name=op.f("ck_action_period_order"),
        ),
        sa.CheckConstraint("weight IS NULL OR weight > 0", name=op.f("ck_action_weight_positive")),
        sa.ForeignKeyConstraint(
            ["tenant_id", "id"],
            ["node.tenant_id", "node.id"],
            name="fk_action_node",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_action")),
        sa.UniqueConstraint(
            "tenant_id", "external_id", name=op.f("uq_action_tenant_id_external_id")
        ),
    )
    op.create_table(
        "input",
        sa.Column("tenant_id", sa.UUID(), nullable=False),
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("moment_id", sa.UUID(), nullable=True),
        sa.Column("participant_type", sa.Text(), nullable=False),
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("external_id", sa.Text(), nullable=True),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("status_reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "channel IN ('online_table', 'workshop', 'survey', 'interview', 'target_group_visit', 'email', 'letter')",
            name=op.f("ck_input_channel"),
        ),
        sa.CheckConstraint("language IN ('nl', 'fr', 'en', 'de')", name=op.f("ck_input_language")),
        sa.CheckConstraint(
            "participant_type IN ('citizen', 'stakeholder', 'civil_servant', 'board_member', 'target_group')",
            name=op.f("ck_input_participant_type"),
        ),
        sa.CheckConstraint(
            "status <> 'not_retained' OR status_reason IS NOT NULL",
            name=op.f("ck_input_not_retained_reason"),
        ),
        sa.CheckConstraint(
            "status IN ('received', 'in_review', 'addressed', 'not_retained')",
            name=op.f("ck_input_status"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "id"],
            ["node.tenant_id", "node.id"],
            name="fk_input_node",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "moment_id"],
            ["participation_moment.tenant_id", "participation_moment.id"],
            name=op.f("fk_input_tenant_id_moment_id_participation_moment"),
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_input")),
        sa.UniqueConstraint(
            "tenant_id", "external_id", name=op.f("uq_input_tenant_id_external_id")
        ),
    )
    op.create_index(
        op.f("ix_input_tenant_id_moment_id"), "input", ["tenant_id", "moment_id"], unique=False
    )
    op.create_table(
        "link",
        sa.Column("tenant_id", sa.UUID(), nullable=False),
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("plan_id", sa.UUID(), nullable=False),
        sa.Column("source_id", sa.UUID(), nullable=False),
        sa.Column("source_kind", sa.Text(), nullable=False),
        sa.Column("target_id", sa.UUID(), nullable=False),
        sa.Column("target_kind", sa.Text(), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=True),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
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
        sa.CheckConstraint(
            "(source_kind, target_kind) IN (('action_plan', 'action'), ('finding', 'goal'), ('goal', 'action'), ('goal', 'action_plan'), ('input', 'action'), ('input', 'finding'), ('input', 'goal'), ('input', 'theme'), ('theme', 'goal'))",
            name=op.f("ck_link_allowed_pair"),
        ),
        sa.CheckConstraint(
            "decision IN ('proposed', 'adopted', 'partly_adopted', 'not_adopted')",
            name=op.f("ck_link_decision"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "plan_id", "source_id", "source_kind"],
            ["node.tenant_id", "node.plan_id", "node.id", "node.kind"],
            name="fk_link_source",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "plan_id", "target_id", "target_kind"],
            ["node.tenant_id", "node.plan_id", "node.id", "node.kind"],
            name="fk_link_target",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "plan_id"],
            ["plan.tenant_id", "plan.id"],
            name=op.f("fk_link_tenant_id_plan_id_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_link")),
        sa.UniqueConstraint(
            "tenant_id",
            "source_id",
            "target_id",
            name=op.f("uq_link_tenant_id_source_id_target_id"),
        ),
    )
    op.create_index(
        op.f("ix_link_tenant_id_plan_id"), "link", ["tenant_id", "plan_id"], unique=False
    )
    op.create_index(
        op.f("ix_link_tenant_id_target_id"), "link", ["tenant_id", "target_id"], unique=False
    )
    op.create_table(
        "theme",
        sa.Column("tenant_id", sa.UUID(), nullable=False),
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("parent_id", sa.UUID(), nullable=True),
        sa.ForeignKeyConstraint(
            ["tenant_id", "id"],
            ["node.tenant_id", "node.id"],
            name="fk_theme_node",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "parent_id"], ["theme.tenant_id", "theme.id"], name="fk_theme_parent"
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_theme")),
    )
    op.create_index(
        op.f("ix_theme_tenant_id_parent_id"), "theme", ["tenant_id", "parent_id"], unique=False
    )
    op.create_table(
        "action_actor",
        sa.Column("tenant_id", sa.UUID(), nullable=False),
        sa.Column("action_id", sa.UUID(), nullable=False),
        sa.Column("actor_id", sa.UUID(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.CheckConstraint("role IN ('owner', 'partner')", name=op.f("ck_action_actor_role")),
        sa.ForeignKeyConstraint(
            ["tenant_id", "action_id"],
            ["action.tenant_id", "action.id"],
            name=op.f("fk_action_actor_tenant_id_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "actor_id"],
            ["actor.tenant_id", "actor.id"],
            name=op.f("fk_action_actor_tenant_id_actor_id_actor"),
        ),
        sa.PrimaryKeyConstraint(
            "tenant_id", "action_id", "actor_id", "role", name=op.f("pk_action_actor")
        ),
    )
    op.create_index(
        op.f("ix_action_actor_tenant_id_actor_id"),
        "action_actor",
        ["tenant_id", "actor_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_action_actor_tenant_id_actor_id"), table_name="action_actor")
    op.drop_table("action_actor")
    op.drop_index(op.f("ix_theme_tenant_id_parent_id"), table_name="theme")
    op.drop_table("theme")
    op.drop_index(op.f("ix_link_tenant_id_target_id"), table_name="link")
    op.drop_index(op.f("ix_link_tenant_id_plan_id"), table_name="link")
    op.drop_table("link")
    op.drop_index(op.f("ix_input_tenant_id_moment_id"), table_name="input")
    op.drop_table("input")
    op.drop_table("action")
    op.drop_table("plan_phase")
    op.drop_table("participation_moment")
    op.drop_index(op.f("ix_node_tenant_id_plan_id_kind"), table_name="node")
    op.drop_table("node")
    op.drop_table("plan")
    op.drop_table("actor")
    op.drop_table("tenant")
