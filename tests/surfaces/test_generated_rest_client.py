"""A client generated from the committed OpenAPI contract is typed by it and works against Spoor.

openapi-python-client turns openapi/openapi.json (as committed: what integrators generate from)
into a Python package; the test drives `spoor serve` with it the way a municipal system would: a
plan, inputs loaded from a spreadsheet's CSV, a theme tagging them, a goal, action plan and action
linked under it, the action's progress synced by its external id, then the event feed followed to
its end. It checks the generated TYPES, not only the values: an answer is an instance of the
generated model its operation promises, a channel or a status a member of a generated enum, a date
a `date`, and no operation that answers with a body is typed `Any`.

openapi-python-client is a dev dependency (pyproject.toml); an environment made before it was
added gets it once, in pytest's cache.
"""

import importlib
import importlib.util
import json
import pkgutil
import re
import subprocess
import sys
import types
import typing
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from api.services.caller import Caller
from api.store.database import Database
from tests.served import served
from tests.surfaces.graphql_calls import issue_key

CONTRACT = Path(__file__).resolve().parents[2] / "openapi" / "openapi.json"
GENERATOR = "openapi-python-client>=0.29"
METHODS = {"get", "put", "post", "patch", "delete"}
# Small, so that following the feed takes several pages.
FEED_PAGE = 4
ACTION = "PRJ-2025-017"
CSV_HEADER = "external_id;text;channel;participant_type;language"
CSV_ROWS = [
    "BZ-001;Meer fietsenstallingen aan het station.;workshop;citizen;nl",
    'BZ-002;"Des parkings vélo sûrs; et éclairés.";survey;citizen;fr',
    "BZ-003;Veiliger oversteken aan de school.;online_table;target_group;",
]

Model = TypeVar("Model")


@pytest.fixture(scope="session")
def generator(pytestconfig: pytest.Config) -> list[str]:
    """The command that runs openapi-python-client."""
    if importlib.util.find_spec("openapi_python_client"):
        return [sys.executable, "-m", "openapi_python_client"]
    assert pytestconfig.cache is not None
    venv = pytestconfig.cache.mkdir("openapi-python-client")
    tool = venv / "bin" / "openapi-python-client"
    if not tool.exists():
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        install = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", GENERATOR]
        subprocess.run(install, check=True)
    return [str(tool)]


