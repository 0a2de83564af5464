"""Managing webhook endpoints in GraphQL: each mutation's input is the use case's command
(api/services/webhooks.py), run through the shared runner; keys need the webhooks scope."""

import datetime
import uuid
from typing import Annotated

import strawberry
from strawberry.types import Info

from api.schema.context import SpoorContext
from api.schema.errors import Failure, expected_version_field, perform, reason_field
from api.schema.ids import global_id, optional_uuid_of, uuid_of
from api.schema.webhooks import EVENT_TYPES, WebhookEndpoint
from api.services import webhooks

ENDPOINT = "WebhookEndpoint"


@strawberry.type(
    description="An endpoint and its signing secret, `whsec_…`, shown in this answer only: keep"
    " it to verify deliveries."
)
class WebhookEndpointWithSecret:
    endpoint: WebhookEndpoint
    secret: str

    @classmethod
    def of(cls, made: webhooks.EndpointWithSecret) -> "WebhookEndpointWithSecret":
        return cls(endpoint=WebhookEndpoint.from_row(made.record), secret=made.secret)


@strawberry.type(description="A removed endpoint, with its deliveries and attempt log.")
class DeletedWebhookEndpoint:
    id: strawberry.ID


@strawberry.type(description="Deliveries queued to be sent again, each with a fresh schedule.")
class RequeuedWebhookDeliveries:
    endpoint_id: strawberry.ID
    count: int = strawberry.field(description="How many were queued.")

    @classmethod
    def of(cls, done: webhooks.Requeued) -> "RequeuedWebhookDeliveries":
        return cls(endpoint_id=global_id(ENDPOINT, done.endpoint_id), count=done.deliveries)


WebhookEndpointWithSecretResult = Annotated[
    WebhookEndpointWithSecret | Failure, strawberry.union("WebhookEndpointWithSecretResult")
]
WebhookEndpointResult = Annotated[
    WebhookEndpoint | Failure, strawberry.union("WebhookEndpointResult")
]
DeleteWebhookEndpointResult = Annotated[
    DeletedWebhookEndpoint | Failure, strawberry.union("DeleteWebhookEndpointResult")
]
RequeuedWebhookDeliveriesResult = Annotated[
    RequeuedWebhookDeliveries | Failure, strawberry.union("RequeuedWebhookDeliveriesResult")
]


def _endpoint(value: strawberry.ID) -> uuid.UUID:
    return uuid_of(value, ENDPOINT, field="endpointId")


def _types(given: list[str] | None) -> tuple[str, ...] | None:
    return None if given is None else tuple(given)


@strawberry.input(
    description="An endpoint to register: where to send which of the municipality's events."
)
class CreateWebhookEndpointInput:
    url: str = strawberry.field(
        description="An https:// URL that resolves to public addresses only (plain http and"
        " other networks only where the operator allows them)."
    )
    description: str | None = None
    event_types: list[str] | None = strawberry.field(
        default=None, description=EVENT_TYPES + " Left out: *."
    )
    plan_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="Only this plan's events; a key bound to one plan registers for its plan.",
    )
    enabled: bool = True
    reason: str | None = reason_field()

    def command(self) -> webhooks.CreateEndpoint:
        return webhooks.CreateEndpoint(
            url=self.url, description=self.description,
            event_types=_types(self.event_types) or ("*",),
            plan_id=optional_uuid_of(self.plan_id, "Plan", field="planId"),
            enabled=self.enabled, reason=self.reason,
        )  # fmt: skip


@strawberry.input(
    description="What to change of an endpoint; what is not given stays (an empty description"
    " clears it)."
)
class UpdateWebhookEndpointInput:
    endpoint_id: strawberry.ID
    url: str | None = None
    description: str | None = None
    event_types: list[str] | None = strawberry.field(default=None, description=EVENT_TYPES)
    plan_id: strawberry.ID | None = None
    enabled: bool | None = None
    expected_version: int | None = expected_version_field()
    reason: str | None = reason_field()

    def command(self) -> webhooks.UpdateEndpoint:
        return webhooks.UpdateEndpoint(
            endpoint_id=_endpoint(self.endpoint_id), url=self.url,
            description=self.description, event_types=_types(self.event_types),
            plan_id=optional_uuid_of(self.plan_id, "Plan", field="planId"),
            enabled=self.enabled, expected_version=self.expected_version, reason=self.reason,
        )  # fmt: skip


@strawberry.input(description="An endpoint to give a new signing secret.")
class RotateWebhookSecretInput:
    endpoint_id: strawberry.ID
    reason: str | None = reason_field()

    def command(self) -> webhooks.RotateSecret:
        return webhooks.RotateSecret(endpoint_id=_endpoint(self.endpoint_id), reason=self.reason)


@strawberry.input(description="An endpoint to stop sending to.")
class DisableWebhookEndpointInput:
    endpoint_id: strawberry.ID
    reason: str | None = reason_field()

    def command(self) -> webhooks.SwitchEndpoint:
        return webhooks.SwitchEndpoint(endpoint_id=_endpoint(self.endpoint_id), reason=self.reason)


