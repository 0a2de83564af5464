"""Webhook endpoints over REST, for keys with the webhooks scope: registered (the signing
secret shown once), changed with If-Match, given a new secret, disabled and enabled, removed;
their attempt log and deliveries read; one event or every failed delivery since a moment sent
again.

Verbs on an item or a list that are no change of its fields are custom methods, as
`inputs:bulk` is: `{id}:disable`, `{id}/secret:rotate`, `{id}/deliveries:recover`.
"""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.domain.errors import Forbidden
from api.domain.webhooks import DeliveryStatus
from api.http.scope import RequestScope
from api.rest.conventions import (
    DEFAULT_LIMIT,
    After,
    IfMatch,
    Limit,
    Reason,
    cut,
    item,
    log_page,
    page,
)
from api.rest.requests import Scoped, errors
from api.rest.webhook_models import (
    ChangeReason,
    CreateWebhookEndpoint,
    RecoverDeliveries,
    RequeuedDeliveries,
    UpdateWebhookEndpoint,
    WebhookAttemptPage,
    WebhookDeliveryPage,
    WebhookEndpoint,
    WebhookEndpointPage,
    WebhookEndpointWithSecret,
    attempt_of,
    delivery_of,
    endpoint_of,
)
from api.rest.writes import IdempotencyKey, nothing, perform, shown
from api.services import webhooks
from api.services.caller import Caller
from api.services.idempotency import Answer
from api.services.pagination import decode_cursor, encode_cursor
from api.services.runner import UnitOfWork
from api.store import models

router = APIRouter(prefix="/api/v1", tags=["webhooks"])

READS = errors(401, 403, 404, 422)
WRITES = errors(401, 403, 404, 409, 412, 422)
ITEM = "/webhooks/{endpoint_id}"


def manager(scope: RequestScope) -> Caller:
    """The caller, who needs a key: the use cases check its webhooks scope."""
    if scope.caller is None:
        raise Forbidden("managing webhooks needs an API key with the webhooks scope")
    return scope.caller


async def _created(uow: UnitOfWork, caller: Caller, made: webhooks.EndpointWithSecret) -> Answer:
    body = WebhookEndpointWithSecret(endpoint=endpoint_of(made.record), secret=made.secret)
    location = f"/api/v1/webhooks/{made.record.id}"
    return shown(body, status=201, location=location, once=("secret",))


async def _rotated(uow: UnitOfWork, caller: Caller, made: webhooks.EndpointWithSecret) -> Answer:
    body = WebhookEndpointWithSecret(endpoint=endpoint_of(made.record), secret=made.secret)
    return shown(body, once=("secret",))


async def _shown(uow: UnitOfWork, caller: Caller, row: models.WebhookEndpoint) -> Answer:
    return shown(endpoint_of(row), version=row.version)


async def _removed(uow: UnitOfWork, caller: Caller, _: None) -> Answer:
    return nothing()


async def _requeued(uow: UnitOfWork, caller: Caller, done: webhooks.Requeued) -> Answer:
    # Accepted: the dispatcher sends them, after this answer.
    return shown(
        RequeuedDeliveries(endpoint_id=done.endpoint_id, deliveries=done.deliveries), status=202
    )


@router.get(
    "/webhooks",
    summary="The municipality's webhook endpoints (or its one plan's), oldest first",
    response_model=WebhookEndpointPage,
    responses=errors(401, 403, 422),
)
async def list_webhook_endpoints(
    request: Request, scope: Scoped, limit: Limit = DEFAULT_LIMIT, after: After = None
) -> Response:
    caller = manager(scope)
    rows = list(await scope.read(lambda uow: webhooks.list_endpoints(uow, caller)))
    chosen, following = cut(
        rows, lambda row: encode_cursor(row.created_at, row.id), limit=limit, after=after
    )
    items = [endpoint_of(row) for row in chosen]
    return page(request, WebhookEndpointPage, items, next_cursor=following, total=len(rows))


