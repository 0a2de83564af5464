"""Which operation of a document runs: the one named by `operationName`, or the only one.

Strawberry, asked for no particular operation, picks a document's first one and runs it; a
client that sent two and forgot the name would get an answer to a question it may not have
meant. Like an unknown name, that is refused before anything runs (over HTTP: a 400 GraphQL
error body; over a WebSocket: an error message for that subscription).
"""

from collections.abc import Iterator

from graphql.language import OperationDefinitionNode
from strawberry.extensions import SchemaExtension
from strawberry.schema.exceptions import CannotGetOperationTypeError

ANONYMOUS = "an anonymous one"


class AmbiguousOperation(CannotGetOperationTypeError):
    """Strawberry's own refusal of an operation it cannot pick, with a reason of ours."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(None)
        self.names = names

    def as_http_error_reason(self) -> str:
        named = ", ".join(self.names)
        # An anonymous operation cannot be named in operationName: it must be alone.
        name_them = "name each one and " if ANONYMOUS in self.names else ""
        return (
            f"The document holds {len(self.names)} operations ({named}); {name_them}say which"
            " one to run in operationName."
        )


class OneOperationOrItsName(SchemaExtension):
    """Refuse a document of several operations that names none of them."""

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        document = context.graphql_document
        # The name the request gave, not the first operation's that Strawberry falls back to.
        given = context._provided_operation_name
        if document is not None and given is None:
            operations = [
                definition
                for definition in document.definitions
                if isinstance(definition, OperationDefinitionNode)
            ]
            if len(operations) > 1:
                names = [op.name.value if op.name else ANONYMOUS for op in operations]
                raise AmbiguousOperation(names)
        yield
