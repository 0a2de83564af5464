"""Bad input over HTTP gets a typed answer and changes nothing: unknown and malformed ids, ids of
the wrong type, values that break a rule or do not fit the contract's types, links the trail does
not allow, and a theme under itself; one fragment on Error reads every kind of refusal. Changes
from a stale version are in test_graphql_stale_versions.py."""

import base64
import re
import uuid
from itertools import product

import httpx

from api.services.caller import Caller
from api.store.database import Database
from tests.builders import make_small_plan, snapshot
from tests.surfaces.graphql_calls import Json, World, build_world, contains, gid, post, root
from tests.surfaces.graphql_mutation_calls import MUTATIONS, mutation


def _swap(value: object, node_id: str) -> object:
    """The global id of the same type as `value` (or of each in a list), naming `node_id`."""
    if isinstance(value, list):
        return [_swap(item, node_id) for item in value]
    kind, _, _ = base64.b64decode(str(value), validate=True).decode().partition(":")
    return gid(kind, node_id)


def _key(world: World, name: str) -> str:
    return world.admin if MUTATIONS[name].scope == "admin" else world.writer


async def test_unknown_and_malformed_ids_are_not_found(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    before = await snapshot(database)
    for name, call in MUTATIONS.items():
        variables = call.variables(world)
        if not variables:
            continue  # createPlan, createActor, createApiKey name no item
        # One id at a time: each refusal is its own. An unknown actor is a value that breaks
        # the rule that an action's actors are the municipality's (see RULES); an id that
        # names nothing at all is not found.
        for swap, node_id in product(variables, (str(uuid.uuid4()), "not-a-uuid")):
            swapped = {**variables, swap: _swap(variables[swap], node_id)}
            answer = await root(client, call.document, swapped, _key(world, name))
            unknown_actor = swap == "owner" and node_id != "not-a-uuid"
            refusal = "ValidationError" if unknown_actor else "NotFoundError"
            assert answer["__typename"] == refusal, (name, swap, node_id, answer)
            assert answer["message"] and answer["field"], (name, answer)
        # Not even base64: the id is refused as a value, with a clear message.
        garbage = dict.fromkeys(variables, "%%%")
        body = await post(client, call.document, garbage, _key(world, name))
        message = body["errors"][0]["message"] if "errors" in body else str(body["data"])
        assert "Unexpected" not in message, (name, body)
    assert await snapshot(database) == before


V, C, L, N = "ValidationError", "ConflictError", "LinkNotAllowedError", "NotFoundError"
# (mutation, its variables, its input, the answer expected); every variable is an item of the
# World (see `_variables`), `foreign` a finding of another plan of the same municipality. A name
# ending in `_` is the item's plain uuid: the use case, not the id's type, tells what it names.
RULES: list[tuple[str, str, str, Json]] = [
    ("setProgress", "$action: ID!", "actionId: $action, progress: 150", {"field": "progress"}),
    ("setProgress", "$action: ID!", "actionId: $action, progress: -1", {"field": "progress"}),
    ("setActionStatus", "$action: ID!", "actionId: $action, status: DONE",
     {"field": "status", "errorCode": "ILLEGAL_TRANSITION"}),
    ("updateAction", "$action: ID!", 'actionId: $action, weight: "0"', {"field": "weight"}),
    ("updateAction", "$action: ID!", 'actionId: $action, budget: "-5.00"', {"field": "budget"}),
    ("updateAction", "$action: ID!",
     'actionId: $action, startsOn: "2025-01-01", endsOn: "2024-01-01"', {"field": "endsOn"}),
    ("updateAction", "$action: ID!, $goal: ID!", "actionId: $action, ownerIds: [$goal]",
     {"field": "ownerIds"}),
    ("updateAction", "$action: ID!, $goal_: ID!", "actionId: $action, partnerIds: [$goal_]",
     {"field": "partnerIds"}),
    ("createAction", "$plan: ID!", 'planId: $plan, code: "A9", title: {nl: "Actie"},'
     ' budget: "-1"', {"field": "budget"}),
    ("createAction", "$plan: ID!", 'planId: $plan, code: "A 9", title: {nl: "Actie"}',
     {"field": "code"}),
    ("createAction", "$plan: ID!", 'planId: $plan, code: "A9", title: {nl: " "}',
     {"field": "title"}),
    ("createAction", "$plan: ID!, $goal_: ID!",
     'planId: $plan, code: "A9", title: {nl: "Actie"}, ownerIds: [$goal_]', {"field": "ownerIds"}),
    ("createNode", "$plan: ID!", 'planId: $plan, kind: GOAL, code: "SD7", title: {nl: "  "}',
     {"field": "title"}),
    ("createNode", "$plan: ID!", 'planId: $plan, kind: GOAL, code: "S D7", title: {nl: "Zorg"}',
     {"field": "code"}),
    ("createNode", "$plan: ID!", 'planId: $plan, kind: GOAL, title: {nl: "Zorg"}',
     {"field": "code"}),
    ("createNode", "$plan: ID!, $goal: ID!",
     'planId: $plan, kind: THEME, title: {nl: "Zorg"}, parentId: $goal', {"field": "parentId"}),
    ("createNode", "$plan: ID!, $goal_: ID!",
     'planId: $plan, kind: THEME, title: {nl: "Zorg"}, parentId: $goal_',
     {"__typename": N, "field": "parentId"}),
    ("createNode", "$plan: ID!, $theme: ID!",
     'planId: $plan, kind: GOAL, code: "SD7", title: {nl: "Zorg"}, parentId: $theme',
     {"field": "parentId"}),
    ("updateNode", "$goal: ID!", 'nodeId: $goal, title: {nl: ""}', {"field": "title"}),
    ("updateNode", "$finding: ID!", "nodeId: $finding, priority: true", {"field": "priority"}),
    ("updateNode", "$input: ID!", 'nodeId: $input, title: {nl: "Huur"}', {"field": "nodeId"}),
    ("updateNode", "$input_: ID!", 'nodeId: $input_, title: {nl: "Huur"}', {"field": "nodeId"}),
    ("updateNode", "$goal: ID!", 'nodeId: $goal, code: "SD9"',
     {"__typename": C, "field": "code", "errorCode": "CONFLICT", "currentVersion": None}),
    ("moveTheme", "$theme: ID!, $goal: ID!", "themeId: $theme, parentId: $goal",
     {"field": "parentId"}),
    ("moveTheme", "$theme: ID!, $goal_: ID!", "themeId: $theme, parentId: $goal_",
     {"__typename": N, "field": "parentId"}),
    ("createInput", "$plan: ID!",
     'planId: $plan, text: " ", channel: SURVEY, participantType: CITIZEN', {"field": "text"}),
    ("createInput", "$plan: ID!", 'planId: $plan, text: "Meer bomen", channel: SURVEY,'
     ' participantType: CITIZEN, submittedAt: "2024-01-01T10:00:00"', {"field": "submittedAt"}),
    ("updateInput", "$input: ID!, $goal: ID!", "inputId: $input, momentId: $goal",
     {"field": "momentId"}),
    ("updateInput", "$input: ID!, $goal_: ID!", "inputId: $input, momentId: $goal_",
     {"field": "momentId"}),
    ("createMoment", "$plan: ID!",
     'planId: $plan, title: "Brief", heldOn: "2023-01-01", method: EMAIL', {"field": "method"}),
    ("createMoment", "$plan: ID!", 'planId: $plan, title: "Sessie", heldOn: "2023-01-01",'
     " method: WORKSHOP, participantCount: -1", {"field": "participantCount"}),
    ("updateMoment", "$moment: ID!", 'momentId: $moment, title: ""', {"field": "title"}),
    ("createActor", "", 'name: "Dienst Wonen", kind: DEPARTMENT',
     {"__typename": C, "field": "name", "errorCode": "CONFLICT"}),
    ("updateActor", "$actor: ID!", 'actorId: $actor, name: " "', {"field": "name"}),
    ("createPlan", "", 'title: {nl: "Plan"}, periodStart: "2025-01-01", periodEnd: "2024-01-01"',
     {"field": "periodEnd"}),
    ("createPlan", "", 'title: {nl: " "}, periodStart: "2025-01-01", periodEnd: "2026-01-01"',
     {"field": "title"}),
    ("updatePlan", "$plan: ID!", 'planId: $plan, periodStart: "2030-01-01"',
     {"field": "periodEnd"}),
    ("setPlanStatus", "$plan: ID!", "planId: $plan, status: ADOPTED",
     {"field": "status", "errorCode": "ILLEGAL_TRANSITION"}),
    ("createLink", "$input: ID!, $moment: ID!", "sourceId: $input, targetId: $moment",
     {"field": "targetId"}),
    ("createLink", "$input: ID!, $moment_: ID!", "sourceId: $input, targetId: $moment_",
     {"__typename": N, "field": "targetId"}),
    ("createLink", "$input: ID!, $action_plan: ID!", "sourceId: $input, targetId: $action_plan",
     {"__typename": L, "errorCode": "LINK_NOT_ALLOWED"}),
    ("createLink", "$finding: ID!, $theme: ID!", "sourceId: $finding, targetId: $theme",
     {"__typename": L, "errorCode": "LINK_NOT_ALLOWED"}),
    ("createLink", "$goal: ID!", "sourceId: $goal, targetId: $goal",
     {"__typename": L, "errorCode": "CYCLE_DETECTED"}),
    ("createLink", "$action: ID!, $goal: ID!", "sourceId: $action, targetId: $goal",
     {"__typename": L, "errorCode": "CYCLE_DETECTED"}),
    ("createLink", "$input: ID!, $finding: ID!", "sourceId: $input, targetId: $finding",
     {"__typename": L, "errorCode": "DUPLICATE_LINK"}),
    ("createLink", "$input: ID!, $foreign: ID!", "sourceId: $input, targetId: $foreign",
     {"__typename": L, "errorCode": "CROSS_PLAN_LINK"}),
    ("publishFeedback", "$input: ID!", 'subjectId: $input, text: {nl: " "}', {"field": "text"}),
    ("createApiKey", "", 'name: "site", scopes: []', {"field": "scopes"}),
    ("createApiKey", "", 'name: "site", scopes: [READ], expiresAt: "2020-01-01T00:00:00+00:00"',
     {"field": "expiresAt"}),
    ("createApiKey", "$goal: ID!", 'name: "site", scopes: [READ], planId: $goal',
     {"field": "planId"}),
    ("createApiKey", "$goal_: ID!", 'name: "site", scopes: [READ], planId: $goal_',
     {"__typename": N, "field": "planId"}),
]  # fmt: skip
# Values outside the contract's types: GraphQL refuses the request before anything runs, naming
# the type (or the input field) the value does not fit.
NOT_OF_THE_TYPE: list[tuple[str, str, str, str]] = [
    ("createInput", "$plan: ID!",
     'planId: $plan, text: "Meer bomen", channel: SURVEY, participantType: TOURIST',
     "ParticipantType"),
    ("createInput", "$plan: ID!", 'planId: $plan, text: "Meer bomen", channel: SURVEY,'
     " participantType: CITIZEN, language: XX", "Language"),
    ("createInput", "$plan: ID!",
     'planId: $plan, text: "Meer bomen", channel: "survey", participantType: CITIZEN', "Channel"),
    ("updateInput", "$input: ID!", "inputId: $input, channel: DUIF", "Channel"),
    ("setInputStatus", "$input: ID!", "inputId: $input, status: FORGOTTEN", "InputStatus"),
    ("createMoment", "$plan: ID!", 'planId: $plan, title: "Sessie", heldOn: "2023-01-01",'
     " method: WORKSHOP, phase: ZOMER", "Phase"),
    ("createMoment", "$plan: ID!",
     'planId: $plan, title: "Sessie", heldOn: "morgen", method: WORKSHOP', "Date"),
    ("createActor", "", 'name: "Buurtwerk", kind: NGO', "ActorKind"),
    ("createPlan", "", 'title: 42, periodStart: "2025-01-01", periodEnd: "2026-01-01"',
     "TranslatedTextInput"),
    ("updatePlan", "$plan: ID!", 'planId: $plan, title: {en: "Social plan"}', "nl"),
    ("setPlanStatus", "$plan: ID!", "planId: $plan, status: ARCHIVED", "PlanStatus"),
    ("createNode", "$plan: ID!", 'planId: $plan, kind: GOAL, code: "SD7", title: {en: "Care"}',
     "nl"),
    ("createNode", "$plan: ID!", 'planId: $plan, kind: ACTION, code: "A7", title: {nl: "Actie"}',
     "StructureKind"),
    ("updateAction", "$action: ID!", 'actionId: $action, budget: "veel"', "Decimal"),
    ("updateAction", "$action: ID!", 'actionId: $action, budget: "NaN"', "Decimal"),
    ("updateLink", "$link: ID!", "linkId: $link, decision: MISSCHIEN", "Decision"),
    ("createLink", "$input: ID!, $goal: ID!", "sourceId: $input, targetId: $goal, decision: X",
     "Decision"),
    ("createApiKey", "", 'name: "site", scopes: [ROOT]', "KeyScope"),
    ("createApiKey", "", 'name: "site", scopes: [READ], expiresAt: "ooit"', "DateTime"),
]  # fmt: skip


def _variables(world: World, foreign: uuid.UUID) -> Json:
    kinds = {"plan": "Plan", "goal": "Goal", "finding": "Finding", "theme": "Theme",
             "input": "Input", "action": "Action", "action_plan": "ActionPlan",
             "moment": "Moment", "actor": "Actor"}  # fmt: skip
    found = {name: gid(kind, getattr(world, name)) for name, kind in kinds.items()}
    found |= {f"{name}_": str(getattr(world, name)) for name in kinds}
    found["link"] = gid("Link", world.input_link)
    found["foreign"] = gid("Finding", foreign)
    return found


def _document(name: str, params: str, args: str) -> str:
    return mutation(name, f", {params}" if params else "", args, "")


def _used(variables: Json, params: str) -> Json:
    return {key: value for key, value in variables.items() if f"${key}:" in params}


async def test_values_that_break_a_rule_are_refused_by_name(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    async with database.unit_of_work() as uow:
        other_plan = await make_small_plan(uow, caller, title="Ander plan")
        await uow.commit()
    variables = _variables(world, other_plan.finding_id)
    before = await snapshot(database)
    wrong = []
    for name, params, args, expected in RULES:
        document = _document(name, params, args)
        answer = await root(client, document, _used(variables, params), _key(world, name))
        if not contains(answer, {"__typename": V, **expected}) or not answer["message"]:
            wrong.append((name, args, answer))
    assert wrong == []
    assert await snapshot(database) == before


async def test_values_not_of_the_contracts_types_are_refused_before_anything_runs(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    variables = _variables(world, uuid.uuid4())
    before = await snapshot(database)
    wrong = []
    for name, params, args, named in NOT_OF_THE_TYPE:
        document = _document(name, params, args)
        body = await post(client, document, _used(variables, params), _key(world, name))
        messages = [error["message"] for error in body.get("errors", [])]
        refused = body.get("data") is None and messages and named in messages[0]
        if not refused or any("Unexpected" in message for message in messages):
            wrong.append((name, args, body))
    assert wrong == []
    assert await snapshot(database) == before


MOVE = mutation("moveTheme", ", $theme: ID!, $parent: ID", "themeId: $theme, parentId: $parent", "")


async def test_a_theme_under_itself_or_its_sub_theme_is_a_typed_refusal(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    before = await snapshot(database)
    for parent in (world.sub_theme, world.theme):
        variables = {"theme": gid("Theme", world.theme), "parent": gid("Theme", parent)}
        body = await post(client, MOVE, variables, world.writer)
        assert "errors" not in body, body  # not an unexpected error: a member of ThemeResult
        refused = body["data"]["moveTheme"]
        assert (refused["__typename"], refused["field"], refused["errorCode"]) == (
            "LinkNotAllowedError", "parentId", "CYCLE_DETECTED",
        )  # fmt: skip
    assert await snapshot(database) == before


def _of_another_type(value: str) -> str:
    """The same item's uuid under the global id of another type (a Moment's, or an Actor's)."""
    kind, _, item = base64.b64decode(value).decode().partition(":")
    return gid("Actor" if kind == "Moment" else "Moment", item)


def _field_filled_by(document: str, variable: str) -> str:
    """The input field a variable fills: `ownerIds` for `ownerIds: [$owner]`."""
    found = re.search(rf"(\w+): \[?\${variable}\b", document)
    assert found, (document, variable)
    return found.group(1)


async def test_a_global_id_of_the_wrong_type_is_refused_by_the_field_it_fills(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    before = await snapshot(database)
    wrong = []
    for name, call in MUTATIONS.items():
        variables = call.variables(world)
        for swap, value in variables.items():
            field = _field_filled_by(call.document, swap)
            if isinstance(value, list):  # the last of a list: its index is named
                given: object = [*value[:-1], _of_another_type(value[-1])]
                field = f"{field}[{len(value) - 1}]"
            else:
                given = _of_another_type(value)
            answer = await root(
                client, call.document, {**variables, swap: given}, _key(world, name)
            )
            expected = {"__typename": V, "field": field, "errorCode": "VALIDATION_FAILED"}
            if not contains(answer, expected) or "must be the id of" not in answer["message"]:
                wrong.append((name, swap, answer))
    assert wrong == []
    assert await snapshot(database) == before


ON_ERROR = "__typename ... on Error { message field errorCode }"
PROGRESS = f"""
mutation Progress($action: ID!, $progress: Int!) {{
  setProgress(input: {{actionId: $action, progress: $progress}}) {{ {ON_ERROR} }}
}}
"""
ACTOR = f"""
mutation Actor {{
  createActor(input: {{name: "Dienst Wonen", kind: DEPARTMENT}}) {{ {ON_ERROR} }}
}}
"""
LINK = f"""
mutation Link($source: ID!, $target: ID!) {{
  createLink(input: {{sourceId: $source, targetId: $target}}) {{ {ON_ERROR} }}
}}
"""


async def test_one_fragment_on_error_reads_every_kind_of_refusal(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    world = await build_world(database, caller)
    action = gid("Action", world.action)
    before = await snapshot(database)
    cases = [
        (PROGRESS, {"action": gid("Action", uuid.uuid4()), "progress": 10}, world.writer,
         (N, "actionId", "NOT_FOUND")),
        (PROGRESS, {"action": action, "progress": 101}, world.writer,
         (V, "progress", "VALIDATION_FAILED")),
        (PROGRESS, {"action": action, "progress": 10}, world.reader,
         ("ForbiddenError", None, "FORBIDDEN")),
        (ACTOR, {}, world.writer, (C, "name", "CONFLICT")),
        (LINK, {"source": gid("Input", world.input), "target": gid("Finding", world.finding)},
         world.writer, (L, "targetId", "DUPLICATE_LINK")),
    ]  # fmt: skip
    for document, variables, key, (typename, field, code) in cases:
        answer = await root(client, document, variables, key)
        assert answer == {
            "__typename": typename, "message": answer["message"], "field": field,
            "errorCode": code,
        }, answer  # fmt: skip
        assert answer["message"].strip(), answer
    assert {case[-1][0] for case in cases} == {N, V, C, L, "ForbiddenError"}
    assert await snapshot(database) == before
