"""The Strawberry schema and its FastAPI router."""

from collections.abc import AsyncIterator
from contextlib import aclosing, asynccontextmanager

from starlette.requests import Request
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.tools import merge_types

from api.domain.translatable import preferred_language
from api.http.scope import open_request
from api.schema.actions import ActionMutations
from api.schema.compiled import CompiledAnswers
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
from api.schema.view import SpoorGraphQL
from api.schema.vocabulary import SCALARS
from api.schema.webhook_mutations import WebhookMutations
from api.store.database import Database

# Every list is a connection (edges → node: two levels), so the plan → goals → action plans →
# actions → their inputs walk is 16 deep; the cost limit bounds the work, not this.
MAX_DEPTH = 16
MAX_TOKENS = 2_000
MAX_ALIASES = 30
# Parsed documents and their validation verdicts kept per process, the least recently used
# dropped first: a frontend's hot set is tens of operations of a few kB. A document of
# MAX_TOKENS tokens holds about 1.2 MB once parsed and validated, so a flood of distinct ones
# holds at most about 90 MB here (measured; Strawberry's default of 128 allows twice that).
CACHED_DOCUMENTS = 64

# The limits' validation rules, made once. Strawberry's limiters make a new rule class per
# instance, so limiters made per request would give every request new rules, and a verdict
# cached by (schema, document, rules) would never be found again. Every rule here judges the
# document alone (never the variables or the caller), so one verdict is right for every request.
LIMIT_RULES = (
    *QueryDepthLimiter(max_depth=MAX_DEPTH).validation_rules,
    *MaxAliasesLimiter(max_alias_count=MAX_ALIASES).validation_rules,
    QueryCostLimiter,
)

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
    # Hands on the answers built whole in SQL (api/schema/compiled.py) as they are.
    execution_context_class=CompiledAnswers,
    # Extensions are made per request (Strawberry's rule: they hold the request's state); what
    # they share across requests is made once above. The token limit works while parsing (the
    # parse cache keys on it too); a document over it fails to parse and is never cached.
    extensions=[
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        lambda: AddValidationRules(list(LIMIT_RULES)),
        lambda: ParserCache(maxsize=CACHED_DOCUMENTS),
        OneOperationOrItsName,
        # After OneOperationOrItsName, which refuses an ambiguous document before validation.
        lambda: ValidationCache(maxsize=CACHED_DOCUMENTS),
        MaskUnexpectedErrors,
        SubscriptionsOverWebSocketOnly,
    ],
)


@asynccontextmanager
async def _opened(request: Request) -> AsyncIterator[SpoorContext]:
    """The context of one HTTP request: admitted and identified, its scope closed as soon as
    the request ends, however it ends (a bare `async for` over the scopes would leave the scope,
    and its connection, to the garbage collector when an exception ends the request)."""
    database: Database = request.app.state.database
    async with aclosing(open_request(request, database, request.app.state.rates)) as scopes:
        async for scope in scopes:
            context = SpoorContext(scope, database, request_id=scope.request_id)
            context.locale = preferred_language(request.headers.get("Accept-Language"))
            context.compiled_reads = request.app.state.compiled_reads
            yield context
            return


def graphql_app(*, assets_from_cdn: bool = False) -> SpoorGraphQL:
    """GraphQL, to be routed to at /graphql; a GET from a browser opens GraphiQL (its assets
    served by Spoor, or from unpkg with `assets_from_cdn`)."""
    return SpoorGraphQL(
        schema,
        opened=_opened,
        graphql_ide="graphiql",
        subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
        ide_assets_from_cdn=assets_from_cdn,
    )
