"""Every place a value of a scalar or enum can stand in the GraphQL schema (each argument of
each field reachable from Query, each mutation's input down to every scalar inside it), and the
documents that put values there.

Values of one place travel together, each in a variable of its own and an aliased copy of the
field (`e0: inputs(search: $e0)`), so one request tries them all: a document executes each
field on its own, and graphql-core names each variable it refuses. What one request cannot try
alone is grouped apart: values JSON cannot carry (NaN) and values the schema refuses (checked
here, with the schema's own scalars) each in a document of their own.
"""

import math
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import graphql

from tests.surfaces.graphql_fuzz_values import CURSORS, Case, Json

# The site of a list itself, and the length of the list too long for any use case.
LIST = "[list]"
LONG_LIST = 10_001


@dataclass(frozen=True)
class Step:
    """A field on the way from a root to an argument; `on` the type a fragment narrows to."""

    field: str
    definition: graphql.GraphQLField
    on: str | None = None


@dataclass(frozen=True)
class Site:
    """An argument of a field (`path[-1]`), and where inside its value a scalar stands."""

    operation: str
    path: tuple[Step, ...]
    argument: str
    inner: tuple[str, ...]  # input fields, "[]" for a list's items
    scalar: str


def _routes(schema: graphql.GraphQLSchema) -> dict[str, tuple[Step, ...]]:
    """The shortest way from Query to each object type. An item with a global id is reached by
    `node(id:)`, nullable: a refusal in one copy of a field below it nulls that copy alone,
    where under `plan` (non-null) it would null the whole answer and stop its siblings. Beyond
    that, through fields of object types, and through an interface or union only to what
    nothing else reaches (a link's `source` is rarely an action: an action plan's `actions` are).
    """
    start = schema.query_type
    assert start is not None
    node = start.fields["node"]
    items = graphql.get_named_type(node.type)
    assert isinstance(items, graphql.GraphQLInterfaceType)
    routes: dict[str, tuple[Step, ...]] = {
        item.name: (Step("node", node, item.name),) for item in schema.get_possible_types(items)
    }
    routes[start.name] = ()
    for through_abstract in (False, True):
        queue = deque(schema.type_map[name] for name in routes)
        while queue:
            here = queue.popleft()
            assert isinstance(here, graphql.GraphQLObjectType)
            for name, field in here.fields.items():
                if here is start and name not in ("plans", "apiKeys", "receipt"):
                    continue
                named = graphql.get_named_type(field.type)
                reached: list[tuple[graphql.GraphQLObjectType, str | None]] = []
                if isinstance(named, graphql.GraphQLObjectType):
                    reached = [(named, None)]
                elif through_abstract and graphql.is_abstract_type(named):
                    assert isinstance(
                        named, graphql.GraphQLInterfaceType | graphql.GraphQLUnionType
                    )
                    reached = [(t, t.name) for t in schema.get_possible_types(named)]
                for object_type, on in reached:
                    if object_type.name not in routes:
                        routes[object_type.name] = (*routes[here.name], Step(name, field, on))
                        queue.append(object_type)
    return routes


def _leaves(type_: graphql.GraphQLInputType, inner: tuple[str, ...] = ()) -> Iterator[Site]:
    unwrapped = graphql.get_nullable_type(type_)
    if isinstance(unwrapped, graphql.GraphQLList):
        yield Site("", (), "", inner, LIST)
        yield from _leaves(unwrapped.of_type, (*inner, "[]"))
    elif isinstance(unwrapped, graphql.GraphQLInputObjectType):
        if len(inner) < 8:  # an input that holds itself stops somewhere
            for name, field in unwrapped.fields.items():
                yield from _leaves(field.type, (*inner, name))
    else:
        yield Site("", (), "", inner, unwrapped.name)


