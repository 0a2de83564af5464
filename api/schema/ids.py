"""Ids at the GraphQL edge: global ids out (`Type:uuid`, base64), global or plain ids in.

A global id names its type, so one of the wrong type (a Goal's id where an Input's is asked for)
is refused by name before any use case runs; a plain uuid is accepted too, and the use case
checks what it names.
"""

import uuid
from collections.abc import Awaitable, Callable, Iterable
from typing import TypeVar

import strawberry
from strawberry import relay
from strawberry.relay.types import GlobalIDValueError
from strawberry.types import Info

from api.domain.errors import NotFound, ValidationFailed
from api.schema.context import SpoorContext
from api.services.caller import Caller
from api.services.runner import UnitOfWork

R = TypeVar("R")

# The GraphQL type of each kind of item and event subject.
TYPE_OF_KIND = {
    "plan": "Plan", "moment": "Moment", "actor": "Actor", "input": "Input",
    "finding": "Finding", "theme": "Theme", "goal": "Goal", "action_plan": "ActionPlan",
    "action": "Action", "link": "Link", "feedback": "Feedback", "api_key": "ApiKey",
    "contact": "Contact", "tenant": "Tenant", "webhook_endpoint": "WebhookEndpoint",
}  # fmt: skip
TRAIL_NODE_TYPES = ("Input", "Finding", "Theme", "Goal", "ActionPlan", "Action")
PLAN_ELEMENT_TYPES = TRAIL_NODE_TYPES[1:]


def global_id(type_name: str, value: uuid.UUID) -> strawberry.ID:
    """The global id of an item of a GraphQL type."""
    return strawberry.ID(relay.to_base64(type_name, str(value)))


def global_id_of_kind(kind: str, value: uuid.UUID) -> strawberry.ID:
    """The global id of an item known by its kind (input, action_plan, api_key…)."""
    return global_id(TYPE_OF_KIND[kind], value)


def _parts(value: str) -> tuple[str | None, uuid.UUID | None]:
    try:
        return None, uuid.UUID(value)
    except ValueError:
        pass
    try:
        type_name, raw = relay.from_base64(value)
        return type_name, uuid.UUID(raw)
    except (ValueError, GlobalIDValueError):
        return None, None


def uuid_or_none(value: relay.GlobalID | str) -> uuid.UUID | None:
    """The uuid inside a global id (or a plain id), or None when there is none."""
    raw = value.node_id if isinstance(value, relay.GlobalID) else str(value)
    return _parts(raw)[1]


def uuid_of(value: str, *types: str, field: str = "id") -> uuid.UUID:
    """The uuid an id names, refusing a global id of another type than `types`."""
    type_name, found = _parts(str(value))
    if found is None:
        raise NotFound(f"no item with id {str(value)[:100]}", field=field)
    if types and type_name is not None and type_name not in types:
        wanted = " or ".join(types)
        raise ValidationFailed(
            f"{field} must be the id of: {wanted}; this is the id of: {type_name[:100]}",
            field=field,
        )
    return found


def optional_uuid_of(value: str | None, *types: str, field: str) -> uuid.UUID | None:
    return uuid_of(value, *types, field=field) if value is not None else None


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
