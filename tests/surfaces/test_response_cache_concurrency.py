"""The response cache under concurrent writers: several tasks write while others read, over
HTTP, on real connections of their own, and every read shows at least every write that was
committed before it started."""

import asyncio

import httpx
import pytest

from api.app import create_app
from api.http.identity import RateLimits
from api.services import actions
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import make_small_plan
from tests.surfaces.graphql_calls import bearer, gid, issue_key

pytestmark = pytest.mark.committed  # writers and readers on connections of their own

WRITERS = 3
READERS = 3
WRITES = 12  # per writer: progress 1, 2, … WRITES on an action of its own
PROGRESS = """mutation Progress($id: ID!, $progress: Int!) {
  setProgress(input: {actionId: $id, progress: $progress}) { __typename }
}"""
READ = """query Actions($a: ID!, $b: ID!, $c: ID!) {
  a: node(id: $a) { ... on Action { progress } }
  b: node(id: $b) { ... on Action { progress } }
  c: node(id: $c) { ... on Action { progress } }
}"""


async def test_every_read_shows_the_writes_committed_before_it_started(
    database: Database, caller: Caller
) -> None:
    async with database.unit_of_work() as uow:
        small = await make_small_plan(uow, caller)
        owned = [small.action_id]
        for n in range(WRITERS - 1):
            made = await actions.create_action(
                uow,
                caller,
                actions.CreateAction(plan_id=small.plan_id, code=f"A{n}", title="Actie"),
            )
            owned.append(made.id)
        await uow.commit()
    key = (await issue_key(database, caller, ["read", "write"])).key
    app = create_app(
        database,
        rates=RateLimits(per_key=10**6, per_anonymous_client=10**6),
        response_cache_bytes=1 << 20,
    )
    ids = dict(zip("abc", (gid("Action", action) for action in owned), strict=True))
    # What each writer has seen committed (its answer came back), and each read's findings.
    committed = dict.fromkeys("abc", 0)
    checked: list[tuple[dict[str, int], dict[str, int]]] = []
    writing = True

    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://spoor.test", timeout=60
    ) as http:

        async def write(alias: str) -> None:
            for progress in range(1, WRITES + 1):
                answer = await http.post(
                    "/graphql",
                    json={"query": PROGRESS, "variables": {"id": ids[alias], "progress": progress}},
                    headers=bearer(key),
                )
                assert answer.json()["data"]["setProgress"]["__typename"] == "Action", answer.text
                committed[alias] = progress
                await asyncio.sleep(0.005)  # room for reads that find a kept answer

        async def read() -> None:
            while writing:
                before = dict(committed)
                answer = await http.post(
                    "/graphql", json={"query": READ, "variables": ids}, headers=bearer(key)
                )
                found = answer.json()["data"]
                checked.append((before, {alias: found[alias]["progress"] for alias in ids}))

        readers = [asyncio.create_task(read()) for _ in range(READERS)]
        await asyncio.gather(*(write(alias) for alias in ids))
        writing = False
        await asyncio.gather(*readers)
        await read_once_more(http, ids, key, checked)

    stale = [(before, seen) for before, seen in checked if any(seen[a] < before[a] for a in ids)]
    assert stale == [], stale[:3]
    assert checked[-1][1] == dict.fromkeys("abc", WRITES)
    answers = app.state.answers
    # Both roads were taken: answers found and answers computed.
    assert answers.hits > 0 and answers.misses > 0, (answers.hits, answers.misses)


async def read_once_more(
    http: httpx.AsyncClient,
    ids: dict[str, str],
    key: str,
    checked: list[tuple[dict[str, int], dict[str, int]]],
) -> None:
    """A read after every writer is done, twice (computed, then found): the last writes."""
    for _ in range(2):
        answer = await http.post(
            "/graphql", json={"query": READ, "variables": ids}, headers=bearer(key)
        )
        found = answer.json()["data"]
        checked.append((dict.fromkeys(ids, WRITES), {a: found[a]["progress"] for a in ids}))
