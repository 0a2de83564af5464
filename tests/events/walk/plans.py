"""Operations of the walk on plans, moments and actors."""

from datetime import date, timedelta
from typing import Any

from api.domain.errors import Conflict, IllegalTransition, ValidationFailed
from api.domain.vocabulary import MOMENT_METHODS, Channel, Phase, PlanStatus
from api.services import participation, plans
from tests.events.walk.choosing import Choosing
from tests.events.walk.model import Attempt, PlanModel, Refusal, first, known

MAX_PLANS = 4


class PlanOperations(Choosing):
    """Creating, changing and publishing plans; holding moments; naming actors."""

    def create_plan(self) -> Attempt:
        start = date(2020 + self.rng.randrange(5), 1, 1)
        end = date(start.year + 5, 12, 31)
        phases = self.phases(start) if self.chance(0.5) else []
        refusal: Refusal = None
        if self.model.plans and (len(self.model.plans) >= MAX_PLANS or self.chance(0.15)):
            flaw = self.rng.randrange(3)
            if flaw == 0:
                end = start - timedelta(days=1)
            elif flaw == 1:
                phases = [("analysis", start, start + timedelta(days=9))] * 2
            else:
                phases = [("kickoff", start, start)]
            refusal = ValidationFailed
        title = self.sentence()

        def then(plan: Any) -> None:
            self.model.plans[plan.id] = PlanModel(PlanStatus.DRAFT, start, end)

        return Attempt(
            "create_plan",
            lambda uow: plans.create_plan(
                uow,
                self.caller,
                plans.CreatePlan(title=title, period_start=start, period_end=end, phases=phases),
            ),
            refusal,
            then,
            f"{start}..{end} {phases}",
        )

    def update_plan(self) -> Attempt:
        plan_id = self.any_plan()
        plan = self.model.plans[plan_id]
        kwargs: dict[str, Any] = {}
        refusal: Refusal = None
        end = plan.end
        match self.rng.randrange(4):
            case 0:
                kwargs["title"], bad = self.title()
                refusal = ValidationFailed if bad else None
            case 1:
                kwargs["description"] = self.rng.choice(["", self.sentence()])
            case 2:
                end = plan.start + timedelta(days=self.rng.randrange(-800, 3_000))
                kwargs["period_end"] = end
                refusal = ValidationFailed if end < plan.start else None
            case _:
                kwargs["phases"] = self.phases(plan.start)
                if self.chance(0.1):
                    kwargs["phases"] = [("strategic_note", plan.start, plan.start)] * 2
                    refusal = ValidationFailed

        def then(_: Any) -> None:
            plan.end = end

        return Attempt(
            "update_plan",
            lambda uow: plans.update_plan(
                uow, self.caller, plans.UpdatePlan(plan_id=plan_id, **kwargs)
            ),
            refusal,
            then,
            repr(kwargs),
        )

    def set_plan_status(self) -> Attempt:
        plan_id = self.any_plan()
        plan = self.model.plans[plan_id]
        allowed = plans.PLAN_TRANSITIONS[plan.status]
        if allowed and self.chance(0.5):
            wanted = self.rng.choice(sorted(allowed)).value
        else:
            wanted = self.rng.choice([*(s.value for s in PlanStatus), "archived"])
        refusal = first(
            (not known(PlanStatus, wanted), ValidationFailed),
            (known(PlanStatus, wanted) and PlanStatus(wanted) not in allowed, IllegalTransition),
        )

        def then(_: Any) -> None:
            plan.status = PlanStatus(wanted)

        return Attempt(
            "set_plan_status",
            lambda uow: plans.set_plan_status(
                uow, self.caller, plans.SetPlanStatus(plan_id=plan_id, status=wanted)
            ),
            refusal,
            then,
            f"{plan.status} -> {wanted}",
        )

    def create_moment(self) -> Attempt:
        plan_id = self.any_plan()
        methods = sorted(MOMENT_METHODS) if self.chance(0.85) else list(Channel)
        method = self.rng.choice(methods)
        count = self.rng.choice([None, self.rng.randrange(5, 300), -1 if self.chance(0.2) else 0])
        phase = self.rng.choice([None, *(p.value for p in Phase)])
        refusal = first(
            (method not in MOMENT_METHODS, ValidationFailed),
            (count is not None and count < 0, ValidationFailed),
        )
        title, held_on, online = self.sentence(), self.day(), self.chance(0.3)

        def then(moment: Any) -> None:
            self.model.moments[moment.id] = plan_id

        return Attempt(
            "create_moment",
            lambda uow: participation.create_moment(
                uow,
                self.caller,
                participation.CreateMoment(
                    plan_id=plan_id,
                    title=title,
                    held_on=held_on,
                    method=method.value,
                    phase=phase,
                    participant_count=count,
                    online=online,
                ),
            ),
            refusal,
            then,
            f"{method} {count}",
        )

    def create_actor(self) -> Attempt:
        name = f"Dienst {self.rng.randrange(15)}"
        kind = "ngo" if self.chance(0.05) else self.rng.choice(["department", "partner"])
        refusal = first((kind == "ngo", ValidationFailed), (name in self.model.actors, Conflict))

        def then(actor: Any) -> None:
            self.model.actors[name] = actor.id

        return Attempt(
            "create_actor",
            lambda uow: participation.create_actor(
                uow, self.caller, participation.CreateActor(name=name, kind=kind)
            ),
            refusal,
            then,
            f"{name} {kind}",
        )
