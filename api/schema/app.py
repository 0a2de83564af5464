"""The Strawberry schema and its FastAPI router."""

from collections.abc import AsyncIterator

import strawberry
from fastapi import Request
from strawberry.extensions import MaxTokensLimiter, QueryDepthLimiter
from strawberry.fastapi import GraphQLRouter
from strawberry.tools import merge_types

from api.domain.translatable import preferred_language
from api.rest.identity import identify, request_id
from api.schema.context import SpoorContext
from api.schema.errors import MaskUnexpectedErrors
from api.schema.mutations import Mutation
from api.schema.mutations_structure import StructureMutations
from api.schema.queries import Query
from api.store.database import Database

MAX_DEPTH = 12
MAX_TOKENS = 2_000

schema = strawberry.Schema(
    query=Query,
    mutation=merge_types("Mutation", (Mutation, StructureMutations)),
    extensions=[
        lambda: QueryDepthLimiter(max_depth=MAX_DEPTH),
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        MaskUnexpectedErrors,
    ],
)


async def _context(request: Request) -> AsyncIterator[SpoorContext]:
    database: Database = request.app.state.database
    async with database.unit_of_work(as_app=True) as uow:
        rid = request_id(request)
        caller = await identify(request, uow, request_id=rid)
        await uow.act_for(caller.tenant_id if caller else None)
        context = SpoorContext(uow, caller, database, request_id=rid)
        context.locale = preferred_language(request.headers.get("Accept-Language"))
        yield context


def graphql_router() -> GraphQLRouter[SpoorContext, None]:
    """GraphQL at /graphql; a GET from a browser opens GraphiQL."""
    # A FastAPI dependency that yields is allowed here (it closes the unit of work after the
    # request), though the router's type hint names only plain and awaitable getters.
    return GraphQLRouter(
        schema,
        context_getter=_context,  # type: ignore[arg-type]
        graphql_ide="graphiql",
    )
