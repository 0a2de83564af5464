"""The Strawberry schema and its FastAPI router."""

import uuid
from collections.abc import AsyncIterator
from contextlib import aclosing

from fastapi import Request
from starlette.requests import HTTPConnection
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.tools import merge_types

from api.domain.translatable import preferred_language
from api.http.scope import open_request
from api.schema.actions import ActionMutations
from api.schema.context import SpoorContext
from api.schema.cost import QueryCostLimiter
from api.schema.error_log import SpoorSchema
from api.schema.feedback import FeedbackMutations
from api.schema.inputs import InputMutations
from api.schema.keys import KeyMutations
from api.schema.links import LinkMutations
from api.schema.masking import MaskUnexpectedErrors
from api.schema.operations import OneOperationOrItsName
from api.schema.participation import ParticipationMutations
from api.schema.plans import PlanMutations
from api.schema.queries import Query
from api.schema.structure import StructureMutations
from api.schema.subscriptions import Subscription, SubscriptionsOverWebSocketOnly
from api.schema.view import SpoorGraphQLRouter
from api.schema.vocabulary import SCALARS
from api.schema.webhook_mutations import WebhookMutations
from api.store.database import Database

# Every list is a connection (edges → node: two levels), so the plan → goals → action plans →
# actions → their inputs walk is 16 deep; the cost limit bounds the work, not this.
MAX_DEPTH = 16
MAX_TOKENS = 2_000
MAX_ALIASES = 30

schema = SpoorSchema(
    query=Query,
    mutation=merge_types(
        "Mutation",
        (
            PlanMutations,
            InputMutations,
            StructureMutations,
            ActionMutations,
            LinkMutations,
            ParticipationMutations,
            FeedbackMutations,
            KeyMutations,
            WebhookMutations,
        ),
    ),
    subscription=Subscription,
    config=StrawberryConfig(scalar_map=SCALARS),
    extensions=[
        lambda: QueryDepthLimiter(max_depth=MAX_DEPTH),
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        lambda: MaxAliasesLimiter(max_alias_count=MAX_ALIASES),
        lambda: AddValidationRules([QueryCostLimiter]),
        OneOperationOrItsName,
        MaskUnexpectedErrors,
        SubscriptionsOverWebSocketOnly,
    ],
)


async def _context(request: HTTPConnection) -> AsyncIterator[SpoorContext]:
    database: Database = request.app.state.database
    if not isinstance(request, Request):
        # A WebSocket can stay open for hours, so it holds no unit of work: each subscription
        # opens short ones of its own, and identifies its caller from the key the socket
        # presented (known only once connection_init has arrived, after this context was made).
        yield SpoorContext(None, database, request_id=uuid.uuid4().hex)
        return
    # Closed as soon as the request ends, however it ends: a bare `async for` would leave the
    # scope (and its connection) to the garbage collector when an exception ends the request.
    async with aclosing(open_request(request, database, request.app.state.rates)) as scopes:
        async for scope in scopes:
            context = SpoorContext(scope, database, request_id=scope.request_id)
            context.locale = preferred_language(request.headers.get("Accept-Language"))
            yield context


def graphql_router() -> SpoorGraphQLRouter:
    """GraphQL at /graphql; a GET from a browser opens GraphiQL."""
    # A FastAPI dependency that yields is allowed here (it closes the unit of work after the
    # request), though the router's type hint names only plain and awaitable getters.
    return SpoorGraphQLRouter(
        schema,
        context_getter=_context,  # type: ignore[arg-type]
        graphql_ide="graphiql",
        subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
    )