@router.post(
    "/webhooks",
    summary="Register a webhook endpoint; the answer holds its signing secret, this once",
    description="It receives the events logged from now on that its `event_types` (and"
    " `plan_id`) ask for, signed as Standard Webhooks v1. A URL that leads anywhere but to"
    " public addresses is refused (422, field `url`).",
    status_code=201,
    response_model=WebhookEndpointWithSecret,
    responses=errors(401, 403, 404, 422),
)
async def create_webhook_endpoint(
    request: Request,
    body: CreateWebhookEndpoint,
    scope: Scoped,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    return await perform(
        request, scope, webhooks.create_endpoint, body.command(), _created,
        idempotency_key=idempotency_key,
    )  # fmt: skip


@router.get(
    ITEM,
    summary="One webhook endpoint",
    response_model=WebhookEndpoint,
    responses=READS,
)
async def get_webhook_endpoint(request: Request, endpoint_id: uuid.UUID, scope: Scoped) -> Response:
    caller = manager(scope)
    row = await scope.read(lambda uow: webhooks.get_endpoint(uow, caller, endpoint_id))
    return item(request, endpoint_of(row), row.version)


@router.patch(
    ITEM,
    summary="Change what is given of an endpoint: URL, description, event types, plan, enabled",
    response_model=WebhookEndpoint,
    responses=WRITES,
)
async def update_webhook_endpoint(
    request: Request,
    endpoint_id: uuid.UUID,
    body: UpdateWebhookEndpoint,
    scope: Scoped,
    expected: IfMatch,
) -> Response:
    command = body.command(endpoint_id, expected)
    return await perform(request, scope, webhooks.update_endpoint, command, _shown)


@router.delete(
    ITEM,
    summary="Remove an endpoint with its deliveries and attempt log",
    status_code=204,
    responses=WRITES,
)
async def delete_webhook_endpoint(
    request: Request, endpoint_id: uuid.UUID, scope: Scoped, expected: IfMatch,
    reason: Reason = None,
) -> Response:  # fmt: skip
    command = webhooks.DeleteEndpoint(
        endpoint_id=endpoint_id, expected_version=expected, reason=reason
    )
    return await perform(request, scope, webhooks.delete_endpoint, command, _removed)


@router.post(
    ITEM + "/secret:rotate",
    summary="Give an endpoint a new signing secret, shown in this answer only",
    description="The old secret keeps signing beside the new one for 24 hours (each delivery"
    " then carries two signatures), so a receiver can switch without missing a delivery.",
    response_model=WebhookEndpointWithSecret,
    responses=errors(401, 403, 404, 422),
)
async def rotate_webhook_secret(
    request: Request,
    endpoint_id: uuid.UUID,
    scope: Scoped,
    body: ChangeReason | None = None,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    command = webhooks.RotateSecret(endpoint_id=endpoint_id, reason=_reason(body))
    return await perform(
        request, scope, webhooks.rotate_secret, command, _rotated,
        idempotency_key=idempotency_key,
    )  # fmt: skip


@router.post(
    ITEM + ":disable",
    summary="Stop sending to an endpoint; its events wait, and follow once it is enabled",
    response_model=WebhookEndpoint,
    responses=errors(401, 403, 404, 422),
)
async def disable_webhook_endpoint(
    request: Request,
    endpoint_id: uuid.UUID,
    scope: Scoped,
    body: ChangeReason | None = None,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    command = webhooks.SwitchEndpoint(endpoint_id=endpoint_id, reason=_reason(body))
    return await perform(
        request, scope, webhooks.disable_endpoint, command, _shown,
        idempotency_key=idempotency_key,
    )  # fmt: skip


@router.post(
    ITEM + ":enable",
    summary="Send to an endpoint again, from the first event it has not received",
    response_model=WebhookEndpoint,
    responses=errors(401, 403, 404, 422),
)
async def enable_webhook_endpoint(
    request: Request,
    endpoint_id: uuid.UUID,
    scope: Scoped,
    body: ChangeReason | None = None,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    command = webhooks.SwitchEndpoint(endpoint_id=endpoint_id, reason=_reason(body))
    return await perform(
        request, scope, webhooks.enable_endpoint, command, _shown,
        idempotency_key=idempotency_key,
    )  # fmt: skip


@router.get(
    ITEM + "/attempts",
    summary="An endpoint's delivery attempts, newest first: what was sent and what came back",
    description="Kept 90 days. Follow `next` (or the Link header) for older ones; a page with"
    " fewer than `limit` attempts is the last.",
    response_model=WebhookAttemptPage,
    responses=READS,
)
async def list_webhook_attempts(
    request: Request,
    endpoint_id: uuid.UUID,
    scope: Scoped,
    limit: Limit = DEFAULT_LIMIT,
    after: After = None,
) -> Response:
    caller = manager(scope)
    position = decode_cursor(after)
    query = webhooks.AttemptQuery(
        endpoint_id=endpoint_id, before=position[0] if position else None, first=limit
    )
    rows = await scope.read(lambda uow: webhooks.list_attempts(uow, caller, query))
    following = encode_cursor(rows[-1].attempted_at, rows[-1].id) if len(rows) == limit else None
    body = WebhookAttemptPage(items=[attempt_of(row) for row in rows], next=following)
    return log_page(request, body)


@router.get(
    ITEM + "/deliveries",
    summary="An endpoint's deliveries in the order of the event log, of some statuses if asked",
    description="`status=failed&status=dead` lists what has not arrived. Follow `next` (or the"
    " Link header); a page with fewer than `limit` deliveries is the last, for now.",
    response_model=WebhookDeliveryPage,
    responses=READS,
)
async def list_webhook_deliveries(
    request: Request,
    endpoint_id: uuid.UUID,
    scope: Scoped,
    status: Annotated[
        list[DeliveryStatus] | None, Query(description="Only these (repeat the parameter).")
    ] = None,
    limit: Limit = DEFAULT_LIMIT,
    after: After = None,
) -> Response:
    caller = manager(scope)
    query = webhooks.DeliveryQuery(
        endpoint_id=endpoint_id, statuses=tuple(status or ()), after_seq=webhooks.seq_after(after),
        first=limit,
    )  # fmt: skip
    rows = await scope.read(lambda uow: webhooks.list_deliveries(uow, caller, query))
    following = str(rows[-1].event_seq) if len(rows) == limit else None
    body = WebhookDeliveryPage(items=[delivery_of(row) for row in rows], next=following)
    return log_page(request, body)


@router.post(
    ITEM + "/deliveries/{event_id}:redeliver",
    summary="Send one event to an endpoint again (or for the first time), with a fresh schedule",
    description="`event_id` is the event's id, as the webhook-id header carried it (and as the"
    " event feed shows it).",
    status_code=202,
    response_model=RequeuedDeliveries,
    responses=errors(401, 403, 404, 422),
)
async def redeliver_webhook_event(
    request: Request,
    endpoint_id: uuid.UUID,
    event_id: uuid.UUID,
    scope: Scoped,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    command = webhooks.Redeliver(endpoint_id=endpoint_id, event_id=event_id)
    return await perform(
        request, scope, webhooks.redeliver, command, _requeued, idempotency_key=idempotency_key
    )


@router.post(
    ITEM + "/deliveries:recover",
    summary="Send again every delivery to an endpoint that failed or died since a moment",
    status_code=202,
    response_model=RequeuedDeliveries,
    responses=errors(401, 403, 404, 422),
)
async def recover_webhook_deliveries(
    request: Request,
    endpoint_id: uuid.UUID,
    body: RecoverDeliveries,
    scope: Scoped,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    command = webhooks.RecoverFailed(endpoint_id=endpoint_id, since=body.since)
    return await perform(
        request, scope, webhooks.recover_failed, command, _requeued,
        idempotency_key=idempotency_key,
    )  # fmt: skip


def _reason(body: ChangeReason | None) -> str | None:
    return body.reason if body is not None else None
