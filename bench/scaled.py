"""The demo plan scaled up: COPIES copies of its structure and inputs in one plan of its tenant.

The demo is loaded once through `load_demo`; its plan is read back (nodes, links, moments,
action actors) and written again COPIES times into a second plan of the demo tenant, through the
services, each code (and external id) suffixed with the copy's number. Copies share the plan's
participation moments and the tenant's actors; contact details are not copied, receipt codes are
new. Each copy is one unit of work (about 900 use cases, one commit); writing is Python-bound,
so the copies are shared out over one process per core.
"""

import asyncio
import multiprocessing
import time
import uuid
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from api.demo.loader import ACTION_PATHS, load_demo
from api.domain.status import InputStatus
from api.services import actions, inputs, links, participation, plans, structure
from api.services.caller import Caller
from api.services.loading import load_plan
from api.store.database import Database
from api.store.models import Action, ActionActor, Input, Link, Node, ParticipationMoment, Theme
from api.store.unit_of_work import UnitOfWork
from bench.setup import quiet_warnings

LOADER = "bench loader"


@dataclass
class Source:
    """The demo plan as read back from the database: what every copy repeats."""

    tenant_id: uuid.UUID
    plan_id: uuid.UUID
    moments: list[ParticipationMoment]
    nodes: list[Node]  # in the order they were created
    links: list[Link]
    owners: dict[uuid.UUID, list[uuid.UUID]] = field(default_factory=dict)
    partners: dict[uuid.UUID, list[uuid.UUID]] = field(default_factory=dict)

    def counts(self) -> Counter[str]:
        """Nodes per kind, and links."""
        return Counter([node.kind for node in self.nodes] + ["link"] * len(self.links))


@dataclass(frozen=True)
class ScaledPlan:
    """The demo plan and its scaled copy, in one tenant."""

    tenant_id: uuid.UUID
    demo_plan_id: uuid.UUID
    plan_id: uuid.UUID
    copies: int
    seconds: float
    counts: dict[str, int]
    expected: dict[str, int]

    @property
    def ok(self) -> bool:
        return self.counts == self.expected


async def read_source(uow: UnitOfWork, tenant_id: uuid.UUID, plan_id: uuid.UUID) -> Source:
    """Everything of a plan that a copy repeats, in creation order."""
    session = uow.session
    moments = await session.scalars(
        select(ParticipationMoment)
        .where(ParticipationMoment.tenant_id == tenant_id, ParticipationMoment.plan_id == plan_id)
        .order_by(ParticipationMoment.created_at, ParticipationMoment.id)
    )
    nodes = await session.scalars(
        select(Node)
        .where(Node.tenant_id == tenant_id, Node.plan_id == plan_id)
        .order_by(Node.created_at, Node.id)
    )
    plan_links = await session.scalars(
        select(Link)
        .where(Link.tenant_id == tenant_id, Link.plan_id == plan_id)
        .order_by(Link.created_at, Link.id)
    )
    source = Source(tenant_id, plan_id, list(moments), list(nodes.all()), list(plan_links))
    actors = await session.scalars(select(ActionActor).where(ActionActor.tenant_id == tenant_id))
    roles: dict[str, dict[uuid.UUID, list[uuid.UUID]]] = {
        "owner": defaultdict(list),
        "partner": defaultdict(list),
    }
    for row in actors:
        roles[row.role][row.action_id].append(row.actor_id)
    source.owners, source.partners = dict(roles["owner"]), dict(roles["partner"])
    return source


def _code(code: str | None, copy: int) -> str | None:
    return None if code is None else f"{code}-{copy:03d}"


