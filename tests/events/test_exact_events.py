"""Exact events: each write appends its own events, in order, and nothing else; a refusal
appends none.

Plans, inputs, and the redaction and erasure of personal data; the plan's structure and its
links are in test_exact_events_of_structure_and_links.py. The fixtures (conftest.py) build a
plan with its participation and inputs through the same check, so every write is checked once;
each test then takes one area of writes and ends by replaying the log.
"""

import uuid
from collections.abc import Awaitable, Callable
from datetime import date

from api.domain.errors import (
    Conflict,
    IllegalTransition,
    NotFound,
    ValidationFailed,
)
from api.services import inputs, plans, privacy
from api.services.caller import Caller
from api.store.models import Input
from api.store.unit_of_work import UnitOfWork
from tests.events.conftest import START, Received, Setting, assert_replays
from tests.events.walk.log import Log


async def test_plan_writes_leave_exactly_their_events(
    log: Log, caller: Caller, setting: Setting
) -> None:
    plan_id = setting.plan
    await log.expect(
        ["plan.updated"],
        lambda uow: plans.update_plan(
            uow,
            caller,
            plans.UpdatePlan(
                plan_id=plan_id, phases=[("citizen_consultation", START, date(2022, 6, 30))]
            ),
        ),
    )
    await log.refused(
        IllegalTransition,
        lambda uow: plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=plan_id, status="adopted")
        ),
    )
    await log.expect(
        ["plan.status_changed"],
        lambda uow: plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=plan_id, status="published")
        ),
    )
    await assert_replays(log)


async def test_input_writes_leave_exactly_their_events(
    log: Log, caller: Caller, setting: Setting, received: Received
) -> None:
    def again(plan_id: uuid.UUID) -> Callable[[UnitOfWork], Awaitable[Input]]:
        return lambda uow: inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=plan_id,
                text="Nog eens",
                channel="survey",
                participant_type="citizen",
                external_id="EXT-1",
            ),
        )

    # Repeating a create with the external id of an input of the plan returns that input.
    retried = await log.expect([], again(setting.plan))
    assert retried.id == received.item
    assert retried.text == "Te weinig betaalbare huur"
    # Another plan's input may not carry it.
    other = await log.expect(
        ["plan.created"],
        lambda uow: plans.create_plan(
            uow,
            caller,
            plans.CreatePlan(
                title="Ander plan", period_start=date(2025, 1, 1), period_end=date(2030, 12, 31)
            ),
        ),
    )
    await log.refused(Conflict, again(other.id))
    await log.expect(
        ["input.updated"],
        lambda uow: inputs.update_input(
            uow,
            caller,
            inputs.UpdateInput(input_id=received.item, text="Te weinig betaalbare huurwoningen"),
        ),
    )
    await log.expect(
        ["input.status_changed"],
        lambda uow: inputs.set_input_status(
            uow, caller, inputs.SetInputStatus(input_id=received.item, status="in_review")
        ),
    )
    await assert_replays(log)


async def test_redaction_and_erasure_leave_exactly_their_events(
    log: Log, caller: Caller, received: Received
) -> None:
    await log.refused(
        ValidationFailed,
        lambda uow: privacy.redact_input(
            uow, caller, privacy.RedactInput(input_id=received.with_contact, reason="  ")
        ),
    )
    await log.expect(
        ["input.redacted"],
        lambda uow: privacy.redact_input(
            uow,
            caller,
            privacy.RedactInput(input_id=received.with_contact, reason="Verzoek van de deelnemer"),
        ),
        subjects=[received.with_contact],
    )
    await log.expect(
        ["contact.erased", "contact.erased"],
        lambda uow: privacy.erase_participant(
            uow, caller, privacy.EraseParticipant(email="AN@example.org", reason="Vergetelheid")
        ),
    )
    await log.refused(
        NotFound,
        lambda uow: privacy.erase_participant(
            uow, caller, privacy.EraseParticipant(email="an@example.org", reason="Vergetelheid")
        ),
    )
    await assert_replays(log)
