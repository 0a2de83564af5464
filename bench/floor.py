"""The floor: each scenario's answer from ONE hand-written SQL statement over plain asyncpg.

No ORM, no GraphQL, no HTTP, no authentication, no rate-limit gate: the statement builds the
answer as JSON in PostgreSQL, and Python only decodes it. What the API costs beyond this is what
its layers cost. The connection is the database owner's, so row-level security does not apply.

Each statement builds the answer in the shape of the GraphQL contract: lists that are connections
as `{edges: [{node}]}` (with `totalCount` where the query asks it), enum values as their GraphQL
names (`upper()` of the stored value: WORKSHOP, PROPOSED, GOAL), ids as global ids (base64 of
`Type:uuid`). So `comparable` needs to set nothing but the order of a few lists.
"""

import json
import uuid
from typing import Any

import asyncpg

Data = dict[str, Any]  # the `data` of a GraphQL answer

# goals → action plans → actions, each action with the inputs upstream of it, by channel. All the
# plan's goals, in one answer: GraphQL pages through them (`first` is at most 100).
NESTED = """
WITH RECURSIVE upstream(start, id) AS (
    SELECT target_id, source_id FROM link
    WHERE tenant_id = $1 AND plan_id = $2 AND target_kind = 'action'
    UNION
    SELECT u.start, l.source_id
    FROM upstream u JOIN link l ON l.tenant_id = $1 AND l.target_id = u.id
),
per_channel AS (
    SELECT u.start, i.channel, count(*) AS n
    FROM upstream u JOIN input i ON i.tenant_id = $1 AND i.id = u.id
    GROUP BY u.start, i.channel
),
origins AS (
    SELECT start, json_build_object(
        'totalCount', sum(n),
        'byChannel', json_agg(
            json_build_object('channel', upper(channel), 'count', n) ORDER BY channel COLLATE "C"
        )
    ) AS j
    FROM per_channel GROUP BY start
),
actions AS (
    SELECT l.source_id AS parent, json_agg(json_build_object('node', json_build_object(
        'code', n.code, 'status', upper(a.status), 'progress', a.progress,
        'originatingInputs', coalesce(o.j, '{"totalCount": 0, "byChannel": []}'::json)
    )) ORDER BY n.code, n.created_at) AS j
    FROM link l
    JOIN node n ON n.tenant_id = l.tenant_id AND n.id = l.target_id
    JOIN action a ON a.tenant_id = n.tenant_id AND a.id = n.id
    LEFT JOIN origins o ON o.start = n.id
    WHERE l.tenant_id = $1 AND l.plan_id = $2
      AND l.source_kind = 'action_plan' AND l.target_kind = 'action'
    GROUP BY l.source_id
),
action_plans AS (
    SELECT l.source_id AS parent, json_agg(json_build_object('node', json_build_object(
        'code', n.code, 'actions', json_build_object('edges', coalesce(a.j, '[]'::json))
    )) ORDER BY n.code, n.created_at) AS j
    FROM link l
    JOIN node n ON n.tenant_id = l.tenant_id AND n.id = l.target_id
    LEFT JOIN actions a ON a.parent = n.id
    WHERE l.tenant_id = $1 AND l.plan_id = $2
      AND l.source_kind = 'goal' AND l.target_kind = 'action_plan'
    GROUP BY l.source_id
)
SELECT json_build_object('totalCount', count(*), 'edges', coalesce(json_agg(
    json_build_object('node', json_build_object(
        'code', g.code, 'title', g.title ->> 'nl',
        'actionPlans', json_build_object('edges', coalesce(p.j, '[]'::json))
    )) ORDER BY g.code, g.created_at), '[]'::json))
FROM node g LEFT JOIN action_plans p ON p.parent = g.id
WHERE g.tenant_id = $1 AND g.plan_id = $2 AND g.kind = 'goal'
"""

# Every node upstream of one node, at the length of its shortest path. The node's kind and code
# are picked up during the walk (index lookups), not joined afterwards: the planner cannot know
# how few nodes a walk returns and would rather scan the whole node table.
TRACE = """
WITH RECURSIVE walk(id, kind, code, depth) AS (
    SELECT n.id, n.kind, n.code, 1
    FROM link l JOIN node n ON n.tenant_id = l.tenant_id AND n.id = l.source_id
    WHERE l.tenant_id = $1 AND l.target_id = $2
    UNION
    SELECT n.id, n.kind, n.code, w.depth + 1
    FROM walk w
    JOIN link l ON l.tenant_id = $1 AND l.target_id = w.id
    JOIN node n ON n.tenant_id = $1 AND n.id = l.source_id
    WHERE w.depth < $3
)
SELECT coalesce(json_agg(json_build_object('kind', upper(kind), 'code', code, 'depth', depth)
    ORDER BY depth, kind, code, id), '[]'::json)
FROM (SELECT id, kind, code, min(depth) AS depth FROM walk GROUP BY id, kind, code) w
"""

