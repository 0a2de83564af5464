"""Tenants: the municipalities (or other organisations) that own their data."""

from api.domain.errors import Conflict
from api.domain.values import check_text
from api.services.caller import SYSTEM
from api.store import plans as plan_store
from api.store.models import Tenant
from api.store.unit_of_work import UnitOfWork


async def create_tenant(uow: UnitOfWork, *, name: str) -> Tenant:
    """Register a new tenant under a unique name."""
    name = check_text(name, field="name")
    if await plan_store.tenant_by_name(uow.session, name) is not None:
        raise Conflict(f"a tenant named {name!r} already exists", field="name")
    tenant = Tenant(name=name)
    await uow.add(tenant, caller=SYSTEM, event="tenant.created")
    return tenant


async def find_tenant(uow: UnitOfWork, *, name: str) -> Tenant | None:
    return await plan_store.tenant_by_name(uow.session, name)