def sites(schema: graphql.GraphQLSchema) -> list[Site]:
    """Every argument of every field reachable from Query, and of every mutation, down to each
    scalar, enum and list inside its value."""
    fields: list[tuple[str, tuple[Step, ...]]] = []
    for type_name, route in _routes(schema).items():
        object_type = schema.type_map[type_name]
        assert isinstance(object_type, graphql.GraphQLObjectType)
        fields += [("query", (*route, Step(n, f))) for n, f in object_type.fields.items() if f.args]
    assert schema.mutation_type is not None
    fields += [("mutation", (Step(n, f),)) for n, f in schema.mutation_type.fields.items()]
    found = []
    for operation, path in fields:
        for argument, definition in path[-1].definition.args.items():
            for leaf in _leaves(definition.type):
                found.append(Site(operation, path, argument, leaf.inner, leaf.scalar))
    return found


def _plain(scalar: str, name: str, ids: Mapping[str, str]) -> Any:
    """A valid value of a scalar, an id picked by the name of the field it fills."""
    plain: dict[str, Any] = {
        "String": "Wonen",
        "Int": 1,
        "Float": 1.0,
        "Boolean": False,
        "Date": "2024-01-01",
        "DateTime": datetime(2024, 1, 1, tzinfo=UTC).isoformat(),
        "Decimal": "1",
    }
    if scalar != "ID":
        return plain.get(scalar, "Wonen")
    # `name` is an input field's, or `field.argument` for an argument: the latter, or its own.
    return ids.get(name) or ids.get(name.rpartition(".")[2]) or ids["*"]


def valid_value(
    type_: graphql.GraphQLInputType,
    ids: Mapping[str, str],
    name: str = "",
    inner: tuple[str, ...] = (),
    leaf: Any = None,
) -> Any:
    """A valid value of `type_`, its required fields filled, with `leaf` at `inner` if given."""
    unwrapped = graphql.get_nullable_type(type_)
    if inner == () and leaf is not None:
        return leaf
    if isinstance(unwrapped, graphql.GraphQLList):
        return [valid_value(unwrapped.of_type, ids, name, inner[1:], leaf)]
    if isinstance(unwrapped, graphql.GraphQLInputObjectType):
        value = {
            key: valid_value(field.type, ids, key)
            for key, field in unwrapped.fields.items()
            if graphql.is_required_input_field(field)
        }
        if inner:
            into = unwrapped.fields[inner[0]].type
            value[inner[0]] = valid_value(into, ids, inner[0], inner[1:], leaf)
        return value
    if isinstance(unwrapped, graphql.GraphQLEnumType):
        return next(iter(unwrapped.values))
    assert isinstance(unwrapped, graphql.GraphQLScalarType)
    return _plain(unwrapped.name, name, ids)


def _selection(schema: graphql.GraphQLSchema, type_: graphql.GraphQLOutputType) -> str:
    """What to ask of a field's answer: its plain fields, and a connection's cursors."""
    named = graphql.get_named_type(type_)
    if isinstance(named, graphql.GraphQLObjectType):
        plain = [
            n
            for n, f in named.fields.items()
            if graphql.is_leaf_type(graphql.get_named_type(f.type))
            and not any(graphql.is_required_argument(a) for a in f.args.values())
        ]
        edges = " edges { cursor }" if "edges" in named.fields else ""
        return " { __typename " + " ".join(plain) + edges + " }"
    if isinstance(named, graphql.GraphQLInterfaceType | graphql.GraphQLUnionType):
        errors = schema.get_type("Error")
        possible = schema.get_possible_types(named)
        if isinstance(errors, graphql.GraphQLInterfaceType) and any(
            errors in t.interfaces for t in possible
        ):
            return " { __typename ... on Error { message } }"
        return " { __typename }"
    return ""


def values_at(site: Site, values: Mapping[str, Sequence[Any]], ids: Mapping[str, str]) -> list[Any]:
    """The edge values of the site's type; odd cursors too where a cursor goes; and where a
    list goes, an empty one and one far too long."""
    if site.scalar == LIST:
        argument = site.path[-1].definition.args[site.argument]
        listed = graphql.get_nullable_type(_type_at(argument.type, site.inner))
        assert isinstance(listed, graphql.GraphQLList)
        named = [step for step in (site.argument, *site.inner) if step != "[]"][-1]
        return [[], [valid_value(listed.of_type, ids, named)] * LONG_LIST]
    return [*values.get(site.scalar, ()), *(CURSORS if site.argument == "after" else ())]


