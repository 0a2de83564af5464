"""Feedback: published on an input or a link with its event, withdrawn with its event, and
refused, changing nothing, when the subject, the text or the key is wrong."""

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import text

from api.domain.errors import DomainError, Forbidden, NotFound, ValidationFailed
from api.services import audit, feedback, links, plans, structure
from api.services.caller import Caller
from api.services.tenants import create_tenant
from api.store.database import Database
from api.store.models import Feedback
from api.store.unit_of_work import UnitOfWork
from tests.builders import SmallPlan, attempt, make_small_plan, snapshot
from tests.events.walk.log import Log
from tests.statements import counted_statements

ANSWER = {"nl": "Opgenomen in actie A1.1.1.", "en": "Taken up in action A1.1.1."}


async def _link(database: Database, caller: Caller, plan: SmallPlan) -> uuid.UUID:
    """A link from the input to the theme, besides the small plan's own."""
    async with database.unit_of_work() as uow:
        link = await links.create_link(
            uow, caller, links.CreateLink(source_id=plan.input_id, target_id=plan.theme_id)
        )
        await uow.commit()
    return link.id


async def _events(database: Database, feedback_id: uuid.UUID) -> list[tuple[str, Any]]:
    async with database.unit_of_work() as uow:
        rows = await uow.session.execute(
            text("SELECT type, payload FROM event WHERE subject_id = :id ORDER BY seq"),
            {"id": feedback_id},
        )
        return [(row[0], row[1]) for row in rows]


async def _replays(database: Database, caller: Caller) -> None:
    async with database.unit_of_work() as uow:
        assert await audit.replay(uow, caller.tenant_id) == await audit.current_state(
            uow, caller.tenant_id
        )


