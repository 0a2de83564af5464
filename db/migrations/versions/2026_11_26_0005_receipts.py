"""Receipts: the digest of each input's receipt code, for citizens to look up its outcome.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 19:55:06.718467
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("input", sa.Column("receipt_digest", sa.Text(), nullable=True))
    op.create_index(op.f("ix_input_receipt_digest"), "input", ["receipt_digest"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_input_receipt_digest"), table_name="input")
    op.drop_column("input", "receipt_digest")
