"""The guard of the GraphQL suite: every query and mutation field of the live schema, and every
field of the trail's types, is asked for by some query of the suite, and every query of the
suite is valid against the schema. A field added without a test fails here."""

import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    GraphQLInterfaceType,
    GraphQLObjectType,
    TypeInfo,
    TypeInfoVisitor,
    Visitor,
    parse,
    validate,
    visit,
)

from api.schema.app import schema
from tests.surfaces.graphql_mutation_calls import MUTATIONS, Call

SCHEMA = schema._schema
# Types whose every field a query of the suite must select.
COVERED = [
    "Query", "Mutation", "Plan", "Input", "Finding", "Theme", "Goal", "ActionPlan", "Action",
    "Link", "Moment", "Actor", "Event", "EventConnection", "EventEdge", "TrailAsOf", "PastNode",
    "PastLink", "TracedNode", "Step", "Origins", "ChannelCount", "ParticipantTypeCount",
    "Coverage", "ChannelShare", "ParticipantTypeShare", "Share", "UnreachedInput", "ItemRef",
    "ApiKey", "ApiKeyConnection", "ApiKeyEdge", "IssuedApiKey", "TagInputsPayload", "Feedback",
    "TranslatedText", "ConflictError", "LinkNotAllowedError", "NotFoundError", "ValidationError",
    "ForbiddenError", "PageInfo", "FindingConnection", "FindingEdge", "ThemeConnection",
    "ThemeEdge", "GoalConnection", "GoalEdge", "ActionPlanConnection", "ActionPlanEdge",
    "ActionConnection", "ActionEdge", "LinkConnection", "LinkEdge", "MomentConnection",
    "MomentEdge", "ActorConnection", "ActorEdge", "InputConnection", "InputEdge",
    "PlanConnection", "PlanEdge", "Receipt", "Commitment", "FeedbackNote", "WebhookEndpoint",
    "WebhookEndpointConnection", "WebhookEndpointEdge", "WebhookEndpointWithSecret",
    "WebhookAttempt", "WebhookAttemptConnection", "WebhookAttemptEdge", "WebhookHeader",
    "WebhookDelivery", "WebhookDeliveryConnection", "WebhookDeliveryEdge",
    "DeletedWebhookEndpoint", "RequeuedWebhookDeliveries",
]  # fmt: skip


def _strings(value: Any) -> Iterator[str]:
    """Every string in a module-level value: tables of queries included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Call):
        yield value.document
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def suite_documents() -> dict[str, DocumentNode]:
    """Every GraphQL document the suite's modules hold, parsed, by where it was found."""
    found = {}
    for path in sorted(Path(__file__).parent.glob("test_graphql_*.py")):
        module = importlib.import_module(f"tests.surfaces.{path.stem}")
        for name, value in vars(module).items():
            for number, text in enumerate(_strings(value)):
                start = text.lstrip()
                if "{{" in text or not start.startswith(("query", "mutation", "{")):
                    continue  # a template, or no query at all
                found[f"{path.stem}.{name}[{number}]"] = parse(text)
    for name, call in MUTATIONS.items():
        found[f"MUTATIONS.{name}"] = parse(call.document)
    return found


class _Fields(Visitor):
    """Notes (type, field) of every field a document selects."""

    def __init__(self, info: TypeInfo, found: set[tuple[str, str]]) -> None:
        super().__init__()
        self.info, self.found = info, found

    def enter_field(self, node: FieldNode, *_: object) -> None:
        parent = self.info.get_parent_type()
        if isinstance(parent, GraphQLInterfaceType):
            for implementation in SCHEMA.get_implementations(parent).objects:
                self.found.add((implementation.name, node.name.value))
        if parent is not None:
            self.found.add((parent.name, node.name.value))


def selected_fields(documents: list[DocumentNode]) -> set[tuple[str, str]]:
    """(type, field) for every field selected; a field selected on an interface counts for
    every type that implements it."""
    found: set[tuple[str, str]] = set()
    for document in documents:
        info = TypeInfo(SCHEMA)
        visit(document, TypeInfoVisitor(info, _Fields(info, found)))
    return found


def test_every_query_of_the_suite_is_valid_against_the_schema() -> None:
    documents = suite_documents()
    assert len(documents) > 50
    invalid = {
        name: [error.message for error in errors]
        for name, document in documents.items()
        if (errors := validate(SCHEMA, document))
    }
    assert invalid == {}


def test_every_mutation_is_in_the_table_of_calls() -> None:
    assert SCHEMA.mutation_type is not None
    assert set(MUTATIONS) == set(SCHEMA.mutation_type.fields)


def test_every_field_of_the_trails_types_is_asked_for() -> None:
    selected = selected_fields(list(suite_documents().values()))
    missing = {}
    for name in COVERED:
        graphql_type = SCHEMA.get_type(name)
        assert isinstance(graphql_type, GraphQLObjectType), name
        unasked = sorted(set(graphql_type.fields) - {f for t, f in selected if t == name})
        if unasked:
            missing[name] = unasked
    assert missing == {}
