"""Hot shapes compiled: a connection of the plan's structure built whole as JSON in one statement.

A reader asks for a list of goals, action plans or actions, and under each node what it wants
of it: its columns, its texts in a language, the inputs it rests on, and the lists under it in
turn. A `Connection` (api/store/answer_shapes.py) describes such an answer, keyed as the
answer is keyed (the surface names the keys; nothing here knows GraphQL); `compiled_connections`
answers it for many parents with one statement, in which PostgreSQL pages every list, counts
it, writes its cursors and builds the JSON, so Python only decodes the result.

Every list follows the rules of the generic reads (api/store/reads.py): the same rows in the
same order (by code, then creation), the same cursors (api.services.pagination.encode_cursor),
the inputs upstream counted as `origin_counts` counts them. The statement runs in the caller's
unit of work, so row-level security decides what it sees, as for any read.
"""

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import lru_cache
from itertools import count
from typing import Any, Literal

import orjson
from sqlalchemy import TextClause, text
from sqlalchemy.ext.asyncio import AsyncSession

from api.domain.status import ActionStatus
from api.domain.vocabulary import Channel, Language, ParticipantType
from api.store.answer_shapes import (
    ACTION_COLUMNS,
    Connection,
    Const,
    Counts,
    Edges,
    Key,
    Node,
    Origins,
    PageInfo,
    Text,
    Translations,
)

# Keys and constants are written into the statement: they must be names, as GraphQL's are.
_NAME = re.compile(r"[_A-Za-z][_0-9A-Za-z]*", re.ASCII)
_LANGUAGES = frozenset(language.value for language in Language)


def _literal(value: str) -> str:
    if not _NAME.fullmatch(value):
        raise ValueError(f"not a name: {value!r}")
    return f"'{value}'"


def _enum_names(column: str, vocabulary: type[Enum]) -> str:
    """A stored value as its member's name (in_progress → IN_PROGRESS), as the answer shows it."""
    cases = " ".join(f"WHEN '{m.value}' THEN '{m.name}'" for m in vocabulary)
    return f"CASE {column} {cases} END"


def _object(pairs: Sequence[tuple[Key, str]]) -> str:
    # json_build_object takes at most 100 arguments; the surface keeps objects under 50 keys.
    return "json_build_object(" + ", ".join(f"{_literal(k)}, {v}" for k, v in pairs) + ")"


def _cursor(row: str) -> str:
    """encode_cursor(created_at, id) in SQL: url-safe base64 of the JSON pair, the moment as
    Python's isoformat writes a UTC datetime (no fraction when there is none)."""
    written = f"to_char({row}.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')"
    moment = f"replace({written}, '.000000', '') || '+00:00'"
    pair = f"'[\"' || {moment} || '\", \"' || {row}.id::text || '\"]'"
    return f"translate(encode(convert_to({pair}, 'UTF8'), 'base64'), E'+/\\n', '-_')"


def _asks_cursors(given: Connection) -> bool:
    """Whether a list is asked for any cursor: of its items, or where its page starts or ends."""
    parts = [
        p for _, part in given.fields if isinstance(part, Edges | PageInfo) for _, p in part.fields
    ]
    return any(part in ("cursor", "start_cursor", "end_cursor") for part in parts)


def _global_id(type_name: str, row: str) -> str:
    """Strawberry's global id: base64 of `Type:uuid`."""
    _literal(type_name)
    return (
        f"translate(encode(convert_to('{type_name}:' || {row}.id::text, 'UTF8'), 'base64'),"
        " E'\\n', '')"
    )


def _in_language(column: str, locale: str | None) -> list[str]:
    """The column's text in `locale`, then in Dutch, for coalesce."""
    chosen = [f"{column} ->> '{locale}'"] if locale in _LANGUAGES else []
    return [*chosen, f"{column} ->> 'nl'"]


def _text(row: str, given: Text) -> str:
    column = f"{row}.{given.column}"
    choices = _in_language(column, given.locale)
    if given.column == "title":
        return f"coalesce({', '.join(choices)}, '')"
    return f"CASE WHEN {_no_text(column)} THEN NULL ELSE coalesce({', '.join(choices)}) END"


