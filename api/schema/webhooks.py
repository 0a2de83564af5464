"""Webhook endpoints in GraphQL, for keys with the webhooks scope: where the municipality's
events are sent, the attempt log and the deliveries of each; the mutations that manage them
are in webhook_mutations.py."""

import datetime
import uuid
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import Any, Self, TypeVar

import strawberry
from strawberry import relay
from strawberry.types import Info

from api.domain.errors import DomainError, Forbidden
from api.domain.webhooks import DeliveryStatus
from api.schema.context import SpoorContext
from api.schema.ids import global_id, uuid_of, uuid_or_none
from api.schema.pages import connection_of_list, page_info
from api.services import webhooks
from api.services.caller import Caller
from api.services.pagination import decode_cursor, encode_cursor
from api.services.runner import UnitOfWork
from api.store import models

R = TypeVar("R")
C = TypeVar("C")

EVENT_TYPES = (
    "The events it receives: exact types (input.created), every type of a subject (input.*),"
    " or * for all."
)
EVENT_ID = "The event's global id; the uuid inside it is what the webhook-id header carried."


def manager(info: Info[SpoorContext, None]) -> Caller:
    """The caller, who needs a key: the use cases check its webhooks scope."""
    caller = info.context.caller
    if caller is None:
        raise Forbidden("managing webhooks needs an API key with the webhooks scope")
    return caller


@strawberry.type(description="A header of the request an attempt sent.")
class WebhookHeader:
    name: str
    value: str


@strawberry.type(description="One HTTP request of a delivery and what came of it; kept 90 days.")
class WebhookAttempt:
    row: strawberry.Private[models.WebhookAttempt]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return global_id("WebhookAttempt", self.row.id)

    @strawberry.field(description=EVENT_ID)
    def event_id(self) -> strawberry.ID:
        return global_id("Event", self.row.event_id)

    @strawberry.field(description="The event's place in the municipality's log.")
    def event_seq(self) -> int:
        return self.row.event_seq

    @strawberry.field(description="Which attempt of the delivery: the first is 1.")
    def number(self) -> int:
        return self.row.number

    @strawberry.field
    def attempted_at(self) -> datetime.datetime:
        return self.row.attempted_at

    @strawberry.field(description="What was sent: the webhook-id, -timestamp and -signature.")
    def request_headers(self) -> list[WebhookHeader]:
        headers = self.row.request_headers.items()
        return [WebhookHeader(name=name, value=value) for name, value in headers]

    @strawberry.field(description="The receiver's status; null when no answer came.")
    def response_status(self) -> int | None:
        return self.row.response_status

    @strawberry.field(description="The receiver's answer, its first 20 kB.")
    def response_body(self) -> str | None:
        return self.row.response_body

    @strawberry.field
    def duration_ms(self) -> int:
        return self.row.duration_ms

    @strawberry.field(
        description="What went wrong, as a class: timeout, connect_error, redirect, status,"
        " refused_address, …; null for an accepted delivery."
    )
    def error(self) -> str | None:
        return self.row.error


@strawberry.type(description="One event to be delivered to an endpoint, and how far that came.")
class WebhookDelivery:
    row: strawberry.Private[models.WebhookDelivery]

    @strawberry.field(description=EVENT_ID)
    def event_id(self) -> strawberry.ID:
        return global_id("Event", self.row.event_id)

    @strawberry.field(description="The event's place in the municipality's log.")
    def event_seq(self) -> int:
        return self.row.event_seq

    @strawberry.field
    def status(self) -> DeliveryStatus:
        return DeliveryStatus(self.row.status)

    @strawberry.field(description="How many attempts were made.")
    def attempts(self) -> int:
        return self.row.attempts

    @strawberry.field(description="When it is tried next; null once delivered or dead.")
    def next_attempt_at(self) -> datetime.datetime | None:
        done = self.row.status in (DeliveryStatus.DELIVERED, DeliveryStatus.DEAD)
        return None if done else self.row.next_attempt_at

    @strawberry.field
    def created_at(self) -> datetime.datetime:
        return self.row.created_at

    @strawberry.field
    def delivered_at(self) -> datetime.datetime | None:
        return self.row.delivered_at


@strawberry.type(
    description="A page of an endpoint's attempts, newest first. A log too long to count: a"
    " page may be full with none after it."
)
class WebhookAttemptConnection(relay.Connection[WebhookAttempt]):  # type: ignore[type-var]
    pass


@strawberry.type(
    description="A page of an endpoint's deliveries, in the order of the event log. A log too"
    " long to count: a page may be full with none after it."
)
class WebhookDeliveryConnection(relay.Connection[WebhookDelivery]):  # type: ignore[type-var]
    pass


