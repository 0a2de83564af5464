"""The state of a record as events carry it: plain JSON values, the fields SUBJECT_FIELDS names."""

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.domain.events import SUBJECT_FIELDS, SubjectKind
from api.domain.vocabulary import ActorRole
from api.store.models import (
    Action,
    ActionActor,
    Actor,
    ApiKey,
    Base,
    Contact,
    Feedback,
    Link,
    Node,
    ParticipationMoment,
    Plan,
    PlanPhase,
    Tenant,
)

State = dict[str, Any]

SUBJECT_MODELS: dict[SubjectKind, type[Base]] = {
    SubjectKind.TENANT: Tenant,
    SubjectKind.PLAN: Plan,
    SubjectKind.MOMENT: ParticipationMoment,
    SubjectKind.ACTOR: Actor,
    SubjectKind.LINK: Link,
    SubjectKind.CONTACT: Contact,
    SubjectKind.API_KEY: ApiKey,
    SubjectKind.FEEDBACK: Feedback,
}


def subject_kind(record: Base) -> SubjectKind:
    if isinstance(record, Node):
        return SubjectKind(record.kind)
    for kind, model in SUBJECT_MODELS.items():
        if isinstance(record, model):
            return kind
    raise TypeError(f"{type(record).__name__} is not an event subject")


def plain(value: Any) -> Any:
    """A value as JSON keeps it exactly: ids, dates and decimals become text."""
    if isinstance(value, (uuid.UUID, Decimal)):
        return str(value)
    if isinstance(value, datetime):
        # PostgreSQL gives instants back in UTC; the recorded state must read the same.
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


async def snapshot(session: AsyncSession, record: Base) -> State:
    """The record's state; the parts kept in other tables (phases, actors) are read too."""
    kind = subject_kind(record)
    extra: State = {}
    if isinstance(record, Plan):
        extra["phases"] = await _phases(session, record)
    elif isinstance(record, Action):
        extra.update(await _action_actors(session, record))
    elif isinstance(record, Contact):
        extra = {
            "has_name": record.name is not None,
            "has_email": record.email is not None,
            "has_phone": record.phone is not None,
        }
    return {
        field: extra[field] if field in extra else plain(getattr(record, field))
        for field in SUBJECT_FIELDS[kind]
    }


async def _phases(session: AsyncSession, plan: Plan) -> list[list[str]]:
    query = select(PlanPhase).where(
        PlanPhase.tenant_id == plan.tenant_id, PlanPhase.plan_id == plan.id
    )
    phases = (await session.scalars(query)).all()
    return sorted([p.phase, p.starts_on.isoformat(), p.ends_on.isoformat()] for p in phases)


async def _action_actors(session: AsyncSession, action: Action) -> State:
    query = select(ActionActor).where(
        ActionActor.tenant_id == action.tenant_id, ActionActor.action_id == action.id
    )
    rows = (await session.scalars(query)).all()
    return {
        "owners": sorted(str(r.actor_id) for r in rows if r.role == ActorRole.OWNER),
        "partners": sorted(str(r.actor_id) for r in rows if r.role == ActorRole.PARTNER),
    }


async def current_states(
    session: AsyncSession, tenant_id: uuid.UUID
) -> dict[tuple[str, str], State]:
    """The state of every subject a tenant holds now, keyed by (kind, id)."""
    records: list[Base] = []
    tenant = await session.get(Tenant, tenant_id)
    if tenant is not None:
        records.append(tenant)
    for model in (Plan, ParticipationMoment, Actor, Node, Link, Contact, ApiKey, Feedback):
        query = select(model).where(model.tenant_id == tenant_id)
        records.extend((await session.scalars(query)).all())
    return await _states(session, records)


async def _states(session: AsyncSession, records: Sequence[Base]) -> dict[tuple[str, str], State]:
    states = {}
    for record in records:
        states[(subject_kind(record).value, str(record.id))] = await snapshot(session, record)  # type: ignore[attr-defined]
    return states
