"""Steps the webhook tests take: registering endpoints, writing events, reading what the
dispatcher recorded."""

import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from api.domain.vocabulary import Channel, ParticipantType
from api.domain.webhooks import JITTER
from api.services import inputs, webhooks
from api.services.caller import Caller
from api.store.database import Database
from api.store.models import Event, WebhookDelivery, WebhookEndpoint
from api.webhooks.guard import Guard, guarding_with
from tests.clock import MovableClock


async def register(
    database: Database, caller: Caller, guard: Guard, url: str, **fields: Any
) -> webhooks.EndpointWithSecret:
    """An endpoint registered as a client would, its URL checked by the test's guard."""
    with guarding_with(guard):
        async with database.unit_of_work() as uow:
            made = await webhooks.create_endpoint(
                uow, caller, webhooks.CreateEndpoint(url=url, **fields)
            )
            await uow.commit()
    return made


async def write_inputs(
    database: Database, caller: Caller, plan_id: uuid.UUID, count: int, *, start: int = 0
) -> list[int]:
    """`count` inputs in one transaction: `count` input.created events; their sequence numbers."""
    async with database.unit_of_work() as uow:
        made = [
            await inputs.create_input(
                uow,
                caller,
                inputs.CreateInput(
                    plan_id=plan_id,
                    text=f"Inbreng {start + n}",
                    channel=Channel.WORKSHOP,
                    participant_type=ParticipantType.CITIZEN,
                ),
            )
            for n in range(count)
        ]
        await uow.commit()
        ids = [item.id for item in made]
    async with database.unit_of_work() as uow:
        query = select(Event.seq).where(
            Event.tenant_id == caller.tenant_id,
            Event.subject_id.in_(ids),
            Event.type == "input.created",
        )
        return sorted((await uow.session.scalars(query)).all())


async def deliveries_of(database: Database, endpoint_id: uuid.UUID) -> list[WebhookDelivery]:
    async with database.unit_of_work() as uow:
        query = select(WebhookDelivery).where(WebhookDelivery.endpoint_id == endpoint_id)
        return list((await uow.session.scalars(query.order_by(WebhookDelivery.event_seq))).all())


async def endpoint(database: Database, endpoint_id: uuid.UUID) -> WebhookEndpoint:
    async with database.unit_of_work() as uow:
        query = select(WebhookEndpoint).where(WebhookEndpoint.id == endpoint_id)
        return (await uow.session.scalars(query)).one()


def past_retry(clock: MovableClock, step: timedelta) -> None:
    """Move the clock past a retry step, whatever its jitter drew."""
    clock.advance(step * (1 + JITTER) + timedelta(seconds=1))
