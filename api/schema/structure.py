"""The plan's structure in GraphQL: findings, themes, goals, action plans, and the mutations
that add, change and remove any item of the trail."""

import datetime
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any, Self

import strawberry
from strawberry import relay
from strawberry.types import Info

from api.domain.errors import ValidationFailed
from api.schema.actions import Action, ActionConnection, ActionResult, actor_ids
from api.schema.compiled import compiled_connection
from api.schema.context import SpoorContext
from api.schema.errors import Failure, expected_version_field, perform, reason_field
from api.schema.ids import PLAN_ELEMENT_TYPES, TRAIL_NODE_TYPES, optional_uuid_of, uuid_of
from api.schema.inputs import Input
from api.schema.pages import connection_of_list
from api.schema.trail import (
    PlanElement,
    node_type,
    plan_element_fields,
    register_node_type,
    resolve_trail_nodes,
)
from api.schema.vocabulary import StructureKind, TranslatedTextInput, translated
from api.services import actions, structure
from api.services.caller import Caller
from api.services.pagination import encode_cursor
from api.services.runner import UnitOfWork
from api.store import models

# Goals and action plans show the same roll-up (api/services/progress.py, api/domain/rollup.py).
PROGRESS = (
    "Progress rolled up from the actions under it, a whole percentage: each action counts by"
    " its weight (1 when it has none), dropped actions not at all; null when no action counts."
)


def _cursor(row: models.Node) -> str:
    return encode_cursor(row.created_at, row.id)


@strawberry.type(description="A challenge synthesised from several inputs.")
class Finding(PlanElement):
    id: relay.NodeID[str]

    @classmethod
    def from_row(cls, row: models.Node) -> Self:
        return cls(id=str(row.id), row=row, **plan_element_fields(row))

    resolve_nodes = resolve_trail_nodes("finding")


@strawberry.type(description="A node of the plan's theme taxonomy.")
class Theme(PlanElement):
    id: relay.NodeID[str]
    row: strawberry.Private[models.Theme]

    @classmethod
    def from_row(cls, row: models.Theme) -> Self:
        return cls(id=str(row.id), row=row, **plan_element_fields(row))

    resolve_nodes = resolve_trail_nodes("theme")

    @strawberry.field(description="The theme it sits under, if any.")
    async def parent(self, info: Info[SpoorContext, None]) -> "Theme | None":
        if self.row.parent_id is None:
            return None
        row = await info.context.nodes.load((self.row.tenant_id, self.row.parent_id))
        return Theme.from_row(row) if isinstance(row, models.Theme) else None

    @strawberry.field(description="The themes directly under it, by code: the tree, one level.")
    async def sub_themes(
        self, info: Info[SpoorContext, None], first: int = 20, after: str | None = None
    ) -> "ThemeConnection":
        rows = await info.context.sub_themes.load((self.row.tenant_id, self.row.id))
        return connection_of_list(
            ThemeConnection, rows, node_type, _cursor, first=first, after=after
        )


@strawberry.type(description="A group of actions under a goal.")
class ActionPlan(PlanElement):
    id: relay.NodeID[str]

    @classmethod
    def from_row(cls, row: models.Node) -> Self:
        return cls(id=str(row.id), row=row, **plan_element_fields(row))

    resolve_nodes = resolve_trail_nodes("action_plan")

    @strawberry.field(description=PROGRESS)
    async def progress(self, info: Info[SpoorContext, None]) -> int | None:
        return await info.context.progress.load((self.row.tenant_id, self.row.id))

    @strawberry.field(description="The actions of this action plan, by code.")
    async def actions(
        self, info: Info[SpoorContext, None], first: int = 20, after: str | None = None
    ) -> ActionConnection:
        key = (self.row.tenant_id, self.row.id)
        found = await compiled_connection(
            info, ActionConnection, key, under="node", listed="action", first=first, after=after
        )
        if found is not None:
            return found
        rows = await info.context.actions.load(key)
        return connection_of_list(
            ActionConnection, rows, node_type, _cursor, first=first, after=after
        )


