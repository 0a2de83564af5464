"""Finding one item a caller may read: a node of a plan by its id or by its external id, a node
of any kind, a link, a moment or an actor (the REST surface addresses items this way).

Access is decided as for every read (api/services/reading.py): a key reads its tenant's items
(or its one plan's), an anonymous caller those of published plans; anything else is not found.
"""

import uuid

from api.domain.errors import NotFound
from api.domain.trail import NodeKind
from api.domain.values import check_external_id
from api.services import browsing
from api.services.caller import Caller
from api.services.loading import load_node
from api.services.reading import nodes_by_ids, plan_for
from api.store import trail as trail_store
from api.store.models import Actor, Link, Node, ParticipationMoment
from api.store.unit_of_work import UnitOfWork


async def node_of_plan(
    uow: UnitOfWork,
    caller: Caller | None,
    *,
    plan_id: uuid.UUID,
    kind: NodeKind,
    node_id: uuid.UUID,
) -> Node:
    """The node of this kind and plan with this id."""
    found = (await nodes_by_ids(uow, caller, [node_id], kind)).get(node_id)
    if found is None or found.plan_id != plan_id:
        raise NotFound(f"no {kind} with id {node_id} in this plan", field="id")
    return found


async def node_by_external_id(
    uow: UnitOfWork, caller: Caller | None, *, plan_id: uuid.UUID, kind: NodeKind, external_id: str
) -> Node:
    """The node of this kind and plan that carries the external id.

    An input's external id points at its participant's case elsewhere, so anonymous callers
    cannot look inputs up by it (they do not see it either).
    """
    checked = check_external_id(external_id, field="externalId")
    plan = await plan_for(uow, caller, plan_id)
    missing = NotFound(
        f"no {kind} with external id {external_id!r} in this plan", field="externalId"
    )
    if checked is None or (caller is None and kind is NodeKind.INPUT):
        raise missing
    found = await trail_store.node_by_external_id(
        uow.session, tenant_id=plan.tenant_id, kind=kind.value, external_id=checked
    )
    if found is None or found.plan_id != plan.id:
        raise missing
    return found


async def readable_node(uow: UnitOfWork, caller: Caller | None, node_id: uuid.UUID) -> Node:
    """A node of any kind, which the caller must be allowed to read."""
    if caller is not None:
        return await load_node(uow, caller, node_id, Node)
    node = await trail_store.public_node(uow.session, node_id)
    if node is None:
        raise NotFound(f"no node with id {node_id}", field="id")
    await plan_for(uow, None, node.plan_id)  # anonymous readers: published plans only
    return node


async def link_of_plan(
    uow: UnitOfWork, caller: Caller | None, *, plan_id: uuid.UUID, link_id: uuid.UUID
) -> Link:
    found = (await browsing.links_by_ids(uow, caller, [link_id])).get(link_id)
    if found is None or found.plan_id != plan_id:
        raise NotFound(f"no link with id {link_id} in this plan", field="id")
    return found


async def moment_of_plan(
    uow: UnitOfWork, caller: Caller | None, *, plan_id: uuid.UUID, moment_id: uuid.UUID
) -> ParticipationMoment:
    found = (await browsing.readable_moments(uow, caller, [moment_id])).get(moment_id)
    if found is None or found.plan_id != plan_id:
        raise NotFound(f"no participation moment with id {moment_id} in this plan", field="id")
    return found


async def readable_actor(uow: UnitOfWork, caller: Caller | None, actor_id: uuid.UUID) -> Actor:
    found = (await browsing.readable_actors(uow, caller, [actor_id])).get(actor_id)
    if found is None:
        raise NotFound(f"no actor with id {actor_id}", field="id")
    return found