# Two closures over the plan's links (not one walk per node): what reaches a goal or action,
# and what an input lies upstream of.
COVERAGE = """
WITH RECURSIVE reaches(id) AS (
    SELECT source_id FROM link
    WHERE tenant_id = $1 AND plan_id = $2 AND target_kind IN ('goal', 'action')
    UNION
    SELECT l.source_id FROM reaches r JOIN link l ON l.tenant_id = $1 AND l.target_id = r.id
),
fed(id) AS (
    SELECT target_id FROM link WHERE tenant_id = $1 AND plan_id = $2 AND source_kind = 'input'
    UNION
    SELECT l.target_id FROM fed f JOIN link l ON l.tenant_id = $1 AND l.source_id = f.id
),
inputs AS (
    SELECT i.id, i.channel, i.status, r.id IS NOT NULL AS reached
    FROM node n
    JOIN input i ON i.tenant_id = n.tenant_id AND i.id = n.id
    LEFT JOIN reaches r ON r.id = n.id
    WHERE n.tenant_id = $1 AND n.plan_id = $2 AND n.kind = 'input'
),
structure AS (
    SELECT id, kind, code FROM node WHERE tenant_id = $1 AND plan_id = $2 AND kind <> 'input'
)
SELECT json_build_object(
    'totalInputs', (SELECT count(*) FROM inputs),
    'reachedInputs', (SELECT count(*) FROM inputs WHERE reached),
    'byChannel', (
        SELECT coalesce(json_agg(json_build_object('channel', upper(channel), 'total', total,
            'reached', hit) ORDER BY channel COLLATE "C"), '[]'::json)
        FROM (
            SELECT channel, count(*) AS total, count(*) FILTER (WHERE reached) AS hit
            FROM inputs GROUP BY channel
        ) c
    ),
    'unreached', (
        SELECT coalesce(json_agg(json_build_object(
            'inputId', encode(convert_to('Input:' || id, 'UTF8'), 'base64'),
            'decided', status = 'not_retained')), '[]'::json)
        FROM inputs WHERE NOT reached
    ),
    'goalsAndActionsWithoutInput', (
        SELECT coalesce(json_agg(json_build_object('code', code) ORDER BY kind, code), '[]'::json)
        FROM structure s
        WHERE kind IN ('goal', 'action') AND NOT EXISTS (SELECT FROM fed f WHERE f.id = s.id)
    ),
    'themesAndFindingsWithoutGoal', (
        SELECT coalesce(json_agg(json_build_object('code', code) ORDER BY kind, code), '[]'::json)
        FROM structure s
        WHERE kind IN ('theme', 'finding')
          AND NOT EXISTS (SELECT FROM reaches r WHERE r.id = s.id)
    )
)
"""


async def nested(connection: asyncpg.Connection, tenant_id: uuid.UUID, plan_id: uuid.UUID) -> Data:
    """The nested plan query's answer, shaped as GraphQL gives `data`."""
    goals = json.loads(await connection.fetchval(NESTED, tenant_id, plan_id))
    return {"plan": {"goals": goals}}


async def trace(
    connection: asyncpg.Connection, tenant_id: uuid.UUID, node_id: uuid.UUID, depth: int
) -> Data:
    """The backward trace's answer, shaped as GraphQL gives `data`."""
    return {"trace": json.loads(await connection.fetchval(TRACE, tenant_id, node_id, depth))}


async def coverage(
    connection: asyncpg.Connection, tenant_id: uuid.UUID, plan_id: uuid.UUID
) -> Data:
    """The coverage query's answer, shaped as GraphQL gives `data`."""
    found = json.loads(await connection.fetchval(COVERAGE, tenant_id, plan_id))
    return {"plan": {"coverage": found}}


# Where the two answers may differ in nothing but order: lists whose order the API leaves open
# (coverage's unreached inputs come in the order of a GROUP BY) or sets by Python's rules on
# lower-case values, where the floor's ORDER BY would follow the database's collation.
UNORDERED: dict[str, tuple[tuple[str, ...], ...]] = {
    "nested": (),
    "trace": (("trace",),),
    "coverage": (
        ("plan", "coverage", "unreached"),
        ("plan", "coverage", "goalsAndActionsWithoutInput"),
        ("plan", "coverage", "themesAndFindingsWithoutGoal"),
    ),
}


def comparable(name: str, data: Data) -> Data:
    """An answer of scenario `name`, GraphQL's or the floor's, ready to be compared with `==`.

    Both sides have the same shape already (connections as edges/node, enum names in UPPER_CASE,
    global ids): the floor's statements build it. Only the lists in UNORDERED are sorted here,
    each item whole; every other list must agree in order too, and every field must be equal.
    """
    found = json.loads(json.dumps(data))  # a deep copy: the answer itself stays as it came
    for *path, last in UNORDERED[name]:
        parent = found
        for key in path:
            parent = parent[key]
        parent[last] = sorted(parent[last], key=lambda item: json.dumps(item, sort_keys=True))
    return found
