"""Turning the ids callers send (global ids, or plain ones) into the uuids Spoor keys by."""

import uuid
from collections.abc import Awaitable, Callable, Iterable
from typing import TypeVar

from strawberry import relay
from strawberry.relay.types import GlobalIDValueError
from strawberry.types import Info

from api.domain.errors import NotFound
from api.schema.context import SpoorContext
from api.services.caller import Caller
from api.store.unit_of_work import UnitOfWork

R = TypeVar("R")


def uuid_or_none(value: relay.GlobalID | str) -> uuid.UUID | None:
    """The uuid inside a global id (or a plain id), or None when there is none."""
    raw = value.node_id if isinstance(value, relay.GlobalID) else str(value)
    try:
        return uuid.UUID(raw)
    except ValueError:
        pass
    try:  # a global id passed where a plain one is also accepted
        return uuid.UUID(relay.GlobalID.from_id(raw).node_id)
    except (ValueError, GlobalIDValueError):
        return None


def uuid_of(value: relay.GlobalID | str) -> uuid.UUID:
    """The uuid inside an id; an id that holds none names nothing, so it is not found."""
    found = uuid_or_none(value)
    if found is None:
        raw = value.node_id if isinstance(value, relay.GlobalID) else value
        raise NotFound(f"no item with id {raw}", field="id")
    return found


async def rows_by_global_ids(
    info: Info[SpoorContext, None],
    node_ids: Iterable[str],
    fetch: Callable[[UnitOfWork, Caller | None, list[uuid.UUID]], Awaitable[dict[uuid.UUID, R]]],
) -> list[R | None]:
    """For `node(id)`: the rows behind global ids, in their order; None for what the caller
    may not read (the service that fetches decides that)."""
    ids = [uuid_or_none(node_id) for node_id in node_ids]
    wanted = [i for i in ids if i is not None]
    found = await info.context.read(lambda uow: fetch(uow, info.context.caller, wanted))
    return [found.get(i) if i is not None else None for i in ids]