@strawberry.input(description="An endpoint to send to again.")
class EnableWebhookEndpointInput:
    endpoint_id: strawberry.ID
    reason: str | None = reason_field()

    def command(self) -> webhooks.SwitchEndpoint:
        return webhooks.SwitchEndpoint(endpoint_id=_endpoint(self.endpoint_id), reason=self.reason)


@strawberry.input(description="An endpoint to remove, with its deliveries and attempt log.")
class DeleteWebhookEndpointInput:
    endpoint_id: strawberry.ID
    expected_version: int | None = expected_version_field()
    reason: str | None = reason_field()

    def command(self) -> webhooks.DeleteEndpoint:
        return webhooks.DeleteEndpoint(
            endpoint_id=_endpoint(self.endpoint_id), expected_version=self.expected_version,
            reason=self.reason,
        )  # fmt: skip


@strawberry.input(description="One event to send to an endpoint again (or for the first time).")
class RedeliverWebhookEventInput:
    endpoint_id: strawberry.ID
    event_id: strawberry.ID = strawberry.field(
        description="The event's id: a delivery's or attempt's eventId, or the uuid the"
        " webhook-id header carried."
    )

    def command(self) -> webhooks.Redeliver:
        return webhooks.Redeliver(
            endpoint_id=_endpoint(self.endpoint_id),
            event_id=uuid_of(self.event_id, "Event", field="eventId"),
        )


@strawberry.input(description="Failed deliveries to an endpoint to send again.")
class RecoverWebhookDeliveriesInput:
    endpoint_id: strawberry.ID
    since: datetime.datetime = strawberry.field(
        description="Every delivery that failed or died since this moment is sent again."
    )

    def command(self) -> webhooks.RecoverFailed:
        return webhooks.RecoverFailed(endpoint_id=_endpoint(self.endpoint_id), since=self.since)


@strawberry.type
class WebhookMutations:
    @strawberry.mutation(
        description="Register a webhook endpoint; the answer holds its signing secret, this"
        " once. A URL that leads anywhere but to public addresses is refused (field url)."
    )
    async def create_webhook_endpoint(
        self, info: Info[SpoorContext, None], input: CreateWebhookEndpointInput
    ) -> WebhookEndpointWithSecretResult:
        return await perform(
            info, webhooks.create_endpoint, input.command, WebhookEndpointWithSecret.of
        )

    @strawberry.mutation(description="Change what is given of a webhook endpoint.")
    async def update_webhook_endpoint(
        self, info: Info[SpoorContext, None], input: UpdateWebhookEndpointInput
    ) -> WebhookEndpointResult:
        return await perform(
            info, webhooks.update_endpoint, input.command, WebhookEndpoint.from_row
        )

    @strawberry.mutation(
        description="Give an endpoint a new signing secret, shown this once; the old one keeps"
        " signing beside it for 24 hours."
    )
    async def rotate_webhook_secret(
        self, info: Info[SpoorContext, None], input: RotateWebhookSecretInput
    ) -> WebhookEndpointWithSecretResult:
        return await perform(
            info, webhooks.rotate_secret, input.command, WebhookEndpointWithSecret.of
        )

    @strawberry.mutation(
        description="Stop sending to an endpoint; its events wait, and follow once it is enabled."
    )
    async def disable_webhook_endpoint(
        self, info: Info[SpoorContext, None], input: DisableWebhookEndpointInput
    ) -> WebhookEndpointResult:
        return await perform(
            info, webhooks.disable_endpoint, input.command, WebhookEndpoint.from_row
        )

    @strawberry.mutation(
        description="Send to an endpoint again, from the first event it has not received."
    )
    async def enable_webhook_endpoint(
        self, info: Info[SpoorContext, None], input: EnableWebhookEndpointInput
    ) -> WebhookEndpointResult:
        return await perform(
            info, webhooks.enable_endpoint, input.command, WebhookEndpoint.from_row
        )

    @strawberry.mutation(description="Remove an endpoint with its deliveries and attempt log.")
    async def delete_webhook_endpoint(
        self, info: Info[SpoorContext, None], input: DeleteWebhookEndpointInput
    ) -> DeleteWebhookEndpointResult:
        command = input.command

        def removed(_: None) -> DeletedWebhookEndpoint:
            # The use case answers nothing: the id is the one asked for, once it was removed.
            return DeletedWebhookEndpoint(id=global_id(ENDPOINT, command().endpoint_id))

        return await perform(info, webhooks.delete_endpoint, command, removed)

    @strawberry.mutation(
        description="Send one event to an endpoint again (or for the first time), with a fresh"
        " schedule."
    )
    async def redeliver_webhook_event(
        self, info: Info[SpoorContext, None], input: RedeliverWebhookEventInput
    ) -> RequeuedWebhookDeliveriesResult:
        return await perform(info, webhooks.redeliver, input.command, RequeuedWebhookDeliveries.of)

    @strawberry.mutation(
        description="Send again every delivery to an endpoint that failed or died since a moment."
    )
    async def recover_webhook_deliveries(
        self, info: Info[SpoorContext, None], input: RecoverWebhookDeliveriesInput
    ) -> RequeuedWebhookDeliveriesResult:
        return await perform(
            info, webhooks.recover_failed, input.command, RequeuedWebhookDeliveries.of
        )
