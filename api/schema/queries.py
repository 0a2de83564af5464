"""The root query."""

import strawberry
from strawberry.types import Info

from api.schema.context import SpoorContext
from api.schema.types import PlanConnection
from api.services import plans as plan_service


@strawberry.type
class Query:
    @strawberry.field(
        description="The plans the caller may read, in the order they were created: with an API"
        " key, its tenant's plans (or its one plan); without, every published or adopted plan."
    )
    async def plans(
        self,
        info: Info[SpoorContext, None],
        first: int | None = 20,
        after: str | None = None,
    ) -> PlanConnection:
        page = await info.context.serialised(
            lambda uow: plan_service.list_plans(uow, info.context.caller, first=first, after=after)
        )
        return PlanConnection.from_page(page)
