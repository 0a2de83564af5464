"""Reads that take many ids send them as one array: past the protocol's 32,767 parameters."""

import uuid

from api.services.caller import Caller
from api.store import reads, traces
from api.store.database import Database
from tests.builders import SmallPlan

MANY = 40_000


async def test_forty_thousand_ids_in_one_read(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    ids = [uuid.uuid4() for _ in range(MANY)] + [small_plan.goal_id]
    async with database.unit_of_work() as uow:
        found = await reads.nodes_by_ids(uow.session, ids, "goal", tenant_id=caller.tenant_id)
        origins = await reads.originating_inputs(uow.session, caller.tenant_id, ids)
        targets = await reads.targets_of(uow.session, caller.tenant_id, ids, "finding")
        pairs, _, _ = await traces.trace(
            uow.session, tenant_id=caller.tenant_id, start_id=small_plan.goal_id, forward=False,
            depth=4,
        )  # fmt: skip
    assert [node.id for node in found] == [small_plan.goal_id]
    assert [item.id for item in origins[small_plan.goal_id]] == [small_plan.input_id]
    assert len(origins) == MANY + 1 and len(targets) == MANY + 1
    assert len(pairs) == 2  # the finding and, through it, the input
