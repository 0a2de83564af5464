"""Every write needs a key that may write; a key bound to one plan reaches no other."""

import inspect
from collections.abc import Callable
from dataclasses import replace

import pytest

from api.domain.errors import Forbidden, NotFound
from api.services import (
    actions,
    feedback,
    inputs,
    links,
    participation,
    plans,
    privacy,
    structure,
)
from api.services.caller import Caller
from api.store.database import Database
from api.store.unit_of_work import UnitOfWork
from tests.builders import SmallPlan, attempt, make_small_plan, snapshot

WRITE_MODULES = (actions, feedback, inputs, links, participation, plans, privacy, structure)
WRITE_VERBS = (
    "create_",
    "update_",
    "set_",
    "delete_",
    "move_",
    "erase_",
    "redact_",
    "tag_",
    "publish_",
    "withdraw_",
)


def _write_use_cases() -> list[Callable[..., object]]:
    found = []
    for module in WRITE_MODULES:
        for name, function in inspect.getmembers(module, inspect.iscoroutinefunction):
            if name.startswith(WRITE_VERBS) and function.__module__ == module.__name__:
                found.append(function)
    return found


def test_every_write_use_case_is_guarded() -> None:
    use_cases = _write_use_cases()
    assert len(use_cases) >= 20
    unguarded = [f.__name__ for f in use_cases if not hasattr(f, "__wrapped__")]
    assert unguarded == []


def _writes(plan: SmallPlan) -> list[Callable[[UnitOfWork, Caller], object]]:
    return [
        lambda uow, c: inputs.create_input(
            uow,
            c,
            inputs.CreateInput(
                plan_id=plan.plan_id, text="x", channel="survey", participant_type="citizen"
            ),
        ),
        lambda uow, c: actions.set_progress(
            uow, c, actions.SetProgress(action_id=plan.action_id, progress=50)
        ),
        lambda uow, c: links.create_link(
            uow, c, links.CreateLink(source_id=plan.goal_id, target_id=plan.action_id)
        ),
        lambda uow, c: structure.delete_node(uow, c, structure.DeleteNode(node_id=plan.theme_id)),
        lambda uow, c: plans.set_plan_status(
            uow, c, plans.SetPlanStatus(plan_id=plan.plan_id, status="published")
        ),
    ]


@pytest.mark.parametrize("index", range(5))
async def test_a_key_without_write_cannot_write(
    database: Database, caller: Caller, small_plan: SmallPlan, index: int
) -> None:
    reader = replace(caller, scopes=frozenset({"read"}))
    before = await snapshot(database)
    with pytest.raises(Forbidden, match="write"):
        await attempt(database, lambda uow: _writes(small_plan)[index](uow, reader))
    assert await snapshot(database) == before
    await attempt(database, lambda uow: _writes(small_plan)[index](uow, caller))
    assert await snapshot(database) != before


@pytest.mark.parametrize("index", range(5))
async def test_a_key_bound_to_one_plan_cannot_touch_another(
    database: Database, caller: Caller, small_plan: SmallPlan, index: int
) -> None:
    async with database.unit_of_work() as uow:
        other = await make_small_plan(uow, caller, title="Ander plan")
        await uow.commit()
    bound = replace(caller, plan_id=other.plan_id)
    before = await snapshot(database)
    with pytest.raises(NotFound):
        await attempt(database, lambda uow: _writes(small_plan)[index](uow, bound))
    assert await snapshot(database) == before
    await attempt(database, lambda uow: _writes(other)[index](uow, bound))
