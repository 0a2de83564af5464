"""Moments and actors corrected and removed, and inputs tagged in bulk."""

import uuid
from dataclasses import replace
from datetime import date

from api.domain.errors import Conflict, NotFound, StaleVersion, ValidationFailed
from api.services import actions, inputs, links, participation
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import SmallPlan, make_small_plan
from tests.services.changes import committed_use, events_of, refused, workshop


async def test_a_moment_corrected_field_by_field_and_removed_once_unused(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    plan = small_plan.plan_id
    moment = await committed_use(
        database,
        lambda uow: participation.create_moment(
            uow,
            caller,
            participation.CreateMoment(
                plan_id=plan,
                title="Workshop",
                held_on=date(2023, 3, 1),
                method="workshop",
                facilitator="Sofie",
                place="De Kring",
            ),
        ),
    )
    spare = await committed_use(
        database,
        lambda uow: participation.create_moment(
            uow,
            caller,
            participation.CreateMoment(
                plan_id=plan, title="Bevraging", held_on=date(2023, 4, 1), method="survey"
            ),
        ),
    )
    changed = await committed_use(
        database,
        lambda uow: participation.update_moment(
            uow,
            caller,
            participation.UpdateMoment(
                moment_id=moment.id,
                participant_count=0,
                phase="analysis",
                online=True,
                expected_version=1,
                reason="aangevuld",
            ),
        ),
    )
    assert (changed.title, changed.method, changed.facilitator, changed.place) == (
        "Workshop", "workshop", "Sofie", "De Kring",
    )  # fmt: skip
    assert (changed.participant_count, changed.phase, changed.online) == (0, "analysis", True)
    assert changed.version == 2
    for wrong in ({"method": "letter"}, {"phase": "winter"}, {"participant_count": -1},
                  {"title": "  "}):  # fmt: skip
        error = await refused(
            database,
            ValidationFailed,
            lambda uow, wrong=wrong: participation.update_moment(
                uow, caller, participation.UpdateMoment(moment_id=moment.id, **wrong)
            ),
        )
        assert error.field in ("method", "phase", "participantCount", "title")
    await committed_use(database, lambda uow: inputs.update_input(
        uow, caller, inputs.UpdateInput(input_id=small_plan.input_id, moment_id=moment.id),
    ))  # fmt: skip
    used = await refused(database, Conflict, lambda uow: participation.delete_moment(
        uow, caller, participation.DeleteMoment(moment_id=moment.id)
    ))  # fmt: skip
    assert used.field == "momentId" and not isinstance(used, StaleVersion)
    # Inputs keep a moment once they have one: moving them elsewhere frees this one.
    await committed_use(database, lambda uow: inputs.update_input(
        uow, caller, inputs.UpdateInput(input_id=small_plan.input_id, moment_id=spare.id),
    ))  # fmt: skip
    await committed_use(
        database,
        lambda uow: participation.delete_moment(
            uow,
            caller,
            participation.DeleteMoment(moment_id=moment.id, expected_version=2, reason="dubbel"),
        ),
    )
    await refused(database, NotFound, lambda uow: participation.update_moment(
        uow, caller, participation.UpdateMoment(moment_id=moment.id, title="Weg")
    ))  # fmt: skip
    assert await events_of(database, moment.id) == [
        ("moment.created", None), ("moment.updated", "aangevuld"), ("moment.deleted", "dubbel"),
    ]  # fmt: skip


async def test_a_moment_of_another_plan_is_out_of_a_bound_keys_reach(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    moment = await workshop(database, caller, small_plan)
    other = await committed_use(
        database, lambda uow: make_small_plan(uow, caller, title="Ander plan")
    )
    bound = replace(caller, plan_id=other.plan_id)
    for use in (
        lambda uow: participation.update_moment(
            uow, bound, participation.UpdateMoment(moment_id=moment.id, title="X")
        ),
        lambda uow: participation.delete_moment(
            uow, bound, participation.DeleteMoment(moment_id=moment.id)
        ),
    ):
        await refused(database, NotFound, use)


async def test_an_actor_renamed_and_removed_once_it_carries_nothing(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    actor = await committed_use(database, lambda uow: participation.create_actor(
        uow, caller, participation.CreateActor(name="Dienst Wonen", kind="department")
    ))  # fmt: skip
    await committed_use(database, lambda uow: participation.create_actor(
        uow, caller, participation.CreateActor(name="OCMW", kind="partner")
    ))  # fmt: skip
    same = await committed_use(
        database,
        lambda uow: participation.update_actor(
            uow,
            caller,
            participation.UpdateActor(
                actor_id=actor.id, name="Dienst Wonen", kind="partner", expected_version=1
            ),
        ),
    )
    assert (same.name, same.kind, same.version) == ("Dienst Wonen", "partner", 2)
    taken = await refused(database, Conflict, lambda uow: participation.update_actor(
        uow, caller, participation.UpdateActor(actor_id=actor.id, name=" OCMW ")
    ))  # fmt: skip
    assert taken.field == "name"
    bad = await refused(database, ValidationFailed, lambda uow: participation.update_actor(
        uow, caller, participation.UpdateActor(actor_id=actor.id, kind="ngo")
    ))  # fmt: skip
    assert bad.field == "kind"
    await committed_use(database, lambda uow: actions.update_action(
        uow, caller, actions.UpdateAction(action_id=small_plan.action_id, partners=[actor.id])
    ))  # fmt: skip
    await refused(database, Conflict, lambda uow: participation.delete_actor(
        uow, caller, participation.DeleteActor(actor_id=actor.id)
    ))  # fmt: skip
    await committed_use(database, lambda uow: actions.update_action(
        uow, caller, actions.UpdateAction(action_id=small_plan.action_id, partners=[])
    ))  # fmt: skip
    await committed_use(database, lambda uow: participation.delete_actor(
        uow, caller, participation.DeleteActor(actor_id=actor.id, reason="opgeheven")
    ))  # fmt: skip
    await refused(database, NotFound, lambda uow: participation.delete_actor(
        uow, caller, participation.DeleteActor(actor_id=actor.id)
    ))  # fmt: skip
    assert await events_of(database, actor.id) == [
        ("actor.created", None), ("actor.updated", None), ("actor.deleted", "opgeheven"),
    ]  # fmt: skip


async def test_tagging_inputs_skips_tagged_ones_and_is_all_or_nothing(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    theme, first = small_plan.theme_id, small_plan.input_id
    made_input = await committed_use(
        database,
        lambda uow: inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=small_plan.plan_id,
                text="Fietspad",
                channel="survey",
                participant_type="citizen",
            ),
        ),
    )
    second = made_input.id
    other = await committed_use(
        database, lambda uow: make_small_plan(uow, caller, title="Ander plan")
    )
    made = await committed_use(
        database,
        lambda uow: links.tag_inputs(
            uow,
            caller,
            links.TagInputs(
                theme_id=theme, input_ids=[first, first], rationale="wonen", reason="bulk"
            ),
        ),
    )
    assert [(link.source_id, link.kind, link.rationale) for link in made] == [
        (first, "input_to_theme", "wonen")
    ]
    for wrong, field in [
        ([second, other.input_id], "inputIds[1]"),  # of another plan
        ([second, uuid.uuid4()], "inputIds[1]"),
        ([small_plan.goal_id], "inputIds[0]"),  # a node, but no input
    ]:
        error = await refused(database, NotFound, lambda uow, wrong=wrong: links.tag_inputs(
            uow, caller, links.TagInputs(theme_id=theme, input_ids=wrong)
        ))  # fmt: skip
        assert error.field == field
    for count in (0, 501):
        error = await refused(
            database,
            ValidationFailed,
            lambda uow, count=count: links.tag_inputs(
                uow,
                caller,
                links.TagInputs(theme_id=theme, input_ids=[uuid.uuid4() for _ in range(count)]),
            ),
        )
        assert error.field == "inputIds"
    await refused(database, ValidationFailed, lambda uow: links.tag_inputs(
        uow, caller, links.TagInputs(theme_id=theme, input_ids=[second], decision="misschien")
    ))  # fmt: skip
    await refused(database, NotFound, lambda uow: links.tag_inputs(
        uow, caller, links.TagInputs(theme_id=small_plan.goal_id, input_ids=[second])
    ))  # fmt: skip
    again = await committed_use(database, lambda uow: links.tag_inputs(
        uow, caller, links.TagInputs(theme_id=theme, input_ids=[first, second])
    ))  # fmt: skip
    assert [link.source_id for link in again] == [second]
    assert await events_of(database, again[0].id) == [("link.created", None)]
