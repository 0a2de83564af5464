"""Live GraphQL: a plan's events over a WebSocket (graphql-transport-ws), as they are committed."""

from collections.abc import AsyncGenerator, Iterator

import strawberry
from graphql import GraphQLError
from starlette.websockets import WebSocket
from strawberry.extensions import SchemaExtension
from strawberry.types import Info
from strawberry.types.graphql import OperationType

from api.domain.errors import Unauthenticated
from api.schema.context import SpoorContext
from api.schema.history import Event, event_of
from api.schema.ids import uuid_of
from api.services import event_feed

PLAN_EVENTS = """Every event of the plan, in sequence order, as it is committed.

Without afterSeq the stream starts with the first event after the subscription; with afterSeq
it first replays the plan's events with a higher sequence number, so a client that reconnects
with the last seq it saw misses nothing. The log is polled about twice a second, and access is
checked again at each poll.

Identify with an API key holding the read scope, in the connection_init payload
({"Authorization": "Bearer spk_…"}; browsers cannot set headers on a WebSocket) or in the
handshake's Authorization header. A key of another tenant, a key for another plan and an
unknown plan all get a not-found error and no events. Without a key only a published or
adopted plan can be followed, and its events arrive without personal data or names: the states
of inputs keep only fields such as channel, participant type and status (no text), moments keep
no facilitator, links and feedback no author, contacts and API keys nothing; the actor is its
kind (no name) and the reason is left out."""


def presented_key(context: SpoorContext) -> str | None:
    """The API key a socket presented: in connection_init's payload, else in the handshake."""
    params = context.connection_params if isinstance(context.connection_params, dict) else {}
    given = next((str(v) for k, v in params.items() if str(k).lower() == "authorization"), None)
    if given is None and context.request is not None:
        given = context.request.headers.get("Authorization")
    if given is None:
        return None
    scheme, _, key = given.partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        raise Unauthenticated("send the API key as: Authorization: Bearer spk_…")
    return key.strip()


@strawberry.type
class Subscription:
    @strawberry.subscription(description=PLAN_EVENTS)
    async def plan_events(
        self, info: Info[SpoorContext, None], plan_id: strawberry.ID, after_seq: int | None = None
    ) -> AsyncGenerator[Event, None]:
        events = event_feed.follow_plan(
            info.context.units,
            key=presented_key(info.context),
            plan_id=uuid_of(plan_id, "Plan", field="planId"),
            after_seq=after_seq,
            request_id=info.context.request_id,
        )
        async for record in events:
            yield event_of(record)


class SubscriptionsOverWebSocketOnly(SchemaExtension):
    """Subscriptions go over the WebSocket; queries and mutations over HTTP.

    An HTTP request reads through its request scope, so a stream over HTTP would keep a
    transaction open for as long as it runs; a socket has no request scope, so a query sent
    over it would have nothing to read with.
    """

    def on_execute(self) -> Iterator[None]:
        over_socket = isinstance(self.execution_context.context.request, WebSocket)
        streaming = self.execution_context.operation_type is OperationType.SUBSCRIPTION
        if over_socket and not streaming:
            raise GraphQLError("send queries and mutations over HTTP; the WebSocket streams")
        if streaming and not over_socket:
            raise GraphQLError("subscribe over a WebSocket to /graphql (graphql-transport-ws)")
        yield
