"""Hot shapes compiled: a connection of the plan's structure built whole as JSON in one statement.

A reader asks for a list of goals, action plans or actions, and under each node what it wants
of it: its columns, its texts in a language, the inputs it rests on, and the lists under it in
turn. A `Connection` (api/store/answer_shapes.py) describes such an answer, keyed as the
answer is keyed (the surface names the keys; nothing here knows GraphQL); `compiled_connections`
answers it for many parents with one statement, in which PostgreSQL pages every list, counts
it, writes its cursors and builds the JSON, so Python only decodes the result.

The outermost list is read for all parents at once, in materialized parts; each list under it
is a lateral subquery under each row of its parent's page, read by index for that row (a join
of materialized parts by parent is planned as a loop over every pair). Lists whose nodes count
the inputs upstream stay in parts, as the walk upstream starts from their pages.

Every list follows the rules of the generic reads (api/store/reads.py): the same rows in the
same order (by code, then creation), the same cursors (api.services.pagination.encode_cursor),
the inputs upstream counted as `origin_counts` counts them. The statement runs in the caller's
unit of work, so row-level security decides what it sees, as for any read.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import count
from typing import Any, Literal

import orjson
from sqlalchemy import TextClause, text
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.answer_shapes import (
    ACTION_COLUMNS,
    Connection,
    Const,
    Counts,
    Edges,
    Node,
    Origins,
    Text,
    Translations,
)
from api.store.compiled_sql import (
    COLUMNS,
    COUNTED,
    asks_cursors,
    cursor_of,
    enum_names,
    global_id,
    json_object,
    literal,
    text_of,
    translations_of,
)

# Every input upstream of the nodes that ask for theirs, walked as api/store/reads.py walks it
# (ten links deep at most), each counted once per node. The starts come as an array: PostgreSQL
# then guesses their number well enough to join the walk to the inputs by hash.
_UPSTREAM = """upstream(start, id, depth) AS (
    SELECT target_id, source_id, 1 FROM link
    WHERE tenant_id = :tenant AND target_id = ANY(ARRAY({starts}))
    UNION
    SELECT u.start, l.source_id, u.depth + 1
    FROM upstream u JOIN link l ON l.tenant_id = :tenant AND l.target_id = u.id
    WHERE u.depth < 10
),
origin_counts AS MATERIALIZED (
    SELECT start, channel, participant_type, count(*) AS n FROM (
        SELECT DISTINCT u.start, i.id, i.channel, i.participant_type
        FROM upstream u JOIN input i ON i.tenant_id = :tenant AND i.id = u.id
    ) found GROUP BY start, channel, participant_type
)"""


@dataclass
class _Statement:
    """The common table expressions of one statement, named as they are made."""

    parts: list[str] = field(default_factory=list)
    origin_starts: list[str] = field(default_factory=list)  # pages whose nodes count inputs
    names: "count[int]" = field(default_factory=count)

    def name(self) -> str:
        return f"c{next(self.names)}"

    def sql(self, final: str) -> str:
        parts = list(self.parts)
        if self.origin_starts:
            starts = " UNION ".join(f"SELECT id FROM {page}" for page in self.origin_starts)
            parts.insert(0, _UPSTREAM.format(starts=starts))
        return "WITH RECURSIVE " + ",\n".join(parts) + "\n" + final

    def origins(self, page: str, given: Origins) -> str:
        """A part with each node's origins as asked, for the nodes of `page`; its name."""
        if page not in self.origin_starts:
            self.origin_starts.append(page)
        name = self.name()
        pairs: list[tuple[str, str]] = []
        joins: list[str] = []
        for key, part in given.fields:
            if isinstance(part, Const):
                pairs.append((key, literal(part.value)))
            elif part == "total":
                pairs.append((key, "coalesce(t.total, 0)"))
            else:
                alias = f"b{len(joins)}"
                joins.append(f"LEFT JOIN {self._counts(part)} {alias} ON {alias}.start = s.id")
                pairs.append((key, f"coalesce({alias}.items, '[]'::json)"))
        self.parts.append(
            f"{name} AS MATERIALIZED (SELECT s.id, {json_object(pairs)} AS answer"
            f" FROM (SELECT DISTINCT id FROM {page}) s"
            " LEFT JOIN (SELECT start, sum(n)::bigint AS total FROM origin_counts GROUP BY start)"
            f" t ON t.start = s.id {' '.join(joins)})"
        )
        return name

    def _counts(self, given: Counts) -> str:
        pairs = [
            (key, literal(part.value) if isinstance(part, Const) else
             enum_names("c.value", COUNTED[given.by]) if part == "value" else "c.n")
            for key, part in given.fields
        ]  # fmt: skip
        return (
            f'(SELECT start, json_agg({json_object(pairs)} ORDER BY c.value COLLATE "C") AS items'
            f" FROM (SELECT start, {given.by} AS value, sum(n)::bigint AS n FROM origin_counts"
            f" GROUP BY start, {given.by}) c GROUP BY start)"
        )

    def level(self, given: Connection, parents: str, under: Literal["plan", "node"]) -> "_Level":
        """The parts that page, count and build one list for each of `parents` (a subquery).

        Each part is materialized: PostgreSQL cannot know how few rows a page holds, and would
        otherwise compute a part again for every row it is joined to. The outermost list is
        made so (it may start after a cursor), and any list whose nodes, or nodes under them,
        count their inputs: the walk upstream starts from the pages' parts."""
        name = self.name()
        parent, columns, found, tenant = _rows(given, under)
        self.parts.append(
            f"{name}_rows AS MATERIALIZED (SELECT {parent} AS parent, {columns},"
            f" row_number() OVER (PARTITION BY {parent} ORDER BY n.code, n.created_at)"
            f" AS position FROM {found} WHERE {tenant} = :tenant AND {parent} IN ({parents})"
            f" AND n.kind = {literal(given.kind)})"
        )
        start, after = "0", ""
        if given.after is not None:
            self.parts.append(
                f"{name}_start AS MATERIALIZED (SELECT parent, position AS start"
                f" FROM {name}_rows r WHERE {cursor_of('r')} = :after)"
            )
            start, after = "s.start", f" JOIN {name}_start s ON s.parent = r.parent"
        # Writing a cursor costs more than anything else of a row: only when one is asked.
        cursors = asks_cursors(given)
        cursor = f", {cursor_of('r')} AS cursor" if cursors else ""
        self.parts.append(
            f"{name}_page AS MATERIALIZED (SELECT r.*{cursor} FROM {name}_rows r{after}"
            f" WHERE r.position > {start} AND r.position <= {start} + {int(given.first)})"
        )
        self.parts.append(
            f"{name}_totals AS MATERIALIZED (SELECT parent, count(*) AS total"
            f" FROM {name}_rows GROUP BY parent)"
        )
        joins: list[str] = []
        page = _Page("p", f"{name}_page", None, "p.cursor")
        built = [
            f"json_agg({self._edge(e, page, joins)} ORDER BY p.position) AS edges{k}"
            for k, e in enumerate(_edges(given))
        ]
        if cursors:
            built += [
                "(array_agg(p.cursor ORDER BY p.position))[1] AS start_cursor",
                "(array_agg(p.cursor ORDER BY p.position DESC))[1] AS end_cursor",
            ]
        self.parts.append(
            f"{name}_edges AS MATERIALIZED (SELECT p.parent, {', '.join(['1', *built])}"
            f" FROM {name}_page p {' '.join(joins)} GROUP BY p.parent)"
        )
        return _Level(name, given)

    def lateral(self, given: Connection, parent: str, gate: str | None) -> "_Level":
        """A subquery that pages, counts and builds one list under one row of its parent's page
        (`parent` its id), by index lookups for that row alone, the lists under it nested in it.

        A join of materialized parts by parent would be planned as a loop over every pair of
        rows (PostgreSQL guesses each part at a row or two); this grows with the page instead.
        `gate` holds under the parent's rows that are on its page: only those read their lists."""
        name = self.name()
        column, columns, found, tenant = _rows(given, "node")
        on_page = f"{name}.position <= {int(given.first)}"
        joins: list[str] = []
        page = _Page(name, None, on_page, cursor_of(name))
        # Every row is counted; only those on the page are built (a filter on the aggregates,
        # not on the rows, so that a page of none still counts them).
        built = [
            f"json_agg({self._edge(e, page, joins)} ORDER BY {name}.position)"
            f" FILTER (WHERE {on_page}) AS edges{k}"
            for k, e in enumerate(_edges(given))
        ]
        if asks_cursors(given):
            built += [
                f"(array_agg({page.cursor} ORDER BY {name}.position{order})"
                f" FILTER (WHERE {on_page}))[1] AS {end}_cursor"
                for order, end in (("", "start"), (" DESC", "end"))
            ]
        gated = f" AND {gate}" if gate is not None else ""
        return _Level(
            name,
            given,
            f"SELECT {', '.join(['count(*) AS total', *built])} FROM (SELECT {columns},"
            f" row_number() OVER (ORDER BY n.code, n.created_at) AS position FROM {found}"
            f" WHERE {tenant} = :tenant AND {column} = {parent}"
            f" AND n.kind = {literal(given.kind)}{gated}) {name} {' '.join(joins)}",
        )

    def _edge(self, given: Edges, page: "_Page", joins: list[str]) -> str:
        pairs = []
        for key, part in given.fields:
            if isinstance(part, Const):
                pairs.append((key, literal(part.value)))
            elif part == "cursor":
                pairs.append((key, page.cursor))
            else:
                pairs.append((key, self._node(part, page, joins)))
        return json_object(pairs)

    def _node(self, given: Node, page: "_Page", joins: list[str]) -> str:
        row = page.row
        pairs = []
        for key, part in given.fields:
            alias = f"j{len(joins)}"
            if isinstance(part, Const):
                value = literal(part.value)
            elif isinstance(part, Text):
                value = text_of(row, part)
            elif isinstance(part, Translations):
                value = translations_of(row, part)
            elif isinstance(part, Origins):
                assert page.part is not None  # a list whose nodes count inputs is made of parts
                joins.append(
                    f"LEFT JOIN {self.origins(page.part, part)} {alias} ON {alias}.id = {row}.id"
                )
                value = f"{alias}.answer"
            elif isinstance(part, Connection):
                if part.after is not None:
                    raise ValueError("only the outermost list can start after a cursor")
                if page.part is not None and _asks_origins(part):
                    child = self.level(part, f"SELECT id FROM {page.part}", "node")
                else:
                    child = self.lateral(part, f"{row}.id", page.on_page)
                joins.append(child.joins(f"{row}.id", alias))
                value = child.answer(alias)
            elif part == "global_id":
                value = global_id(given.type_name, row)
            else:
                value = COLUMNS[part].format(r=row)
            pairs.append((key, value))
        return json_object(pairs)


