"""A bounded fuzz run of the whole GraphQL schema, kept in `make test` to watch the edge: no
document that is valid by the schema, whatever its values, may get a 5xx or a masked error,
anonymously or with an admin key.

Two runs, both the same on every run (graphql_fuzz_values.py, graphql_fuzz_sites.py):
- documents drawn by hypothesis-graphql for every root field of Query and Mutation, with
  values from the edges of each scalar mixed with arbitrary ones, as literals and as variables;
- every argument of every field reachable from Query, and every mutation's input down to each
  scalar and enum inside it, given each adversarial value of its type once, as a variable.

A failure reports each distinct cause once (the exception the log recorded for it, with the
last line of Spoor's code it passed, and where in the schema it struck), with one offending
query, its variables and the answer.
"""

import logging
import math
import os
import re
import traceback
import uuid
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import graphql
import httpx
import pytest

from api.app import create_app
from api.domain.vocabulary import PlanStatus
from api.http.identity import RateLimits
from api.schema.app import schema
from api.services import plans
from api.services.caller import Caller
from api.store.database import Database
from tests.clock import MovableClock
from tests.surfaces.graphql_calls import World, bearer, build_world, gid
from tests.surfaces.graphql_fuzz_sites import Batch, batches, sites, values_at
from tests.surfaces.graphql_fuzz_values import Case, drawn_cases, edge_values

GRAPHQL = schema._schema
# Documents drawn per root field of Query (sent anonymously and keyed) and of Mutation (keyed).
DRAWN_PER_QUERY = 48
DRAWN_PER_MUTATION = 20
NOT_LOGGED = "(no exception logged)"


@pytest.fixture
async def fuzz_client(database: Database) -> AsyncIterator[httpx.AsyncClient]:
    """The application over ASGI, with rate limits no run of this size reaches."""
    unlimited = RateLimits(per_key=10**9, per_anonymous_client=10**9)
    app = create_app(database, rates=unlimited)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://spoor.test"
    ) as http:
        yield http


@pytest.fixture
async def world(database: Database, caller: Caller) -> World:
    """A plan with one of everything and an admin key; published, so anonymous readers see it."""
    made = await build_world(database, caller)
    async with database.unit_of_work() as uow:
        published = plans.SetPlanStatus(plan_id=made.plan, status=PlanStatus.PUBLISHED)
        await plans.set_plan_status(uow, caller, published)
        await uow.commit()
    return made


def world_ids(world: World) -> dict[str, str]:
    """A real global id of the right type for each id an input or argument names."""
    plan, item = gid("Plan", world.plan), gid("Input", world.input)
    theme, goal = gid("Theme", world.theme), gid("Goal", world.goal)
    actor = gid("Actor", world.actor)
    return {
        "*": plan, "planId": plan, "inputId": item, "subjectId": item, "inputIds": item,
        "history.id": item, "trace.id": item, "node.id": item, "themeId": theme,
        "parentId": theme, "sourceId": theme, "nodeId": goal, "targetId": goal,
        "actionId": gid("Action", world.action), "linkId": gid("Link", world.input_link),
        "momentId": gid("Moment", world.moment), "actorId": actor, "ownerIds": actor,
        "partnerIds": actor, "keyId": gid("ApiKey", world.spare_key),
        "feedbackId": gid("Feedback", world.feedback),
        "endpointId": gid("WebhookEndpoint", world.webhook),
        "eventId": gid("Event", world.webhook_event),
        # The item `node(id:)` reaches, for each type it narrows to.
        "Plan": plan, "Input": item, "Finding": gid("Finding", world.finding), "Theme": theme,
        "Goal": goal, "ActionPlan": gid("ActionPlan", world.action_plan),
        "Action": gid("Action", world.action), "Link": gid("Link", world.goal_link),
        "Moment": gid("Moment", world.moment), "Actor": actor,
        "WebhookEndpoint": gid("WebhookEndpoint", world.webhook),
    }  # fmt: skip


@dataclass
class Failure:
    """One answer that broke the rule, and why."""

    case: Case
    keyed: bool
    verdict: str  # "HTTP 500", "masked"
    where: str  # the path of the masked error, or the root fields asked
    cause: str  # the exception behind it, as the log recorded it: its type and place
    detail: str  # and its message
    answer: str


