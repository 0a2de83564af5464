"""Every text a client can send, found in the live schema's introspection: each String field of
each mutation's input (nested ones too, such as `title.fr`) and each String argument of every
field a query can reach. A field added later is covered without touching the tests, or the
tests say what they need to know about it (how to reach its type, which item an id names).
"""

import json
import re
import typing
from dataclasses import dataclass
from typing import Any

import httpx

from api.domain.measures import Text, measure_of
from api.schema.app import schema
from tests.surfaces.graphql_calls import World, bearer, gid

Json = dict[str, Any]

_REF = "kind name ofType { kind name ofType { kind name ofType { kind name } } }"
INTROSPECTION = f"""{{ __schema {{ mutationType {{ name }} subscriptionType {{ name }}
  types {{ kind name enumValues {{ name }}
    fields {{ name type {{ {_REF} }} args {{ name defaultValue type {{ {_REF} }} }} }}
    inputFields {{ name defaultValue type {{ {_REF} }} }} }} }} }}"""

# Which item of a World a required id names, by the field's name.
IDS = {
    "planId": ("Plan", "plan"), "themeId": ("Theme", "theme"), "nodeId": ("Goal", "goal"),
    "sourceId": ("Theme", "theme"), "targetId": ("Goal", "goal"), "actionId": ("Action", "action"),
    "inputId": ("Input", "input"), "inputIds": ("Input", "input"), "linkId": ("Link", "input_link"),
    "momentId": ("Moment", "moment"), "actorId": ("Actor", "actor"),
    "subjectId": ("Input", "input"), "feedbackId": ("Feedback", "feedback"),
    "keyId": ("ApiKey", "spare_key"), "id": ("Input", "input"),
    "endpointId": ("WebhookEndpoint", "webhook"), "eventId": ("Event", "webhook_event"),
}  # fmt: skip
# How a query reaches a field of each type that has String arguments: the item a `$item`
# variable names, and the fragment around the field.
REACH = {
    "Query": None, "Plan": ("Plan", "plan"), "Input": ("Input", "input"),
    "Finding": ("Finding", "finding"), "Theme": ("Theme", "theme"), "Goal": ("Goal", "goal"),
    "ActionPlan": ("ActionPlan", "action_plan"), "Action": ("Action", "action"),
    "Link": ("Link", "input_link"), "WebhookEndpoint": ("WebhookEndpoint", "webhook"),
}  # fmt: skip
SAMPLES = {
    "String": "X1", "Boolean": False, "Int": 1, "Date": "2024-01-01", "Decimal": "1",
    "DateTime": "2024-01-01T00:00:00+00:00",
}  # fmt: skip


def named(ref: Json) -> tuple[str, str, bool, bool]:
    """(name, kind, required, a list) of a type reference."""
    required = ref["kind"] == "NON_NULL"
    ref = ref["ofType"] if required else ref
    listed = ref["kind"] == "LIST"
    while ref.get("ofType"):
        ref = ref["ofType"]
    return ref["name"], ref["kind"], required, listed


async def introspect(client: httpx.AsyncClient, key: str) -> dict[str, Json]:
    response = await client.post("/graphql", json={"query": INTROSPECTION}, headers=bearer(key))
    found = response.json()["data"]["__schema"]
    types = {t["name"]: t for t in found["types"]}
    types["__roots__"] = found
    return types


def sample(types: dict[str, Json], ref: Json, field: str, world: World) -> Any:
    """A well-formed value of a type: a World's item for an id, the first member of an enum."""
    name, kind, _, listed = named(ref)
    if name == "ID":
        kind_name, attribute = IDS[field]  # a new id field: say here which item it names
        value: Any = gid(kind_name, getattr(world, attribute))
    elif kind == "ENUM":
        value = types[name]["enumValues"][0]["name"]
    elif kind == "INPUT_OBJECT":
        value = required_input(types, name, world)
    else:
        value = SAMPLES[name]
    return [value] if listed else value


def required_input(types: dict[str, Json], name: str, world: World) -> Json:
    """An input object with its required fields, and nothing else, given."""
    return {
        field["name"]: sample(types, field["type"], field["name"], world)
        for field in types[name]["inputFields"]
        if named(field["type"])[2] and field["defaultValue"] is None
    }


