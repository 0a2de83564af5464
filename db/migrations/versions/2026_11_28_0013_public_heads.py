"""What an anonymous answer is a function of: the committed heads of the tenants that publish.

Without a tenant, a reader sees the published and adopted plans of every tenant (0006), so its
answer can change only when one of those tenants appends an event, or when a tenant starts or
stops publishing (itself an event of that tenant). The response cache keys anonymous answers by
this digest of those tenants' heads; row-level security keeps `event_head` from a transaction
without a tenant, so the digest comes through a function that runs as the owner and returns
nothing but the digest.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The heads themselves (not their sum, which a tenant that stops publishing could bring
    # back to an earlier value), in a fixed order. PL/pgSQL, because it keeps its plan for the
    # session: a SQL function that cannot be inlined (SECURITY DEFINER) is planned at every call,
    # which tripled the cost of a kept anonymous answer's one statement.
    op.execute(
        """CREATE FUNCTION spoor_public_heads() RETURNS text
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
        $$ BEGIN
           RETURN (SELECT coalesce(md5(string_agg(h.tenant_id::text || ':' || h.last_seq, ','
                                                  ORDER BY h.tenant_id)), '')
                   FROM event_head h
                   WHERE EXISTS (SELECT 1 FROM plan p WHERE p.tenant_id = h.tenant_id
                                 AND p.status IN ('published', 'adopted')));
           END $$"""
    )


def downgrade() -> None:
    op.execute("DROP FUNCTION spoor_public_heads()")
