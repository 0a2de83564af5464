"""Exact events: each write appends its own events, in order, and nothing else; a refusal
appends none.

The fixtures build a plan with its participation, inputs and structure through the same check,
so every write is checked once; each test then takes one area of writes and ends by replaying
the log.
"""

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from api.domain.errors import (
    Conflict,
    DuplicateLink,
    IllegalTransition,
    LinkNotAllowed,
    NotFound,
    ValidationFailed,
)
from api.services import actions, audit, inputs, links, participation, plans, privacy, structure
from api.services.caller import Caller
from api.services.privacy import ContactDetails
from api.store.database import Database
from api.store.models import Input
from api.store.unit_of_work import UnitOfWork
from tests.events.walk.log import Log, new_events

START = date(2022, 1, 1)
CONTACT = ContactDetails(name="An Peeters", email="an@example.org")


@dataclass
class Setting:
    plan: uuid.UUID
    moment: uuid.UUID
    owner: uuid.UUID
    partner: uuid.UUID


@dataclass
class Received:
    item: uuid.UUID
    with_contact: uuid.UUID


@dataclass
class Nodes:
    finding: uuid.UUID
    theme: uuid.UUID
    sub_theme: uuid.UUID
    goal: uuid.UUID
    action_plan: uuid.UUID
    action: uuid.UUID


@pytest.fixture
async def log(database: Database, caller: Caller) -> Log:
    """The tenant's log, which holds only the tenant's creation when a test begins."""
    assert [t for t, _ in await new_events(database, caller.tenant_id, None)] == ["tenant.created"]
    return Log(database, caller.tenant_id)


@pytest.fixture
async def setting(log: Log, caller: Caller) -> Setting:
    """A plan with a moment, and two actors."""
    plan = await log.expect(
        ["plan.created"],
        lambda uow: plans.create_plan(
            uow,
            caller,
            plans.CreatePlan(
                title="Sociaal plan",
                period_start=START,
                period_end=date(2027, 12, 31),
                phases=[("analysis", START, date(2022, 3, 31))],
            ),
        ),
    )
    moment = await log.expect(
        ["moment.created"],
        lambda uow: participation.create_moment(
            uow,
            caller,
            participation.CreateMoment(
                plan_id=plan.id, title="Buurtgesprek", held_on=START, method="workshop"
            ),
        ),
    )
    owner = await log.expect(
        ["actor.created"],
        lambda uow: participation.create_actor(
            uow, caller, participation.CreateActor(name="Sociale dienst", kind="department")
        ),
    )
    partner = await log.expect(
        ["actor.created"],
        lambda uow: participation.create_actor(
            uow, caller, participation.CreateActor(name="CAW", kind="partner")
        ),
    )
    return Setting(plan.id, moment.id, owner.id, partner.id)


@pytest.fixture
async def received(log: Log, caller: Caller, setting: Setting) -> Received:
    """An input taken in at the moment, and two from one participant who left a contact."""
    item = await log.expect(
        ["input.created"],
        lambda uow: inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=setting.plan,
                text="Te weinig betaalbare huur",
                channel="workshop",
                participant_type="citizen",
                moment_id=setting.moment,
                external_id="EXT-1",
            ),
        ),
    )

    async def from_contact(text: str, channel: str) -> uuid.UUID:
        made = await log.expect(
            ["contact.created", "input.created"],
            lambda uow: inputs.create_input(
                uow,
                caller,
                inputs.CreateInput(
                    plan_id=setting.plan,
                    text=text,
                    channel=channel,
                    participant_type="citizen",
                    contact=CONTACT,
                ),
            ),
        )
        return made.id

    with_contact = await from_contact("Meer fietspaden", "email")
    await from_contact("Ook meer fietsenstallingen", "letter")
    return Received(item.id, with_contact)


