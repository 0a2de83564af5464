"""What the GraphQL fuzz run puts in its documents: the adversarial values of each scalar and
enum of the schema, and documents valid by the schema that hypothesis-graphql draws with
arbitrary values, the edges among them (graphql_fuzz_sites.py puts each edge value everywhere).

Values travel as variables as well as literals: a literal is checked by graphql-core's parser
and validation, a variable reaches the scalar's own parsing, and only a variable can carry what
JSON can say and GraphQL cannot (a lone surrogate as `\\ud800`, NaN, a float where an Int is).
"""

import base64
import dataclasses
import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

import graphql
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import mutations, nodes, queries

Json = dict[str, Any]


@dataclass(frozen=True)
class Case:
    """One request: a document and its variables."""

    query: str
    variables: Json

    def body(self) -> bytes:
        # ensure_ascii: a lone surrogate goes out as the JSON escape \ud800, which is how a
        # client sends one; allow_nan: Python's JSON reader (the server's) accepts NaN too.
        return json.dumps({"query": self.query, "variables": self.variables}).encode()


def _cursor(*parts: object) -> str:
    """A cursor of the shape Spoor gives out (base64 of a JSON list), holding `parts`."""
    return base64.urlsafe_b64encode(json.dumps(list(parts)).encode()).decode()


HUGE = "x" * 100_000
MANY_WORDS = "wonen " * 17_000  # 100 KB again, of words: what a text search parses is nested
SOME_UUID = "8c1f6f4e-2a49-4d7e-9d59-1a3b5c7d9e0f"
# Per scalar, the values on and past its edge; the ones only JSON can carry are kept apart.
TEXTS: list[Any] = [
    "", "   ", "\x00", "Wonen\x00", "\ud800", "Wonen \udfff", HUGE, MANY_WORDS, "%_\\",
    "a & | ! ( ) : * <-> 'b\\",  # what a text search parses
    "\u2028\ufeff\uffff\U0001f600",  # a line separator, a BOM, a non-character, an emoji
]  # fmt: skip
INTS: list[Any] = [-(2**31), 2**31 - 1, 2**31, -(2**31) - 1, 2**63, 0, -1]
JSON_INTS: list[Any] = [1.5, math.nan, math.inf, "7"]
FLOATS: list[Any] = [1e308, -0.0, 5e-324]
JSON_FLOATS: list[Any] = [math.nan, math.inf, "1.0"]
BOOLEANS: list[Any] = ["true", 1]
DATES: list[Any] = ["x", "", "2021-02-30", "0001-01-01", "9999-12-31", "20210101", "\x00"]
JSON_DATES: list[Any] = [20210101]
DATETIMES: list[Any] = [
    "x",
    "2021-02-30T00:00:00Z",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-14:00",
    "2021-06-01T12:00:00",  # no offset
    "2021-06-01",  # a date alone, which Python reads as a moment without an offset
    "2021-W22-2T12:00:00Z",  # a week date
    "2021-06-01T12:00:00.123456789Z",
    "2021-06-01T12:00:00+24:00",
]
DECIMALS: list[Any] = [
    "NaN", "sNaN", "Infinity", "-Infinity", "1e1000", "-1e1000", "1e-1000", "9" * 1000, "",
    "1,5", "-0", "0.001", "1e20",
]  # fmt: skip
JSON_DECIMALS: list[Any] = [math.nan, math.inf, 1e308]
CURSORS: list[Any] = [
    _cursor("0001-01-01T00:00:00+14:00", SOME_UUID),
    _cursor("9999-12-31T23:59:59-14:00", SOME_UUID),
    _cursor("2021-06-01T12:00:00", SOME_UUID),
    _cursor("2021-06-01T12:00:00+00:00", "not-a-uuid"),
    _cursor(1, 2, 3),
    base64.urlsafe_b64encode(b"\xff\x00junk").decode(),
]


def id_values(other_types: Sequence[str]) -> list[Any]:
    """Odd ids: garbage, base64 of junk, unknown types, and real ids of other types."""
    return [
        "",
        "%%%",
        "\x00",
        base64.b64encode(b"\xff\xfe\x00junk").decode(),
        base64.b64encode(f"Nope:{SOME_UUID}".encode()).decode(),
        base64.b64encode(b"Plan:not-a-uuid").decode(),
        base64.b64encode(f"Plan:{SOME_UUID}\x00".encode()).decode(),
        "A" * 100_000,
        12,
        *other_types,
    ]


