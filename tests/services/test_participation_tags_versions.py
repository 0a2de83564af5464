"""Moments and actors corrected and removed, inputs tagged in bulk, and changes refused when
they come from a version that is no longer the current one, including a real race."""

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import date
from typing import TypeVar

import pytest
from sqlalchemy import text

from api.domain.errors import Conflict, DomainError, NotFound, StaleVersion, ValidationFailed
from api.services import actions, audit, inputs, links, participation, plans, structure
from api.services.caller import Caller
from api.store.database import Database
from api.store.models import ParticipationMoment
from api.store.unit_of_work import UnitOfWork
from tests.builders import SmallPlan, attempt, make_small_plan, snapshot

T = TypeVar("T")
Use = Callable[[UnitOfWork], Awaitable[object]]


async def _refused(database: Database, error: type[DomainError], use: Use) -> DomainError:
    before = await snapshot(database)
    with pytest.raises(error) as raised:
        await attempt(database, use)
    assert await snapshot(database) == before
    return raised.value


async def _done(database: Database, use: Callable[[UnitOfWork], Awaitable[T]]) -> T:
    async with database.unit_of_work() as uow:
        found = await use(uow)
        await uow.commit()
    return found


async def _events(database: Database, subject: uuid.UUID) -> list[tuple[str, str | None]]:
    async with database.unit_of_work() as uow:
        rows = await uow.session.execute(
            text("SELECT type, reason FROM event WHERE subject_id = :id ORDER BY seq"),
            {"id": subject},
        )
        return [(row.type, row.reason) for row in rows]


