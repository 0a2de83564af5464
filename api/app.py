"""The ASGI application: REST and GraphQL over one database."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.routing import APIRoute

from api.http.identity import RateLimits
from api.http.problems import install_problem_handlers
from api.rest import health
from api.schema.app import graphql_router
from api.store.database import Database


def _operation_id(route: APIRoute) -> str:
    # Clean method names for clients generated from openapi.json.
    return route.name


def create_app(
    database: str | Database, *, rates: RateLimits | None = None, pool_size: int = 10
) -> FastAPI:
    """Spoor's HTTP application, bound to the database at a URL, or to a Database built by the
    caller (a test's), which the caller disposes of.

    With a URL, `pool_size` connections serve every request: each request uses one at a time.
    """
    owned = isinstance(database, str)
    connected = (
        Database.connect(database, pool_size=pool_size) if isinstance(database, str) else database
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            await connected.dispose()

    app = FastAPI(
        title="Spoor",
        summary="The trail from what citizens said to what a municipality does.",
        version="0.1.0",
        lifespan=lifespan,
        generate_unique_id_function=_operation_id,
    )
    app.state.database = connected
    install_problem_handlers(app)
    app.state.rates = rates or RateLimits()
    app.include_router(health.router)
    app.include_router(graphql_router(), prefix="/graphql", include_in_schema=False)
    return app