@dataclass(frozen=True)
class _Page:
    """The rows of one list's page as its nodes are built from them: their alias, the part that
    holds them (None in a lateral subquery), which of them are on the page (None when all are),
    and how each one's cursor is read."""

    row: str
    part: str | None
    on_page: str | None
    cursor: str


def _edges(given: Connection) -> list[Edges]:
    return [part for _, part in given.fields if isinstance(part, Edges)]


def _asks_origins(given: Connection) -> bool:
    """Whether a list's nodes, or the nodes of any list under them, ask the inputs upstream."""
    parts = [part for edges in _edges(given) for _, node in edges.fields
             if isinstance(node, Node) for _, part in node.fields]  # fmt: skip
    return any(
        isinstance(part, Origins) or (isinstance(part, Connection) and _asks_origins(part))
        for part in parts
    )


def _rows(given: Connection, under: Literal["plan", "node"]) -> tuple[str, str, str, str]:
    """Where a list's rows are found: the column of their parent, the columns its nodes need,
    the tables, and the column that names the tenant."""
    nodes = [part for e in _edges(given) for _, part in e.fields if isinstance(part, Node)]
    asked = {part for n in nodes for _, part in n.fields if isinstance(part, str)}
    texts = {p.column for n in nodes for _, p in n.fields if isinstance(p, Text | Translations)}
    columns = ", ".join(["n.id", "n.code", "n.priority", "n.version", "n.external_id",
                         *(f"n.{column}" for column in sorted(texts))])  # fmt: skip
    if under == "plan":
        parent, found, tenant = "n.plan_id", "node n", "n.tenant_id"
    else:
        parent, tenant = "l.source_id", "l.tenant_id"
        found = "link l JOIN node n ON n.tenant_id = l.tenant_id AND n.id = l.target_id"
    if asked & ACTION_COLUMNS:
        columns += ", a.status, a.progress, a.weight, a.budget, a.starts_on, a.ends_on"
        found += " LEFT JOIN action a ON a.tenant_id = n.tenant_id AND a.id = n.id"
    return parent, f"{columns}, n.created_at", found, tenant


