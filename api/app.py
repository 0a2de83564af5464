"""The ASGI application: REST and GraphQL over one database."""

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.routing import APIRoute
from starlette.routing import Route, WebSocketRoute
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from api.http.assets import install_pages
from api.http.identity import RateLimiter, RateLimits
from api.http.malformed import GRAPHQL_PATH, RefuseMalformedRequests
from api.http.outage import AnswerOutagesWith503
from api.http.problems import install_problem_handlers
from api.rest import events, exports, health, report, resources
from api.schema.app import graphql_app
from api.schema.kept import SendKeptAnswers
from api.schema.response_cache import AnswerCache
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
    response_cache_bytes: int = 0,
    compiled_reads: bool = True,
    assets_from_cdn: bool = False,
) -> FastAPI:
    """Spoor's HTTP application, bound to the database at a URL, or to a Database built by the
    caller (a test's), which the caller disposes of.

    With a URL, `pool_size` connections serve every request: each request uses one at a time.
    `trusted_proxies` (addresses or networks) are the only peers whose X-Forwarded-For and
    X-Forwarded-Proto are believed; the client address that rate limits count is then the one
    they forwarded for. With `webhook_worker` (and a URL), a webhook worker runs in the
    process for as long as the application does, on connections of its own. With
    `response_cache_bytes`, GraphQL query answers are kept in that much memory
    (api/schema/response_cache.py); `spoor serve` keeps 64 MB unless SPOOR_RESPONSE_CACHE=off.
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
        # Request counts are shared with the other processes beside the requests.
        sharing = asyncio.create_task(app.state.rates.keep_sharing(connected))
        yield
        if worker is not None:
            worker.stop()
            await running
        app.state.rates.stop_sharing()
        await sharing
        if owned:
            await connected.dispose()

    app = FastAPI(
        title="Spoor",
        summary="The trail from what citizens said to what a municipality does.",
        version="0.1.0",
        lifespan=lifespan,
        generate_unique_id_function=_operation_id,
        # Served by install_pages, with assets from Spoor itself rather than a CDN.
        docs_url=None,
        redoc_url=None,
    )
    app.state.database = connected
    install_problem_handlers(app)
    graphql = graphql_app(assets_from_cdn=assets_from_cdn)
    # The process's own request counts, shared with every other process's in batches.
    app.state.rates = RateLimiter(rates or RateLimits(), clock=connected.clock)
    app.state.answers = AnswerCache(response_cache_bytes) if response_cache_bytes else None
    if app.state.answers is not None:
        # Inside the edge (added first, so innermost): kept answers go out before routing.
        app.add_middleware(
            SendKeptAnswers,
            answers=app.state.answers,
            router=graphql,
            database=connected,
            rates=app.state.rates,
        )
    # At the edge of every surface: an outage is a 503, a malformed request a 400 (or 413).
    app.add_middleware(RefuseMalformedRequests)
    app.add_middleware(AnswerOutagesWith503)
    # Off, GraphQL answers the hot shapes field by field too (api/schema/compiled.py).
    app.state.compiled_reads = compiled_reads
    # GraphQL first: routes are matched in order, and every frontend read comes this way.
    graphql_route = Route(GRAPHQL_PATH, graphql, methods=["GET", "POST"])
    graphql_route.methods = {"GET", "POST"}  # Starlette adds HEAD beside GET; GraphQL has none
    app.router.routes.append(graphql_route)
    app.router.routes.append(WebSocketRoute(GRAPHQL_PATH, graphql))
    app.include_router(health.router)
    for router in resources.ROUTERS:
        app.include_router(router)
    app.include_router(events.router)
    app.include_router(exports.router)
    app.include_router(report.router)
    install_pages(app, from_cdn=assets_from_cdn)
    if trusted_proxies:
        # Around everything installed before it, which sees the forwarded client; uvicorn is
        # told to trust no one (cli.serve), so the headers are read here and only here.
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=list(trusted_proxies))
    return app
