"""The trail graph: nodes of six kinds and the links between them.

Every traceable item is a row in `node` (what all kinds share: plan, kind, code, title); inputs,
themes and actions keep their own fields in a table of their own (joined inheritance), findings,
goals and action plans need nothing beyond the node. Links reference nodes through a key that
includes the plan and the kind, so the database itself refuses a link across plans or tenants,
and a check on the pair of kinds refuses a link the domain does not allow.
"""

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    ForeignKeyConstraint,
    Index,
    Numeric,
    UniqueConstraint,
)
from sqlalchemy import text as sa_text
from sqlalchemy.orm import Mapped, mapped_column

from api.domain.status import ActionStatus, InputStatus
from api.domain.trail import ALLOWED_LINKS, NodeKind, link_kind
from api.domain.vocabulary import ActorRole, Channel, Decision, Language, ParticipantType
from api.store.models.base import (
    Base,
    created_at,
    has_dutch,
    id_key,
    one_of,
    tenant_key,
    updated_at,
    version_column,
)

_ALLOWED_PAIRS = ", ".join(f"('{s.value}', '{t.value}')" for s, t in sorted(ALLOWED_LINKS))
_COMMITMENT_KINDS = "'goal', 'action_plan', 'action'"


class Node(Base):
    """One traceable item of a plan's trail."""

    __tablename__ = "node"
    __table_args__: tuple[Any, ...] = (
        ForeignKeyConstraint(
            ["tenant_id", "plan_id"], ["plan.tenant_id", "plan.id"], ondelete="CASCADE"
        ),
        # Links reference a node through plan and kind as well as id.
        UniqueConstraint("tenant_id", "plan_id", "id", "kind"),
        UniqueConstraint("tenant_id", "plan_id", "kind", "code"),
        # A client's own id for an item, so that it may retry a create safely (migration 0009).
        UniqueConstraint("tenant_id", "kind", "external_id"),
        one_of("kind", NodeKind),
        has_dutch("title"),
        has_dutch("description"),
        CheckConstraint("(kind = 'input') = (title IS NULL)", name="title_unless_input"),
        CheckConstraint(f"NOT priority OR kind IN ({_COMMITMENT_KINDS})", name="priority_kinds"),
        Index(None, "tenant_id", "plan_id", "kind"),
    )

    tenant_id: Mapped[uuid.UUID] = tenant_key()
    id: Mapped[uuid.UUID] = id_key()
    plan_id: Mapped[uuid.UUID] = mapped_column()
    kind: Mapped[str] = mapped_column()
    code: Mapped[str | None]
    title: Mapped[dict[str, str] | None]
    description: Mapped[dict[str, str] | None]
    priority: Mapped[bool] = mapped_column(default=False)
    external_id: Mapped[str | None]
    version: Mapped[int] = version_column()
    created_at: Mapped[datetime] = created_at()
    updated_at: Mapped[datetime] = updated_at()

    __mapper_args__: dict[str, Any] = {"polymorphic_on": kind, "version_id_col": version}


def _node_key(table: str) -> ForeignKeyConstraint:
    return ForeignKeyConstraint(
        ["tenant_id", "id"],
        ["node.tenant_id", "node.id"],
        ondelete="CASCADE",
        name=f"fk_{table}_node",
    )


class Input(Node):
    """One contribution from a participant."""

    __tablename__ = "input"
    __table_args__: tuple[Any, ...] = (
        _node_key("input"),
        ForeignKeyConstraint(
            ["tenant_id", "moment_id"],
            ["participation_moment.tenant_id", "participation_moment.id"],
        ),
        one_of("channel", Channel),
        one_of("participant_type", ParticipantType),
        one_of("language", Language),
        one_of("status", InputStatus),
        CheckConstraint(
            "status <> 'not_retained' OR status_reason IS NOT NULL", name="not_retained_reason"
        ),
        Index(None, "tenant_id", "moment_id"),
        ForeignKeyConstraint(["tenant_id", "contact_id"], ["contact.tenant_id", "contact.id"]),
        # Full-text search with Dutch stemming (migration 0007).
        Index(
            "ix_input_text_dutch",
            sa_text("to_tsvector('dutch'::regconfig, text)"),
            postgresql_using="gin",
        ),
    )

    tenant_id: Mapped[uuid.UUID] = tenant_key()
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    text: Mapped[str]
    channel: Mapped[str]
    moment_id: Mapped[uuid.UUID | None]
    participant_type: Mapped[str]
    language: Mapped[str] = mapped_column(default=Language.NL.value)
    submitted_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(default=InputStatus.RECEIVED.value)
    status_reason: Mapped[str | None]
    contact_id: Mapped[uuid.UUID | None]
    # Only the digest of the citizen's receipt code; the code itself is shown once.
    receipt_digest: Mapped[str | None] = mapped_column(index=True)

    # Set on a newly created input only, for the one answer that hands the code out; never
    # stored (hence unmapped).
    __allow_unmapped__ = True
    receipt_code: str | None = None

    __mapper_args__: dict[str, Any] = {
        "polymorphic_identity": NodeKind.INPUT.value,
        "polymorphic_load": "inline",
    }


