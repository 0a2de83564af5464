"""The progress of goals and action plans, rolled up from the actions under them: the one
computation GraphQL and the trail report both show."""

import uuid
from collections.abc import Sequence

from api.domain.rollup import ActionProgress, roll_up_progress
from api.domain.status import ActionStatus
from api.services.reading import per_tenant
from api.store import progress as progress_store
from api.store.progress import ActionFacts
from api.store.unit_of_work import UnitOfWork

Key = tuple[uuid.UUID, uuid.UUID]  # (tenant, id)


async def progress_of(uow: UnitOfWork, keys: Sequence[Key]) -> dict[Key, int | None]:
    """For each goal or action plan, its progress as a whole percentage; None when no action
    under it counts (it has none, or all were dropped)."""
    below = await per_tenant(
        keys, lambda tenant_id, ids: progress_store.actions_below(uow.session, tenant_id, ids)
    )
    return {key: rolled_up(below[key]) for key in keys}


def rolled_up(actions: Sequence[ActionFacts]) -> int | None:
    """The domain's roll-up over these actions."""
    return roll_up_progress(
        ActionProgress(
            progress=action.progress,
            weight=action.weight,
            dropped=action.status == ActionStatus.DROPPED,
        )
        for action in actions
    )
