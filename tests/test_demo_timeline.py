"""The demo tells its story in time: read as of a day of the plan's making, it is the plan as it
stood that day; its log reads as the project went; and its data files refuse a bad value by
file, row and field."""

import csv
import shutil
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

import api.demo
from api.demo import content
from api.demo.checks import check_demo
from api.demo.files import DemoDataError, read_demo
from api.demo.loader import DEMO_ADMIN_KEY, load_demo
from api.services import audit
from api.store import events as event_store
from api.store.database import Database
from tests.surfaces.graphql_calls import gid, post, root

DATA = Path(api.demo.__file__).parent / "data"
AS_OF = """
query Then($id: ID!, $at: DateTime!) {
  plan(id: $id, asOf: $at) { status asOf trail { nodes { kind state } } }
}
"""
STATUS_CHANGES = """
query Changes($id: ID!) {
  plan(id: $id) { status events(types: [PLAN_STATUS_CHANGED]) {
    edges { node { occurredAt actor reason after } } } }
}
"""
ADOPTED = content.DEMO.story["adopted"]["at"]


async def _plan_then(client: httpx.AsyncClient, plan: str, at: str) -> tuple[str, list[Any]]:
    then = await root(client, AS_OF, {"id": plan, "at": at}, DEMO_ADMIN_KEY)
    return then["status"], then["trail"]["nodes"]


def _arrived_by(at: str) -> int:
    return sum(1 for row in content.INPUTS if row["submitted_at"] <= datetime.fromisoformat(at))


def _actions_by(at: str) -> dict[str, tuple[str, int]]:
    """Each action's status and progress on a day, as its updates tell it."""
    moment, found = datetime.fromisoformat(at), {}
    for action in content.ACTIONS:
        status, progress = "proposed", 0
        for update in action.get("updates", []):
            if update["at"] <= moment:
                status = update.get("status", status)
                progress = 100 if status == "done" else update.get("progress", progress)
        found[action["code"]] = (status, progress)
    return found


