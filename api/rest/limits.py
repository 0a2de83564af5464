"""The rate-limit gate in front of every API request: 429 with Retry-After when over."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from fastapi import Request, Response

from api.rest.problems import problem
from api.services import limits
from api.store.database import Database

UNLIMITED_PATHS = ("/healthz", "/docs", "/openapi.json")


@dataclass(frozen=True)
class RateLimits:
    """Requests per window (a minute by default) for a key, and for an anonymous client."""

    per_key: int = 600
    per_anonymous_client: int = 120
    window_seconds: int = 60


def rate_limit_gate(
    database: Database, rates: RateLimits
) -> Callable[[Request, Callable[[Request], Awaitable[Response]]], Awaitable[Response]]:
    """An HTTP middleware that counts each request and refuses the ones over the limit."""

    async def gate(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        if request.url.path.startswith(UNLIMITED_PATHS) or request.method == "OPTIONS":
            return await call_next(request)
        client = request.client.host if request.client else "unknown"
        bucket, keyed = limits.bucket_for(request.headers.get("Authorization"), client)
        async with database.unit_of_work() as uow:
            retry_after = await limits.admit(
                uow,
                bucket=bucket,
                limit=rates.per_key if keyed else rates.per_anonymous_client,
                window_seconds=rates.window_seconds,
            )
            await uow.commit()
        if retry_after is None:
            return await call_next(request)
        refused = problem(429, "Too Many Requests", f"retry after {retry_after} seconds")
        refused.headers["Retry-After"] = str(retry_after)
        return refused

    return gate
