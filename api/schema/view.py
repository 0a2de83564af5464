"""How /graphql reads a request, and answers one it cannot run.

Strawberry's router reads the body and refuses what it cannot use with a bare text/plain 400,
and breaks (500) on JSON that is not an object. This view keeps its reading and changes only
that: JSON is read by the edge's strict reader, a body must be an object and `operationName` a
string, and every refusal is a GraphQL error body (`errors[0].extensions.code`) logged as one
line. The edge (api/http/malformed.py) has already refused bodies too large, not UTF-8, not JSON
or nested too deep, for every surface; an outage found by a resolver becomes the edge's 503.
"""

import json
from typing import overload

from cross_web import AsyncHTTPRequestAdapter, HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.fastapi import GraphQLRouter
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.types import ExecutionResult
from strawberry.types.unset import UNSET

from api.http.identity import request_id
from api.http.malformed import MalformedRequest, decode_json, graphql_error, log_refusal
from api.http.outage import DatabaseUnavailable
from api.schema.context import SpoorContext
from api.schema.masking import DATABASE_UNAVAILABLE


class SpoorGraphQLRouter(GraphQLRouter[SpoorContext, None]):
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
            return await super().run(request, context, root_value)
        except HTTPException as refused:
            if isinstance(request, WebSocket):
                raise
            rid = context.request_id if context is not UNSET else request_id(request)
            log_refusal(request.scope, refused.status_code, refused.reason, rid)
            return graphql_error(
                refused.status_code, refused.reason, code=_code(refused.status_code), request_id=rid
            )

    async def process_result(
        self, request: Request, result: ExecutionResult
    ) -> GraphQLHTTPResponse:
        if any(
            (error.extensions or {}).get("code") == DATABASE_UNAVAILABLE
            for error in result.errors or ()
        ):
            # The edge answers 503 with Retry-After, as it does when admission meets the outage.
            raise DatabaseUnavailable("a resolver found the database unavailable")
        return await super().process_result(request, result)


def _code(status: int) -> str:
    return {405: "method_not_allowed", 404: "not_found"}.get(status, "bad_request")