async def test_the_plan_as_it_stood_on_the_days_of_its_making(
    client: httpx.AsyncClient, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    async with database.unit_of_work() as uow:
        demo = await load_demo(uow)
        await uow.commit()
    assert capsys.readouterr().err == ""  # loading tells its progress only when asked
    plan = gid("Plan", demo.plan_id)

    # The evening the council adopted it: every goal, action plan and action, none started.
    adopted = ADOPTED.replace(hour=23, minute=59).isoformat()
    status, nodes = await _plan_then(client, plan, adopted)
    kinds = Counter(node["kind"] for node in nodes)
    assert (
        status == "ADOPTED" and datetime.fromisoformat(adopted).date().isoformat() == "2022-06-28"
    )
    assert (kinds["GOAL"], kinds["ACTION_PLAN"], kinds["ACTION"]) == (5, 8, 25)
    assert kinds["INPUT"] == _arrived_by(adopted) == len(content.INPUTS)
    assert {n["state"]["status"] for n in nodes if n["kind"] == "ACTION"} == {"proposed"}
    status, nodes = await _plan_then(client, plan, "2022-06-27T12:00:00+02:00")
    assert status == "PUBLISHED" and Counter(n["kind"] for n in nodes)["ACTION"] == 25

    # Summer 2021: the analysis and the stakeholder talks done, nothing decided yet.
    summer = "2021-07-01T12:00:00+02:00"
    status, nodes = await _plan_then(client, plan, summer)
    kinds = Counter(node["kind"] for node in nodes)
    assert status == "DRAFT" and kinds["GOAL"] == kinds["ACTION"] == 0
    assert (kinds["THEME"], kinds["FINDING"]) == (12, 8)
    assert kinds["INPUT"] == _arrived_by(summer) < len(content.INPUTS) and kinds["INPUT"] > 0

    # The actions' progress as reported over the years.
    for day in ("2023-01-01T00:00:00+01:00", "2024-07-01T00:00:00+02:00"):
        _, nodes = await _plan_then(client, plan, day)
        reached = {
            n["state"]["code"]: (n["state"]["status"], n["state"]["progress"])
            for n in nodes
            if n["kind"] == "ACTION"
        }
        assert reached == _actions_by(day)

    before = await post(client, AS_OF, {"id": plan, "at": "2021-01-31T12:00:00+01:00"},
                        DEMO_ADMIN_KEY)  # fmt: skip
    assert "did not exist yet" in before["errors"][0]["message"]


async def test_the_log_reads_as_the_project_went(
    client: httpx.AsyncClient, database: Database
) -> None:
    async with database.unit_of_work() as uow:
        demo = await load_demo(uow)
        await uow.commit()
    async with database.unit_of_work() as uow:
        times = [
            (event.occurred_at, event.type)
            async for event in event_store.stream_events(uow.session, demo.tenant_id)
        ]
        assert (await audit.verify_log(uow, demo.tenant_id)).intact
    # From the plan's start in February 2021 to the last progress report, never going back.
    assert times[0][0] == content.DEMO.story["started"]["at"]
    assert [at for at, _ in times] == sorted(at for at, _ in times)
    assert times[-1][0].year == 2025 and times[-1][1] == "action.progress_changed"

    plan = await root(client, STATUS_CHANGES, {"id": gid("Plan", demo.plan_id)}, DEMO_ADMIN_KEY)
    changes = [edge["node"] for edge in plan["events"]["edges"]]
    assert plan["status"] == "ADOPTED"
    assert [(c["after"]["status"], c["occurredAt"][:10], c["actor"]) for c in changes] == [
        ("adopted", "2022-06-28", "Algemeen secretariaat"),
        ("published", "2021-09-01", "Dienst welzijn en senioren"),
    ]
    assert "gemeenteraad" in changes[0]["reason"]


def _copy_of_the_data(tmp_path: Path) -> Path:
    return Path(shutil.copytree(DATA, tmp_path / "data"))


def _change_cell(path: Path, row: int, column: str, value: str) -> None:
    """Set one cell of a CSV file; rows are counted as a spreadsheet does (the header is 1)."""
    with path.open(encoding="utf-8", newline="") as given:
        rows = list(csv.DictReader(given))
    rows[row - 2][column] = value
    with path.open("w", encoding="utf-8", newline="") as changed:
        writer = csv.DictWriter(changed, list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _replace_text(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


CSV_MISTAKES = [
    ("citizens_survey", 3, "channel", "telefoon", "Input should be"),
    ("citizens_online_1", 2, "submitted_at", "2021-09-22T19:45:00+02:00", "within its moment"),
    ("citizens_online_1", 2, "submitted_at", "2021-09-21T19:45:00", "timezone"),
    ("analysis_interviews", 4, "theme", "woonst", "no theme has the key 'woonst'"),
    ("letters_and_email", 10, "decision", "adopted", "only a linked input has a decision"),
]


@pytest.mark.parametrize(("moment", "row", "field", "value", "said"), CSV_MISTAKES)
def test_a_bad_cell_of_an_inputs_file_is_refused_by_file_row_and_field(
    tmp_path: Path, moment: str, row: int, field: str, value: str, said: str
) -> None:
    data = _copy_of_the_data(tmp_path)
    _change_cell(data / "inputs" / f"{moment}.csv", row, field, value)
    with pytest.raises(DemoDataError) as refused:
        check_demo(read_demo(data))
    error = refused.value
    assert (error.file, error.row, error.field) == (f"inputs/{moment}.csv", row, field)
    assert said in error.message and f"inputs/{moment}.csv, row {row}, field {field}" in str(error)


TOML_MISTAKES = [
    ("structure.toml", 'code = "SD2"\n', "", "[[goals]] #2", "code", "Field required"),
    ("structure.toml", 'parent = "wonen"', 'parent = "armoede"', "[[themes]] #2", "parent",
     "a theme given before it"),
    ("actions/sd2.toml", 'status = "in_progress"', 'status = "done"', "[[actions]] #1, update #2",
     "status", "cannot go from planned to done"),
    ("plan.toml", "at = 2022-06-28T21:30:00+02:00", "at = 2022-05-01T21:30:00+02:00",
     "[story.adopted]", "at", "must come after [story.actions]"),
    ("participation.toml", 'method = "survey"', 'method = "letter"', "[[moments]] #8", "method",
     "no session"),
]  # fmt: skip


@pytest.mark.parametrize(("file", "old", "new", "row", "field", "said"), TOML_MISTAKES)
def test_a_bad_value_of_a_toml_file_is_refused_by_file_entry_and_field(
    tmp_path: Path, file: str, old: str, new: str, row: str, field: str, said: str
) -> None:
    data = _copy_of_the_data(tmp_path)
    _replace_text(data / file, old, new)
    with pytest.raises(DemoDataError) as refused:
        check_demo(read_demo(data))
    assert (refused.value.file, refused.value.row, refused.value.field) == (file, row, field)
    assert said in refused.value.message


def test_the_demo_data_is_one_consistent_story() -> None:
    demo = check_demo(read_demo(DATA))
    assert len(demo.inputs) == len({row["external_id"] for row in demo.inputs}) == 172
    assert demo.receipt["code"] == "HRNT-2021-DEM0-1"
