"""Queries that read every field the schema offers, built from its introspection.

`SchemaWalk` writes, for a type, one query per field, each field expanded a few levels deep
(interfaces and unions through every type they may be), so that a new field is read as soon as
it is added to the schema. A field whose required arguments it cannot fill is left out; so are
the fields named in `skip`, which a test reads on its own.
"""

from collections import defaultdict
from collections.abc import Iterator, Mapping

import httpx
from graphql import (
    GraphQLField,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    build_client_schema,
    get_introspection_query,
    get_named_type,
    is_leaf_type,
    is_required_argument,
)
from graphql.language import Lexer, Source, TokenKind

from api.schema.app import MAX_TOKENS

Json = dict[str, object]


async def introspected(client: httpx.AsyncClient, headers: Mapping[str, str]) -> GraphQLSchema:
    """The schema as a client learns it: from the introspection query."""
    response = await client.post(
        "/graphql", json={"query": get_introspection_query()}, headers=dict(headers)
    )
    body = response.json()
    assert "errors" not in body, body
    return build_client_schema(body["data"])


def token_count(document: str) -> int:
    lexer, count = Lexer(Source(document)), 0
    while lexer.advance().kind != TokenKind.EOF:
        count += 1
    return count


class SchemaWalk:
    """Selections of every field of a type, to a depth, with `arguments` for required ones."""

    def __init__(
        self,
        schema: GraphQLSchema,
        *,
        arguments: Mapping[str, str],
        skip: frozenset[str] = frozenset(),
        depth: int = 4,
    ) -> None:
        self.schema = schema
        self.arguments = arguments
        self.skip = skip
        self.depth = depth

    def selection(self, output: GraphQLOutputType, depth: int) -> str:
        named = get_named_type(output)
        if is_leaf_type(named):
            return ""
        if depth <= 0:
            return "{ __typename }"
        if isinstance(named, GraphQLObjectType):
            return self._fields_of(named, depth)
        assert isinstance(named, GraphQLNamedType)
        concrete = self.schema.get_possible_types(named)  # type: ignore[arg-type]
        # Fields of one name but of different types (Input.status, Action.status) cannot share
        # a response key: those get an alias of their type's.
        types: dict[str, set[str]] = defaultdict(set)
        for kind in concrete:
            for name, field in kind.fields.items():
                types[name].add(str(field.type))
        clashing = {name for name, found in types.items() if len(found) > 1}
        parts = [
            f"... on {kind.name} {self._fields_of(kind, depth, clashing)}" for kind in concrete
        ]
        return "{ __typename " + " ".join(parts) + " }"

    def _fields_of(
        self, kind: GraphQLObjectType, depth: int, clashing: set[str] = frozenset()
    ) -> str:
        parts = [
            self.field(name, field, depth, alias=f"{kind.name}_{name}" if name in clashing else "")
            for name, field in kind.fields.items()
        ]
        return "{ __typename " + " ".join(p for p in parts if p) + " }"

    def field(self, name: str, field: GraphQLField, depth: int, alias: str = "") -> str | None:
        """One field with its selection; None when it is skipped or cannot be asked."""
        if name in self.skip:
            return None
        given = []
        for arg_name, arg in field.args.items():
            if is_required_argument(arg):
                if arg_name not in self.arguments:
                    return None
                given.append(f"{arg_name}: {self.arguments[arg_name]}")
        head = f"{name}({', '.join(given)})" if given else name
        head = f"{alias}: {head}" if alias else head
        return f"{head} {self.selection(field.type, depth - 1)}".strip()

    def documents(
        self, type_name: str, wrap: str, only: frozenset[str] | None = None
    ) -> Iterator[str]:
        """Documents that ask every field of the type (or those named in `only`), put in `wrap`
        where FIELDS stands: each field as deep as the token limit allows, and as many fields
        to a document as fit in it."""
        kind = self.schema.get_type(type_name)
        assert isinstance(kind, GraphQLObjectType), type_name
        packed: list[str] = []
        for name, field in kind.fields.items():
            if only is not None and name not in only:
                continue
            asked = self._deepest(wrap, type_name, name, field)
            if asked is None:
                continue
            if packed and token_count(self._put(wrap, type_name, [*packed, asked])) >= MAX_TOKENS:
                yield self._put(wrap, type_name, packed)
                packed = []
            packed.append(asked)
        if packed:
            yield self._put(wrap, type_name, packed)

    def _deepest(self, wrap: str, type_name: str, name: str, field: GraphQLField) -> str | None:
        for depth in range(self.depth, 0, -1):
            asked = self.field(name, field, depth)
            if asked is None or token_count(self._put(wrap, type_name, [asked])) < MAX_TOKENS:
                return asked
        return None

    @staticmethod
    def _put(wrap: str, type_name: str, fields: list[str]) -> str:
        return wrap.replace("FIELDS", f"... on {type_name} {{ {' '.join(fields)} }}")
