"""Queries about participants' contact details."""

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.store.models import Contact


async def contacts_by_email(
    session: AsyncSession, *, tenant_id: uuid.UUID, email: str
) -> Sequence[Contact]:
    query = select(Contact).where(Contact.tenant_id == tenant_id, Contact.email == email)
    return (await session.scalars(query)).all()