async def _copy_structure(
    uow: UnitOfWork, caller: Caller, plan_id: uuid.UUID, source: Source, copy: int
) -> dict[uuid.UUID, uuid.UUID]:
    """Themes, findings, goals, action plans and actions (with their status) of one copy."""
    ids: dict[uuid.UUID, uuid.UUID] = {}
    for node in source.nodes:
        common: dict[str, Any] = {
            "plan_id": plan_id,
            "code": _code(node.code, copy),
            "title": node.title,
            "description": node.description,
        }
        made: Node
        if isinstance(node, Theme):
            parent = ids[node.parent_id] if node.parent_id else None
            made = await structure.create_theme(
                uow, caller, structure.CreateTheme(parent_id=parent, **common)
            )
        elif node.kind == "finding":
            made = await structure.create_finding(uow, caller, structure.CreateFinding(**common))
        elif node.kind == "goal":
            made = await structure.create_goal(
                uow, caller, structure.CreateGoal(priority=node.priority, **common)
            )
        elif node.kind == "action_plan":
            made = await structure.create_action_plan(
                uow, caller, structure.CreateActionPlan(priority=node.priority, **common)
            )
        elif isinstance(node, Action):
            made = await _copy_action(uow, caller, source, node, common)
        else:
            continue  # inputs come after the structure
        ids[node.id] = made.id
    for link in source.links:
        if link.source_id in ids:
            await _copy_link(uow, caller, link, ids)
    return ids


async def _copy_action(
    uow: UnitOfWork, caller: Caller, source: Source, action: Action, common: dict[str, Any]
) -> Action:
    made = await actions.create_action(
        uow,
        caller,
        actions.CreateAction(
            priority=action.priority,
            weight=action.weight,
            starts_on=action.starts_on,
            ends_on=action.ends_on,
            budget=action.budget,
            owners=source.owners.get(action.id, []),
            partners=source.partners.get(action.id, []),
            **common,
        ),
    )
    for step in ACTION_PATHS[action.status]:
        await actions.set_action_status(
            uow, caller, actions.SetActionStatus(action_id=made.id, status=step.value)
        )
    if action.progress and made.progress != action.progress:
        await actions.set_progress(
            uow, caller, actions.SetProgress(action_id=made.id, progress=action.progress)
        )
    return made


async def _copy_link(
    uow: UnitOfWork, caller: Caller, link: Link, ids: dict[uuid.UUID, uuid.UUID]
) -> None:
    await links.create_link(
        uow,
        caller,
        links.CreateLink(
            source_id=ids[link.source_id],
            target_id=ids[link.target_id],
            rationale=link.rationale,
            decision=link.decision,
        ),
    )


async def _copy_inputs(
    uow: UnitOfWork,
    caller: Caller,
    plan_id: uuid.UUID,
    source: Source,
    copy: int,
    ids: dict[uuid.UUID, uuid.UUID],
    moments: dict[uuid.UUID, uuid.UUID],
) -> None:
    """The inputs of one copy, each linked and taken to the status it has in the demo."""
    links_from: dict[uuid.UUID, list[Link]] = defaultdict(list)
    for link in source.links:
        links_from[link.source_id].append(link)
    for node in source.nodes:
        if not isinstance(node, Input):
            continue
        made = await inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=plan_id,
                text=node.text,
                channel=node.channel,
                participant_type=node.participant_type,
                moment_id=moments[node.moment_id] if node.moment_id else None,
                language=node.language,
                submitted_at=node.submitted_at,
                external_id=_code(node.external_id, copy),
            ),
        )
        ids[node.id] = made.id
        if node.status != InputStatus.RECEIVED:
            await inputs.set_input_status(
                uow, caller, inputs.SetInputStatus(input_id=made.id, status=InputStatus.IN_REVIEW)
            )
        for link in links_from[node.id]:
            await _copy_link(uow, caller, link, ids)
        if node.status in (InputStatus.ADDRESSED, InputStatus.NOT_RETAINED):
            await inputs.set_input_status(
                uow,
                caller,
                inputs.SetInputStatus(
                    input_id=made.id, status=node.status, reason=node.status_reason
                ),
            )


async def _copy_moments(
    uow: UnitOfWork, caller: Caller, plan_id: uuid.UUID, source: Source
) -> dict[uuid.UUID, uuid.UUID]:
    moments: dict[uuid.UUID, uuid.UUID] = {}
    for moment in source.moments:
        made = await participation.create_moment(
            uow,
            caller,
            participation.CreateMoment(
                plan_id=plan_id,
                title=moment.title,
                held_on=moment.held_on,
                method=moment.method,
                phase=moment.phase,
                facilitator=moment.facilitator,
                participant_count=moment.participant_count,
                place=moment.place,
                online=moment.online,
            ),
        )
        moments[moment.id] = made.id
    return moments


