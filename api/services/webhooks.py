"""Webhook endpoints: where a tenant's events are sent. Registering, changing, rotating the
secret of, disabling, enabling and removing an endpoint are events themselves; reading the
attempt log and asking for deliveries again are not changes to the trail.

Every use case needs a key with the webhooks scope (or admin). A key bound to one plan manages
the endpoints of its plan only, and the endpoints it registers receive that plan's events only.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from api.domain.access import Scope, require_scope
from api.domain.errors import NotFound, Unauthenticated, ValidationFailed, expect_version
from api.domain.measures import LARGEST_BIGINT, check_arguments
from api.domain.values import check_text
from api.domain.webhooks import (
    ROTATION_OVERLAP,
    DeliveryStatus,
    check_event_types,
    new_secret,
)
from api.services.caller import Caller
from api.services.loading import load_plan
from api.store import deliveries as delivery_store
from api.store import webhooks as webhook_store
from api.store.event_feed import committed_head
from api.store.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint
from api.store.unit_of_work import UnitOfWork
from api.webhooks.guard import current_guard


@dataclass(frozen=True)
class EndpointWithSecret:
    """An endpoint and its signing secret, shown this once (at creation and at rotation)."""

    record: WebhookEndpoint
    secret: str


@dataclass(frozen=True, kw_only=True)
class CreateEndpoint:
    url: str
    description: str | None = None
    # Exact types (input.created), every type of a subject (input.*), or everything (*).
    event_types: tuple[str, ...] = ("*",)
    plan_id: uuid.UUID | None = None
    enabled: bool = True
    reason: str | None = None


async def create_endpoint(
    uow: UnitOfWork, caller: Caller, command: CreateEndpoint
) -> EndpointWithSecret:
    """Register an endpoint; it receives the events logged from now on that its filters ask
    for. A URL that leads anywhere but to a public address is refused (field `url`)."""
    require_scope(caller.scopes, Scope.WEBHOOKS)
    event_types = check_event_types(command.event_types)
    target = await current_guard().check(command.url)
    plan_id = command.plan_id or caller.plan_id
    if plan_id is not None:
        await load_plan(uow, caller, plan_id)
    secret = new_secret()
    record = WebhookEndpoint(
        tenant_id=caller.tenant_id,
        url=target.url,
        description=_description(command.description),
        event_types=event_types,
        plan_id=plan_id,
        enabled=command.enabled,
        disabled_reason=None if command.enabled else "registered disabled",
        secret=secret,
        retiring_secrets=[],
        # Every event above the committed head is still to come, and will be delivered.
        last_seq=await committed_head(uow.session, caller.tenant_id),
    )
    await uow.add(record, caller=caller, event="webhook_endpoint.created", reason=command.reason)
    return EndpointWithSecret(record, secret)


@dataclass(frozen=True, kw_only=True)
class UpdateEndpoint:
    endpoint_id: uuid.UUID
    url: str | None = None
    description: str | None = None
    event_types: tuple[str, ...] | None = None
    plan_id: uuid.UUID | None = None
    enabled: bool | None = None
    expected_version: int | None = None
    reason: str | None = None


async def update_endpoint(
    uow: UnitOfWork, caller: Caller, command: UpdateEndpoint
) -> WebhookEndpoint:
    """Change what is given of an endpoint's URL, description, filters or enabled flag."""
    record = await _load(uow, caller, command.endpoint_id)
    expect_version(record.version, command.expected_version)
    url = (await current_guard().check(command.url)).url if command.url is not None else None
    event_types = None
    if command.event_types is not None:
        event_types = check_event_types(command.event_types)
    if command.plan_id is not None:
        await load_plan(uow, caller, command.plan_id)
    event = "webhook_endpoint.updated"
    async with uow.change(record, caller=caller, event=event, reason=command.reason):
        record.url = url or record.url
        if command.description is not None:
            record.description = _description(command.description)
        record.event_types = event_types or record.event_types
        record.plan_id = command.plan_id or record.plan_id
        if command.enabled is not None and command.enabled != record.enabled:
            _switch(record, on=command.enabled, reason=command.reason)
    return record


