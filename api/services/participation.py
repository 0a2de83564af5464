"""Participation moments and actors: where input was gathered and who carries the actions."""

import uuid
from datetime import date

from api.domain.errors import Conflict, ValidationFailed
from api.domain.measures import check_count, check_text
from api.domain.vocabulary import MOMENT_METHODS, ActorKind, Channel, Phase, parse
from api.services.authorise import writes
from api.services.caller import Caller
from api.services.loading import load_plan
from api.services.recording import record_change
from api.store import plans as plan_store
from api.store.models import Actor, ParticipationMoment
from api.store.unit_of_work import UnitOfWork


@writes
async def create_moment(
    uow: UnitOfWork,
    caller: Caller,
    *,
    plan_id: uuid.UUID,
    title: str,
    held_on: date,
    method: str,
    phase: str | None = None,
    facilitator: str | None = None,
    participant_count: int | None = None,
    place: str | None = None,
    online: bool = False,
    reason: str | None = None,
) -> ParticipationMoment:
    """Record a session or channel where input was gathered for a plan."""
    await load_plan(uow, caller, plan_id)
    method_value = parse(Channel, method, field="method")
    if method_value not in MOMENT_METHODS:
        raise ValidationFailed(
            f"{method_value} is a channel, not a method of a participation moment", field="method"
        )
    moment = ParticipationMoment(
        tenant_id=caller.tenant_id,
        plan_id=plan_id,
        title=check_text(title, field="title", max_length=300),
        held_on=held_on,
        method=method_value.value,
        phase=parse(Phase, phase, field="phase").value if phase else None,
        facilitator=facilitator,
        participant_count=check_count(participant_count, field="participantCount"),
        place=place,
        online=online,
    )
    uow.session.add(moment)
    await uow.session.flush()
    await record_change(uow, caller, "moment.created", moment, None, reason=reason)
    return moment


@writes
async def create_actor(
    uow: UnitOfWork, caller: Caller, *, name: str, kind: str, reason: str | None = None
) -> Actor:
    """Register a department or partner of the caller's tenant under a unique name."""
    name = check_text(name, field="name", max_length=200)
    actor_kind = parse(ActorKind, kind, field="kind")
    existing = await plan_store.actor_by_name(uow.session, tenant_id=caller.tenant_id, name=name)
    if existing is not None:
        raise Conflict(f"an actor named {name!r} already exists", field="name")
    actor = Actor(tenant_id=caller.tenant_id, name=name, kind=actor_kind.value)
    uow.session.add(actor)
    await uow.session.flush()
    await record_change(uow, caller, "actor.created", actor, None, reason=reason)
    return actor


async def require_actors(
    uow: UnitOfWork, caller: Caller, actor_ids: list[uuid.UUID], *, field: str
) -> None:
    """Fail unless every id names an actor of the caller's tenant."""
    found = await plan_store.get_actors(
        uow.session, tenant_id=caller.tenant_id, actor_ids=actor_ids
    )
    missing = set(actor_ids) - {actor.id for actor in found}
    if missing:
        raise ValidationFailed(
            f"no actor with id {', '.join(sorted(map(str, missing)))}", field=field
        )
