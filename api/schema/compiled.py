"""Hot shapes answered whole by PostgreSQL: the plan's structure and a node's subtree.

When a list of goals, action plans or actions is asked for with nothing under it but what
api/store/compiled.py builds (their codes, titles, statuses, progress, the inputs they rest on,
the lists under them in turn, connections as the contract pages them), the resolver of the list
describes the selection as a `Connection` and one statement answers it for every parent of the
request (a dataloader batches them): the JSON of the whole subtree, keyed as the selection keys
it. GraphQL then passes that answer on as it is (`CompiledAnswers`), instead of resolving each
field of each node in Python. Anything else in the selection (links, history, owners, a cursor
for an inner list, a directive) leaves the list to the generic resolvers, which answer exactly
as before; so do the errors they raise (a `first` out of range, an unknown `after`).
"""

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, TypeVar, cast

from graphql import GraphQLOutputType
from graphql.execution.collect_fields import FieldDetailsList
from graphql.pyutils import Path
from strawberry import Schema
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.types import Info
from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField, Selection

from api.domain.vocabulary import Language
from api.schema.context import Key, SpoorContext
from api.services.pagination import MAX_PAGE_SIZE
from api.store.answer_shapes import (
    Connection,
    Const,
    Counts,
    Edges,
    Node,
    Origins,
    PageInfo,
    Text,
    Translations,
)

C = TypeVar("C")
Kind = Literal["goal", "action_plan", "action"]

TYPE_OF: dict[Kind, str] = {"goal": "Goal", "action_plan": "ActionPlan", "action": "Action"}
# The list under each kind of node, by field name: a goal's action plans, an action plan's
# actions.
LISTED_UNDER: dict[Kind, tuple[str, Kind]] = {
    "goal": ("actionPlans", "action_plan"),
    "action_plan": ("actions", "action"),
}
_COLUMNS = {"id": "global_id", "code": "code", "priority": "priority", "version": "version",
            "externalId": "external_id"}  # fmt: skip
_ACTION_COLUMNS = {"status": "status", "progress": "progress", "weight": "weight",
                   "budget": "budget", "startsOn": "starts_on", "endsOn": "ends_on"}  # fmt: skip
_PAGE_INFO = {"hasNextPage": "has_next_page", "hasPreviousPage": "has_previous_page",
              "startCursor": "start_cursor", "endCursor": "end_cursor"}  # fmt: skip
_COUNTS = {
    "byChannel": ("channel", "ChannelCount", "channel"),
    "byParticipantType": ("participant_type", "ParticipantTypeCount", "participantType"),
}
_TEXTS: dict[str, Literal["title", "description"]] = {"title": "title",
                                                      "description": "description"}  # fmt: skip
_TRANSLATIONS: dict[str, Literal["title", "description"]] = {
    "titleTranslations": "title", "descriptionTranslations": "description"}  # fmt: skip
# What a cursor is made of (url-safe base64 of a short JSON pair): `after` is compared in SQL
# only when it could be one (a NUL or a lone surrogate could not even be sent).
_CURSOR = re.compile(r"[A-Za-z0-9_=-]{1,200}", re.ASCII)
# json_build_object takes 100 arguments: an object of more keys is left to the generic path.
_MOST_KEYS = 50


@dataclass(frozen=True, slots=True)
class Precompleted:
    """An answer built whole, keyed as its selection asks: GraphQL takes it as it is."""

    data: Any


