"""The actions under goals and action plans, for their progress to be rolled up from."""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

# Every action below each starting node (a goal's through its action plans, and those linked to
# the goal itself), in one statement for all of them. UNION keeps one row per (start, action),
# so an action reached along two links counts once.
ACTIONS_BELOW = text("""
WITH RECURSIVE below(start, id) AS (
    SELECT n.id, n.id FROM node n WHERE n.tenant_id = :tenant AND n.id = ANY(:starts)
    UNION
    SELECT b.start, l.target_id FROM below b
    JOIN link l ON l.tenant_id = :tenant AND l.source_id = b.id
    WHERE l.target_kind IN ('action_plan', 'action')
)
SELECT b.start, a.id, a.status, a.progress, a.weight
FROM below b JOIN action a ON a.tenant_id = :tenant AND a.id = b.id
""")


@dataclass(frozen=True)
class ActionFacts:
    """What progress roll-up needs of one action."""

    id: uuid.UUID
    status: str
    progress: int
    weight: Decimal | None


async def actions_below(
    session: AsyncSession, tenant_id: uuid.UUID, start_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[ActionFacts]]:
    """For each goal or action plan, the actions under it (none: an empty list)."""
    found: dict[uuid.UUID, list[ActionFacts]] = defaultdict(list)
    if start_ids:
        rows = await session.execute(ACTIONS_BELOW, {"tenant": tenant_id, "starts": start_ids})
        for start, *facts in rows.all():
            found[start].append(ActionFacts(*facts))
    return {start: found.get(start, []) for start in start_ids}
