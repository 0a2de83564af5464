"""Coverage in GraphQL: what reached a goal or an action, and what rests on nothing."""

import uuid

import strawberry
from strawberry.types import Info

from api.schema.context import SpoorContext
from api.services import coverage


@strawberry.type(description="Of the inputs with one value, how many reached a goal or action.")
class Share:
    value: str
    total: int
    reached: int


@strawberry.type(description="An input that reached no goal or action.")
class UnreachedInput:
    input_id: strawberry.ID
    decided: bool = strawberry.field(description="True when it was marked not_retained.")
    reason: str | None = strawberry.field(description="Why not, when it was decided.")


@strawberry.type(description="A finding, theme, goal or action, by kind, code and title.")
class ItemRef:
    id: strawberry.ID
    kind: str
    code: str | None
    title: str | None


@strawberry.type(description="How much of what was said reached the plan's commitments.")
class Coverage:
    total_inputs: int
    reached_inputs: int = strawberry.field(description="Inputs with a path to a goal or action.")
    by_channel: list[Share]
    by_participant_type: list[Share]
    by_theme: list[Share]
    by_moment: list[Share]
    unreached: list[UnreachedInput]
    goals_and_actions_without_input: list[ItemRef]
    themes_and_findings_without_goal: list[ItemRef]


def _shares(shares: list[coverage.Share]) -> list[Share]:
    return [Share(value=s.value, total=s.total, reached=s.reached) for s in shares]


def _refs(nodes: list[coverage.StructureNode]) -> list[ItemRef]:
    return [
        ItemRef(id=strawberry.ID(str(n.id)), kind=n.kind, code=n.code, title=n.title) for n in nodes
    ]


async def resolve_coverage(info: Info[SpoorContext, None], plan_id: uuid.UUID) -> Coverage:
    """The coverage of one plan, in a fixed number of statements."""
    found = await info.context.read(
        lambda uow: coverage.plan_coverage(uow, info.context.caller, plan_id=plan_id)
    )
    return Coverage(
        total_inputs=found.total_inputs,
        reached_inputs=found.reached_inputs,
        by_channel=_shares(found.by_channel),
        by_participant_type=_shares(found.by_participant_type),
        by_theme=_shares(found.by_theme),
        by_moment=_shares(found.by_moment),
        unreached=[
            UnreachedInput(
                input_id=strawberry.ID(str(u.input_id)), decided=u.decided, reason=u.reason
            )
            for u in found.unreached
        ],
        goals_and_actions_without_input=_refs(found.commitments_without_input),
        themes_and_findings_without_goal=_refs(found.themes_and_findings_without_goal),
    )
