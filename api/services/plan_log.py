"""A plan's history in brief, for a reader who wants the milestones rather than every event:
when it was drafted, published and adopted, how much changed since, and whether the log that
says so is intact."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from api.domain.vocabulary import PlanStatus
from api.services.audit import Verification, verify_log
from api.services.caller import Caller
from api.services.reading import plan_for
from api.store import events as event_store
from api.store import plan_events as plan_event_store
from api.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class PlanLog:
    """The milestones of a plan's log, and the verification of its tenant's hash chain."""

    created_at: datetime | None
    published_at: datetime | None
    adopted_at: datetime | None
    events: int  # every event of the plan
    changes_since: int  # those after the latest milestone (adoption, else publication)
    last_change_at: datetime | None
    verification: Verification

    @property
    def since(self) -> str:
        """The milestone `changes_since` counts from."""
        if self.adopted_at:
            return PlanStatus.ADOPTED.value
        return PlanStatus.PUBLISHED.value if self.published_at else PlanStatus.DRAFT.value


async def plan_log(uow: UnitOfWork, caller: Caller | None, *, plan_id: uuid.UUID) -> PlanLog:
    """The plan's milestones, read from its events; public for a plan anyone may read.

    The log has no public rows: for an anonymous reader of a published plan the unit acts for
    the plan's tenant while the log is read (as the public event feed does), and only dates,
    counts and the chain's verdict leave this function, never an event.
    """
    plan = await plan_for(uow, caller, plan_id)
    if caller is None:
        await uow.act_for(plan.tenant_id)
    try:
        own = await event_store.events_about(
            uow.session, tenant_id=plan.tenant_id, subject_id=plan.id
        )
        reached: dict[str, tuple[datetime, int]] = {}
        for event in own:
            status = (event.payload.get("after") or {}).get("status")
            if status and status not in reached:
                reached[status] = (event.occurred_at, event.seq)
        milestone = next(
            (reached[s] for s in (PlanStatus.ADOPTED, PlanStatus.PUBLISHED) if s in reached),
            reached.get(PlanStatus.DRAFT, (None, 0)),
        )
        total, since, last = await plan_event_store.plan_log_counts(
            uow.session, tenant_id=plan.tenant_id, plan_id=plan.id, after_seq=milestone[1]
        )
        verification = await verify_log(uow, plan.tenant_id)
    finally:
        if caller is None:
            await uow.act_for(None)
    return PlanLog(
        created_at=own[0].occurred_at if own else None,
        published_at=reached.get(PlanStatus.PUBLISHED, (None, 0))[0],
        adopted_at=reached.get(PlanStatus.ADOPTED, (None, 0))[0],
        events=total,
        changes_since=since,
        last_change_at=last,
        verification=verification,
    )