async def test_a_moment_corrected_field_by_field_and_removed_once_unused(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    plan = small_plan.plan_id
    moment = await _done(
        database,
        lambda uow: participation.create_moment(
            uow,
            caller,
            participation.CreateMoment(
                plan_id=plan,
                title="Workshop",
                held_on=date(2023, 3, 1),
                method="workshop",
                facilitator="Sofie",
                place="De Kring",
            ),
        ),
    )
    spare = await _done(
        database,
        lambda uow: participation.create_moment(
            uow,
            caller,
            participation.CreateMoment(
                plan_id=plan, title="Bevraging", held_on=date(2023, 4, 1), method="survey"
            ),
        ),
    )
    changed = await _done(
        database,
        lambda uow: participation.update_moment(
            uow,
            caller,
            participation.UpdateMoment(
                moment_id=moment.id,
                participant_count=0,
                phase="analysis",
                online=True,
                expected_version=1,
                reason="aangevuld",
            ),
        ),
    )
    assert (changed.title, changed.method, changed.facilitator, changed.place) == (
        "Workshop", "workshop", "Sofie", "De Kring",
    )  # fmt: skip
    assert (changed.participant_count, changed.phase, changed.online) == (0, "analysis", True)
    assert changed.version == 2
    for wrong in ({"method": "letter"}, {"phase": "winter"}, {"participant_count": -1},
                  {"title": "  "}):  # fmt: skip
        error = await _refused(
            database,
            ValidationFailed,
            lambda uow, wrong=wrong: participation.update_moment(
                uow, caller, participation.UpdateMoment(moment_id=moment.id, **wrong)
            ),
        )
        assert error.field in ("method", "phase", "participantCount", "title")
    await _done(database, lambda uow: inputs.update_input(
        uow, caller, inputs.UpdateInput(input_id=small_plan.input_id, moment_id=moment.id),
    ))  # fmt: skip
    used = await _refused(database, Conflict, lambda uow: participation.delete_moment(
        uow, caller, participation.DeleteMoment(moment_id=moment.id)
    ))  # fmt: skip
    assert used.field == "momentId" and not isinstance(used, StaleVersion)
    # Inputs keep a moment once they have one: moving them elsewhere frees this one.
    await _done(database, lambda uow: inputs.update_input(
        uow, caller, inputs.UpdateInput(input_id=small_plan.input_id, moment_id=spare.id),
    ))  # fmt: skip
    await _done(
        database,
        lambda uow: participation.delete_moment(
            uow,
            caller,
            participation.DeleteMoment(moment_id=moment.id, expected_version=2, reason="dubbel"),
        ),
    )
    await _refused(database, NotFound, lambda uow: participation.update_moment(
        uow, caller, participation.UpdateMoment(moment_id=moment.id, title="Weg")
    ))  # fmt: skip
    assert await _events(database, moment.id) == [
        ("moment.created", None), ("moment.updated", "aangevuld"), ("moment.deleted", "dubbel"),
    ]  # fmt: skip


async def _workshop(database: Database, caller: Caller, plan: SmallPlan) -> ParticipationMoment:
    return await _done(
        database,
        lambda uow: participation.create_moment(
            uow,
            caller,
            participation.CreateMoment(
                plan_id=plan.plan_id, title="Workshop", held_on=date(2023, 3, 1), method="workshop"
            ),
        ),
    )


async def test_a_moment_of_another_plan_is_out_of_a_bound_keys_reach(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    moment = await _workshop(database, caller, small_plan)
    other = await _done(database, lambda uow: make_small_plan(uow, caller, title="Ander plan"))
    bound = replace(caller, plan_id=other.plan_id)
    for use in (
        lambda uow: participation.update_moment(
            uow, bound, participation.UpdateMoment(moment_id=moment.id, title="X")
        ),
        lambda uow: participation.delete_moment(
            uow, bound, participation.DeleteMoment(moment_id=moment.id)
        ),
    ):
        await _refused(database, NotFound, use)


async def test_an_actor_renamed_and_removed_once_it_carries_nothing(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    actor = await _done(database, lambda uow: participation.create_actor(
        uow, caller, participation.CreateActor(name="Dienst Wonen", kind="department")
    ))  # fmt: skip
    await _done(database, lambda uow: participation.create_actor(
        uow, caller, participation.CreateActor(name="OCMW", kind="partner")
    ))  # fmt: skip
    same = await _done(
        database,
        lambda uow: participation.update_actor(
            uow,
            caller,
            participation.UpdateActor(
                actor_id=actor.id, name="Dienst Wonen", kind="partner", expected_version=1
            ),
        ),
    )
    assert (same.name, same.kind, same.version) == ("Dienst Wonen", "partner", 2)
    taken = await _refused(database, Conflict, lambda uow: participation.update_actor(
        uow, caller, participation.UpdateActor(actor_id=actor.id, name=" OCMW ")
    ))  # fmt: skip
    assert taken.field == "name"
    bad = await _refused(database, ValidationFailed, lambda uow: participation.update_actor(
        uow, caller, participation.UpdateActor(actor_id=actor.id, kind="ngo")
    ))  # fmt: skip
    assert bad.field == "kind"
    await _done(database, lambda uow: actions.update_action(
        uow, caller, actions.UpdateAction(action_id=small_plan.action_id, partners=[actor.id])
    ))  # fmt: skip
    await _refused(database, Conflict, lambda uow: participation.delete_actor(
        uow, caller, participation.DeleteActor(actor_id=actor.id)
    ))  # fmt: skip
    await _done(database, lambda uow: actions.update_action(
        uow, caller, actions.UpdateAction(action_id=small_plan.action_id, partners=[])
    ))  # fmt: skip
    await _done(database, lambda uow: participation.delete_actor(
        uow, caller, participation.DeleteActor(actor_id=actor.id, reason="opgeheven")
    ))  # fmt: skip
    await _refused(database, NotFound, lambda uow: participation.delete_actor(
        uow, caller, participation.DeleteActor(actor_id=actor.id)
    ))  # fmt: skip
    assert await _events(database, actor.id) == [
        ("actor.created", None), ("actor.updated", None), ("actor.deleted", "opgeheven"),
    ]  # fmt: skip


async def test_tagging_inputs_skips_tagged_ones_and_is_all_or_nothing(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    theme, first = small_plan.theme_id, small_plan.input_id
    made_input = await _done(
        database,
        lambda uow: inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=small_plan.plan_id,
                text="Fietspad",
                channel="survey",
                participant_type="citizen",
            ),
        ),
    )
    second = made_input.id
    other = await _done(database, lambda uow: make_small_plan(uow, caller, title="Ander plan"))
    made = await _done(
        database,
        lambda uow: links.tag_inputs(
            uow,
            caller,
            links.TagInputs(
                theme_id=theme, input_ids=[first, first], rationale="wonen", reason="bulk"
            ),
        ),
    )
    assert [(link.source_id, link.kind, link.rationale) for link in made] == [
        (first, "input_to_theme", "wonen")
    ]
    for wrong, field in [
        ([second, other.input_id], "inputIds[1]"),  # of another plan
        ([second, uuid.uuid4()], "inputIds[1]"),
        ([small_plan.goal_id], "inputIds[0]"),  # a node, but no input
    ]:
        error = await _refused(database, NotFound, lambda uow, wrong=wrong: links.tag_inputs(
            uow, caller, links.TagInputs(theme_id=theme, input_ids=wrong)
        ))  # fmt: skip
        assert error.field == field
    for count in (0, 501):
        error = await _refused(
            database,
            ValidationFailed,
            lambda uow, count=count: links.tag_inputs(
                uow,
                caller,
                links.TagInputs(theme_id=theme, input_ids=[uuid.uuid4() for _ in range(count)]),
            ),
        )
        assert error.field == "inputIds"
    await _refused(database, ValidationFailed, lambda uow: links.tag_inputs(
        uow, caller, links.TagInputs(theme_id=theme, input_ids=[second], decision="misschien")
    ))  # fmt: skip
    await _refused(database, NotFound, lambda uow: links.tag_inputs(
        uow, caller, links.TagInputs(theme_id=small_plan.goal_id, input_ids=[second])
    ))  # fmt: skip
    again = await _done(database, lambda uow: links.tag_inputs(
        uow, caller, links.TagInputs(theme_id=theme, input_ids=[first, second])
    ))  # fmt: skip
    assert [link.source_id for link in again] == [second]
    assert await _events(database, again[0].id) == [("link.created", None)]


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
            error = await _refused(
                database, StaleVersion, _versioned(small_plan, caller, stale)[name]
            )
            assert isinstance(error, StaleVersion) and error.field == "expectedVersion", name
            assert error.current == (2 if name in ("set_plan_status", "set_action_status") else 1)
        await _done(database, current[name])  # from the version it is at, it goes through


async def _progress_and_events(
    database: Database, action_id: uuid.UUID
) -> tuple[int, list[tuple[str, str | None]]]:
    async with database.unit_of_work() as uow:
        progress = (
            await uow.session.execute(
                text("SELECT progress FROM action WHERE id = :id"), {"id": action_id}
            )
        ).scalar_one()
    return progress, await _events(database, action_id)


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
    moment = await _workshop(database, caller, small_plan)
    before = await snapshot(database)
    with pytest.raises(StaleVersion):
        async with database.unit_of_work() as late:
            loaded = await participation.load_moment(late, caller, moment.id)
            await _done(
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
    assert await _events(database, moment.id) == [
        ("moment.created", None), ("moment.updated", "eerst"),
    ]  # fmt: skip
