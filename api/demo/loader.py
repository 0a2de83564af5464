"""Loading the demo plan through the services, as a facilitator would have entered it."""

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from api.demo import content
from api.domain.access import Scope
from api.domain.status import ActionStatus, InputStatus
from api.domain.vocabulary import ActorKind, Decision, Phase, PlanStatus
from api.services import (
    actions,
    feedback,
    inputs,
    keys,
    links,
    participation,
    plans,
    structure,
    tenants,
)
from api.services.caller import Caller
from api.services.privacy import ContactDetails
from api.store.database import Database
from api.store.unit_of_work import UnitOfWork

DEMO_TENANT = "Gemeente Herent"
DEMO_AUTHOR = "Avansa Oost-Brabant (procesbegeleiding)"
# Fixed so that `make run` can print it at every start; it opens the demo tenant and no other.
DEMO_ADMIN_KEY = "spk_demo_herent_admin_not_for_production"
# The receipt of the demo's first input that reached an action, printed likewise.
DEMO_RECEIPT = "HRNT-2021-DEM0-1"
DEMO_FEEDBACK = {
    "nl": "Dank voor uw voorstel. Het is opgenomen in het beleidsplan als actie A1.1.3.",
    "en": "Thank you for your proposal. It became action A1.1.3 of the policy plan.",
}

# The steps an action takes through its status machine to reach the status the demo gives it.
ACTION_PATHS: dict[str, list[ActionStatus]] = {
    "proposed": [],
    "planned": [ActionStatus.PLANNED],
    "in_progress": [ActionStatus.PLANNED, ActionStatus.IN_PROGRESS],
    "done": [ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DONE],
    "dropped": [ActionStatus.PLANNED, ActionStatus.DROPPED],
}


@dataclass(frozen=True)
class DemoSummary:
    tenant_id: uuid.UUID
    plan_id: uuid.UUID
    created: bool
    inputs: int

    def __str__(self) -> str:
        state = "loaded" if self.created else "already present"
        return (
            f"demo plan {state}: tenant {self.tenant_id}, plan {self.plan_id}, {self.inputs} inputs"
            f"\ndemo admin key: {DEMO_ADMIN_KEY}  (send as: Authorization: Bearer <key>)"
            f"\ndemo receipt code: {DEMO_RECEIPT}  (query: receipt(code: ...) without a key)"
        )


async def load_demo_into(url: str) -> DemoSummary:
    """Load the demo into the database at `url` unless it is there already."""
    database = Database.connect(url, pool_size=1)
    try:
        async with database.unit_of_work() as uow:
            summary = await load_demo(uow)
            await uow.commit()
        return summary
    finally:
        await database.dispose()


async def load_demo(uow: UnitOfWork, *, tenant_name: str = DEMO_TENANT) -> DemoSummary:
    """Write the whole demo plan in the given unit of work (the caller commits)."""
    existing = await tenants.find_tenant(uow, name=tenant_name)
    if existing is not None:
        owner = Caller(tenant_id=existing.id, actor=DEMO_AUTHOR)
        page = await plans.list_plans(uow, owner, first=1)
        plan_id = page.items[0].id if page.items else uuid.UUID(int=0)
        counts = await plans.count_inputs(uow, [(existing.id, plan_id)])
        return DemoSummary(existing.id, plan_id, False, counts[(existing.id, plan_id)])
    tenant = await tenants.create_tenant(uow, name=tenant_name)
    caller = Caller(tenant_id=tenant.id, actor=DEMO_AUTHOR)
    await keys.create_key(
        uow, caller, keys.CreateKey(name="demo admin", scopes=(Scope.ADMIN,), preset=DEMO_ADMIN_KEY)
    )
    plan = await plans.create_plan(
        uow,
        caller,
        plans.CreatePlan(
            title=content.PLAN["title"],
            description=content.PLAN["description"],
            period_start=date.fromisoformat(content.PLAN["period_start"]),
            period_end=date.fromisoformat(content.PLAN["period_end"]),
            phases=tuple(
                plans.PhaseDates(Phase(p), date.fromisoformat(s), date.fromisoformat(e))
                for p, s, e in content.PHASES
            ),
        ),
    )
    ids: dict[str, uuid.UUID] = {}
    await _load_participation(uow, caller, plan.id, ids)
    await _load_structure(uow, caller, plan.id, ids)
    count = await _load_inputs(uow, caller, plan.id, ids)
    await plans.set_plan_status(
        uow, caller, plans.SetPlanStatus(plan_id=plan.id, status=PlanStatus.PUBLISHED)
    )
    return DemoSummary(tenant.id, plan.id, True, count)