@strawberry.type(description="Where the municipality's events are sent (never its secret).")
class WebhookEndpoint(relay.Node):
    id: relay.NodeID[str]
    row: strawberry.Private[models.WebhookEndpoint]

    @classmethod
    def from_row(cls, row: models.WebhookEndpoint) -> Self:
        return cls(id=str(row.id), row=row)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info[SpoorContext, None], node_ids: Iterable[str], required: bool = False
    ) -> list[Self | None]:
        """By global id, for `node(id)`; None for what the caller may not manage."""
        caller = info.context.caller

        async def readable(uow: UnitOfWork, endpoint_id: uuid.UUID) -> Any:
            if caller is None:
                return None
            try:
                return await webhooks.get_endpoint(uow, caller, endpoint_id)
            except DomainError:
                return None

        found: list[Self | None] = []
        for node_id in node_ids:
            endpoint_id = uuid_or_none(node_id)
            row = None
            if endpoint_id is not None and caller is not None:
                row = await info.context.read(partial(readable, endpoint_id=endpoint_id))
            found.append(cls.from_row(row) if row else None)
        return found

    @strawberry.field(description="Where deliveries are POSTed.")
    def url(self) -> str:
        return self.row.url

    @strawberry.field
    def description(self) -> str | None:
        return self.row.description

    @strawberry.field(description=EVENT_TYPES)
    def event_types(self) -> list[str]:
        return list(self.row.event_types)

    @strawberry.field(description="Only this plan's events, when set.")
    def plan_id(self) -> strawberry.ID | None:
        return global_id("Plan", self.row.plan_id) if self.row.plan_id else None

    @strawberry.field
    def enabled(self) -> bool:
        return self.row.enabled

    @strawberry.field(
        description="Why it is disabled: on request, its receiver answered 410, or it failed"
        " for 5 days."
    )
    def disabled_reason(self) -> str | None:
        return self.row.disabled_reason

    @strawberry.field(description="Since when deliveries have failed; null while they succeed.")
    def failing_since(self) -> datetime.datetime | None:
        return self.row.failing_since

    @strawberry.field
    def secret_rotated_at(self) -> datetime.datetime | None:
        return self.row.secret_rotated_at

    @strawberry.field
    def created_at(self) -> datetime.datetime:
        return self.row.created_at

    @strawberry.field(description="Its version; pass it as expectedVersion to change it safely.")
    def version(self) -> int:
        return self.row.version

    @strawberry.field(description="Its delivery attempts, newest first; kept 90 days.")
    async def attempts(
        self, info: Info[SpoorContext, None], first: int = 20, after: str | None = None
    ) -> WebhookAttemptConnection:
        position = decode_cursor(after)
        query = webhooks.AttemptQuery(
            endpoint_id=self.row.id, before=position[0] if position else None, first=first
        )
        caller = manager(info)
        rows = await info.context.read(lambda uow: webhooks.list_attempts(uow, caller, query))
        return _log_page(WebhookAttemptConnection, rows, _attempt, _attempt_cursor, first=first)

    @strawberry.field(
        description="Its deliveries in the order of the event log, of these statuses if given."
    )
    async def deliveries(
        self,
        info: Info[SpoorContext, None],
        statuses: list[DeliveryStatus] | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> WebhookDeliveryConnection:
        query = webhooks.DeliveryQuery(
            endpoint_id=self.row.id, statuses=tuple(statuses or ()),
            after_seq=webhooks.seq_after(after), first=first,
        )  # fmt: skip
        caller = manager(info)
        rows = await info.context.read(lambda uow: webhooks.list_deliveries(uow, caller, query))
        return _log_page(WebhookDeliveryConnection, rows, _delivery, _delivery_cursor, first=first)


@strawberry.type(description="A page of webhook endpoints, oldest first.")
class WebhookEndpointConnection(relay.Connection[WebhookEndpoint]):
    total_count: int = strawberry.field(description="How many there are in all.")


@strawberry.type
class WebhookQueries:
    @strawberry.field(
        description="The municipality's webhook endpoints (or its one plan's), oldest first;"
        " needs the webhooks scope."
    )
    async def webhook_endpoints(
        self, info: Info[SpoorContext, None], first: int = 20, after: str | None = None
    ) -> WebhookEndpointConnection:
        caller = manager(info)
        rows = await info.context.read(lambda uow: webhooks.list_endpoints(uow, caller))
        return connection_of_list(
            WebhookEndpointConnection,
            list(rows),
            WebhookEndpoint.from_row,
            lambda row: encode_cursor(row.created_at, row.id),
            first=first,
            after=after,
        )

    @strawberry.field(description="One webhook endpoint; needs the webhooks scope.")
    async def webhook_endpoint(
        self, info: Info[SpoorContext, None], id: strawberry.ID
    ) -> WebhookEndpoint:
        endpoint_id = uuid_of(id, "WebhookEndpoint")
        caller = manager(info)
        row = await info.context.read(lambda uow: webhooks.get_endpoint(uow, caller, endpoint_id))
        return WebhookEndpoint.from_row(row)


def _attempt(row: models.WebhookAttempt) -> WebhookAttempt:
    return WebhookAttempt(row=row)


def _delivery(row: models.WebhookDelivery) -> WebhookDelivery:
    return WebhookDelivery(row=row)


def _attempt_cursor(row: models.WebhookAttempt) -> str:
    return encode_cursor(row.attempted_at, row.id)


def _delivery_cursor(row: models.WebhookDelivery) -> str:
    return str(row.event_seq)


def _log_page(
    kind: type[C],
    rows: Sequence[R],
    make: Callable[[R], Any],
    cursor_of: Callable[[R], str],
    *,
    first: int,
) -> C:
    """A connection over one page of a log the use case cut: a full page may have more."""
    cursors = [cursor_of(row) for row in rows]
    edges = [relay.Edge(cursor=c, node=make(r)) for r, c in zip(rows, cursors, strict=True)]
    more = bool(rows) and len(rows) == first
    return kind(edges=edges, page_info=page_info(cursors, more))  # type: ignore[call-arg]