def text_paths(types: dict[str, Json], name: str) -> list[list[str]]:
    """The path of every String field in an input object, nested objects included."""
    paths: list[list[str]] = []
    for field in types[name]["inputFields"]:
        inner, kind, _, listed = named(field["type"])
        if inner == "String" and not listed:
            paths.append([field["name"]])
        elif kind == "INPUT_OBJECT" and not listed:
            paths += [[field["name"], *rest] for rest in text_paths(types, inner)]
    return paths


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def text_limit(input_type: str, field: str) -> int:
    """The length a mutation input's text field may have: the measure of its command."""
    definition = schema.get_type_by_name(input_type)
    command = typing.get_type_hints(definition.origin.command)["return"]  # type: ignore[union-attr]
    measure = measure_of(snake(field), "x", owner=command.__name__)
    assert isinstance(measure, Text), (input_type, field)
    return measure.max_length


@dataclass(frozen=True)
class MutationText:
    mutation: str
    input_type: str
    path: list[str]
    base: Json  # the input with its required fields

    @property
    def field(self) -> str:
        return ".".join(self.path)

    def document(self) -> str:
        head = f"mutation Edge($input: {self.input_type}!)"
        body = "__typename ... on Error { message field errorCode }"
        return f"{head} {{ {self.mutation}(input: $input) {{ {body} }} }}"

    def variables(self, value: str) -> Json:
        given = json.loads(json.dumps(self.base))
        place = given
        for step in self.path[:-1]:
            place = place.setdefault(step, {"nl": "Tekst"})
        place[self.path[-1]] = value
        return {"input": given}


def mutation_texts(types: dict[str, Json], world: World) -> list[MutationText]:
    found = []
    for field in types[types["__roots__"]["mutationType"]["name"]]["fields"]:
        (argument,) = field["args"]  # every mutation takes one input object
        input_type = named(argument["type"])[0]
        base = required_input(types, input_type, world)
        for path in text_paths(types, input_type):
            found.append(MutationText(field["name"], input_type, path, base))
    return found


@dataclass(frozen=True)
class ArgumentText:
    owner: str  # the type whose field takes the argument
    field: str
    argument: str
    document: str
    variables: Json

    def with_value(self, value: str) -> Json:
        return {**self.variables, "value": value}


def argument_texts(types: dict[str, Json], world: World) -> list[ArgumentText]:
    found = []
    roots = types["__roots__"]
    skipped = {roots["mutationType"]["name"], roots["subscriptionType"]["name"]}
    for owner in types.values():
        if owner.get("kind") != "OBJECT" or owner["name"].startswith("__") or not owner["fields"]:
            continue
        for field in owner["fields"]:
            for argument in field["args"]:
                if named(argument["type"])[0] != "String" or owner["name"] in skipped:
                    continue  # mutations above; subscriptions run over a WebSocket
                assert owner["name"] in REACH, f"say in REACH how a query reaches {owner['name']}"
                found.append(_reaching(types, owner["name"], field, argument["name"], world))
    return found


def _reaching(
    types: dict[str, Json], owner: str, field: Json, argument: str, world: World
) -> ArgumentText:
    target = next(a for a in field["args"] if a["name"] == argument)
    declared = {"value": "String!" if named(target["type"])[2] else "String"}
    variables: Json = {}
    given = [f"{argument}: $value"]
    for other in field["args"]:
        if other["name"] != argument and named(other["type"])[2] and other["defaultValue"] is None:
            declared[other["name"]] = named(other["type"])[0] + "!"
            variables[other["name"]] = sample(types, other["type"], other["name"], world)
            given.append(f"{other['name']}: ${other['name']}")
    selection = " { __typename }" if named(field["type"])[1] != "SCALAR" else ""
    call = f"{field['name']}({', '.join(given)}){selection}"
    if REACH[owner] is not None:
        kind_name, attribute = REACH[owner]  # type: ignore[misc]
        declared["item"] = "ID!"
        variables["item"] = gid(kind_name, getattr(world, attribute))
        root = "plan" if owner == "Plan" else "node"
        call = f"{root}(id: $item) {{ ... on {owner} {{ {call} }} }}"
    head = ", ".join(f"${name}: {kind}" for name, kind in declared.items())
    return ArgumentText(
        owner, field["name"], argument, f"query Edge({head}) {{ {call} }}", variables
    )
