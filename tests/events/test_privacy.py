"""Erasure and redaction remove personal data everywhere, and the chain still verifies."""

import uuid
from datetime import date

import pytest
from sqlalchemy import text

from api.domain.errors import NotFound, ValidationFailed
from api.services import audit, inputs, plans, privacy
from api.services.caller import Caller
from api.services.privacy import ContactDetails
from api.store.database import Database

NAME, EMAIL, PHONE = "An Peeters", "an.peeters@example.org", "+32 470 12 34 56"
TEXT = "Ik woon in de Molenstraat 5 en mijn buurvrouw van 84 ziet niemand meer."


async def _occurrences(database: Database, needle: str) -> dict[str, int]:
    """In which tables, and how often, a text occurs in any column of any row."""
    found = {}
    async with database.unit_of_work() as uow:
        tables = (
            await uow.session.scalars(
                text(
                    "SELECT table_name FROM information_schema.tables"
                    " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                )
            )
        ).all()
        for table in tables:
            count = await uow.session.scalar(
                text(f"SELECT count(*) FROM {table} t WHERE t::text ILIKE :needle").bindparams(
                    needle=f"%{needle}%"
                )
            )
            if count:
                found[table] = count
    return found


async def _input_with_contact(database: Database, caller: Caller) -> uuid.UUID:
    async with database.unit_of_work() as uow:
        plan = await plans.create_plan(
            uow,
            caller,
            plans.CreatePlan(
                title="Plan", period_start=date(2022, 1, 1), period_end=date(2027, 1, 1)
            ),
        )
        item = await inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=plan.id,
                text=TEXT,
                channel="online_table",
                participant_type="citizen",
                contact=ContactDetails(name=NAME, email=EMAIL.upper(), phone=PHONE),
            ),
        )
        await inputs.update_input(
            uow, caller, inputs.UpdateInput(input_id=item.id, language="nl", text=TEXT + " !")
        )
        await uow.commit()
    return item.id


async def test_contact_details_never_enter_the_log(database: Database, caller: Caller) -> None:
    await _input_with_contact(database, caller)
    for detail in (NAME, EMAIL, PHONE):
        assert await _occurrences(database, detail) == {"contact": 1}


async def test_erasure_removes_the_contact_everywhere(database: Database, caller: Caller) -> None:
    await _input_with_contact(database, caller)
    async with database.unit_of_work() as uow:
        erased = await privacy.erase_participant(
            uow,
            caller,
            privacy.EraseParticipant(email=EMAIL, reason="verzoek tot verwijdering (AVG art. 17)"),
        )
        await uow.commit()
    assert erased == 1
    for detail in (NAME, EMAIL, PHONE, "Peeters"):
        assert await _occurrences(database, detail) == {}
    async with database.unit_of_work() as uow:
        report = await audit.verify_log(uow, caller.tenant_id)
        assert report.intact
        assert await audit.replay(uow, caller.tenant_id) == await audit.current_state(
            uow, caller.tenant_id
        )
        types = (await uow.session.scalars(text("SELECT type FROM event ORDER BY seq"))).all()
    assert types[-1] == "contact.erased"


async def test_erasing_an_unknown_address_is_a_clear_error(
    database: Database, caller: Caller
) -> None:
    async with database.unit_of_work() as uow:
        with pytest.raises(NotFound):
            await privacy.erase_participant(
                uow, caller, privacy.EraseParticipant(email="nobody@example.org", reason="x")
            )


async def test_redaction_removes_the_text_from_rows_and_past_events(
    database: Database, caller: Caller
) -> None:
    input_id = await _input_with_contact(database, caller)
    assert set(await _occurrences(database, "Molenstraat")) == {"input", "event"}
    async with database.unit_of_work() as uow:
        await privacy.redact_input(
            uow,
            caller,
            privacy.RedactInput(input_id=input_id, reason="bevat adres en gezondheidsgegevens"),
        )
        await uow.commit()
    assert await _occurrences(database, "Molenstraat") == {}
    async with database.unit_of_work() as uow:
        report = await audit.verify_log(uow, caller.tenant_id)
        assert await audit.replay(uow, caller.tenant_id) == await audit.current_state(
            uow, caller.tenant_id
        )
    assert report.intact
    assert report.redacted == 2  # input.created and input.updated were rewritten


async def test_redaction_needs_a_reason(database: Database, caller: Caller) -> None:
    input_id = await _input_with_contact(database, caller)
    async with database.unit_of_work() as uow:
        with pytest.raises(ValidationFailed):
            await privacy.redact_input(
                uow, caller, privacy.RedactInput(input_id=input_id, reason="  ")
            )
    assert set(await _occurrences(database, "Molenstraat")) == {"input", "event"}