class Finding(Node):
    """A challenge synthesised from several inputs."""

    __mapper_args__: dict[str, Any] = {"polymorphic_identity": NodeKind.FINDING.value}


class Theme(Node):
    """A node of the plan's theme taxonomy."""

    __tablename__ = "theme"
    __table_args__: tuple[Any, ...] = (
        _node_key("theme"),
        ForeignKeyConstraint(
            ["tenant_id", "parent_id"], ["theme.tenant_id", "theme.id"], name="fk_theme_parent"
        ),
        Index(None, "tenant_id", "parent_id"),
    )

    tenant_id: Mapped[uuid.UUID] = tenant_key()
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    parent_id: Mapped[uuid.UUID | None]

    __mapper_args__: dict[str, Any] = {
        "polymorphic_identity": NodeKind.THEME.value,
        "polymorphic_load": "inline",
    }


class Goal(Node):
    """A strategic goal (beleidsdoelstelling)."""

    __mapper_args__: dict[str, Any] = {"polymorphic_identity": NodeKind.GOAL.value}


class ActionPlan(Node):
    """A group of actions under a goal (actieplan)."""

    __mapper_args__: dict[str, Any] = {"polymorphic_identity": NodeKind.ACTION_PLAN.value}


class Action(Node):
    """A concrete action carried by departments and partners."""

    __tablename__ = "action"
    __table_args__: tuple[Any, ...] = (
        _node_key("action"),
        one_of("status", ActionStatus),
        CheckConstraint("progress BETWEEN 0 AND 100", name="progress_range"),
        CheckConstraint("weight IS NULL OR weight > 0", name="weight_positive"),
        CheckConstraint("budget IS NULL OR budget >= 0", name="budget_positive"),
        CheckConstraint(
            "starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on", name="period_order"
        ),
    )

    tenant_id: Mapped[uuid.UUID] = tenant_key()
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(default=ActionStatus.PROPOSED.value)
    progress: Mapped[int] = mapped_column(default=0)
    weight: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    budget: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))

    __mapper_args__: dict[str, Any] = {
        "polymorphic_identity": NodeKind.ACTION.value,
        "polymorphic_load": "inline",
    }


class ActionActor(Base):
    """An actor's part in an action: owner or partner."""

    __tablename__ = "action_actor"
    __table_args__: tuple[Any, ...] = (
        ForeignKeyConstraint(
            ["tenant_id", "action_id"], ["action.tenant_id", "action.id"], ondelete="CASCADE"
        ),
        ForeignKeyConstraint(["tenant_id", "actor_id"], ["actor.tenant_id", "actor.id"]),
        one_of("role", ActorRole),
        Index(None, "tenant_id", "actor_id"),
    )

    tenant_id: Mapped[uuid.UUID] = tenant_key()
    action_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    actor_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(primary_key=True)


class Link(Base):
    """A typed edge along the trail, with its rationale, decision and author."""

    __tablename__ = "link"
    __table_args__: tuple[Any, ...] = (
        ForeignKeyConstraint(
            ["tenant_id", "plan_id"], ["plan.tenant_id", "plan.id"], ondelete="CASCADE"
        ),
        ForeignKeyConstraint(
            ["tenant_id", "plan_id", "source_id", "source_kind"],
            ["node.tenant_id", "node.plan_id", "node.id", "node.kind"],
            name="fk_link_source",
        ),
        ForeignKeyConstraint(
            ["tenant_id", "plan_id", "target_id", "target_kind"],
            ["node.tenant_id", "node.plan_id", "node.id", "node.kind"],
            name="fk_link_target",
        ),
        UniqueConstraint("tenant_id", "source_id", "target_id"),
        # Feedback references a link through its plan as well as its id (migration 0008).
        UniqueConstraint("tenant_id", "plan_id", "id"),
        CheckConstraint(f"(source_kind, target_kind) IN ({_ALLOWED_PAIRS})", name="allowed_pair"),
        one_of("decision", Decision),
        Index(None, "tenant_id", "target_id"),
        Index(None, "tenant_id", "plan_id"),
    )

    tenant_id: Mapped[uuid.UUID] = tenant_key()
    id: Mapped[uuid.UUID] = id_key()
    plan_id: Mapped[uuid.UUID]
    source_id: Mapped[uuid.UUID]
    source_kind: Mapped[str]
    target_id: Mapped[uuid.UUID]
    target_kind: Mapped[str]
    rationale: Mapped[str | None]
    decision: Mapped[str] = mapped_column(default=Decision.PROPOSED.value)
    author: Mapped[str]
    version: Mapped[int] = version_column()
    created_at: Mapped[datetime] = created_at()
    updated_at: Mapped[datetime] = updated_at()

    @property
    def kind(self) -> str:
        """What the pair of ends makes this link, such as `input_to_finding`."""
        return link_kind(NodeKind(self.source_kind), NodeKind(self.target_kind))

    __mapper_args__: dict[str, Any] = {"version_id_col": version}
