"""Participation moments and actors: where input was gathered and who carries the actions."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from api.domain.errors import Conflict, NotFound, ValidationFailed, expect_version
from api.domain.values import check_count, check_text
from api.domain.vocabulary import MOMENT_METHODS, ActorKind, Channel, Phase, parse
from api.services.authorise import writes
from api.services.caller import Caller
from api.services.loading import load_plan
from api.store import plans as plan_store
from api.store.models import Actor, ParticipationMoment
from api.store.unit_of_work import UnitOfWork


@dataclass(frozen=True, kw_only=True)
class CreateMoment:
    plan_id: uuid.UUID
    title: str
    held_on: date
    method: Channel
    phase: Phase | None = None
    facilitator: str | None = None
    participant_count: int | None = None
    place: str | None = None
    online: bool = False
    reason: str | None = None


@writes
async def create_moment(
    uow: UnitOfWork, caller: Caller, command: CreateMoment
) -> ParticipationMoment:
    """Record a session or channel where input was gathered for a plan."""
    await load_plan(uow, caller, command.plan_id)
    moment = ParticipationMoment(
        tenant_id=caller.tenant_id,
        plan_id=command.plan_id,
        title=check_text(command.title, field="title"),
        held_on=command.held_on,
        method=_method(command.method),
        phase=parse(Phase, command.phase, field="phase").value if command.phase else None,
        facilitator=command.facilitator,
        participant_count=check_count(command.participant_count, field="participantCount"),
        place=command.place,
        online=command.online,
    )
    await uow.add(moment, caller=caller, event="moment.created", reason=command.reason)
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
        raise NotFound(f"no participation moment with id {moment_id}", field="momentId")
    expect_version(moment.version, expected_version)
    return moment


@dataclass(frozen=True, kw_only=True)
class UpdateMoment:
    moment_id: uuid.UUID
    title: str | None = None
    held_on: date | None = None
    method: Channel | None = None
    phase: Phase | None = None
    facilitator: str | None = None
    participant_count: int | None = None
    place: str | None = None
    online: bool | None = None
    expected_version: int | None = None
    reason: str | None = None


@writes
async def update_moment(
    uow: UnitOfWork, caller: Caller, command: UpdateMoment
) -> ParticipationMoment:
    """Correct what is given of a moment's fields; what is not given stays as it is."""
    moment = await load_moment(uow, caller, command.moment_id, command.expected_version)
    async with uow.change(moment, caller=caller, event="moment.updated", reason=command.reason):
        if command.title is not None:
            moment.title = check_text(command.title, field="title")
        if command.method is not None:
            moment.method = _method(command.method)
        if command.phase is not None:
            moment.phase = parse(Phase, command.phase, field="phase").value
        if command.participant_count is not None:
            moment.participant_count = check_count(
                command.participant_count, field="participantCount"
            )
        moment.held_on = command.held_on or moment.held_on
        if command.facilitator is not None:
            moment.facilitator = command.facilitator
        if command.place is not None:
            moment.place = command.place
        if command.online is not None:
            moment.online = command.online
    return moment


@dataclass(frozen=True, kw_only=True)
class DeleteMoment:
    moment_id: uuid.UUID
    expected_version: int | None = None
    reason: str | None = None


@writes
async def delete_moment(
    uow: UnitOfWork, caller: Caller, command: DeleteMoment
) -> ParticipationMoment:
    """Remove a moment no input points at; inputs keep their provenance."""
    moment = await load_moment(uow, caller, command.moment_id, command.expected_version)
    if await plan_store.moment_has_inputs(
        uow.session, tenant_id=caller.tenant_id, moment_id=moment.id
    ):
        raise Conflict("inputs were gathered at this moment; move them first", field="momentId")
    await uow.delete(moment, caller=caller, event="moment.deleted", reason=command.reason)
    return moment


@dataclass(frozen=True, kw_only=True)
class CreateActor:
    name: str
    kind: ActorKind
    reason: str | None = None


@writes
async def create_actor(uow: UnitOfWork, caller: Caller, command: CreateActor) -> Actor:
    """Register a department or partner of the caller's tenant under a unique name."""
    caller.require_whole_tenant("register actors")
    name = check_text(command.name, field="name")
    actor_kind = parse(ActorKind, command.kind, field="kind")
    existing = await plan_store.actor_by_name(uow.session, tenant_id=caller.tenant_id, name=name)
    if existing is not None:
        raise Conflict(f"an actor named {name!r} already exists", field="name")
    actor = Actor(tenant_id=caller.tenant_id, name=name, kind=actor_kind.value)
    await uow.add(actor, caller=caller, event="actor.created", reason=command.reason)
    return actor


async def require_actors(
    uow: UnitOfWork, caller: Caller, actor_ids: Sequence[uuid.UUID], *, field: str
) -> None:
    """Fail unless every id names an actor of the caller's tenant."""
    if not actor_ids:
        return
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
        raise NotFound(f"no actor with id {actor_id}", field="actorId")
    expect_version(found[0].version, expected_version)
    return found[0]


@dataclass(frozen=True, kw_only=True)
class UpdateActor:
    actor_id: uuid.UUID
    name: str | None = None
    kind: ActorKind | None = None
    expected_version: int | None = None
    reason: str | None = None


@writes
async def update_actor(uow: UnitOfWork, caller: Caller, command: UpdateActor) -> Actor:
    """Rename an actor or change its kind; names stay unique in the tenant."""
    caller.require_whole_tenant("change actors")
    actor = await load_actor(uow, caller, command.actor_id, command.expected_version)
    async with uow.change(actor, caller=caller, event="actor.updated", reason=command.reason):
        if command.name is not None:
            name = check_text(command.name, field="name")
            existing = await plan_store.actor_by_name(
                uow.session, tenant_id=caller.tenant_id, name=name
            )
            if existing is not None and existing.id != actor.id:
                raise Conflict(f"an actor named {name!r} already exists", field="name")
            actor.name = name
        if command.kind is not None:
            actor.kind = parse(ActorKind, command.kind, field="kind").value
    return actor


@dataclass(frozen=True, kw_only=True)
class DeleteActor:
    actor_id: uuid.UUID
    expected_version: int | None = None
    reason: str | None = None


@writes
async def delete_actor(uow: UnitOfWork, caller: Caller, command: DeleteActor) -> Actor:
    """Remove an actor that carries no action."""
    caller.require_whole_tenant("remove actors")
    actor = await load_actor(uow, caller, command.actor_id, command.expected_version)
    if await plan_store.actor_has_actions(
        uow.session, tenant_id=caller.tenant_id, actor_id=actor.id
    ):
        raise Conflict("this actor carries actions; take it off them first", field="actorId")
    await uow.delete(actor, caller=caller, event="actor.deleted", reason=command.reason)
    return actor
