"""Exact events of the plan's structure: nodes and actions changed, links made, changed and
removed, and nodes removed with their links; a refusal appends none.

The fixtures (here and in conftest.py) build a plan, its inputs and a node of every kind through
the same check, so every write is checked once; each test then takes one area of writes and ends
by replaying the log.
"""

import uuid
from dataclasses import dataclass
from decimal import Decimal

import pytest

from api.domain.errors import (
    Conflict,
    DuplicateLink,
    LinkNotAllowed,
    NotFound,
    ValidationFailed,
)
from api.services import actions, links, structure
from api.services.caller import Caller
from tests.events.conftest import Received, Setting, assert_replays
from tests.events.walk.log import Log


@dataclass
class Nodes:
    finding: uuid.UUID
    theme: uuid.UUID
    sub_theme: uuid.UUID
    goal: uuid.UUID
    action_plan: uuid.UUID
    action: uuid.UUID


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
