"""Who reaches what, over the whole schema: anonymous readers, read-only keys, a key of another
municipality and a key bound to another plan; every mutation of the guard's table is tried."""

from datetime import UTC, datetime

import httpx

from api.services import keys, plans
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import make_small_plan, snapshot
from tests.surfaces.graphql_calls import World, build_world, gid, issue_key, post, root
from tests.surfaces.graphql_mutation_calls import MUTATIONS

# What each kind of item is, for node(id) and the reads below: (type, World attribute).
ITEMS = [
    ("Plan", "plan"), ("Input", "input"), ("Finding", "finding"), ("Theme", "theme"),
    ("Goal", "goal"), ("ActionPlan", "action_plan"), ("Action", "action"),
    ("Link", "input_link"), ("Moment", "moment"), ("Actor", "actor"),
]  # fmt: skip
NODE = "query N($id: ID!) { node(id: $id) { __typename id } }"
PLAN = "query P($id: ID!) { plan(id: $id) { id title } }"
AS_OF = "query P($id: ID!, $at: DateTime!) { plan(id: $id, asOf: $at) { id title } }"
TRAIL = """
query T($id: ID!, $at: DateTime!) { plan(id: $id, asOf: $at) { trail { asOf state } } }
"""
HISTORY = "query H($id: ID!) { history(id: $id) { totalCount edges { node { type } } } }"
TRACE = "query T($id: ID!) { trace(id: $id, direction: FORWARD) { id } }"
PLANS = "{ plans { totalCount pageInfo { hasNextPage } edges { cursor node { id } } } }"
PLAN_LOG = """
query Log($id: ID!) { plan(id: $id) { events { totalCount } trail { nodes { id } } } }
"""


async def _mutate_all(
    client: httpx.AsyncClient, world: World, key: str | None, skip: set[str] = frozenset()
) -> dict[str, str]:
    """The __typename each mutation of the table answers with, called with `key`."""
    found = {}
    for name, call in MUTATIONS.items():
        if name not in skip:
            variables = {**call.variables(world), "reason": "poging"}
            found[name] = (await root(client, call.document, variables, key))["__typename"]
    return found


async def _refused(client: httpx.AsyncClient, query: str, variables: dict, key: str | None) -> str:
    body = await post(client, query, variables, key)
    assert body["data"] is None and body.get("errors"), (query, variables, body)
    message: str = body["errors"][0]["message"]
    assert "Unexpected" not in message, body
    return message


async def _reads_nothing(
    client: httpx.AsyncClient,
    world: World,
    key: str | None,
    *,
    but: tuple[str, ...] = (),
    history: bool = True,
) -> None:
    """Nothing of the World reaches the caller: not by id, not by plan, history or trace."""
    now = {"id": gid("Plan", world.plan), "at": datetime.now(UTC).isoformat()}
    for kind, attr in ITEMS:
        item = gid(kind, getattr(world, attr))
        if kind not in but:
            assert await root(client, NODE, {"id": item}, key) is None, kind
        if history:
            await _refused(client, HISTORY, {"id": item}, key)
        if kind not in ("Plan", "Link", "Moment", "Actor"):
            await _refused(client, TRACE, {"id": item}, key)
    for query in (PLAN, AS_OF, TRAIL, PLAN_LOG):
        await _refused(client, query, now, key)
    edges = (await root(client, PLANS, key=key))["edges"]
    assert now["id"] not in [edge["node"]["id"] for edge in edges]


