"""Mutations that change what is on the trail: items' fields and statuses, links, theme tags.

Every one that changes an existing item takes an optional `expectedVersion`: given, the change
is refused with a ConflictError when the item moved on since the caller read it.
"""

import datetime
from decimal import Decimal
from typing import Annotated

import strawberry
from strawberry import relay
from strawberry.types import Info

from api.schema.context import SpoorContext
from api.schema.ids import uuid_of
from api.schema.links import Link
from api.schema.mutations import Failure, LinkNotAllowedError, LinkResult, _perform
from api.schema.mutations_structure import NodeResult, Text, _text
from api.schema.structure import Action, Input, PlanItem, Theme, node_type
from api.services import actions, inputs, links, structure
from api.services.caller import Caller
from api.store.unit_of_work import UnitOfWork

ThemeResult = Annotated[Theme | LinkNotAllowedError | Failure, strawberry.union("ThemeResult")]
InputUpdateResult = Annotated[Input | Failure, strawberry.union("InputUpdateResult")]
ActionUpdateResult = Annotated[Action | Failure, strawberry.union("ActionUpdateResult")]


@strawberry.type(description="The links a bulk tagging made; inputs already tagged are skipped.")
class TagResult:
    created: list[Link]


TagInputsResult = Annotated[
    TagResult | LinkNotAllowedError | Failure, strawberry.union("TagInputsResult")
]


@strawberry.type
class TrailMutations:
    @strawberry.mutation(
        description="Change what is given of a finding's, theme's, goal's, action plan's or"
        " action's code, title, description or priority."
    )
    async def update_node(
        self,
        info: Info[SpoorContext, None],
        id: relay.GlobalID,
        code: str | None = None,
        title: Text | None = None,
        description: Text | None = None,
        priority: bool | None = None,
        expected_version: int | None = None,
        reason: str | None = None,
    ) -> NodeResult:
        async def use(uow: UnitOfWork, caller: Caller) -> PlanItem:
            row = await structure.update_node(
                uow, caller, node_id=uuid_of(id), code=code, title=_text(title),
                description=_text(description), priority=priority,
                expected_version=expected_version, reason=reason,
            )  # fmt: skip
            return node_type(row)

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(description="Place a theme under another (or, without one, at the top).")
    async def move_theme(
        self,
        info: Info[SpoorContext, None],
        theme_id: relay.GlobalID,
        parent_id: relay.GlobalID | None = None,
        expected_version: int | None = None,
        reason: str | None = None,
    ) -> ThemeResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Theme:
            row = await structure.move_theme(
                uow, caller, theme_id=uuid_of(theme_id),
                parent_id=uuid_of(parent_id) if parent_id else None,
                expected_version=expected_version, reason=reason,
            )  # fmt: skip
            return Theme(id=str(row.id), row=row)

        return await _perform(info, use)

    @strawberry.mutation(description="Correct an input's text, channel, participant or moment.")
    async def update_input(
        self,
        info: Info[SpoorContext, None],
        id: relay.GlobalID,
        text: str | None = None,
        channel: str | None = None,
        participant_type: str | None = None,
        moment_id: relay.GlobalID | None = None,
        language: str | None = None,
        expected_version: int | None = None,
        reason: str | None = None,
    ) -> InputUpdateResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Input:
            row = await inputs.update_input(
                uow, caller, input_id=uuid_of(id), text=text, channel=channel,
                participant_type=participant_type,
                moment_id=uuid_of(moment_id) if moment_id else None, language=language,
                expected_version=expected_version, reason=reason,
            )  # fmt: skip
            return Input.from_row(row)

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(
        description="Change an action's weight, dates, budget or actors (owners, partners)."
    )
    async def update_action(
        self,
        info: Info[SpoorContext, None],
        id: relay.GlobalID,
        weight: Decimal | None = None,
        starts_on: datetime.date | None = None,
        ends_on: datetime.date | None = None,
        budget: Decimal | None = None,
        owner_ids: list[relay.GlobalID] | None = None,
        partner_ids: list[relay.GlobalID] | None = None,
        expected_version: int | None = None,
        reason: str | None = None,
    ) -> ActionUpdateResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Action:
            row = await actions.update_action(
                uow, caller, action_id=uuid_of(id), weight=weight, starts_on=starts_on,
                ends_on=ends_on, budget=budget,
                owners=[uuid_of(o) for o in owner_ids] if owner_ids is not None else None,
                partners=[uuid_of(p) for p in partner_ids] if partner_ids is not None else None,
                expected_version=expected_version, reason=reason,
            )  # fmt: skip
            return Action(id=str(row.id), row=row)

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(
        description="Move an action along proposed → planned → in_progress → done (or dropped)."
    )
    async def set_action_status(
        self,
        info: Info[SpoorContext, None],
        id: relay.GlobalID,
        status: str,
        expected_version: int | None = None,
        reason: str | None = None,
    ) -> ActionUpdateResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Action:
            row = await actions.set_action_status(
                uow, caller, action_id=uuid_of(id), status=status,
                expected_version=expected_version, reason=reason,
            )  # fmt: skip
            return Action(id=str(row.id), row=row)

        return await _perform(info, use)  # type: ignore[return-value]

    @strawberry.mutation(description="Change a link's rationale or decision; its ends stay.")
    async def update_link(
        self,
        info: Info[SpoorContext, None],
        id: relay.GlobalID,
        rationale: str | None = None,
        decision: str | None = None,
        expected_version: int | None = None,
        reason: str | None = None,
    ) -> LinkResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Link:
            row = await links.update_link(
                uow, caller, link_id=uuid_of(id), rationale=rationale, decision=decision,
                expected_version=expected_version, reason=reason,
            )  # fmt: skip
            return Link.from_row(row)

        return await _perform(info, use)

    @strawberry.mutation(description="Remove a link from the trail.")
    async def delete_link(
        self,
        info: Info[SpoorContext, None],
        id: relay.GlobalID,
        expected_version: int | None = None,
        reason: str | None = None,
    ) -> LinkResult:
        async def use(uow: UnitOfWork, caller: Caller) -> Link:
            row = await links.delete_link(
                uow, caller, link_id=uuid_of(id), expected_version=expected_version,
                reason=reason,
            )  # fmt: skip
            return Link.from_row(row)

        return await _perform(info, use)

    @strawberry.mutation(
        description="Tag up to 500 inputs with a theme at once (all or nothing); inputs already"
        " tagged with it are skipped."
    )
    async def tag_inputs(
        self,
        info: Info[SpoorContext, None],
        theme_id: relay.GlobalID,
        input_ids: list[relay.GlobalID],
        rationale: str | None = None,
        decision: str = "proposed",
        reason: str | None = None,
    ) -> TagInputsResult:
        async def use(uow: UnitOfWork, caller: Caller) -> TagResult:
            made = await links.tag_inputs(
                uow, caller, theme_id=uuid_of(theme_id),
                input_ids=[uuid_of(i) for i in input_ids], rationale=rationale,
                decision=decision, reason=reason,
            )  # fmt: skip
            return TagResult(created=[Link.from_row(link) for link in made])

        return await _perform(info, use)
