"""Bad input gets a clear domain error and changes nothing."""

import uuid

import pytest

from api.domain.errors import (
    CrossPlanLink,
    CycleDetected,
    DomainError,
    DuplicateLink,
    IllegalTransition,
    LinkNotAllowed,
    NotFound,
    ValidationFailed,
)
from api.services import actions, inputs, links, structure
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import SmallPlan, attempt, make_small_plan, snapshot


async def _refused(
    database: Database, error: type[DomainError], use: object, match: str | None = None
) -> DomainError:
    before = await snapshot(database)
    with pytest.raises(error, match=match) as raised:
        await attempt(database, use)  # type: ignore[arg-type]
    assert await snapshot(database) == before
    assert raised.value.message
    return raised.value


async def test_a_disallowed_link(database: Database, caller: Caller, small_plan: SmallPlan) -> None:
    error = await _refused(
        database,
        LinkNotAllowed,
        lambda uow: links.create_link(
            uow,
            caller,
            links.CreateLink(source_id=small_plan.finding_id, target_id=small_plan.action_id),
        ),
        match="a finding cannot link to an action",
    )
    assert error.field == "targetId"


async def test_a_cycle_through_a_backward_link(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    # finding → goal exists; goal → finding would close the loop.
    await _refused(
        database,
        CycleDetected,
        lambda uow: links.create_link(
            uow,
            caller,
            links.CreateLink(source_id=small_plan.goal_id, target_id=small_plan.finding_id),
        ),
        match="backwards",
    )


async def test_a_link_to_itself(database: Database, caller: Caller, small_plan: SmallPlan) -> None:
    await _refused(
        database,
        CycleDetected,
        lambda uow: links.create_link(
            uow,
            caller,
            links.CreateLink(source_id=small_plan.goal_id, target_id=small_plan.goal_id),
        ),
    )


async def test_a_cycle_in_the_theme_tree(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        child = await structure.create_theme(
            uow,
            caller,
            structure.CreateTheme(
                plan_id=small_plan.plan_id, title="Betaalbaar wonen", parent_id=small_plan.theme_id
            ),
        )
        await uow.commit()
    await _refused(
        database,
        CycleDetected,
        lambda uow: structure.move_theme(
            uow, caller, structure.MoveTheme(theme_id=small_plan.theme_id, parent_id=child.id)
        ),
    )


async def test_a_duplicate_link(database: Database, caller: Caller, small_plan: SmallPlan) -> None:
    await _refused(
        database,
        DuplicateLink,
        lambda uow: links.create_link(
            uow,
            caller,
            links.CreateLink(source_id=small_plan.input_id, target_id=small_plan.finding_id),
        ),
    )


async def test_a_link_across_plans(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        other = await make_small_plan(uow, caller, title="Ander plan")
        await uow.commit()
    await _refused(
        database,
        CrossPlanLink,
        lambda uow: links.create_link(
            uow, caller, links.CreateLink(source_id=small_plan.input_id, target_id=other.goal_id)
        ),
    )


async def test_a_link_to_another_tenants_node(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    stranger = Caller(tenant_id=uuid.uuid4(), actor="someone else")
    await _refused(
        database,
        NotFound,
        lambda uow: links.create_link(
            uow,
            stranger,
            links.CreateLink(source_id=small_plan.input_id, target_id=small_plan.goal_id),
        ),
    )


@pytest.mark.parametrize("progress", [-1, 101, 250])
async def test_progress_outside_0_to_100(
    database: Database, caller: Caller, small_plan: SmallPlan, progress: int
) -> None:
    await _refused(
        database,
        ValidationFailed,
        lambda uow: actions.set_progress(
            uow, caller, actions.SetProgress(action_id=small_plan.action_id, progress=progress)
        ),
        match="0 to 100",
    )


async def test_an_illegal_action_transition(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    await _refused(
        database,
        IllegalTransition,
        lambda uow: actions.set_action_status(
            uow, caller, actions.SetActionStatus(action_id=small_plan.action_id, status="done")
        ),
        match="from proposed to done",
    )


async def test_an_illegal_input_transition(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    await _refused(
        database,
        IllegalTransition,
        lambda uow: inputs.set_input_status(
            uow, caller, inputs.SetInputStatus(input_id=small_plan.input_id, status="addressed")
        ),
    )


async def test_not_retained_without_a_reason(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        await inputs.set_input_status(
            uow, caller, inputs.SetInputStatus(input_id=small_plan.input_id, status="in_review")
        )
        await uow.commit()
    error = await _refused(
        database,
        ValidationFailed,
        lambda uow: inputs.set_input_status(
            uow, caller, inputs.SetInputStatus(input_id=small_plan.input_id, status="not_retained")
        ),
    )
    assert error.field == "reason"


async def test_unknown_vocabulary(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    error = await _refused(
        database,
        ValidationFailed,
        lambda uow: inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=small_plan.plan_id,
                text="Meer zitbanken",
                channel="pigeon",
                participant_type="citizen",
            ),
        ),
    )
    assert error.field == "channel"


async def test_a_node_of_the_wrong_kind(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    await _refused(
        database,
        NotFound,
        lambda uow: actions.set_progress(
            uow, caller, actions.SetProgress(action_id=small_plan.goal_id, progress=10)
        ),
        match="no action",
    )
