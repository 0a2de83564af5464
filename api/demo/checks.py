"""What the demo's files must agree on with each other: every key they refer to exists, and the
story's times are in an order the trail could have happened in (nothing before what it rests
on). Each refusal names its file, row and field."""

from collections.abc import Iterable, Mapping
from datetime import datetime
from itertools import pairwise
from typing import cast

from api.demo.files import LETTERS, Demo, DemoDataError
from api.demo.model import Action, Input, Milestone, Moment, Story
from api.domain.errors import IllegalTransition
from api.domain.status import ActionStatus, next_action_status
from api.domain.vocabulary import MOMENT_METHODS, Channel

PLAN, PARTICIPATION, STRUCTURE = "plan.toml", "participation.toml", "structure.toml"


def check_demo(demo: Demo) -> Demo:
    """The demo, once its files are found to agree; else the first disagreement."""
    _check_story(demo.story)
    _check_moments(demo)
    _check_structure(demo)
    for action, (file, number) in zip(demo.actions, demo.action_places, strict=True):
        _check_action(demo, action, file, f"[[actions]] #{number}")
    _check_inputs(demo)
    _check_receipt(demo)
    return demo


def _check_receipt(demo: Demo) -> None:
    """The receipt is an input's, answered once that input arrived and the plan was adopted."""
    receipt = demo.receipt
    row = next((row for row in demo.inputs if row["external_id"] == receipt["input"]), None)
    if row is None:
        raise DemoDataError(PLAN, "[receipt]", "input", "no input has this external id")
    answered = receipt["published_at"]
    _after(answered, row["submitted_at"], PLAN, "[receipt]", "published_at", "its input")
    _after(answered, demo.story["adopted"]["at"], PLAN, "[receipt]", "published_at", "adoption")


def _check_story(story: Story) -> None:
    """The milestones come in the order `Story` names them, each after the one before."""
    ordered = [(name, cast(Milestone, milestone)) for name, milestone in story.items()]
    for (earlier, before), (later, after) in pairwise(ordered):
        _after(after["at"], before["at"], PLAN, f"[story.{later}]", "at", f"[story.{earlier}]")


def _check_moments(demo: Demo) -> None:
    phases = {phase["phase"]: phase for phase in demo.phases}
    _unique((m["key"] for m in demo.moments), PARTICIPATION, "moments", "key")
    _unique((a["key"] for a in demo.actors), PARTICIPATION, "actors", "key")
    for number, moment in enumerate(demo.moments, start=1):
        row = f"[[moments]] #{number}"
        if moment["method"] not in MOMENT_METHODS:
            raise DemoDataError(PARTICIPATION, row, "method", "letters and e-mail are no session")
        if moment["opens_at"].date() != moment["held_on"]:
            raise DemoDataError(PARTICIPATION, row, "opens_at", "must be on the day held_on")
        phase = phases.get(moment["phase"])
        if phase is None or not phase["starts_on"] <= moment["held_on"] <= phase["ends_on"]:
            raise DemoDataError(PARTICIPATION, row, "held_on", "must fall within its phase")
        _after(moment["opens_at"], demo.story["started"]["at"], PARTICIPATION, row, "opens_at",
               "[story.started]")  # fmt: skip
        _after(moment["closes_at"], moment["opens_at"], PARTICIPATION, row, "closes_at",
               "opens_at", equal=True)  # fmt: skip
        _after(moment["processed_at"], moment["closes_at"], PARTICIPATION, row, "processed_at",
               "closes_at")  # fmt: skip


def _check_structure(demo: Demo) -> None:
    """Keys are one namespace (an input's target may be any node); references point back."""
    seen: set[str] = set()
    for table, keys in (
        ("themes", [t["key"] for t in demo.themes]),
        ("findings", [f["key"] for f in demo.findings]),
        ("goals", [g["key"] for g in demo.goals]),
        ("action_plans", [p["key"] for p in demo.action_plans]),
    ):
        seen = _unique(keys, STRUCTURE, table, "key", seen)
    for action, (file, number) in zip(demo.actions, demo.action_places, strict=True):
        if action["key"] in seen:
            raise DemoDataError(file, f"[[actions]] #{number}", "key", "is given twice")
        seen.add(action["key"])
    earlier: set[str] = set()
    for number, theme in enumerate(demo.themes, start=1):
        if theme.get("parent") and theme.get("parent") not in earlier:
            raise DemoDataError(STRUCTURE, f"[[themes]] #{number}", "parent",
                                "must be a theme given before it")  # fmt: skip
        earlier.add(theme["key"])
    findings = {f["key"] for f in demo.findings}
    for number, goal in enumerate(demo.goals, start=1):
        row = f"[[goals]] #{number}"
        _known((a.key for a in goal["findings"]), findings, STRUCTURE, row, "findings.key")
        _known((a.key for a in goal["themes"]), earlier, STRUCTURE, row, "themes.key")
        answers = {answer.key for answer in [*goal["findings"], *goal["themes"]]}
        _known(goal.get("partly_adopted", []), answers, STRUCTURE, row, "partly_adopted")
    goals = {goal["key"] for goal in demo.goals}
    for number, plan in enumerate(demo.action_plans, start=1):
        _known([plan["goal"]], goals, STRUCTURE, f"[[action_plans]] #{number}", "goal")


