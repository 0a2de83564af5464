"""The response cache over HTTP: a repeated question is answered from memory, a write is seen
by the very next read, and answers are kept apart by tenant, key, plan binding, anonymity and
locale. (Under concurrent writers: test_response_cache_concurrency.py.)"""

import uuid
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest

from api.app import create_app
from api.http.identity import RateLimits
from api.services import keys, plans
from api.services.caller import Caller
from api.services.tenants import create_tenant
from api.store.database import Database
from tests.builders import SmallPlan, make_small_plan
from tests.clock import MovableClock
from tests.statements import counted_statements
from tests.surfaces.graphql_calls import bearer, data, gid, issue_key, post, root

GOAL = "query Goal($id: ID!) { node(id: $id) { ... on Goal { code title } } }"
PLANS = "{ plans { edges { node { title } } } }"
RENAME = """mutation Rename($input: UpdateNodeInput!) {
  updateNode(input: $input) { __typename ... on Goal { title } }
}"""
HOUR = timedelta(hours=1)
UNLIMITED = RateLimits(per_key=10**6, per_anonymous_client=10**6)


@pytest.fixture
async def cached(database: Database) -> AsyncIterator[httpx.AsyncClient]:
    """A client of an application that keeps answers (the `client` fixture's keeps none)."""
    app = create_app(database, rates=UNLIMITED, response_cache_bytes=1 << 20)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://spoor.test") as http:
        yield http


async def _counted(
    http: httpx.AsyncClient, query: str, variables: dict[str, object], key: str | None
) -> tuple[list[str], dict[str, object]]:
    engine = http._transport.app.state.database.engine  # type: ignore[attr-defined]
    with counted_statements(engine, ignoring="rate_window") as seen:
        found = await data(http, query, variables, key)
    return list(seen), found


async def _rename(http: httpx.AsyncClient, key: str, goal: uuid.UUID, title: str) -> None:
    variables = {"input": {"nodeId": gid("Goal", goal), "title": {"nl": title}}}
    assert (await root(http, RENAME, variables, key))["title"] == title


