"""Mutations for the plan's structure: plans, findings, themes, goals, action plans, actions."""

import datetime
import uuid
from typing import Annotated

import strawberry
from strawberry import relay
from strawberry.scalars import JSON
from strawberry.types import Info

from api.domain.errors import ValidationFailed
from api.schema.context import SpoorContext
from api.schema.ids import uuid_of
from api.schema.mutations import Failure, _perform
from api.schema.structure import (
    Action,
    ActionPlan,
    Finding,
    Goal,
    Input,
    PlanItem,
    Theme,
    node_type,
)
from api.schema.types import Plan
from api.services import actions, plans, structure
from api.services.caller import Caller
from api.store import models
from api.store.unit_of_work import UnitOfWork

PlanResult = Annotated[Plan | Failure, strawberry.union("PlanResult")]
NodeResult = Annotated[
    Finding | Theme | Goal | ActionPlan | Action | Input | Failure, strawberry.union("NodeResult")
]
Text = JSON  # a string (Dutch) or an object of language → text


def _text(value: object) -> str | dict[str, str] | None:
    """A translatable text as given: a Dutch string, or an object of language to text."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        return value
    raise ValidationFailed("a text is a string, or an object of language to string", field="title")


async def _create(
    uow: UnitOfWork,
    caller: Caller,
    kind: str,
    *,
    plan_id: uuid.UUID,
    code: str | None,
    title: str | dict[str, str],
    description: str | dict[str, str] | None,
    priority: bool,
    parent_id: uuid.UUID | None,
    reason: str | None,
) -> models.Node:
    """One create use case per kind of plan item."""
    if kind == "finding":
        return await structure.create_finding(
            uow, caller, plan_id=plan_id, code=code, title=title, description=description,
            reason=reason,
        )  # fmt: skip
    if kind == "theme":
        return await structure.create_theme(
            uow, caller, plan_id=plan_id, code=code, title=title, description=description,
            parent_id=parent_id, reason=reason,
        )  # fmt: skip
    creators = {
        "goal": structure.create_goal,
        "action_plan": structure.create_action_plan,
        "action": actions.create_action,
    }
    if kind not in creators:
        raise ValidationFailed(f"{kind!r} is not a kind of plan item", field="kind")
    return await creators[kind](
        uow, caller, plan_id=plan_id, code=code or "", title=title, description=description,
        priority=priority, reason=reason,
    )  # fmt: skip


@strawberry.type
class StructureMutations:
    @strawberry.mutation(description="Draft a plan for the caller's tenant.")
    async def create_plan(
        self,
        info: Info[SpoorContext, None],
        title: Text,
        period_start: datetime.date,
        period_end: datetime.date,
        description: Text | None = None,
        reason: str | None = None,
    ) -> PlanResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Plan:
            row = await plans.create_plan(
                uow, caller, title=_text(title) or "", period_start=period_start,
                period_end=period_end, description=_text(description), reason=reason,
            )  # fmt: skip
            return Plan.from_row(row)

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(description="Publish (or adopt) a plan; plans only move forward.")
    async def set_plan_status(
        self, info: Info[SpoorContext, None], plan_id: relay.GlobalID, status: str,
        expected_version: int | None = None, reason: str | None = None,
    ) -> PlanResult:  # fmt: skip
        async def use(uow: UnitOfWork, caller: Caller) -> Plan:
            row = await plans.set_plan_status(
                uow,
                caller,
                plan_id=uuid_of(plan_id),
                status=status,
                reason=reason,
                expected_version=expected_version,
            )
            return Plan.from_row(row)

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(
        description="Add a finding, theme, goal, action plan or action to a plan."
        " `kind` is one of finding, theme, goal, action_plan, action."
    )
    async def create_node(
        self,
        info: Info[SpoorContext, None],
        plan_id: relay.GlobalID,
        kind: str,
        title: Text,
        code: str | None = None,
        description: Text | None = None,
        priority: bool = False,
        parent_theme_id: relay.GlobalID | None = None,
        reason: str | None = None,
    ) -> NodeResult:
        async def use(uow: UnitOfWork, caller: Caller) -> PlanItem:
            return node_type(
                await _create(
                    uow, caller, kind, plan_id=uuid_of(plan_id), code=code,
                    title=_text(title) or "", description=_text(description), priority=priority,
                    parent_id=uuid_of(parent_theme_id) if parent_theme_id else None, reason=reason,
                )
            )  # fmt: skip

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(
        description="Remove an input, finding, theme, goal, action plan or action, and the links"
        " that touch it."
    )
    async def delete_node(
        self,
        info: Info[SpoorContext, None],
        id: relay.GlobalID,
        expected_version: int | None = None,
        reason: str | None = None,
    ) -> NodeResult:
        async def use(uow: UnitOfWork, caller: Caller) -> PlanItem:
            return node_type(
                await structure.delete_node(
                    uow,
                    caller,
                    node_id=uuid_of(id),
                    expected_version=expected_version,
                    reason=reason,
                )
            )

        return await _perform(info, use)  # type: ignore[return-value]
