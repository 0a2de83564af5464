"""Managing endpoints: each change is an event that never carries the secret; keys need the
webhooks scope; a key bound to a plan manages that plan's endpoints only."""

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from api.domain.access import Scope
from api.domain.errors import Forbidden, NotFound, ValidationFailed
from api.domain.webhooks import SECRET_PREFIX
from api.services import webhooks
from api.services.caller import Caller
from api.services.runner import run_read, run_write
from api.store.database import Database
from api.store.models import Event, WebhookAttempt
from api.webhooks.dispatcher import Dispatcher
from api.webhooks.guard import Guard, guarding_with
from api.webhooks.payload import signing_secrets
from api.webhooks.worker import deliver_until_idle
from tests.builders import SmallPlan
from tests.clock import MovableClock
from tests.webhooks.receiver import Receiver
from tests.webhooks.steps import deliveries_of, register, write_inputs

URL = "http://hooks.test:9000/hook"


async def events_about(database: Database, subject: uuid.UUID) -> list[Event]:
    async with database.unit_of_work() as uow:
        query = select(Event).where(Event.subject_id == subject).order_by(Event.seq)
        return list((await uow.session.scalars(query)).all())


async def test_every_change_to_an_endpoint_is_an_event_without_its_secret(
    database: Database, caller: Caller, guard: Guard, clock: MovableClock
) -> None:
    made = await register(
        database, caller, guard, URL, description="Zaaksysteem", event_types=("input.*",)
    )
    endpoint = made.record.id
    assert made.secret.startswith(SECRET_PREFIX)
    with guarding_with(guard):
        await run_write(
            database,
            caller,
            webhooks.update_endpoint,
            webhooks.UpdateEndpoint(endpoint_id=endpoint, event_types=("link.created", "*")),
        )
        rotated = await run_write(
            database, caller, webhooks.rotate_secret, webhooks.RotateSecret(endpoint_id=endpoint)
        )
        switch = webhooks.SwitchEndpoint(endpoint_id=endpoint, reason="onderhoud")
        await run_write(database, caller, webhooks.disable_endpoint, switch)
        await run_write(database, caller, webhooks.enable_endpoint, switch)
        await run_write(
            database,
            caller,
            webhooks.delete_endpoint,
            webhooks.DeleteEndpoint(endpoint_id=endpoint),
        )
    logged = await events_about(database, endpoint)
    assert [event.type for event in logged] == [
        "webhook_endpoint.created",
        "webhook_endpoint.updated",
        "webhook_endpoint.secret_rotated",
        "webhook_endpoint.disabled",
        "webhook_endpoint.enabled",
        "webhook_endpoint.deleted",
    ]
    for event in logged:
        assert made.secret not in str(event.payload) and rotated.secret not in str(event.payload)
    assert logged[0].payload["after"]["event_types"] == ["input.*"]
    assert logged[1].payload["after"]["event_types"] == ["link.created", "*"]
    assert logged[3].payload["after"]["disabled_reason"] == "onderhoud"
    assert logged[4].payload["after"]["enabled"] is True


async def test_the_old_secret_signs_beside_the_new_one_for_a_day(
    database: Database, caller: Caller, guard: Guard, clock: MovableClock
) -> None:
    made = await register(database, caller, guard, URL)
    command = webhooks.RotateSecret(endpoint_id=made.record.id)
    rotated = await run_write(database, caller, webhooks.rotate_secret, command)
    record = rotated.record
    assert rotated.secret != made.secret
    now = clock()
    assert signing_secrets(record.secret, record.retiring_secrets, now) == [
        rotated.secret,
        made.secret,
    ]
    later = now + timedelta(hours=24, seconds=1)
    assert signing_secrets(record.secret, record.retiring_secrets, later) == [rotated.secret]


async def test_a_key_needs_the_webhooks_scope(
    database: Database, caller: Caller, guard: Guard
) -> None:
    reader = Caller(caller.tenant_id, "reader", scopes=frozenset({Scope.READ, Scope.WRITE}))
    with guarding_with(guard), pytest.raises(Forbidden):
        await run_write(
            database, reader, webhooks.create_endpoint, webhooks.CreateEndpoint(url=URL)
        )
    with pytest.raises(Forbidden):
        await run_read(database, reader, webhooks.list_endpoints)
    manager = Caller(caller.tenant_id, "integrator", scopes=frozenset({Scope.WEBHOOKS}))
    made = await register(database, manager, guard, URL)
    listed = await run_read(database, manager, webhooks.list_endpoints)
    assert [endpoint.id for endpoint in listed] == [made.record.id]


async def test_a_key_bound_to_a_plan_manages_that_plans_endpoints_only(
    database: Database, caller: Caller, guard: Guard, small_plan: SmallPlan
) -> None:
    tenant_wide = await register(database, caller, guard, URL)
    bound = Caller(
        caller.tenant_id, "plan key", scopes=frozenset({Scope.WEBHOOKS}), plan_id=small_plan.plan_id
    )
    own = await register(database, bound, guard, URL)
    assert own.record.plan_id == small_plan.plan_id
    listed = await run_read(database, bound, webhooks.list_endpoints)
    assert [endpoint.id for endpoint in listed] == [own.record.id]
    command = webhooks.SwitchEndpoint(endpoint_id=tenant_wide.record.id)
    with pytest.raises(NotFound):
        await run_write(database, bound, webhooks.disable_endpoint, command)


@pytest.mark.parametrize(
    ("event_types", "field"),
    [(("input.created", "nonsense.*"), "eventTypes"), (("input.made",), "eventTypes"),
     ((), "eventTypes")],
)  # fmt: skip
async def test_unknown_event_types_are_refused(
    database: Database,
    caller: Caller,
    guard: Guard,
    event_types: tuple[str, ...],
    field: str,
) -> None:
    command = webhooks.CreateEndpoint(url=URL, event_types=event_types)
    with guarding_with(guard), pytest.raises(ValidationFailed) as refused:
        await run_write(database, caller, webhooks.create_endpoint, command)
    assert refused.value.field == field


async def test_a_changed_url_is_checked_again(
    database: Database, caller: Caller, guard: Guard
) -> None:
    made = await register(database, caller, guard, URL)
    command = webhooks.UpdateEndpoint(endpoint_id=made.record.id, url="https://10.0.0.1/hook")
    with guarding_with(guard), pytest.raises(ValidationFailed) as refused:
        await run_write(database, caller, webhooks.update_endpoint, command)
    assert refused.value.field == "url"


async def test_deleting_an_endpoint_takes_its_deliveries_and_attempt_log_with_it(
    database: Database,
    caller: Caller,
    small_plan: SmallPlan,
    guard: Guard,
    receiver: Receiver,
    dispatcher: Dispatcher,
) -> None:
    made = await register(database, caller, guard, receiver.url)
    await write_inputs(database, caller, small_plan.plan_id, 2)
    await deliver_until_idle(dispatcher)
    assert len(await deliveries_of(database, made.record.id)) == 3
    command = webhooks.DeleteEndpoint(endpoint_id=made.record.id)
    await run_write(database, caller, webhooks.delete_endpoint, command)  # as requests run
    assert await deliveries_of(database, made.record.id) == []
    async with database.unit_of_work() as uow:
        query = select(WebhookAttempt).where(WebhookAttempt.endpoint_id == made.record.id)
        assert (await uow.session.scalars(query)).all() == []
