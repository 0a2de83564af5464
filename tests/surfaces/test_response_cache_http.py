"""What caches in front of Spoor see: GraphQL over GET answers with an ETag and honours
If-None-Match with 304, persisted queries are asked for by hash, and Cache-Control says who may
keep an answer."""

import hashlib
import json
from collections.abc import AsyncIterator

import httpx
import pytest

from api.app import create_app
from api.http.identity import RateLimits
from api.services import plans
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import SmallPlan, make_small_plan
from tests.surfaces.graphql_calls import bearer, gid, issue_key, root

GOAL = "query Goal($id: ID!) { node(id: $id) { ... on Goal { code title } } }"
RENAME = """mutation Rename($input: UpdateNodeInput!) {
  updateNode(input: $input) { __typename ... on Goal { title } }
}"""
UNLIMITED = RateLimits(per_key=10**6, per_anonymous_client=10**6)


@pytest.fixture(params=["kept", "not kept"])
async def http(
    request: pytest.FixtureRequest, database: Database
) -> AsyncIterator[httpx.AsyncClient]:
    """An application with the response cache and one without: HTTP caching works in both."""
    size = 1 << 20 if request.param == "kept" else 0
    app = create_app(database, rates=UNLIMITED, response_cache_bytes=size)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://spoor.test") as client:
        yield client


def _asked(goal: object, **more: str) -> dict[str, str]:
    return {"query": GOAL, "variables": json.dumps({"id": gid("Goal", goal)}), **more}


async def test_a_get_answer_has_an_etag_and_a_repeat_that_names_it_gets_304(
    http: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    key = (await issue_key(database, caller, ["read", "write"])).key
    first = await http.get("/graphql", params=_asked(small_plan.goal_id), headers=bearer(key))
    assert first.status_code == 200
    assert first.json()["data"]["node"]["title"] == "Wonen"
    etag = first.headers["ETag"]
    assert first.headers["Cache-Control"] == "private, no-cache"
    assert first.headers["Vary"] == "Authorization, Accept-Language"
    again = await http.get(
        "/graphql", params=_asked(small_plan.goal_id), headers=bearer(key) | {"If-None-Match": etag}
    )
    assert (again.status_code, again.content, again.headers["ETag"]) == (304, b"", etag)
    # Weakly compared, among others, as RFC 9110 asks of If-None-Match.
    listed = {"If-None-Match": f'"other", W/{etag}'}
    weak = await http.get(
        "/graphql", params=_asked(small_plan.goal_id), headers=bearer(key) | listed
    )
    assert weak.status_code == 304
    # Another question has another ETag; a POST none.
    other = await http.get(
        "/graphql", params=_asked(small_plan.action_plan_id), headers=bearer(key)
    )
    assert other.headers["ETag"] != etag
    posted = await http.post(
        "/graphql",
        json={"query": GOAL, "variables": {"id": gid("Goal", small_plan.goal_id)}},
        headers=bearer(key),
    )
    assert posted.json()["data"]["node"]["title"] == "Wonen" and "ETag" not in posted.headers


async def test_a_write_that_changes_the_answer_changes_its_etag(
    http: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        elsewhere = await make_small_plan(uow, caller, title="Ander plan")
        await uow.commit()
    key = (await issue_key(database, caller, ["read", "write"])).key
    etag = (
        await http.get("/graphql", params=_asked(small_plan.goal_id), headers=bearer(key))
    ).headers["ETag"]
    sent = bearer(key) | {"If-None-Match": etag}
    # A write the answer does not show: the tenant's version moves, the bytes and ETag do not.
    await _rename(http, key, elsewhere.goal_id, "Elders")
    assert (
        await http.get("/graphql", params=_asked(small_plan.goal_id), headers=sent)
    ).status_code == 304
    await _rename(http, key, small_plan.goal_id, "Betaalbaar wonen")
    changed = await http.get("/graphql", params=_asked(small_plan.goal_id), headers=sent)
    assert changed.status_code == 200
    assert changed.json()["data"]["node"]["title"] == "Betaalbaar wonen"
    assert changed.headers["ETag"] != etag


async def test_an_anonymous_answer_may_be_kept_by_shared_caches(
    http: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        await plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=small_plan.plan_id, status="published")
        )
        await uow.commit()
    answer = await http.get("/graphql", params=_asked(small_plan.goal_id))
    assert answer.json()["data"]["node"]["title"] == "Wonen"
    assert answer.headers["Cache-Control"] == "public, no-cache"
    again = await http.get(
        "/graphql",
        params=_asked(small_plan.goal_id),
        headers={"If-None-Match": answer.headers["ETag"]},
    )
    assert again.status_code == 304


async def test_errors_receipts_and_webhooks_carry_no_etag(
    http: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    key = (await issue_key(database, caller, ["read", "webhooks"])).key
    for query in (
        '{ plan(id: "UGxhbjow") { title } }',  # not found: an error
        '{ receipt(code: "nope") { status } }',
        "{ webhookEndpoints { edges { node { enabled } } } }",
    ):
        answer = await http.get("/graphql", params={"query": query}, headers=bearer(key))
        assert answer.status_code == 200, answer.text
        assert "ETag" not in answer.headers, (query, answer.text)


async def test_a_persisted_query_is_asked_for_by_its_hash(
    http: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    key = (await issue_key(database, caller, ["read"])).key
    digest = hashlib.sha256(GOAL.encode()).hexdigest()
    extensions = json.dumps({"persistedQuery": {"version": 1, "sha256Hash": digest}})
    by_hash = {
        "variables": json.dumps({"id": gid("Goal", small_plan.goal_id)}),
        "extensions": extensions,
    }
    unknown = await http.get("/graphql", params=by_hash, headers=bearer(key) | {"Accept": "*/*"})
    assert unknown.status_code == 200
    (error,) = unknown.json()["errors"]
    assert (error["message"], error["extensions"]["code"]) == (
        "PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND",
    )  # fmt: skip
    # The client sends the query with its hash once (as Apollo's clients do, by POST) ...
    posted = await http.post(
        "/graphql",
        json={"query": GOAL, "variables": {"id": gid("Goal", small_plan.goal_id)},
              "extensions": json.loads(extensions)},
        headers=bearer(key),
    )  # fmt: skip
    assert posted.json()["data"]["node"]["code"] == "SD1"
    # ... and from then on only the hash, over GET: answered, with an ETag.
    known = await http.get("/graphql", params=by_hash, headers=bearer(key))
    assert known.json() == posted.json()
    again = await http.get(
        "/graphql", params=by_hash, headers=bearer(key) | {"If-None-Match": known.headers["ETag"]}
    )
    assert again.status_code == 304


async def test_a_hash_that_is_not_the_querys_is_refused(http: httpx.AsyncClient) -> None:
    wrong = {"persistedQuery": {"version": 1, "sha256Hash": "0" * 64}}
    answer = await http.post("/graphql", json={"query": "{ __typename }", "extensions": wrong})
    assert answer.status_code == 400
    assert "sha256Hash" in answer.json()["errors"][0]["message"]
    for bad in ({"version": 2, "sha256Hash": "0" * 64}, {"version": 1, "sha256Hash": "xyz"}, "no"):
        answer = await http.post("/graphql", json={"extensions": {"persistedQuery": bad}})
        assert answer.status_code == 400, answer.text


async def _rename(http: httpx.AsyncClient, key: str, goal: object, title: str) -> None:
    variables = {"input": {"nodeId": gid("Goal", goal), "title": {"nl": title}}}
    assert (await root(http, RENAME, variables, key))["title"] == title
