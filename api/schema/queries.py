"""The root query, gathered from the areas."""

import strawberry
from strawberry import relay

from api.schema.history import HistoryQueries
from api.schema.keys import KeyQueries
from api.schema.plans import PlanQueries
from api.schema.receipts import ReceiptQueries
from api.schema.traces import TraceQueries
from api.schema.webhooks import WebhookQueries


@strawberry.type
class Query(PlanQueries, HistoryQueries, TraceQueries, ReceiptQueries, KeyQueries, WebhookQueries):
    node: relay.Node | None = relay.node(
        description="Any plan, input, finding, theme, goal, action plan, action, link, moment,"
        " actor or webhook endpoint, by its global id; null for what the caller may not read."
    )
