"""Turning the ids callers send (global ids, or plain ones) into the uuids Spoor keys by."""

import uuid

from strawberry import relay
from strawberry.relay.types import GlobalIDValueError

from api.domain.errors import NotFound


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