async def _counts(uow: UnitOfWork, tenant_id: uuid.UUID, plan_id: uuid.UUID) -> dict[str, int]:
    by_kind = await uow.session.execute(
        select(Node.kind, func.count())
        .where(Node.tenant_id == tenant_id, Node.plan_id == plan_id)
        .group_by(Node.kind)
    )
    found = {kind: count for kind, count in by_kind.all()}
    found["link"] = (
        await uow.session.scalar(
            select(func.count()).where(Link.tenant_id == tenant_id, Link.plan_id == plan_id)
        )
        or 0
    )
    return dict(sorted(found.items()))


@dataclass(frozen=True)
class Share:
    """The copies one process writes, and where."""

    url: str
    tenant_id: uuid.UUID
    demo_plan_id: uuid.UUID
    plan_id: uuid.UUID
    moments: dict[uuid.UUID, uuid.UUID]  # the demo's moments → the scaled plan's
    copies: list[int]
    total: int  # copies in all, over every process


def _write_share(share: Share) -> None:
    """In a process of its own: write some of the copies, one unit of work each."""
    quiet_warnings()
    asyncio.run(_write_copies(share))


async def _write_copies(share: Share) -> None:
    database = Database.connect(share.url, pool_size=1)
    caller = Caller(tenant_id=share.tenant_id, actor=LOADER)
    plan_id, started = share.plan_id, time.perf_counter()
    try:
        async with database.unit_of_work() as uow:
            source = await read_source(uow, share.tenant_id, share.demo_plan_id)
        for done, copy in enumerate(share.copies, 1):
            async with database.unit_of_work() as uow:
                ids = await _copy_structure(uow, caller, plan_id, source, copy)
                await _copy_inputs(uow, caller, plan_id, source, copy, ids, share.moments)
                await uow.commit()
            if share.copies[0] == 0 and (done % 10 == 0 or done == len(share.copies)):
                written = done * share.total // len(share.copies)
                elapsed = time.perf_counter() - started
                print(f"  about {written}/{share.total} copies, {elapsed:5.1f} s", flush=True)
    finally:
        await database.dispose()


async def build(url: str, copies: int, processes: int) -> ScaledPlan:
    """Load the demo, then write `copies` copies of its plan into one new plan of its tenant.

    The copies are shared out over `processes` processes: writing is Python-bound, and a
    process has one core at most.
    """
    database = Database.connect(url, pool_size=1)
    try:
        async with database.unit_of_work() as uow:
            demo = await load_demo(uow)
            await uow.commit()
        caller = Caller(tenant_id=demo.tenant_id, actor=LOADER)
        started = time.perf_counter()
        async with database.unit_of_work() as uow:
            source = await read_source(uow, demo.tenant_id, demo.plan_id)
            demo_plan = await load_plan(uow, caller, demo.plan_id)
            plan = await plans.create_plan(
                uow,
                caller,
                plans.CreatePlan(
                    title={key: f"{value} (×{copies})" for key, value in demo_plan.title.items()},
                    period_start=demo_plan.period_start,
                    period_end=demo_plan.period_end,
                ),
            )
            moments = await _copy_moments(uow, caller, plan.id, source)
            await uow.commit()
        loop = asyncio.get_running_loop()
        spawn = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=processes, mp_context=spawn) as pool:
            shares = [
                Share(url, demo.tenant_id, demo.plan_id, plan.id, moments, part, copies)
                for part in (list(range(copies))[n::processes] for n in range(processes))
                if part
            ]
            await asyncio.gather(*(loop.run_in_executor(pool, _write_share, s) for s in shares))
        async with database.unit_of_work() as uow:
            await plans.set_plan_status(
                uow, caller, plans.SetPlanStatus(plan_id=plan.id, status="published")
            )
            await uow.commit()
        seconds = time.perf_counter() - started
        async with database.unit_of_work() as uow:
            counts = await _counts(uow, demo.tenant_id, plan.id)
    finally:
        await database.dispose()
    expected = {kind: count * copies for kind, count in sorted(source.counts().items())}
    return ScaledPlan(
        demo.tenant_id, demo.plan_id, plan.id, copies, round(seconds, 1), counts, expected
    )
