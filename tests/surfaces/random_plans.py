"""A plan of random shape from a seed: goals, action plans and actions in random numbers, some
shared by two parents, titles and descriptions in random languages, every action status,
weights, budgets and dates or none, and inputs of every channel resting under them."""

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from api.demo.loader import ACTION_PATHS
from api.domain.vocabulary import Channel, ParticipantType
from api.services import actions, inputs, links, plans, structure
from api.services.caller import Caller
from api.store.unit_of_work import UnitOfWork

OTHER_LANGUAGES = ("fr", "en", "de")


@dataclass
class RandomPlan:
    plan_id: uuid.UUID
    goals: list[uuid.UUID] = field(default_factory=list)
    action_plans: list[uuid.UUID] = field(default_factory=list)
    actions: list[uuid.UUID] = field(default_factory=list)


def _text(rng: random.Random, word: str) -> dict[str, str]:
    languages = ["nl", *rng.sample(OTHER_LANGUAGES, rng.randint(0, 3))]
    return {language: f"{word} {language} {rng.randint(1, 999)}" for language in languages}


def _codes(rng: random.Random, prefix: str, count: int) -> list[str]:
    """Unique codes whose order is not the order they are made in."""
    return [f"{prefix}{number:03d}" for number in rng.sample(range(1000), count)]


async def random_plan(
    uow: UnitOfWork, caller: Caller, seed: int, *, size: int = 6, published: bool = True
) -> RandomPlan:
    """A plan of about `size` goals, drawn from `seed`; published unless asked otherwise."""
    rng = random.Random(seed)
    plan = await plans.create_plan(
        uow,
        caller,
        plans.CreatePlan(
            title=_text(rng, "Plan"), period_start=date(2024, 1, 1), period_end=date(2029, 12, 31)
        ),
    )
    made = RandomPlan(plan.id)
    for code in _codes(rng, "SD", rng.randint(size // 2, size)):
        goal = await structure.create_goal(uow, caller, structure.CreateGoal(
            plan_id=plan.id, code=code, title=_text(rng, "Doel"), priority=rng.random() < 0.3,
            description=_text(rng, "Waarom") if rng.random() < 0.5 else None,
            external_id=f"ext-{code}" if rng.random() < 0.3 else None,
        ))  # fmt: skip
        made.goals.append(goal.id)
    for code in _codes(rng, "AP", rng.randint(0, 2 * len(made.goals))):
        action_plan = await structure.create_action_plan(uow, caller, structure.CreateActionPlan(
            plan_id=plan.id, code=code, title=_text(rng, "Aanpak"),
            description=_text(rng, "Hoe") if rng.random() < 0.5 else None,
        ))  # fmt: skip
        made.action_plans.append(action_plan.id)
        for goal_id in rng.sample(made.goals, min(len(made.goals), rng.choice((1, 1, 2)))):
            await _link(uow, caller, goal_id, action_plan.id)
    for code in _codes(rng, "A", rng.randint(0, 3 * len(made.action_plans))):
        action_id = await _action(uow, caller, rng, plan.id, code)
        made.actions.append(action_id)
        for parent in rng.sample(
            made.action_plans, min(len(made.action_plans), rng.choice((1, 1, 2)))
        ):
            await _link(uow, caller, parent, action_id)
        if made.goals and rng.random() < 0.2:  # a goal may carry an action directly too
            await _link(uow, caller, rng.choice(made.goals), action_id)
    await _inputs(uow, caller, rng, made)
    if published:
        await plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=plan.id, status="published")
        )
    return made


async def _action(
    uow: UnitOfWork, caller: Caller, rng: random.Random, plan_id: uuid.UUID, code: str
) -> uuid.UUID:
    starts = date(2024, 1, 1) + timedelta(days=rng.randint(0, 900)) if rng.random() < 0.5 else None
    action = await actions.create_action(uow, caller, actions.CreateAction(
        plan_id=plan_id, code=code, title=_text(rng, "Actie"), priority=rng.random() < 0.2,
        description=_text(rng, "Wat") if rng.random() < 0.3 else None,
        weight=Decimal(rng.randint(1, 500)) / 100 if rng.random() < 0.4 else None,
        budget=Decimal(rng.randint(0, 10**7)) / 100 if rng.random() < 0.4 else None,
        starts_on=starts, ends_on=starts + timedelta(days=rng.randint(0, 400)) if starts else None,
    ))  # fmt: skip
    status = rng.choice(list(ACTION_PATHS))
    for step in ACTION_PATHS[status]:
        await actions.set_action_status(
            uow, caller, actions.SetActionStatus(action_id=action.id, status=step)
        )
    if status == "in_progress":
        await actions.set_progress(
            uow, caller, actions.SetProgress(action_id=action.id, progress=rng.randint(0, 99))
        )
    return action.id


async def _inputs(uow: UnitOfWork, caller: Caller, rng: random.Random, made: RandomPlan) -> None:
    """Inputs resting on goals and actions, so that each counts the inputs upstream of it."""
    targets = made.goals + made.actions
    for number in range(rng.randint(0, 3 * len(targets))):
        item = await inputs.create_input(uow, caller, inputs.CreateInput(
            plan_id=made.plan_id, text=f"Inbreng {number}", channel=rng.choice(list(Channel)),
            participant_type=rng.choice(list(ParticipantType)),
        ))  # fmt: skip
        for target in rng.sample(targets, min(len(targets), rng.randint(1, 2))):
            await _link(uow, caller, item.id, target)


async def _link(uow: UnitOfWork, caller: Caller, source: uuid.UUID, target: uuid.UUID) -> None:
    await links.create_link(uow, caller, links.CreateLink(source_id=source, target_id=target))
