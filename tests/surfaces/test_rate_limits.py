"""Rate limits per key and per anonymous client: 429 with Retry-After, counted in PostgreSQL."""

from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest

from api.app import create_app
from api.http.identity import RateLimits
from api.store.database import Database
from tests.clock import MovableClock

QUERY = {"query": "{ plans { totalCount } }"}


@pytest.fixture
async def limited(database: Database) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(
        database, rates=RateLimits(per_key=5, per_anonymous_client=3, window_seconds=3600)
    )
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://spoor.test") as http:
        yield http


async def test_an_anonymous_client_is_slowed_down(
    limited: httpx.AsyncClient, clock: MovableClock
) -> None:
    statuses = [(await limited.post("/graphql", json=QUERY)).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = await limited.post("/graphql", json=QUERY)
    assert refused.status_code == 429
    assert refused.headers["content-type"] == "application/problem+json"
    assert 1 <= int(refused.headers["Retry-After"]) <= 3600
    assert refused.json()["status"] == 429
    # Health checks are never limited.
    assert (await limited.get("/healthz")).status_code == 200
    # Once the window has passed, the client may call again.
    clock.advance(timedelta(seconds=int(refused.headers["Retry-After"])))
    assert (await limited.post("/graphql", json=QUERY)).status_code == 200


async def test_unknown_keys_count_against_their_client(limited: httpx.AsyncClient) -> None:
    # Guessing keys is slowed down like any anonymous client (see test_rate_limit_evasion.py).
    guess = {"Authorization": "Bearer spk_guess"}
    statuses = [
        (await limited.post("/graphql", json=QUERY, headers=guess)).status_code for _ in range(4)
    ]
    assert statuses == [401] * 3 + [429]
    assert (await limited.post("/graphql", json=QUERY)).status_code == 429