@pytest.fixture(scope="module")
def generated(generator: list[str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The name of the client package generated from the contract, importable while it lives."""
    name = f"spoor_rest_{uuid.uuid4().hex[:12]}"
    folder = tmp_path_factory.mktemp("openapi-client")
    config = folder / "config.yaml"
    # No ruff over the generated code: it would need ruff on PATH, and only imports read it.
    config.write_text("post_hooks: []\n")
    command = ["generate", "--path", str(CONTRACT), "--meta", "none", "--config", str(config)]
    ran = subprocess.run(
        [*generator, *command, "--output-path", str(folder / name)], capture_output=True, text=True
    )
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]
    # It skips (with a warning) the bodies it cannot type; a CSV body is the only one allowed.
    skipped = re.findall(r"^WARNING parsing (.+)$", ran.stdout, re.MULTILINE)
    unsupported = re.findall(r"^Unsupported content type (\S+)$", ran.stdout, re.MULTILINE)
    assert unsupported == ["text/csv"] * len(skipped), ran.stdout[-3000:]
    sys.path.insert(0, str(folder))
    try:
        yield name
    finally:
        sys.path.remove(str(folder))
        for module in [m for m in sys.modules if m == name or m.startswith(f"{name}.")]:
            del sys.modules[module]


def operations(package: str) -> dict[str, types.ModuleType]:
    """Every generated operation module (`api/<tag>/<operation id>.py`) by its name."""
    found = {}
    api = importlib.import_module(f"{package}.api")
    for tag in pkgutil.iter_modules(api.__path__):
        group = importlib.import_module(f"{api.__name__}.{tag.name}")
        for operation in pkgutil.iter_modules(group.__path__):
            found[operation.name] = importlib.import_module(f"{group.__name__}.{operation.name}")
    return found


def answers(operation: types.ModuleType) -> tuple[Any, ...]:
    """What the operation's generated function may return (its Problem and None included)."""
    return typing.get_args(operation.asyncio.__annotations__["return"])


def answered(result: object, model: type[Model]) -> Model:
    """An operation's answer, which must be the generated model, not a Problem."""
    assert type(result) is model, result
    return typing.cast(Model, result)


def success_model(operation: types.ModuleType, problem: type) -> type:
    """The one generated model an operation answers with when it succeeds."""
    [model] = [a for a in answers(operation) if a not in (problem, type(None))]
    assert isinstance(model, type), model
    return model


def row_model(operation: types.ModuleType) -> type:
    """The generated model of a bulk operation's rows, whatever the contract names it."""
    [row] = typing.get_args(operation.asyncio.__annotations__["body"])
    assert isinstance(row, type), row
    return row


def contract_operations() -> dict[str, dict[str, Any]]:
    document = json.loads(CONTRACT.read_text(encoding="utf-8"))
    return {
        operation["operationId"]: operation
        for path in document["paths"].values()
        for method, operation in path.items()
        if method in METHODS
    }


def test_each_operation_is_a_readable_function_answering_generated_models(
    generated: str,
) -> None:
    contract = contract_operations()
    found = operations(generated)
    problem = importlib.import_module(f"{generated}.models").Problem
    assert set(found) == set(contract)
    unreadable = [name for name in found if not re.fullmatch(r"[a-z]+(_[a-z]+)*", name)]
    assert unreadable == []
    # An operation whose only success is 204 No Content has no body to type.
    untyped = [
        name
        for name, operation in found.items()
        if Any in answers(operation) and set(contract[name]["responses"]) & {"200", "201"}
    ]
    assert untyped == []
    for name, operation in found.items():
        assert problem in answers(operation), f"{name} does not type its problems"


def test_the_columns_of_bulk_rows_are_typed_as_the_same_fields_elsewhere(generated: str) -> None:
    """A channel, a language or a status is its generated enum, as in every other operation of
    the contract; a date is a date, an amount can travel as exact text."""
    found = operations(generated)
    expected = {
        "bulk_sync_inputs": {
            "channel": "Channel", "participant_type": "ParticipantType", "language": "Language",
            "moment_id": "UUID", "submitted_at": "datetime.datetime",
        },
        "bulk_sync_actions": {
            "status": "ActionStatus", "progress": "int", "budget": "str",
            "starts_on": "datetime.date", "ends_on": "datetime.date",
        },
    }  # fmt: skip
    mistyped = {
        f"{name}.{column}": typed
        for name, columns in expected.items()
        for column, wanted in columns.items()
        # Generated models postpone their annotations: each is the text of its type.
        if wanted not in (typed := row_model(found[name]).__annotations__[column]).split(" | ")
    }
    assert mistyped == {}


@pytest.mark.committed
async def test_a_generated_rest_client_syncs_a_plan_and_follows_its_events_on_spoor_serve(
    generated: str, database_url: str, database: Database, caller: Caller
) -> None:
    package = importlib.import_module(generated)
    m = importlib.import_module(f"{generated}.models")
    op = operations(generated)
    key = (await issue_key(database, caller, ["admin", "read", "write"])).key
    with served(database_url) as base:
        async with package.AuthenticatedClient(
            base_url=base, token=key, timeout=httpx.Timeout(60), raise_on_unexpected_status=True
        ) as client:
            _, start = await follow(op, m, client, after=0)

            # 1. A plan.
            body = m.CreatePlan(
                title=m.TranslatedText(nl="Mobiliteitsplan", fr="Plan de mobilité"),
                period_start=date(2025, 1, 1),
                period_end=date(2030, 12, 31),
            )
            plan = answered(await op["create_plan"].asyncio(client=client, body=body), m.Plan)
            read = answered(await op["get_plan"].asyncio(plan.id, client=client), m.Plan)
            assert isinstance(read.id, uuid.UUID) and read.id == plan.id
            assert isinstance(read.title, m.TranslatedText)
            assert (read.title.nl, read.title.fr) == ("Mobiliteitsplan", "Plan de mobilité")
            assert read.status is m.PlanStatus.DRAFT
            assert isinstance(read.period_start, date) and read.period_end == date(2030, 12, 31)

            # 2. Inputs from a spreadsheet, then the same sheet with one row edited.
            first = await upload_csv(op, m, client, plan.id, CSV_ROWS)
            assert (first.created, first.updated, first.unchanged) == (3, 0, 0)
            edited = [*CSV_ROWS[:2], CSV_ROWS[2].replace("Veiliger", "Veilig")]
            second = await upload_csv(op, m, client, plan.id, edited)
            assert (second.created, second.updated, second.unchanged) == (0, 1, 2)
            inputs = [
                answered(
                    await op["get_input_by_external_id"].asyncio(plan.id, ext, client=client),
                    m.Input,
                )
                for ext in ("BZ-001", "BZ-002", "BZ-003")
            ]
            assert [i.channel for i in inputs] == [
                m.Channel.WORKSHOP, m.Channel.SURVEY, m.Channel.ONLINE_TABLE,
            ]  # fmt: skip
            assert all(isinstance(i.channel, m.Channel) for i in inputs)
            assert inputs[2].participant_type is m.ParticipantType.TARGET_GROUP
            assert [i.language for i in inputs] == [m.Language.NL, m.Language.FR, m.Language.NL]
            assert inputs[1].text == "Des parkings vélo sûrs; et éclairés."
            assert inputs[2].text == "Veilig oversteken aan de school."
            assert isinstance(inputs[0].submitted_at, datetime)

            # 3. A theme tagging the inputs; a goal, action plan and action linked under it.
            made = m.CreateTheme(title="Fietsen", code="T1")
            theme = answered(
                await op["create_theme"].asyncio(plan.id, client=client, body=made), m.Theme
            )
            tags = m.TagInputs(input_ids=[i.id for i in inputs], rationale="Over de fiets")
            tagged = answered(
                await op["tag_inputs"].asyncio(plan.id, theme.id, client=client, body=tags),
                m.Tagged,
            )
            assert {link.source_id for link in tagged.created} == {i.id for i in inputs}
            assert all(type(link) is m.Link for link in tagged.created)
            goal, action_plan, action = await build_structure(op, m, client, plan.id)
            for source, target in ((theme, goal), (goal, action_plan), (action_plan, action)):
                link = m.CreateLink(source_id=source.id, target_id=target.id)
                made_link = await op["create_link"].asyncio(plan.id, client=client, body=link)
                assert answered(made_link, m.Link).decision is m.Decision.PROPOSED

            # 4. The action's progress, status, budget and dates synced by its external id.
            await sync_action(op, m, client, plan.id)
            synced = answered(
                await op["get_action_by_external_id"].asyncio(plan.id, ACTION, client=client),
                m.Action,
            )
            assert synced.id == action.id
            assert (synced.progress, synced.status) == (60, m.ActionStatus.PLANNED)
            assert synced.budget == "12500.50"
            assert (synced.starts_on, synced.ends_on) == (date(2025, 3, 1), date(2026, 6, 30))

            # 5. The feed from where it stood before step 1, to its end.
            events, end = await follow(op, m, client, after=start)

    assert [e.seq for e in events] == list(range(start + 1, end + 1))
    check_feed(m, events, plan.id, [i.id for i in inputs], action.id)


def check_feed(
    m: Any, events: list[Any], plan_id: uuid.UUID, inputs: list[uuid.UUID], action: uuid.UUID
) -> None:
    """The events of the steps, in their order, each the generated FeedEvent."""
    assert all(type(e) is m.FeedEvent and e.plan_id == plan_id for e in events)
    assert all(isinstance(e.occurred_at, datetime) for e in events)
    kinds = [e.type_ for e in events]
    structure = ["theme.created", *["link.created"] * 3]
    structure += ["goal.created", "action_plan.created", "action.created"]
    before_sync = ["plan.created", *["input.created"] * 3, "input.updated", *structure]
    before_sync += ["link.created"] * 3
    assert kinds[: len(before_sync)] == before_sync
    assert {e.subject_id for e in events[1:4]} == set(inputs)
    assert events[4].subject_id == inputs[2]
    *first_sync, last = events[len(before_sync) :]
    assert first_sync and {e.subject_id for e in [*first_sync, last]} == {action}
    after: dict[str, Any] = {}
    for event in first_sync:
        assert event.type_ in {"action.updated", "action.progress_changed", "action.status_changed"}
        after |= event.payload.after.to_dict()
    assert (after["progress"], after["status"], after["budget"]) == (40, "planned", "12500.50")
    assert last.type_ == "action.progress_changed"
    assert last.payload.after["progress"] == 60


async def upload_csv(op: Any, m: Any, client: Any, plan_id: uuid.UUID, rows: list[str]) -> Any:
    """The rows as a Belgian spreadsheet saves them, sent to bulk_sync_inputs."""
    sheet = "\r\n".join([CSV_HEADER, *rows]).encode("utf-8-sig")
    # openapi-python-client cannot send a text/csv body (it skips that content type), so the CSV
    # goes through the generated client's own httpx client; its answer is the generated model.
    response = await client.get_async_httpx_client().post(
        f"/api/v1/plans/{plan_id}/inputs:bulk",
        content=sheet,
        headers={"Content-Type": "text/csv; charset=utf-8"},
    )
    assert response.status_code == 200, response.text
    return success_model(op["bulk_sync_inputs"], m.Problem).from_dict(response.json())


async def build_structure(op: Any, m: Any, client: Any, plan_id: uuid.UUID) -> list[Any]:
    """A goal, an action plan and an action known by its external id, each its generated model."""
    title = m.TranslatedText(nl="Veilig fietsen", fr="Vélo en sécurité")
    goal = await op["create_goal"].asyncio(
        plan_id, client=client, body=m.CreateGoal(title=title, code="SD1")
    )
    action_plan = await op["create_action_plan"].asyncio(
        plan_id, client=client, body=m.CreateActionPlan(title="Fietsstallingen", code="AP1.1")
    )
    made = m.CreateAction(title="Stalling bouwen", code="A1.1.1", external_id=ACTION)
    action = answered(
        await op["create_action"].asyncio(plan_id, client=client, body=made), m.Action
    )
    assert action.status is m.ActionStatus.PROPOSED and action.external_id == ACTION
    assert action.budget is None and action.progress == 0
    return [answered(goal, m.Goal), answered(action_plan, m.ActionPlan), action]


async def sync_action(op: Any, m: Any, client: Any, plan_id: uuid.UUID) -> None:
    """bulk_sync_actions: every field, then progress alone, then the same row again."""
    operation = op.get("bulk_sync_actions")
    assert operation is not None, "openapi/openapi.json has no bulk_sync_actions operation"
    row, answer = row_model(operation), success_model(operation, m.Problem)
    every = row(
        external_id=ACTION,
        progress=40,
        status=m.ActionStatus.PLANNED,
        budget="12500.50",
        starts_on=date(2025, 3, 1),
        ends_on=date(2026, 6, 30),
    )
    progress_only = row(external_id=ACTION, progress=60)
    for rows, counts in (([every], (1, 0)), ([progress_only], (1, 0)), ([progress_only], (0, 1))):
        done = answered(await operation.asyncio(plan_id, client=client, body=rows), answer)
        assert (done.updated, done.unchanged) == counts


async def follow(op: Any, m: Any, client: Any, *, after: int) -> tuple[list[Any], int]:
    """The events after a sequence number, page by page until a page holds none; and where the
    feed then stands."""
    events: list[Any] = []
    while True:
        page = answered(
            await op["list_events"].asyncio(client=client, after=after, limit=FEED_PAGE),
            m.EventPage,
        )
        events += page.events
        # `next` is `next_` (not the builtin); the contract types it a string, `after` an integer.
        following = int(page.next_)
        if not page.events:
            assert following == after
            return events, after
        after = following
