"""Links: the edges of the trail, each with a rationale, a decision and an author."""

import uuid
from dataclasses import dataclass

from api.domain.errors import NotFound, ValidationFailed, expect_version
from api.domain.trail import NodeKind, check_link
from api.domain.values import check_text
from api.domain.vocabulary import Decision, parse
from api.services.authorise import writes
from api.services.caller import Caller
from api.services.loading import load_link, load_node
from api.store import reads
from api.store import trail as trail_store
from api.store.models import Input, Link, Node, Theme
from api.store.unit_of_work import UnitOfWork


@dataclass(frozen=True, kw_only=True)
class CreateLink:
    source_id: uuid.UUID
    target_id: uuid.UUID
    rationale: str | None = None
    decision: Decision = Decision.PROPOSED
    author: str | None = None
    reason: str | None = None


@writes
async def create_link(uow: UnitOfWork, caller: Caller, command: CreateLink) -> Link:
    """Link two nodes of one plan, in the direction the trail runs."""
    source = await load_node(uow, caller, command.source_id, Node, field="sourceId")
    target = await load_node(uow, caller, command.target_id, Node, field="targetId")
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
    link = _new_link(caller, source, target, command.rationale, command.decision, command.author)
    await uow.add(link, caller=caller, event="link.created", reason=command.reason)
    return link


# A bulk change is one transaction; beyond this many, a client sends several.
MAX_BULK = 500


@dataclass(frozen=True, kw_only=True)
class TagInputs:
    theme_id: uuid.UUID
    input_ids: tuple[uuid.UUID, ...]
    rationale: str | None = None
    decision: Decision = Decision.PROPOSED
    reason: str | None = None


@writes
async def tag_inputs(uow: UnitOfWork, caller: Caller, command: TagInputs) -> list[Link]:
    """Link many inputs to one theme at once; inputs already linked to it are left as they are.

    All or nothing: one unknown input, or one of another plan, refuses the whole request.
    """
    if not 0 < len(set(command.input_ids)) <= MAX_BULK:
        raise ValidationFailed(f"give between 1 and {MAX_BULK} inputs", field="inputIds")
    decision = parse(Decision, command.decision, field="decision")  # even when all are tagged
    theme = await load_node(uow, caller, command.theme_id, Theme, field="themeId")
    wanted = list(dict.fromkeys(command.input_ids))
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
        _new_link(caller, found[input_id], theme, command.rationale, decision, None)
        for input_id in wanted
        if input_id not in linked
    ]
    await uow.add_all(made, caller=caller, event="link.created", reason=command.reason)
    return made


@dataclass(frozen=True, kw_only=True)
class UpdateLink:
    link_id: uuid.UUID
    rationale: str | None = None
    decision: Decision | None = None
    expected_version: int | None = None
    reason: str | None = None


@writes
async def update_link(uow: UnitOfWork, caller: Caller, command: UpdateLink) -> Link:
    """Change a link's rationale or decision; the ends of a link never change."""
    link = await load_link(uow, caller, command.link_id)
    expect_version(link.version, command.expected_version)
    async with uow.change(link, caller=caller, event="link.updated", reason=command.reason):
        if command.rationale is not None:
            link.rationale = _rationale(command.rationale)
        if command.decision is not None:
            link.decision = parse(Decision, command.decision, field="decision").value
    return link


@dataclass(frozen=True, kw_only=True)
class DeleteLink:
    link_id: uuid.UUID
    reason: str | None = None
    expected_version: int | None = None


@writes
async def delete_link(uow: UnitOfWork, caller: Caller, command: DeleteLink) -> Link:
    """Remove a link from the trail."""
    link = await load_link(uow, caller, command.link_id)
    expect_version(link.version, command.expected_version)
    await remove_link(uow, caller, link, reason=command.reason)
    return link


async def remove_link(uow: UnitOfWork, caller: Caller, link: Link, *, reason: str | None) -> None:
    """Delete a loaded link and record it; deleting a node removes its links this way too."""
    await uow.delete(link, caller=caller, event="link.deleted", reason=reason)


def _new_link(
    caller: Caller,
    source: Node,
    target: Node,
    rationale: str | None,
    decision: Decision,
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
        author=check_text(author or caller.actor, field="author"),
    )


def _rationale(rationale: str | None) -> str | None:
    if rationale is None or not rationale.strip():
        return None
    return check_text(rationale, field="rationale")