async def test_a_repeat_is_answered_from_the_cache_and_a_write_is_seen_by_the_next_read(
    cached: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    key = (await issue_key(database, caller, ["read", "write"])).key
    asked = {"id": gid("Goal", small_plan.goal_id)}
    await data(cached, GOAL, asked, key)  # the pool and the key's lookup warmed up
    await _rename(cached, key, small_plan.goal_id, "Wonen")  # a fresh version: a miss next
    computed, first = await _counted(cached, GOAL, asked, key)
    kept, again = await _counted(cached, GOAL, asked, key)
    assert again == first == {"node": {"code": "SD1", "title": "Wonen"}}
    # Found, not computed: one statement learns who asks and the version; the goal is not read.
    sent = [statement for statement in kept if "SAVEPOINT" not in statement]
    assert len(sent) == 1 and "spoor_key_and_head" in sent[0], kept
    assert len(kept) < len(computed), (kept, computed)
    for title in ("Betaalbaar wonen", "Wonen voor iedereen", "Wonen"):
        await _rename(cached, key, small_plan.goal_id, title)
        assert (await data(cached, GOAL, asked, key))["node"]["title"] == title


async def test_answers_with_errors_are_not_kept(
    cached: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    key = (await issue_key(database, caller, ["read"])).key
    missing = {"id": gid("Plan", uuid.uuid4())}
    query = "query P($id: ID!) { plan(id: $id) { title } }"
    for _ in range(2):
        assert (await post(cached, query, missing, key))["errors"]
    assert cached._transport.app.state.answers.hits == 0  # type: ignore[attr-defined]


async def test_tenants_keep_their_own_answers(
    cached: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    async with database.unit_of_work() as uow:
        other = Caller(tenant_id=(await create_tenant(uow, name="Buurgemeente")).id, actor="t")
        await make_small_plan(uow, caller, title="Plan hier")
        await make_small_plan(uow, other, title="Plan daar")
        await uow.commit()
    here = (await issue_key(database, caller, ["read"])).key
    there = (await issue_key(database, other, ["read"])).key
    for _ in range(2):
        assert _titles(await data(cached, PLANS, {}, here)) == ["Plan hier"]
        assert _titles(await data(cached, PLANS, {}, there)) == ["Plan daar"]


async def test_scopes_and_plan_bindings_keep_their_own_answers(
    cached: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    async with database.unit_of_work() as uow:
        first = await make_small_plan(uow, caller, title="Eerste plan")
        await make_small_plan(uow, caller, title="Tweede plan")
        await uow.commit()
    admin = (await issue_key(database, caller, ["read", "admin"], name="admin")).key
    reader = (await issue_key(database, caller, ["read"], name="reader")).key
    bound = (await issue_key(database, caller, ["read"], plan_id=first.plan_id)).key
    keys_query = "{ apiKeys { edges { node { name } } } }"
    for _ in range(2):
        assert _titles(await data(cached, PLANS, {}, reader)) == ["Eerste plan", "Tweede plan"]
        assert _titles(await data(cached, PLANS, {}, bound)) == ["Eerste plan"]
        names = await data(cached, keys_query, {}, admin)
        assert [edge["node"]["name"] for edge in names["apiKeys"]["edges"]] == [
            "admin", "reader", "cms",
        ]  # fmt: skip
        # The same tenant and question, a key without the admin scope: refused, not served.
        assert (await post(cached, keys_query, {}, reader))["errors"]


async def test_anonymous_readers_and_keys_keep_their_own_answers(
    cached: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    async with database.unit_of_work() as uow:
        public = await make_small_plan(uow, caller, title="Gepubliceerd plan")
        await make_small_plan(uow, caller, title="Ontwerp")
        await plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=public.plan_id, status="published")
        )
        await uow.commit()
    key = (await issue_key(database, caller, ["read", "write"])).key
    for _ in range(2):
        assert _titles(await data(cached, PLANS, {}, None)) == ["Gepubliceerd plan"]
        assert _titles(await data(cached, PLANS, {}, key)) == ["Gepubliceerd plan", "Ontwerp"]
    # A write to the published plan's tenant is seen by the next anonymous read too.
    asked = {"id": gid("Goal", public.goal_id)}
    assert (await data(cached, GOAL, asked, None))["node"]["title"] == "Wonen"
    await _rename(cached, key, public.goal_id, "Betaalbaar wonen")
    assert (await data(cached, GOAL, asked, None))["node"]["title"] == "Betaalbaar wonen"


async def test_locales_keep_their_own_answers(
    cached: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    key = (await issue_key(database, caller, ["read", "write"])).key
    titles = {"nl": "Wonen", "en": "Housing", "fr": "Logement"}
    variables = {"input": {"nodeId": gid("Goal", small_plan.goal_id), "title": titles}}
    await root(cached, RENAME, variables, key)
    asked = {"query": GOAL, "variables": {"id": gid("Goal", small_plan.goal_id)}}
    for _ in range(2):
        for language, title in [("en", "Housing"), ("fr-BE,fr;q=0.9", "Logement"), (None, "Wonen")]:
            headers = bearer(key) | ({"Accept-Language": language} if language else {})
            answer = await cached.post("/graphql", json=asked, headers=headers)
            assert answer.json()["data"]["node"]["title"] == title


async def test_the_switch_turns_the_cache_off(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    assert client._transport.app.state.answers is None  # type: ignore[attr-defined]
    key = (await issue_key(database, caller, ["read"])).key
    asked = {"id": gid("Goal", small_plan.goal_id)}
    await data(client, GOAL, asked, key)
    for _ in range(2):
        seen, _ = await _counted(client, GOAL, asked, key)
        # The goal is read every time, and no version is asked for.
        assert any("FROM node" in statement for statement in seen), seen
        assert not any("event_head" in statement for statement in seen), seen


async def test_a_kept_answer_is_not_sent_to_a_key_that_has_expired_since(
    cached: httpx.AsyncClient,
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    clock: MovableClock,
) -> None:
    async with database.unit_of_work() as uow:
        command = keys.CreateKey(name="cms", scopes=("read",), expires_at=clock() + HOUR)
        key = (await keys.create_key(uow, caller, command)).key
        await uow.commit()
    asked = {"id": gid("Goal", small_plan.goal_id)}
    for _ in range(2):
        assert (await data(cached, GOAL, asked, key))["node"]["code"] == "SD1"
    assert cached._transport.app.state.answers.hits == 1  # type: ignore[attr-defined]
    clock.advance(2 * HOUR)  # no event: the version is the same, the key is not
    refused = await cached.post(
        "/graphql", json={"query": GOAL, "variables": asked}, headers=bearer(key)
    )
    assert refused.status_code == 401, refused.text


async def test_a_kept_answer_counts_against_the_rate_limit(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    app = create_app(database, rates=RateLimits(per_key=3), response_cache_bytes=1 << 20)
    key = (await issue_key(database, caller, ["read"])).key
    asked = {"query": GOAL, "variables": {"id": gid("Goal", small_plan.goal_id)}}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://spoor.test") as http:
        answers = [await http.post("/graphql", json=asked, headers=bearer(key)) for _ in range(4)]
    assert [answer.status_code for answer in answers] == [200, 200, 200, 429]
    assert app.state.answers.hits == 3  # the fourth was found too, and refused
    assert int(answers[-1].headers["Retry-After"]) > 0


def _titles(found: dict[str, object]) -> list[str]:
    edges = found["plans"]["edges"]  # type: ignore[index]
    return [edge["node"]["title"] for edge in edges]
