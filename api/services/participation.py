"""Participation moments and actors: where input was gathered and who carries the actions."""

import uuid
from datetime import date

from api.domain.errors import Conflict, NotFound, ValidationFailed, expect_version
from api.domain.measures import check_count, check_text
from api.domain.vocabulary import MOMENT_METHODS, ActorKind, Channel, Phase, parse
from api.services.authorise import writes
from api.services.caller import Caller
from api.services.loading import load_plan
from api.services.recording import delete_recorded, record_change, state_before
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
    moment = ParticipationMoment(
        tenant_id=caller.tenant_id,
        plan_id=plan_id,
        title=check_text(title, field="title", max_length=300),
        held_on=held_on,
        method=_method(method),
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


def _method(method: str) -> str:
    value = parse(Channel, method, field="method")
    if value not in MOMENT_METHODS:
        raise ValidationFailed(
            f"{value} is a channel, not a method of a participation moment", field="method"
        )
    return value.value


async def load_moment(
    uow: UnitOfWork, caller: Caller, moment_id: uuid.UUID, expected_version: int | None = None
) -> ParticipationMoment:
    """A moment of the caller's tenant (and plan, for a plan's key), or NotFound."""
    moment = await plan_store.get_moment(
        uow.session, tenant_id=caller.tenant_id, moment_id=moment_id
    )
    if moment is None or caller.plan_id not in (None, moment.plan_id):
        raise NotFound(f"no participation moment with id {moment_id}", field="id")
    expect_version(moment.version, expected_version)
    return moment


@writes
async def update_moment(
    uow: UnitOfWork,
    caller: Caller,
    *,
    moment_id: uuid.UUID,
    title: str | None = None,
    held_on: date | None = None,
    method: str | None = None,
    phase: str | None = None,
    facilitator: str | None = None,
    participant_count: int | None = None,
    place: str | None = None,
    online: bool | None = None,
    expected_version: int | None = None,
    reason: str | None = None,
) -> ParticipationMoment:
    """Correct what is given of a moment's fields; what is not given stays as it is."""
    moment = await load_moment(uow, caller, moment_id, expected_version)
    before = await state_before(uow, moment)
    if title is not None:
        moment.title = check_text(title, field="title", max_length=300)
    if method is not None:
        moment.method = _method(method)
    if phase is not None:
        moment.phase = parse(Phase, phase, field="phase").value
    if participant_count is not None:
        moment.participant_count = check_count(participant_count, field="participantCount")
    moment.held_on = held_on or moment.held_on
    moment.facilitator = facilitator if facilitator is not None else moment.facilitator
    moment.place = place if place is not None else moment.place
    moment.online = online if online is not None else moment.online
    await uow.session.flush()
    await record_change(uow, caller, "moment.updated", moment, before, reason=reason)
    return moment


@writes
async def delete_moment(
    uow: UnitOfWork,
    caller: Caller,
    *,
    moment_id: uuid.UUID,
    expected_version: int | None = None,
    reason: str | None = None,
) -> ParticipationMoment:
    """Remove a moment no input points at; inputs keep their provenance."""
    moment = await load_moment(uow, caller, moment_id, expected_version)
    if await plan_store.moment_has_inputs(
        uow.session, tenant_id=caller.tenant_id, moment_id=moment.id
    ):
        raise Conflict("inputs were gathered at this moment; move them first", field="id")
    before = await state_before(uow, moment)
    await uow.session.delete(moment)
    await uow.session.flush()
    await record_change(uow, caller, "moment.deleted", moment, before, deleted=True, reason=reason)
    return moment


@writes
async def create_actor(
    uow: UnitOfWork, caller: Caller, *, name: str, kind: str, reason: str | None = None
) -> Actor:
    """Register a department or partner of the caller's tenant under a unique name."""
    caller.require_whole_tenant("register actors")
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


async def load_actor(
    uow: UnitOfWork, caller: Caller, actor_id: uuid.UUID, expected_version: int | None = None
) -> Actor:
    found = await plan_store.get_actors(
        uow.session, tenant_id=caller.tenant_id, actor_ids=[actor_id]
    )
    if not found:
        raise NotFound(f"no actor with id {actor_id}", field="id")
    expect_version(found[0].version, expected_version)
    return found[0]


@writes
async def update_actor(
    uow: UnitOfWork,
    caller: Caller,
    *,
    actor_id: uuid.UUID,
    name: str | None = None,
    kind: str | None = None,
    expected_version: int | None = None,
    reason: str | None = None,
) -> Actor:
    """Rename an actor or change its kind; names stay unique in the tenant."""
    caller.require_whole_tenant("change actors")
    actor = await load_actor(uow, caller, actor_id, expected_version)
    before = await state_before(uow, actor)
    if name is not None:
        name = check_text(name, field="name", max_length=200)
        existing = await plan_store.actor_by_name(
            uow.session, tenant_id=caller.tenant_id, name=name
        )
        if existing is not None and existing.id != actor.id:
            raise Conflict(f"an actor named {name!r} already exists", field="name")
        actor.name = name
    if kind is not None:
        actor.kind = parse(ActorKind, kind, field="kind").value
    await uow.session.flush()
    await record_change(uow, caller, "actor.updated", actor, before, reason=reason)
    return actor


@writes
async def delete_actor(
    uow: UnitOfWork,
    caller: Caller,
    *,
    actor_id: uuid.UUID,
    expected_version: int | None = None,
    reason: str | None = None,
) -> Actor:
    """Remove an actor that carries no action."""
    caller.require_whole_tenant("remove actors")
    actor = await load_actor(uow, caller, actor_id, expected_version)
    if await plan_store.actor_has_actions(
        uow.session, tenant_id=caller.tenant_id, actor_id=actor.id
    ):
        raise Conflict("this actor carries actions; take it off them first", field="id")
    await delete_recorded(uow, caller, "actor.deleted", actor, reason=reason)
    return actor