async def test_anonymous_and_read_only_callers_change_nothing(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    before = await snapshot(database)
    for key in (None, world.reader):
        answers = await _mutate_all(client, world, key)
        assert set(answers.values()) == {"ForbiddenError"}, answers
    assert await snapshot(database) == before


async def test_anonymous_readers_see_nothing_of_a_draft_plan(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    now = {"id": gid("Plan", world.plan), "at": datetime.now(UTC).isoformat()}
    assert "no plan" in await _refused(client, PLAN, now, None)
    for kind, attr in ITEMS:
        assert await root(client, NODE, {"id": gid(kind, getattr(world, attr))}) is None, kind
    assert await root(client, PLANS) == {
        "totalCount": 0, "pageInfo": {"hasNextPage": False}, "edges": []
    }  # fmt: skip
    await _refused(client, TRACE, {"id": gid("Input", world.input)}, None)


READ_ALL = """
query Published($id: ID!) {
  plan(id: $id) {
    title status goals { edges { node { code actionPlans { edges { node { code } } } } } }
    findings { totalCount }
    themes(allLevels: true) { totalCount } moments { totalCount } inputs { totalCount }
    coverage { totalInputs reachedInputs }
  }
}
"""


async def test_anonymous_readers_of_a_published_plan_read_its_structure_but_not_its_log(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    async with database.unit_of_work() as uow:
        await plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=world.plan, status="published")
        )
        await uow.commit()
    plan = gid("Plan", world.plan)
    found = await root(client, READ_ALL, {"id": plan})
    goal = found["goals"]["edges"][0]["node"]
    assert (found["status"], goal["code"]) == ("PUBLISHED", "SD1")
    assert goal["actionPlans"]["edges"] == [{"node": {"code": "AP1.1"}}]
    counts = [found[part]["totalCount"] for part in ("findings", "themes", "moments", "inputs")]
    assert counts == [1, 2, 2, 2]
    assert found["coverage"] == {"totalInputs": 2, "reachedInputs": 1}
    for kind, attr in ITEMS:
        shown = await root(client, NODE, {"id": gid(kind, getattr(world, attr))})
        # Moments are public with their plan; an actor only once it carries a published action
        # (test_personal_names.py), and this one carries none.
        assert (shown is None) == (kind == "Actor"), kind
    assert await root(client, TRACE, {"id": gid("Input", world.input)})
    now = {"id": plan, "at": datetime.now(UTC).isoformat()}
    for query, variables in [
        (HISTORY, {"id": gid("Goal", world.goal)}),
        (HISTORY, {"id": gid("Link", world.input_link)}),
        (AS_OF, now), (TRAIL, now),
        ("query E($id: ID!) { plan(id: $id) { events { totalCount } } }", now),
        ("query T($id: ID!) { plan(id: $id) { trail { links { id } } } }", now),
        ("query H($id: ID!) { node(id: $id) { ... on Goal { history { totalCount } } } }",
         {"id": gid("Goal", world.goal)}),
    ]:  # fmt: skip
        body = await post(client, query, variables)
        assert "needs an API key" in body["errors"][0]["message"], (query, body)


async def _other_tenant(database: Database) -> World:
    async with database.unit_of_work() as uow:
        issued = await keys.create_tenant_with_admin_key(uow, name="Andere gemeente")
        await uow.commit()
    return await build_world(database, Caller(tenant_id=issued.record.tenant_id, actor="ander"))


# They make something in the key's own municipality: there is nothing of another to reach.
OWN_MUNICIPALITY = {"createPlan", "createActor", "createApiKey"}
# Keys and webhooks: an admin's (or, for webhooks, a key with the webhooks scope).
ADMINS = {name for name, call in MUTATIONS.items() if call.scope == "admin"}


async def test_a_key_of_another_municipality_changes_nothing_by_any_mutation(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    ours = await build_world(database, caller)
    theirs = await _other_tenant(database)
    before = await snapshot(database)
    # Their key on our items, and our keys on theirs.
    for world, key in ((ours, theirs.admin), (theirs, ours.admin), (theirs, ours.writer)):
        answers = await _mutate_all(client, world, key, skip=OWN_MUNICIPALITY)
        if key == ours.writer:  # a writer may not touch keys or webhooks at all
            refused = {answers.pop(name) for name in ADMINS - OWN_MUNICIPALITY}
            assert refused == {"ForbiddenError"}, refused
        assert set(answers.values()) == {"NotFoundError"}, answers
    assert await snapshot(database) == before


async def test_a_key_of_another_municipality_reads_nothing(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    ours = await build_world(database, caller)
    theirs = await _other_tenant(database)
    await _reads_nothing(client, ours, theirs.reader)
    await _reads_nothing(client, theirs, ours.admin)
    assert (await root(client, PLANS, key=theirs.reader))["totalCount"] == 1


async def _bound_to_another_plan(database: Database, world: World, scopes: list[str]) -> str:
    async with database.unit_of_work() as uow:
        other = await make_small_plan(uow, world.caller, title="Ander plan")
        await uow.commit()
    issued = await issue_key(database, world.caller, scopes, plan_id=other.plan_id, name="site")
    return issued.key


# Actors belong to the municipality, not to a plan, and a new plan is beyond every plan: a key
# bound to one plan may change neither.
TENANT_WIDE = {"createPlan", "createActor", "updateActor", "deleteActor"}


async def test_a_key_bound_to_another_plan_changes_nothing_of_this_one(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    bound = await _bound_to_another_plan(database, world, ["read", "write"])
    before = await snapshot(database)
    answers = await _mutate_all(client, world, bound)
    forbidden = {name: answers.pop(name) for name in {*TENANT_WIDE, *ADMINS}}
    assert set(forbidden.values()) == {"ForbiddenError"}, forbidden
    assert set(answers.values()) == {"NotFoundError"}, answers
    assert await snapshot(database) == before


async def test_a_key_bound_to_another_plan_reads_nothing_of_this_one(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    bound = await _bound_to_another_plan(database, world, ["read"])
    await _reads_nothing(client, world, bound, but=("Actor",), history=False)
    assert (await root(client, PLANS, key=bound))["totalCount"] == 1
    actor = await root(client, NODE, {"id": gid("Actor", world.actor)}, bound)
    assert actor["__typename"] == "Actor"  # the municipality's, shared by its plans


async def test_a_key_bound_to_another_plan_reads_no_history_of_this_one(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    bound = await _bound_to_another_plan(database, world, ["read"])
    shown = {}
    for kind, attr in ITEMS:
        if kind != "Actor":  # the municipality's, shared by its plans
            body = await post(client, HISTORY, {"id": gid(kind, getattr(world, attr))}, bound)
            shown[kind] = body["data"]["history"] if body["data"] else None
    assert shown == dict.fromkeys(shown), shown


ISSUE = """
mutation { createApiKey(input: {name: "ruimer", scopes: [READ]}) {
  __typename ... on IssuedApiKey { secret key { planId } } } }
"""


async def test_a_key_bound_to_one_plan_issues_and_revokes_no_key_beyond_it(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    bound = await _bound_to_another_plan(database, world, ["admin"])
    issued = await root(client, ISSUE, key=bound)
    # If it may issue keys at all, they stay within its own plan.
    beyond = issued["__typename"] == "IssuedApiKey" and issued["key"]["planId"] is None
    revoke = MUTATIONS["revokeApiKey"]
    variables = {**revoke.variables(world), "reason": "poging"}  # a key of the whole tenant
    revoked = await root(client, revoke.document, variables, bound)
    assert (beyond, revoked["__typename"]) == (False, "NotFoundError"), (issued, revoked)


KEYS = """
query Keys($first: Int!, $after: String) { apiKeys(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  edges { cursor node { id name scopes planId expiresAt revokedAt } } } }
"""


async def _all_keys(client: httpx.AsyncClient, key: str) -> list[dict[str, object]]:
    """Every key the caller lists, two a page."""
    seen, after = [], None
    while True:
        page = await root(client, KEYS, {"first": 2, "after": after}, key)
        assert page["totalCount"] >= len(seen) + len(page["edges"])
        assert page["pageInfo"]["endCursor"] == page["edges"][-1]["cursor"]
        seen += [edge["node"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            assert page["totalCount"] == len(seen)
            return seen
        after = page["pageInfo"]["endCursor"]


async def test_api_keys_are_listed_for_an_admin_only(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    revoke = MUTATIONS["revokeApiKey"]
    variables = {**revoke.variables(world), "reason": "oud"}
    assert (await root(client, revoke.document, variables, world.admin))["__typename"] == "ApiKey"
    listed = await _all_keys(client, world.admin)
    # Oldest first, revoked ones included; never a key's secret.
    assert [(k["name"], k["scopes"], k["planId"]) for k in listed] == [
        ("admin", ["ADMIN"], None), ("writer", ["READ", "WRITE"], None),
        ("reader", ["READ"], None), ("old", ["READ"], None),
    ]  # fmt: skip
    old = listed[-1]
    assert old["id"] == gid("ApiKey", world.spare_key) and old["revokedAt"] is not None
    assert [k["revokedAt"] for k in listed[:-1]] == [None] * 3
    assert all(k["expiresAt"] is None for k in listed)
    # A key bound to one plan, with the admin scope, lists that plan's keys only.
    bound = await _bound_to_another_plan(database, world, ["admin"])
    (own,) = await _all_keys(client, bound)
    assert own["name"] == "site" and own["planId"] not in (None, gid("Plan", world.plan))
    for key in (None, world.reader, world.writer):
        message = await _refused(client, KEYS, {"first": 20}, key)
        assert "admin" in message, (key, message)
