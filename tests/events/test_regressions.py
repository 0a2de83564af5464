"""Regressions: bugs the replay walk once found, each kept as a test of its own."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from api.domain.errors import Conflict, ValidationFailed
from api.services import audit, inputs, participation, structure
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import SmallPlan
from tests.events.walk.log import differences


async def test_replay_matches_a_submission_time_given_in_another_zone(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    brussels = datetime(2024, 3, 1, 10, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    async with database.unit_of_work() as uow:
        await inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=small_plan.plan_id,
                text="Meer bankjes",
                channel="survey",
                participant_type="citizen",
                submitted_at=brussels,
            ),
        )
        await uow.commit()
    async with database.unit_of_work() as uow:
        replayed = await audit.replay(uow, caller.tenant_id)
        assert differences(replayed, await audit.current_state(uow, caller.tenant_id)) == []


async def test_update_node_refuses_a_taken_code_as_a_conflict(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    """The small plan's goal holds the code SD1."""
    async with database.unit_of_work() as uow:
        other = await structure.create_goal(
            uow, caller, structure.CreateGoal(plan_id=small_plan.plan_id, code="SD2", title="Twee")
        )
        await uow.commit()
    async with database.unit_of_work() as uow:
        with pytest.raises(Conflict):
            await structure.update_node(
                uow, caller, structure.UpdateNode(node_id=other.id, code="SD1")
            )


async def test_create_moment_refuses_a_count_too_large_to_store(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        with pytest.raises(ValidationFailed):
            await participation.create_moment(
                uow,
                caller,
                participation.CreateMoment(
                    plan_id=small_plan.plan_id,
                    title="Infomarkt",
                    held_on=date(2022, 5, 1),
                    method="workshop",
                    participant_count=10**10,
                ),
            )