@dataclass(frozen=True)
class _Level:
    """One list's parts, to be joined to its parents (each parent's page, count and ends); or,
    for a list under a page's row, the lateral subquery that reads it for that row."""

    name: str
    given: Connection
    lateral: str | None = None

    def joins(self, parent: str, alias: str) -> str:
        if self.lateral is not None:  # it names its parent itself
            return f"LEFT JOIN LATERAL ({self.lateral}) {alias} ON true"
        found = (
            f"LEFT JOIN {self.name}_totals {alias}t ON {alias}t.parent = {parent}"
            f" LEFT JOIN {self.name}_edges {alias}e ON {alias}e.parent = {parent}"
        )
        if self.given.after is not None:
            found += f" LEFT JOIN {self.name}_start {alias}s ON {alias}s.parent = {parent}"
        return found

    def answer(self, alias: str) -> str:
        """The list as asked, for the parent joined as `alias`: null when it asks to start after
        a cursor that is not among the parent's (the surface then answers as it always does)."""
        totals, edges_of = (alias, alias) if self.lateral else (f"{alias}t", f"{alias}e")
        total = f"coalesce({totals}.total, 0)"
        start = f"{alias}s.start" if self.given.after is not None else "0"
        edges = 0
        pairs = []
        for key, part in self.given.fields:
            if isinstance(part, Const):
                pairs.append((key, literal(part.value)))
            elif part == "total_count":
                pairs.append((key, total))
            elif isinstance(part, Edges):
                pairs.append((key, f"coalesce({edges_of}.edges{edges}, '[]'::json)"))
                edges += 1
            else:
                pairs.append((key, json_object([(k, self._page(v, edges_of, total, start))
                                            for k, v in part.fields])))  # fmt: skip
        built = json_object(pairs)
        if self.given.after is None:
            return built
        return f"CASE WHEN {alias}s.parent IS NULL THEN NULL ELSE {built} END"

    def _page(self, part: str | Const, edges: str, total: str, start: str) -> str:
        if isinstance(part, Const):
            return literal(part.value)
        return {
            "has_next_page": f"{total} > {start} + {int(self.given.first)}",
            "has_previous_page": "false",
            "start_cursor": f"{edges}.start_cursor",
            "end_cursor": f"{edges}.end_cursor",
        }[part]


