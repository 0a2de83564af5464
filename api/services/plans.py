"""Plans: creating, publishing and listing policy plans with their phases."""

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from api.domain.access import Scope, require_scope
from api.domain.errors import IllegalTransition, NotFound, ValidationFailed, expect_version
from api.domain.translatable import optional_translations, translations
from api.domain.values import check_period
from api.domain.vocabulary import Phase, PlanStatus, parse
from api.services.authorise import writes
from api.services.caller import Caller
from api.services.loading import load_plan
from api.services.pagination import Page, decode_cursor, encode_cursor, page_size
from api.store import plans as plan_store
from api.store.input_pages import InputFilter, input_counts
from api.store.models import Plan, PlanPhase
from api.store.unit_of_work import UnitOfWork

PUBLIC_STATUSES = (PlanStatus.PUBLISHED.value, PlanStatus.ADOPTED.value)

# A plan moves forward only: drafted, published for participation, adopted by the council.
PLAN_TRANSITIONS = {
    PlanStatus.DRAFT: {PlanStatus.PUBLISHED},
    PlanStatus.PUBLISHED: {PlanStatus.ADOPTED},
    PlanStatus.ADOPTED: set(),
}


class PhaseDates(NamedTuple):
    """A phase of a plan and the days it runs (named, so a refusal names the field)."""

    phase: Phase
    starts_on: date
    ends_on: date


@dataclass(frozen=True, kw_only=True)
class CreatePlan:
    title: str | Mapping[str, str]
    period_start: date
    period_end: date
    description: str | Mapping[str, str] | None = None
    phases: tuple[PhaseDates, ...] = ()
    reason: str | None = None


@writes
async def create_plan(uow: UnitOfWork, caller: Caller, command: CreatePlan) -> Plan:
    """Create a draft plan for the caller's tenant, with the dates of its phases."""
    caller.require_whole_tenant("create plans")
    check_period(command.period_start, command.period_end, field="periodEnd")
    phases = _phase_rows(command.phases)
    plan = Plan(
        tenant_id=caller.tenant_id,
        title=translations(command.title, field="title"),
        description=optional_translations(command.description, field="description"),
        period_start=command.period_start,
        period_end=command.period_end,
        status=PlanStatus.DRAFT.value,
    )
    await uow.add(plan, caller=caller, event="plan.created", reason=command.reason, parts=phases)
    return plan


@dataclass(frozen=True, kw_only=True)
class UpdatePlan:
    plan_id: uuid.UUID
    title: str | Mapping[str, str] | None = None
    description: str | Mapping[str, str] | None = None
    period_start: date | None = None
    period_end: date | None = None
    phases: tuple[PhaseDates, ...] | None = None
    expected_version: int | None = None
    reason: str | None = None


@writes
async def update_plan(uow: UnitOfWork, caller: Caller, command: UpdatePlan) -> Plan:
    """Change what is given of a plan's title, description, period and phases."""
    plan = await load_plan(uow, caller, command.plan_id)
    expect_version(plan.version, command.expected_version)
    start = command.period_start or plan.period_start
    end = command.period_end or plan.period_end
    check_period(start, end, field="periodEnd")
    phases = _phase_rows(command.phases) if command.phases is not None else None
    async with uow.change(plan, caller=caller, event="plan.updated", reason=command.reason):
        if command.title is not None:
            plan.title = translations(command.title, field="title")
        if command.description is not None:
            plan.description = optional_translations(command.description, field="description")
        plan.period_start, plan.period_end = start, end
        # The version moves with every change, including one to the phases alone.
        plan.updated_at = uow.clock()
        if phases is not None:
            await uow.replace_parts(plan, phases)
    return plan


def _phase_rows(phases: Sequence[PhaseDates]) -> list[PlanPhase]:
    """The plan's part-rows: its phases, each given once (the unit of work names the plan)."""
    checked: dict[Phase, PlanPhase] = {}
    for index, (name, starts_on, ends_on) in enumerate(phases):
        phase = parse(Phase, name, field=f"phases[{index}].phase")
        if phase in checked:
            raise ValidationFailed(f"phase {phase} is given twice", field=f"phases[{index}]")
        check_period(starts_on, ends_on, field=f"phases[{index}].endsOn")
        checked[phase] = PlanPhase(phase=phase.value, starts_on=starts_on, ends_on=ends_on)
    return list(checked.values())


@dataclass(frozen=True, kw_only=True)
class SetPlanStatus:
    plan_id: uuid.UUID
    status: PlanStatus
    reason: str | None = None
    expected_version: int | None = None


@writes
async def set_plan_status(uow: UnitOfWork, caller: Caller, command: SetPlanStatus) -> Plan:
    """Publish or adopt a plan; a plan never goes back to an earlier status."""
    plan = await load_plan(uow, caller, command.plan_id)
    expect_version(plan.version, command.expected_version)
    current = PlanStatus(plan.status)
    wanted = parse(PlanStatus, command.status, field="status")
    if wanted not in PLAN_TRANSITIONS[current]:
        raise IllegalTransition(f"a plan cannot go from {current} to {wanted}", field="status")
    event = "plan.status_changed"
    async with uow.change(plan, caller=caller, event=event, reason=command.reason):
        plan.status = wanted.value
    return plan


async def list_plans(
    uow: UnitOfWork, caller: Caller | None, *, first: int | None = None, after: str | None = None
) -> Page[Plan]:
    """The plans a caller may read, in creation order.

    Anonymous readers see every tenant's published and adopted plans; a key sees its tenant's
    plans in any status, or only its one plan when it is bound to one.
    """
    limit = page_size(first)
    tenant_id = caller.tenant_id if caller else None
    statuses = None if caller else PUBLIC_STATUSES
    plan_id = caller.plan_id if caller else None
    if caller is not None:
        require_scope(caller.scopes, Scope.READ)
    rows = await plan_store.page_of_plans(
        uow.session,
        tenant_id=tenant_id,
        plan_id=plan_id,
        statuses=statuses,
        after=decode_cursor(after),
        limit=limit + 1,
    )
    total = await plan_store.count_plans(
        uow.session, tenant_id=tenant_id, plan_id=plan_id, statuses=statuses
    )
    items = list(rows[:limit])
    return Page(
        items=items,
        cursors=[encode_cursor(plan.created_at, plan.id) for plan in items],
        has_next_page=len(rows) > limit,
        total_count=total,
    )


async def count_inputs(
    uow: UnitOfWork, plan_keys: Sequence[tuple[uuid.UUID, uuid.UUID]]
) -> dict[tuple[uuid.UUID, uuid.UUID], int]:
    """The number of inputs of each plan, keyed by (tenant, plan), in one query."""
    return await input_counts(uow.session, plan_keys, InputFilter())


async def maintainer_of(uow: UnitOfWork, plan_id: uuid.UUID, *, actor: str) -> Caller:
    """The caller the command line acts as for a plan: its municipality, with every scope.

    For maintenance only: the command line runs as the database's owner, so it may name a plan
    of any tenant by its id alone, as no API caller can.
    """
    plan = await plan_store.public_plan(uow.session, plan_id)
    if plan is None:
        raise NotFound(f"no plan with id {plan_id}", field="plan")
    return Caller(tenant_id=plan.tenant_id, actor=actor, actor_kind="system")