async def test_feedback_on_an_input_and_on_a_link_is_published_with_its_event(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    link_id = await _link(database, caller, small_plan)
    log = Log(database, caller.tenant_id)
    on_input = await log.expect(
        ["feedback.published"],
        lambda uow: feedback.publish_feedback(
            uow,
            caller,
            feedback.PublishFeedback(
                subject_id=small_plan.input_id, text=ANSWER, reason="na de raad"
            ),
        ),
    )
    on_link = await log.expect(
        ["feedback.published"],
        lambda uow: feedback.publish_feedback(
            uow,
            caller,
            feedback.PublishFeedback(
                subject_id=link_id, text="  Wonen is een apart thema geworden.  "
            ),
        ),
    )
    assert (on_input.subject_kind, on_input.input_id, on_input.link_id) == (
        "input", small_plan.input_id, None,
    )  # fmt: skip
    assert (on_link.subject_kind, on_link.subject_id, on_link.plan_id) == (
        "link", link_id, small_plan.plan_id,
    )  # fmt: skip
    assert on_link.text == {"nl": "Wonen is een apart thema geworden."}
    assert on_input.author == "test facilitator"
    [(kind, payload)] = await _events(database, on_input.id)
    assert kind == "feedback.published" and payload["before"] is None
    assert payload["after"] == {
        "plan_id": str(small_plan.plan_id),
        "subject_kind": "input",
        "subject_id": str(small_plan.input_id),
        "text": ANSWER,
        "author": "test facilitator",
        "published_at": payload["after"]["published_at"],
        "version": 1,
    }
    await _replays(database, caller)


async def test_withdrawn_feedback_is_gone_and_its_last_state_recorded(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    log = Log(database, caller.tenant_id)
    published = await log.expect(
        ["feedback.published"],
        lambda uow: feedback.publish_feedback(
            uow, caller, feedback.PublishFeedback(subject_id=small_plan.input_id, text="Bekeken")
        ),
    )
    await log.expect(
        ["feedback.withdrawn"],
        lambda uow: feedback.withdraw_feedback(
            uow,
            caller,
            feedback.WithdrawFeedback(feedback_id=published.id, reason="te vroeg gepubliceerd"),
        ),
        subjects=[published.id],
    )
    (_, first), (_, withdrawn) = await _events(database, published.id)
    assert withdrawn == {"before": first["after"], "after": None}
    await log.refused(
        NotFound,
        lambda uow: feedback.withdraw_feedback(
            uow, caller, feedback.WithdrawFeedback(feedback_id=published.id)
        ),
    )
    async with database.unit_of_work() as uow:
        assert await feedback.feedback_for(uow, [(caller.tenant_id, small_plan.input_id)]) == {
            (caller.tenant_id, small_plan.input_id): []
        }
    await _replays(database, caller)


async def test_deleting_a_link_or_an_input_takes_its_feedback_and_replay_agrees(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    link_id = await _link(database, caller, small_plan)
    async with database.unit_of_work() as uow:
        for subject in (link_id, small_plan.input_id, small_plan.input_id):
            await feedback.publish_feedback(
                uow, caller, feedback.PublishFeedback(subject_id=subject, text="Gehoord")
            )
        await uow.commit()
    await attempt(
        database, lambda uow: links.delete_link(uow, caller, links.DeleteLink(link_id=link_id))
    )
    assert await _count(database) == 2
    await _replays(database, caller)
    await attempt(
        database,
        lambda uow: structure.delete_node(
            uow, caller, structure.DeleteNode(node_id=small_plan.input_id)
        ),
    )
    assert await _count(database) == 0
    await _replays(database, caller)


async def _count(database: Database) -> int:
    async with database.unit_of_work() as uow:
        return (await uow.session.scalar(text("SELECT count(*) FROM feedback"))) or 0


async def _visible(database: Database, tenant_id: uuid.UUID | None) -> int:
    """The feedback rows row-level security shows a tenant (None: an anonymous reader)."""
    async with database.unit_of_work(as_app=True) as uow:
        await uow.act_for(tenant_id)
        return (await uow.session.scalar(text("SELECT count(*) FROM feedback"))) or 0


async def test_the_database_shows_feedback_to_its_tenant_and_on_published_plans_only(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        await feedback.publish_feedback(
            uow, caller, feedback.PublishFeedback(subject_id=small_plan.input_id, text="Ja")
        )
        await uow.commit()
    assert await _visible(database, caller.tenant_id) == 1
    assert await _visible(database, uuid.uuid4()) == 0
    assert await _visible(database, None) == 0  # the plan is a draft
    await attempt(
        database,
        lambda uow: plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=small_plan.plan_id, status="published")
        ),
    )
    assert await _visible(database, None) == 1


async def test_feedback_for_many_subjects_is_one_statement(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    link_id = await _link(database, caller, small_plan)
    async with database.unit_of_work() as uow:
        first = await feedback.publish_feedback(
            uow, caller, feedback.PublishFeedback(subject_id=link_id, text="Eerst")
        )
        second = await feedback.publish_feedback(
            uow, caller, feedback.PublishFeedback(subject_id=small_plan.input_id, text="Dan")
        )
        third = await feedback.publish_feedback(
            uow, caller, feedback.PublishFeedback(subject_id=link_id, text="Later")
        )
        await uow.commit()
    keys = [(caller.tenant_id, subject) for subject in (link_id, small_plan.input_id)]
    keys.append((caller.tenant_id, small_plan.goal_id))  # a subject without feedback
    async with database.unit_of_work() as uow:
        with counted_statements(database.engine) as seen:
            found = await feedback.feedback_for(uow, keys)
    assert len(seen) == 1
    assert [f.id for f in found[keys[0]]] == [first.id, third.id]
    assert [f.id for f in found[keys[1]]] == [second.id]
    assert found[keys[2]] == []


Use = Callable[[UnitOfWork, Caller, SmallPlan], Awaitable[Feedback]]


def _publish(subject: Callable[[SmallPlan], uuid.UUID], given: str | dict[str, str] = "x") -> Use:
    return lambda uow, c, p: feedback.publish_feedback(
        uow, c, feedback.PublishFeedback(subject_id=subject(p), text=given)
    )


REFUSED: dict[str, tuple[type[DomainError], Use]] = {
    "unknown subject": (NotFound, _publish(lambda p: uuid.uuid4())),
    "a goal is no input or link": (NotFound, _publish(lambda p: p.goal_id)),
    "empty text": (ValidationFailed, _publish(lambda p: p.input_id, "   ")),
    "no Dutch": (ValidationFailed, _publish(lambda p: p.input_id, {"en": "Heard"})),
    "unknown language": (ValidationFailed, _publish(lambda p: p.input_id, {"nl": "x", "xx": "y"})),
    "too long": (ValidationFailed, _publish(lambda p: p.input_id, "x" * 10_001)),
}


@pytest.mark.parametrize("case", list(REFUSED))
async def test_bad_feedback_is_refused_and_changes_nothing(
    database: Database, caller: Caller, small_plan: SmallPlan, case: str
) -> None:
    error, use = REFUSED[case]
    before = await snapshot(database)
    with pytest.raises(error) as raised:
        await attempt(database, lambda uow: use(uow, caller, small_plan))
    assert raised.value.field in ("subjectId", "text")
    assert await snapshot(database) == before


async def test_another_tenants_or_plans_subjects_and_feedback_are_not_found(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    link_id = await _link(database, caller, small_plan)
    async with database.unit_of_work() as uow:
        published = await feedback.publish_feedback(
            uow, caller, feedback.PublishFeedback(subject_id=link_id, text="Gehoord")
        )
        tenant = await create_tenant(uow, name="Andere gemeente")
        other_plan = await make_small_plan(uow, caller, title="Ander plan")
        await uow.commit()
    stranger = Caller(tenant_id=tenant.id, actor="iemand")
    bound = replace(caller, plan_id=other_plan.plan_id)
    before = await snapshot(database)
    for someone in (stranger, bound):
        for subject in (small_plan.input_id, link_id):
            with pytest.raises(NotFound):
                await attempt(
                    database,
                    lambda uow, s=someone, i=subject: feedback.publish_feedback(
                        uow, s, feedback.PublishFeedback(subject_id=i, text="Overgenomen")
                    ),
                )
        with pytest.raises(NotFound):
            await attempt(
                database,
                lambda uow, s=someone: feedback.withdraw_feedback(
                    uow, s, feedback.WithdrawFeedback(feedback_id=published.id)
                ),
            )
    assert await snapshot(database) == before


async def test_a_read_only_key_can_neither_publish_nor_withdraw(
    database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        published = await feedback.publish_feedback(
            uow, caller, feedback.PublishFeedback(subject_id=small_plan.input_id, text="Gehoord")
        )
        await uow.commit()
    reader = replace(caller, scopes=frozenset({"read"}))
    before = await snapshot(database)
    with pytest.raises(Forbidden, match="write"):
        await attempt(
            database,
            lambda uow: feedback.publish_feedback(
                uow,
                reader,
                feedback.PublishFeedback(subject_id=small_plan.input_id, text="Nog eens"),
            ),
        )
    with pytest.raises(Forbidden, match="write"):
        await attempt(
            database,
            lambda uow: feedback.withdraw_feedback(
                uow, reader, feedback.WithdrawFeedback(feedback_id=published.id)
            ),
        )
    assert await snapshot(database) == before
