"""The database enforces the trail's rules too, for any writer that bypasses the services."""

import itertools
import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from api.domain.trail import ALLOWED_LINKS, NodeKind
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import make_small_plan

INSERT_LINK = text(
    "INSERT INTO link (tenant_id, id, plan_id, source_id, source_kind, target_id, target_kind,"
    " decision, author) VALUES (:tenant, :id, :plan, :source, :source_kind, :target,"
    " :target_kind, 'proposed', 'sql')"
)


@pytest.mark.parametrize(("source", "target"), list(itertools.product(NodeKind, NodeKind)))
async def test_the_check_constraint_mirrors_the_domain_matrix(
    database: Database, caller: Caller, source: NodeKind, target: NodeKind
) -> None:
    async with database.unit_of_work() as uow:
        nodes = await make_small_plan(uow, caller)
        by_kind = {
            NodeKind.INPUT: nodes.input_id,
            NodeKind.FINDING: nodes.finding_id,
            NodeKind.THEME: nodes.theme_id,
            NodeKind.GOAL: nodes.goal_id,
            NodeKind.ACTION_PLAN: nodes.action_plan_id,
            NodeKind.ACTION: nodes.action_id,
        }
        # Fresh pairs only: the small plan already links input→finding and finding→goal.
        await uow.session.execute(text("DELETE FROM link"))
        statement = INSERT_LINK.bindparams(
            tenant=caller.tenant_id,
            id=uuid.uuid4(),
            plan=nodes.plan_id,
            source=by_kind[source],
            source_kind=source.value,
            target=by_kind[target],
            target_kind=target.value,
        )
        if (source, target) in ALLOWED_LINKS:
            await uow.session.execute(statement)
        else:
            with pytest.raises(IntegrityError, match="allowed_pair"):
                await uow.session.execute(statement)


async def test_the_database_refuses_a_link_across_plans(database: Database, caller: Caller) -> None:
    async with database.unit_of_work() as uow:
        first = await make_small_plan(uow, caller)
        second = await make_small_plan(uow, caller, title="Tweede plan")
        with pytest.raises(IntegrityError, match="fk_link_target"):
            await uow.session.execute(
                INSERT_LINK.bindparams(
                    tenant=caller.tenant_id,
                    id=uuid.uuid4(),
                    plan=first.plan_id,
                    source=first.input_id,
                    source_kind="input",
                    target=second.goal_id,
                    target_kind="goal",
                )
            )


async def test_the_database_refuses_a_link_with_a_false_kind(
    database: Database, caller: Caller
) -> None:
    async with database.unit_of_work() as uow:
        nodes = await make_small_plan(uow, caller)
        with pytest.raises(IntegrityError, match="fk_link_source"):
            # The theme posing as an input, to sneak a theme→action link past the check.
            await uow.session.execute(
                INSERT_LINK.bindparams(
                    tenant=caller.tenant_id,
                    id=uuid.uuid4(),
                    plan=nodes.plan_id,
                    source=nodes.theme_id,
                    source_kind="input",
                    target=nodes.action_id,
                    target_kind="action",
                )
            )


async def test_the_database_refuses_progress_outside_the_range(
    database: Database, caller: Caller
) -> None:
    async with database.unit_of_work() as uow:
        nodes = await make_small_plan(uow, caller)
        with pytest.raises(IntegrityError, match="progress_range"):
            await uow.session.execute(
                text("UPDATE action SET progress = 101 WHERE id = :id").bindparams(
                    id=nodes.action_id
                )
            )