@dataclass
class Run:
    """Sends cases and keeps what broke the rule."""

    client: httpx.AsyncClient
    admin_key: str
    clock: MovableClock
    failures: list[Failure] = field(default_factory=list)
    sent: int = 0
    ran: int = 0  # documents that ran, rather than being refused whole

    async def send(self, case: Case, *, keyed: bool) -> None:
        """Send one case; keep its failure."""
        _, failure = await self._post(case, keyed)
        if failure:
            self.failures.append(failure)

    async def send_batch(self, batch: Batch, *, keyed: bool) -> None:
        """Send a batch; each value it did not answer, and every value of a batch that failed,
        again alone, so that a failure names its own value."""
        if len(batch.alone) == 1:
            return await self.send(*batch.alone.values(), keyed=keyed)
        response, failure = await self._post(batch.case, keyed)
        if response is not None and failure is None:
            if batch.unreadable and 400 <= response.status_code < 500:
                return
            again = [alias for alias in batch.alone if alias not in answered(response)]
        else:
            again = list(batch.alone)
        before = len(self.failures)
        for alias in again:
            await self.send(batch.alone[alias], keyed=keyed)
        if failure and len(self.failures) == before:  # it fails only together
            self.failures.append(failure)

    async def _post(self, case: Case, keyed: bool) -> tuple[httpx.Response | None, Failure | None]:
        self.sent += 1
        # At a client's pace: the receipt limit (ten lookups a minute) lets lookups through.
        self.clock.advance(timedelta(seconds=7))
        headers = {
            "Content-Type": "application/json",
            "X-Request-Id": f"fuzz-{self.sent}",
            **bearer(self.admin_key if keyed else None),
        }
        with logged_exceptions() as logged:
            try:
                response = await self.client.post("/graphql", content=case.body(), headers=headers)
            except Exception as error:  # the app raised: the client saw a 500
                cause, detail = _cause(error)
                return None, Failure(case, keyed, "HTTP 500", _roots(case), cause, detail, "")
        verdict, where = judge(response)
        self.ran += _ran(response)
        if not verdict:
            return response, None
        found = next((e for e in logged if not isinstance(e, graphql.GraphQLError)), None)
        cause, detail = _cause(found) if found else (NOT_LOGGED, "")
        where = where or _roots(case)
        return response, Failure(case, keyed, verdict, where, cause, detail, response.text)

    def report(self) -> str:
        """Each cause once: where it struck, and its first offending query, variables and
        answer."""
        causes: dict[tuple[str, ...], list[Failure]] = {}
        for failure in self.failures:
            unknown = failure.cause == NOT_LOGGED  # then where it struck tells causes apart
            key = (failure.verdict, failure.cause, *([failure.where] if unknown else []))
            causes.setdefault(key, []).append(failure)
        lines = [f"{len(causes)} causes of failure in {len(self.failures)} of {self.sent} requests"]
        for (verdict, cause, *_), alike in sorted(causes.items()):
            first = alike[0]
            places = sorted({failure.where for failure in alike})
            more = f" and {len(places) - 8} more" if len(places) > 8 else ""
            caller = "admin key" if first.keyed else "anonymous"
            lines += [
                f"\n[{verdict}] {cause}: {first.detail}",
                f"  ×{len(alike)} at {', '.join(places[:8])}{more}",
                f"  query ({caller}): {_short(first.case.query, 600)}",
                f"  variables: {_short(repr(_shown(first.case.variables)), 600)}",
                f"  answer: {_short(first.answer, 400)}",
            ]
        return "\n".join(lines)


def _ran(response: httpx.Response) -> bool:
    """Whether the document ran: it has data, or errors of fields (a document refused whole,
    by the parser, validation or a variable, has neither)."""
    try:
        body = response.json()
    except ValueError:
        return False
    if not isinstance(body, dict):
        return False
    return body.get("data") is not None or any(e.get("path") for e in body.get("errors") or ())


def judge(response: httpx.Response) -> tuple[str | None, str | None]:
    """What is wrong with an answer, if anything, and the path where it struck."""
    if response.status_code >= 500:
        return f"HTTP {response.status_code}", None
    try:
        body = response.json()
    except ValueError:
        return None, None  # a 4xx refusal in another format: a clear answer all the same
    errors = body.get("errors") if isinstance(body, dict) else None
    for error in errors or []:
        code = (error.get("extensions") or {}).get("code")
        # The database stays up for the whole run: an error blamed on its absence hides one.
        if error.get("message", "").startswith("Unexpected error") or code in (
            "internal_error",
            "database_unavailable",
        ):
            path = [str(p) for p in error.get("path") or () if not isinstance(p, int)]
            return "masked", ".".join(path) or None
    return None, None