@strawberry.type(description="A strategic goal.")
class Goal(PlanElement):
    id: relay.NodeID[str]

    @classmethod
    def from_row(cls, row: models.Node) -> Self:
        return cls(id=str(row.id), row=row, **plan_element_fields(row))

    resolve_nodes = resolve_trail_nodes("goal")

    @strawberry.field(description=PROGRESS)
    async def progress(self, info: Info[SpoorContext, None]) -> int | None:
        return await info.context.progress.load((self.row.tenant_id, self.row.id))

    @strawberry.field(description="The action plans under this goal, by code.")
    async def action_plans(
        self, info: Info[SpoorContext, None], first: int = 20, after: str | None = None
    ) -> "ActionPlanConnection":
        key = (self.row.tenant_id, self.row.id)
        found = await compiled_connection(
            info, ActionPlanConnection, key, under="node", listed="action_plan", first=first,
            after=after,
        )  # fmt: skip
        if found is not None:
            return found
        rows = await info.context.action_plans.load(key)
        return connection_of_list(
            ActionPlanConnection, rows, node_type, _cursor, first=first, after=after
        )


register_node_type("finding", Finding.from_row)
register_node_type("theme", Theme.from_row)  # type: ignore[arg-type]
register_node_type("goal", Goal.from_row)
register_node_type("action_plan", ActionPlan.from_row)


@strawberry.type(description="A page of findings.")
class FindingConnection(relay.Connection[Finding]):
    total_count: int = strawberry.field(description="How many there are in all.")


@strawberry.type(description="A page of themes.")
class ThemeConnection(relay.Connection[Theme]):
    total_count: int = strawberry.field(description="How many there are in all.")


@strawberry.type(description="A page of goals.")
class GoalConnection(relay.Connection[Goal]):
    total_count: int = strawberry.field(description="How many there are in all.")


@strawberry.type(description="A page of action plans.")
class ActionPlanConnection(relay.Connection[ActionPlan]):
    total_count: int = strawberry.field(description="How many there are in all.")


PlanElementResult = Annotated[
    Finding | Theme | Goal | ActionPlan | Action | Failure, strawberry.union("PlanElementResult")
]
TrailNodeResult = Annotated[
    Input | Finding | Theme | Goal | ActionPlan | Action | Failure,
    strawberry.union("TrailNodeResult"),
]
ThemeResult = Annotated[Theme | Failure, strawberry.union("ThemeResult")]


@strawberry.input(description="A finding, theme, goal or action plan to add to a plan.")
class CreateNodeInput:
    plan_id: strawberry.ID
    kind: StructureKind
    title: TranslatedTextInput
    code: str | None = strawberry.field(
        default=None, description="Such as SD1 or AP1.2; goals and action plans need one."
    )
    description: TranslatedTextInput | None = None
    priority: bool = strawberry.field(
        default=False, description="Goals and action plans only: flagged as priority."
    )
    parent_id: strawberry.ID | None = strawberry.field(
        default=None, description="Themes only: the theme it sits under."
    )
    external_id: str | None = strawberry.field(
        default=None,
        description="Its id in the system it comes from, unique per municipality and kind:"
        " sending the same create again returns the item made the first time.",
    )
    reason: str | None = reason_field()

    def command(self) -> Any:
        plan_id = uuid_of(self.plan_id, "Plan", field="planId")
        shared: dict[str, Any] = {
            "plan_id": plan_id,
            "title": translated(self.title),
            "description": translated(self.description),
            "external_id": self.external_id,
            "reason": self.reason,
        }
        if self.kind is StructureKind.FINDING:
            return structure.CreateFinding(code=self.code, **shared)
        if self.kind is StructureKind.THEME:
            parent_id = optional_uuid_of(self.parent_id, "Theme", field="parentId")
            return structure.CreateTheme(code=self.code, parent_id=parent_id, **shared)
        if self.parent_id is not None:
            raise ValidationFailed("only a theme has a parent", field="parentId")
        command = (
            structure.CreateGoal if self.kind is StructureKind.GOAL else structure.CreateActionPlan
        )
        return command(code=self.code or "", priority=self.priority, **shared)


async def _create_node(uow: UnitOfWork, caller: Caller, command: Any) -> models.Node:
    """The create use case of the command's kind."""
    creators: dict[type, Callable[..., Any]] = {
        structure.CreateFinding: structure.create_finding,
        structure.CreateTheme: structure.create_theme,
        structure.CreateGoal: structure.create_goal,
        structure.CreateActionPlan: structure.create_action_plan,
    }
    created: models.Node = await creators[type(command)](uow, caller, command)
    return created


