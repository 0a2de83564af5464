"""Who is asking: the tenant a request acts for and the name its changes are recorded under."""

import uuid
from dataclasses import dataclass, field

from api.domain.access import ALL_SCOPES
from api.domain.errors import Forbidden


@dataclass(frozen=True)
class Caller:
    """A caller acting for one tenant; `actor` is who the event log names.

    A caller made from an API key carries that key's scopes and plan restriction; callers made
    inside Spoor (the command line, the demo loader) act with every scope.
    """

    tenant_id: uuid.UUID
    actor: str
    actor_kind: str = "person"
    request_id: str | None = None
    key_id: uuid.UUID | None = None
    scopes: frozenset[str] = field(default_factory=lambda: frozenset(ALL_SCOPES))
    plan_id: uuid.UUID | None = None

    def require_whole_tenant(self, what: str) -> None:
        """Refuse a key bound to one plan a change that reaches beyond that plan."""
        if self.plan_id is not None:
            raise Forbidden(f"a key bound to one plan cannot {what}")


# Spoor itself, for what no tenant's caller does (registering a tenant).
SYSTEM = Caller(tenant_id=uuid.UUID(int=0), actor="spoor", actor_kind="system")