@lru_cache(maxsize=256)
def _statement(given: Connection, under: Literal["plan", "node"]) -> TextClause:
    """The statement for a shape (the same for any `after`, which is bound), made once."""
    statement = _Statement()
    top = statement.level(given, "SELECT unnest(CAST(:parents AS uuid[]))", under)
    return text(
        statement.sql(
            f"SELECT x.parent, ({top.answer('y')})::text"
            f" FROM unnest(CAST(:parents AS uuid[])) AS x(parent) {top.joins('x.parent', 'y')}"
        )
    )


async def compiled_connections(
    session: AsyncSession,
    tenant_id: uuid.UUID,
    parent_ids: Sequence[uuid.UUID],
    given: Connection,
    *,
    under: Literal["plan", "node"],
) -> dict[uuid.UUID, Any]:
    """For each parent (plans, or nodes whose links lead to the list), the answer to `given`
    as decoded JSON: one statement. None for a parent whose list does not hold `after`."""
    shape = replace(given, after=None if given.after is None else "")
    bind: dict[str, Any] = {"tenant": tenant_id, "parents": list(parent_ids)}
    if given.after is not None:
        bind["after"] = given.after
    rows = await session.execute(_statement(shape, under), bind)
    return {parent: None if found is None else orjson.loads(found) for parent, found in rows.all()}
