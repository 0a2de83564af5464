"""Every use case GraphQL offers is reachable over REST too.

The GraphQL use cases are read from the schema: every root query, mutation and subscription,
every field that takes arguments (a page, a trace, a filtered list; an interface's field once,
under the interface that declares it), and the few argument-less reads that are use cases of
their own. Each must have a row below naming the REST operations that do the same; a new
GraphQL field without a row, or a row whose operation is gone, fails.
"""

from graphql import GraphQLInterfaceType, GraphQLObjectType

from api.app import create_app
from api.schema.app import schema

REST_FOR_GRAPHQL: dict[str, set[str]] = {
    # Queries.
    "Query.plans": {"list_plans"},
    "Query.plan": {"get_plan"},  # asOf: ?as_of=
    "Query.history": {"get_node_history"},  # links and deleted items too
    "Query.trace": {"trace_node"},
    "Query.receipt": {"get_receipt"},
    "Query.apiKeys": {"list_api_keys"},
    "Query.webhookEndpoints": {"list_webhook_endpoints"},
    "Query.webhookEndpoint": {"get_webhook_endpoint"},
    "Query.node": {
        "get_node", "get_plan", "get_link", "get_moment", "get_actor", "get_input",
        "get_finding", "get_theme", "get_goal", "get_action_plan", "get_action",
        "get_webhook_endpoint",
    },
    # Mutations.
    "Mutation.createPlan": {"create_plan"},
    "Mutation.updatePlan": {"update_plan"},
    "Mutation.setPlanStatus": {"set_plan_status"},
    "Mutation.createInput": {"create_input"},
    "Mutation.updateInput": {"update_input"},
    "Mutation.setInputStatus": {"set_input_status"},
    "Mutation.createNode": {"create_finding", "create_theme", "create_goal", "create_action_plan"},
    "Mutation.createAction": {"create_action"},
    "Mutation.updateNode": {
        "update_finding", "update_theme", "update_goal", "update_action_plan", "update_action",
    },
    "Mutation.deleteNode": {
        "delete_input", "delete_finding", "delete_theme", "delete_goal", "delete_action_plan",
        "delete_action",
    },
    "Mutation.moveTheme": {"move_theme"},
    "Mutation.updateAction": {"update_action"},
    "Mutation.setActionStatus": {"set_action_status"},
    "Mutation.setProgress": {"set_progress"},
    "Mutation.createLink": {"create_link"},
    "Mutation.updateLink": {"update_link"},
    "Mutation.deleteLink": {"delete_link"},
    "Mutation.tagInputs": {"tag_inputs"},
    "Mutation.createMoment": {"create_moment"},
    "Mutation.updateMoment": {"update_moment"},
    "Mutation.deleteMoment": {"delete_moment"},
    "Mutation.createActor": {"create_actor"},
    "Mutation.updateActor": {"update_actor"},
    "Mutation.deleteActor": {"delete_actor"},
    "Mutation.publishFeedback": {"publish_feedback"},
    "Mutation.withdrawFeedback": {"withdraw_feedback"},
    "Mutation.createApiKey": {"create_api_key"},
    "Mutation.revokeApiKey": {"revoke_api_key"},
    "Mutation.createWebhookEndpoint": {"create_webhook_endpoint"},
    "Mutation.updateWebhookEndpoint": {"update_webhook_endpoint"},
    "Mutation.rotateWebhookSecret": {"rotate_webhook_secret"},
    "Mutation.disableWebhookEndpoint": {"disable_webhook_endpoint"},
    "Mutation.enableWebhookEndpoint": {"enable_webhook_endpoint"},
    "Mutation.deleteWebhookEndpoint": {"delete_webhook_endpoint"},
    "Mutation.redeliverWebhookEvent": {"redeliver_webhook_event"},
    "Mutation.recoverWebhookDeliveries": {"recover_webhook_deliveries"},
    # The live stream of a plan's events: the feed, followed with ?plan= (and wait= to poll).
    "Subscription.planEvents": {"list_events"},
    # Lists and reads under a plan.
    "Plan.inputs": {"list_inputs"},
    "Plan.goals": {"list_goals"},
    "Plan.findings": {"list_findings"},
    "Plan.themes": {"list_themes"},  # parent_id, all_levels
    "Plan.moments": {"list_moments"},
    "Plan.actors": {"list_actors"},
    "Plan.events": {"list_plan_events"},
    "Plan.coverage": {"get_plan_coverage"},
    "Plan.trail": {"get_plan_trail"},
    "Goal.actionPlans": {"list_goal_action_plans"},
    "ActionPlan.actions": {"list_action_plan_actions"},
    "Theme.subThemes": {"list_themes"},  # ?parent_id=
    "Link.history": {"get_node_history"},
    # What every item of the trail has.
    "TrailNode.incomingLinks": {"list_node_links"},  # ?direction=incoming
    "TrailNode.outgoingLinks": {"list_node_links"},  # ?direction=outgoing
    "TrailNode.trace": {"trace_node"},
    "TrailNode.history": {"get_node_history"},
    "PlanElement.originatingInputs": {"get_node_origins"},
    "Origins.inputs": {"get_node_origins"},
    # A webhook endpoint's logs.
    "WebhookEndpoint.attempts": {"list_webhook_attempts"},
    "WebhookEndpoint.deliveries": {"list_webhook_deliveries"},  # ?status=
}  # fmt: skip

# Reads without arguments that are use cases of their own (the rest are fields of an item).
ARGUMENTLESS_USE_CASES = {"Plan.coverage", "Plan.trail", "PlanElement.originatingInputs"}
PRESENTATION_ARGUMENTS = {"locale"}  # a language to show a text in: the REST answers hold all


def graphql_use_cases() -> set[str]:
    found = set(ARGUMENTLESS_USE_CASES)
    for name, kind in schema._schema.type_map.items():
        if name.startswith("__") or not isinstance(kind, GraphQLObjectType | GraphQLInterfaceType):
            continue
        for field_name, field in kind.fields.items():
            arguments = set(field.args) - PRESENTATION_ARGUMENTS
            if not arguments and name not in ("Query", "Mutation", "Subscription"):
                continue
            declared = [i.name for i in kind.interfaces if field_name in i.fields]
            if not declared:
                found.add(f"{name}.{field_name}")
    return found


def rest_operations() -> set[str]:
    document = create_app("postgresql://spoor@localhost/spoor").openapi()
    return {op["operationId"] for path in document["paths"].values() for op in path.values()}


def test_every_graphql_use_case_has_a_rest_counterpart() -> None:
    use_cases = graphql_use_cases()
    assert sorted(use_cases - REST_FOR_GRAPHQL.keys()) == [], "add a row: which REST operation?"
    assert sorted(REST_FOR_GRAPHQL.keys() - use_cases) == [], "GraphQL no longer has these"


def test_every_named_rest_operation_exists() -> None:
    named = set().union(*REST_FOR_GRAPHQL.values())
    assert sorted(named - rest_operations()) == []
