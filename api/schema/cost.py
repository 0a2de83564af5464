"""A query's cost, estimated before it runs: what a query may ask is bounded by its cost too.

Depth and token limits leave room for a short, shallow query that still asks for a great deal
(`first: 100` on lists inside lists). Each field costs one per item it is asked for: a list
field multiplies what is under it by its `first` argument, or by an estimate when it has none.
"""

from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLObjectType,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValidationRule,
)
from graphql.language import OperationType

MAX_COST = 50_000
# A list or connection without `first` (a goal's action plans, say) is guessed at this many.
LIST_ESTIMATE = 10
# `first` given as a variable is not known when the query is checked: assume the most.
VARIABLE_FIRST = 100


class QueryCostLimiter(ValidationRule):
    """Refuse an operation whose estimated cost passes MAX_COST, before anything runs."""

    def enter_operation_definition(self, node: OperationDefinitionNode, *_: object) -> None:
        schema = self.context.schema
        root = {
            OperationType.QUERY: schema.query_type,
            OperationType.MUTATION: schema.mutation_type,
            OperationType.SUBSCRIPTION: schema.subscription_type,
        }[node.operation]
        cost = self._cost(node.selection_set, root, 1, set())
        if cost > MAX_COST:
            self.report_error(
                GraphQLError(
                    f"This query is too costly: about {cost} items asked, at most {MAX_COST}."
                    " Ask for fewer items per list (`first`), or split the query.",
                    node,
                    extensions={"code": "query_too_costly", "cost": cost, "maxCost": MAX_COST},
                )
            )

    def _cost(
        self,
        selections: SelectionSetNode,
        parent: GraphQLNamedType | None,
        multiplier: int,
        seen: set[str],
    ) -> int:
        total = 0
        for selection in selections.selections:
            if isinstance(selection, FieldNode):
                total += multiplier
                if selection.selection_set is None:
                    continue
                child, fan_out = self._field(parent, selection)
                total += self._cost(selection.selection_set, child, multiplier * fan_out, seen)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                child = self.context.schema.get_type(condition.name.value) if condition else parent
                total += self._cost(selection.selection_set, child, multiplier, seen)
            elif isinstance(selection, FragmentSpreadNode) and selection.name.value not in seen:
                fragment = self.context.get_fragment(selection.name.value)
                if fragment is not None:
                    child = self.context.schema.get_type(fragment.type_condition.name.value)
                    spread = seen | {selection.name.value}
                    total += self._cost(fragment.selection_set, child, multiplier, spread)
        return total

    def _field(
        self, parent: GraphQLNamedType | None, node: FieldNode
    ) -> tuple[GraphQLNamedType | None, int]:
        """The field's own type, and how many items it stands for."""
        if not isinstance(parent, (GraphQLObjectType, GraphQLInterfaceType)):
            return None, 1
        definition = parent.fields.get(node.name.value)
        if definition is None:
            return None, 1
        field_type = definition.type
        if isinstance(field_type, GraphQLNonNull):
            field_type = field_type.of_type
        fan_out = 1
        # A connection's edges are the items its `first` already counted; a connection asked
        # without `first` is guessed like a list.
        paged = "first" in definition.args
        if (isinstance(field_type, GraphQLList) and node.name.value != "edges") or paged:
            fan_out = LIST_ESTIMATE
        for argument in node.arguments or ():
            if argument.name.value == "first":
                value = argument.value
                fan_out = int(value.value) if isinstance(value, IntValueNode) else VARIABLE_FIRST
        while isinstance(field_type, (GraphQLNonNull, GraphQLList)):
            field_type = field_type.of_type
        return field_type, max(fan_out, 1)