async def _load_participation(
    uow: UnitOfWork, caller: Caller, plan_id: uuid.UUID, ids: dict[str, uuid.UUID]
) -> None:
    for moment in content.MOMENTS:
        created = await participation.create_moment(
            uow,
            caller,
            participation.CreateMoment(
                plan_id=plan_id,
                title=moment["title"],
                held_on=date.fromisoformat(moment["held_on"]),
                method=moment["method"],
                phase=moment["phase"],
                facilitator=moment["facilitator"],
                participant_count=moment["participant_count"],
                place=moment["place"],
                online=moment["online"],
            ),
        )
        ids[moment["key"]] = created.id
    for actor in content.ACTORS:
        made = await participation.create_actor(
            uow,
            caller,
            participation.CreateActor(name=actor["name"], kind=ActorKind(actor["kind"])),
        )
        ids[actor["key"]] = made.id


async def _load_structure(
    uow: UnitOfWork, caller: Caller, plan_id: uuid.UUID, ids: dict[str, uuid.UUID]
) -> None:
    for theme in content.THEMES:
        parent = ids[theme["parent"]] if theme["parent"] else None
        made = await structure.create_theme(
            uow,
            caller,
            structure.CreateTheme(plan_id=plan_id, title=theme["title"], parent_id=parent),
        )
        ids[theme["key"]] = made.id
    for finding in content.FINDINGS:
        made_finding = await structure.create_finding(
            uow,
            caller,
            structure.CreateFinding(
                plan_id=plan_id,
                code=finding["code"],
                title=finding["title"],
                description=finding["description"],
            ),
        )
        ids[finding["key"]] = made_finding.id
    for goal in content.GOALS:
        made_goal = await structure.create_goal(
            uow,
            caller,
            structure.CreateGoal(
                plan_id=plan_id,
                code=goal["code"],
                title=goal["title"],
                description=goal["description"],
                priority=goal["priority"],
            ),
        )
        ids[goal["key"]] = made_goal.id
        for index, (source, rationale) in enumerate([*goal["findings"], *goal["themes"]]):
            decision = Decision.PARTLY_ADOPTED if index % 4 == 3 else Decision.ADOPTED
            await _link(uow, caller, ids[source], made_goal.id, rationale, decision)
    for action_plan in content.ACTION_PLANS:
        made_plan = await structure.create_action_plan(
            uow,
            caller,
            structure.CreateActionPlan(
                plan_id=plan_id, code=action_plan["code"], title=action_plan["title"]
            ),
        )
        ids[action_plan["key"]] = made_plan.id
        await _link(uow, caller, ids[action_plan["goal"]], made_plan.id, action_plan["rationale"])
    for action in content.ACTIONS:
        await _load_action(uow, caller, plan_id, action, ids)


async def _load_action(
    uow: UnitOfWork,
    caller: Caller,
    plan_id: uuid.UUID,
    action: dict[str, Any],
    ids: dict[str, uuid.UUID],
) -> None:
    made = await actions.create_action(
        uow,
        caller,
        actions.CreateAction(
            plan_id=plan_id,
            code=action["code"],
            title=action["title"],
            description=action["description"],
            priority=action["priority"],
            weight=action["weight"],
            starts_on=date.fromisoformat(action["starts_on"]) if action["starts_on"] else None,
            ends_on=date.fromisoformat(action["ends_on"]) if action["ends_on"] else None,
            budget=action["budget"],
            owners=tuple(ids[key] for key in action["owners"]),
            partners=tuple(ids[key] for key in action["partners"]),
        ),
    )
    ids[action["key"]] = made.id
    await _link(uow, caller, ids[action["action_plan"]], made.id, action["rationale"])
    for status in ACTION_PATHS[action["status"]]:
        if status is ActionStatus.DONE:
            break
        await actions.set_action_status(
            uow, caller, actions.SetActionStatus(action_id=made.id, status=status)
        )
    if action["status"] == "in_progress":
        await actions.set_progress(
            uow, caller, actions.SetProgress(action_id=made.id, progress=action["progress"])
        )
    if action["status"] == "done":
        await actions.set_action_status(
            uow, caller, actions.SetActionStatus(action_id=made.id, status=ActionStatus.DONE)
        )


