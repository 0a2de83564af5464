"""Pages of a plan's inputs, filtered, for many plans at once (keyset order per plan)."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, exists, func, or_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from api.store.models import Input, Link
from api.store.plan_pages import counts_per_plan, pages_per_plan

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


def _conditions(given: InputFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
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
    return await pages_per_plan(
        session, Input, plan_keys, _conditions(given), order=(Input.submitted_at, Input.id),
        after=after, limit=limit,
    )  # fmt: skip


async def input_counts(
    session: AsyncSession, plan_keys: Sequence[PlanKey], given: InputFilter
) -> dict[PlanKey, int]:
    """How many inputs of each plan pass the filter, in one statement."""
    return await counts_per_plan(session, Input, plan_keys, _conditions(given))
