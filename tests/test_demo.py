"""The demo plan loads through the services, once, and holds what a newcomer should see."""

from collections import Counter

import httpx
from sqlalchemy import select

from api.demo.loader import DEMO_ADMIN_KEY, load_demo
from api.domain.status import InputStatus
from api.domain.vocabulary import Channel, ParticipantType
from api.services import audit
from api.store.database import Database
from api.store.models import Action, ActionPlan, Finding, Goal, Input, Link, Theme


async def test_the_demo_plan_is_complete_and_loads_once(
    database: Database, client: httpx.AsyncClient
) -> None:
    told: list[str] = []
    async with database.unit_of_work() as uow:
        first = await load_demo(uow, progress=told.append)
        await uow.commit()
    async with database.unit_of_work() as uow:
        second = await load_demo(uow, progress=told.append)
        await uow.commit()
    assert first.created and not second.created
    # A line as each part of the story begins, from the plan's start to its adoption; a demo
    # already present is not loaded again.
    assert told[0] == "demo 1/8: 2021-02-08 the plan is started"
    assert told[7].startswith("demo 8/8: 2022-06-28 adoption")
    assert told[8].startswith("demo loaded: ") and len(told) == 9
    assert second.plan_id == first.plan_id and second.inputs == first.inputs >= 150

    async with database.unit_of_work() as uow:
        session = uow.session
        inputs = [
            (i.channel, i.participant_type, i.status, i.status_reason)
            for i in (await session.scalars(select(Input))).all()
        ]
        counts = {
            kind.__name__: len((await session.scalars(select(kind))).all())
            for kind in (Theme, Finding, Goal, ActionPlan, Action, Link)
        }
    assert {channel for channel, _, _, _ in inputs} == {c.value for c in Channel}
    assert {kind for _, kind, _, _ in inputs} == {p.value for p in ParticipantType}
    statuses = Counter(status for _, _, status, _ in inputs)
    assert statuses[InputStatus.NOT_RETAINED] > 0 and statuses[InputStatus.RECEIVED] > 0
    assert all(reason for _, _, status, reason in inputs if status == InputStatus.NOT_RETAINED)
    assert counts["Goal"] == 5 and counts["ActionPlan"] == 8 and counts["Action"] == 25
    assert counts["Finding"] == 8 and 8 <= counts["Theme"] <= 14 and counts["Link"] > 150

    async with database.unit_of_work() as uow:
        report = await audit.verify_log(uow, first.tenant_id)
        replayed = await audit.replay(uow, first.tenant_id)
        assert replayed == await audit.current_state(uow, first.tenant_id)
    # The demo arrives with its full history: at least an event for every input and link.
    assert report.intact and report.checked > first.inputs + counts["Link"]

    drafts = await client.post(
        "/graphql",
        json={"query": "{ plans { totalCount } }"},
        headers={"Authorization": f"Bearer {DEMO_ADMIN_KEY}"},
    )
    assert drafts.json()["data"]["plans"]["totalCount"] == 1

    response = await client.post(
        "/graphql", json={"query": "{ plans { edges { node { title inputs { totalCount } } } } }"}
    )
    (edge,) = response.json()["data"]["plans"]["edges"]
    assert edge["node"] == {
        "title": "Sociaal beleidsplan Herent 2022-2027",
        "inputs": {"totalCount": first.inputs},
    }
