"""Pages of a plan's inputs, filtered, for many plans at once (keyset order per plan)."""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from api.store.models import Input, Link

PlanKey = tuple[uuid.UUID, uuid.UUID]


@dataclass(frozen=True)
class InputFilter:
    """What a caller may narrow a plan's inputs by; None means any."""

    channel: str | None = None
    participant_type: str | None = None
    status: str | None = None
    moment_id: uuid.UUID | None = None
    theme_id: uuid.UUID | None = None
    reached: bool | None = None
    search: str | None = None


def _conditions(plan_keys: Sequence[PlanKey], given: InputFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [tuple_(Input.tenant_id, Input.plan_id).in_(list(plan_keys))]
    for column, value in (
        (Input.channel, given.channel),
        (Input.participant_type, given.participant_type),
        (Input.status, given.status),
        (Input.moment_id, given.moment_id),
    ):
        if value is not None:
            where.append(column == value)
    if given.theme_id is not None:
        where.append(
            exists().where(
                Link.tenant_id == Input.tenant_id,
                Link.source_id == Input.id,
                Link.target_id == given.theme_id,
            )
        )
    if given.reached is not None:
        where.append(_reaches_commitment() if given.reached else ~_reaches_commitment())
    if given.search:
        vector = func.to_tsvector("dutch", Input.text)
        where.append(vector.bool_op("@@")(func.websearch_to_tsquery("dutch", given.search)))
    return where


def _reaches_commitment() -> ColumnElement[bool]:
    """A path to a goal or an action: links climb by rank, so two steps are the most it takes."""
    first, second = aliased(Link), aliased(Link)
    via_finding_or_theme = exists().where(
        second.tenant_id == first.tenant_id,
        second.source_id == first.target_id,
        second.target_kind == "goal",
    )
    return exists().where(
        first.tenant_id == Input.tenant_id,
        first.source_id == Input.id,
        or_(first.target_kind.in_(["goal", "action"]), via_finding_or_theme),
    )


async def input_pages(
    session: AsyncSession,
    plan_keys: Sequence[PlanKey],
    given: InputFilter,
    *,
    after: tuple[datetime, uuid.UUID] | None,
    limit: int,
) -> dict[PlanKey, list[Input]]:
    """Up to `limit` inputs of each plan after the keyset position, oldest first: 2 statements."""
    where = _conditions(plan_keys, given)
    if after is not None:
        where.append(tuple_(Input.submitted_at, Input.id) > tuple_(*after))
    position = (
        func.row_number()
        .over(
            partition_by=(Input.tenant_id, Input.plan_id),
            order_by=(Input.submitted_at, Input.id),
        )
        .label("position")
    )
    ranked = (
        select(Input.tenant_id, Input.id, position)
        .select_from(Input)
        .where(and_(*where))
        .subquery()
    )
    chosen = select(ranked.c.tenant_id, ranked.c.id).where(ranked.c.position <= limit)
    ids = (await session.execute(chosen)).all()
    pages: dict[PlanKey, list[Input]] = defaultdict(list)
    if ids:
        query = select(Input).where(tuple_(Input.tenant_id, Input.id).in_([tuple(r) for r in ids]))
        rows: Sequence[Any] = (await session.scalars(query)).all()
        for row in sorted(rows, key=lambda item: (item.submitted_at, str(item.id))):
            pages[(row.tenant_id, row.plan_id)].append(row)
    return {key: pages.get(key, []) for key in plan_keys}


async def input_counts(
    session: AsyncSession, plan_keys: Sequence[PlanKey], given: InputFilter
) -> dict[PlanKey, int]:
    """How many inputs of each plan pass the filter, in one statement."""
    query = (
        select(Input.tenant_id, Input.plan_id, func.count())
        .select_from(Input)
        .where(and_(*_conditions(plan_keys, given)))
        .group_by(Input.tenant_id, Input.plan_id)
    )
    counts = {(t, p): n for t, p, n in (await session.execute(query)).all()}
    return {key: counts.get(key, 0) for key in plan_keys}
