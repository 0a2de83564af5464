"""The records: SQLAlchemy models of every table, tenant first in every key."""

from api.store.models.access import ApiKey, RateWindow
from api.store.models.base import Base
from api.store.models.events import Contact, Event, EventHead
from api.store.models.feedback import Feedback
from api.store.models.idempotency import IdempotentAnswer
from api.store.models.plans import Actor, ParticipationMoment, Plan, PlanPhase, Tenant
from api.store.models.trail import (
    Action,
    ActionActor,
    ActionPlan,
    Finding,
    Goal,
    Input,
    Link,
    Node,
    Theme,
)
from api.store.models.webhooks import WebhookAttempt, WebhookDelivery, WebhookEndpoint

__all__ = [
    "Action",
    "ActionActor",
    "ActionPlan",
    "Actor",
    "ApiKey",
    "Base",
    "Contact",
    "Event",
    "EventHead",
    "Feedback",
    "Finding",
    "Goal",
    "IdempotentAnswer",
    "Input",
    "Link",
    "Node",
    "ParticipationMoment",
    "Plan",
    "PlanPhase",
    "RateWindow",
    "Tenant",
    "Theme",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookEndpoint",
]