def answered(response: httpx.Response) -> set[str]:
    """The aliases and variables an answer speaks of: in its data, its errors' paths, and the
    variables its errors name."""
    try:
        body = response.json()
    except ValueError:
        return set()
    seen: set[str] = set()
    pending = [body.get("data")] if isinstance(body, dict) else []
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            seen.update(value)
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    for error in body.get("errors") or [] if isinstance(body, dict) else []:
        seen.update(str(step) for step in error.get("path") or ())
        seen.update(re.findall(r"\$(e\d+)", error.get("message", "")))
    return seen


@contextmanager
def logged_exceptions() -> Iterator[list[BaseException]]:
    """The exceptions logged (with a traceback) while the block runs."""
    found: list[BaseException] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.exc_info and record.exc_info[1] is not None:
                found.append(record.exc_info[1])

    handler = Keep(logging.WARNING)
    logging.getLogger().addHandler(handler)
    try:
        yield found
    finally:
        logging.getLogger().removeHandler(handler)


def _cause(error: BaseException) -> tuple[str, str]:
    """The innermost exception behind `error` and the last line of Spoor's code it passed
    (what tells causes apart), and its message."""
    innermost = error
    while (inner := innermost.__cause__ or innermost.__context__) is not None:
        innermost = inner
    ours = [
        frame
        for failing in (error, innermost)
        for frame in traceback.extract_tb(failing.__traceback__)
        if f"{os.sep}api{os.sep}" in frame.filename and ".venv" not in frame.filename
    ]
    place = f" at {ours[-1].filename.split(os.sep + 'api' + os.sep)[-1]}:{ours[-1].lineno}"
    message = str(innermost).splitlines()[0] if str(innermost) else ""
    return type(innermost).__name__ + (place if ours else ""), _short(message, 200)


def _roots(case: Case) -> str:
    try:
        document = graphql.parse(case.query)
    except graphql.GraphQLError:
        return "(unparsable)"
    names = [
        selection.name.value
        for definition in document.definitions
        if isinstance(definition, graphql.OperationDefinitionNode)
        for selection in definition.selection_set.selections
        if isinstance(selection, graphql.FieldNode)
    ]
    return ",".join(dict.fromkeys(names))


def _shown(value: Any) -> Any:
    """Variables as a person can read them: long strings cut, NaN named."""
    if isinstance(value, dict):
        return {key: _shown(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_shown(item) for item in value]
    if isinstance(value, str) and len(value) > 60:
        return f"{value[:20]}…({len(value)} chars)"
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


def _short(text: str, limit: int) -> str:
    squeezed = re.sub(r"(.)\1{40,}", lambda m: f"{m.group(1)}…×{len(m.group(0))}", text)
    return squeezed if len(squeezed) <= limit else squeezed[:limit] + "…"


def _other_types(world: World) -> Sequence[str]:
    # Where most arguments want a plan, an input or a node: an API key's and a feedback's ids.
    return [gid("ApiKey", world.spare_key), gid("Feedback", world.feedback)]


async def test_drawn_documents_never_fail_unexpectedly(
    fuzz_client: httpx.AsyncClient, world: World, clock: MovableClock
) -> None:
    # Real ids of every type, and one of no plan; the plan's first, as most arguments name one
    # (hypothesis draws the first of a list most).
    ids = [gid("Plan", world.plan), *sorted(set(world_ids(world).values()))]
    ids.append(gid("Plan", uuid.UUID(int=0)))
    run = Run(fuzz_client, world.admin, clock)
    drawn = drawn_cases(GRAPHQL, ids, per_query=DRAWN_PER_QUERY, per_mutation=DRAWN_PER_MUTATION)
    for operation, case in drawn:
        if operation == "query":  # a mutation is refused anonymously before it reads a value
            await run.send(case, keyed=False)
        await run.send(case, keyed=True)
    assert not run.failures, run.report()
    assert run.ran > run.sent / 3, f"only {run.ran} of {run.sent} documents ran: a fuzz of nothing"


async def test_every_argument_takes_the_edge_values_of_its_type(
    fuzz_client: httpx.AsyncClient, world: World, clock: MovableClock
) -> None:
    ids = world_ids(world)
    values = edge_values(GRAPHQL, _other_types(world))
    run = Run(fuzz_client, world.admin, clock)
    for site in sites(GRAPHQL):
        for batch in batches(GRAPHQL, site, values_at(site, values, ids), ids):
            if site.operation == "query":
                await run.send_batch(batch, keyed=False)
            await run.send_batch(batch, keyed=True)
    assert not run.failures, run.report()
    assert run.ran > run.sent / 3, f"only {run.ran} of {run.sent} documents ran: a fuzz of nothing"
