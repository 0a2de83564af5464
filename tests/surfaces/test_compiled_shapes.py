"""Compiled hot shapes answer exactly as the generic resolvers do, in one statement.

Every request here goes to two applications over the same database: one that builds the plan's
structure and a node's subtree whole in SQL (api/schema/compiled.py), one with that turned off,
which resolves every field in Python. Their answers must be the same, key for key and in the
same order, errors included: on the demo plan and on random plans, for a keyed and an
anonymous caller, in several languages, page by page.
"""

import base64
import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import httpx
import pytest
from sqlalchemy import text

from api.app import create_app
from api.demo.loader import DEMO_ADMIN_KEY, load_demo
from api.http.identity import RateLimits
from api.services.caller import Caller
from api.store.database import Database
from tests.statements import counted_statements
from tests.surfaces.compiled_queries import (
    ACTIONS,
    BEYOND,
    ERRORS,
    FRAGMENTS,
    ORIGINS,
    PLANS,
    STRUCTURE,
    SUBTREE,
    Json,
)
from tests.surfaces.graphql_calls import bearer, gid, issue_key
from tests.surfaces.random_plans import RandomPlan, random_plan

UNLIMITED = RateLimits(per_key=10**6, per_anonymous_client=10**6)
LANGUAGES = (None, "en", "fr-BE, de;q=0.8")
# What tells the compiled statement from the generic reads.
COMPILED = "c0_rows"


@dataclass
class Twins:
    """The application twice, with compiled shapes and without, over one database."""

    compiled: httpx.AsyncClient
    generic: httpx.AsyncClient
    database: Database

    async def same(
        self, query: str, variables: Json, key: str | None, language: str | None = None
    ) -> tuple[Json, int]:
        """The one answer both give (asserted), and how many compiled statements made it."""
        headers = bearer(key) | ({"Accept-Language": language} if language else {})
        body = {"query": query, "variables": variables}
        with counted_statements(self.database.engine) as seen:
            fast = await self.compiled.post("/graphql", json=body, headers=headers)
        slow = await self.generic.post("/graphql", json=body, headers=headers)
        assert (fast.status_code, json.dumps(fast.json())) == (
            slow.status_code, json.dumps(slow.json()),
        ), (query, variables, key, language)  # fmt: skip
        return fast.json(), sum(COMPILED in statement for statement in seen)


@pytest.fixture
async def twins(database: Database) -> AsyncIterator[Twins]:
    apps = [create_app(database, rates=UNLIMITED, compiled_reads=on) for on in (True, False)]
    clients = [
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://spoor.test")
        for app in apps
    ]
    yield Twins(clients[0], clients[1], database)
    for client in clients:
        await client.aclose()


def edges(connection: Json) -> list[Json]:
    return [edge["node"] for edge in connection["edges"]]


async def every_page(
    twins: Twins, query: str, variables: Json, key: str | None, path: tuple[str, ...]
) -> list[Json]:
    """Each page of the connection at `path`, `first` at a time, following endCursor; the
    answers checked equal page by page, each built by the compiled statement."""
    pages, after = [], None
    while True:
        found, compiled = await twins.same(query, {**variables, "after": after}, key)
        assert compiled == 1, (query, variables)
        connection = found["data"]
        for step in path:
            connection = connection[step]
        pages.append(connection)
        if not connection["pageInfo"]["hasNextPage"]:
            return pages
        after = connection["pageInfo"]["endCursor"]


def callers(key: str) -> Iterator[tuple[str | None, str | None]]:
    for language in LANGUAGES:
        yield key, language
    yield None, None
    yield None, "de"


async def same_everywhere(twins: Twins, plan_id: str, goal_ids: list[str], key: str) -> None:
    """Every compiled shape on one plan, for each caller and language, page by page."""
    plan = {"id": plan_id}
    for caller_key, language in callers(key):
        for query in (STRUCTURE, ORIGINS, FRAGMENTS):
            for variables in ({"first": 100}, {"first": 3, "locale": "EN"}, {"first": 0}):
                found, compiled = await twins.same(
                    query, {**plan, **variables}, caller_key, language
                )
                assert compiled == 1 and found["data"]["plan"] is not None, found
        for goal_id in goal_ids:
            node, compiled = await twins.same(
                SUBTREE, {"id": goal_id, "first": 20, "locale": "FR"}, caller_key, language
            )
            assert compiled == 1 and node["data"]["node"]["actionPlans"] is not None
    pages = await every_page(twins, STRUCTURE, {**plan, "first": 2}, key, ("plan", "goals"))
    assert sum(len(page["edges"]) for page in pages) == pages[0]["totalCount"]
    for goal_id in goal_ids:
        await every_page(twins, SUBTREE, {"id": goal_id, "first": 1}, None, ("node", "actionPlans"))


async def test_the_demo_plan_compiled_is_the_demo_plan_resolved(twins: Twins) -> None:
    async with twins.database.unit_of_work() as uow:
        demo = await load_demo(uow)
        await uow.commit()
    plan_id = gid("Plan", demo.plan_id)
    found, _ = await twins.same(STRUCTURE, {"id": plan_id, "first": 100}, DEMO_ADMIN_KEY)
    goals = edges(found["data"]["plan"]["goals"])
    assert len(goals) == 5 and sum(len(edges(g["actionPlans"])) for g in goals) == 8
    await same_everywhere(twins, plan_id, [goal["id"] for goal in goals], DEMO_ADMIN_KEY)
    plans = edges(found["data"]["plan"]["goals"])[0]["actionPlans"]
    action_plan = edges(plans)[0]["id"]
    for key in (DEMO_ADMIN_KEY, None):
        pages = await every_page(
            twins, ACTIONS, {"id": action_plan, "first": 1}, key, ("node", "actions")
        )
        assert len(pages) == pages[0]["totalCount"] >= 2


