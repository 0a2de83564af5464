"""Full-text search of inputs, with Dutch stemming and stop words.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_input_text_dutch ON input USING gin (to_tsvector('dutch', text))")


def downgrade() -> None:
    op.execute("DROP INDEX ix_input_text_dutch")