@strawberry.input(description="A concrete action to add to a plan; link it under its action plan.")
class CreateActionInput:
    plan_id: strawberry.ID
    code: str
    title: TranslatedTextInput
    description: TranslatedTextInput | None = None
    priority: bool = False
    weight: Decimal | None = None
    starts_on: datetime.date | None = None
    ends_on: datetime.date | None = None
    budget: Decimal | None = strawberry.field(default=None, description="In euro.")
    owner_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="The departments that own it."
    )
    partner_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="The partners that help carry it."
    )
    external_id: str | None = strawberry.field(
        default=None,
        description="Its id in the project or financial system: sending the same create again"
        " returns the action made the first time.",
    )
    reason: str | None = reason_field()

    def command(self) -> actions.CreateAction:
        return actions.CreateAction(
            plan_id=uuid_of(self.plan_id, "Plan", field="planId"), code=self.code,
            title=translated(self.title) or {}, description=translated(self.description),
            priority=self.priority, weight=self.weight, starts_on=self.starts_on,
            ends_on=self.ends_on, budget=self.budget,
            owners=actor_ids(self.owner_ids, "ownerIds") or (),
            partners=actor_ids(self.partner_ids, "partnerIds") or (),
            external_id=self.external_id, reason=self.reason,
        )  # fmt: skip


@strawberry.input(description="What to change of a finding, theme, goal, action plan or action.")
class UpdateNodeInput:
    node_id: strawberry.ID
    code: str | None = None
    title: TranslatedTextInput | None = None
    description: TranslatedTextInput | None = None
    priority: bool | None = None
    expected_version: int | None = expected_version_field()
    reason: str | None = reason_field()

    def command(self) -> structure.UpdateNode:
        return structure.UpdateNode(
            node_id=uuid_of(self.node_id, *PLAN_ELEMENT_TYPES, field="nodeId"), code=self.code,
            title=translated(self.title), description=translated(self.description),
            priority=self.priority, expected_version=self.expected_version, reason=self.reason,
        )  # fmt: skip


@strawberry.input(description="An item of the trail to remove, with the links that touch it.")
class DeleteNodeInput:
    node_id: strawberry.ID
    expected_version: int | None = expected_version_field()
    reason: str | None = reason_field()

    def command(self) -> structure.DeleteNode:
        return structure.DeleteNode(
            node_id=uuid_of(self.node_id, *TRAIL_NODE_TYPES, field="nodeId"),
            expected_version=self.expected_version, reason=self.reason,
        )  # fmt: skip


@strawberry.input(description="Where to place a theme: under another, or (without) at the top.")
class MoveThemeInput:
    theme_id: strawberry.ID
    parent_id: strawberry.ID | None = None
    expected_version: int | None = expected_version_field()
    reason: str | None = reason_field()

    def command(self) -> structure.MoveTheme:
        return structure.MoveTheme(
            theme_id=uuid_of(self.theme_id, "Theme", field="themeId"),
            parent_id=optional_uuid_of(self.parent_id, "Theme", field="parentId"),
            expected_version=self.expected_version, reason=self.reason,
        )  # fmt: skip


@strawberry.type
class StructureMutations:
    @strawberry.mutation(description="Add a finding, theme, goal or action plan to a plan.")
    async def create_node(
        self, info: Info[SpoorContext, None], input: CreateNodeInput
    ) -> PlanElementResult:
        return await perform(info, _create_node, input.command, node_type)

    @strawberry.mutation(description="Add an action to a plan, with its owners and partners.")
    async def create_action(
        self, info: Info[SpoorContext, None], input: CreateActionInput
    ) -> ActionResult:
        return await perform(info, actions.create_action, input.command, Action.from_row)

    @strawberry.mutation(
        description="Change what is given of a finding's, theme's, goal's, action plan's or"
        " action's code, title, description or priority."
    )
    async def update_node(
        self, info: Info[SpoorContext, None], input: UpdateNodeInput
    ) -> PlanElementResult:
        return await perform(info, structure.update_node, input.command, node_type)

    @strawberry.mutation(
        description="Remove an input, finding, theme, goal, action plan or action, and the links"
        " that touch it; each removal is recorded."
    )
    async def delete_node(
        self, info: Info[SpoorContext, None], input: DeleteNodeInput
    ) -> TrailNodeResult:
        return await perform(info, structure.delete_node, input.command, node_type)

    @strawberry.mutation(description="Place a theme under another (or, without one, at the top).")
    async def move_theme(
        self, info: Info[SpoorContext, None], input: MoveThemeInput
    ) -> ThemeResult:
        return await perform(info, structure.move_theme, input.command, Theme.from_row)
