"""The values of a compiled answer's rows as SQL (api/store/compiled.py): names and constants
written into the statement, cursors and global ids, texts in a language, columns as the answer
shows them."""

import re
from collections.abc import Sequence
from enum import Enum

from api.domain.status import ActionStatus
from api.domain.vocabulary import Channel, Language, ParticipantType
from api.store.answer_shapes import Connection, Const, Edges, Key, PageInfo, Text, Translations

# Keys and constants are written into the statement: they must be names, as GraphQL's are.
_NAME = re.compile(r"[_A-Za-z][_0-9A-Za-z]*", re.ASCII)
_LANGUAGES = frozenset(language.value for language in Language)


def literal(value: str) -> str:
    if not _NAME.fullmatch(value):
        raise ValueError(f"not a name: {value!r}")
    return f"'{value}'"


def enum_names(column: str, vocabulary: type[Enum]) -> str:
    """A stored value as its member's name (in_progress → IN_PROGRESS), as the answer shows it."""
    cases = " ".join(f"WHEN '{m.value}' THEN '{m.name}'" for m in vocabulary)
    return f"CASE {column} {cases} END"


def json_object(pairs: Sequence[tuple[Key, str]]) -> str:
    # json_build_object takes at most 100 arguments; the surface keeps objects under 50 keys.
    return "json_build_object(" + ", ".join(f"{literal(k)}, {v}" for k, v in pairs) + ")"


def cursor_of(row: str) -> str:
    """encode_cursor(created_at, id) in SQL: url-safe base64 of the JSON pair, the moment as
    Python's isoformat writes a UTC datetime (no fraction when there is none)."""
    written = f"to_char({row}.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')"
    moment = f"replace({written}, '.000000', '') || '+00:00'"
    pair = f"'[\"' || {moment} || '\", \"' || {row}.id::text || '\"]'"
    return f"translate(encode(convert_to({pair}, 'UTF8'), 'base64'), E'+/\\n', '-_')"


def asks_cursors(given: Connection) -> bool:
    """Whether a list is asked for any cursor: of its items, or where its page starts or ends."""
    parts = [
        p for _, part in given.fields if isinstance(part, Edges | PageInfo) for _, p in part.fields
    ]
    return any(part in ("cursor", "start_cursor", "end_cursor") for part in parts)


def global_id(type_name: str, row: str) -> str:
    """Strawberry's global id: base64 of `Type:uuid`."""
    literal(type_name)
    return (
        f"translate(encode(convert_to('{type_name}:' || {row}.id::text, 'UTF8'), 'base64'),"
        " E'\\n', '')"
    )


def _in_language(column: str, locale: str | None) -> list[str]:
    """The column's text in `locale`, then in Dutch, for coalesce."""
    chosen = [f"{column} ->> '{locale}'"] if locale in _LANGUAGES else []
    return [*chosen, f"{column} ->> 'nl'"]


def text_of(row: str, given: Text) -> str:
    column = f"{row}.{given.column}"
    choices = _in_language(column, given.locale)
    if given.column == "title":
        return f"coalesce({', '.join(choices)}, '')"
    return f"CASE WHEN {_no_text(column)} THEN NULL ELSE coalesce({', '.join(choices)}) END"


def _no_text(column: str) -> str:
    return f"({column} IS NULL OR {column} = '{{}}'::jsonb)"


def translations_of(row: str, given: Translations) -> str:
    column = f"{row}.{given.column}"
    pairs = []
    for key, part in given.fields:
        if isinstance(part, Const):
            pairs.append((key, literal(part.value)))
        elif part == "nl":
            pairs.append((key, f"coalesce({column} ->> 'nl', '')"))
        elif part in _LANGUAGES:
            pairs.append((key, f"{column} ->> '{part}'"))
        else:
            raise ValueError(f"no language {part!r}")
    built = json_object(pairs)
    if given.column == "title":
        return built
    return f"CASE WHEN {_no_text(column)} THEN NULL ELSE {built} END"


COLUMNS: dict[str, str] = {
    "code": "{r}.code",
    "priority": "{r}.priority",
    "version": "{r}.version",
    "external_id": "{r}.external_id",
    "status": enum_names("{r}.status", ActionStatus),
    "progress": "{r}.progress",
    # Decimals travel as text (the contract's Decimal scalar), dates as ISO days.
    "weight": "{r}.weight::text",
    "budget": "{r}.budget::text",
    "starts_on": "{r}.starts_on",
    "ends_on": "{r}.ends_on",
}
COUNTED = {"channel": Channel, "participant_type": ParticipantType}