@pytest.mark.parametrize("seed", [7, 42, 2024])
async def test_a_random_plan_compiled_is_the_plan_resolved(
    twins: Twins, caller: Caller, seed: int
) -> None:
    async with twins.database.unit_of_work() as uow:
        made = await random_plan(uow, caller, seed)
        await uow.commit()
    key = (await issue_key(twins.database, caller, ["read"])).key
    goal_ids = [gid("Goal", goal) for goal in made.goals]
    await same_everywhere(twins, gid("Plan", made.plan_id), goal_ids, key)


async def test_a_cursor_of_a_whole_second_is_written_as_python_writes_it(
    twins: Twins, caller: Caller
) -> None:
    async with twins.database.unit_of_work() as uow:
        made = await random_plan(uow, caller, 9)
        # Made in the same second, so that order falls to the codes; no fraction to write.
        await uow.session.execute(
            text("UPDATE node SET created_at = date_trunc('second', now()) WHERE plan_id = :plan"),
            {"plan": made.plan_id},
        )
        await uow.commit()
    key = (await issue_key(twins.database, caller, ["read"])).key
    variables = {"id": gid("Plan", made.plan_id), "first": 2}
    pages = await every_page(twins, STRUCTURE, variables, key, ("plan", "goals"))
    moment, _ = json.loads(base64.urlsafe_b64decode(pages[0]["pageInfo"]["endCursor"]))
    assert "." not in moment, moment
    for goal in made.goals:
        await every_page(twins, SUBTREE, {"id": gid("Goal", goal), "first": 1}, key,
                         ("node", "actionPlans"))  # fmt: skip


async def test_what_a_caller_may_not_read_stays_unread(twins: Twins, caller: Caller) -> None:
    async with twins.database.unit_of_work() as uow:
        draft = await random_plan(uow, caller, 5, published=False)
        other = await random_plan(uow, caller, 6)
        await uow.commit()
    key = (await issue_key(twins.database, caller, ["read"])).key
    bound = (await issue_key(twins.database, caller, ["read"], plan_id=other.plan_id)).key
    for plan, who in ((draft, None), (draft, bound)):
        found, compiled = await twins.same(STRUCTURE, {"id": gid("Plan", plan.plan_id)}, who)
        assert found["data"] is None and compiled == 0
        goal = {"id": gid("Goal", plan.goals[0]), "first": 5}
        found, compiled = await twins.same(SUBTREE, goal, who)
        assert found["data"]["node"] is None and compiled == 0
    found, _ = await twins.same(STRUCTURE, {"id": gid("Plan", draft.plan_id)}, key)
    assert found["data"]["plan"]["goals"]["totalCount"] == len(draft.goals)
    for who, readable in ((key, 2), (bound, 1), (None, 1)):
        found, compiled = await twins.same(PLANS, {}, who)
        assert (found["data"]["plans"]["totalCount"], compiled) == (readable, 1), found


async def test_selections_beyond_the_shapes_and_refused_pages_answer_as_before(
    twins: Twins, caller: Caller
) -> None:
    async with twins.database.unit_of_work() as uow:
        made = await random_plan(uow, caller, 11)
        await uow.commit()
    key = (await issue_key(twins.database, caller, ["read"])).key
    plan = {"id": gid("Plan", made.plan_id), "goal": gid("Goal", made.goals[0])}
    for query, statements in BEYOND:
        found, compiled = await twins.same(query, plan, key)
        assert "errors" not in found and compiled == statements, (found, compiled)
    first, _ = await twins.same(STRUCTURE, {"id": plan["id"], "first": 1}, key)
    cursor = first["data"]["plan"]["goals"]["pageInfo"]["endCursor"]
    for query, variables in ERRORS:
        given = {"cursor": cursor} if "$cursor" in query else {}
        found, compiled = await twins.same(query, {**plan, **given, **variables}, key)
        assert found.get("errors") and compiled <= 1, found


async def test_the_statements_do_not_grow_with_the_answer(twins: Twins, caller: Caller) -> None:
    async with twins.database.unit_of_work() as uow:
        small = await random_plan(uow, caller, 3, size=2)
        large = await random_plan(uow, caller, 4, size=12)
        await uow.commit()
    key = (await issue_key(twins.database, caller, ["read"])).key
    counts = []
    for made in (small, small, large):
        variables = {"id": gid("Plan", made.plan_id), "first": 100}
        with counted_statements(twins.database.engine, ignoring="rate_window") as seen:
            response = await twins.compiled.post(
                "/graphql", json={"query": ORIGINS, "variables": variables}, headers=bearer(key)
            )
        assert "errors" not in response.json()
        counts.append(len(seen))
    assert counts[1] == counts[2], counts  # the first warmed the connection up
    assert _sizes(small) < _sizes(large)


def _sizes(made: RandomPlan) -> tuple[int, int, int]:
    return len(made.goals), len(made.action_plans), len(made.actions)
