"""The floor of the read scenarios, served: each answer from ONE hand-written SQL statement over
asyncpg, sent as the JSON PostgreSQL built, by a bare Starlette app in a process of its own
(`python -m bench.floor_server`, which `floor_serving` starts).

No ORM, no GraphQL, no authentication, no rate limit: what Spoor costs beyond this is what its
layers cost. Like `bench.floor`, the connection is the database owner's (row-level security does
not apply) and the JSON has the GraphQL answer's shape: connections as `{edges: [{node}]}`, enum
values as their GraphQL names, titles in Dutch (what Spoor answers when no locale is asked).
Lists are ordered as Spoor orders them, by code; the answer holds every item, where GraphQL
pages, so a comparison would show a page that cut one off.
"""

import os
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass

import asyncpg
import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from api.store.database import plain_url

# Connections per pool, as Spoor's default SPOOR_DATABASE_POOL_SIZE; each scenario uses one pool.
POOL_SIZE = 10
URL_VARIABLE = "SPOOR_BENCH_FLOOR_DATABASE_URL"
PORT_VARIABLE = "SPOOR_BENCH_FLOOR_PORT"

# The actions under some action plans, by code: the JSON of `actions { edges { node { … } } }`.
ACTIONS = """
SELECT l.source_id AS parent, json_agg(json_build_object('node', json_build_object(
    'code', n.code, 'title', n.title ->> 'nl', 'status', upper(a.status), 'progress', a.progress
)) ORDER BY n.code, n.created_at) AS j
FROM link l
JOIN node n ON n.tenant_id = l.tenant_id AND n.id = l.target_id
JOIN action a ON a.tenant_id = n.tenant_id AND a.id = n.id
WHERE l.tenant_id = $1 AND l.source_kind = 'action_plan' AND l.target_kind = 'action'
"""

# The goal detail page: a goal, its action plans, their actions.
GOAL_PAGE = f"""
WITH plans AS (
    SELECT n.id, n.code, n.title, n.created_at
    FROM link l JOIN node n ON n.tenant_id = l.tenant_id AND n.id = l.target_id
    WHERE l.tenant_id = $1 AND l.source_id = $2 AND l.target_kind = 'action_plan'
),
actions AS ({ACTIONS} AND l.source_id IN (SELECT id FROM plans) GROUP BY l.source_id)
SELECT json_build_object('data', json_build_object('node', json_build_object(
    'code', g.code, 'title', g.title ->> 'nl',
    'actionPlans', json_build_object('edges', coalesce((
        SELECT json_agg(json_build_object('node', json_build_object(
            'code', p.code, 'title', p.title ->> 'nl',
            'actions', json_build_object('edges', coalesce(a.j, '[]'::json))
        )) ORDER BY p.code, p.created_at)
        FROM plans p LEFT JOIN actions a ON a.parent = p.id
    ), '[]'::json))
)))
FROM node g WHERE g.tenant_id = $1 AND g.id = $2 AND g.kind = 'goal'
"""

# The plan's structure: every goal, its action plans, their actions.
STRUCTURE = f"""
WITH actions AS ({ACTIONS} AND l.plan_id = $2 GROUP BY l.source_id),
action_plans AS (
    SELECT l.source_id AS parent, json_agg(json_build_object('node', json_build_object(
        'code', n.code, 'title', n.title ->> 'nl',
        'actions', json_build_object('edges', coalesce(a.j, '[]'::json))
    )) ORDER BY n.code, n.created_at) AS j
    FROM link l
    JOIN node n ON n.tenant_id = l.tenant_id AND n.id = l.target_id
    LEFT JOIN actions a ON a.parent = n.id
    WHERE l.tenant_id = $1 AND l.plan_id = $2
      AND l.source_kind = 'goal' AND l.target_kind = 'action_plan'
    GROUP BY l.source_id
)
SELECT json_build_object('data', json_build_object('plan', json_build_object(
    'goals', json_build_object('edges', coalesce(json_agg(json_build_object('node',
        json_build_object(
            'code', g.code, 'title', g.title ->> 'nl',
            'actionPlans', json_build_object('edges', coalesce(p.j, '[]'::json))
        )) ORDER BY g.code, g.created_at), '[]'::json))
)))
FROM node g LEFT JOIN action_plans p ON p.parent = g.id
WHERE g.tenant_id = $1 AND g.plan_id = $2 AND g.kind = 'goal'
"""


async def _keep_session(connection: asyncpg.Connection) -> None:
    """Nothing to reset: the floor never changes a session's state, and asyncpg's own reset on
    release would be a second statement per request."""


def create_floor(url: str) -> Starlette:
    """The floor app on the database at `url`."""
    pools: dict[str, asyncpg.Pool] = {}

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        # Two pools, each statement planned as suits it, without a statement per request to say
        # so: after five runs PostgreSQL plans a prepared statement once for any parameters, and
        # that generic plan of the structure (blind to how few of the tenant's links are the
        # plan's) costs five times the CPU of one made for the ids given; the goal page's generic
        # plan is already its best, and planning it anew would cost more than running it.
        for name, settings in (
            ("generic", {}),
            ("custom", {"plan_cache_mode": "force_custom_plan"}),
        ):
            pools[name] = await asyncpg.create_pool(
                plain_url(url),
                min_size=POOL_SIZE,
                max_size=POOL_SIZE,
                reset=_keep_session,
                server_settings=settings,
            )
        yield
        for pool in pools.values():
            await pool.close()

    async def answer(pool: str, statement: str, first: str, second: str) -> Response:
        # asyncpg hands json over as the text PostgreSQL wrote: sent on as it is.
        text = await pools[pool].fetchval(statement, uuid.UUID(first), uuid.UUID(second))
        if text is None:
            return PlainTextResponse("not found", status_code=404)
        return Response(text, media_type="application/json")

    async def goal_page(request: Request) -> Response:
        params = request.path_params
        return await answer("generic", GOAL_PAGE, params["tenant"], params["goal"])

    async def structure(request: Request) -> Response:
        params = request.path_params
        return await answer("custom", STRUCTURE, params["tenant"], params["plan"])

    async def healthz(_: Request) -> Response:
        return PlainTextResponse("ok")

    return Starlette(
        routes=[
            Route("/goal/{tenant}/{goal}", goal_page),
            Route("/structure/{tenant}/{plan}", structure),
            Route("/healthz", healthz),
        ],
        lifespan=lifespan,
    )


@dataclass(frozen=True)
class Floor:
    """A running floor: where it listens, and its process."""

    base: str
    pid: int


@contextmanager
def floor_serving(url: str, port: int) -> Iterator[Floor]:
    """The floor in a child process on the loopback `port`, stopped at the end."""
    env = {**os.environ, URL_VARIABLE: url, PORT_VARIABLE: str(port)}
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.floor_server"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                assert process.stderr is not None
                raise RuntimeError("the floor stopped: " + process.stderr.read().decode()[-2000:])
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
            time.sleep(0.1)
        yield Floor(base, process.pid)
    finally:
        if process.poll() is None:
            process.terminate()
        process.wait(timeout=20)


def main() -> None:
    """Serve the floor as the environment says, until stopped."""
    import uvicorn

    app = create_floor(os.environ[URL_VARIABLE])
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ[PORT_VARIABLE]), log_level="warning")


if __name__ == "__main__":
    main()
