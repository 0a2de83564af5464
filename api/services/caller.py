"""Who is asking: the tenant a request acts for and the name its changes are recorded under."""

import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class Caller:
    """A caller acting for one tenant; `actor` is who the event log names."""

    tenant_id: uuid.UUID
    actor: str
    actor_kind: str = "person"
    request_id: str | None = None
