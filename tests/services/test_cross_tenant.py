"""Another tenant's objects, addressed by id through every service, are simply not found."""

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from api.domain.errors import NotFound
from api.services import (
    actions,
    audit,
    feedback,
    inputs,
    keys,
    links,
    participation,
    plans,
    privacy,
    structure,
)
from api.services.caller import Caller
from api.services.privacy import ContactDetails
from api.services.tenants import create_tenant
from api.store.database import Database
from api.store.plan_events import EventFilter
from api.store.unit_of_work import UnitOfWork
from tests.builders import SmallPlan, attempt, snapshot
from tests.services.test_authorisation import _write_use_cases


@dataclass
class Target(SmallPlan):
    """The first tenant's small plan, with a link, a key and a participant's address besides."""

    link_id: uuid.UUID
    key_id: uuid.UUID
    moment_id: uuid.UUID
    actor_id: uuid.UUID
    feedback_id: uuid.UUID


Use = Callable[[UnitOfWork, Caller, Target], Awaitable[object]]

# One call per service that takes an id, each aimed at the first tenant's small plan.
REACHING_IN: dict[str, Use] = {
    "update_plan": lambda u, c, p: plans.update_plan(
        u, c, plans.UpdatePlan(plan_id=p.plan_id, title="X")
    ),
    "set_plan_status": lambda u, c, p: plans.set_plan_status(
        u, c, plans.SetPlanStatus(plan_id=p.plan_id, status="published")
    ),
    "create_moment": lambda u, c, p: participation.create_moment(
        u,
        c,
        participation.CreateMoment(
            plan_id=p.plan_id, title="X", held_on=date(2022, 1, 1), method="workshop"
        ),
    ),
    "create_input": lambda u, c, p: inputs.create_input(
        u,
        c,
        inputs.CreateInput(
            plan_id=p.plan_id, text="X", channel="survey", participant_type="citizen"
        ),
    ),
    "update_input": lambda u, c, p: inputs.update_input(
        u, c, inputs.UpdateInput(input_id=p.input_id, text="X")
    ),
    "set_input_status": lambda u, c, p: inputs.set_input_status(
        u, c, inputs.SetInputStatus(input_id=p.input_id, status="in_review")
    ),
    "create_finding": lambda u, c, p: structure.create_finding(
        u, c, structure.CreateFinding(plan_id=p.plan_id, title="X")
    ),
    "create_theme": lambda u, c, p: structure.create_theme(
        u, c, structure.CreateTheme(plan_id=p.plan_id, title="X")
    ),
    "move_theme": lambda u, c, p: structure.move_theme(
        u, c, structure.MoveTheme(theme_id=p.theme_id, parent_id=None)
    ),
    "create_goal": lambda u, c, p: structure.create_goal(
        u, c, structure.CreateGoal(plan_id=p.plan_id, code="SD9", title="X")
    ),
    "create_action_plan": lambda u, c, p: structure.create_action_plan(
        u, c, structure.CreateActionPlan(plan_id=p.plan_id, code="AP9", title="X")
    ),
    "update_node": lambda u, c, p: structure.update_node(
        u, c, structure.UpdateNode(node_id=p.goal_id, title="X")
    ),
    "delete_node": lambda u, c, p: structure.delete_node(
        u, c, structure.DeleteNode(node_id=p.finding_id)
    ),
    "create_action": lambda u, c, p: actions.create_action(
        u, c, actions.CreateAction(plan_id=p.plan_id, code="A9", title="X")
    ),
    "update_action": lambda u, c, p: actions.update_action(
        u, c, actions.UpdateAction(action_id=p.action_id, budget=1)
    ),
    "set_action_status": lambda u, c, p: actions.set_action_status(
        u, c, actions.SetActionStatus(action_id=p.action_id, status="planned")
    ),
    "set_progress": lambda u, c, p: actions.set_progress(
        u, c, actions.SetProgress(action_id=p.action_id, progress=9)
    ),
    "create_link": lambda u, c, p: links.create_link(
        u, c, links.CreateLink(source_id=p.goal_id, target_id=p.action_plan_id)
    ),
    "update_link": lambda u, c, p: links.update_link(
        u, c, links.UpdateLink(link_id=p.link_id, decision="adopted")
    ),
    "delete_link": lambda u, c, p: links.delete_link(u, c, links.DeleteLink(link_id=p.link_id)),
    "update_moment": lambda u, c, p: participation.update_moment(
        u, c, participation.UpdateMoment(moment_id=p.moment_id, title="X")
    ),
    "delete_moment": lambda u, c, p: participation.delete_moment(
        u, c, participation.DeleteMoment(moment_id=p.moment_id)
    ),
    "update_actor": lambda u, c, p: participation.update_actor(
        u, c, participation.UpdateActor(actor_id=p.actor_id, name="X")
    ),
    "delete_actor": lambda u, c, p: participation.delete_actor(
        u, c, participation.DeleteActor(actor_id=p.actor_id)
    ),
    "tag_inputs": lambda u, c, p: links.tag_inputs(
        u, c, links.TagInputs(theme_id=p.theme_id, input_ids=[p.input_id])
    ),
    "plan_events": lambda u, c, p: audit.plan_events(u, c, plan_id=p.plan_id, given=EventFilter()),
    "publish_feedback": lambda u, c, p: feedback.publish_feedback(
        u, c, feedback.PublishFeedback(subject_id=p.input_id, text="Opgenomen in actie A1.1.1")
    ),
    "withdraw_feedback": lambda u, c, p: feedback.withdraw_feedback(
        u, c, feedback.WithdrawFeedback(feedback_id=p.feedback_id)
    ),
    "redact_input": lambda u, c, p: privacy.redact_input(
        u, c, privacy.RedactInput(input_id=p.input_id, reason="X")
    ),
    "erase_participant": lambda u, c, p: privacy.erase_participant(
        u, c, privacy.EraseParticipant(email="an@example.org", reason="X")
    ),
    "history": lambda u, c, p: audit.history(u, c, subject_id=p.goal_id),
    "trail_as_of": lambda u, c, p: audit.trail_as_of(u, c, plan_id=p.plan_id, at=datetime.now(UTC)),
    "create_key": lambda u, c, p: keys.create_key(
        u, c, keys.CreateKey(name="X", scopes=["read"], plan_id=p.plan_id)
    ),
    "revoke_key": lambda u, c, p: keys.revoke_key(u, c, keys.RevokeKey(key_id=p.key_id)),
}


