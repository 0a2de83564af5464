"""How /graphql reads a request, and answers one it cannot run.

Strawberry's router reads the body and refuses what it cannot use with a bare text/plain 400,
and breaks (500) on JSON that is not an object. This view keeps its reading and changes only
that: JSON is read by the edge's strict reader, a body must be an object and `operationName` a
string, and every refusal is a GraphQL error body (`errors[0].extensions.code`) logged as one
line. The edge (api/http/malformed.py) has already refused bodies too large, not UTF-8, not JSON
or nested too deep, for every surface; an outage found by a resolver becomes the edge's 503.

It also answers persisted queries by hash (api/schema/persisted.py) and keeps query answers in
the response cache (api/schema/response_cache.py): a kept answer is sent as the bytes it was,
with an ETag over GET, and a matching If-None-Match gets 304.
"""

import json
import uuid
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import Any, overload

import orjson
import strawberry
from cross_web import AsyncHTTPRequestAdapter, HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.http.base import BaseRequestProtocol
from strawberry.http.ides import get_graphql_ide_html
from strawberry.types import ExecutionResult
from strawberry.types.unset import UNSET

from api.http.assets import GRAPHIQL, localised
from api.http.identity import request_id
from api.http.malformed import MalformedRequest, decode_json, graphql_error, log_refusal
from api.http.outage import DatabaseUnavailable
from api.schema.context import SpoorContext
from api.schema.masking import DATABASE_UNAVAILABLE
from api.schema.persisted import PersistedQueries, not_found
from api.schema.response_cache import (
    Answer,
    AnswerCache,
    Cacheability,
    Keeping,
    answer_key,
    cache_headers,
    not_modified,
)
from api.services import versions
from api.services.versions import Access, Standing

# Where a kept answer's first reading (api/schema/kept.py) leaves the reader's Standing for
# execute_single, when it found no answer, so that the version is read once.
STANDING = "spoor.standing"
# Where execute_single leaves the answer it kept or found, for `run` to send as it is: the
# request's ASGI scope, which lives exactly as long as the request.
_ANSWER = "spoor.answer"


# Opens what one HTTP request reads through, and closes it once the answer is made.
ContextOpener = Callable[[Request], AbstractAsyncContextManager[SpoorContext]]


