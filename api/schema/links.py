"""Mutations on the links of the trail: make, change and remove links, tag inputs in bulk.

The `Link` type itself lives in trail.py, beside the nodes whose ends it shows.
"""

from typing import Annotated

import strawberry
from strawberry.types import Info

from api.domain.vocabulary import Decision as DecisionValue
from api.schema.context import SpoorContext
from api.schema.errors import Failure, expected_version_field, perform, reason_field
from api.schema.ids import TRAIL_NODE_TYPES, uuid_of
from api.schema.trail import Link
from api.schema.vocabulary import Decision
from api.services import links
from api.store import models

LinkResult = Annotated[Link | Failure, strawberry.union("LinkResult")]


@strawberry.type(description="The links a bulk tagging made; inputs already tagged are skipped.")
class TagInputsPayload:
    created: list[Link]

    @classmethod
    def of(cls, made: list[models.Link]) -> "TagInputsPayload":
        return cls(created=[Link.from_row(link) for link in made])


TagInputsResult = Annotated[TagInputsPayload | Failure, strawberry.union("TagInputsResult")]


@strawberry.input(description="A link from what rests on to what it supports, in one plan.")
class CreateLinkInput:
    source_id: strawberry.ID = strawberry.field(description="The input, finding, theme…")
    target_id: strawberry.ID = strawberry.field(description="…the finding, theme, goal…")
    rationale: str | None = strawberry.field(default=None, description="Why the two are linked.")
    decision: Decision = DecisionValue.PROPOSED
    reason: str | None = reason_field()

    def command(self) -> links.CreateLink:
        return links.CreateLink(
            source_id=uuid_of(self.source_id, *TRAIL_NODE_TYPES, field="sourceId"),
            target_id=uuid_of(self.target_id, *TRAIL_NODE_TYPES, field="targetId"),
            rationale=self.rationale, decision=self.decision, reason=self.reason,
        )  # fmt: skip


@strawberry.input(description="What to change of a link; its ends never change.")
class UpdateLinkInput:
    link_id: strawberry.ID
    rationale: str | None = None
    decision: Decision | None = None
    expected_version: int | None = expected_version_field()
    reason: str | None = reason_field()

    def command(self) -> links.UpdateLink:
        return links.UpdateLink(
            link_id=uuid_of(self.link_id, "Link", field="linkId"), rationale=self.rationale,
            decision=self.decision, expected_version=self.expected_version, reason=self.reason,
        )  # fmt: skip


@strawberry.input(description="A link to remove from the trail.")
class DeleteLinkInput:
    link_id: strawberry.ID
    expected_version: int | None = expected_version_field()
    reason: str | None = reason_field()

    def command(self) -> links.DeleteLink:
        return links.DeleteLink(
            link_id=uuid_of(self.link_id, "Link", field="linkId"),
            expected_version=self.expected_version, reason=self.reason,
        )  # fmt: skip


@strawberry.input(description="Up to 500 inputs of the theme's plan to tag with it at once.")
class TagInputsInput:
    theme_id: strawberry.ID
    input_ids: list[strawberry.ID]
    rationale: str | None = None
    decision: Decision = DecisionValue.PROPOSED
    reason: str | None = reason_field()

    def command(self) -> links.TagInputs:
        return links.TagInputs(
            theme_id=uuid_of(self.theme_id, "Theme", field="themeId"),
            input_ids=tuple(
                uuid_of(input_id, "Input", field=f"inputIds[{index}]")
                for index, input_id in enumerate(self.input_ids)
            ),
            rationale=self.rationale, decision=self.decision, reason=self.reason,
        )  # fmt: skip


@strawberry.type
class LinkMutations:
    @strawberry.mutation(description="Link two nodes of a plan, with a rationale and decision.")
    async def create_link(
        self, info: Info[SpoorContext, None], input: CreateLinkInput
    ) -> LinkResult:
        return await perform(info, links.create_link, input.command, Link.from_row)

    @strawberry.mutation(description="Change a link's rationale or decision; its ends stay.")
    async def update_link(
        self, info: Info[SpoorContext, None], input: UpdateLinkInput
    ) -> LinkResult:
        return await perform(info, links.update_link, input.command, Link.from_row)

    @strawberry.mutation(description="Remove a link from the trail.")
    async def delete_link(
        self, info: Info[SpoorContext, None], input: DeleteLinkInput
    ) -> LinkResult:
        return await perform(info, links.delete_link, input.command, Link.from_row)

    @strawberry.mutation(
        description="Tag up to 500 inputs with a theme at once (all or nothing); inputs already"
        " tagged with it are skipped."
    )
    async def tag_inputs(
        self, info: Info[SpoorContext, None], input: TagInputsInput
    ) -> TagInputsResult:
        return await perform(info, links.tag_inputs, input.command, TagInputsPayload.of)
