"""The demo's story in time: each of its writes at the moment it happened in the plan's making,
in an order in which nothing comes before what it rests on."""

from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from functools import partial

from api.demo.files import Demo
from api.demo.model import Input, Moment
from api.demo.writer import Writer
from api.domain.status import InputStatus
from api.domain.vocabulary import Decision, PlanStatus

# At one moment, what others rest on is written first: nodes before the inputs that arrive
# then, inputs before their review, links before the decision they lead to.
NODES, ARRIVALS, REVIEWS, LINKS, DECISIONS, FOLLOW_UP = range(6)


@dataclass(frozen=True)
class Step:
    at: datetime
    rank: int
    write: Callable[[Writer], Awaitable[None]]


def story_steps(demo: Demo) -> list[Step]:
    """Every write of the demo, in the order and at the moment it happened."""
    steps = [*_structure(demo), *_inputs(demo), *_plan_and_follow_up(demo)]
    return sorted(steps, key=lambda step: (step.at, step.rank))


def chapters(demo: Demo) -> list[tuple[datetime, str]]:
    """Where each part of the story begins: the plan's start, each phase, its adoption."""
    zone = demo.story["started"]["at"].tzinfo
    last = max(update["at"] for action in demo.actions for update in action.get("updates", []))
    return [
        (demo.story["started"]["at"], "the plan is started"),
        *[
            (datetime.combine(phase["starts_on"], time(), zone), phase["phase"].replace("_", " "))
            for phase in demo.phases
        ],
        (demo.story["adopted"]["at"], f"adoption, and the actions' progress to {last:%Y-%m-%d}"),
    ]


def _structure(demo: Demo) -> Iterator[Step]:
    story = demo.story
    started = story["started"]["at"]
    for actor in demo.actors:
        yield Step(started, NODES, partial(Writer.actor, actor=actor))
    for moment in demo.moments:
        yield Step(moment["opens_at"], NODES, partial(Writer.moment, moment=moment))
    # The structure grows at its milestones, each kind with the milestone's reason.
    themes, findings, goals = story["themes"], story["findings"], story["goals"]
    action_plans, actions = story["action_plans"], story["actions"]
    for theme in demo.themes:
        write = partial(Writer.theme, theme=theme, reason=themes["reason"])
        yield Step(themes["at"], NODES, write)
    for finding in demo.findings:
        write = partial(Writer.finding, finding=finding, reason=findings["reason"])
        yield Step(findings["at"], NODES, write)
    for goal in demo.goals:
        yield Step(goals["at"], NODES, partial(Writer.goal, goal=goal, reason=goals["reason"]))
    for plan in demo.action_plans:
        write = partial(Writer.action_plan, action_plan=plan, reason=action_plans["reason"])
        yield Step(action_plans["at"], NODES, write)
    for action in demo.actions:
        write = partial(Writer.action, action=action, reason=actions["reason"])
        yield Step(actions["at"], NODES, write)


def _inputs(demo: Demo) -> Iterator[Step]:
    """Each input arrives, is reviewed when its moment is processed, is linked to each node
    once that node exists, and is decided when its last link is made."""
    moments = {moment["key"]: moment for moment in demo.moments}
    made = _made_at(demo)
    for row in demo.inputs:
        yield Step(row["submitted_at"], ARRIVALS, partial(Writer.input, row=row))
        if row["outcome"] == "open":
            continue
        processed = _processed_at(demo, row, moments.get(row["moment"] or ""))
        yield Step(processed, REVIEWS, _status(row, InputStatus.IN_REVIEW))
        if row["outcome"] == "not_retained":
            yield Step(processed, DECISIONS, _status(row, InputStatus.NOT_RETAINED))
        if row["outcome"] != "linked":
            continue
        decided = processed
        for key in (row["theme"], row["finding"], row["target"]):
            if key is None:
                continue
            at = max(processed, made[key])
            decided = max(decided, at)
            link = partial(
                Writer.link, source=row["external_id"], target=key,
                rationale=row["rationale"], decision=row["decision"] or Decision.ADOPTED,
            )  # fmt: skip
            yield Step(at, LINKS, link)
        yield Step(decided, DECISIONS, _status(row, InputStatus.ADDRESSED))


def _plan_and_follow_up(demo: Demo) -> Iterator[Step]:
    story = demo.story
    for status, milestone in (
        (PlanStatus.PUBLISHED, story["published"]),
        (PlanStatus.ADOPTED, story["adopted"]),
    ):
        write = partial(Writer.plan_status, status=status, milestone=milestone)
        yield Step(milestone["at"], FOLLOW_UP, write)
    yield Step(demo.receipt["published_at"], FOLLOW_UP, Writer.feedback)
    for action in demo.actions:
        for update in action.get("updates", []):
            write = partial(Writer.update, action=action, update=update)
            yield Step(update["at"], FOLLOW_UP, write)


def _made_at(demo: Demo) -> dict[str, datetime]:
    """When each node of the structure was made: at its kind's milestone."""
    story = demo.story
    return {
        **{theme["key"]: story["themes"]["at"] for theme in demo.themes},
        **{finding["key"]: story["findings"]["at"] for finding in demo.findings},
        **{goal["key"]: story["goals"]["at"] for goal in demo.goals},
        **{plan["key"]: story["action_plans"]["at"] for plan in demo.action_plans},
        **{action["key"]: story["actions"]["at"] for action in demo.actions},
    }


def _processed_at(demo: Demo, row: Input, moment: Moment | None) -> datetime:
    """A moment's inputs are processed together; a letter some days after it arrived."""
    if moment is not None:
        return moment["processed_at"]
    arrived = row["submitted_at"]
    later = arrived.date() + timedelta(days=demo.processing["letters_after_days"])
    return datetime.combine(later, time(10), arrived.tzinfo)


def _status(row: Input, status: InputStatus) -> Callable[[Writer], Awaitable[None]]:
    return partial(Writer.input_status, row=row, status=status)
