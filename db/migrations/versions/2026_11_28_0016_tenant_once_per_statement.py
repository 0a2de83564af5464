"""Row-level security asks for the tenant once per statement, not once per row.

Every tenant table's policy compared each row with `spoor_tenant()`, a function PostgreSQL
inlines into `nullif(current_setting('spoor.tenant_id', true), '')::uuid` and so evaluated for
every row a statement looked at: the compiled plan structure (api/store/compiled.py) spent half
of its time there. Written as a sub-select, `(SELECT spoor_tenant())` is evaluated once per
statement (an InitPlan), and its value can serve an index like any parameter. Whom a policy
admits does not change: the setting is the same for the whole of a statement.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = text(
    "SELECT tablename FROM pg_policies WHERE schemaname = 'public'"
    " AND policyname = 'tenant_isolation' ORDER BY tablename"
)


def _set(tenant: str) -> None:
    for (table,) in op.get_bind().execute(_TABLES).all():
        column = "id" if table == "tenant" else "tenant_id"
        op.execute(
            f'ALTER POLICY tenant_isolation ON "{table}"'
            f" USING ({column} = {tenant}) WITH CHECK ({column} = {tenant})"
        )


def upgrade() -> None:
    _set("(SELECT spoor_tenant())")


def downgrade() -> None:
    _set("spoor_tenant()")