async def _load_inputs(
    uow: UnitOfWork, caller: Caller, plan_id: uuid.UUID, ids: dict[str, uuid.UUID]
) -> int:
    moments = {moment["key"]: moment for moment in content.MOMENTS}
    fallback_day = date.fromisoformat(
        dict((p, s) for p, s, _ in content.PHASES)["citizen_consultation"]
    )
    for index, entry in enumerate(content.INPUTS):
        moment = moments.get(entry["moment"] or "")
        day = (
            date.fromisoformat(moment["held_on"])
            if moment
            else fallback_day + timedelta(index % 40)
        )
        item = await inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=plan_id,
                text=entry["text"],
                channel=entry["channel"],
                participant_type=entry["participant_type"],
                moment_id=ids[entry["moment"]] if entry["moment"] else None,
                language=entry["language"],
                submitted_at=datetime.combine(day, time(9 + index % 10, (index * 7) % 60), UTC),
                external_id=f"herent-2021-{index + 1:04d}",
                contact=ContactDetails(**entry["contact"]) if entry["contact"] else None,
                receipt_code=DEMO_RECEIPT if index == _first_with_target() else None,
            ),
        )
        await _settle_input(uow, caller, item.id, entry, ids, index)
        if index == _first_with_target():
            # The demo receipt shows what a citizen reads: the municipality's answer too.
            await feedback.publish_feedback(
                uow,
                caller,
                feedback.PublishFeedback(
                    subject_id=item.id, text=DEMO_FEEDBACK, reason="terugkoppeling"
                ),
            )
    return len(content.INPUTS)


async def _settle_input(
    uow: UnitOfWork,
    caller: Caller,
    input_id: uuid.UUID,
    entry: dict[str, Any],
    ids: dict[str, uuid.UUID],
    index: int,
) -> None:
    """Link an input and take it through review to the outcome the demo gives it."""
    outcome = entry["outcome"]
    if outcome == "open" and index % 2 == 0:
        return  # received, nobody has looked at it yet
    await inputs.set_input_status(
        uow, caller, inputs.SetInputStatus(input_id=input_id, status=InputStatus.IN_REVIEW)
    )
    if outcome == "linked":
        for key in (entry["finding"], entry["theme"], entry["target"]):
            if key:
                decision = Decision.PARTLY_ADOPTED if index % 7 == 3 else Decision.ADOPTED
                await _link(uow, caller, input_id, ids[key], entry["rationale"], decision)
        await inputs.set_input_status(
            uow, caller, inputs.SetInputStatus(input_id=input_id, status=InputStatus.ADDRESSED)
        )
    elif outcome == "not_retained":
        await inputs.set_input_status(
            uow,
            caller,
            inputs.SetInputStatus(
                input_id=input_id, status=InputStatus.NOT_RETAINED, reason=entry["reason"]
            ),
        )


async def _link(
    uow: UnitOfWork,
    caller: Caller,
    source_id: uuid.UUID,
    target_id: uuid.UUID,
    rationale: str | None,
    decision: Decision = Decision.ADOPTED,
) -> None:
    await links.create_link(
        uow,
        caller,
        links.CreateLink(
            source_id=source_id, target_id=target_id, rationale=rationale, decision=decision
        ),
    )


def _first_with_target() -> int:
    """The demo input whose receipt is printed: the first one linked straight to an action."""
    return next(
        index
        for index, entry in enumerate(content.INPUTS)
        if entry["outcome"] == "linked" and (entry["target"] or "").startswith("a")
    )