class CompiledAnswers(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's execution, except that a `Precompleted` value is not completed field by
    field: its fields were chosen, named and typed by the selection it was built from."""

    def complete_value(
        self,
        return_type: GraphQLOutputType,
        field_details_list: FieldDetailsList,
        info: Any,
        path: Any,
        result: Any,
        position_context: Any,
    ) -> Any:
        if type(result) is Precompleted:
            return result.data
        return super().complete_value(
            return_type, field_details_list, info, path, result, position_context
        )


class Unsupported(Exception):
    """The selection asks for more than a compiled shape builds."""


async def compiled_connection(
    info: Info[SpoorContext, None],
    kind: type[C],
    parent: Key,
    *,
    under: Literal["plan", "node"],
    listed: Kind,
    first: int,
    after: str | None,
) -> C | None:
    """The list the resolver of `info` is asked for, built whole in one statement for every
    parent of the request; None when the selection is not a compiled shape (or compiled reads
    are off), and the generic resolver answers."""
    context = info.context
    if not context.compiled_reads:
        return None
    # Every parent in a list asks the same selection: it is read once per request. The path's
    # keys and the types met along it (list positions aside) tell one selection from another.
    asked = (tuple((p.key, p.typename) for p in _steps(info.path)), first, after)
    if asked not in context.compiled_shapes:
        try:
            selections = _under(info.selected_fields)
            context.compiled_shapes[asked] = _Selection(info).connection(
                selections, listed, first, after
            )
        except Unsupported:
            context.compiled_shapes[asked] = None
    shape = context.compiled_shapes[asked]
    if shape is None:
        return None
    found = await context.compiled.load((parent, under, shape))
    # A stand-in for `kind`, which CompiledAnswers hands on as the finished answer.
    return None if found is None else cast(C, Precompleted(found))


def _steps(path: Path | None) -> Iterator[Path]:
    while path is not None:
        if not isinstance(path.key, int):
            yield path
        path = path.prev


def _under(fields: Sequence[Selection]) -> list[Selection]:
    return [part for field in fields for part in field.selections]


@cache
def _names_of(schema: Schema, type_name: str) -> frozenset[str]:
    """The type and the interfaces it implements: the conditions a fragment on it may name."""
    found = schema.get_type_by_name(type_name)
    interfaces = getattr(found, "interfaces", None) or []
    return frozenset({type_name, *(interface.name for interface in interfaces)})


class _Selection:
    """Reads a selection into the shape api/store/compiled.py builds, or refuses it."""

    def __init__(self, info: Info[SpoorContext, None]) -> None:
        self.schema = info.schema
        self.locale = info.context.locale

    def fields(self, selections: Sequence[Selection], type_name: str) -> dict[str, list[Any]]:
        """The fields asked of an object of `type_name` by response key, in the order GraphQL
        answers them, fragments that apply to it merged in."""
        found: dict[str, list[SelectedField]] = {}
        for selection in selections:
            if selection.directives:
                raise Unsupported  # @skip and @include are left to GraphQL itself
            if isinstance(selection, SelectedField):
                found.setdefault(selection.alias or selection.name, []).append(selection)
                continue
            assert isinstance(selection, InlineFragment | FragmentSpread)
            condition = selection.type_condition
            if condition is not None and condition not in _names_of(self.schema, type_name):
                # Where the type is known, a valid fragment names it, an interface of it, or a
                # union that holds it: the last is left to GraphQL's own rules.
                raise Unsupported
            for key, fields in self.fields(selection.selections, type_name).items():
                found.setdefault(key, []).extend(fields)
        if len(found) > _MOST_KEYS:
            raise Unsupported
        return found

    def connection(
        self, selections: Sequence[Selection], kind: Kind, first: Any, after: str | None
    ) -> Connection:
        type_name = TYPE_OF[kind]
        parts: list[tuple[str, Any]] = []
        for key, asked in self.fields(selections, f"{type_name}Connection").items():
            name, inner = _plain(asked)
            if name == "__typename":
                parts.append((key, Const(f"{type_name}Connection")))
            elif name == "totalCount":
                parts.append((key, "total_count"))
            elif name == "pageInfo":
                parts.append((key, PageInfo(tuple(self._page_info(inner)))))
            elif name == "edges":
                parts.append((key, Edges(tuple(self._edges(inner, kind)))))
            else:
                raise Unsupported
        if after is not None and not _CURSOR.fullmatch(after):
            raise Unsupported  # no cursor Spoor gives out: the generic path refuses it
        return Connection(kind, _first(first), after, tuple(parts))

    def _page_info(self, selections: list[Selection]) -> list[tuple[str, Any]]:
        parts: list[tuple[str, Any]] = []
        for key, asked in self.fields(selections, "PageInfo").items():
            name, _ = _plain(asked)
            if name == "__typename":
                parts.append((key, Const("PageInfo")))
            elif name in _PAGE_INFO:
                parts.append((key, _PAGE_INFO[name]))
            else:
                raise Unsupported
        return parts

    def _edges(self, selections: list[Selection], kind: Kind) -> list[tuple[str, Any]]:
        parts: list[tuple[str, Any]] = []
        type_name = f"{TYPE_OF[kind]}Edge"
        for key, asked in self.fields(selections, type_name).items():
            name, inner = _plain(asked)
            if name == "__typename":
                parts.append((key, Const(type_name)))
            elif name == "cursor":
                parts.append((key, "cursor"))
            elif name == "node":
                parts.append((key, self._node(inner, kind)))
            else:
                raise Unsupported
        return parts

    def _node(self, selections: list[Selection], kind: Kind) -> Node:
        type_name = TYPE_OF[kind]
        parts: list[tuple[str, Any]] = []
        for key, asked in self.fields(selections, type_name).items():
            name = asked[0].name
            if name in _TEXTS:
                part: Any = Text(_TEXTS[name], self._locale(asked))
            elif kind in LISTED_UNDER and name == LISTED_UNDER[kind][0]:
                part = self._inner_list(asked, LISTED_UNDER[kind][1])
            else:
                part = self._node_part(type_name, kind, *_plain(asked))
            parts.append((key, part))
        return Node(type_name, tuple(parts))

    def _node_part(self, type_name: str, kind: Kind, name: str, inner: list[Selection]) -> Any:
        if name == "__typename":
            return Const(type_name)
        if name in _COLUMNS:
            return _COLUMNS[name]
        if kind == "action" and name in _ACTION_COLUMNS:
            return _ACTION_COLUMNS[name]
        if name in _TRANSLATIONS:
            return Translations(_TRANSLATIONS[name], self._translations(inner))
        if name == "originatingInputs":
            return Origins(tuple(self._origins(inner)))
        raise Unsupported

    def _inner_list(self, asked: list[SelectedField], kind: Kind) -> Connection:
        arguments = asked[0].arguments
        if set(arguments) - {"first", "after"} or arguments.get("after") is not None:
            raise Unsupported  # a cursor names one parent's item: left to the generic path
        first = arguments.get("first", 20)
        return self.connection(_under(asked), kind, first, None)

    def _locale(self, asked: list[SelectedField]) -> str | None:
        arguments = asked[0].arguments
        if set(arguments) - {"locale"}:
            raise Unsupported
        given = arguments.get("locale")
        if given is None:
            return self.locale
        # A literal comes as the member's name (EN), a variable as its value (en).
        if isinstance(given, str) and given in Language.__members__:
            return Language[given].value
        try:
            return Language(given).value
        except ValueError:
            raise Unsupported from None

    def _translations(self, selections: list[Selection]) -> tuple[tuple[str, Any], ...]:
        parts: list[tuple[str, Any]] = []
        for key, inner in self.fields(selections, "TranslatedText").items():
            name, _ = _plain(inner)
            if name == "__typename":
                parts.append((key, Const("TranslatedText")))
            elif name in Language._value2member_map_:
                parts.append((key, name))
            else:
                raise Unsupported
        return tuple(parts)

    def _origins(self, selections: list[Selection]) -> list[tuple[str, Any]]:
        parts: list[tuple[str, Any]] = []
        for key, asked in self.fields(selections, "Origins").items():
            name, inner = _plain(asked)
            if name == "__typename":
                parts.append((key, Const("Origins")))
            elif name == "totalCount":
                parts.append((key, "total"))
            elif name in _COUNTS:
                parts.append((key, self._counts(inner, *_COUNTS[name])))
            else:
                raise Unsupported  # `inputs` pages through inputs: the generic path does
        return parts

    def _counts(self, selections: list[Selection], by: Any, type_name: str, value: str) -> Counts:
        parts: list[tuple[str, Any]] = []
        for key, asked in self.fields(selections, type_name).items():
            name, _ = _plain(asked)
            if name == "__typename":
                parts.append((key, Const(type_name)))
            elif name in (value, "count"):
                parts.append((key, "value" if name == value else "count"))
            else:
                raise Unsupported
        return Counts(by, tuple(parts))


def _plain(asked: list[SelectedField]) -> tuple[str, list[Selection]]:
    """A field asked without arguments: its name, and what is asked under it (merged)."""
    if asked[0].arguments:
        raise Unsupported
    return asked[0].name, _under(asked)


def _first(given: Any) -> int:
    # A literal comes as its text, a variable as its value; a size the generic path would
    # refuse is left to it, to refuse in its own words.
    try:
        first = int(given)
    except (TypeError, ValueError):
        raise Unsupported from None
    if isinstance(given, bool) or not 0 <= first <= MAX_PAGE_SIZE:
        raise Unsupported
    return first
