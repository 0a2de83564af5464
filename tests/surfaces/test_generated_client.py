"""A client generated from the committed SDL is typed by the contract and works against Spoor.

ariadne-codegen turns api/schema/schema.graphql and generated_client_queries.graphql into a
Python package; the test drives `spoor serve` with it (plan, input, goal, action plan, action,
links, then the goal's actions) and checks the generated TYPES, not only the values: a channel
or a status is a member of a generated Enum, a title's translations a generated pydantic model,
a mutation's answer its generated success class, and no field of a result is typed `Any`.

ariadne-codegen needs a graphql-core older than Strawberry's, so it runs from an environment of
its own: the one `make test` installs in .venv/codegen, else one made once in pytest's cache.
"""

import enum
import importlib
import importlib.util
import json
import subprocess
import sys
import typing
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import graphql
import pytest
from pydantic import BaseModel

from api.services.caller import Caller
from api.store.database import Database
from tests.served import served
from tests.surfaces.graphql_calls import bearer, issue_key

HERE = Path(__file__).resolve().parent
SDL = HERE.parents[1] / "api" / "schema" / "schema.graphql"
QUERIES = HERE / "generated_client_queries.graphql"
CODEGEN = "ariadne-codegen>=0.14"
OPERATIONS = (
    "create_plan", "create_input", "create_node", "create_action", "create_link", "goal_actions",
)  # fmt: skip


@pytest.fixture(scope="session")
def codegen(pytestconfig: pytest.Config) -> list[str]:
    """The command that runs ariadne-codegen."""
    if importlib.util.find_spec("ariadne_codegen") and graphql.version_info < (3, 3):
        return [sys.executable, "-m", "ariadne_codegen"]
    installed = HERE.parents[1] / ".venv" / "codegen" / "bin" / "ariadne-codegen"
    if installed.exists():
        return [str(installed)]
    assert pytestconfig.cache is not None
    venv = pytestconfig.cache.mkdir("ariadne-codegen")
    tool = venv / "bin" / "ariadne-codegen"
    if not tool.exists():
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        install = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", CODEGEN]
        subprocess.run(install, check=True)
    return [str(tool)]


@pytest.fixture
def generated(codegen: list[str], tmp_path: Path) -> Iterator[ModuleType]:
    """The client package ariadne-codegen generates, imported under a name of its own."""
    name = f"spoor_client_{uuid.uuid4().hex[:12]}"
    settings = {
        "schema_path": str(SDL),
        "queries_path": str(QUERIES),
        "target_package_name": name,
        "target_package_path": str(tmp_path),
    }
    config = tmp_path / "codegen.toml"
    config.write_text(
        "[tool.ariadne-codegen]\n"
        + "".join(f"{key} = {json.dumps(value)}\n" for key, value in settings.items())
        + '[tool.ariadne-codegen.scalars.Date]\ntype = "datetime.date"\n'
    )
    ran = subprocess.run(
        [*codegen, "--config", str(config), "client"], capture_output=True, text=True
    )
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]
    sys.path.insert(0, str(tmp_path))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(tmp_path))
        for module in [m for m in sys.modules if m == name or m.startswith(f"{name}.")]:
            del sys.modules[module]


def mentions_any(annotation: object) -> bool:
    """Whether a type annotation is `Any` or has it anywhere inside."""
    if annotation is typing.Any:
        return True
    return any(mentions_any(argument) for argument in typing.get_args(annotation))


def result_models(package: ModuleType) -> list[type[BaseModel]]:
    """Every model the generated operations answer with."""
    modules = [importlib.import_module(f"{package.__name__}.{op}") for op in OPERATIONS]
    return [
        found
        for module in modules
        for found in vars(module).values()
        if isinstance(found, type)
        and issubclass(found, BaseModel)
        and found.__module__ == module.__name__
    ]