def _no_text(column: str) -> str:
    return f"({column} IS NULL OR {column} = '{{}}'::jsonb)"


def _translations(row: str, given: Translations) -> str:
    column = f"{row}.{given.column}"
    pairs = []
    for key, part in given.fields:
        if isinstance(part, Const):
            pairs.append((key, _literal(part.value)))
        elif part == "nl":
            pairs.append((key, f"coalesce({column} ->> 'nl', '')"))
        elif part in _LANGUAGES:
            pairs.append((key, f"{column} ->> '{part}'"))
        else:
            raise ValueError(f"no language {part!r}")
    built = _object(pairs)
    if given.column == "title":
        return built
    return f"CASE WHEN {_no_text(column)} THEN NULL ELSE {built} END"


_COLUMNS: dict[str, str] = {
    "code": "{r}.code",
    "priority": "{r}.priority",
    "version": "{r}.version",
    "external_id": "{r}.external_id",
    "status": _enum_names("{r}.status", ActionStatus),
    "progress": "{r}.progress",
    # Decimals travel as text (the contract's Decimal scalar), dates as ISO days.
    "weight": "{r}.weight::text",
    "budget": "{r}.budget::text",
    "starts_on": "{r}.starts_on",
    "ends_on": "{r}.ends_on",
}
_COUNTED = {"channel": Channel, "participant_type": ParticipantType}

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
                pairs.append((key, _literal(part.value)))
            elif part == "total":
                pairs.append((key, "coalesce(t.total, 0)"))
            else:
                alias = f"b{len(joins)}"
                joins.append(f"LEFT JOIN {self._counts(part)} {alias} ON {alias}.start = s.id")
                pairs.append((key, f"coalesce({alias}.items, '[]'::json)"))
        self.parts.append(
            f"{name} AS MATERIALIZED (SELECT s.id, {_object(pairs)} AS answer"
            f" FROM (SELECT DISTINCT id FROM {page}) s"
            " LEFT JOIN (SELECT start, sum(n)::bigint AS total FROM origin_counts GROUP BY start)"
            f" t ON t.start = s.id {' '.join(joins)})"
        )
        return name

    def _counts(self, given: Counts) -> str:
        pairs = [
            (key, _literal(part.value) if isinstance(part, Const) else
             _enum_names("c.value", _COUNTED[given.by]) if part == "value" else "c.n")
            for key, part in given.fields
        ]  # fmt: skip
        return (
            f'(SELECT start, json_agg({_object(pairs)} ORDER BY c.value COLLATE "C") AS items'
            f" FROM (SELECT start, {given.by} AS value, sum(n)::bigint AS n FROM origin_counts"
            f" GROUP BY start, {given.by}) c GROUP BY start)"
        )

    def level(self, given: Connection, parents: str, under: Literal["plan", "node"]) -> "_Level":
        """The parts that page, count and build one list for each of `parents` (a subquery).

        Each part is materialized: PostgreSQL cannot know how few rows a page holds, and would
        otherwise compute a part again for every row it is joined to."""
        name = self.name()
        edges = [part for _, part in given.fields if isinstance(part, Edges)]
        nodes = [part for e in edges for _, part in e.fields if isinstance(part, Node)]
        asked = {part for n in nodes for _, part in n.fields if isinstance(part, str)}
        texts = {p.column for n in nodes for _, p in n.fields if isinstance(p, Text | Translations)}
        columns = ", ".join(["n.id", "n.code", "n.priority", "n.version", "n.external_id",
                             *(f"n.{column}" for column in sorted(texts))])  # fmt: skip
        if under == "plan":
            parent, where = "n.plan_id", f"n.tenant_id = :tenant AND n.plan_id IN ({parents})"
            found = "node n"
        else:
            parent, where = "l.source_id", f"l.tenant_id = :tenant AND l.source_id IN ({parents})"
            found = "link l JOIN node n ON n.tenant_id = l.tenant_id AND n.id = l.target_id"
        if asked & ACTION_COLUMNS:
            columns += ", a.status, a.progress, a.weight, a.budget, a.starts_on, a.ends_on"
            found += " LEFT JOIN action a ON a.tenant_id = n.tenant_id AND a.id = n.id"
        self.parts.append(
            f"{name}_rows AS MATERIALIZED (SELECT {parent} AS parent, {columns}, n.created_at,"
            f" row_number() OVER (PARTITION BY {parent} ORDER BY n.code, n.created_at)"
            f" AS position FROM {found} WHERE {where} AND n.kind = {_literal(given.kind)})"
        )
        start, after = "0", ""
        if given.after is not None:
            self.parts.append(
                f"{name}_start AS MATERIALIZED (SELECT parent, position AS start"
                f" FROM {name}_rows r WHERE {_cursor('r')} = :after)"
            )
            start, after = "s.start", f" JOIN {name}_start s ON s.parent = r.parent"
        # Writing a cursor costs more than anything else of a row: only when one is asked.
        cursors = _asks_cursors(given)
        cursor = f", {_cursor('r')} AS cursor" if cursors else ""
        self.parts.append(
            f"{name}_page AS MATERIALIZED (SELECT r.*{cursor} FROM {name}_rows r{after}"
            f" WHERE r.position > {start} AND r.position <= {start} + {int(given.first)})"
        )
        self.parts.append(
            f"{name}_totals AS MATERIALIZED (SELECT parent, count(*) AS total"
            f" FROM {name}_rows GROUP BY parent)"
        )
        joins: list[str] = []
        built = [
            f"json_agg({self._edge(e, f'{name}_page', joins)} ORDER BY p.position) AS edges{k}"
            for k, e in enumerate(edges)
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

    def _edge(self, given: Edges, page: str, joins: list[str]) -> str:
        pairs = []
        for key, part in given.fields:
            if isinstance(part, Const):
                pairs.append((key, _literal(part.value)))
            elif part == "cursor":
                pairs.append((key, "p.cursor"))
            else:
                pairs.append((key, self._node(part, page, joins)))
        return _object(pairs)

    def _node(self, given: Node, page: str, joins: list[str]) -> str:
        pairs = []
        for key, part in given.fields:
            alias = f"j{len(joins)}"
            if isinstance(part, Const):
                value = _literal(part.value)
            elif isinstance(part, Text):
                value = _text("p", part)
            elif isinstance(part, Translations):
                value = _translations("p", part)
            elif isinstance(part, Origins):
                joins.append(f"LEFT JOIN {self.origins(page, part)} {alias} ON {alias}.id = p.id")
                value = f"{alias}.answer"
            elif isinstance(part, Connection):
                if part.after is not None:
                    raise ValueError("only the outermost list can start after a cursor")
                child = self.level(part, f"SELECT id FROM {page}", "node")
                joins.append(child.joins("p.id", alias))
                value = child.answer(alias)
            elif part == "global_id":
                value = _global_id(given.type_name, "p")
            else:
                value = _COLUMNS[part].format(r="p")
            pairs.append((key, value))
        return _object(pairs)


@dataclass(frozen=True)
class _Level:
    """One list's parts, to be joined to its parents (each parent's page, count and ends)."""

    name: str
    given: Connection

    def joins(self, parent: str, alias: str) -> str:
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
        total = f"coalesce({alias}t.total, 0)"
        start = f"{alias}s.start" if self.given.after is not None else "0"
        edges = 0
        pairs = []
        for key, part in self.given.fields:
            if isinstance(part, Const):
                pairs.append((key, _literal(part.value)))
            elif part == "total_count":
                pairs.append((key, total))
            elif isinstance(part, Edges):
                pairs.append((key, f"coalesce({alias}e.edges{edges}, '[]'::json)"))
                edges += 1
            else:
                pairs.append((key, _object([(k, self._page(v, alias, total, start))
                                            for k, v in part.fields])))  # fmt: skip
        built = _object(pairs)
        if self.given.after is None:
            return built
        return f"CASE WHEN {alias}s.parent IS NULL THEN NULL ELSE {built} END"

    def _page(self, part: str | Const, alias: str, total: str, start: str) -> str:
        if isinstance(part, Const):
            return _literal(part.value)
        return {
            "has_next_page": f"{total} > {start} + {int(self.given.first)}",
            "has_previous_page": "false",
            "start_cursor": f"{alias}e.start_cursor",
            "end_cursor": f"{alias}e.end_cursor",
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