def test_the_suite_covers_every_write_use_case() -> None:
    names = {use_case.__name__ for use_case in _write_use_cases()}
    # create_plan and create_actor take no id: they can only ever write to the caller's tenant.
    assert names - {"create_plan", "create_actor"} <= set(REACHING_IN)


@pytest.fixture
async def target(database: Database, caller: Caller, small_plan: SmallPlan) -> Target:
    async with database.unit_of_work() as uow:
        link = await links.create_link(
            uow,
            caller,
            links.CreateLink(source_id=small_plan.goal_id, target_id=small_plan.action_id),
        )
        key = await keys.create_key(uow, caller, keys.CreateKey(name="site", scopes=["read"]))
        moment = await participation.create_moment(
            uow,
            caller,
            participation.CreateMoment(
                plan_id=small_plan.plan_id,
                title="Infoavond",
                held_on=date(2022, 3, 1),
                method="workshop",
            ),
        )
        actor = await participation.create_actor(
            uow, caller, participation.CreateActor(name="Welzijn", kind="department")
        )
        answer = await feedback.publish_feedback(
            uow,
            caller,
            feedback.PublishFeedback(
                subject_id=small_plan.input_id, text="Dank, we nemen dit mee."
            ),
        )
        await inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=small_plan.plan_id,
                text="Bel me terug",
                channel="letter",
                participant_type="citizen",
                contact=ContactDetails(name="An", email="an@example.org"),
            ),
        )
        await uow.commit()
    return Target(
        **vars(small_plan),
        link_id=link.id,
        key_id=key.record.id,
        moment_id=moment.id,
        actor_id=actor.id,
        feedback_id=answer.id,
    )


@pytest.fixture
async def stranger(database: Database) -> Caller:
    async with database.unit_of_work() as uow:
        tenant = await create_tenant(uow, name="Andere gemeente")
        await uow.commit()
    return Caller(tenant_id=tenant.id, actor="someone else")


@pytest.mark.parametrize("name", sorted(REACHING_IN))
async def test_another_tenants_object_is_not_found(
    database: Database, target: Target, stranger: Caller, name: str
) -> None:
    before = await snapshot(database)
    with pytest.raises(NotFound):
        await attempt(database, lambda uow: REACHING_IN[name](uow, stranger, target))
    assert await snapshot(database) == before