@dataclass(frozen=True, kw_only=True)
class RotateSecret:
    endpoint_id: uuid.UUID
    reason: str | None = None


async def rotate_secret(
    uow: UnitOfWork, caller: Caller, command: RotateSecret
) -> EndpointWithSecret:
    """Give an endpoint a new secret; the old one keeps signing beside it for 24 hours, so a
    receiver can switch without missing a delivery."""
    record = await _load(uow, caller, command.endpoint_id)
    now = uow.clock()
    secret = new_secret()
    event = "webhook_endpoint.secret_rotated"
    async with uow.change(record, caller=caller, event=event, reason=command.reason):
        still_signing = [
            old for old in record.retiring_secrets if datetime.fromisoformat(old["until"]) > now
        ]
        until = (now + ROTATION_OVERLAP).isoformat()
        record.retiring_secrets = [*still_signing, {"secret": record.secret, "until": until}]
        record.secret = secret
        record.secret_rotated_at = now
    return EndpointWithSecret(record, secret)


@dataclass(frozen=True, kw_only=True)
class SwitchEndpoint:
    endpoint_id: uuid.UUID
    reason: str | None = None


async def disable_endpoint(
    uow: UnitOfWork, caller: Caller, command: SwitchEndpoint
) -> WebhookEndpoint:
    """Stop sending to an endpoint; its events wait for it, and follow once it is enabled."""
    record = await _load(uow, caller, command.endpoint_id)
    if record.enabled:
        event = "webhook_endpoint.disabled"
        async with uow.change(record, caller=caller, event=event, reason=command.reason):
            _switch(record, on=False, reason=command.reason)
    return record


async def enable_endpoint(
    uow: UnitOfWork, caller: Caller, command: SwitchEndpoint
) -> WebhookEndpoint:
    """Send to an endpoint again, from the first event it has not received."""
    record = await _load(uow, caller, command.endpoint_id)
    if not record.enabled:
        event = "webhook_endpoint.enabled"
        async with uow.change(record, caller=caller, event=event, reason=command.reason):
            _switch(record, on=True, reason=command.reason)
    return record


@dataclass(frozen=True, kw_only=True)
class DeleteEndpoint:
    endpoint_id: uuid.UUID
    expected_version: int | None = None
    reason: str | None = None


async def delete_endpoint(uow: UnitOfWork, caller: Caller, command: DeleteEndpoint) -> None:
    """Remove an endpoint with its deliveries and attempt log."""
    record = await _load(uow, caller, command.endpoint_id)
    expect_version(record.version, command.expected_version)
    event = "webhook_endpoint.deleted"
    await uow.delete(record, caller=caller, event=event, reason=command.reason)


async def list_endpoints(uow: UnitOfWork, caller: Caller | None) -> Sequence[WebhookEndpoint]:
    """The tenant's endpoints (a key bound to a plan: that plan's), oldest first."""
    if caller is None:
        raise Unauthenticated("webhook endpoints need an API key with the webhooks scope")
    require_scope(caller.scopes, Scope.WEBHOOKS)
    return await webhook_store.endpoints_of(uow.session, caller.tenant_id, plan_id=caller.plan_id)


async def get_endpoint(uow: UnitOfWork, caller: Caller, endpoint_id: uuid.UUID) -> WebhookEndpoint:
    """One endpoint of the caller's, or NotFound."""
    return await _load(uow, caller, endpoint_id)


MAX_PAGE = 100


@dataclass(frozen=True, kw_only=True)
class AttemptQuery:
    endpoint_id: uuid.UUID
    before: datetime | None = None  # the `attempted_at` of the last attempt of a page read
    first: int = 50


async def list_attempts(
    uow: UnitOfWork, caller: Caller, query: AttemptQuery
) -> Sequence[WebhookAttempt]:
    """An endpoint's attempts, newest first: what was sent, what came back, how long it took."""
    await _load(uow, caller, query.endpoint_id)
    return await webhook_store.attempts_of(
        uow.session,
        tenant_id=caller.tenant_id,
        endpoint_id=query.endpoint_id,
        before=query.before,
        limit=_page(query.first),
    )


