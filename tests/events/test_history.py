"""History of any node or link, and a plan's trail as it stood at a moment."""

from datetime import UTC, date, datetime, timedelta

import pytest

from api.domain.errors import NotFound, ValidationFailed
from api.services import actions, audit, links, plans
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import SmallPlan, make_small_plan
from tests.clock import MovableClock


async def test_history_is_newest_first_and_paginated(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        for progress in (10, 20, 30):
            await actions.set_progress(
                uow,
                caller,
                actions.SetProgress(
                    action_id=small_plan.action_id, progress=progress, reason="rapport"
                ),
            )
        await uow.commit()
    seen: list[str] = []
    after = None
    while True:
        async with database.unit_of_work() as uow:
            page = await audit.history(
                uow, caller, subject_id=small_plan.action_id, first=2, after=after
            )
        seen += [event.type for event in page.items]
        assert page.total_count == 4
        if not page.has_next_page:
            break
        after = page.cursors[-1]
    assert seen == ["action.progress_changed"] * 3 + ["action.created"]


async def test_a_nodes_history_includes_its_links(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        link = await links.create_link(
            uow,
            caller,
            links.CreateLink(source_id=small_plan.goal_id, target_id=small_plan.action_plan_id),
        )
        await links.update_link(
            uow, caller, links.UpdateLink(link_id=link.id, decision="adopted", reason="college")
        )
        await uow.commit()
    async with database.unit_of_work() as uow:
        page = await audit.history(uow, caller, subject_id=small_plan.goal_id)
        link_page = await audit.history(uow, caller, subject_id=link.id)
    assert [e.type for e in page.items] == [
        "link.updated", "link.created", "link.created", "goal.created",
    ]  # fmt: skip
    assert page.items[0].reason == "college"
    assert page.items[0].payload["before"]["decision"] == "proposed"
    assert page.items[0].payload["after"]["decision"] == "adopted"
    assert [e.type for e in link_page.items] == ["link.updated", "link.created"]


async def test_history_of_another_tenants_item_is_not_found(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    stranger = Caller(tenant_id=small_plan.plan_id, actor="someone")
    async with database.unit_of_work() as uow:
        with pytest.raises(NotFound):
            await audit.history(uow, stranger, subject_id=small_plan.goal_id)
        with pytest.raises(ValidationFailed):
            await audit.history(uow, caller, subject_id=small_plan.goal_id, after="nonsense")


async def test_the_trail_as_it_was_on_adoption_day(
    database: Database, caller: Caller, clock: MovableClock
) -> None:
    async with database.unit_of_work() as uow:
        made = await make_small_plan(uow, caller)
        await plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=made.plan_id, status="published")
        )
        await plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=made.plan_id, status="adopted")
        )
        await uow.commit()
    clock.advance(timedelta(seconds=1))
    adopted_at = clock()
    clock.advance(timedelta(seconds=1))
    async with database.unit_of_work() as uow:
        await actions.set_progress(
            uow, caller, actions.SetProgress(action_id=made.action_id, progress=60)
        )
        await links.create_link(
            uow,
            caller,
            links.CreateLink(
                source_id=made.goal_id, target_id=made.action_plan_id, decision="adopted"
            ),
        )
        await plans.update_plan(
            uow, caller, plans.UpdatePlan(plan_id=made.plan_id, title="Nieuwe titel")
        )
        await uow.commit()

    async with database.unit_of_work() as uow:
        then = await audit.trail_as_of(uow, caller, plan_id=made.plan_id, at=adopted_at)
        now = await audit.trail_as_of(uow, caller, plan_id=made.plan_id, at=clock())
        with pytest.raises(NotFound):
            await audit.trail_as_of(
                uow, caller, plan_id=made.plan_id, at=datetime(2000, 1, 1, tzinfo=UTC)
            )
        with pytest.raises(ValidationFailed):
            await audit.trail_as_of(uow, caller, plan_id=made.plan_id, at=datetime(2030, 1, 1))
    assert then.plan["status"] == "adopted" and then.plan["title"] == {"nl": "Sociaal plan"}
    assert now.plan["title"] == {"nl": "Nieuwe titel"}
    assert then.nodes[("action", str(made.action_id))]["progress"] == 0
    assert now.nodes[("action", str(made.action_id))]["progress"] == 60
    assert len(then.links) == 2 and len(now.links) == 3
    assert len(then.nodes) == 6
    assert date.fromisoformat(then.plan["period_start"]) == date(2022, 1, 1)
