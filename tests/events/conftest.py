"""What the exact-events tests share: a plan with a moment and two actors, and inputs taken
in at it, built through the same check as the writes they set up, so every write is checked
once; and the check each test ends with, that the log replays.
"""

import uuid
from dataclasses import dataclass
from datetime import date

import pytest

from api.services import audit, inputs, participation, plans
from api.services.caller import Caller
from api.services.privacy import ContactDetails
from api.store.database import Database
from tests.events.walk.log import Log, new_events

START = date(2022, 1, 1)
CONTACT = ContactDetails(name="An Peeters", email="an@example.org")


@dataclass
class Setting:
    plan: uuid.UUID
    moment: uuid.UUID
    owner: uuid.UUID
    partner: uuid.UUID


@dataclass
class Received:
    item: uuid.UUID
    with_contact: uuid.UUID


@pytest.fixture
async def log(database: Database, caller: Caller) -> Log:
    """The tenant's log, which holds only the tenant's creation when a test begins."""
    assert [t for t, _ in await new_events(database, caller.tenant_id, None)] == ["tenant.created"]
    return Log(database, caller.tenant_id)


@pytest.fixture
async def setting(log: Log, caller: Caller) -> Setting:
    """A plan with a moment, and two actors."""
    plan = await log.expect(
        ["plan.created"],
        lambda uow: plans.create_plan(
            uow,
            caller,
            plans.CreatePlan(
                title="Sociaal plan",
                period_start=START,
                period_end=date(2027, 12, 31),
                phases=[("analysis", START, date(2022, 3, 31))],
            ),
        ),
    )
    moment = await log.expect(
        ["moment.created"],
        lambda uow: participation.create_moment(
            uow,
            caller,
            participation.CreateMoment(
                plan_id=plan.id, title="Buurtgesprek", held_on=START, method="workshop"
            ),
        ),
    )
    owner = await log.expect(
        ["actor.created"],
        lambda uow: participation.create_actor(
            uow, caller, participation.CreateActor(name="Sociale dienst", kind="department")
        ),
    )
    partner = await log.expect(
        ["actor.created"],
        lambda uow: participation.create_actor(
            uow, caller, participation.CreateActor(name="CAW", kind="partner")
        ),
    )
    return Setting(plan.id, moment.id, owner.id, partner.id)


@pytest.fixture
async def received(log: Log, caller: Caller, setting: Setting) -> Received:
    """An input taken in at the moment, and two from one participant who left a contact."""
    item = await log.expect(
        ["input.created"],
        lambda uow: inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=setting.plan,
                text="Te weinig betaalbare huur",
                channel="workshop",
                participant_type="citizen",
                moment_id=setting.moment,
                external_id="EXT-1",
            ),
        ),
    )

    async def from_contact(text: str, channel: str) -> uuid.UUID:
        made = await log.expect(
            ["contact.created", "input.created"],
            lambda uow: inputs.create_input(
                uow,
                caller,
                inputs.CreateInput(
                    plan_id=setting.plan,
                    text=text,
                    channel=channel,
                    participant_type="citizen",
                    contact=CONTACT,
                ),
            ),
        )
        return made.id

    with_contact = await from_contact("Meer fietspaden", "email")
    await from_contact("Ook meer fietsenstallingen", "letter")
    return Received(item.id, with_contact)


async def assert_replays(log: Log) -> None:
    """The log rebuilds the tables and its chain verifies."""
    async with log.database.unit_of_work() as uow:
        assert await audit.replay(uow, log.tenant_id) == await audit.current_state(
            uow, log.tenant_id
        )
        assert (await audit.verify_log(uow, log.tenant_id)).intact