@pytest.fixture
async def nodes(log: Log, caller: Caller, setting: Setting) -> Nodes:
    """A node of every kind, a theme with a sub-theme, and an action with its actors."""
    plan_id = setting.plan
    finding = await log.expect(
        ["finding.created"],
        lambda uow: structure.create_finding(
            uow, caller, structure.CreateFinding(plan_id=plan_id, title="Huur is duur")
        ),
    )
    theme = await log.expect(
        ["theme.created"],
        lambda uow: structure.create_theme(
            uow, caller, structure.CreateTheme(plan_id=plan_id, title="Wonen")
        ),
    )
    sub_theme = await log.expect(
        ["theme.created"],
        lambda uow: structure.create_theme(
            uow, caller, structure.CreateTheme(plan_id=plan_id, title="Huren", parent_id=theme.id)
        ),
    )
    goal = await log.expect(
        ["goal.created"],
        lambda uow: structure.create_goal(
            uow, caller, structure.CreateGoal(plan_id=plan_id, code="SD1", title="Betaalbaar wonen")
        ),
    )
    action_plan = await log.expect(
        ["action_plan.created"],
        lambda uow: structure.create_action_plan(
            uow, caller, structure.CreateActionPlan(plan_id=plan_id, code="AP1", title="Huuraanbod")
        ),
    )
    action = await log.expect(
        ["action.created"],
        lambda uow: actions.create_action(
            uow,
            caller,
            actions.CreateAction(
                plan_id=plan_id,
                code="A1",
                title="Sociaal verhuurkantoor",
                owners=[setting.owner],
                partners=[setting.partner],
            ),
        ),
    )
    return Nodes(finding.id, theme.id, sub_theme.id, goal.id, action_plan.id, action.id)


async def assert_replays(log: Log) -> None:
    """The log rebuilds the tables and its chain verifies."""
    async with log.database.unit_of_work() as uow:
        assert await audit.replay(uow, log.tenant_id) == await audit.current_state(
            uow, log.tenant_id
        )
        assert (await audit.verify_log(uow, log.tenant_id)).intact


async def test_plan_writes_leave_exactly_their_events(
    log: Log, caller: Caller, setting: Setting
) -> None:
    plan_id = setting.plan
    await log.expect(
        ["plan.updated"],
        lambda uow: plans.update_plan(
            uow,
            caller,
            plans.UpdatePlan(
                plan_id=plan_id, phases=[("citizen_consultation", START, date(2022, 6, 30))]
            ),
        ),
    )
    await log.refused(
        IllegalTransition,
        lambda uow: plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=plan_id, status="adopted")
        ),
    )
    await log.expect(
        ["plan.status_changed"],
        lambda uow: plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=plan_id, status="published")
        ),
    )
    await assert_replays(log)


async def test_input_writes_leave_exactly_their_events(
    log: Log, caller: Caller, setting: Setting, received: Received
) -> None:
    def again(plan_id: uuid.UUID) -> Callable[[UnitOfWork], Awaitable[Input]]:
        return lambda uow: inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=plan_id,
                text="Nog eens",
                channel="survey",
                participant_type="citizen",
                external_id="EXT-1",
            ),
        )

    # Repeating a create with the external id of an input of the plan returns that input.
    retried = await log.expect([], again(setting.plan))
    assert retried.id == received.item
    assert retried.text == "Te weinig betaalbare huur"
    # Another plan's input may not carry it.
    other = await log.expect(
        ["plan.created"],
        lambda uow: plans.create_plan(
            uow,
            caller,
            plans.CreatePlan(
                title="Ander plan", period_start=date(2025, 1, 1), period_end=date(2030, 12, 31)
            ),
        ),
    )
    await log.refused(Conflict, again(other.id))
    await log.expect(
        ["input.updated"],
        lambda uow: inputs.update_input(
            uow,
            caller,
            inputs.UpdateInput(input_id=received.item, text="Te weinig betaalbare huurwoningen"),
        ),
    )
    await log.expect(
        ["input.status_changed"],
        lambda uow: inputs.set_input_status(
            uow, caller, inputs.SetInputStatus(input_id=received.item, status="in_review")
        ),
    )
    await assert_replays(log)


async def test_structure_and_action_writes_leave_exactly_their_events(
    log: Log, caller: Caller, setting: Setting, nodes: Nodes
) -> None:
    await log.expect(
        ["goal.updated"],
        lambda uow: structure.update_node(
            uow,
            caller,
            structure.UpdateNode(
                node_id=nodes.goal, title={"nl": "Betaalbaar wonen", "en": "Affordable housing"}
            ),
        ),
    )
    await log.expect(
        ["action.updated"],
        lambda uow: actions.update_action(
            uow,
            caller,
            actions.UpdateAction(
                action_id=nodes.action, owners=[setting.partner], budget=Decimal("1500.00")
            ),
        ),
    )
    await log.expect(
        ["action.status_changed"],
        lambda uow: actions.set_action_status(
            uow, caller, actions.SetActionStatus(action_id=nodes.action, status="planned")
        ),
    )
    await log.expect(
        ["action.progress_changed"],
        lambda uow: actions.set_progress(
            uow, caller, actions.SetProgress(action_id=nodes.action, progress=40)
        ),
    )
    await log.refused(
        ValidationFailed,
        lambda uow: actions.set_progress(
            uow, caller, actions.SetProgress(action_id=nodes.action, progress=101)
        ),
    )
    await assert_replays(log)


