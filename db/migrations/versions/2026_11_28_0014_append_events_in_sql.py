"""The event log extends its hash chain in the database: one call appends a tenant's events.

A tenant's head row is locked from the moment its next numbers are taken until the appending
transaction ends, so that its events are numbered without gaps, in order, and become visible in
that order (the REST feed relies on it). Appending used to take three round trips inside that
lock (lock and read the head, then insert and move it, with the hashes computed in Python in
between); `event_append` does it in one, so the lock is held for one call and the commit.

The chain's hash is SHA-256 over the previous hash, a newline and the event's header in
canonical JSON (`api/domain/events.py`: sorted keys, no spaces, strings escaped as Python's
json escapes them, which is what `to_json(text)` does too; the time as Python's isoformat in
UTC). `event_header` writes those same bytes from the stored columns, so events hashed here
and events hashed by Python before verify alike, with the one verifier in Python.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTIONS = [
    """CREATE FUNCTION event_header(
        tenant_id uuid, seq bigint, id uuid, type text, type_version integer,
        occurred_at timestamptz, actor_id text, actor_kind text, request_id text, reason text,
        subject_kind text, subject_id uuid, plan_id uuid, touches uuid[], payload_hash text
    ) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT '{"actor_id":' || to_json(actor_id)::text
        || ',"actor_kind":' || to_json(actor_kind)::text
        || ',"id":"' || id::text
        || '","occurred_at":"'
        || to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
        || CASE WHEN date_trunc('second', occurred_at) = occurred_at THEN ''
                ELSE to_char(occurred_at AT TIME ZONE 'UTC', '.US') END
        || '+00:00","payload_hash":' || to_json(payload_hash)::text
        || ',"plan_id":' || coalesce('"' || plan_id::text || '"', 'null')
        || ',"reason":' || coalesce(to_json(reason)::text, 'null')
        || ',"request_id":' || coalesce(to_json(request_id)::text, 'null')
        || ',"seq":' || seq::text
        || ',"subject_id":"' || subject_id::text
        || '","subject_kind":' || to_json(subject_kind)::text
        || ',"tenant_id":"' || tenant_id::text
        || '","touches":' || CASE WHEN cardinality(touches) = 0 THEN '[]'
                                  ELSE '["' || array_to_string(touches, '","') || '"]' END
        || ',"type":' || to_json(type)::text
        || ',"type_version":' || type_version::text
        || '}'
    $$""",
    # Stable, not immutable, as convert_to is: so that PostgreSQL inlines it into its callers.
    """CREATE FUNCTION event_chain_hash(prev_hash text, header text) RETURNS text
    LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
    SELECT encode(sha256(convert_to(prev_hash || E'\\n' || header, 'UTF8')), 'hex')
    $$""",
    # Everything the caller knows goes in as arrays, one element per event, in log order; the
    # numbers, the hashes and the time come from the head, under its lock. The time is the
    # caller's clock (which a test may move), but never before the previous event's.
    """CREATE FUNCTION event_append(
        tenant uuid, occurred timestamptz, ids uuid[], types text[], type_versions integer[],
        actor_ids text[], actor_kinds text[], request_ids text[], reasons text[],
        subject_kinds text[], subject_ids uuid[], plan_ids uuid[], touches text[],
        payloads jsonb[], payload_hashes text[]
    ) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
        head_seq bigint;
        head_hash text;
        prevs text[] := '{}';
        hashes text[] := '{}';
        hash text;
    BEGIN
        -- Row-level security lets a transaction write only the tenant it acts for.
        PERFORM set_config('spoor.tenant_id', tenant::text, true);
        SELECT last_seq, last_hash INTO head_seq, head_hash
            FROM event_head WHERE tenant_id = tenant FOR UPDATE;
        IF NOT FOUND THEN  -- the tenant's first event
            INSERT INTO event_head (tenant_id, last_seq, last_hash)
                VALUES (tenant, 0, repeat('0', 64)) ON CONFLICT (tenant_id) DO NOTHING;
            SELECT last_seq, last_hash INTO head_seq, head_hash
                FROM event_head WHERE tenant_id = tenant FOR UPDATE;
        END IF;
        occurred := greatest(occurred, (SELECT e.occurred_at FROM event e
                            WHERE e.tenant_id = tenant AND e.seq = head_seq));
        hash := head_hash;
        FOR i IN 1 .. cardinality(ids) LOOP
            prevs := prevs || hash;
            hash := event_chain_hash(hash, event_header(
                tenant, head_seq + i, ids[i], types[i], type_versions[i], occurred, actor_ids[i],
                actor_kinds[i], request_ids[i], reasons[i], subject_kinds[i], subject_ids[i],
                plan_ids[i], touches[i]::uuid[], payload_hashes[i]));
            hashes := hashes || hash;
        END LOOP;
        INSERT INTO event (
            tenant_id, seq, id, type, type_version, occurred_at, actor_id, actor_kind,
            request_id, reason, subject_kind, subject_id, plan_id, touches, payload,
            payload_hash, prev_hash, hash
        )
        SELECT tenant, head_seq + e.n, e.id, e.type, e.type_version, occurred, e.actor_id,
               e.actor_kind, e.request_id, e.reason, e.subject_kind, e.subject_id, e.plan_id,
               e.touches::uuid[], e.payload, e.payload_hash, e.prev_hash, e.hash
        FROM unnest(
            ids, types, type_versions, actor_ids, actor_kinds, request_ids, reasons,
            subject_kinds, subject_ids, plan_ids, touches, payloads, payload_hashes, prevs,
            hashes
        ) WITH ORDINALITY AS e(id, type, type_version, actor_id, actor_kind, request_id, reason,
                               subject_kind, subject_id, plan_id, touches, payload,
                               payload_hash, prev_hash, hash, n);
        UPDATE event_head SET last_seq = head_seq + cardinality(ids), last_hash = hash
            WHERE tenant_id = tenant;
    END
    $$""",
]


def upgrade() -> None:
    for statement in FUNCTIONS:
        op.execute(statement)


def downgrade() -> None:
    op.execute(
        "DROP FUNCTION event_append(uuid, timestamptz, uuid[], text[], integer[], text[], text[],"
        " text[], text[], text[], uuid[], uuid[], text[], jsonb[], text[])"
    )
    op.execute("DROP FUNCTION event_chain_hash(text, text)")
    op.execute(
        "DROP FUNCTION event_header(uuid, bigint, uuid, text, integer, timestamptz, text, text,"
        " text, text, text, uuid, uuid, uuid[], text)"
    )
