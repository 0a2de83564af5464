"""The rules some mutations keep over HTTP: deleting an input removes its links, an input is not
retained without a reason, tagging skips what is tagged and is all or nothing, moments and actors
in use are not deleted, only admins issue and revoke keys, and a create sent again with its
external id returns the first item."""

import uuid

import httpx

from api.services.caller import Caller
from api.store.database import Database
from tests.builders import snapshot
from tests.surfaces.graphql_calls import Json, build_world, edge_nodes, gid, post, root
from tests.surfaces.graphql_mutation_calls import HISTORY, MUTATIONS, SEEN, mutation, run

DELETE_INPUT = mutation("deleteNode", ", $id: ID!", "nodeId: $id", "... on Input { id text }")
FINDING_LINKS = SEEN.format("... on Finding { incomingLinks { totalCount edges { node { id } } } }")


async def test_deleting_an_input_removes_its_links_and_records_each(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    item = gid("Input", world.input)
    variables = {"id": item, "reason": "dubbel ingevoerd"}
    answer = await root(client, DELETE_INPUT, variables, world.writer)
    assert answer["__typename"] == "Input" and answer["id"] == item
    assert await root(client, SEEN.format("id"), {"id": item}, world.reader) is None
    finding = await root(client, FINDING_LINKS, {"id": gid("Finding", world.finding)}, world.reader)
    assert finding["incomingLinks"] == {"totalCount": 0, "edges": []}
    history = await root(client, HISTORY, {"id": item}, world.reader)
    assert [(e["type"], e["reason"]) for e in edge_nodes(history)[:2]] == [
        ("INPUT_DELETED", "dubbel ingevoerd"), ("LINK_DELETED", "dubbel ingevoerd"),
    ]  # fmt: skip


SET_STATUS = mutation(
    "setInputStatus", ", $id: ID!, $status: InputStatus!", "inputId: $id, status: $status",
    "... on Input { status statusReason }",
)  # fmt: skip


async def test_an_input_is_not_retained_only_with_a_reason(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    item = gid("Input", world.input)

    async def move(status: str, reason: str | None) -> Json:
        variables = {"id": item, "status": status, "reason": reason}
        return await root(client, SET_STATUS, variables, world.writer)  # type: ignore[no-any-return]

    assert (await move("IN_REVIEW", None))["statusReason"] is None
    before = await snapshot(database)
    for reason in (None, "   "):
        refused = await move("NOT_RETAINED", reason)
        assert (refused["__typename"], refused["field"]) == ("ValidationError", "reason")
    skipped = await move("RECEIVED", "terug")
    assert skipped["errorCode"] == "ILLEGAL_TRANSITION"
    assert await snapshot(database) == before
    decided = await move("NOT_RETAINED", "buiten bevoegdheid")
    assert (decided["status"], decided["statusReason"]) == ("NOT_RETAINED", "buiten bevoegdheid")
    assert await root(client, SEEN.format("id"), {"id": item}) is None  # anonymous, draft plan
    # Back in review it is no longer "not retained", so it has no reason for that any more.
    again = await move("IN_REVIEW", "toch bekeken")
    assert (again["status"], again["statusReason"]) == ("IN_REVIEW", None)


async def test_tagging_skips_what_is_tagged_and_is_all_or_nothing(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    first = await run(client, world, "tagInputs", inputs=[gid("Input", world.input)] * 2)
    assert first["__typename"] == "TagInputsPayload" and len(first["created"]) == 1
    both = [gid("Input", world.input), gid("Input", world.other_input)]
    second = await run(client, world, "tagInputs", inputs=both)
    assert len(second["created"]) == 1  # the input tagged before is skipped
    again = await run(client, world, "tagInputs", inputs=both)
    assert again == {"__typename": "TagInputsPayload", "created": []}
    before = await snapshot(database)
    for inputs, refusal, field in [
        ([gid("Input", world.input), gid("Input", uuid.uuid4())], "NotFoundError", "inputIds[1]"),
        ([str(world.goal)], "NotFoundError", "inputIds[0]"),  # a node, but no input
        ([gid("Input", world.input), gid("Goal", world.goal)], "ValidationError", "inputIds[1]"),
    ]:
        refused = await run(client, world, "tagInputs", inputs=inputs)
        assert (refused["__typename"], refused["field"]) == (refusal, field), refused
    empty = await run(client, world, "tagInputs", inputs=[])
    assert (empty["__typename"], empty["field"]) == ("ValidationError", "inputIds")
    for theme, refusal in ((str(world.goal), "NotFoundError"), (gid("Goal", world.goal), V)):
        not_a_theme = await run(client, world, "tagInputs", theme=theme)
        assert (not_a_theme["__typename"], not_a_theme["field"]) == (refusal, "themeId")
    assert await snapshot(database) == before


V = "ValidationError"
RENAME = mutation("updateActor", ", $id: ID!", 'actorId: $id, name: "OCMW"', "")


async def test_moments_and_actors_in_use_are_not_deleted(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    await run(client, world, "updateAction")  # the actor now owns the action
    before = await snapshot(database)
    moment = await run(client, world, "deleteMoment", id=gid("Moment", world.moment))
    assert (moment["__typename"], moment["errorCode"], moment["field"]) == (
        "ConflictError", "CONFLICT", "momentId",
    )  # fmt: skip
    assert moment["currentVersion"] is None
    actor = await run(client, world, "deleteActor", id=gid("Actor", world.actor))
    assert (actor["__typename"], actor["errorCode"], actor["field"]) == (
        "ConflictError", "CONFLICT", "actorId",
    )  # fmt: skip
    taken = await root(client, RENAME, {"id": gid("Actor", world.actor)}, world.writer)
    assert (taken["__typename"], taken["field"]) == ("ConflictError", "name")
    assert await snapshot(database) == before


ISSUE = """
mutation Issue($plan: ID) {
  createApiKey(input: {name: "website", scopes: [READ], planId: $plan, reason: "nieuwe site"}) {
    __typename
    ... on IssuedApiKey { secret key { id name scopes planId expiresAt revokedAt } }
    ... on ForbiddenError { message field errorCode }
  }
}
"""
PLANS = "{ plans { edges { node { id } } } }"


async def test_keys_are_issued_and_revoked_by_admins_only(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    before = await snapshot(database)
    refused = await root(client, ISSUE, {}, world.writer)
    assert refused["__typename"] == "ForbiddenError"
    revoke = await run(client, world, "revokeApiKey", key=world.writer)
    assert revoke["__typename"] == "ForbiddenError"
    no_key = await run(
        client, world, "revokeApiKey", key=world.writer, id=gid("ApiKey", uuid.uuid4())
    )
    assert no_key["__typename"] == "ForbiddenError"  # the writer may not even ask
    assert await snapshot(database) == before

    plan = gid("Plan", world.plan)
    issued = await root(client, ISSUE, {"plan": plan}, world.admin)
    assert issued["__typename"] == "IssuedApiKey" and issued["secret"].startswith("spk_")
    key = issued["key"]
    assert (key["name"], key["scopes"], key["planId"]) == ("website", ["READ"], plan)
    assert key["expiresAt"] is None and key["revokedAt"] is None
    assert await root(client, PLANS, key=issued["secret"]) == {"edges": [{"node": {"id": plan}}]}

    unknown = await run(client, world, "revokeApiKey", id=gid("ApiKey", uuid.uuid4()))
    assert (unknown["__typename"], unknown["field"]) == ("NotFoundError", "keyId")
    revoked = await run(client, world, "revokeApiKey", id=key["id"])
    assert revoked["__typename"] == "ApiKey"
    response = await client.post(
        "/graphql", json={"query": PLANS}, headers={"Authorization": f"Bearer {issued['secret']}"}
    )
    assert response.status_code == 401
    assert (await post(client, PLANS, key=world.reader))["data"]["plans"]["edges"]


# A create that carries the id the item has in the system it comes from, as an import sends it.
RETRIED = {
    "createInput": mutation(
        "createInput",
        ", $plan: ID!",
        'planId: $plan, text: "Meer bankjes", channel: LETTER, participantType: CITIZEN,'
        ' externalId: "brief-99"',
        "... on Input { id text externalId receiptCode }",
    ),
    "createNode": mutation(
        "createNode",
        ", $plan: ID!",
        'planId: $plan, kind: FINDING, title: {nl: "Te weinig bankjes"}, externalId: "bev-99"',
        "... on Finding { id title externalId }",
    ),
    "createAction": mutation(
        "createAction",
        ", $plan: ID!",
        'planId: $plan, code: "A9.9", title: {nl: "Bankjes plaatsen"}, budget: "500.00",'
        ' externalId: "proj-99"',
        "... on Action { id title externalId budget }",
    ),
}


async def test_a_create_sent_again_with_its_external_id_returns_the_first_item(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    variables = {"plan": gid("Plan", world.plan), "reason": "import"}
    for name, document in RETRIED.items():
        first = await root(client, document, variables, world.writer)
        assert first["externalId"] and first["id"], (name, first)
        before = await snapshot(database)
        again = await root(client, document, variables, world.writer)
        # The same item, with no new row and no new event.
        assert {**again, "receiptCode": None} == {**first, "receiptCode": None}, name
        assert await snapshot(database) == before, name
        history = await root(client, HISTORY, {"id": first["id"]}, world.reader)
        assert [e["type"] for e in edge_nodes(history)] == [
            MUTATIONS[name].event if name != "createNode" else "FINDING_CREATED"
        ], name
    # The citizen's receipt code was handed out with the first answer, never again.
    made = await root(client, RETRIED["createInput"], variables, world.writer)
    assert made["receiptCode"] is None
