"""What became of my input: a citizen's receipt, answered without a key or personal data."""

from dataclasses import dataclass

from api.domain.errors import DomainError, NotFound
from api.domain.receipts import receipt_digest
from api.domain.trail import COMMITMENT_KINDS
from api.domain.translatable import resolve
from api.services import limits
from api.store import plans as plan_store
from api.store import traces as trace_store
from api.store import trail as trail_store
from api.store.models import Input
from api.store.unit_of_work import UnitOfWork

# Stricter than the general limit: codes must not be guessed by trying many.
LOOKUPS_PER_MINUTE = 10


class TooManyLookups(DomainError):
    """A client looked up too many receipts in a short time."""

    code = "rate_limited"

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many receipt lookups; retry after {retry_after} seconds")
        self.retry_after = retry_after


@dataclass(frozen=True)
class Commitment:
    """A goal, action plan or action an input reached: only what the plan publishes."""

    kind: str
    code: str | None
    title: str


@dataclass(frozen=True)
class Receipt:
    """An input's outcome as its author may see it."""

    plan_title: str
    status: str
    submitted_on: str
    reached: list[Commitment]


async def admit_lookup(uow: UnitOfWork, *, client: str) -> None:
    """Count a client's receipt lookup, refusing too many; commit it even if the lookup fails."""
    retry_after = await limits.admit(uow, bucket=f"receipt:{client}", limit=LOOKUPS_PER_MINUTE)
    if retry_after is not None:
        raise TooManyLookups(retry_after)


async def look_up(uow: UnitOfWork, *, code: str, locale: str | None = None) -> Receipt:
    """The outcome of the input a receipt code opens; unknown codes are simply not found."""
    owner = await trail_store.receipt_owner(uow.session, receipt_digest(code))
    if owner is None:
        raise NotFound("no input has this receipt code", field="code")
    tenant_id, input_id = owner
    await uow.act_for(tenant_id)
    item = await trail_store.get_node(uow.session, tenant_id=tenant_id, node_id=input_id)
    assert isinstance(item, Input)
    plan = await plan_store.get_plan(uow.session, tenant_id=item.tenant_id, plan_id=item.plan_id)
    assert plan is not None  # an input's plan cannot vanish (foreign key)
    _, downstream, _ = await trace_store.trace(
        uow.session, tenant_id=item.tenant_id, start_id=item.id, forward=True, depth=4
    )
    reached = sorted(
        (node for node in downstream.values() if node.kind in COMMITMENT_KINDS),
        key=lambda node: (node.kind, node.code or ""),
    )
    return Receipt(
        plan_title=resolve(plan.title, locale) or "",
        status=item.status,
        submitted_on=item.submitted_at.date().isoformat(),
        reached=[
            Commitment(node.kind, node.code, resolve(node.title, locale) or "") for node in reached
        ],
    )
