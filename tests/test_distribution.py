"""What distributing the schema by tenant on Citus needs, read from the migrated database's catalog.

Citus shards a distributed table by one column and can keep a primary key, a unique constraint
or a foreign key only when it holds that column (a foreign key between two distributed tables
must also match it to the other table's); a table without it becomes a reference table, copied
to every node, which distributed tables may reference but which must not reference them. Spoor
distributes by `tenant_id`, and leads every key with it so that a tenant's rows of every table
land on one node and each key's index serves the tenant's lookups. These tests read what the
migrations built (not the models), so a migration that breaks a rule fails here.
"""

from dataclasses import dataclass

import pytest
from sqlalchemy import text

from api.store.database import Database

# The tables without tenant_id, each with why it is global: on Citus, reference tables.
GLOBAL_TABLES = {
    "alembic_version": "the schema's version, one row",
    "tenant": "the tenants themselves; every tenant table references it",
    "rate_window": "request counts per key or client address, before a tenant is known",
}

TABLES = text(
    """SELECT c.relname,
              EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid
                      AND a.attname = 'tenant_id' AND NOT a.attisdropped) AS has_tenant
       FROM pg_class c
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')"""
)

# Every key: primary keys, unique and exclusion constraints, foreign keys, and unique indexes
# made without a constraint; with their columns in order (an expression has none: NULL).
KEYS = text(
    """SELECT t.relname AS table_name, c.conname AS name, c.contype::text AS kind,
              ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n
                    ORDER BY k.i)::text[] AS columns,
              r.relname AS referenced,
              ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                    JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n
                    ORDER BY k.i)::text[] AS referenced_columns
       FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid
       LEFT JOIN pg_class r ON r.oid = c.confrelid
       WHERE t.relnamespace = 'public'::regnamespace AND c.contype IN ('p', 'u', 'x', 'f')
       UNION ALL
       SELECT t.relname, ic.relname, 'i',
              ARRAY(SELECT a.attname FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(n, o)
                    LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n
                    WHERE o <= i.indnkeyatts ORDER BY o)::text[],
              NULL, ARRAY[]::text[]
       FROM pg_index i
       JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_class ic ON ic.oid = i.indexrelid
       WHERE t.relnamespace = 'public'::regnamespace AND i.indisunique
         AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = i.indexrelid)"""
)


@dataclass(frozen=True)
class Key:
    table: str
    name: str
    kind: str  # p primary, u unique, x exclusion, f foreign, i unique index
    columns: list[str | None]
    referenced: str | None
    referenced_columns: list[str]

    def __str__(self) -> str:
        target = f" → {self.referenced}({', '.join(self.referenced_columns)})"
        shown = ", ".join(column or "<expression>" for column in self.columns)
        return f"{self.name} on {self.table}({shown}){target if self.referenced else ''}"


@dataclass(frozen=True)
class Catalog:
    tenant_tables: set[str]
    global_tables: set[str]
    keys: list[Key]


@pytest.fixture
async def catalog(database: Database) -> Catalog:
    """The tables and keys the migrations made (the test database is a copy of their result)."""
    async with database.unit_of_work() as uow:
        tables = (await uow.session.execute(TABLES)).all()
        keys = [Key(*row) for row in (await uow.session.execute(KEYS)).all()]
    return Catalog(
        tenant_tables={name for name, has_tenant in tables if has_tenant},
        global_tables={name for name, has_tenant in tables if not has_tenant},
        keys=keys,
    )


def test_the_tables_without_tenant_id_are_the_known_global_ones(catalog: Catalog) -> None:
    assert catalog.global_tables == set(GLOBAL_TABLES)
    assert {"plan", "node", "link", "event", "api_key"} <= catalog.tenant_tables


def test_every_tenant_table_has_a_primary_key_led_by_tenant_id(catalog: Catalog) -> None:
    primary = {key.table: key for key in catalog.keys if key.kind == "p"}
    assert catalog.tenant_tables <= set(primary), "a tenant table without a primary key"
    wrong = [
        str(primary[table]) for table in catalog.tenant_tables if _not_led_by_tenant(primary[table])
    ]
    assert not wrong


def test_every_unique_key_of_a_tenant_table_is_led_by_tenant_id(catalog: Catalog) -> None:
    unique = [key for key in catalog.keys if key.kind in "uxi"]
    wrong = [
        str(key) for key in unique if key.table in catalog.tenant_tables and _not_led_by_tenant(key)
    ]
    assert not wrong
    assert any(key.table in catalog.tenant_tables for key in unique)  # the check saw some


def test_foreign_keys_between_tenant_tables_match_tenant_id_to_tenant_id(
    catalog: Catalog,
) -> None:
    """One that skipped it could join a row to another tenant's: on Citus, across shards."""
    foreign = [key for key in catalog.keys if key.kind == "f"]
    between = [key for key in foreign if {key.table, key.referenced} <= catalog.tenant_tables]
    wrong = [
        str(key)
        for key in between
        if _not_led_by_tenant(key) or key.referenced_columns[:1] != ["tenant_id"]
    ]
    assert not wrong
    assert between  # the check saw some


def test_tenant_tables_reference_the_tenant_through_tenant_id(catalog: Catalog) -> None:
    """A distributed table may reference a reference table, through its distribution column."""
    to_tenant = [key for key in catalog.keys if key.kind == "f" and key.referenced == "tenant"]
    wrong = [str(key) for key in to_tenant if key.columns != ["tenant_id"]]
    assert not wrong
    assert to_tenant


def test_no_global_table_references_a_tenant_table(catalog: Catalog) -> None:
    """A reference table copied to every node cannot point into one tenant's shard."""
    wrong = [
        str(key)
        for key in catalog.keys
        if key.kind == "f"
        and key.table in catalog.global_tables
        and key.referenced in catalog.tenant_tables
    ]
    assert not wrong


def _not_led_by_tenant(key: Key) -> bool:
    """Whether the key's first column is anything but tenant_id."""
    return key.columns[:1] != ["tenant_id"]


async def test_there_is_no_view_to_check_for_joins_across_tenants(database: Database) -> None:
    """A view could join tenant tables without matching tenant_id, which no key would show: there
    is none today, and whoever adds one is sent here to make sure it matches tenant_id."""
    async with database.unit_of_work() as uow:
        views = await uow.session.scalars(
            text(
                "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace"
                " AND relkind IN ('v', 'm')"
            )
        )
        assert not views.all()
