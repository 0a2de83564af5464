"""The version of what a caller can read: besides the question, what every answer is a function
of, because every change passes through the event log."""

from api.services.caller import Caller
from api.store import event_feed
from api.store.unit_of_work import UnitOfWork


async def readable_version(uow: UnitOfWork, caller: Caller | None) -> str:
    """The caller's tenant's last committed event seq; for an anonymous reader, a digest of the
    last seqs of every tenant that publishes a plan (the tenants it can read).

    One statement. Read before the answer's own reads in the same transaction: a write that
    commits meanwhile can then only make the answer newer than its version, never older.
    """
    if caller is None:
        return "public:" + await event_feed.public_heads(uow.session)
    return f"{caller.tenant_id}:{await event_feed.committed_head(uow.session, caller.tenant_id)}"
