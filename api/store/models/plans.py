"""Tenants, plans with their phases, participation moments and actors."""

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, ForeignKeyConstraint, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.domain.vocabulary import MOMENT_METHODS, ActorKind, Channel, Phase, PlanStatus
from api.store.models.base import (
    Base,
    created_at,
    has_dutch,
    id_key,
    new_id,
    one_of,
    tenant_key,
    updated_at,
    version_column,
)


class Tenant(Base):
    """A municipality or other organisation that owns its data."""

    __tablename__ = "tenant"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(unique=True)
    created_at: Mapped[datetime] = created_at()


class Plan(Base):
    """A policy plan, such as a social policy plan for 2022-2027."""

    __tablename__ = "plan"
    __table_args__ = (
        one_of("status", PlanStatus),
        has_dutch("title"),
        has_dutch("description"),
        CheckConstraint("period_end >= period_start", name="period_order"),
    )

    tenant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("tenant.id", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[uuid.UUID] = id_key()
    title: Mapped[dict[str, str]]
    description: Mapped[dict[str, str] | None]
    period_start: Mapped[date]
    period_end: Mapped[date]
    status: Mapped[str] = mapped_column(default=PlanStatus.DRAFT.value)
    version: Mapped[int] = version_column()
    created_at: Mapped[datetime] = created_at()
    updated_at: Mapped[datetime] = updated_at()

    __mapper_args__ = {"version_id_col": version}


class PlanPhase(Base):
    """When one phase of a plan's participation process runs."""

    __tablename__ = "plan_phase"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "plan_id"], ["plan.tenant_id", "plan.id"], ondelete="CASCADE"
        ),
        one_of("phase", Phase),
        CheckConstraint("ends_on >= starts_on", name="period_order"),
    )

    tenant_id: Mapped[uuid.UUID] = tenant_key()
    plan_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    phase: Mapped[str] = mapped_column(primary_key=True)
    starts_on: Mapped[date]
    ends_on: Mapped[date]


class ParticipationMoment(Base):
    """A session or channel where input was gathered."""

    __tablename__ = "participation_moment"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "plan_id"], ["plan.tenant_id", "plan.id"], ondelete="CASCADE"
        ),
        # Inputs point at a moment of their own plan through this key.
        UniqueConstraint("tenant_id", "plan_id", "id"),
        CheckConstraint(
            "method IN ({})".format(
                ", ".join(f"'{m.value}'" for m in Channel if m in MOMENT_METHODS)
            ),
            name="method",
        ),
        one_of("phase", Phase),
        CheckConstraint("participant_count IS NULL OR participant_count >= 0", name="count"),
    )

    tenant_id: Mapped[uuid.UUID] = tenant_key()
    id: Mapped[uuid.UUID] = id_key()
    plan_id: Mapped[uuid.UUID]
    phase: Mapped[str | None]
    title: Mapped[str]
    held_on: Mapped[date]
    method: Mapped[str]
    facilitator: Mapped[str | None]
    participant_count: Mapped[int | None]
    place: Mapped[str | None]
    online: Mapped[bool] = mapped_column(default=False)
    version: Mapped[int] = version_column()
    created_at: Mapped[datetime] = created_at()
    updated_at: Mapped[datetime] = updated_at()

    __mapper_args__ = {"version_id_col": version}


class Actor(Base):
    """An internal department or an external partner that carries actions."""

    __tablename__ = "actor"
    __table_args__ = (
        ForeignKeyConstraint(["tenant_id"], ["tenant.id"], ondelete="CASCADE"),
        UniqueConstraint("tenant_id", "name"),
        one_of("kind", ActorKind),
    )

    tenant_id: Mapped[uuid.UUID] = tenant_key()
    id: Mapped[uuid.UUID] = id_key()
    name: Mapped[str]
    kind: Mapped[str]
    version: Mapped[int] = version_column()
    created_at: Mapped[datetime] = created_at()
    updated_at: Mapped[datetime] = updated_at()

    __mapper_args__: dict[str, Any] = {"version_id_col": version}
