"""Coverage in GraphQL: what reached a goal or an action, and what rests on nothing."""

import uuid

import strawberry
from strawberry.types import Info

from api.schema.context import SpoorContext
from api.schema.ids import global_id, global_id_of_kind
from api.schema.vocabulary import Channel, NodeKind, ParticipantType
from api.services import coverage, disclosure

NOT_RETAINED = (
    "Of those that reached nothing, how many were decided not retained; the others are open."
)


@strawberry.type(description="Of the inputs with one label, how many reached a goal or action.")
class Share:
    value: str = strawberry.field(description="The theme's or moment's title.")
    total: int
    reached: int
    not_retained: int = strawberry.field(description=NOT_RETAINED)


@strawberry.type(description="Of the inputs of one channel, how many reached a goal or action.")
class ChannelShare:
    channel: Channel
    total: int
    reached: int
    not_retained: int = strawberry.field(description=NOT_RETAINED)


@strawberry.type(description="Of the inputs of one kind of participant, how many reached one.")
class ParticipantTypeShare:
    participant_type: ParticipantType
    total: int
    reached: int
    not_retained: int = strawberry.field(description=NOT_RETAINED)


@strawberry.type(description="An input that reached no goal or action.")
class UnreachedInput:
    input_id: strawberry.ID
    decided: bool = strawberry.field(description="True when it was marked not retained.")
    reason: str | None = strawberry.field(
        description="Why not, when it was decided; shown only with a key (see Input.statusReason)."
    )


@strawberry.type(description="A finding, theme, goal or action, by kind, code and title.")
class ItemRef:
    id: strawberry.ID
    kind: NodeKind
    code: str | None
    title: str | None


@strawberry.type(description="How much of what was said reached the plan's commitments.")
class Coverage:
    total_inputs: int
    reached_inputs: int = strawberry.field(description="Inputs with a path to a goal or action.")
    by_channel: list[ChannelShare]
    by_participant_type: list[ParticipantTypeShare]
    by_theme: list[Share]
    by_moment: list[Share]
    unreached: list[UnreachedInput]
    goals_and_actions_without_input: list[ItemRef]
    themes_and_findings_without_goal: list[ItemRef]


def _shares(shares: list[coverage.Share]) -> list[Share]:
    return [
        Share(value=s.value, total=s.total, reached=s.reached, not_retained=s.not_retained)
        for s in shares
    ]


def _refs(nodes: list[coverage.StructureNode]) -> list[ItemRef]:
    return [
        ItemRef(
            id=global_id_of_kind(n.kind, n.id), kind=NodeKind(n.kind), code=n.code, title=n.title
        )
        for n in nodes
    ]


async def resolve_coverage(info: Info[SpoorContext, None], plan_id: uuid.UUID) -> Coverage:
    """The coverage of one plan, in a fixed number of statements."""
    found = await info.context.read(
        lambda uow: coverage.plan_coverage(uow, info.context.caller, plan_id=plan_id)
    )
    return Coverage(
        total_inputs=found.total_inputs,
        reached_inputs=found.reached_inputs,
        by_channel=[
            ChannelShare(
                channel=Channel(s.value),
                total=s.total,
                reached=s.reached,
                not_retained=s.not_retained,
            )
            for s in found.by_channel
        ],
        by_participant_type=[
            ParticipantTypeShare(
                participant_type=ParticipantType(s.value),
                total=s.total,
                reached=s.reached,
                not_retained=s.not_retained,
            )
            for s in found.by_participant_type
        ],
        by_theme=_shares(found.by_theme),
        by_moment=_shares(found.by_moment),
        unreached=[
            UnreachedInput(
                input_id=global_id("Input", u.input_id),
                decided=u.decided,
                reason=disclosure.personal(info.context.caller, u.reason),
            )
            for u in found.unreached
        ],
        goals_and_actions_without_input=_refs(found.commitments_without_input),
        themes_and_findings_without_goal=_refs(found.themes_and_findings_without_goal),
    )
