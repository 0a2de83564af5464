"""Loading what a use case acts on, scoped to the caller's tenant, or failing with NotFound."""

import uuid
from typing import TypeVar

from api.domain.errors import NotFound
from api.domain.trail import NodeKind
from api.services.caller import Caller
from api.store import plans as plan_store
from api.store import trail as trail_store
from api.store.models import Link, Node, Plan
from api.store.unit_of_work import UnitOfWork

N = TypeVar("N", bound=Node)


async def load_plan(uow: UnitOfWork, caller: Caller, plan_id: uuid.UUID) -> Plan:
    plan = await plan_store.get_plan(uow.session, tenant_id=caller.tenant_id, plan_id=plan_id)
    if plan is None or not _within_reach(caller, plan.id):
        raise NotFound(f"no plan with id {plan_id}", field="planId")
    return plan


async def load_node(
    uow: UnitOfWork,
    caller: Caller,
    node_id: uuid.UUID,
    kind: type[N],
    *,
    field: str = "id",
) -> N:
    """The node with this id, which must be of the given kind."""
    node = await trail_store.get_node(uow.session, tenant_id=caller.tenant_id, node_id=node_id)
    if not isinstance(node, kind) or not _within_reach(caller, node.plan_id):
        name = kind.__mapper__.polymorphic_identity or "node"
        raise NotFound(
            f"no {NodeKind(name) if name != 'node' else name} with id {node_id}", field=field
        )
    return node


async def load_link(uow: UnitOfWork, caller: Caller, link_id: uuid.UUID) -> Link:
    link = await trail_store.get_link(uow.session, tenant_id=caller.tenant_id, link_id=link_id)
    if link is None or not _within_reach(caller, link.plan_id):
        raise NotFound(f"no link with id {link_id}", field="linkId")
    return link


def _within_reach(caller: Caller, plan_id: uuid.UUID) -> bool:
    """A key restricted to one plan sees nothing of the tenant's other plans."""
    return caller.plan_id is None or caller.plan_id == plan_id