def _type_at(type_: graphql.GraphQLInputType, inner: tuple[str, ...]) -> graphql.GraphQLInputType:
    for step in inner:
        unwrapped = graphql.get_nullable_type(type_)
        if isinstance(unwrapped, graphql.GraphQLList):
            type_ = unwrapped.of_type
        else:
            assert isinstance(unwrapped, graphql.GraphQLInputObjectType)
            type_ = unwrapped.fields[step].type
    return type_


@dataclass(frozen=True)
class Batch:
    """One request trying several values at one site, and each value's request alone."""

    case: Case
    alone: dict[str, Case]  # by the alias (and variable) that holds the value in `case`
    unreadable: bool  # JSON cannot carry its values: the whole body is refused, as it must be


def batches(
    schema: graphql.GraphQLSchema, site: Site, values: Sequence[Any], ids: Mapping[str, str]
) -> Iterator[Batch]:
    """The site's values in up to three requests: unreadable, refused by the schema, the rest."""
    groups: dict[str, list[Any]] = {}
    argument = site.path[-1].definition.args[site.argument]
    for value in values:
        held = valid_value(argument.type, ids, "", site.inner, value)
        if not _readable(held):
            groups.setdefault("unreadable", []).append(value)
            continue
        refused = graphql.coerce_input_value(held, argument.type) is graphql.Undefined
        groups.setdefault("refused" if refused else "runs", []).append(value)
    for group, grouped in groups.items():
        alone = {f"e{n}": site_case(schema, site, [value], ids) for n, value in enumerate(grouped)}
        yield Batch(site_case(schema, site, grouped, ids), alone, group == "unreadable")


def _readable(value: Any) -> bool:
    if isinstance(value, dict):
        return all(_readable(item) for item in value.values())
    if isinstance(value, list):
        return all(_readable(item) for item in value)
    return not (isinstance(value, float) and not math.isfinite(value))


def site_case(
    schema: graphql.GraphQLSchema, site: Site, values: Sequence[Any], ids: Mapping[str, str]
) -> Case:
    """A document reaching the site with each value there, in `$e0`, `$e1`… (one value: in
    `$edge`), each in a copy of the whole path aliased by the variable's name: a refusal nulls
    its own copy up to the nearest nullable field, `node` or the mutation. The other required
    arguments on the way hold valid values, in variables of their own."""
    variables: Json = {}
    definitions: list[str] = []
    shared: list[list[str]] = []  # for each step, its required arguments but the site's own
    for depth, step in enumerate(site.path):
        shared.append([])
        for name, argument in step.definition.args.items():
            if depth == len(site.path) - 1 and name == site.argument:
                continue
            if graphql.is_required_argument(argument):
                variable = f"p{depth}{name}"
                # An id of a field narrowed to a type (`node(id:) { ... on Goal`) is of that type.
                hint = step.on if step.on and step.on in ids else f"{step.field}.{name}"
                variables[variable] = valid_value(argument.type, ids, hint)
                definitions.append(f"${variable}: {argument.type}")
                shared[depth].append(f"{name}: ${variable}")
    site_argument = site.path[-1].definition.args[site.argument]
    copies = []
    for n, value in enumerate(values):
        variable = "edge" if len(values) == 1 else f"e{n}"
        hint = f"{site.path[-1].field}.{site.argument}"
        variables[variable] = valid_value(site_argument.type, ids, hint, site.inner, value)
        definitions.append(f"${variable}: {site_argument.type}")
        last = len(site.path) - 1
        text = ""
        for depth in range(last, -1, -1):
            step = site.path[depth]
            arguments = shared[depth] + ([f"{site.argument}: ${variable}"] if depth == last else [])
            called = step.field + (f"({', '.join(arguments)})" if arguments else "")
            if depth == last:
                text = called + _selection(schema, step.definition.type)
            elif step.on:  # reached through an interface or union: a fragment on the type
                text = f"{called} {{ ... on {step.on} {{ {text} }} }}"
            else:
                text = f"{called} {{ {text} }}"
        alias = f"{variable}: " if len(values) > 1 else ""
        copies.append(alias + text)
    document = f"{site.operation} Edge({', '.join(definitions)}) {{ {' '.join(copies)} }}"
    return Case(document, variables)
