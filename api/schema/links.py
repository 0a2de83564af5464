"""Links in GraphQL: each a node of its own, with both ends, its rationale and its history."""

from collections.abc import Iterable
from typing import Self

import strawberry
from strawberry import relay
from strawberry.types import Info

from api.schema.context import SpoorContext
from api.schema.history import History, history_page
from api.schema.ids import rows_by_global_ids
from api.schema.structure import node_type
from api.services import browsing
from api.store import models


@strawberry.type(description="A link along the trail, from what rests on to what it supports.")
class Link(relay.Node):
    id: relay.NodeID[str]
    row: strawberry.Private[models.Link]

    @classmethod
    def from_row(cls, row: models.Link) -> Self:
        return cls(id=str(row.id), row=row)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info[SpoorContext, None], node_ids: Iterable[str], required: bool = False
    ) -> list[Self | None]:
        """Links by global id, for `node(id)`; None for what the caller may not read."""
        found = await rows_by_global_ids(info, node_ids, browsing.links_by_ids)
        return [cls.from_row(row) if row else None for row in found]

    @strawberry.field(description="Such as input_finding or goal_action_plan.")
    def kind(self) -> str:
        return self.row.kind

    @strawberry.field(description="Why the two are linked.")
    def rationale(self) -> str | None:
        return self.row.rationale

    @strawberry.field(description="proposed, adopted, partly_adopted or not_adopted")
    def decision(self) -> str:
        return self.row.decision

    @strawberry.field(description="Who made the link.")
    def author(self) -> str:
        return self.row.author

    @strawberry.field(description="Its version; pass it as expectedVersion to change it safely.")
    def version(self) -> int:
        return self.row.version

    @strawberry.field(description="The node the link starts from (what rests on the other).")
    async def source(self, info: Info[SpoorContext, None]) -> relay.Node | None:
        row = await info.context.nodes.load((self.row.tenant_id, self.row.source_id))
        return node_type(row) if row else None

    @strawberry.field(description="The node the link leads to.")
    async def target(self, info: Info[SpoorContext, None]) -> relay.Node | None:
        row = await info.context.nodes.load((self.row.tenant_id, self.row.target_id))
        return node_type(row) if row else None

    @strawberry.field(description="Every change to this link, newest first; needs an API key.")
    async def history(
        self, info: Info[SpoorContext, None], first: int | None = 20, after: str | None = None
    ) -> History:
        return await history_page(info, self.row.id, first, after)
