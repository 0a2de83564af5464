"""Keyset pages of a plan's items, for many plans at once: two statements, whatever the size.

Each plan's rows are numbered in keyset order by a window function, so one statement picks the
first `limit` rows of every plan asked; a second loads those rows as their own classes.
"""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

PlanKey = tuple[uuid.UUID, uuid.UUID]


def of_plans(model: Any, plan_keys: Sequence[PlanKey]) -> ColumnElement[bool]:
    return tuple_(model.tenant_id, model.plan_id).in_(list(plan_keys))


async def pages_per_plan(
    session: AsyncSession,
    model: Any,
    plan_keys: Sequence[PlanKey],
    where: list[ColumnElement[bool]],
    *,
    order: tuple[Any, Any],
    after: tuple[datetime, uuid.UUID] | None,
    limit: int,
) -> dict[PlanKey, list[Any]]:
    """Up to `limit` rows of each plan after the keyset position, in `order` (time, id)."""
    conditions = [of_plans(model, plan_keys), *where]
    if after is not None:
        conditions.append(tuple_(*order) > tuple_(*after))
    position = (
        func.row_number()
        .over(partition_by=(model.tenant_id, model.plan_id), order_by=order)
        .label("position")
    )
    ranked = (
        select(model.tenant_id, model.id, position)
        .select_from(model)
        .where(and_(*conditions))
        .subquery()
    )
    chosen = select(ranked.c.tenant_id, ranked.c.id).where(ranked.c.position <= limit)
    ids = (await session.execute(chosen)).all()
    pages: dict[PlanKey, list[Any]] = defaultdict(list)
    if ids:
        query = select(model).where(tuple_(model.tenant_id, model.id).in_([tuple(r) for r in ids]))
        rows: Sequence[Any] = (await session.scalars(query)).all()
        time_column, _ = order
        for row in sorted(rows, key=lambda item: (getattr(item, time_column.key), str(item.id))):
            pages[(row.tenant_id, row.plan_id)].append(row)
    return {key: pages.get(key, []) for key in plan_keys}


async def counts_per_plan(
    session: AsyncSession,
    model: Any,
    plan_keys: Sequence[PlanKey],
    where: list[ColumnElement[bool]],
) -> dict[PlanKey, int]:
    """How many rows of each plan pass the conditions, in one statement."""
    query = (
        select(model.tenant_id, model.plan_id, func.count())
        .select_from(model)
        .where(and_(of_plans(model, plan_keys), *where))
        .group_by(model.tenant_id, model.plan_id)
    )
    counts = {(t, p): n for t, p, n in (await session.execute(query)).all()}
    return {key: counts.get(key, 0) for key in plan_keys}
