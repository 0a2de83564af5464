"""Changes refused when they come from a version that is no longer the current one: for every
kind of item, of two writers racing on one item, and of two units that loaded the same item."""

import asyncio
import uuid

import pytest
from sqlalchemy import text

from api.domain.errors import StaleVersion
from api.services import actions, audit, inputs, participation, plans, structure
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import SmallPlan, snapshot
from tests.services.changes import Use, committed_use, events_of, refused, workshop


def _versioned(plan: SmallPlan, caller: Caller, version: int) -> dict[str, Use]:
    """Changes made from `version`, one per kind of item (each at version 1 to begin with)."""
    return {
        "update_plan": lambda uow: plans.update_plan(
            uow,
            caller,
            plans.UpdatePlan(plan_id=plan.plan_id, title="Nieuw", expected_version=version),
        ),
        "set_plan_status": lambda uow: plans.set_plan_status(
            uow,
            caller,
            plans.SetPlanStatus(
                plan_id=plan.plan_id, status="published", expected_version=version + 1
            ),
        ),
        "update_node": lambda uow: structure.update_node(
            uow,
            caller,
            structure.UpdateNode(node_id=plan.goal_id, title="Nieuw", expected_version=version),
        ),
        "move_theme": lambda uow: structure.move_theme(
            uow,
            caller,
            structure.MoveTheme(theme_id=plan.theme_id, parent_id=None, expected_version=version),
        ),
        "set_input_status": lambda uow: inputs.set_input_status(
            uow,
            caller,
            inputs.SetInputStatus(
                input_id=plan.input_id, status="in_review", expected_version=version
            ),
        ),
        "set_progress": lambda uow: actions.set_progress(
            uow,
            caller,
            actions.SetProgress(action_id=plan.action_id, progress=10, expected_version=version),
        ),
        "set_action_status": lambda uow: actions.set_action_status(
            uow,
            caller,
            actions.SetActionStatus(
                action_id=plan.action_id, status="planned", expected_version=version + 1
            ),
        ),
        "delete_node": lambda uow: structure.delete_node(
            uow, caller, structure.DeleteNode(node_id=plan.action_plan_id, expected_version=version)
        ),
    }


async def test_a_change_from_another_version_is_stale_and_changes_nothing(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    current = _versioned(small_plan, caller, 1)
    for name in current:
        for stale in (0, 2):
            error = await refused(
                database, StaleVersion, _versioned(small_plan, caller, stale)[name]
            )
            assert isinstance(error, StaleVersion) and error.field == "expectedVersion", name
            assert error.current == (2 if name in ("set_plan_status", "set_action_status") else 1)
        await committed_use(database, current[name])  # from the version it is at, it goes through


async def _progress_and_events(
    database: Database, action_id: uuid.UUID
) -> tuple[int, list[tuple[str, str | None]]]:
    async with database.unit_of_work() as uow:
        progress = (
            await uow.session.execute(
                text("SELECT progress FROM action WHERE id = :id"), {"id": action_id}
            )
        ).scalar_one()
    return progress, await events_of(database, action_id)


@pytest.mark.committed  # two writers on connections of their own
async def test_of_two_writers_racing_on_one_item_the_later_loses_whole(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    action = small_plan.action_id

    async def second() -> None:
        async with database.unit_of_work() as uow:
            # Reads version 1 (the first has not committed) and waits on the row it holds.
            await actions.set_progress(
                uow, caller, actions.SetProgress(action_id=action, progress=60, reason="B")
            )
            await uow.commit()

    async with database.unit_of_work() as uow:
        await actions.set_progress(
            uow, caller, actions.SetProgress(action_id=action, progress=30, reason="A")
        )
        racing = asyncio.create_task(second())
        await asyncio.sleep(0.3)
        assert not racing.done()  # blocked on the first writer's row lock
        await uow.commit()
    with pytest.raises(StaleVersion) as raised:
        await racing
    assert raised.value.code == "stale_version"
    assert await _progress_and_events(database, action) == (
        30, [("action.created", None), ("action.progress_changed", "A")],
    )  # fmt: skip
    async with database.unit_of_work() as uow:
        assert (await audit.verify_log(uow, caller.tenant_id)).intact


@pytest.mark.committed  # one unit held open while another commits
async def test_two_units_that_loaded_the_same_item_the_second_commit_loses(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    moment = await workshop(database, caller, small_plan)
    before = await snapshot(database)
    with pytest.raises(StaleVersion):
        async with database.unit_of_work() as late:
            loaded = await participation.load_moment(late, caller, moment.id)
            await committed_use(
                database,
                lambda uow: participation.update_moment(
                    uow,
                    caller,
                    participation.UpdateMoment(moment_id=moment.id, place="Zaal 1", reason="eerst"),
                ),
            )
            loaded.place = "Zaal 2"  # a change from the version this unit read
            await late.commit()
    after = await snapshot(database)
    assert after != before and "Zaal 2" not in after["participation_moment"]
    assert "Zaal 1" in after["participation_moment"]
    assert await events_of(database, moment.id) == [
        ("moment.created", None), ("moment.updated", "eerst"),
    ]  # fmt: skip