@dataclass(frozen=True, kw_only=True)
class DeliveryQuery:
    endpoint_id: uuid.UUID
    statuses: tuple[DeliveryStatus, ...] = ()
    after_seq: int = 0
    first: int = 50


def seq_after(after: str | None) -> int:
    """The event a page of deliveries follows, from the cursor the page before gave (the
    event's seq, as text); 0 for the first page."""
    if after is None:
        return 0
    check_arguments(after=after)
    if not after.isascii() or not after.isdigit() or int(after) > LARGEST_BIGINT:
        raise ValidationFailed("after is not a cursor Spoor gave out", field="after")
    return int(after)


async def list_deliveries(
    uow: UnitOfWork, caller: Caller, query: DeliveryQuery
) -> Sequence[WebhookDelivery]:
    """An endpoint's deliveries in log order (of some statuses, if given)."""
    await _load(uow, caller, query.endpoint_id)
    return await webhook_store.deliveries_of(
        uow.session,
        tenant_id=caller.tenant_id,
        endpoint_id=query.endpoint_id,
        statuses=[DeliveryStatus(status).value for status in query.statuses],
        after_seq=query.after_seq,
        limit=_page(query.first),
    )


@dataclass(frozen=True)
class Requeued:
    """How many deliveries were queued to be sent again."""

    endpoint_id: uuid.UUID
    deliveries: int


@dataclass(frozen=True, kw_only=True)
class Redeliver:
    endpoint_id: uuid.UUID
    event_id: uuid.UUID  # the event's id, as the webhook-id header carried it


async def redeliver(uow: UnitOfWork, caller: Caller, command: Redeliver) -> Requeued:
    """Send one event to an endpoint again (or for the first time), with a fresh schedule."""
    record = await _load(uow, caller, command.endpoint_id)
    event = await webhook_store.event_by_id(
        uow.session, tenant_id=caller.tenant_id, event_id=command.event_id
    )
    if event is None or caller.plan_id not in (None, event.plan_id):
        raise NotFound(f"no event with id {command.event_id}", field="eventId")
    await delivery_store.requeue(
        uow.session,
        tenant_id=caller.tenant_id,
        endpoint_id=record.id,
        event_seq=event.seq,
        event_id=event.id,
        now=uow.clock(),
    )
    return Requeued(record.id, 1)


@dataclass(frozen=True, kw_only=True)
class RecoverFailed:
    endpoint_id: uuid.UUID
    since: datetime


async def recover_failed(uow: UnitOfWork, caller: Caller, command: RecoverFailed) -> Requeued:
    """Send again every delivery to an endpoint that failed or died since a moment."""
    record = await _load(uow, caller, command.endpoint_id)
    count = await delivery_store.requeue_failed_since(
        uow.session,
        tenant_id=caller.tenant_id,
        endpoint_id=record.id,
        since=command.since,
        now=uow.clock(),
    )
    return Requeued(record.id, count)


async def _load(uow: UnitOfWork, caller: Caller, endpoint_id: uuid.UUID) -> WebhookEndpoint:
    require_scope(caller.scopes, Scope.WEBHOOKS)
    record = await webhook_store.get_endpoint(
        uow.session, tenant_id=caller.tenant_id, endpoint_id=endpoint_id
    )
    if record is None or caller.plan_id not in (None, record.plan_id):
        raise NotFound(f"no webhook endpoint with id {endpoint_id}", field="endpointId")
    return record


def _switch(record: WebhookEndpoint, *, on: bool, reason: str | None) -> None:
    record.enabled = on
    record.disabled_reason = None if on else ((reason or "").strip() or "disabled on request")
    # A fresh start: the days it failed before it was disabled do not count against it.
    record.failing_since = None


def _description(text: str | None) -> str | None:
    return check_text(text, field="description") if text else None


def _page(first: int) -> int:
    if not 1 <= first <= MAX_PAGE:
        raise ValidationFailed(f"first must be from 1 to {MAX_PAGE}", field="first")
    return first