async def test_link_writes_and_removals_leave_exactly_their_events(
    log: Log, caller: Caller, received: Received, nodes: Nodes
) -> None:
    item = received.item
    to_finding = await log.expect(
        ["link.created"],
        lambda uow: links.create_link(
            uow, caller, links.CreateLink(source_id=item, target_id=nodes.finding)
        ),
    )
    to_theme = await log.expect(
        ["link.created"],
        lambda uow: links.create_link(
            uow, caller, links.CreateLink(source_id=item, target_id=nodes.theme)
        ),
    )
    finding_goal = await log.expect(
        ["link.created"],
        lambda uow: links.create_link(
            uow, caller, links.CreateLink(source_id=nodes.finding, target_id=nodes.goal)
        ),
    )
    goal_plan = await log.expect(
        ["link.created"],
        lambda uow: links.create_link(
            uow, caller, links.CreateLink(source_id=nodes.goal, target_id=nodes.action_plan)
        ),
    )
    await log.refused(
        DuplicateLink,
        lambda uow: links.create_link(
            uow, caller, links.CreateLink(source_id=item, target_id=nodes.finding)
        ),
    )
    await log.refused(
        LinkNotAllowed,
        lambda uow: links.create_link(
            uow, caller, links.CreateLink(source_id=nodes.finding, target_id=nodes.action_plan)
        ),
    )
    await log.expect(
        ["link.updated"],
        lambda uow: links.update_link(
            uow,
            caller,
            links.UpdateLink(link_id=to_finding.id, decision="adopted", rationale="Zo besproken"),
        ),
    )

    # A theme with a sub-theme is kept, and so is its link: nothing of the removal is logged.
    await log.refused(
        Conflict,
        lambda uow: structure.delete_node(uow, caller, structure.DeleteNode(node_id=nodes.theme)),
    )
    await log.expect(
        ["theme.moved"],
        lambda uow: structure.move_theme(
            uow, caller, structure.MoveTheme(theme_id=nodes.sub_theme, parent_id=None)
        ),
    )
    await log.expect(
        ["link.deleted", "theme.deleted"],
        lambda uow: structure.delete_node(uow, caller, structure.DeleteNode(node_id=nodes.theme)),
        subjects=[to_theme.id, nodes.theme],
    )
    await log.expect(
        ["link.deleted"],
        lambda uow: links.delete_link(uow, caller, links.DeleteLink(link_id=to_finding.id)),
        subjects=[to_finding.id],
    )
    await log.expect(
        ["link.deleted", "link.deleted", "goal.deleted"],
        lambda uow: structure.delete_node(uow, caller, structure.DeleteNode(node_id=nodes.goal)),
        subjects=[finding_goal.id, goal_plan.id, nodes.goal],
    )
    await log.refused(
        NotFound,
        lambda uow: structure.delete_node(uow, caller, structure.DeleteNode(node_id=nodes.goal)),
    )
    await assert_replays(log)


async def test_redaction_and_erasure_leave_exactly_their_events(
    log: Log, caller: Caller, received: Received
) -> None:
    await log.refused(
        ValidationFailed,
        lambda uow: privacy.redact_input(
            uow, caller, privacy.RedactInput(input_id=received.with_contact, reason="  ")
        ),
    )
    await log.expect(
        ["input.redacted"],
        lambda uow: privacy.redact_input(
            uow,
            caller,
            privacy.RedactInput(input_id=received.with_contact, reason="Verzoek van de deelnemer"),
        ),
        subjects=[received.with_contact],
    )
    await log.expect(
        ["contact.erased", "contact.erased"],
        lambda uow: privacy.erase_participant(
            uow, caller, privacy.EraseParticipant(email="AN@example.org", reason="Vergetelheid")
        ),
    )
    await log.refused(
        NotFound,
        lambda uow: privacy.erase_participant(
            uow, caller, privacy.EraseParticipant(email="an@example.org", reason="Vergetelheid")
        ),
    )
    await assert_replays(log)
