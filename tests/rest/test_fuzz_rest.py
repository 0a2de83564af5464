"""A bounded schemathesis run over every REST operation of the committed contract, kept in
`make test` to watch the edge: whatever a client sends, `spoor serve` answers without a 5xx,
with a status code the contract documents for that operation, in a content type it documents
for that status, with a body and headers its schemas describe.

The contract is openapi/openapi.json as committed, not the one the code would write: clients are
generated from the committed file, so that is the promise to keep (tests/test_generated.py keeps
the two equal). Every operation is fuzzed anonymously and with an admin key, with data that
matches the contract and with data that does not; and once more, briefly, with a revoked key,
which any operation that admits its caller refuses. About half the cases with path parameters name
the items of a real, published plan (and send `If-Match: *`), so the fuzzer reaches past the
404s and 412s into the use cases.

The run is the same on every run (a fixed seed, derandomized), bounded per operation, and does
not shrink: it collects each distinct failure once (operation, identity, what was wrong, with a
curl command that reproduces it) and fails at the end with all of them.
"""

import asyncio
import json
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import requests
import schemathesis
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.core.failures import FailureGroup

from api.domain.vocabulary import PlanStatus
from api.services import keys, plans
from api.services.caller import Caller
from api.store.database import Database
from tests.rest.conftest import bearer, issue
from tests.served import served
from tests.surfaces.graphql_calls import World, build_world

pytestmark = pytest.mark.committed  # `spoor serve` in a child process reads what the test made

OPENAPI = Path(__file__).resolve().parents[2] / "openapi" / "openapi.json"
SEED = 20_250_601
POSITIVE, NEGATIVE = GenerationMode.POSITIVE, GenerationMode.NEGATIVE
# Cases per operation, by identity and mode: enough to touch every parameter of every operation,
# few enough for a 2-core machine. A revoked key is refused before any parameter is read.
# In this order, so the admin's changes (items deleted, the spare key revoked) come last.
EXAMPLES = {
    "anonymous": {POSITIVE: 5, NEGATIVE: 3},
    "revoked key": {POSITIVE: 1},
    "admin": {POSITIVE: 5, NEGATIVE: 3},
}
SERVED = {
    # No run of this size may be told to slow down: a 429 would hide what the request would get.
    "rate_limit_per_key": "1000000000",
    "rate_limit_per_anonymous_client": "1000000000",
    # No webhook dispatcher: nothing should call the made-up URLs the run registers.
    "worker": "off",
}
# The event feed's long poll waits up to `wait` seconds for news; the run never waits.
FIXED_QUERY = {"GET /api/v1/events": {"wait": 0}}
# Everything the contract promises about an answer; nothing about how lenient the server is.
CHECKS = [
    schemathesis.checks.not_a_server_error,
    schemathesis.checks.status_code_conformance,
    schemathesis.checks.content_type_conformance,
    schemathesis.checks.response_headers_conformance,
    schemathesis.checks.response_schema_conformance,
]


@dataclass
class Findings:
    """Each distinct failure once, with the first case that showed it; and which operations the
    identity reached."""

    identity: str
    operations: set[str] = field(default_factory=set)
    failures: dict[tuple[str, str], str] = field(default_factory=dict)

    def add(self, group: FailureGroup) -> None:
        operation = group.exceptions[0].operation or "?"
        titles = ", ".join(sorted({failure.title for failure in group.exceptions}))
        self.failures.setdefault((operation, titles), str(group))

    def report(self) -> str:
        return "\n\n".join(
            f"== {operation} ({self.identity}): {title}\n{detail}"
            for (operation, title), detail in sorted(self.failures.items())
        )


@pytest.fixture
async def world(database: Database, caller: Caller) -> World:
    """A plan with one of everything; published, so anonymous readers see it too."""
    made = await build_world(database, caller)
    async with database.unit_of_work() as uow:
        published = plans.SetPlanStatus(plan_id=made.plan, status=PlanStatus.PUBLISHED)
        await plans.set_plan_status(uow, caller, published)
        await uow.commit()
    return made


async def headers_of(identity: str, database: Database, caller: Caller) -> dict[str, str]:
    """What each request of the identity carries."""
    if identity == "anonymous":
        return {}
    if identity == "admin":
        return bearer(await issue(database, caller, "admin", "read", "write"))
    async with database.unit_of_work() as uow:
        issued = await keys.create_key(uow, caller, keys.CreateKey(name="old", scopes=["read"]))
        await keys.revoke_key(uow, caller, keys.RevokeKey(key_id=issued.record.id))
        await uow.commit()
    return bearer(issued.key)


