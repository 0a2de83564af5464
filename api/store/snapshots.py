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
    WebhookEndpoint,
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
    SubjectKind.WEBHOOK_ENDPOINT: WebhookEndpoint,
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
    return (await snapshots(session, [record]))[0]


async def snapshots(session: AsyncSession, records: Sequence[Base]) -> list[State]:
    """The states of records, in their order; the parts of all of them read in one statement
    per table, however many records there are."""
    phases = await _phases(session, [r for r in records if isinstance(r, Plan)])
    actors = await _action_actors(session, [r for r in records if isinstance(r, Action)])
    states = []
    for record in records:
        kind = subject_kind(record)
        extra: State = {}
        if isinstance(record, Plan):
            extra["phases"] = sorted(phases.get(record.id, []))
        elif isinstance(record, Action):
            rows = actors.get(record.id, [])
            extra["owners"] = sorted(str(r.actor_id) for r in rows if r.role == ActorRole.OWNER)
            extra["partners"] = sorted(str(r.actor_id) for r in rows if r.role == ActorRole.PARTNER)
        elif isinstance(record, Contact):
            extra = {
                "has_name": record.name is not None,
                "has_email": record.email is not None,
                "has_phone": record.phone is not None,
            }
        states.append(
            {
                field: extra[field] if field in extra else plain(getattr(record, field))
                for field in SUBJECT_FIELDS[kind]
            }
        )
    return states


async def _phases(session: AsyncSession, plans: list[Plan]) -> dict[uuid.UUID, list[list[str]]]:
    if not plans:
        return {}
    query = select(PlanPhase).where(
        PlanPhase.tenant_id.in_({p.tenant_id for p in plans}),
        PlanPhase.plan_id.in_([p.id for p in plans]),
    )
    found: dict[uuid.UUID, list[list[str]]] = {}
    for phase in (await session.scalars(query)).all():
        found.setdefault(phase.plan_id, []).append(
            [phase.phase, phase.starts_on.isoformat(), phase.ends_on.isoformat()]
        )
    return found


async def _action_actors(
    session: AsyncSession, actions: list[Action]
) -> dict[uuid.UUID, list[ActionActor]]:
    if not actions:
        return {}
    query = select(ActionActor).where(
        ActionActor.tenant_id.in_({a.tenant_id for a in actions}),
        ActionActor.action_id.in_([a.id for a in actions]),
    )
    found: dict[uuid.UUID, list[ActionActor]] = {}
    for row in (await session.scalars(query)).all():
        found.setdefault(row.action_id, []).append(row)
    return found


async def current_states(
    session: AsyncSession, tenant_id: uuid.UUID
) -> dict[tuple[str, str], State]:
    """The state of every subject a tenant holds now, keyed by (kind, id)."""
    records: list[Base] = []
    tenant = await session.get(Tenant, tenant_id)
    if tenant is not None:
        records.append(tenant)
    for model in (
        Plan, ParticipationMoment, Actor, Node, Link, Contact, ApiKey, Feedback, WebhookEndpoint,
    ):  # fmt: skip
        query = select(model).where(model.tenant_id == tenant_id)
        records.extend((await session.scalars(query)).all())
    return await _states(session, records)


async def _states(session: AsyncSession, records: Sequence[Base]) -> dict[tuple[str, str], State]:
    found = await snapshots(session, records)
    return {
        (subject_kind(record).value, str(record.id)): state  # type: ignore[attr-defined]
        for record, state in zip(records, found, strict=True)
    }
