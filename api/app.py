"""The ASGI application: REST and GraphQL over one database."""

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.routing import APIRoute
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from api.http.identity import RateLimits
from api.http.malformed import RefuseMalformedRequests
from api.http.outage import AnswerOutagesWith503
from api.http.problems import install_problem_handlers
from api.rest import events, exports, health, resources
from api.schema.app import graphql_router
from api.settings import Settings
from api.store.database import Database
from api.webhooks.guard import Guard
from api.webhooks.worker import Worker


def _operation_id(route: APIRoute) -> str:
    # Clean method names for clients generated from openapi.json.
    return route.name


def create_app(
    database: str | Database,
    *,
    rates: RateLimits | None = None,
    pool_size: int = 10,
    trusted_proxies: Sequence[str] = (),
    webhook_worker: bool = False,
) -> FastAPI:
    """Spoor's HTTP application, bound to the database at a URL, or to a Database built by the
    caller (a test's), which the caller disposes of.

    With a URL, `pool_size` connections serve every request: each request uses one at a time.
    `trusted_proxies` (addresses or networks) are the only peers whose X-Forwarded-For and
    X-Forwarded-Proto are believed; the client address that rate limits count is then the one
    they forwarded for. With `webhook_worker` (and a URL), a webhook worker runs in the
    process for as long as the application does, on connections of its own.
    """
    owned = isinstance(database, str)
    connected = (
        Database.connect(database, pool_size=pool_size) if isinstance(database, str) else database
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        worker = None
        if webhook_worker and isinstance(database, str):
            worker = Worker.connect(database, guard=Guard.from_settings(Settings()))
            running = asyncio.create_task(worker.run())
        yield
        if worker is not None:
            worker.stop()
            await running
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
    # At the edge of every surface: an outage is a 503, a malformed request a 400 (or 413).
    app.add_middleware(RefuseMalformedRequests)
    app.add_middleware(AnswerOutagesWith503)
    app.state.rates = rates or RateLimits()
    app.include_router(health.router)
    for router in resources.ROUTERS:
        app.include_router(router)
    app.include_router(events.router)
    app.include_router(exports.router)
    app.include_router(graphql_router(), prefix="/graphql", include_in_schema=False)
    if trusted_proxies:
        # Around everything installed before it, which sees the forwarded client; uvicorn is
        # told to trust no one (cli.serve), so the headers are read here and only here.
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=list(trusted_proxies))
    return app
