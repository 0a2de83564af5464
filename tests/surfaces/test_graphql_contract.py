"""The contract a typed client relies on, read off the live schema: enums for every
vocabulary, JSON only for recorded states, one Error interface, one input per mutation,
connections for lists, global ids, scalars that name their specification."""

from graphql import (
    GraphQLArgument,
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLType,
    GraphQLUnionType,
)

from api.schema.app import schema

SCHEMA = schema._schema

# Names of fields and arguments whose values come from a fixed list, wherever they appear.
VOCABULARY_NAMES = {
    "status", "channel", "participantType", "decision", "kind", "scopes", "method", "phase",
    "language", "locale", "subjectKind", "type", "types", "answers", "direction", "errorCode",
    "role",
}  # fmt: skip
# The only places an untyped JSON value may appear: states recorded in the event log.
RECORDED_STATES = {("Event", "before"), ("Event", "after"), ("TrailAsOf", "state"),
                   ("PastNode", "state"), ("PastLink", "state")}  # fmt: skip
# Lists that are parts of a value, not collections to page through.
VALUE_LISTS = {("Action", "owners"), ("Action", "partners"), ("TagInputsPayload", "created")}


def _named(kind: GraphQLType) -> GraphQLNamedType:
    while isinstance(kind, (GraphQLNonNull, GraphQLList)):
        kind = kind.of_type
    assert isinstance(kind, GraphQLNamedType)
    return kind


def _is_list(kind: GraphQLType) -> bool:
    while isinstance(kind, GraphQLNonNull):
        kind = kind.of_type
    return isinstance(kind, GraphQLList)


def _own_types() -> list[GraphQLNamedType]:
    return [t for name, t in SCHEMA.type_map.items() if not name.startswith("__")]


def _fields() -> list[tuple[str, str, GraphQLField | GraphQLInputField | GraphQLArgument]]:
    """(owner, name, field) for every field, input field and argument of the schema."""
    found: list[tuple[str, str, GraphQLField | GraphQLInputField | GraphQLArgument]] = []
    for kind in _own_types():
        if isinstance(kind, (GraphQLObjectType, GraphQLInterfaceType)):
            for name, field in kind.fields.items():
                found.append((kind.name, name, field))
                found += [(f"{kind.name}.{name}", a, arg) for a, arg in field.args.items()]
        if isinstance(kind, GraphQLInputObjectType):
            found += [(kind.name, name, field) for name, field in kind.fields.items()]
    return found


def test_no_vocabulary_is_a_plain_string() -> None:
    strings = [
        f"{owner}.{name}"
        for owner, name, field in _fields()
        if name in VOCABULARY_NAMES and _named(field.type).name == "String"
    ]
    assert strings == []
    enums = {t.name for t in _own_types() if isinstance(t, GraphQLEnumType)}
    assert {
        "Channel", "InputStatus", "ActionStatus", "PlanStatus", "ParticipantType", "Decision",
        "NodeKind", "ActorKind", "KeyScope", "LinkKind", "EventType", "ErrorCode",
    } <= enums  # fmt: skip


def test_json_appears_only_in_recorded_states() -> None:
    json_fields = {
        (owner, name) for owner, name, field in _fields() if _named(field.type).name == "JSON"
    }
    assert json_fields == RECORDED_STATES


def test_every_id_is_an_id() -> None:
    not_ids = [
        f"{owner}.{name}"
        for owner, name, field in _fields()
        if (name == "id" or name.endswith(("Id", "Ids")))
        and not name.startswith("external")  # the caller's own id, any text
        and _named(field.type).name != "ID"
    ]
    assert not_ids == []


def test_every_error_implements_error_and_every_result_offers_it() -> None:
    error = SCHEMA.get_type("Error")
    assert isinstance(error, GraphQLInterfaceType)
    assert set(error.fields) == {"message", "field", "errorCode"}
    implementations = {t.name for t in SCHEMA.get_implementations(error).objects}
    assert implementations == {
        "NotFoundError", "ValidationError", "ConflictError", "ForbiddenError",
        "LinkNotAllowedError",
    }  # fmt: skip
    assert SCHEMA.mutation_type is not None
    for name, field in SCHEMA.mutation_type.fields.items():
        result = _named(field.type)
        assert isinstance(result, GraphQLUnionType), name
        assert implementations <= {member.name for member in result.types}, name


def test_every_mutation_takes_one_input_object_named_after_it() -> None:
    assert SCHEMA.mutation_type is not None
    for name, field in SCHEMA.mutation_type.fields.items():
        assert list(field.args) == ["input"], name
        given = field.args["input"].type
        assert isinstance(given, GraphQLNonNull), name
        assert isinstance(given.of_type, GraphQLInputObjectType), name
        assert given.of_type.name == name[0].upper() + name[1:] + "Input"


def test_lists_of_items_are_connections() -> None:
    plain = []
    for kind in _own_types():
        if not isinstance(kind, (GraphQLObjectType, GraphQLInterfaceType)):
            continue
        for name, field in kind.fields.items():
            item = _named(field.type)
            is_item = isinstance(item, (GraphQLObjectType, GraphQLInterfaceType)) and any(
                i.name == "Node" for i in getattr(item, "interfaces", [])
            )
            listed = _is_list(field.type) and is_item and not kind.name.endswith("Edge")
            if listed and (kind.name, name) not in VALUE_LISTS:
                plain.append(f"{kind.name}.{name}")
    assert plain == []
    for name in ("EventConnection", "LinkConnection", "GoalConnection", "InputConnection"):
        connection = SCHEMA.get_type(name)
        assert isinstance(connection, GraphQLObjectType)
        assert {"edges", "pageInfo", "totalCount"} <= set(connection.fields)


def test_scalars_name_their_specification() -> None:
    for name in ("Date", "DateTime", "Decimal", "JSON"):
        scalar = SCHEMA.get_type(name)
        assert isinstance(scalar, GraphQLScalarType)
        assert scalar.specified_by_url, name
    assert "@specifiedBy" in schema.as_str()