class SpoorGraphQL(GraphQL[SpoorContext, None]):
    """Strawberry's ASGI application, routed to as it is: no framework dependency machinery
    runs per request (FastAPI's, around a router, cost a tenth of a small read)."""

    def __init__(
        self,
        schema: strawberry.Schema,
        *,
        opened: ContextOpener,
        ide_assets_from_cdn: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(schema, **kwargs)
        self.opened = opened
        self.ide_assets_from_cdn = ide_assets_from_cdn
        self.persisted = PersistedQueries()
        if not isinstance(self.schema, strawberry.Schema):
            raise TypeError("the response cache reads the types of a strawberry.Schema")
        if self.schema.config.batching_config is not None:
            raise TypeError("the response cache sends one answer per request: no batching")
        self.cacheability = Cacheability(self.schema._schema)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            # A WebSocket can stay open for hours, so it holds no request scope: each
            # subscription opens short units of work of its own, and identifies its caller from
            # the key the socket presented (known only once connection_init has arrived).
            socket = WebSocket(scope, receive=receive, send=send)
            context = SpoorContext(None, socket.app.state.database, request_id=uuid.uuid4().hex)
            context.request = socket
            await self.run(socket, context=context)
            return
        request = Request(scope, receive=receive)
        # Closed as soon as the answer is made, however the request ends.
        async with self.opened(request) as context:
            context.request = request
            response = await self.run(request, context=context)
        await response(scope, receive, send)

    @property
    def graphql_ide_html(self) -> str:
        # Strawberry's GraphiQL page, its scripts served by Spoor (or, asked, from unpkg).
        page = get_graphql_ide_html(graphql_ide="graphiql")
        return localised(page, GRAPHIQL, from_cdn=self.ide_assets_from_cdn)

    def encode_json(self, data: object) -> bytes:
        # As Strawberry writes it (no spaces), but non-ASCII characters as UTF-8 rather than
        # escaped, several times faster.
        return orjson.dumps(data)

    def parse_json(self, data: str | bytes) -> object:
        # The body, and over GET the `variables` and `extensions` parameters.
        try:
            return decode_json(data)
        except MalformedRequest as malformed:
            raise HTTPException(400, malformed.message) from None

    def decode_json(self, data: str | bytes) -> object:
        # A WebSocket message: Strawberry answers a JSONDecodeError by closing with 4400.
        try:
            return decode_json(data)
        except MalformedRequest as malformed:
            raise json.JSONDecodeError(malformed.message, "", 0) from None

    async def parse_http_body(
        self, request: AsyncHTTPRequestAdapter
    ) -> GraphQLRequestData | list[GraphQLRequestData]:
        if request.method == "POST" and "json" in (request.content_type or ""):
            body = await request.get_body()
            # The edge saw well-formed JSON: it is an object exactly when it opens with a brace.
            if body.strip()[:1] not in (b"{", b""):
                raise HTTPException(400, 'the body must be a JSON object: {"query": "…"}')
        parsed = await super().parse_http_body(request)
        if isinstance(parsed, GraphQLRequestData) and not isinstance(
            parsed.operation_name, str | None
        ):
            raise HTTPException(400, "`operationName` must be a string or null, if provided.")
        return parsed

    @overload
    async def run(
        self, request: Request, context: SpoorContext = UNSET, root_value: None = UNSET
    ) -> Response: ...

    @overload
    async def run(
        self, request: WebSocket, context: SpoorContext = UNSET, root_value: None = UNSET
    ) -> WebSocket: ...

    async def run(
        self,
        request: Request | WebSocket,
        context: SpoorContext = UNSET,
        root_value: None = UNSET,
    ) -> Response | WebSocket:
        try:
            produced = await super().run(request, context, root_value)
        except HTTPException as refused:
            if isinstance(request, WebSocket):
                raise
            rid = context.request_id if context is not UNSET else request_id(request)
            log_refusal(request.scope, refused.status_code, refused.reason, rid)
            return graphql_error(
                refused.status_code, refused.reason, code=_code(refused.status_code), request_id=rid
            )
        if isinstance(request, WebSocket) or isinstance(produced, WebSocket):
            return produced
        answer: Answer | None = request.scope.pop(_ANSWER, None)
        if answer is None or context is UNSET:
            return produced
        return _sent(request, answer, produced, keyed=context.caller is not None)

    def should_render_graphql_ide(self, request: BaseRequestProtocol) -> bool:
        # A persisted query over GET names its hash in `extensions` and has no `query`.
        return "extensions" not in request.query_params and super().should_render_graphql_ide(
            request
        )

    async def execute_single(
        self,
        request: Request,
        request_adapter: AsyncHTTPRequestAdapter,
        sub_response: Response,
        context: SpoorContext,
        root_value: None,
        request_data: GraphQLRequestData,
    ) -> ExecutionResult:
        asked = self.persisted.resolve(request_data)
        if asked is None:
            return not_found()
        store: AnswerCache | None = getattr(request.app.state, "answers", None)
        # Over GET an answer gets an ETag even when the cache is off: it costs one digest.
        keeping = Keeping.NEVER
        if asked.query is not None and (store is not None or request_adapter.method == "GET"):
            keeping = self.cacheability.of(asked.query, asked.operation_name)
        key = None
        if keeping is not Keeping.NEVER and store is not None:
            key = await _answer_key(request, context, asked, keeping)
            if (kept := store.get(key)) is not None:
                request.scope[_ANSWER] = kept
                return ExecutionResult(data=None, errors=None)
        result = await super().execute_single(
            request, request_adapter, sub_response, context, root_value, asked
        )
        if keeping is Keeping.NEVER or result.errors or context.went_apart:
            return result
        encoded = self.encode_json(await self.process_result(request, result))
        answer = Answer.of(encoded.encode() if isinstance(encoded, str) else encoded)
        if store is not None and key is not None:
            store.put(key, answer)
        request.scope[_ANSWER] = answer
        return result

    async def process_result(
        self, request: Request, result: ExecutionResult
    ) -> GraphQLHTTPResponse:
        if _ANSWER in request.scope:
            return {}  # the answer's bytes are sent instead (see `run`)
        if any(
            (error.extensions or {}).get("code") == DATABASE_UNAVAILABLE
            for error in result.errors or ()
        ):
            # The edge answers 503 with Retry-After, as it does when admission meets the outage.
            raise DatabaseUnavailable("a resolver found the database unavailable")
        return await super().process_result(request, result)


async def _answer_key(
    request: Request, context: SpoorContext, asked: GraphQLRequestData, keeping: Keeping
) -> bytes:
    """The key of the answer to this request: the question, the caller's access and locale, and
    the version of what it can read (an introspection's answer changes only with the schema)."""
    access = Access.of(context.caller)
    version = "schema"
    if keeping is Keeping.BY_VERSION:
        standing: Standing | None = request.scope.get(STANDING)
        if standing is not None and standing.access == access:
            version = standing.version  # read before this request's reads (kept.py)
        else:
            # Before any of the answer's own reads, in the same transaction (response_cache.py).
            version = await context.read(lambda uow: versions.readable_version(uow, context.caller))
    return answer_key(
        query=asked.query or "",
        variables=asked.variables,
        operation_name=asked.operation_name,
        access=access,
        locale=context.locale,
        version=version,
    )


def _sent(request: Request, answer: Answer, produced: Response, *, keyed: bool) -> Response:
    """A kept answer as the bytes it was, with what Strawberry's own answer carried."""
    response = kept_response(request, answer, keyed=keyed, status=produced.status_code)
    response.headers.raw.extend(
        (name, value)
        for name, value in produced.headers.raw
        if name not in (b"content-length", b"content-type")
    )
    return response


def kept_response(request: Request, answer: Answer, *, keyed: bool, status: int = 200) -> Response:
    """An answer as the bytes it was; over GET with its ETag, or 304 when the client has it."""
    if request.method != "GET":
        return Response(answer.body, status_code=status, media_type="application/json")
    validators = cache_headers(answer, keyed=keyed)
    if not_modified(request.headers.get("If-None-Match"), answer.etag):
        return Response(status_code=304, headers=validators)
    return Response(
        answer.body, status_code=status, media_type="application/json", headers=validators
    )


def _code(status: int) -> str:
    return {405: "method_not_allowed", 404: "not_found"}.get(status, "bad_request")
