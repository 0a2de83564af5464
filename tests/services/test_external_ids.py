"""External ids: a client's own id for any node, so that it may retry a create safely."""

import uuid
from collections.abc import Awaitable, Callable

import pytest

from api.domain.errors import Conflict, ValidationFailed
from api.services import actions, inputs, structure
from api.services.caller import Caller
from api.store.database import Database
from api.store.models import Node
from api.store.unit_of_work import UnitOfWork
from tests.builders import SmallPlan, attempt, make_small_plan, snapshot

Create = Callable[[UnitOfWork], Awaitable[Node]]


def creates(caller: Caller, plan_id: uuid.UUID, external_id: str) -> dict[str, Create]:
    """A create of every kind of node in a plan, each carrying the external id."""
    return {
        "input": lambda uow: inputs.create_input(
            uow, caller, inputs.CreateInput(
                plan_id=plan_id, text="Meer bankjes", channel="survey",
                participant_type="citizen", external_id=external_id,
            ),
        ),
        "finding": lambda uow: structure.create_finding(
            uow, caller, structure.CreateFinding(
                plan_id=plan_id, title="Rust", external_id=external_id
            ),
        ),
        "theme": lambda uow: structure.create_theme(
            uow, caller, structure.CreateTheme(
                plan_id=plan_id, title="Groen", external_id=external_id
            ),
        ),
        "goal": lambda uow: structure.create_goal(
            uow, caller, structure.CreateGoal(
                plan_id=plan_id, code="SD9", title="Groen", external_id=external_id
            ),
        ),
        "action_plan": lambda uow: structure.create_action_plan(
            uow, caller, structure.CreateActionPlan(
                plan_id=plan_id, code="AP9", title="Parken", external_id=external_id
            ),
        ),
        "action": lambda uow: actions.create_action(
            uow, caller, actions.CreateAction(
                plan_id=plan_id, code="A9", title="Bankjes", external_id=external_id
            ),
        ),
    }  # fmt: skip


async def _made(database: Database, create: Create) -> Node:
    async with database.unit_of_work() as uow:
        node = await create(uow)
        await uow.commit()
    return node


async def test_repeating_a_create_returns_the_node_made_before_and_changes_nothing(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    for kind, create in creates(caller, small_plan.plan_id, "ZAAK-7").items():
        made = await _made(database, create)
        assert (made.kind, made.external_id) == (kind, "ZAAK-7")
        before = await snapshot(database)
        again = await _made(database, create)
        assert again.id == made.id, kind
        assert await snapshot(database) == before, kind


async def test_another_plans_node_of_the_kind_may_not_carry_the_same_external_id(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        other = await make_small_plan(uow, caller, title="Ander plan")
        await uow.commit()
    for create in creates(caller, small_plan.plan_id, "ZAAK-8").values():
        await _made(database, create)
    for kind, create in creates(caller, other.plan_id, "ZAAK-8").items():
        before = await snapshot(database)
        with pytest.raises(Conflict, match="another plan") as raised:
            await attempt(database, create)
        assert raised.value.field == "externalId", kind
        assert await snapshot(database) == before


async def test_an_update_may_not_take_another_items_external_id(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    made = creates(caller, small_plan.plan_id, "ZAAK-9")
    await _made(database, made["input"])
    await _made(database, made["action"])
    with pytest.raises(Conflict) as raised:
        await attempt(
            database,
            lambda uow: inputs.update_input(
                uow, caller, inputs.UpdateInput(input_id=small_plan.input_id, external_id="ZAAK-9")
            ),
        )
    assert raised.value.field == "externalId"
    with pytest.raises(Conflict):
        await attempt(
            database,
            lambda uow: actions.update_action(
                uow,
                caller,
                actions.UpdateAction(action_id=small_plan.action_id, external_id="ZAAK-9"),
            ),
        )


@pytest.mark.parametrize("external_id", ["x" * 201, "ZAAK\n7", "ZAAK\x007", "   "])
async def test_an_external_id_is_short_and_plain_text(
    database: Database, caller: Caller, small_plan: SmallPlan, external_id: str
) -> None:
    for kind, create in creates(caller, small_plan.plan_id, external_id).items():
        with pytest.raises(ValidationFailed) as raised:
            await attempt(database, create)
        assert raised.value.field == "externalId", kind
