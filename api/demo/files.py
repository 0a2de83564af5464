"""Reading the demo's data files (TOML and CSV) into typed records; a bad value is refused
with its file, row and field."""

import csv
import io
import tomllib
from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from api.demo.model import (
    Action,
    ActionPlan,
    ActionsFile,
    Actor,
    Finding,
    Goal,
    Input,
    Moment,
    ParticipationFile,
    PhaseDates,
    PlanFields,
    PlanFile,
    Processing,
    Receipt,
    Story,
    StructureFile,
    Theme,
)

DATA = resources.files("api.demo") / "data"
# The inputs of a moment are in inputs/<moment>.csv; these arrived outside any session.
LETTERS = "letters_and_email"
COLUMNS = (
    "external_id", "submitted_at", "participant_type", "channel", "language", "text", "theme",
    "finding", "target", "outcome", "decision", "rationale", "reason", "contact_name",
    "contact_email",
)  # fmt: skip

T = TypeVar("T")

# Each file's validator, built once: building one costs more than reading every file.
PLAN_FILE = TypeAdapter(PlanFile)
PARTICIPATION_FILE = TypeAdapter(ParticipationFile)
STRUCTURE_FILE = TypeAdapter(StructureFile)
ACTIONS_FILE = TypeAdapter(ActionsFile)
INPUT_ROW = TypeAdapter(Input)


class DemoDataError(ValueError):
    """A value in one of the demo's data files that is not valid, and where it is."""

    def __init__(self, file: str, row: int | str, field: str, message: str) -> None:
        self.file, self.row, self.field, self.message = file, row, field, message
        where = f"row {row}" if isinstance(row, int) else row
        super().__init__(f"{file}, {where}, field {field or '-'}: {message}")


@dataclass(frozen=True)
class Demo:
    """Everything the demo holds, read and checked."""

    plan: PlanFields
    phases: list[PhaseDates]
    story: Story
    processing: Processing
    receipt: Receipt
    moments: list[Moment]
    actors: list[Actor]
    themes: list[Theme]
    findings: list[Finding]
    goals: list[Goal]
    action_plans: list[ActionPlan]
    actions: list[Action]
    # Where each action is written: its file, and its place among the file's [[actions]].
    action_places: list[tuple[str, int]]
    inputs: list[Input]


def read_demo(root: Traversable = DATA) -> Demo:
    """Read every data file under `root` (the demo's own by default)."""
    plan = read_toml(root, "plan.toml", PLAN_FILE)
    participation = read_toml(root, "participation.toml", PARTICIPATION_FILE)
    structure = read_toml(root, "structure.toml", STRUCTURE_FILE)
    actions, places = [], []
    for name in _names(root, "actions", ".toml"):
        found = read_toml(root, f"actions/{name}", ACTIONS_FILE)["actions"]
        actions += found
        places += [(f"actions/{name}", number) for number in range(1, len(found) + 1)]
    return Demo(
        plan=plan["plan"], phases=plan["phases"], story=plan["story"],
        processing=plan["processing"], receipt=plan["receipt"],
        moments=participation["moments"], actors=participation["actors"],
        themes=structure["themes"], findings=structure["findings"], goals=structure["goals"],
        action_plans=structure["action_plans"], actions=actions, action_places=places,
        inputs=read_inputs(root, [moment["key"] for moment in participation["moments"]]),
    )  # fmt: skip


def read_toml(root: Traversable, name: str, shape: TypeAdapter[T]) -> T:
    """One TOML file as the record `shape` validates."""
    try:
        document = tomllib.loads(root.joinpath(name).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise DemoDataError(name, "its text", "", str(error)) from None
    try:
        return shape.validate_python(document)
    except ValidationError as error:
        first = error.errors()[0]
        row, field = _toml_place(first["loc"])
        raise DemoDataError(name, row, field, _message(first)) from None


def read_inputs(root: Traversable, moments: list[str]) -> list[Input]:
    """Every moment's inputs, in the moments' order, then those outside any session."""
    found = set(_names(root, "inputs", ".csv"))
    unknown = sorted(found - {f"{key}.csv" for key in [*moments, LETTERS]})
    if unknown:
        raise DemoDataError(f"inputs/{unknown[0]}", "its name", "", "not a moment's key")
    rows = []
    for key in [*moments, LETTERS]:
        if f"{key}.csv" in found:
            moment = None if key == LETTERS else key
            rows += read_csv(root, f"inputs/{key}.csv", moment)
    return rows


def read_csv(root: Traversable, name: str, moment: str | None) -> list[Input]:
    """One moment's inputs; the header is row 1, as a spreadsheet counts."""
    text = root.joinpath(name).read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = tuple(reader.fieldnames or ())
    if header != COLUMNS:
        wrong = next((c for c, e in zip(header, COLUMNS, strict=False) if c != e), "")
        raise DemoDataError(name, 1, wrong, f"the columns must be: {', '.join(COLUMNS)}")
    rows = []
    for number, raw in enumerate(reader, start=2):
        if None in raw or None in raw.values():
            raise DemoDataError(name, number, "", f"a row has {len(COLUMNS)} fields")
        try:
            rows.append(INPUT_ROW.validate_python(_input_row(raw, moment)))
        except ValidationError as error:
            first = error.errors()[0]
            field = "_".join(str(part) for part in first["loc"])
            raise DemoDataError(name, number, field, _message(first)) from None
    return rows


def _input_row(raw: dict[str, str], moment: str | None) -> dict[str, Any]:
    """A CSV row in the record's shape: an empty cell is no value, the contact one record."""
    row: dict[str, Any] = {name: value or None for name, value in raw.items()}
    contact = {part: row.pop(f"contact_{part}") for part in ("name", "email")}
    given = {part: value for part, value in contact.items() if value}
    return row | {"moment": moment, "contact": given or None}


def _names(root: Traversable, folder: str, suffix: str) -> list[str]:
    directory = root.joinpath(folder)
    if not directory.is_dir():
        return []
    return sorted(item.name for item in directory.iterdir() if item.name.endswith(suffix))


def _toml_place(loc: tuple[int | str, ...]) -> tuple[str, str]:
    """(row, field) of a TOML value: the entry of an array of tables, and the path within it.

    Entries are counted from 1, as a reader counts them in the file.
    """
    parts = [f"#{part + 1}" if isinstance(part, int) else part for part in loc]
    index = next((i for i, part in enumerate(loc) if isinstance(part, int)), None)
    if index is None:  # a plain table, [story.adopted], and its key; or a missing table
        table = ".".join(map(str, parts[:-1]))
        return (f"[{table}]" if table else "its tables"), str(parts[-1])
    row = f"[[{'.'.join(map(str, parts[:index]))}]] {parts[index]}"
    return row, ".".join(map(str, parts[index + 1 :]))


def _message(error: ErrorDetails) -> str:
    value = error.get("input")
    shown = f" (given: {value!r})" if isinstance(value, str | int | float | bool) else ""
    return f"{error['msg']}{shown}"
