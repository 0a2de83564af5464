"""A change from a stale version over HTTP: for each kind of item, a change that names the version
read before another client's change is a conflict that says the current version and changes
nothing; sent again with the current version, it succeeds."""

import httpx

from api.services.caller import Caller
from api.store.database import Database
from tests.builders import snapshot
from tests.surfaces.graphql_calls import build_world, gid, root
from tests.surfaces.graphql_mutation_calls import mutation

VERSION = """
query Version($id: ID!) { node(id: $id) { ... on Plan { version } ... on TrailNode { version }
  ... on Link { version } ... on Moment { version } ... on Actor { version } } }
"""
# A change from another client in between, for each kind of item: a new `$note` each time.
INTERIM = {
    "Plan": mutation(
        "updatePlan", ", $id: ID!, $note: String!", "planId: $id, description: {nl: $note}", ""
    ),
    "Node": mutation(
        "updateNode", ", $id: ID!, $note: String!", "nodeId: $id, description: {nl: $note}", ""
    ),
    "Input": mutation("updateInput", ", $id: ID!, $note: String", "inputId: $id, text: $note", ""),
    "Link": mutation(
        "updateLink", ", $id: ID!, $note: String", "linkId: $id, rationale: $note", ""
    ),
    "Moment": mutation(
        "updateMoment", ", $id: ID!, $note: String", "momentId: $id, place: $note", ""
    ),
    "Actor": mutation("updateActor", ", $id: ID!, $note: String", "actorId: $id, name: $note", ""),
}
# (mutation, kind of item, World attribute, input besides expectedVersion)
STALE = [
    ("updatePlan", "Plan", "plan", 'planId: $id, title: {nl: "Nieuwe titel"}'),
    ("setPlanStatus", "Plan", "plan", "planId: $id, status: PUBLISHED"),
    ("setPlanStatus", "Plan", "plan", "planId: $id, status: ADOPTED"),
    ("updateNode", "Goal", "goal", 'nodeId: $id, code: "SD3"'),
    ("deleteNode", "Goal", "spare_goal", "nodeId: $id"),
    ("moveTheme", "Theme", "sub_theme", "themeId: $id"),
    ("updateInput", "Input", "input", "inputId: $id, channel: EMAIL"),
    ("setInputStatus", "Input", "input", "inputId: $id, status: IN_REVIEW"),
    ("updateAction", "Action", "action", 'actionId: $id, budget: "100.00"'),
    ("setActionStatus", "Action", "action", "actionId: $id, status: PLANNED"),
    ("setProgress", "Action", "action", "actionId: $id, progress: 55"),
    ("updateLink", "Link", "input_link", "linkId: $id, decision: ADOPTED"),
    ("deleteLink", "Link", "input_link", "linkId: $id"),
    ("updateMoment", "Moment", "moment", 'momentId: $id, title: "Later"'),
    ("deleteMoment", "Moment", "spare_moment", "momentId: $id"),
    ("updateActor", "Actor", "actor", 'actorId: $id, name: "Dienst X"'),
    ("deleteActor", "Actor", "spare_actor", "actorId: $id"),
]


async def test_a_change_from_a_stale_version_is_a_conflict(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)

    async def version(item: str) -> int:
        return (await root(client, VERSION, {"id": item}, world.reader))["version"]  # type: ignore[no-any-return]

    for number, (name, kind, attr, args) in enumerate(STALE):
        item = gid(kind, getattr(world, attr))
        read = await version(item)
        interim = INTERIM.get(kind, INTERIM["Node"])
        note = f"tussendoor {number}"
        changed = await root(client, interim, {"id": item, "note": note}, world.writer)
        assert changed["__typename"] != "ConflictError", (name, changed)
        current = await version(item)
        assert current > read, name
        document = mutation(
            name, ", $id: ID!, $version: Int", f"{args}, expectedVersion: $version", ""
        )
        before = await snapshot(database)
        stale = await root(client, document, {"id": item, "version": read}, world.writer)
        assert stale == {
            "__typename": "ConflictError", "field": "expectedVersion",
            "errorCode": "STALE_VERSION", "currentVersion": current, "message": stale["message"],
        }, name  # fmt: skip
        assert await snapshot(database) == before, name
        fresh = await root(client, document, {"id": item, "version": current}, world.writer)
        assert fresh["__typename"] == kind, (name, fresh)
