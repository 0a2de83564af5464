"""External ids on every node: a client's own id for an item, so it may retry a create safely.

Inputs and actions kept their external id in their own tables, unique per tenant; it moves to
`node`, unique per tenant and kind, so findings, themes, goals and action plans carry one too.
The values inputs and actions hold are copied over. Going down copies them back; the external
ids of the other kinds are then lost.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = ("input", "action")


def upgrade() -> None:
    op.add_column("node", sa.Column("external_id", sa.Text(), nullable=True))
    for kind in KINDS:
        op.execute(
            f"UPDATE node SET external_id = k.external_id FROM {kind} k"
            " WHERE node.tenant_id = k.tenant_id AND node.id = k.id"
            " AND k.external_id IS NOT NULL"
        )
    op.create_unique_constraint(
        op.f("uq_node_tenant_id_kind_external_id"), "node", ["tenant_id", "kind", "external_id"]
    )
    for kind in KINDS:
        op.drop_constraint(op.f(f"uq_{kind}_tenant_id_external_id"), kind, type_="unique")
        op.drop_column(kind, "external_id")


def downgrade() -> None:
    for kind in KINDS:
        op.add_column(kind, sa.Column("external_id", sa.Text(), nullable=True))
        op.execute(
            f"UPDATE {kind} SET external_id = n.external_id FROM node n"
            f" WHERE n.tenant_id = {kind}.tenant_id AND n.id = {kind}.id"
            " AND n.external_id IS NOT NULL"
        )
        op.create_unique_constraint(
            op.f(f"uq_{kind}_tenant_id_external_id"), kind, ["tenant_id", "external_id"]
        )
    op.drop_constraint(op.f("uq_node_tenant_id_kind_external_id"), "node", type_="unique")
    op.drop_column("node", "external_id")