def edge_values(schema: graphql.GraphQLSchema, other_ids: Sequence[str]) -> dict[str, list[Any]]:
    """For each scalar and enum of the schema's inputs, the values to try where it stands."""
    by_scalar: dict[str, list[Any]] = {
        "String": TEXTS,
        "Int": INTS + JSON_INTS,
        "Float": FLOATS + JSON_FLOATS,
        "Boolean": BOOLEANS,
        "ID": id_values(other_ids),
        "Date": DATES + JSON_DATES,
        "DateTime": DATETIMES,
        "Decimal": DECIMALS + JSON_DECIMALS,
    }
    values: dict[str, list[Any]] = {}
    for name, named in schema.type_map.items():
        if isinstance(named, graphql.GraphQLEnumType) and not name.startswith("__"):
            # Not a member, and a member's value where its name is meant.
            values[name] = ["NOT_A_MEMBER", str(next(iter(named.values.values())).value).lower()]
        elif isinstance(named, graphql.GraphQLScalarType) and name in by_scalar:
            values[name] = by_scalar[name]
    return values


def _text() -> st.SearchStrategy[str]:
    # Surrogates apart: in a literal they stop the whole document at the parser, and the edge
    # values bring them as variables.
    return st.text(st.characters(codec="utf-8"), max_size=40)


def _moments() -> st.SearchStrategy[str]:
    offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
    return st.datetimes(timezones=offsets).map(datetime.isoformat)


def scalar_strategies(ids: Sequence[str]) -> dict[str, st.SearchStrategy[graphql.ValueNode]]:
    """What hypothesis-graphql puts where each scalar stands: half the time a value that gets
    past the first check (a real id, a page size, a date), so that a document goes deeper
    than its first argument, else an edge value or anything of the scalar's shape."""
    written = {
        "String": st.one_of(_text(), st.sampled_from(TEXTS + CURSORS)),
        "ID": st.one_of(st.sampled_from(ids), st.sampled_from(id_values([])), _text()),
        "Date": st.one_of(st.dates().map(date.isoformat), st.sampled_from(DATES)),
        "DateTime": st.one_of(_moments(), st.sampled_from(DATETIMES)),
        "Decimal": st.one_of(
            st.decimals(0, 10**6, places=2).map(str),
            st.sampled_from(DECIMALS),
            st.decimals(allow_nan=True, allow_infinity=True).map(str),
        ),
    }
    numbers = st.one_of(
        st.integers(0, 100), st.sampled_from(INTS), st.integers(-(2**31), 2**31 - 1)
    )
    strategies = {name: values.map(nodes.String) for name, values in written.items()}
    return {**strategies, "Int": numbers.map(nodes.Int)}


def drawn_cases(
    schema: graphql.GraphQLSchema, ids: Sequence[str], *, per_query: int, per_mutation: int
) -> Iterator[tuple[str, Case]]:
    """Documents for each root field of Query (`per_query` each) and Mutation, with the
    operation they are; the same on every run. Every other one has its arguments lifted into
    variables, the rest keep them as literals."""
    scalars = scalar_strategies(ids)
    roots = (("query", queries, per_query), ("mutation", mutations, per_mutation))
    for operation, strategy_of, count in roots:
        root = schema.query_type if operation == "query" else schema.mutation_type
        assert root is not None
        for name in root.fields:
            documents = strategy_of(
                schema, fields=[name], custom_scalars=scalars, print_ast=lambda tree: tree
            )
            for number, document in enumerate(_draw(documents, count)):
                if number % 2:
                    yield operation, lift_arguments(schema, document)
                else:
                    yield operation, Case(graphql.print_ast(document), {})


def _draw(strategy: st.SearchStrategy[Any], count: int) -> list[Any]:
    drawn: list[Any] = []

    # A fixed seed, no example database, no shrinking: the same documents on every run.
    @settings(
        max_examples=count,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(value: Any) -> None:
        drawn.append(value)

    collect()
    return drawn


def lift_arguments(schema: graphql.GraphQLSchema, document: graphql.DocumentNode) -> Case:
    """The document with each argument's value moved into a variable of the argument's type."""
    variables: Json = {}
    definitions: list[graphql.VariableDefinitionNode] = []
    type_info = graphql.TypeInfo(schema)

    class Lift(graphql.Visitor):
        def enter_argument(self, node: graphql.ArgumentNode, *_: object) -> object:
            argument = type_info.get_argument()
            if argument is None or isinstance(node.value, graphql.VariableNode):
                return None
            name = f"v{len(variables)}"
            variables[name] = graphql.value_from_ast_untyped(node.value)
            variable = graphql.VariableNode(name=graphql.NameNode(value=name))
            definitions.append(
                graphql.VariableDefinitionNode(
                    variable=variable, type=graphql.parse_type(str(argument.type))
                )
            )
            return graphql.ArgumentNode(name=node.name, value=variable)

    lifted = graphql.visit(document, graphql.TypeInfoVisitor(type_info, Lift()))
    operation = lifted.definitions[0]
    assert isinstance(operation, graphql.OperationDefinitionNode)
    declared = dataclasses.replace(operation, variable_definitions=tuple(definitions))
    return Case(graphql.print_ast(graphql.DocumentNode(definitions=(declared,))), variables)
