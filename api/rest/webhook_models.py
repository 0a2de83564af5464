"""The bodies and answers of the webhook operations (api/rest/webhooks.py)."""

import uuid
from datetime import datetime

from pydantic import BaseModel, Field

from api.domain.webhooks import DeliveryStatus
from api.rest.conventions import Body, LogPage, Page
from api.services import webhooks
from api.store import models

REASON = "Why, as the event log will say."
EVENT_TYPES = (
    "The events it receives: exact types (input.created; see /api/v1/event-types), every type"
    " of a subject (input.*), or * for all."
)


class CreateWebhookEndpoint(Body):
    """An endpoint to register: where to send which of the municipality's events."""

    url: str = Field(
        description="An https:// URL that resolves to public addresses only (plain http and"
        " other networks only where the operator allows them: SPOOR_WEBHOOK_ALLOW_NETWORKS)."
    )
    description: str | None = None
    event_types: list[str] = Field(default_factory=lambda: ["*"], description=EVENT_TYPES)
    plan_id: uuid.UUID | None = Field(
        default=None,
        description="Only this plan's events; a key bound to one plan registers for its plan.",
    )
    enabled: bool = True
    reason: str | None = Field(default=None, description=REASON)

    def command(self) -> webhooks.CreateEndpoint:
        return webhooks.CreateEndpoint(
            url=self.url, description=self.description, event_types=tuple(self.event_types),
            plan_id=self.plan_id, enabled=self.enabled, reason=self.reason,
        )  # fmt: skip


class UpdateWebhookEndpoint(Body):
    """What to change of an endpoint; what is not given stays (an empty description clears
    it)."""

    url: str | None = None
    description: str | None = None
    event_types: list[str] | None = Field(default=None, description=EVENT_TYPES)
    plan_id: uuid.UUID | None = None
    enabled: bool | None = None
    reason: str | None = Field(default=None, description=REASON)

    def command(self, endpoint_id: uuid.UUID, expected: int | None) -> webhooks.UpdateEndpoint:
        types = None if self.event_types is None else tuple(self.event_types)
        return webhooks.UpdateEndpoint(
            endpoint_id=endpoint_id, url=self.url, description=self.description,
            event_types=types, plan_id=self.plan_id, enabled=self.enabled,
            expected_version=expected, reason=self.reason,
        )  # fmt: skip


class ChangeReason(Body):
    """Why, for the event log; the body may be left out."""

    reason: str | None = Field(default=None, description=REASON)


class RecoverDeliveries(Body):
    """The moment from which failed deliveries are sent again."""

    since: datetime = Field(description="A moment with its offset: 2025-06-01T00:00:00+02:00.")


class WebhookEndpoint(BaseModel):
    """Where the municipality's events are sent (never its secret)."""

    id: uuid.UUID
    url: str
    description: str | None
    event_types: list[str] = Field(description=EVENT_TYPES)
    plan_id: uuid.UUID | None = Field(description="Only this plan's events, when set.")
    enabled: bool
    disabled_reason: str | None = Field(
        description="Why it is disabled: on request, its receiver answered 410, or it failed"
        " for 5 days."
    )
    failing_since: datetime | None = Field(
        description="Since when its deliveries have been failing; null while they succeed."
    )
    secret_rotated_at: datetime | None
    created_at: datetime
    version: int = Field(description="Its version, also its ETag; If-Match it to change it safely.")


class WebhookEndpointWithSecret(BaseModel):
    """An endpoint and its signing secret, `whsec_…`, shown in this answer only: keep it to
    verify deliveries."""

    endpoint: WebhookEndpoint
    secret: str | None = Field(
        description="The signing secret; null in a replay of this answer (Idempotency-Key): it"
        " is shown once."
    )


class WebhookEndpointPage(Page[WebhookEndpoint]):
    pass


class WebhookAttempt(BaseModel):
    """One HTTP request of a delivery and what came of it; kept 90 days."""

    id: uuid.UUID
    event_id: uuid.UUID = Field(description="The event's id, as the webhook-id header says.")
    event_seq: int
    number: int = Field(description="Which attempt of the delivery: the first is 1.")
    attempted_at: datetime
    request_headers: dict[str, str]
    response_status: int | None = Field(description="Null when no answer came.")
    response_body: str | None = Field(description="The receiver's answer, its first 20 kB.")
    duration_ms: int
    error: str | None = Field(
        description="What went wrong, as a class: timeout, connect_error, redirect, status,"
        " refused_address, …"
    )


class WebhookDelivery(BaseModel):
    """One event to be delivered to the endpoint, and how far that has come."""

    event_id: uuid.UUID = Field(description="The event's id, as the webhook-id header says.")
    event_seq: int
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime | None = Field(
        description="When it is tried next; null once delivered or dead."
    )
    created_at: datetime
    delivered_at: datetime | None


class WebhookAttemptPage(LogPage[WebhookAttempt]):
    """A page of an endpoint's attempts, newest first."""


class WebhookDeliveryPage(LogPage[WebhookDelivery]):
    """A page of an endpoint's deliveries, in the order of the event log."""


class RequeuedDeliveries(BaseModel):
    """Deliveries queued to be sent again, each with a fresh schedule."""

    endpoint_id: uuid.UUID
    deliveries: int = Field(description="How many were queued.")


def endpoint_of(row: models.WebhookEndpoint) -> WebhookEndpoint:
    return WebhookEndpoint(
        id=row.id, url=row.url, description=row.description, event_types=list(row.event_types),
        plan_id=row.plan_id, enabled=row.enabled, disabled_reason=row.disabled_reason,
        failing_since=row.failing_since, secret_rotated_at=row.secret_rotated_at,
        created_at=row.created_at, version=row.version,
    )  # fmt: skip


def attempt_of(row: models.WebhookAttempt) -> WebhookAttempt:
    return WebhookAttempt(
        id=row.id, event_id=row.event_id, event_seq=row.event_seq, number=row.number,
        attempted_at=row.attempted_at, request_headers=dict(row.request_headers),
        response_status=row.response_status, response_body=row.response_body,
        duration_ms=row.duration_ms, error=row.error,
    )  # fmt: skip


def delivery_of(row: models.WebhookDelivery) -> WebhookDelivery:
    status = DeliveryStatus(row.status)
    waiting = status not in (DeliveryStatus.DELIVERED, DeliveryStatus.DEAD)
    return WebhookDelivery(
        event_id=row.event_id, event_seq=row.event_seq, status=status, attempts=row.attempts,
        next_attempt_at=row.next_attempt_at if waiting else None, created_at=row.created_at,
        delivered_at=row.delivered_at,
    )  # fmt: skip
