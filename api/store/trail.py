"""Queries about the trail graph: nodes, links and the theme tree."""

import uuid
from collections.abc import Sequence

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.arrays import among
from api.store.models import ActionActor, Link, Node, Theme


async def get_node(
    session: AsyncSession, *, tenant_id: uuid.UUID, node_id: uuid.UUID
) -> Node | None:
    """A node of any kind, loaded as its own class with all its fields."""
    return await session.get(Node, (tenant_id, node_id))


async def get_link(
    session: AsyncSession, *, tenant_id: uuid.UUID, link_id: uuid.UUID
) -> Link | None:
    return await session.get(Link, (tenant_id, link_id))


async def link_exists(
    session: AsyncSession, *, tenant_id: uuid.UUID, source_id: uuid.UUID, target_id: uuid.UUID
) -> bool:
    query = select(func.count()).where(
        Link.tenant_id == tenant_id, Link.source_id == source_id, Link.target_id == target_id
    )
    return bool(await session.scalar(query))


async def sources_linked_to(
    session: AsyncSession,
    *,
    tenant_id: uuid.UUID,
    target_id: uuid.UUID,
    source_ids: Sequence[uuid.UUID],
) -> set[uuid.UUID]:
    """Which of these nodes already link to the target."""
    query = select(Link.source_id).where(
        Link.tenant_id == tenant_id, Link.target_id == target_id, among(Link.source_id, source_ids)
    )
    return set((await session.scalars(query)).all())


async def links_touching(
    session: AsyncSession, *, tenant_id: uuid.UUID, node_id: uuid.UUID
) -> Sequence[Link]:
    """Every link that starts or ends at the node."""
    query = select(Link).where(
        Link.tenant_id == tenant_id, (Link.source_id == node_id) | (Link.target_id == node_id)
    )
    return (await session.scalars(query.order_by(Link.created_at, Link.id))).all()


async def theme_parents(
    session: AsyncSession, *, tenant_id: uuid.UUID, plan_id: uuid.UUID
) -> dict[uuid.UUID, uuid.UUID | None]:
    """The parent of every theme of a plan."""
    query = select(Theme.id, Theme.parent_id).where(
        Theme.tenant_id == tenant_id, Theme.plan_id == plan_id
    )
    return {theme_id: parent_id for theme_id, parent_id in (await session.execute(query)).all()}


async def has_sub_themes(
    session: AsyncSession, *, tenant_id: uuid.UUID, theme_id: uuid.UUID
) -> bool:
    query = select(func.count()).where(Theme.tenant_id == tenant_id, Theme.parent_id == theme_id)
    return bool(await session.scalar(query))


async def action_actors(
    session: AsyncSession, *, tenant_id: uuid.UUID, action_id: uuid.UUID
) -> Sequence[ActionActor]:
    query = select(ActionActor).where(
        ActionActor.tenant_id == tenant_id, ActionActor.action_id == action_id
    )
    return (await session.scalars(query)).all()


async def node_by_external_id(
    session: AsyncSession, *, tenant_id: uuid.UUID, kind: str, external_id: str
) -> Node | None:
    """The node of this kind that carries the external id (unique per tenant and kind)."""
    query = select(Node).where(
        Node.tenant_id == tenant_id, Node.kind == kind, Node.external_id == external_id
    )
    return await session.scalar(query)


async def nodes_by_external_ids(
    session: AsyncSession, *, tenant_id: uuid.UUID, kind: str, external_ids: Sequence[str]
) -> Sequence[Node]:
    """The nodes of this kind that carry any of the external ids, in one statement, locked
    until the transaction ends (a bulk change writes them without checking their versions)."""
    # Planned for these very ids: a plan cached for any ids cannot hash the array, and then
    # compares every node of the tenant with every id (seconds, for ten thousand rows).
    await session.execute(text("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)"))
    query = (
        select(Node)
        .where(
            Node.tenant_id == tenant_id,
            Node.kind == kind,
            among(Node.external_id, external_ids, texts=True),
        )
        .with_for_update(of=Node.__table__)
    )
    return (await session.scalars(query)).all()


async def code_taken(
    session: AsyncSession,
    *,
    tenant_id: uuid.UUID,
    plan_id: uuid.UUID,
    kind: str,
    code: str,
    other_than: uuid.UUID | None = None,
) -> bool:
    query = select(func.count()).where(
        Node.tenant_id == tenant_id, Node.plan_id == plan_id, Node.kind == kind, Node.code == code
    )
    if other_than is not None:
        query = query.where(Node.id != other_than)
    return bool(await session.scalar(query))


async def receipt_owner(session: AsyncSession, digest: str) -> tuple[uuid.UUID, uuid.UUID] | None:
    """(tenant, input) a receipt opens; receipts name no tenant, and their digests are random."""
    row = (
        await session.execute(
            text("SELECT * FROM spoor_receipt_owner(:digest)"), {"digest": digest}
        )
    ).first()
    return (row.tenant_id, row.id) if row else None


async def public_node(session: AsyncSession, node_id: uuid.UUID) -> Node | None:
    """A node by id alone, for anonymous readers (who name no tenant)."""
    return await session.scalar(select(Node).where(Node.id == node_id))
