"""Links: the edges of the trail, each with a rationale, a decision and an author."""

import uuid

from api.domain.errors import NotFound, ValidationFailed, expect_version
from api.domain.measures import check_text
from api.domain.trail import NodeKind, check_link
from api.domain.vocabulary import Decision, parse
from api.services.authorise import writes
from api.services.caller import Caller
from api.services.loading import load_link, load_node
from api.services.recording import delete_recorded, record_change, state_before
from api.store import reads
from api.store import trail as trail_store
from api.store.models import Input, Link, Node, Theme
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
    link = _new_link(caller, source, target, rationale, decision, author)
    uow.session.add(link)
    await uow.session.flush()
    await record_change(uow, caller, "link.created", link, None, reason=reason)
    return link


# A bulk change is one transaction; beyond this many, a client sends several.
MAX_BULK = 500


@writes
async def tag_inputs(
    uow: UnitOfWork,
    caller: Caller,
    *,
    theme_id: uuid.UUID,
    input_ids: list[uuid.UUID],
    rationale: str | None = None,
    decision: str = Decision.PROPOSED.value,
    reason: str | None = None,
) -> list[Link]:
    """Link many inputs to one theme at once; inputs already linked to it are left as they are.

    All or nothing: one unknown input, or one of another plan, refuses the whole request.
    """
    if not 0 < len(set(input_ids)) <= MAX_BULK:
        raise ValidationFailed(f"give between 1 and {MAX_BULK} inputs", field="inputIds")
    parse(Decision, decision, field="decision")  # refused even when every input is tagged
    theme = await load_node(uow, caller, theme_id, Theme, field="themeId")
    wanted = list(dict.fromkeys(input_ids))
    found = {
        node.id: node
        for node in await reads.nodes_by_ids(
            uow.session, wanted, NodeKind.INPUT.value, tenant_id=caller.tenant_id
        )
    }
    for index, input_id in enumerate(wanted):
        item = found.get(input_id)
        if not isinstance(item, Input) or item.plan_id != theme.plan_id:
            raise NotFound(f"no input with id {input_id} in this plan", field=f"inputIds[{index}]")
    linked = await trail_store.sources_linked_to(
        uow.session, tenant_id=caller.tenant_id, target_id=theme.id, source_ids=wanted
    )
    made = [
        _new_link(caller, found[input_id], theme, rationale, decision, None)
        for input_id in wanted
        if input_id not in linked
    ]
    uow.session.add_all(made)
    await uow.session.flush()
    for link in made:
        await record_change(uow, caller, "link.created", link, None, reason=reason)
    return made


@writes
async def update_link(
    uow: UnitOfWork,
    caller: Caller,
    *,
    link_id: uuid.UUID,
    rationale: str | None = None,
    decision: str | None = None,
    expected_version: int | None = None,
    reason: str | None = None,
) -> Link:
    """Change a link's rationale or decision; the ends of a link never change."""
    link = await load_link(uow, caller, link_id)
    expect_version(link.version, expected_version)
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
    uow: UnitOfWork,
    caller: Caller,
    *,
    link_id: uuid.UUID,
    reason: str | None = None,
    expected_version: int | None = None,
) -> Link:
    """Remove a link from the trail."""
    link = await load_link(uow, caller, link_id)
    expect_version(link.version, expected_version)
    await remove_link(uow, caller, link, reason=reason)
    return link


async def remove_link(uow: UnitOfWork, caller: Caller, link: Link, *, reason: str | None) -> None:
    """Delete a loaded link and record it; deleting a node removes its links this way too."""
    await delete_recorded(uow, caller, "link.deleted", link, reason=reason)


def _new_link(
    caller: Caller,
    source: Node,
    target: Node,
    rationale: str | None,
    decision: str,
    author: str | None,
) -> Link:
    return Link(
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


def _rationale(rationale: str | None) -> str | None:
    if rationale is None or not rationale.strip():
        return None
    return check_text(rationale, field="rationale")
