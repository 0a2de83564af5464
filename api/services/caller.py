"""Who is asking: the tenant a request acts for and the name its changes are recorded under."""

import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class Caller:
    """An authenticated caller acting for one tenant."""

    tenant_id: uuid.UUID
    actor: str
