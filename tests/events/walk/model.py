"""The model: what the walk knows of the tenant, enough to predict every refusal."""

import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from api.domain.errors import DomainError
from api.domain.trail import NodeKind
from api.domain.vocabulary import PlanStatus
from api.store.unit_of_work import UnitOfWork

Refusal = type[DomainError] | None


@dataclass
class PlanModel:
    status: PlanStatus
    start: date
    end: date


@dataclass
class NodeModel:
    id: uuid.UUID
    kind: NodeKind
    plan_id: uuid.UUID
    code: str | None = None
    status: str | None = None
    parent_id: uuid.UUID | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    external_id: str | None = None


@dataclass
class Model:
    plans: dict[uuid.UUID, PlanModel] = field(default_factory=dict)
    moments: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)
    actors: dict[str, uuid.UUID] = field(default_factory=dict)
    nodes: dict[uuid.UUID, NodeModel] = field(default_factory=dict)
    links: dict[uuid.UUID, tuple[uuid.UUID, uuid.UUID]] = field(default_factory=dict)
    gone: list[uuid.UUID] = field(default_factory=list)
    live_contacts: Counter[str] = field(default_factory=Counter)
    contacts: int = 0


@dataclass
class Attempt:
    """One service call, the refusal the model predicts for it, and what success changes."""

    name: str
    call: Callable[[UnitOfWork], Awaitable[Any]]
    refusal: Refusal = None
    then: Callable[[Any], None] = lambda _: None
    detail: str = ""
    # A create that repeats the external id of a node of its plan returns that node, unchanged.
    retry: NodeModel | None = None


def first(*checks: tuple[bool, type[DomainError]]) -> Refusal:
    """The refusal of the first failing check, in the order the service makes them."""
    return next((refusal for failed, refusal in checks if failed), None)


def known(vocabulary: type[StrEnum], value: str) -> bool:
    return value in {member.value for member in vocabulary}
