"""Links: the edges of the trail, each with a rationale, a decision and an author."""

import uuid

from api.domain.measures import check_text
from api.domain.trail import NodeKind, check_link
from api.domain.vocabulary import Decision, parse
from api.services.authorise import writes
from api.services.caller import Caller
from api.services.loading import load_link, load_node
from api.services.recording import record_change, state_before
from api.store import trail as trail_store
from api.store.models import Link, Node
from api.store.unit_of_work import UnitOfWork


@writes
async def create_link(
    uow: UnitOfWork,
    caller: Caller,
    *,
    source_id: uuid.UUID,
    target_id: uuid.UUID,
    rationale: str | None = None,
    decision: str = Decision.PROPOSED.value,
    author: str | None = None,
    reason: str | None = None,
) -> Link:
    """Link two nodes of one plan, in the direction the trail runs."""
    source = await load_node(uow, caller, source_id, Node, field="sourceId")
    target = await load_node(uow, caller, target_id, Node, field="targetId")
    check_link(
        source_id=source.id,
        source_kind=NodeKind(source.kind),
        source_plan=source.plan_id,
        target_id=target.id,
        target_kind=NodeKind(target.kind),
        target_plan=target.plan_id,
        already_linked=await trail_store.link_exists(
            uow.session, tenant_id=caller.tenant_id, source_id=source.id, target_id=target.id
        ),
    )
    link = Link(
        tenant_id=caller.tenant_id,
        plan_id=source.plan_id,
        source_id=source.id,
        source_kind=source.kind,
        target_id=target.id,
        target_kind=target.kind,
        rationale=_rationale(rationale),
        decision=parse(Decision, decision, field="decision").value,
        author=check_text(author or caller.actor, field="author", max_length=200),
    )
    uow.session.add(link)
    await uow.session.flush()
    await record_change(uow, caller, "link.created", link, None, reason=reason)
    return link


@writes
async def update_link(
    uow: UnitOfWork,
    caller: Caller,
    *,
    link_id: uuid.UUID,
    rationale: str | None = None,
    decision: str | None = None,
    reason: str | None = None,
) -> Link:
    """Change a link's rationale or decision; the ends of a link never change."""
    link = await load_link(uow, caller, link_id)
    before = await state_before(uow, link)
    if rationale is not None:
        link.rationale = _rationale(rationale)
    if decision is not None:
        link.decision = parse(Decision, decision, field="decision").value
    await uow.session.flush()
    await record_change(uow, caller, "link.updated", link, before, reason=reason)
    return link


@writes
async def delete_link(
    uow: UnitOfWork, caller: Caller, *, link_id: uuid.UUID, reason: str | None = None
) -> Link:
    """Remove a link from the trail."""
    link = await load_link(uow, caller, link_id)
    await remove_link(uow, caller, link, reason=reason)
    return link


async def remove_link(uow: UnitOfWork, caller: Caller, link: Link, *, reason: str | None) -> None:
    """Delete a loaded link and record it; deleting a node removes its links this way too."""
    before = await state_before(uow, link)
    await uow.session.delete(link)
    await uow.session.flush()
    await record_change(uow, caller, "link.deleted", link, before, deleted=True, reason=reason)


def _rationale(rationale: str | None) -> str | None:
    if rationale is None or not rationale.strip():
        return None
    return check_text(rationale, field="rationale")