def test_the_generated_models_type_enums_and_unions_without_any(
    generated: ModuleType,
) -> None:
    g = generated
    models = result_models(g)
    assert models
    untyped = [
        f"{model.__name__}.{field}"
        for model in models
        for field, info in model.model_fields.items()
        if mentions_any(info.annotation)
    ]
    assert untyped == []
    assert g.CreateInputCreateInputInput.model_fields["channel"].annotation is g.Channel
    assert issubclass(g.Channel, enum.Enum)
    assert issubclass(g.ActionStatus, enum.Enum)
    union = g.CreateAction.model_fields["create_action"].annotation
    assert g.CreateActionCreateActionAction in typing.get_args(union)
    assert g.CreateActionCreateActionAction.model_fields["status"].annotation is g.ActionStatus


@pytest.mark.committed
async def test_a_generated_client_builds_and_reads_a_trail_on_spoor_serve(
    generated: ModuleType, database_url: str, database: Database, caller: Caller
) -> None:
    g = generated
    key = (await issue_key(database, caller, ["read", "write"])).key
    text = g.TranslatedTextInput
    with served(database_url) as base:
        async with g.Client(url=f"{base}/graphql", headers=bearer(key)) as client:
            plan = (
                await client.create_plan(
                    g.CreatePlanInput(
                        title=text(nl="Mobiliteitsplan"),
                        period_start=date(2025, 1, 1),
                        period_end=date(2030, 12, 31),
                    )
                )
            ).create_plan
            assert isinstance(plan, g.CreatePlanCreatePlanPlan), plan
            given = (
                await client.create_input(
                    g.CreateInputInput(
                        plan_id=plan.id,
                        text="Meer fietsenstallingen aan het station.",
                        channel=g.Channel.WORKSHOP,
                        participant_type=g.ParticipantType.CITIZEN,
                    )
                )
            ).create_input
            assert isinstance(given, g.CreateInputCreateInputInput), given

            async def node(kind: enum.Enum, code: str, title: str) -> typing.Any:
                made = g.CreateNodeInput(
                    plan_id=plan.id, kind=kind, code=code, title=text(nl=title)
                )
                return (await client.create_node(made)).create_node

            goal = await node(g.StructureKind.GOAL, "SD1", "Veilig fietsen")
            assert isinstance(goal, g.CreateNodeCreateNodeGoal), goal
            action_plan = await node(g.StructureKind.ACTION_PLAN, "AP1.1", "Fietsstallingen")
            assert isinstance(action_plan, g.CreateNodeCreateNodeActionPlan), action_plan
            title = text(nl="Stalling bouwen", fr="Construire un parking")
            made = g.CreateActionInput(plan_id=plan.id, code="A1.1.1", title=title)
            action = (await client.create_action(made)).create_action
            assert isinstance(action, g.CreateActionCreateActionAction), action
            for source, target in ((goal, action_plan), (action_plan, action)):
                linked = g.CreateLinkInput(source_id=source.id, target_id=target.id)
                link = (await client.create_link(linked)).create_link
                assert isinstance(link, g.CreateLinkCreateLinkLink), link
            read = (await client.goal_actions(goal=goal.id)).node

    assert isinstance(given.channel, enum.Enum)
    assert given.channel is g.Channel.WORKSHOP
    assert given.participant_type is g.ParticipantType.CITIZEN
    assert action.status is g.ActionStatus.PROPOSED
    assert isinstance(read, g.GoalActionsNodeGoal), read
    [plan_edge] = read.action_plans.edges
    [action_edge] = plan_edge.node.actions.edges
    found = action_edge.node
    assert found.id == action.id
    assert found.status is g.ActionStatus.PROPOSED
    assert found.title == "Stalling bouwen"
    translations = found.title_translations
    assert isinstance(translations, BaseModel)
    assert type(found).model_fields["title_translations"].annotation is type(translations)
    assert (translations.nl, translations.fr) == ("Stalling bouwen", "Construire un parking")
    assert type(translations).model_fields["nl"].annotation is str