def _check_action(demo: Demo, action: Action, file: str, row: str) -> None:
    """An action refers to what exists, and its updates follow its status machine in time."""
    _known([action["action_plan"]], {p["key"] for p in demo.action_plans}, file, row,
           "action_plan")  # fmt: skip
    actors = {actor["key"] for actor in demo.actors}
    _known(action["owners"], actors, file, row, "owners")
    _known(action["partners"], actors, file, row, "partners")
    status, previous = ActionStatus.PROPOSED, demo.story["adopted"]["at"]
    for number, update in enumerate(action.get("updates", []), start=1):
        where = f"{row}, update #{number}"
        _after(update["at"], previous, file, where, "at", "the update before (or adoption)")
        previous = update["at"]
        if ("status" in update) == ("progress" in update):
            raise DemoDataError(file, where, "status", "give either a status or a progress")
        if "status" in update:
            try:
                status = next_action_status(status, update["status"])
            except IllegalTransition as refused:
                raise DemoDataError(file, where, "status", refused.message) from None
        elif status is not ActionStatus.IN_PROGRESS:
            raise DemoDataError(file, where, "progress", "only an action in progress reports it")


def _check_inputs(demo: Demo) -> None:
    moments = {moment["key"]: moment for moment in demo.moments}
    nodes = {
        "theme": {t["key"] for t in demo.themes},
        "finding": {f["key"] for f in demo.findings},
        "target": {n["key"] for n in [*demo.goals, *demo.action_plans, *demo.actions]},
    }
    seen: set[str] = set()
    rows: dict[str | None, int] = {}
    for row in demo.inputs:
        number = rows[row["moment"]] = rows.get(row["moment"], 1) + 1
        file = f"inputs/{row['moment'] or LETTERS}.csv"
        if row["external_id"] in seen:
            raise DemoDataError(file, number, "external_id", "given twice")
        seen.add(row["external_id"])
        for field, known in nodes.items():
            value = _cells(row)[field]
            if value is not None and value not in known:
                raise DemoDataError(file, number, field, f"no {field} has the key {value!r}")
        _check_outcome(row, file, number)
        _check_arrival(demo, row, moments.get(row["moment"] or ""), file, number)


def _check_outcome(row: Input, file: str, number: int) -> None:
    """What the outcome says happened is what the row's other cells describe."""
    linked, cells = row["outcome"] == "linked", _cells(row)
    for field in ("theme", "finding", "target", "rationale", "decision"):
        if not linked and cells[field] is not None:
            raise DemoDataError(file, number, field, f"only a linked input has a {field}")
    if linked and not (row["theme"] or row["finding"] or row["target"]):
        raise DemoDataError(file, number, "theme", "a linked input reaches a node")
    for field in ("rationale", "decision"):
        if linked and cells[field] is None:
            raise DemoDataError(file, number, field, "a linked input needs one")
    if (row["outcome"] == "not_retained") != (row["reason"] is not None):
        raise DemoDataError(file, number, "reason", "given exactly for an input not retained")


def _check_arrival(demo: Demo, row: Input, moment: Moment | None, file: str, number: int) -> None:
    at = row["submitted_at"]
    if moment is None:
        if row["channel"] not in (Channel.EMAIL, Channel.LETTER):
            raise DemoDataError(file, number, "channel", "outside a session: email or letter")
        _after(at, demo.story["started"]["at"], file, number, "submitted_at", "[story.started]")
        return
    if not moment["opens_at"] <= at <= moment["closes_at"]:
        raise DemoDataError(file, number, "submitted_at", "must fall within its moment")


def _cells(row: Input) -> Mapping[str, object]:
    """A row's cells by column name, for checks that go over several columns alike."""
    return cast(Mapping[str, object], row)


def _after(
    at: datetime,
    before: datetime,
    file: str,
    row: int | str,
    field: str,
    what: str,
    *,
    equal: bool = False,
) -> None:
    if at < before or (at == before and not equal):
        raise DemoDataError(file, row, field, f"{at.isoformat()} must come after {what}")


def _unique(
    keys: Iterable[str], file: str, table: str, field: str, seen: set[str] | None = None
) -> set[str]:
    seen = set() if seen is None else seen
    for number, key in enumerate(keys, start=1):
        if key in seen:
            raise DemoDataError(file, f"[[{table}]] #{number}", field, f"{key!r} is given twice")
        seen.add(key)
    return seen


def _known(keys: Iterable[str], known: set[str], file: str, row: str, field: str) -> None:
    for key in keys:
        if key not in known:
            raise DemoDataError(file, row, field, f"nothing has the key {key!r}")
