"""What a kept answer to a keyed reader is a function of, in one statement.

The response cache answers a repeated question from memory when nothing the caller can read has
changed since (api/schema/kept.py): it needs the key's tenant, scopes and plan binding, and that
tenant's last committed event seq. Row-level security keeps `event_head` from a transaction
without a tenant, and the key is found before any tenant is known, so both come through one
function that runs as the owner. It returns a key only while it opens its tenant (neither
revoked nor expired at `now`, the application's clock); anything else is left to the ordinary
identification, which refuses it in its own words.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # PL/pgSQL keeps its plan for the session, as spoor_public_heads does (0013).
    op.execute(
        """CREATE FUNCTION spoor_key_and_head(key_digest text, now timestamptz)
        RETURNS TABLE (key_id uuid, tenant_id uuid, scopes text[], plan_id uuid, head bigint)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
        $$ BEGIN
           RETURN QUERY
           SELECT k.id, k.tenant_id, k.scopes, k.plan_id,
                  coalesce((SELECT h.last_seq FROM event_head h
                            WHERE h.tenant_id = k.tenant_id), 0)
           FROM api_key k
           WHERE k.digest = key_digest AND k.revoked_at IS NULL
             AND (k.expires_at IS NULL OR k.expires_at > now);
           END $$"""
    )


def downgrade() -> None:
    op.execute("DROP FUNCTION spoor_key_and_head(text, timestamptz)")
