"""Departments and partners of published plans are public: anonymous readers see the actors
that carry an action of a published or adopted plan, and which actions they carry.

Actors are organisations, not people, so the personal-name policy keeps them visible; until
now no policy let an anonymous reader see them, so a published plan's actions showed no owner.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each reads through the table before it, whose own policy admits public rows only: an action
# is public when its plan is (the node policy), an actor when it carries a public action.
PUBLIC_READS = {
    "action_actor": "EXISTS (SELECT 1 FROM node n"
    " WHERE n.tenant_id = action_actor.tenant_id AND n.id = action_actor.action_id)",
    "actor": "EXISTS (SELECT 1 FROM action_actor a"
    " WHERE a.tenant_id = actor.tenant_id AND a.actor_id = actor.id)",
}


def upgrade() -> None:
    for table, condition in PUBLIC_READS.items():
        op.execute(
            f"CREATE POLICY public_read ON {table} FOR SELECT TO spoor_app USING ({condition})"
        )


def downgrade() -> None:
    for table in PUBLIC_READS:
        op.execute(f"DROP POLICY public_read ON {table}")