def real_ids(world: World) -> dict[str, str]:
    """A real id for each path parameter that names an item of the plan. The key is a spare
    one: revoking the key the run uses would turn the rest of the run into 401s."""
    ids = {
        "plan_id": world.plan, "input_id": world.input, "finding_id": world.finding,
        "theme_id": world.theme, "goal_id": world.goal, "action_plan_id": world.action_plan,
        "action_id": world.action, "link_id": world.spare_link, "moment_id": world.moment,
        "actor_id": world.actor, "feedback_id": world.feedback, "node_id": world.input,
        "key_id": world.spare_key, "endpoint_id": world.webhook, "event_id": world.webhook_event,
    }  # fmt: skip
    return {name: str(value) for name, value in ids.items()}


def documented_operations() -> set[str]:
    """Every operation of the committed contract, as schemathesis labels them."""
    paths = json.loads(OPENAPI.read_text())["paths"]
    return {f"{method.upper()} {path}" for path, item in paths.items() for method in item}


def takes_input(operation: Any) -> bool:
    """Whether a request to the operation carries anything to get wrong."""
    locations = (operation.path_parameters, operation.query, operation.headers, operation.body)
    return any(len(location) for location in locations)


def strategy(operation: Any, mode: GenerationMode, ids: dict[str, str]) -> Any:
    """Cases for an operation: any values, and (for data that matches the contract) the same
    naming real items, changed whatever their version."""
    query = FIXED_QUERY.get(operation.label)
    drawn = operation.as_strategy(mode, query=query)
    names = {parameter.name for parameter in operation.path_parameters}
    if mode is not POSITIVE or not names or not names <= ids.keys():
        return drawn
    real = {name: ids[name] for name in names}
    headers = {"If-Match": "*"} if "If-Match" in operation.headers else None
    return st.one_of(
        drawn, operation.as_strategy(mode, path_parameters=real, query=query, headers=headers)
    )


def fuzz(base: str, identities: dict[str, dict[str, str]], ids: dict[str, str]) -> list[Findings]:
    """Every operation of the committed contract, in each generation mode, against `base`, as
    each identity (named, with the headers it sends), one after the other."""
    config = schemathesis.Config.from_dict({"seed": SEED})
    schema = schemathesis.openapi.from_path(OPENAPI, config=config)
    operations = [result.ok() for result in schema.get_all_operations()]
    found = []
    with requests.Session() as session:
        for identity, headers in identities.items():
            findings = Findings(identity)
            check = sent_and_checked(base, session, headers, findings)
            for operation in operations:
                for mode, examples in EXAMPLES[identity].items():
                    if mode is NEGATIVE and not takes_input(operation):
                        continue
                    run_cases(strategy(operation, mode, ids), examples, check)
            found.append(findings)
    return found


def sent_and_checked(
    base: str, session: requests.Session, headers: dict[str, str], findings: Findings
) -> Callable[[Any], None]:
    """Send a case and check its answer against the contract, keeping what fails."""

    def check(case: Any) -> None:
        findings.operations.add(case.operation.label)
        response = case.call(base_url=base, session=session, headers=headers, timeout=30)
        try:
            case.validate_response(response, checks=CHECKS, headers=headers)
        except FailureGroup as group:
            findings.add(group)

    return check


def run_cases(cases: Any, examples: int, check: Callable[[Any], None]) -> None:
    """Up to `examples` cases, the same ones every run, none shrunk (a failure is kept, not
    raised, so there is nothing to shrink)."""

    @hypothesis.seed(SEED)
    @hypothesis.settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[hypothesis.Phase.generate],
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    @hypothesis.given(cases)
    def run(case: Any) -> None:
        check(case)

    run()


async def test_every_rest_operation_answers_as_the_committed_contract_says(
    database_url: str, database: Database, caller: Caller, world: World
) -> None:
    identities = {name: await headers_of(name, database, caller) for name in EXAMPLES}
    # In a process of its own: schemathesis patches Hypothesis for the whole process (it stops
    # printing falsifying examples), and other tests of this process use Hypothesis.
    apart = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    with served(database_url, **SERVED) as base, apart:
        run = asyncio.get_running_loop().run_in_executor
        found = await run(apart, fuzz, base, identities, real_ids(world))
    for findings in found:
        assert findings.operations == documented_operations(), findings.identity
    failed = [findings.report() for findings in found if findings.failures]
    if failed:
        pytest.fail("\n\n".join(failed), pytrace=False)
