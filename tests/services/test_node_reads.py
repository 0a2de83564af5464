"""A read of one kind of node reads that kind's table only: goals and action plans the node
table, actions the node and action tables, never the tables of inputs or themes."""

import re

from api.domain.trail import NodeKind
from api.services import links, reading
from api.services.caller import Caller
from api.store import models
from api.store.database import Database
from tests.builders import SmallPlan
from tests.statements import counted_statements


def _joined(statement: str) -> list[str]:
    return re.findall(r"JOIN \(?(\w+)", statement)


async def test_a_read_of_one_kind_joins_no_other_kinds_table(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    tenant = caller.tenant_id
    async with database.unit_of_work() as uow:
        made = small_plan
        for source, target in (
            (made.goal_id, made.action_plan_id),
            (made.action_plan_id, made.action_id),
        ):
            await links.create_link(
                uow, caller, links.CreateLink(source_id=source, target_id=target)
            )
        await uow.commit()
    async with database.unit_of_work() as uow:
        with counted_statements(database.engine) as seen:
            goals = await reading.goals_of(uow, [(tenant, small_plan.plan_id)])
            plans = await reading.targets_of(
                uow, [(tenant, small_plan.goal_id)], NodeKind.ACTION_PLAN
            )
            actions = await reading.targets_of(
                uow, [(tenant, small_plan.action_plan_id)], NodeKind.ACTION
            )
            by_id = await reading.nodes_by_ids(uow, caller, [small_plan.goal_id], NodeKind.GOAL)
    assert [type(g) for g in goals[(tenant, small_plan.plan_id)]] == [models.Goal]
    assert [p.id for p in plans[(tenant, small_plan.goal_id)]] == [small_plan.action_plan_id]
    [action] = actions[(tenant, small_plan.action_plan_id)]
    assert isinstance(action, models.Action) and action.id == small_plan.action_id
    assert action.status and action.progress == 0  # its own table's columns, loaded
    assert list(by_id) == [small_plan.goal_id]
    assert [_joined(statement) for statement in seen] == [[], ["node"], ["node", "action"], []]
