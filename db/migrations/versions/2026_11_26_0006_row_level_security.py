"""Row-level security: the second wall between tenants, for the role API requests run as.

Requests run as `spoor_app` (the connection's own user switches to it per transaction with
SET LOCAL ROLE) with the caller's tenant in `spoor.tenant_id`. PostgreSQL then shows and
accepts only that tenant's rows, however a query is written; without a tenant, only published
plans and their trail can be read. Keys and receipts are found before the tenant is known,
through two functions that return just the row asked for.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TENANT_TABLES = [
    "plan", "plan_phase", "participation_moment", "actor", "node", "input", "theme", "action",
    "action_actor", "link", "contact", "event", "event_head", "api_key",
]  # fmt: skip

# What an anonymous reader may see: published plans and what hangs from them.
PUBLIC_READS = {
    "plan": "status IN ('published', 'adopted')",
    "plan_phase": "spoor_plan_is_public(tenant_id, plan_id)",
    "participation_moment": "spoor_plan_is_public(tenant_id, plan_id)",
    "node": "spoor_plan_is_public(tenant_id, plan_id)",
    "link": "spoor_plan_is_public(tenant_id, plan_id)",
    "input": "EXISTS (SELECT 1 FROM node n WHERE n.tenant_id = input.tenant_id AND n.id = input.id)",
    "theme": "EXISTS (SELECT 1 FROM node n WHERE n.tenant_id = theme.tenant_id AND n.id = theme.id)",
    "action": "EXISTS (SELECT 1 FROM node n WHERE n.tenant_id = action.tenant_id AND n.id = action.id)",
}

FUNCTIONS = [
    """CREATE FUNCTION spoor_tenant() RETURNS uuid LANGUAGE sql STABLE AS
    $$ SELECT nullif(current_setting('spoor.tenant_id', true), '')::uuid $$""",
    # Runs as the owner, so that the node policy can ask about a plan it may not otherwise read.
    """CREATE FUNCTION spoor_plan_is_public(t uuid, p uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
    $$ SELECT EXISTS (SELECT 1 FROM plan WHERE tenant_id = t AND id = p
                      AND status IN ('published', 'adopted')) $$""",
    """CREATE FUNCTION spoor_api_key(key_digest text) RETURNS SETOF api_key
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
    $$ SELECT * FROM api_key WHERE digest = key_digest $$""",
    """CREATE FUNCTION spoor_receipt_owner(code_digest text) RETURNS TABLE (tenant_id uuid, id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
    $$ SELECT tenant_id, id FROM input WHERE receipt_digest = code_digest $$""",
]


def upgrade() -> None:
    # A role is shared by every database of the server, so it may exist already.
    op.execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'spoor_app') THEN"
        " CREATE ROLE spoor_app NOLOGIN; END IF; END $$"
    )
    op.execute("GRANT spoor_app TO CURRENT_USER")
    op.execute("GRANT USAGE ON SCHEMA public TO spoor_app")
    op.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO spoor_app")
    for statement in FUNCTIONS:
        op.execute(statement)
    op.execute("ALTER TABLE tenant ENABLE ROW LEVEL SECURITY")
    op.execute(
        "CREATE POLICY tenant_isolation ON tenant TO spoor_app"
        " USING (id = spoor_tenant()) WITH CHECK (id = spoor_tenant())"
    )
    for table in TENANT_TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY tenant_isolation ON {table} TO spoor_app"
            " USING (tenant_id = spoor_tenant()) WITH CHECK (tenant_id = spoor_tenant())"
        )
    for table, condition in PUBLIC_READS.items():
        op.execute(
            f"CREATE POLICY public_read ON {table} FOR SELECT TO spoor_app USING ({condition})"
        )


def downgrade() -> None:
    for table in PUBLIC_READS:
        op.execute(f"DROP POLICY public_read ON {table}")
    for table in [*TENANT_TABLES, "tenant"]:
        op.execute(f"DROP POLICY tenant_isolation ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for function in (
        "spoor_receipt_owner(text)", "spoor_api_key(text)",
        "spoor_plan_is_public(uuid, uuid)", "spoor_tenant()",
    ):  # fmt: skip
        op.execute(f"DROP FUNCTION {function}")
    op.execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM spoor_app")
    op.execute("REVOKE USAGE ON SCHEMA public FROM spoor_app")
    # The role stays: other databases of the same server may still use it.
